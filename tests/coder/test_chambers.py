"""A body named by two words that the knowledge base lists together ("the upper house", "the coast guard") is a
party, though its head word alone names none ("house", "guard"); two words that only hold a party's word ("the police
station") are still no party (hand-built parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def the_two_words_asked(first: str, second: str) -> Sentence:
    # The FIRST SECOND asked the government to act .
    return build_sentence(["The", first, second, "asked", "the", "government", "to", "act", "."],
                          [2, 2, 3, 3, 5, 3, 7, 3, 3],
                          ["det", "amod", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "punct"],
                          pos=["DET", "ADJ", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT"],
                          lemmas=["the", first, second, "ask", "the", "government", "to", "act", "."],
                          tags=["DT", "JJ", "NN", "VBD", "DT", "NN", "TO", "VB", "."])


def test_the_upper_house_is_the_legislature(resources: CoderResources) -> None:
    house = read_and_resolve(story_actors(resources, "BTN"), the_two_words_asked("upper", "house"), 2)
    assert house is not None and house.sector == "LEG" and house.country == "BTN"


def test_a_police_station_is_no_party(resources: CoderResources) -> None:
    assert read_and_resolve(story_actors(resources, "BTN"), the_two_words_asked("police", "station"), 2) is None
