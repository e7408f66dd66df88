"""A body the knowledge base lacks whose own name ends in its kind ("the Independent Electoral Commission") is told
again by that kind: "the commission" and "the commission's chairman" are that body. An electoral commission is a
body of the state. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def commission_accused() -> Sentence:
    # The Independent Electoral Commission accused the party .
    return build_sentence(["The", "Independent", "Electoral", "Commission", "accused", "the", "party", "."],
                          [3, 3, 3, 4, 4, 6, 4, 4],
                          ["det", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                          pos=["DET", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                          tags=["DT", "NNP", "NNP", "NNP", "VBD", "DT", "NN", "."],
                          lemmas=["the", "Independent", "Electoral", "Commission", "accuse", "the", "party", "."],
                          ents=[(1, 4, "ORG")])


def told_as(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Sentence:
    tags = [{"DET": "DT", "NOUN": "NN", "PART": "POS", "VERB": "VBD", "PUNCT": "."}[p] for p in pos]
    return build_sentence(words, heads, deps, pos=pos, tags=tags, lemmas=[w.lower() for w in words], index=1)


def test_the_commission_is_the_electoral_commission_told_before(resources: CoderResources) -> None:
    actors = story_actors(resources, "GMB")
    named = read_and_resolve(actors, commission_accused(), 3)
    assert named is not None and (named.country, named.sector) == ("GMB", "GOV")
    # The commission warned the party .
    again = read_and_resolve(actors, told_as(["The", "commission", "warned", "the", "party", "."], [1, 2, 2, 4, 2, 2],
                                             ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                                             ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]), 1)
    assert again is not None and (again.country, again.sector) == ("GMB", "GOV")


def test_the_commission_s_chairman_is_the_electoral_commission(resources: CoderResources) -> None:
    actors = story_actors(resources, "GMB")
    read_and_resolve(actors, commission_accused(), 3)
    # The commission 's chairman warned the party .
    chairman = read_and_resolve(actors, told_as(["The", "commission", "'s", "chairman", "warned", "the", "party", "."],
                                                [1, 3, 1, 4, 4, 6, 4, 4],
                                                ["det", "poss", "case", "nsubj", "ROOT", "det", "dobj", "punct"],
                                                ["DET", "NOUN", "PART", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]), 3)
    assert chairman is not None and (chairman.country, chairman.sector) == ("GMB", "GOV")


def test_a_commission_never_named_is_no_one(resources: CoderResources) -> None:
    actors = story_actors(resources, "GMB")
    again = read_and_resolve(actors, told_as(["The", "commission", "warned", "the", "party", "."], [1, 2, 2, 4, 2, 2],
                                             ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                                             ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]), 1)
    assert again is None or again.country is None
