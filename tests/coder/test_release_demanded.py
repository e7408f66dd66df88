"""Those whose release is demanded are what the demand is about, not whom it is made of ("demanded the villagers'
release"); the owner of help sought is whom it is sought from ("sought the Centre's help"). Hand-built parses: no
model is loaded."""

from __future__ import annotations

from dyadwatch.coder.demand_targets import requested
from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

from .test_bodies_told_again import story_actors


def demanded(noun: str, owner: str) -> list:
    # The ministry demanded the OWNER 's NOUN .
    return [["The", "ministry", "demanded", "the", owner, "'s", noun, "."], [1, 2, 2, 4, 6, 4, 2, 2],
            ["det", "nsubj", "ROOT", "det", "poss", "case", "dobj", "punct"],
            ["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "NOUN", "PUNCT"],
            ["DT", "NN", "VBD", "DT", "NNS", "POS", "NN", "."],
            ["the", "ministry", "demand", "the", owner, "'s", noun, "."]]


def test_whose_release_is_demanded_is_no_target(resources: CoderResources) -> None:
    words, heads, deps, pos, tags, lemmas = demanded("release", "villagers")
    s = build_sentence(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas)
    actors = story_actors(resources, "TJK")
    actors.read(s)
    assert 4 in requested(s, 2, actors)


def test_whose_help_is_sought_is_whom_it_is_sought_from(resources: CoderResources) -> None:
    words, heads, deps, pos, tags, lemmas = demanded("help", "Centre")
    s = build_sentence(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas)
    actors = story_actors(resources, "IND")
    actors.read(s)
    assert 4 not in requested(s, 2, actors) and 6 in requested(s, 2, actors)
