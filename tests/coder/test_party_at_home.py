"""A party the knowledge base lists under a country the article never names otherwise is the story's country's
party ("the Republican Party" in a Chilean story, "the DPP" in a Malawian one); where the article names its
country, it stays that country's (pure function over mentions, no model)."""

from __future__ import annotations

from dyadwatch.coder.actors import shared_party_at_home
from dyadwatch.records import Actor, Mention


def party(name: str, country: str | None) -> Mention:
    return Mention(0, 0, 2, 1, Actor(name, name, country, "PTY", "organisation"))


def test_a_party_of_a_country_the_article_never_names_is_the_story_s() -> None:
    moved = shared_party_at_home(party("Republican Party", "USA"), "CHL", {"CHL", "ARG"})
    assert (moved.actor.country, moved.actor.country_source) == ("CHL", "story")


def test_a_party_of_a_country_the_article_names_stays_that_country_s() -> None:
    kept = shared_party_at_home(party("Republican Party", "USA"), "CHL", {"CHL", "USA"})
    assert kept.actor.country == "USA"


def test_a_shared_party_name_is_the_story_s_even_where_the_other_country_is_named() -> None:
    moved = shared_party_at_home(party("Labour Party", "GBR"), "IRL", {"IRL", "GBR"})
    assert moved.actor.country == "IRL"


def test_a_party_of_no_country_and_a_body_that_is_no_party_are_left_alone() -> None:
    assert shared_party_at_home(party("Jamaat-e-Islami", None), "BGD", set()).actor.country is None
    army = Mention(0, 0, 1, 0, Actor("army", None, "USA", "MIL", "group"))
    assert shared_party_at_home(army, "CHL", set()).actor.country == "USA"
