"""A listed party named in full ("Plaid Cymru") is the one the story's later first word of its name ("Plaid") stands
for; a word that opens many parties' names ("National") stands for none. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def full_name_first() -> Sentence:
    # Plaid Cymru reported the leaflet .
    return build_sentence(["Plaid", "Cymru", "reported", "the", "leaflet", "."], [1, 2, 2, 4, 2, 2],
                          ["compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                          pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                          tags=["NNP", "NNP", "VBD", "DT", "NN", "."],
                          lemmas=["Plaid", "Cymru", "report", "the", "leaflet", "."])


def short_name_later() -> Sentence:
    # Plaid rejected the challenge .
    return build_sentence(["Plaid", "rejected", "the", "challenge", "."], [1, 1, 3, 1, 1],
                          ["nsubj", "ROOT", "det", "dobj", "punct"],
                          pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"], tags=["NNP", "VBD", "DT", "NN", "."],
                          lemmas=["Plaid", "reject", "the", "challenge", "."], index=1)


def test_the_first_word_of_a_listed_party_s_name_is_that_party(resources: CoderResources) -> None:
    actors = story_actors(resources, "GBR")
    full = read_and_resolve(actors, full_name_first(), 1)
    assert full is not None and (full.country, full.sector) == ("GBR", "PTY")
    short = read_and_resolve(actors, short_name_later(), 0)
    assert short is not None and (short.country, short.sector, short.name) == ("GBR", "PTY", full.name)


def test_the_short_name_alone_names_no_one(resources: CoderResources) -> None:
    # without the full name before it, "Plaid" is no party the coder knows
    actor = read_and_resolve(story_actors(resources, "GBR"), short_name_later(), 0)
    assert actor is None or actor.sector != "PTY"
