"""A body's people told again by their plural noun alone: "40 BJP workers were arrested ... The arrested workers
were released" are the BJP's workers (PTY), not labour; a phrase with a body word of its own ("the bjym workers") is
not. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def arrested() -> Sentence:
    # Police arrested 40 BJP workers .
    return build_sentence(["Police", "arrested", "40", "BJP", "workers", "."], [1, 1, 4, 4, 1, 1],
                          ["nsubj", "ROOT", "nummod", "compound", "dobj", "punct"],
                          pos=["NOUN", "VERB", "NUM", "PROPN", "NOUN", "PUNCT"],
                          tags=["NNS", "VBD", "CD", "NNP", "NNS", "."],
                          lemmas=["police", "arrest", "40", "BJP", "worker", "."], ents=((3, 4, "ORG"),))


def released(modifier: str, tag: str) -> Sentence:
    # The arrested workers were released .
    return build_sentence(["The", modifier, "workers", "were", "released", "."], [2, 2, 4, 4, 4, 4],
                          ["det", "amod", "nsubjpass", "auxpass", "ROOT", "punct"],
                          pos=["DET", "VERB" if tag == "VBN" else "NOUN", "NOUN", "AUX", "VERB", "PUNCT"],
                          tags=["DT", tag, "NNS", "VBD", "VBN", "."],
                          lemmas=["the", modifier, "worker", "be", "release", "."], index=1)


def test_the_arrested_workers_are_the_party_workers_told_before(resources: CoderResources) -> None:
    actors = story_actors(resources, "IND")
    first = read_and_resolve(actors, arrested(), 4)
    assert first is not None and first.sector == "PTY"
    again = read_and_resolve(actors, released("arrested", "VBN"), 2)
    assert again is not None and (again.country, again.sector) == ("IND", "PTY")


def test_workers_named_with_a_body_word_of_their_own_are_not_the_ones_told_before(resources: CoderResources) -> None:
    actors = story_actors(resources, "IND")
    read_and_resolve(actors, arrested(), 4)
    again = read_and_resolve(actors, released("union", "NN"), 2)
    assert again is None or again.sector != "PTY"
