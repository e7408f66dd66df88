"""What a text handed to someone says is its maker's, when the parse hangs it on the one it was handed to ("handed a
note to the ambassador demanding that ..."). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.arguments import find_arguments
from dyadwatch.coder.subjects import subjects_of
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


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


def wrote_to(act: str, act_lemma: str) -> Sentence:
    # The party wrote to the minister ACT an inquiry .
    words = ["The", "party", "wrote", "to", "the", "minister", act, "an", "inquiry", "."]
    return build_sentence(words, [1, 2, 2, 2, 5, 3, 5, 8, 6, 2],
                          ["det", "nsubj", "ROOT", "prep", "det", "pobj", "acl", "det", "dobj", "punct"],
                          pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                          tags=["DT", "NN", "VBD", "IN", "DT", "NN", "VBG", "DT", "NN", "."],
                          lemmas=["the", "party", "write", "to", "the", "minister", act_lemma, "an", "inquiry", "."])


def test_what_a_letter_says_is_its_writer_s_and_aimed_at_whom_it_is_written_to() -> None:
    # "has written to Tony Blair demanding an inquiry": the writer demands, of the one written to
    s = wrote_to("demanding", "demand")
    assert subjects_of(s, 6)[0] == [1]
    assert 5 in find_arguments(s, 6).targets


def test_a_participle_that_is_no_speech_act_stays_its_noun_s() -> None:
    # "wrote to the officers investigating the case": the officers investigate
    s = wrote_to("investigating", "investigate")
    assert subjects_of(s, 6)[0] == [5]


def test_a_him_in_what_a_letter_says_is_whom_it_is_written_to() -> None:
    # The party wrote to the minister on Tuesday accusing him .
    words = ["The", "party", "wrote", "to", "the", "minister", "on", "Tuesday", "accusing", "him", "."]
    s = build_sentence(words, [1, 2, 2, 2, 5, 3, 2, 6, 2, 8, 2],
                       ["det", "nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "advcl", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "VERB", "PRON", "PUNCT"],
                       tags=["DT", "NN", "VBD", "IN", "DT", "NN", "IN", "NNP", "VBG", "PRP", "."],
                       lemmas=["the", "party", "write", "to", "the", "minister", "on", "Tuesday", "accuse", "he", "."])
    args = find_arguments(s, 8)
    assert args.sources == (1,)
    assert args.targets[0] == 5 and 9 not in args.targets
