"""A relative pronoun stands for the noun its clause hangs on: "the envoy, who agreed ..." is the envoy's
act; "the plan, which was rejected by X" is aimed at the plan. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.arguments import find_arguments
from dyadwatch.parse import build_sentence


def test_who_in_a_relative_clause_is_the_noun_it_hangs_on() -> None:
    # Credit goes to the envoy , who agreed to the plan .
    s = build_sentence(["Credit", "goes", "to", "the", "envoy", ",", "who", "agreed", "to", "the", "plan", "."],
                       [1, 1, 1, 4, 2, 4, 7, 4, 7, 10, 8, 1],
                       ["nsubj", "ROOT", "prep", "det", "pobj", "punct", "nsubj", "relcl", "prep", "det", "pobj",
                        "punct"],
                       pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "PRON", "VERB", "ADP", "DET", "NOUN",
                            "PUNCT"],
                       tags=["NN", "VBZ", "IN", "DT", "NN", ",", "WP", "VBD", "IN", "DT", "NN", "."])
    assert find_arguments(s, 7).sources == (4,)


def test_which_as_a_passive_subject_is_the_target_and_a_subject_pronoun_elsewhere_is_kept() -> None:
    # The plan , which was rejected by the BJP , lapsed .
    s = build_sentence(["The", "plan", ",", "which", "was", "rejected", "by", "the", "BJP", ",", "lapsed", "."],
                       [1, 10, 1, 5, 5, 1, 5, 8, 6, 1, 10, 10],
                       ["det", "nsubj", "punct", "nsubjpass", "auxpass", "relcl", "agent", "det", "pobj", "punct",
                        "ROOT", "punct"],
                       pos=["DET", "NOUN", "PUNCT", "PRON", "AUX", "VERB", "ADP", "DET", "PROPN", "PUNCT", "VERB",
                            "PUNCT"],
                       tags=["DT", "NN", ",", "WDT", "VBD", "VBN", "IN", "DT", "NNP", ",", "VBD", "."])
    args = find_arguments(s, 5)
    assert args.sources == (8,) and args.passive
    assert args.targets[0] == 1
    # "that" as a complementizer's subject is not a relative pronoun: "said that he met X" keeps "he"
    t = build_sentence(["He", "said", "that", "she", "met", "Xi"], [1, 1, 4, 4, 1, 4],
                       ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "dobj"],
                       pos=["PRON", "VERB", "SCONJ", "PRON", "VERB", "PROPN"],
                       tags=["PRP", "VBD", "IN", "PRP", "VBD", "NNP"])
    assert find_arguments(t, 4).sources == (3,)


def test_whom_as_an_object_is_the_noun_its_clause_hangs_on() -> None:
    # They thanked the seer , whom the PM praised .
    s = build_sentence(["They", "thanked", "the", "seer", ",", "whom", "the", "PM", "praised", "."],
                       [1, 1, 3, 1, 3, 8, 7, 8, 3, 1],
                       ["nsubj", "ROOT", "det", "dobj", "punct", "dobj", "det", "nsubj", "relcl", "punct"],
                       pos=["PRON", "VERB", "DET", "NOUN", "PUNCT", "PRON", "DET", "PROPN", "VERB", "PUNCT"],
                       tags=["PRP", "VBD", "DT", "NN", ",", "WP", "DT", "NNP", "VBD", "."])
    args = find_arguments(s, 8)
    assert args.sources == (7,)
    assert args.targets[0] == 3
