"""A complaint is aimed at whom its clause blames, not at whom it is lodged with ("wrote to the council to complain
that Ethiopia's handling of the dam had caused floods"). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.arguments import find_arguments
from dyadwatch.parse import build_sentence


def test_a_complaint_is_aimed_at_the_owner_of_what_it_blames() -> None:
    # Egypt wrote to the council to complain that Ethiopia 's handling had caused floods .
    words = ["Egypt", "wrote", "to", "the", "council", "to", "complain", "that", "Ethiopia", "'s", "handling", "had",
             "caused", "floods", "."]
    s = build_sentence(words, [1, 1, 1, 4, 2, 6, 1, 12, 10, 8, 12, 12, 6, 12, 1],
                       ["nsubj", "ROOT", "prep", "det", "pobj", "aux", "advcl", "mark", "poss", "case", "nsubj", "aux",
                        "ccomp", "dobj", "punct"],
                       pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "PART", "VERB", "SCONJ", "PROPN", "PART", "NOUN",
                            "AUX", "VERB", "NOUN", "PUNCT"],
                       tags=["NNP", "VBD", "IN", "DT", "NN", "TO", "VB", "IN", "NNP", "POS", "NN", "VBD", "VBN", "NNS",
                             "."],
                       lemmas=["Egypt", "write", "to", "the", "council", "to", "complain", "that", "Ethiopia", "'s",
                               "handling", "have", "cause", "flood", "."],
                       ents=[(0, 1, "GPE"), (8, 9, "GPE")])
    args = find_arguments(s, 6)
    assert args.sources == (0,)
    assert args.targets[0] == 8
