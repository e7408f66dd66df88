"""A capital's name that only begins a longer place name ("San Juan de Lurigancho", a district of Lima) names no
country; the capital alone still does. A town's body named like a listed one is the town's; a one-word facility
that a town also bears places no one (hand-built parses, no model)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.coder.kb import load_knowledge
from dyadwatch.coder.mentions import ActorIndex, find_mentions
from dyadwatch.coder.placing import acted_on
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Article, ParsedArticle


@pytest.fixture(scope="module")
def index() -> ActorIndex:
    return ActorIndex(load_knowledge())


def countries(index: ActorIndex, place: list[str]) -> list[str | None]:
    # Police detained people in PLACE .
    n = len(place)
    sentence = build_sentence(["Police", "detained", "people", "in", *place, "."],
                              [1, 1, 1, 1, *([4 + n - 1] * (n - 1)), 3, 1],
                              ["nsubj", "ROOT", "dobj", "prep", *(["compound"] * (n - 1)), "pobj", "punct"],
                              pos=["NOUN", "VERB", "NOUN", "ADP",
                                   *["ADP" if w in ("de", "di") else "PROPN" for w in place], "PUNCT"],
                              ents=[(4, 4 + n, "GPE")])
    return [m.actor.country for m in find_mentions(sentence, index, date(2025, 10, 1))]


def test_a_capital_that_begins_a_longer_place_name_names_no_country(index: ActorIndex) -> None:
    assert countries(index, ["San", "Juan"]) == ["PRI"]
    assert countries(index, ["San", "Juan", "de", "Lurigancho"]) == []
    assert countries(index, ["Santiago"]) == ["CHL"]
    assert countries(index, ["Santiago", "de", "Cuba"]) == ["CUB"]  # Cuba itself still counts


def test_a_province_whose_name_holds_another_country_s_is_its_own_country_s(index: ActorIndex) -> None:
    assert countries(index, ["British", "Columbia"]) == ["CAN"]  # not "British"
    assert countries(index, ["New", "South", "Wales"]) == ["AUS"]  # not Wales
    assert countries(index, ["New", "Mexico"]) == ["USA"]
    assert countries(index, ["Nova", "Scotia"]) == ["CAN"]


def test_a_town_s_body_named_like_a_listed_one_is_of_that_town_s_country(resources: CoderResources) -> None:
    # the Johannesburg Metropolitan Police Department said .   (no London police; the parser tags the name whole)
    words = ["the", "Johannesburg", "Metropolitan", "Police", "Department", "said", "."]
    s = build_sentence(words, [4, 4, 3, 4, 5, 5, 5], ["det", "compound", "compound", "compound", "nsubj", "ROOT",
                                                       "punct"],
                       pos=["DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], ents=[(0, 5, "ORG")])
    police = [m.actor for m in find_mentions(s, resources.actors, date(2025, 10, 1))]
    assert [(a.text, a.country, a.sector) for a in police] == [("Metropolitan Police", "ZAF", "COP")]
    # the Metropolitan Police said .   (the listed body itself)
    s = build_sentence(["the", "Metropolitan", "Police", "said", "."], [2, 2, 3, 3, 3],
                       ["det", "compound", "nsubj", "ROOT", "punct"], pos=["DET", "PROPN", "PROPN", "VERB", "PUNCT"],
                       ents=[(0, 3, "ORG")])
    assert [m.actor.country for m in find_mentions(s, resources.actors, date(2025, 10, 1))] == ["GBR"]
    # the Federal Foreign Office said .   ("Federal" is a small town in Argentina: inside a name only a country or a
    # large city places the body; Germany's office is listed under its own name)
    s = build_sentence(["the", "Federal", "Foreign", "Office", "said", "."], [3, 3, 3, 4, 4, 4],
                       ["det", "compound", "compound", "nsubj", "ROOT", "punct"],
                       pos=["DET", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], ents=[(0, 4, "ORG")])
    assert [m.actor.country for m in find_mentions(s, resources.actors, date(2025, 10, 1))] == ["DEU"]
    # the Federal Investigative Committee said .   (not Federal, Argentina's: the listed body's own country stands)
    s = build_sentence(["the", "Federal", "Investigative", "Committee", "said", "."], [3, 3, 3, 4, 4, 4],
                       ["det", "compound", "compound", "nsubj", "ROOT", "punct"],
                       pos=["DET", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], ents=[(0, 4, "ORG")])
    assert [m.actor.country for m in find_mentions(s, resources.actors, date(2025, 10, 1))] == ["RUS"]


def test_a_facility_named_by_one_word_a_town_also_bears_places_no_one(resources: CoderResources) -> None:
    # Metro police fired on marchers .   (Metro, Indonesia, is a town; the parser tags "Metro" a facility)
    s = build_sentence(["Metro", "police", "fired", "on", "marchers", "."], [1, 2, 2, 2, 3, 2],
                       ["compound", "nsubj", "ROOT", "prep", "pobj", "punct"],
                       pos=["PROPN", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"],
                       lemmas=["Metro", "police", "fire", "on", "marcher", "."], ents=[(0, 1, "FAC")])
    parsed = ParsedArticle(Article("t", s.text, published=date(2025, 10, 1)), (s,))
    events = code_article(parsed, resources, make_options().with_(screen=False)).events
    assert events and all(e.actor.country != "IDN" for e in events)
    # Police in Metro fired on marchers .   (a place the parser tags as one still places them)
    s = build_sentence(["Police", "in", "Metro", "fired", "on", "marchers", "."], [3, 0, 1, 3, 3, 4, 3],
                       ["nsubj", "prep", "pobj", "ROOT", "prep", "pobj", "punct"],
                       pos=["NOUN", "ADP", "PROPN", "VERB", "ADP", "NOUN", "PUNCT"],
                       lemmas=["police", "in", "Metro", "fire", "on", "marcher", "."], ents=[(2, 3, "GPE")])
    parsed = ParsedArticle(Article("t", s.text, published=date(2025, 10, 1)), (s,))
    events = code_article(parsed, resources, make_options().with_(screen=False)).events
    assert any(e.actor.country == "IDN" for e in events)


def test_whom_a_party_acts_on_in_its_joined_acts_lends_it_no_country() -> None:
    # the Navy arrested fishermen and seized trawlers , bringing the number of Indian fishermen to 200 .
    words = ["the", "Navy", "arrested", "fishermen", "and", "seized", "trawlers", ",", "bringing", "the", "number",
             "of", "Indian", "fishermen", "to", "200", "."]
    heads = [1, 2, 2, 2, 2, 2, 5, 5, 5, 10, 8, 10, 13, 11, 8, 14, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "punct", "advcl", "det", "dobj", "prep", "amod",
            "pobj", "prep", "pobj", "punct"]
    tags = ["DT", "NNP", "VBD", "NNS", "CC", "VBD", "NNS", ",", "VBG", "DT", "NN", "IN", "JJ", "NNS", "IN", "CD", "."]
    pos = ["DET", "PROPN", "VERB", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "ADP", "ADJ",
           "NOUN", "ADP", "NUM", "PUNCT"]
    s = build_sentence(words, heads, deps, pos=pos, tags=tags)
    assert {12, 13} <= acted_on(s, 1)  # "Indian fishermen", acted on by the act the participle goes on to tell
    assert 1 not in acted_on(s, 1)
    assert acted_on(s, 3) == set()  # an object acts on no one
