"""A person told with a title beside the name ("the Education Minister, Paul Givan") has that role, and a later bare
surname ("Mr Givan") is that person with that role. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def test_a_surname_after_a_title_in_apposition_keeps_the_role(resources: CoderResources) -> None:
    actors = story_actors(resources, "GBR")
    # The Education Minister , Paul Givan , refused .
    first = build_sentence(["The", "Education", "Minister", ",", "Paul", "Givan", ",", "refused", "."],
                           [2, 2, 7, 2, 5, 2, 2, 7, 7],
                           ["det", "compound", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "punct"],
                           pos=["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"],
                           tags=["DT", "NNP", "NNP", ",", "NNP", "NNP", ",", "VBD", "."],
                           lemmas=["the", "Education", "Minister", ",", "Paul", "Givan", ",", "refuse", "."],
                           ents=[(4, 6, "PERSON")])
    read_and_resolve(actors, first, 2)
    # Mr Givan turned down applications .
    again = build_sentence(["Mr", "Givan", "turned", "down", "applications", "."], [1, 2, 2, 2, 2, 2],
                           ["compound", "nsubj", "ROOT", "prt", "dobj", "punct"],
                           pos=["PROPN", "PROPN", "VERB", "ADP", "NOUN", "PUNCT"],
                           tags=["NNP", "NNP", "VBD", "RP", "NNS", "."],
                           lemmas=["Mr", "Givan", "turn", "down", "application", "."], ents=[(1, 2, "PERSON")], index=1)
    actor = read_and_resolve(actors, again, 1)
    assert actor is not None and (actor.kind, actor.sector, actor.country) == ("person", "GOV", "GBR")
