"""A name of two words or more after a country's possessive, that names no place, no person and no body of the state,
is a body of that country of unknown kind, not its government ("Brazil's Doce Verde Ingredientes", which the parser
tags as a place and its head as a common noun); the state's own bodies stay its ("Brazil's Southern Military
Command"). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def bid_from(resources: CoderResources, words: list[str], head_pos: str) -> tuple[str | None, str | None]:
    # The board rejected a bid from Brazil 's WORDS .
    n = len(words)
    end = 7 + n  # the head: the name's last word
    s = build_sentence(["The", "board", "rejected", "a", "bid", "from", "Brazil", "'s", *words, "."],
                       [1, 2, 2, 4, 2, 4, end, 6, *[end] * (n - 1), 5, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "prep", "poss", "case", *["compound"] * (n - 1),
                        "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PART", *["PROPN"] * (n - 1),
                            head_pos, "PUNCT"],
                       lemmas=["the", "board", "reject", "a", "bid", "from", "Brazil", "'s", *words, "."],
                       ents=[(6, 7, "GPE"), (8, 8 + n, "LOC")])
    actor = read_and_resolve(story_actors(resources, "PRY"), s, end)
    assert actor is not None
    return actor.country, actor.sector


def test_a_firm_named_after_brazil_s_is_no_brazilian_government(resources: CoderResources) -> None:
    assert bid_from(resources, ["Doce", "Verde", "Ingredientes"], "NOUN") == ("BRA", None)


def test_a_command_named_after_brazil_s_is_still_the_state_s(resources: CoderResources) -> None:
    country, sector = bid_from(resources, ["Southern", "Military", "Command"], "PROPN")
    assert country == "BRA" and sector is not None
