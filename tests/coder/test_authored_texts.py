"""A text or a protest that urges, demands or accuses does so for whoever made it: "Congress approved a motion
urging the government ...", "an SDLP motion calling on ...", "a complaint by the company accusing ...", "said in
a statement urging ...". A critic of the text is not its author. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.arguments import find_arguments
from dyadwatch.parse import build_sentence


def _approved_motion_urging(verb: str, lemma: str) -> list[int]:
    # Congress <verb> a motion urging the government to act .
    s = build_sentence(["Congress", verb, "a", "motion", "urging", "the", "government", "to", "act", "."],
                       [1, 1, 3, 1, 3, 6, 4, 8, 4, 1],
                       ["nsubj", "ROOT", "det", "dobj", "acl", "det", "dobj", "aux", "xcomp", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT"],
                       tags=["NNP", "VBD", "DT", "NN", "VBG", "DT", "NN", "TO", "VB", "."],
                       lemmas=["Congress", lemma, "a", "motion", "urge", "the", "government", "to", "act", "."])
    return list(find_arguments(s, 4).sources)


def test_the_body_that_adopts_a_motion_urges_what_it_urges() -> None:
    assert _approved_motion_urging("approved", "approve") == [0]


def test_who_criticises_a_motion_is_not_its_author() -> None:
    assert _approved_motion_urging("criticised", "criticise") == [3]  # the motion itself: no party


def test_the_owner_named_in_the_text_comes_first() -> None:
    # The DUP blocked an SDLP motion calling on the minister .   ("SDLP" tagged an adjective)
    s = build_sentence(["The", "DUP", "blocked", "an", "SDLP", "motion", "calling", "on", "the", "minister", "."],
                       [1, 2, 2, 5, 5, 2, 5, 6, 9, 7, 2],
                       ["det", "nsubj", "ROOT", "det", "amod", "dobj", "acl", "prep", "det", "pobj", "punct"],
                       pos=["DET", "PROPN", "VERB", "DET", "ADJ", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                       tags=["DT", "NNP", "VBD", "DT", "JJ", "NN", "VBG", "IN", "DT", "NN", "."],
                       lemmas=["the", "DUP", "block", "an", "SDLP", "motion", "call", "on", "the", "minister", "."])
    assert find_arguments(s, 6).sources == (4,)
    # a complaint by the company accusing them
    s = build_sentence(["a", "complaint", "by", "the", "company", "accusing", "them"], [1, 1, 1, 4, 2, 1, 5],
                       ["det", "ROOT", "prep", "det", "pobj", "acl", "dobj"],
                       pos=["DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "PRON"],
                       tags=["DT", "NN", "IN", "DT", "NN", "VBG", "PRP"],
                       lemmas=["a", "complaint", "by", "the", "company", "accuse", "they"])
    assert find_arguments(s, 5).sources == (4,)


def test_a_statement_a_speaker_speaks_in_is_the_speakers() -> None:
    # Seoul said in a statement urging Tokyo to act .
    s = build_sentence(["Seoul", "said", "in", "a", "statement", "urging", "Tokyo", "to", "act", "."],
                       [1, 1, 1, 4, 2, 4, 5, 8, 5, 1],
                       ["nsubj", "ROOT", "prep", "det", "pobj", "acl", "dobj", "aux", "xcomp", "punct"],
                       pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "VERB", "PROPN", "PART", "VERB", "PUNCT"],
                       tags=["NNP", "VBD", "IN", "DT", "NN", "VBG", "NNP", "TO", "VB", "."],
                       lemmas=["Seoul", "say", "in", "a", "statement", "urge", "Tokyo", "to", "act", "."])
    assert find_arguments(s, 5).sources == (0,)
