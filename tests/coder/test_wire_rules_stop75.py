"""Rules from the look halves of the held-out wire corpora (stop 75). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.subjects import subjects_of
from dyadwatch.parse import build_sentence


def test_a_participle_after_a_demanded_clause_is_the_demanders() -> None:
    # The federation demanded that the ban be lifted , accusing the government . (the parse hangs "accusing" on
    # the passive "lifted" inside the demand)
    words = ["The", "federation", "demanded", "that", "the", "ban", "be", "lifted", ",", "accusing", "the",
             "government", "."]
    s = build_sentence(words, [1, 2, 2, 7, 5, 7, 7, 2, 7, 7, 11, 9, 2],
                       ["det", "nsubj", "ROOT", "mark", "det", "nsubjpass", "auxpass", "ccomp", "punct", "advcl",
                        "det", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "DET",
                            "NOUN", "PUNCT"],
                       tags=["DT", "NN", "VBD", "IN", "DT", "NN", "VB", "VBN", ",", "VBG", "DT", "NN", "."],
                       lemmas=["the", "federation", "demand", "that", "the", "ban", "be", "lift", ",", "accuse",
                               "the", "government", "."])
    assert subjects_of(s, 9) == ([1], False)
    # a participle of another act stays the demanded clause's: "demanded that troops leave , killing ..." is no
    # speech act of the demander
    killing = build_sentence(["Chiefs", "demanded", "that", "troops", "leave", ",", "burning", "huts", "."],
                             [1, 1, 4, 4, 1, 4, 4, 6, 1],
                             ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct", "advcl", "dobj", "punct"],
                             pos=["NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT", "VERB", "NOUN", "PUNCT"],
                             tags=["NNS", "VBD", "IN", "NNS", "VBP", ",", "VBG", "NNS", "."],
                             lemmas=["chief", "demand", "that", "troop", "leave", ",", "burn", "hut", "."])
    assert subjects_of(killing, 6) == ([3], False)
