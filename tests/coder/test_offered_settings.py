"""Talks for which a venue, a plan or a date is offered are not told as held ("offered its port city as a venue for
talks") (hand-built parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.wording import offered_setting, tells_no_act
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


def offered_as(noun: str) -> Sentence:
    # El Salvador offered the city as a NOUN for talks .
    words = ["El", "Salvador", "offered", "the", "city", "as", "a", noun, "for", "talks", "."]
    return build_sentence(words, [1, 2, 2, 4, 2, 2, 7, 5, 7, 8, 2],
                          ["compound", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj", "punct"],
                          pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
                          lemmas=["El", "Salvador", "offer", "the", "city", "as", "a", noun, "for", "talk", "."],
                          tags=["NNP", "NNP", "VBD", "DT", "NN", "IN", "DT", "NN", "IN", "NNS", "."],
                          ents=[(0, 2, "GPE")])


def test_talks_a_venue_is_offered_for_are_not_held() -> None:
    sentence = offered_as("venue")
    assert offered_setting(sentence, 9)
    assert tells_no_act(sentence, 9, None)


def test_only_a_setting_offered_for_them_leaves_talks_untold() -> None:
    # "... as a base for talks": a base is no setting the rule knows; the talks are left to the other rules
    assert not offered_setting(offered_as("base"), 9)
    assert not offered_setting(offered_as("venue"), 4)  # the city itself is no act
