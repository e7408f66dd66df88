"""What a text handed to someone says is its maker's, when the parse hangs it on the one it was handed to ("handed a
note to the ambassador demanding that ..."). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.subjects import subjects_of
from dyadwatch.parse import build_sentence


def test_a_note_handed_to_an_envoy_demands_for_its_sender() -> None:
    # The ministry handed a note to the ambassador demanding that the forces stop .
    words = ["The", "ministry", "handed", "a", "note", "to", "the", "ambassador", "demanding", "that", "the", "forces",
             "stop", "."]
    s = build_sentence(words, [1, 2, 2, 4, 2, 2, 7, 5, 7, 12, 11, 12, 8, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "acl", "mark", "det", "nsubj",
                        "ccomp", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN",
                            "VERB", "PUNCT"],
                       tags=["DT", "NN", "VBD", "DT", "NN", "IN", "DT", "NN", "VBG", "IN", "DT", "NNS", "VBP", "."],
                       lemmas=["the", "ministry", "hand", "a", "note", "to", "the", "ambassador", "demand", "that",
                               "the", "force", "stop", "."])
    assert subjects_of(s, 8)[0] == [1]


def test_a_participle_on_someone_no_text_was_handed_to_is_still_theirs() -> None:
    # The minister spoke to the protesters demanding jobs .
    words = ["The", "minister", "spoke", "to", "the", "protesters", "demanding", "jobs", "."]
    s = build_sentence(words, [1, 2, 2, 2, 5, 3, 5, 6, 2],
                       ["det", "nsubj", "ROOT", "prep", "det", "pobj", "acl", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
                       tags=["DT", "NN", "VBD", "IN", "DT", "NNS", "VBG", "NNS", "."],
                       lemmas=["the", "minister", "speak", "to", "the", "protester", "demand", "job", "."])
    assert subjects_of(s, 6)[0] == [5]
