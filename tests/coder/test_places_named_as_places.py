"""A border crossing, a post or an island is a place an act happens at, not a party it is aimed at ("closed the Tine
crossing", "sent soldiers to its post on the island"); a town the parser names as a place is one too after a
preposition of place. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.venues import taken_as_place
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor


def test_a_closed_crossing_is_a_place() -> None:
    # The army closed the Tine crossing .
    s = build_sentence(["The", "army", "closed", "the", "Tine", "crossing", "."], [1, 2, 2, 5, 5, 2, 2],
                       ["det", "nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "PROPN", "NOUN", "PUNCT"],
                       tags=["DT", "NN", "VBD", "DT", "NNP", "NN", "."],
                       lemmas=["the", "army", "close", "the", "Tine", "crossing", "."])
    crossing = Actor("Tine crossing", None, "TCD", None, "group", span=(s.tokens[4].start, s.tokens[5].end))
    assert taken_as_place(s, crossing, {"Chad"})


def test_a_town_the_parser_names_as_a_place_is_a_place_after_to() -> None:
    # The army moved troops to Koindu .
    s = build_sentence(["The", "army", "moved", "troops", "to", "Koindu", "."], [1, 2, 2, 2, 2, 4, 2],
                       ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                       tags=["DT", "NN", "VBD", "NNS", "IN", "NNP", "."],
                       lemmas=["the", "army", "move", "troop", "to", "Koindu", "."], ents=[(5, 6, "GPE")])
    town = Actor("Koindu", "Koindu", "SLE", None, "group", span=(s.tokens[5].start, s.tokens[5].end))
    assert taken_as_place(s, town, {"Sierra Leone"})
    capital = Actor("Koindu", "Sierra Leone", "SLE", "GOV", "country", span=(s.tokens[5].start, s.tokens[5].end))
    assert not taken_as_place(s, capital, {"Sierra Leone"})  # a state's own name stays a party


def test_a_blocked_highway_is_a_place() -> None:
    # Drivers blocked the Pan - American Highway .
    s = build_sentence(["Drivers", "blocked", "the", "Pan", "-", "American", "Highway", "."], [1, 1, 6, 6, 6, 6, 1, 1],
                       ["nsubj", "ROOT", "det", "amod", "amod", "amod", "dobj", "punct"],
                       pos=["NOUN", "VERB", "DET", "PROPN", "ADJ", "ADJ", "PROPN", "PUNCT"],
                       lemmas=["driver", "block", "the", "Pan", "-", "american", "Highway", "."])
    road = Actor("Pan-American Highway", None, "GTM", None, "group", span=(s.tokens[3].start, s.tokens[6].end))
    assert taken_as_place(s, road, {"Guatemala"})
