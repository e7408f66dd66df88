"""The subject of a passive verb of report, belief or compulsion does what its infinitive says ("the leader is
believed to have met ...", "she was forced to resign"); one "allowed" or "urged" to act has not yet acted
(hand-built parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.subjects import subjects_of
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


def passive_then_infinitive(verb: str, lemma: str) -> Sentence:
    """"The opposition leader is VERB to have met the army chief ." """
    return build_sentence(["The", "opposition", "leader", "is", verb, "to", "have", "met", "the", "army", "chief", "."],
                          [2, 2, 4, 4, 4, 7, 7, 4, 10, 10, 7, 4],
                          ["det", "compound", "nsubjpass", "auxpass", "ROOT", "aux", "aux", "xcomp", "det", "compound",
                           "dobj", "punct"],
                          pos=["DET", "NOUN", "NOUN", "AUX", "VERB", "PART", "AUX", "VERB", "DET", "NOUN", "NOUN",
                               "PUNCT"],
                          tags=["DT", "NN", "NN", "VBZ", "VBN", "TO", "VB", "VBN", "DT", "NN", "NN", "."],
                          lemmas=["the", "opposition", "leader", "be", lemma, "to", "have", "meet", "the", "army",
                                  "chief", "."])


def test_one_said_or_believed_to_have_acted_is_the_doer() -> None:
    for verb, lemma in (("believed", "believe"), ("said", "say"), ("reported", "report"), ("forced", "force")):
        assert subjects_of(passive_then_infinitive(verb, lemma), 7) == ([2], False), verb


def test_one_allowed_or_urged_to_act_is_not_made_the_doer() -> None:
    for verb, lemma in (("allowed", "allow"), ("urged", "urge"), ("expected", "expect")):
        assert subjects_of(passive_then_infinitive(verb, lemma), 7)[0] != [2], verb
