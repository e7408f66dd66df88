"""A denial of an accusation is no act the guide codes ("dismissed the complaint as baseless", "rejected the
accusation"), nor is the act a rejected suggestion tells ("rejected any suggestion that troops had fired the
shells"); refusing an appeal, a demand or an offer is still a REJECT. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.wording import inside_an_allegation, rebuts
from dyadwatch.parse import build_sentence


def test_dismissing_a_complaint_as_baseless_is_a_rebuttal() -> None:
    # The ministry dismissed the complaint as baseless .
    s = build_sentence(["The", "ministry", "dismissed", "the", "complaint", "as", "baseless", "."],
                       [1, 2, 2, 4, 2, 2, 5, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "prep", "amod", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "ADJ", "PUNCT"],
                       tags=["DT", "NN", "VBD", "DT", "NN", "IN", "JJ", "."],
                       lemmas=["the", "ministry", "dismiss", "the", "complaint", "as", "baseless", "."])
    assert rebuts(s, 2)


def test_rejecting_an_accusation_is_a_rebuttal_and_rejecting_an_appeal_is_not() -> None:
    # The army rejected the accusation .   /   ... the appeal, the complaint, the protest, the offer .
    for noun, expected in (("accusation", True), ("appeal", False), ("complaint", True), ("protest", True),
                           ("offer", False)):
        s = build_sentence(["The", "army", "rejected", "the", noun, "."], [1, 2, 2, 4, 2, 2],
                           ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                           pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                           tags=["DT", "NN", "VBD", "DT", "NN", "."],
                           lemmas=["the", "army", "reject", "the", noun, "."])
        assert rebuts(s, 2) is expected


def test_what_a_rejected_suggestion_tells_is_not_told_as_done() -> None:
    # The embassy rejected any suggestion that troops had fired the shells .
    words = ["The", "embassy", "rejected", "any", "suggestion", "that", "troops", "had", "fired", "the", "shells", "."]
    s = build_sentence(words, [1, 2, 2, 4, 2, 8, 8, 8, 4, 10, 8, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "aux", "acl", "det", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "SCONJ", "NOUN", "AUX", "VERB", "DET", "NOUN",
                            "PUNCT"],
                       tags=["DT", "NN", "VBD", "DT", "NN", "IN", "NNS", "VBD", "VBN", "DT", "NNS", "."],
                       lemmas=["the", "embassy", "reject", "any", "suggestion", "that", "troop", "have", "fire", "the",
                               "shell", "."])
    assert inside_an_allegation(s, 8)
    assert rebuts(s, 2)
