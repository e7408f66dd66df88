""""The two sides" are the two parties of one state that last dealt with each other as sides (the military and a
rebel army at talks in a third country), whatever the story's two countries are; "the two countries" stay the
story's two states. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.pronouns import sides_of_one_state, two_parties
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor

JUNTA = Actor("Myanmar's military government", "Myanmar", "MMR", "GOV", "country")
KIA = Actor("Kachin Independence Army", "Kachin Independence Army", "MMR", "REB", "organisation")
CHINA = Actor("China", "China", "CHN", "GOV", "country")


def the_two(noun: str, lemma: str) -> list[Actor]:
    # the two NOUN met .
    s = build_sentence(["the", "two", noun, "met", "."], [2, 2, 3, 3, 3], ["det", "nummod", "nsubj", "ROOT", "punct"],
                       pos=["DET", "NUM", "NOUN", "VERB", "PUNCT"], lemmas=["the", "two", lemma, "meet", "."])
    got = two_parties(list(s.tokens[:3]), f"two {noun}", [JUNTA, KIA, CHINA], (CHINA, JUNTA), (KIA, JUNTA))
    assert got is not None
    return list(got[1])


def test_the_two_sides_are_the_two_who_last_dealt_as_sides() -> None:
    assert {a.sector for a in the_two("sides", "side")} == {"GOV", "REB"}


def test_the_two_countries_are_still_the_story_s_two_states() -> None:
    assert {a.country for a in the_two("countries", "country")} == {"CHN", "MMR"}


def test_sides_are_two_parties_of_one_state_of_different_kinds() -> None:
    assert sides_of_one_state(KIA, JUNTA)
    assert not sides_of_one_state(CHINA, JUNTA)  # two states: the story's pair tells them
    temple = Actor("the Golden Temple", None, "IND", "REL", "group")
    assert not sides_of_one_state(Actor("India", "India", "IND", "GOV", "country"), temple)
