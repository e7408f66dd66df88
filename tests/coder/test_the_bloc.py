""""The bloc" a sentence or a few after an international body was named is that body ("Honduras asked the Central
American Integration System ... The bloc urged Nicaragua ..."); "the opposition bloc" is not (hand-built parses, no
model)."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_bodies_told_again import story_actors


def honduras_asked_sica() -> Sentence:
    # Honduras asked SICA to meet .
    return build_sentence(["Honduras", "asked", "SICA", "to", "meet", "."], [1, 1, 1, 4, 1, 1],
                          ["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
                          pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT"],
                          lemmas=["Honduras", "ask", "SICA", "to", "meet", "."],
                          tags=["NNP", "VBD", "NNP", "TO", "VB", "."], ents=[(0, 1, "GPE"), (2, 3, "ORG")], index=0)


def the_bloc_urged(modifier: str | None) -> Sentence:
    # The [MODIFIER] bloc urged Nicaragua to act .
    if modifier is None:
        return build_sentence(["The", "bloc", "urged", "Nicaragua", "to", "act", "."], [1, 2, 2, 2, 5, 2, 2],
                              ["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
                              pos=["DET", "NOUN", "VERB", "PROPN", "PART", "VERB", "PUNCT"],
                              lemmas=["the", "bloc", "urge", "Nicaragua", "to", "act", "."],
                              tags=["DT", "NN", "VBD", "NNP", "TO", "VB", "."], ents=[(3, 4, "GPE")], index=1)
    return build_sentence(["The", modifier, "bloc", "urged", "Nicaragua", "to", "act", "."], [2, 2, 3, 3, 3, 6, 3, 3],
                          ["det", "amod", "nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
                          pos=["DET", "ADJ", "NOUN", "VERB", "PROPN", "PART", "VERB", "PUNCT"],
                          lemmas=["the", modifier, "bloc", "urge", "Nicaragua", "to", "act", "."],
                          tags=["DT", "JJ", "NN", "VBD", "NNP", "TO", "VB", "."], ents=[(4, 5, "GPE")], index=1)


def bloc_after_sica(resources: CoderResources, modifier: str | None):  # type: ignore[no-untyped-def]
    actors = story_actors(resources, "HND")
    actors.read(honduras_asked_sica())
    sentence = the_bloc_urged(modifier)
    actors.read(sentence)
    return actors.resolve_actor(sentence, 2 if modifier else 1)


def test_the_bloc_is_the_international_body_named_before(resources: CoderResources) -> None:
    for modifier in (None, "regional"):
        bloc = bloc_after_sica(resources, modifier)
        assert bloc is not None and bloc.kind == "organisation" and bloc.sector == "IGO"
        assert bloc.name == "Central American Integration System"


def test_the_opposition_bloc_is_no_international_body(resources: CoderResources) -> None:
    bloc = bloc_after_sica(resources, "opposition")
    assert bloc is None or bloc.sector != "IGO"
