"""Talks told as how an act asked for is to be done are not told as held ("asked India to stop work and to settle
the question through talks"); talks told as held are. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.wording import asked_or_weighed
from dyadwatch.parse import build_sentence


def test_talks_inside_a_second_act_asked_for_are_not_held() -> None:
    # Nepal asked India to stop work and to settle the question through talks .
    words = ["Nepal", "asked", "India", "to", "stop", "work", "and", "to", "settle", "the", "question", "through",
             "talks", "."]
    s = build_sentence(words, [1, 1, 1, 4, 1, 4, 4, 8, 4, 10, 8, 8, 11, 1],
                       ["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj", "cc", "aux", "conj", "det", "dobj", "prep",
                        "pobj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "NOUN", "CCONJ", "PART", "VERB", "DET", "NOUN",
                            "ADP", "NOUN", "PUNCT"],
                       tags=["NNP", "VBD", "NNP", "TO", "VB", "NN", "CC", "TO", "VB", "DT", "NN", "IN", "NNS", "."],
                       lemmas=["Nepal", "ask", "India", "to", "stop", "work", "and", "to", "settle", "the", "question",
                               "through", "talk", "."])
    assert asked_or_weighed(s, 12)  # the talks
    assert asked_or_weighed(s, 8)  # the settling, joined to what is asked
    assert not asked_or_weighed(s, 1)  # the asking itself


def test_talks_held_are_held() -> None:
    # Nepal settled the question through talks .
    s = build_sentence(["Nepal", "settled", "the", "question", "through", "talks", "."], [1, 1, 3, 1, 1, 4, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
                       tags=["NNP", "VBD", "DT", "NN", "IN", "NNS", "."],
                       lemmas=["Nepal", "settle", "the", "question", "through", "talk", "."])
    assert not asked_or_weighed(s, 5)
