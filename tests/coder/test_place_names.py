"""A capital's name that only begins a longer place name ("San Juan de Lurigancho", a district of Lima) names no
country; the capital alone still does (hand-built parses, no model)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coder.kb import load_knowledge
from dyadwatch.coder.mentions import ActorIndex, find_mentions
from dyadwatch.parse import build_sentence


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
