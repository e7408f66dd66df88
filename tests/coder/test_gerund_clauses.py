"""The gerund of a clause of time ("after meeting", "before leaving") is the act of the main clause's subject; a
gerund after "of" or "for" is not (hand-built parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.subjects import subjects_of
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


def gerund_after(preposition: str) -> Sentence:
    """"The minister left PREPOSITION meeting union leaders ." """
    return build_sentence(["The", "minister", "left", preposition, "meeting", "union", "leaders", "."],
                          [1, 2, 2, 2, 3, 6, 4, 2],
                          ["det", "nsubj", "ROOT", "prep", "pcomp", "compound", "dobj", "punct"],
                          pos=["DET", "NOUN", "VERB", "ADP", "VERB", "NOUN", "NOUN", "PUNCT"],
                          tags=["DT", "NN", "VBD", "IN", "VBG", "NN", "NNS", "."],
                          lemmas=["the", "minister", "leave", preposition, "meet", "union", "leader", "."])


def test_the_gerund_of_a_clause_of_time_is_the_main_subject_s_act() -> None:
    for preposition in ("after", "before", "while"):
        assert subjects_of(gerund_after(preposition), 4) == ([1], False), preposition


def test_a_gerund_told_of_an_object_is_not_the_main_subject_s() -> None:
    # Police accused Kyiv of meeting rebels .
    s = build_sentence(["Police", "accused", "Kyiv", "of", "meeting", "rebels", "."], [1, 1, 1, 1, 3, 4, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj", "punct"],
                       pos=["NOUN", "VERB", "PROPN", "ADP", "VERB", "NOUN", "PUNCT"],
                       tags=["NNS", "VBD", "NNP", "IN", "VBG", "NNS", "."],
                       lemmas=["police", "accuse", "Kyiv", "of", "meet", "rebel", "."])
    assert subjects_of(s, 4)[0] != [0]
