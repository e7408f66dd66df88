"""A listed body told again by its initials is that body: "the Kachin Independence Army ... the KIA". A name of two
words gives no initials to follow. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def army_met() -> Sentence:
    # The Kachin Independence Army met envoys .
    return build_sentence(["The", "Kachin", "Independence", "Army", "met", "envoys", "."], [3, 3, 3, 4, 4, 4, 4],
                          ["det", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
                          pos=["DET", "PROPN", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"],
                          tags=["DT", "NNP", "NNP", "NNP", "VBD", "NNS", "."],
                          lemmas=["the", "Kachin", "Independence", "Army", "meet", "envoy", "."], ents=[(1, 4, "ORG")])


def kia_refused() -> Sentence:
    # The KIA refused .
    return build_sentence(["The", "KIA", "refused", "."], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"],
                          pos=["DET", "PROPN", "VERB", "PUNCT"], tags=["DT", "NNP", "VBD", "."],
                          lemmas=["the", "KIA", "refuse", "."], ents=[(1, 2, "ORG")], index=1)


def test_the_kia_is_the_kachin_independence_army_told_before(resources: CoderResources) -> None:
    actors = story_actors(resources, "CHN")
    army = read_and_resolve(actors, army_met(), 3)
    assert army is not None and (army.country, army.sector) == ("MMR", "REB")
    kia = read_and_resolve(actors, kia_refused(), 1)
    assert kia is not None and (kia.name, kia.country, kia.sector) == (army.name, "MMR", "REB")


def test_the_kia_told_first_is_no_listed_body(resources: CoderResources) -> None:
    kia = read_and_resolve(story_actors(resources, "CHN"), kia_refused(), 1)
    assert kia is None or kia.sector != "REB"
