"""A town name two countries share is the story's country's town there, unless its own is dwarfed by the largest
(the offline gazetteer the coder loads; no model)."""

from __future__ import annotations

from dyadwatch.coder.actors import ArticleActors, home_namesake
from dyadwatch.coder.events import CoderResources
from dyadwatch.records import Actor, Mention

from .test_wire_style import DAY


def country_of(resources: CoderResources, name: str, prefer: str | None = None) -> str | None:
    place = resources.gazetteer.lookup(name, prefer=prefer)
    return place.country if place is not None else None


def test_a_shared_town_name_is_the_story_s_country_s_town(resources: CoderResources) -> None:
    assert country_of(resources, "Hyderabad") == "IND"  # the largest of the name
    assert country_of(resources, "Hyderabad", prefer="PAK") == "PAK"  # in a Pakistani story, Sindh's
    assert country_of(resources, "Valencia", prefer="ESP") == "ESP"
    assert country_of(resources, "Tripoli") == "LBY"
    assert country_of(resources, "Tripoli", prefer="LBN") == "LBN"  # Lebanon's second city


def test_a_small_namesake_does_not_stand_for_a_great_city(resources: CoderResources) -> None:
    assert country_of(resources, "Paris", prefer="USA") == "FRA"  # not Paris, Texas
    assert country_of(resources, "London", prefer="CAN") == "GBR"  # not London, Ontario
    assert country_of(resources, "Washington", prefer="GBR") == "USA"  # not Washington, Tyne and Wear
    assert country_of(resources, "Lagos", prefer="PAK") == "NGA"  # no Pakistani Lagos: the name's own city


def test_a_party_placed_in_a_shared_town_takes_the_story_s_country(resources: CoderResources) -> None:
    actors = ArticleActors(resources.actors, DAY)
    actors.story = "PAK"
    assert actors.place_country("Hyderabad") == "PAK"
    actors.story = "IND"
    assert actors.place_country("Hyderabad") == "IND"


def test_a_hyphenated_town_is_found_spaced_and_kosovo_is_a_country(resources: CoderResources) -> None:
    assert country_of(resources, "Port-Vila") == "VUT"  # as geonames writes it
    assert country_of(resources, "Port Vila") == "VUT"  # as a dateline writes it
    assert country_of(resources, "Pristina") == "XKX"
    assert country_of(resources, "Kosovo") == "XKX"  # the knowledge base's country, not part of Serbia


def capital(text: str, name: str, country: str) -> Mention:
    return Mention(0, 0, 1, 0, Actor(text, name, country, "GOV", "country"))


def test_a_capital_that_names_a_city_of_the_story_s_country_is_that_city(resources: CoderResources) -> None:
    places = resources.actors.places
    tripoli = capital("Tripoli", "Libya", "LBY")
    assert home_namesake(tripoli, "LBN", places)  # a story from Lebanon: its own Tripoli, read as a place there
    assert not home_namesake(tripoli, "LBY", places)  # Libya's own story: its capital
    assert not home_namesake(tripoli, "EGY", places)  # Egypt has no Tripoli: Libya's
    assert not home_namesake(capital("Lebanon", "Lebanon", "LBN"), "LBY", places)  # a country's name is no town
    assert not home_namesake(capital("Paris", "France", "FRA"), "USA", places)  # dwarfed: Paris, Texas


def test_a_country_s_name_is_the_country_not_a_town_abroad_of_that_name(resources: CoderResources) -> None:
    # geonames lists towns called Jordan (Hong Kong), Mexico (the Philippines), Mali (China), Montenegro (Brazil)
    for name, country in (("Jordan", "JOR"), ("Mexico", "MEX"), ("Mali", "MLI"), ("Montenegro", "MNE"),
                          ("Lebanon", "LBN"), ("Venezuela", "VEN")):
        place = resources.gazetteer.lookup(name)
        assert place is not None and place.country == country and place.lat is None, name
    assert country_of(resources, "Mexico", prefer="PHL") == "MEX"
    assert country_of(resources, "Singapore") == "SGP"  # a city that is its own country's namesake stays the city
    assert resources.gazetteer.lookup("Singapore").lat is not None  # type: ignore[union-attr]


def test_a_small_town_name_of_two_other_countries_is_no_place_abroad_in_a_third_country_s_story(
        resources: CoderResources) -> None:
    # "Santa Teresa" names towns of Mexico and Brazil, none of 100,000 people: a Belizean story's Santa Teresa is a
    # village of Belize's the gazetteer lacks, not the Mexican town
    assert country_of(resources, "Santa Teresa") == "MEX"
    assert country_of(resources, "Santa Teresa", prefer="MEX") == "MEX"
    assert country_of(resources, "Santa Teresa", prefer="BLZ") is None
    # a great city keeps its country in any story, and a small town of one country only keeps its country
    assert country_of(resources, "Toledo", prefer="BLZ") == "USA"
    assert country_of(resources, "Orange Walk", prefer="GTM") == "BLZ"
