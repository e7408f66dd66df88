"""People who gather to demand something demonstrate ("gathered outside the ministry to demand ...", "gathered,
chanting and demanding ..."); people who gather for anything else do not. Blocking an entrance, a gate or a stretch
of road obstructs passage. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.lexicon import PredicateLexicon
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_lexicon_rows import _verb_with_object, row_code

LEXICON = PredicateLexicon.load()


def gathered_to(purpose: list[str], lemmas: list[str]) -> Sentence:
    # Villagers gathered outside the ministry PURPOSE ... .   (the purpose: "to demand land" or "chanting and
    # demanding land", hung on "gathered" as an adverbial clause)
    words = ["Villagers", "gathered", "outside", "the", "ministry", *purpose, "land", "."]
    n = len(words)
    if len(purpose) == 2:  # to VERB
        heads = [1, 1, 1, 4, 2, 6, 1, 6, 1]
        deps = ["nsubj", "ROOT", "prep", "det", "pobj", "aux", "advcl", "dobj", "punct"]
        pos = ["NOUN", "VERB", "ADP", "DET", "NOUN", "PART", "VERB", "NOUN", "PUNCT"]
        tags = ["NNS", "VBD", "IN", "DT", "NN", "TO", "VB", "NN", "."]
    else:  # VERBing and VERBing
        heads = [1, 1, 1, 4, 2, 1, 5, 5, 7, 1]
        deps = ["nsubj", "ROOT", "prep", "det", "pobj", "advcl", "cc", "conj", "dobj", "punct"]
        pos = ["NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "CCONJ", "VERB", "NOUN", "PUNCT"]
        tags = ["NNS", "VBD", "IN", "DT", "NN", "VBG", "CC", "VBG", "NN", "."]
    assert len(heads) == n
    return build_sentence(words, heads, deps, pos=pos, tags=tags,
                          lemmas=["villager", "gather", "outside", "the", "ministry", *lemmas, "land", "."])


def gathering_code(sentence: Sentence) -> str | None:
    match = LEXICON.match(sentence, sentence.tokens[1])
    return match.entry.cameo if match else None


def test_people_gathered_to_demand_something_demonstrate() -> None:
    assert gathering_code(gathered_to(["to", "demand"], ["to", "demand"])) == "141"
    assert gathering_code(gathered_to(["chanting", "and", "demanding"], ["chant", "and", "demand"])) == "141"


def test_people_gathered_for_anything_else_do_not() -> None:
    assert gathering_code(gathered_to(["to", "buy"], ["to", "buy"])) is None
    assert gathering_code(gathered_to(["singing", "and", "dancing"], ["sing", "and", "dance"])) is None


def test_blocking_an_entrance_or_a_stretch_of_road_obstructs_passage() -> None:
    assert row_code(_verb_with_object("blocked", "block", "entrance")) == "144"
    assert row_code(_verb_with_object("blocked", "block", "stretch")) == "144"
    assert row_code(_verb_with_object("blocked", "block", "imports")) == "166"
