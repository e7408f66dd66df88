"""What a relative clause tells of anyone of a kind ("any party whose supporters attacked officials", "anyone who
attacks police") is a rule's case, not a deed: hypothetical, as a condition is. Hand-built parses: no model is
loaded."""

from __future__ import annotations

from dyadwatch.coder.attributes import modality_of
from dyadwatch.parse import build_sentence


def attacked_in_a_clause_on(determiner: str) -> str:
    # It could suspend the rallies of DET party whose supporters attacked officials .
    words = ["It", "could", "suspend", "the", "rallies", "of", determiner, "party", "whose", "supporters", "attacked",
             "officials", "."]
    s = build_sentence(words, [2, 2, 2, 4, 2, 4, 7, 5, 9, 10, 7, 10, 2],
                       ["nsubj", "aux", "ROOT", "det", "dobj", "prep", "det", "pobj", "poss", "nsubj", "relcl", "dobj",
                        "punct"],
                       pos=["PRON", "AUX", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "DET", "NOUN", "VERB", "NOUN",
                            "PUNCT"],
                       tags=["PRP", "MD", "VB", "DT", "NNS", "IN", "DT", "NN", "WP$", "NNS", "VBD", "NNS", "."],
                       lemmas=["it", "could", "suspend", "the", "rally", "of", determiner, "party", "whose",
                               "supporter", "attack", "official", "."])
    return modality_of(s, 10, None, False).modality


def test_an_attack_by_the_supporters_of_any_party_is_hypothetical() -> None:
    assert attacked_in_a_clause_on("any") == "hypothetical"
    assert attacked_in_a_clause_on("every") == "hypothetical"


def test_an_attack_by_the_supporters_of_the_party_is_asserted() -> None:
    assert attacked_in_a_clause_on("the") == "asserted"


def test_anyone_who_attacks_police_is_hypothetical() -> None:
    # He warned anyone who attacked police .
    s = build_sentence(["He", "warned", "anyone", "who", "attacked", "police", "."], [1, 1, 1, 4, 2, 4, 1],
                       ["nsubj", "ROOT", "dobj", "nsubj", "relcl", "dobj", "punct"],
                       pos=["PRON", "VERB", "PRON", "PRON", "VERB", "NOUN", "PUNCT"],
                       lemmas=["he", "warn", "anyone", "who", "attack", "police", "."])
    assert modality_of(s, 4, None, False).modality == "hypothetical"
