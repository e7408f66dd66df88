"""A listed body told again by the noun of its kind ("the UN Security Council ... the council") is that body, and
the object of "asked X to do Y" is whom the demand is made of, not what it asks for. Hand-built parses: no model is
loaded."""

from __future__ import annotations

from dyadwatch.coder.demand_targets import requested
from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def wrote_to_council() -> Sentence:
    # Egypt wrote to the UN Security Council .
    return build_sentence(["Egypt", "wrote", "to", "the", "UN", "Security", "Council", "."], [1, 1, 1, 6, 6, 6, 2, 1],
                          ["nsubj", "ROOT", "prep", "det", "compound", "compound", "pobj", "punct"],
                          pos=["PROPN", "VERB", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT"],
                          tags=["NNP", "VBD", "IN", "DT", "NNP", "NNP", "NNP", "."],
                          lemmas=["Egypt", "write", "to", "the", "UN", "Security", "Council", "."],
                          ents=[(0, 1, "GPE"), (4, 7, "ORG")])


def asked_council() -> Sentence:
    # The minister asked the council to press Ethiopia .
    return build_sentence(["The", "minister", "asked", "the", "council", "to", "press", "Ethiopia", "."],
                          [1, 2, 2, 4, 2, 6, 2, 6, 2],
                          ["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "dobj", "punct"],
                          pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "PROPN", "PUNCT"],
                          tags=["DT", "NN", "VBD", "DT", "NN", "TO", "VB", "NNP", "."],
                          lemmas=["the", "minister", "ask", "the", "council", "to", "press", "Ethiopia", "."],
                          ents=[(7, 8, "GPE")], index=1)


def test_the_council_after_the_security_council_is_that_council(resources: CoderResources) -> None:
    actors = story_actors(resources, "EGY")
    full = read_and_resolve(actors, wrote_to_council(), 6)
    assert full is not None and full.sector == "IGO"
    again = read_and_resolve(actors, asked_council(), 4)
    assert again is not None and (again.name, again.sector) == (full.name, "IGO")


def test_whom_one_asks_to_act_is_not_what_is_asked_for(resources: CoderResources) -> None:
    actors = story_actors(resources, "EGY")
    sentence = asked_council()
    actors.read(sentence)
    assert 4 not in requested(sentence, 2, actors)


def test_the_council_s_as_owner_is_that_council(resources: CoderResources) -> None:
    # The spokesman rejected the council 's calls .
    owner = build_sentence(["The", "spokesman", "rejected", "the", "council", "'s", "calls", "."],
                           [1, 2, 2, 4, 6, 4, 2, 2],
                           ["det", "nsubj", "ROOT", "det", "poss", "case", "dobj", "punct"],
                           pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "NOUN", "PUNCT"],
                           tags=["DT", "NN", "VBD", "DT", "NN", "POS", "NNS", "."],
                           lemmas=["the", "spokesman", "reject", "the", "council", "'s", "call", "."], index=1)
    actors = story_actors(resources, "EGY")
    full = read_and_resolve(actors, wrote_to_council(), 6)
    again = read_and_resolve(actors, owner, 4)
    assert full is not None and again is not None and (again.name, again.sector) == (full.name, "IGO")
