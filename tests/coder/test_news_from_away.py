"""A home paper turns to news from away with a sentence that opens on a town ("In Kampala, Uganda's ministry
said ..."): the country that town is in is not the story's home, however often the story names it (hand-built
parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.coder.stories import home_beside, reported_from_elsewhere
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Article, ParsedArticle, Sentence

from .test_briefings import accused


def opened_in(town: str, index: int, offset: int) -> Sentence:
    # In TOWN , Uganda protested .
    return build_sentence(["In", town, ",", "Uganda", "protested", "."], [4, 0, 4, 4, 4, 4],
                          ["prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
                          pos=["ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"],
                          lemmas=["in", town, ",", "Uganda", "protest", "."], ents=[(1, 2, "GPE"), (3, 4, "GPE")],
                          index=index, offset=offset)


def prices_rose_in(town: str, index: int, offset: int) -> Sentence:
    # Prices rose in TOWN .
    return build_sentence(["Prices", "rose", "in", town, "."], [1, 1, 1, 2, 1],
                          ["nsubj", "ROOT", "prep", "pobj", "punct"],
                          pos=["NOUN", "VERB", "ADP", "PROPN", "PUNCT"], lemmas=["price", "rise", "in", town, "."],
                          ents=[(3, 4, "GPE")], index=index, offset=offset)


def test_a_sentence_opening_on_a_town_turns_to_that_town_s_country(resources: CoderResources) -> None:
    away = reported_from_elsewhere([opened_in("Kampala", 0, 0), prices_rose_in("Nairobi", 1, 40)],
                                   resources.gazetteer)
    assert away == {"UGA"}  # "in Nairobi" inside a sentence is where something happens, not a turn away


def test_the_home_is_where_most_of_the_other_towns_are(resources: CoderResources) -> None:
    sentences = [opened_in("Kampala", 0, 0), prices_rose_in("Nairobi", 1, 40), prices_rose_in("Mombasa", 2, 80),
                 prices_rose_in("Arusha", 3, 120)]
    assert home_beside(sentences, resources.gazetteer, {"UGA"}) == "KEN"  # two Kenyan towns, one Tanzanian
    assert home_beside(sentences[:2], resources.gazetteer, {"UGA"}) is None  # one town is no home
    assert home_beside(sentences, resources.gazetteer, {"UGA", "KEN"}) is None


def test_an_undated_story_named_for_the_country_it_turns_to_is_the_other_towns_country(
        resources: CoderResources) -> None:
    # Uganda named three times and never Kenya: without the turn away, a Ugandan story
    sentences = (accused(0, 0), opened_in("Kampala", 1, 40), opened_in("Entebbe", 2, 80),
                 opened_in("Kampala", 3, 120), prices_rose_in("Nairobi", 4, 160), prices_rose_in("Mombasa", 5, 200))
    parsed = ParsedArticle(Article("t", " ".join(s.text for s in sentences)), sentences)
    events = code_article(parsed, resources, make_options().with_(screen=False)).events
    assert {(e.actor.country, e.recipient.country if e.recipient else None)
            for e in events if e.trigger == "accused"} == {("KEN", "KEN")}
