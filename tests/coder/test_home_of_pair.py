"""A home paper's story of its country and another one: the country whose towns are the scene of the news is the
story's ("a rally in Kuala Lumpur", "spoke at Putrajaya"), when the other's never are (hand-built parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.coder.stories import home_of_pair, undated_story, where_news_happens
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Article, ParsedArticle, Sentence


def spoke(who: str, preposition: str, place: list[str], index: int, offset: int) -> Sentence:
    # WHO spoke PREPOSITION PLACE .
    n = len(place)
    return build_sentence([who, "spoke", preposition, *place, "."],
                          [1, 1, 1, *([2 + n] * (n - 1)), 2, 1],
                          ["nsubj", "ROOT", "prep", *(["compound"] * (n - 1)), "pobj", "punct"],
                          pos=["PROPN", "VERB", "ADP", *(["PROPN"] * n), "PUNCT"],
                          ents=[(3, 3 + n, "GPE")], index=index, offset=offset)


def washington_said(index: int, offset: int) -> Sentence:
    # Washington said nothing .
    return build_sentence(["Washington", "said", "nothing", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                          pos=["PROPN", "VERB", "PRON", "PUNCT"], ents=[(0, 1, "GPE")], index=index, offset=offset)


PAIR = (Actor("Malaysia", "Malaysia", "MYS", "GOV", "country"), Actor("United States", "United States", "USA", "GOV",
                                                                        "country"))


def test_the_country_whose_towns_are_the_scene_is_the_story_s(resources: CoderResources) -> None:
    sentences = [spoke("Hamzah", "in", ["Kuala", "Lumpur"], 0, 0), spoke("Anwar", "at", ["Putrajaya"], 1, 40),
                 washington_said(2, 80)]
    places = where_news_happens(sentences, resources.gazetteer)
    assert places == {"MYS": 2}  # Washington acts: it is no scene
    assert home_of_pair(PAIR, places) == "MYS"
    # one scene is not enough, and scenes in both countries tell nothing
    assert home_of_pair(PAIR, {"MYS": 1}) is None
    assert home_of_pair(PAIR, {"MYS": 3, "USA": 1}) is None
    assert home_of_pair(None, places) is None


def test_a_home_paper_s_two_country_story_takes_its_scene_s_country(resources: CoderResources) -> None:
    # Malaysia three times (itself, Putrajaya, Kuala Lumpur), the United States twice: a pair, no country stands
    # out; the opposition and the government are Malaysia's, where the news happens
    # The opposition accused the government .
    accused = build_sentence(["The", "opposition", "accused", "the", "government", "."], [1, 2, 2, 4, 2, 2],
                             ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                             pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                             lemmas=["the", "opposition", "accuse", "the", "government", "."], index=4, offset=160)
    sentences = (spoke("Malaysia", "at", ["Putrajaya"], 0, 0), washington_said(1, 40),
                 spoke("Hamzah", "in", ["Kuala", "Lumpur"], 2, 80), washington_said(3, 120), accused)
    parsed = ParsedArticle(Article("t", " ".join(s.text for s in sentences)), sentences)
    events = code_article(parsed, resources, make_options().with_(screen=False)).events
    assert {(e.actor.country, e.actor.country_source, e.recipient.country if e.recipient else None)
            for e in events if e.trigger == "accused"} == {("MYS", "story", "MYS")}


def test_a_story_whose_towns_are_all_in_one_of_its_two_countries_is_that_country_s(
        resources: CoderResources) -> None:
    # an Ontario paper: "Toronto" and "Ottawa" (no "in": no scene), and a lone "French" that makes France the
    # story's second country
    def named(place: str, index: int, offset: int) -> Sentence:
        # PLACE boards lost trustees .
        return build_sentence([place, "boards", "lost", "trustees", "."], [1, 2, 2, 2, 2],
                              ["compound", "nsubj", "ROOT", "dobj", "punct"],
                              pos=["PROPN", "NOUN", "VERB", "NOUN", "PUNCT"], ents=[(0, 1, "GPE")],
                              index=index, offset=offset)

    sentences = [named("Toronto", 0, 0), named("Ottawa", 1, 40)]
    canada = Actor("Canada", "Canada", "CAN", "GOV", "country")
    france = Actor("France", "France", "FRA", "GOV", "country")
    assert where_news_happens(sentences, resources.gazetteer) == {}
    assert undated_story((canada, france), sentences, resources.gazetteer) == "CAN"
    assert undated_story(None, sentences, resources.gazetteer) == "CAN"
    assert undated_story(PAIR, sentences, resources.gazetteer) is None  # towns of neither Malaysia nor the US
    assert undated_story((canada, france), sentences[:1], resources.gazetteer) is None  # one town is not enough


def test_a_story_that_names_one_country_once_is_that_country_s(resources: CoderResources) -> None:
    from dyadwatch.coder.stories import sole_country
    from dyadwatch.records import Mention

    def party(country: str, index: int = 0) -> Mention:
        return Mention(index, 0, 1, 0, Actor(country, country, country, "GOV", "country"))

    def in_town(town: str, index: int) -> Sentence:
        # Police detained students in TOWN .
        return build_sentence(["Police", "detained", "students", "in", town, "."], [1, 1, 1, 1, 3, 1],
                              ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                              pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"], ents=[(4, 5, "GPE")], index=index)

    assert sole_country({0: [party("KEN")]}, [], resources.gazetteer) == "KEN"
    assert sole_country({0: [party("KEN")]}, [in_town("Nairobi", 1)], resources.gazetteer) == "KEN"
    # another country named, by a party or a town, or none named at all: no story country
    assert sole_country({0: [party("KEN"), party("UGA")]}, [], resources.gazetteer) is None
    assert sole_country({0: [party("KEN")]}, [in_town("Kampala", 1)], resources.gazetteer) is None
    assert sole_country({}, [in_town("Nairobi", 1)], resources.gazetteer) is None  # a lone town is not enough
    # an international body is of no country
    un = Mention(0, 0, 1, 0, Actor("UN", "United Nations", None, "IGO", "organisation"))
    assert sole_country({0: [un, party("KEN")]}, [], resources.gazetteer) == "KEN"


def test_the_government_of_a_home_paper_that_names_its_country_once_is_that_country_s(
        resources: CoderResources) -> None:
    # Kenya condemned the attack .  /  The opposition accused the government .
    kenya = build_sentence(["Kenya", "condemned", "the", "attack", "."], [1, 1, 3, 1, 1],
                           ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                           ents=[(0, 1, "GPE")])
    accused = build_sentence(["The", "opposition", "accused", "the", "government", "."], [1, 2, 2, 4, 2, 2],
                             ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                             pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                             lemmas=["the", "opposition", "accuse", "the", "government", "."], index=1, offset=30)
    parsed = ParsedArticle(Article("t", f"{kenya.text} {accused.text}"), (kenya, accused))
    events = code_article(parsed, resources, make_options().with_(screen=False)).events
    assert {(e.actor.country, e.actor.country_source, e.recipient.country if e.recipient else None)
            for e in events if e.trigger == "accused"} == {("KEN", "story", "KEN")}
