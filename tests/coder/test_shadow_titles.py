"""Westminster's "shadow" front bench is the opposition's, whatever portfolio it shadows ("the shadow foreign
secretary" is no foreign secretary); "the shadow fleet" names no one. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def test_a_shadow_secretary_is_of_the_opposition(resources: CoderResources) -> None:
    index = resources.actors
    assert index.sector_of(["the", "shadow", "foreign", "secretary"]) == "OPP"
    assert index.sector_of(["the", "foreign", "secretary"]) == "GOV"
    assert index.sector_of(["russia", "'s", "shadow", "fleet"]) != "OPP"


def test_the_shadow_housing_secretary_is_the_story_s_opposition(resources: CoderResources) -> None:
    # The shadow housing secretary wrote to the Cabinet Secretary .
    s = build_sentence(["The", "shadow", "housing", "secretary", "wrote", "to", "the", "Cabinet", "Secretary", "."],
                       [3, 3, 3, 4, 4, 4, 8, 8, 5, 4],
                       ["det", "amod", "compound", "nsubj", "ROOT", "prep", "det", "compound", "pobj", "punct"],
                       pos=["DET", "ADJ", "NOUN", "NOUN", "VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
                       tags=["DT", "JJ", "NN", "NN", "VBD", "IN", "DT", "NNP", "NNP", "."],
                       lemmas=["the", "shadow", "housing", "secretary", "write", "to", "the", "Cabinet", "Secretary",
                               "."])
    actor = read_and_resolve(story_actors(resources, "GBR"), s, 3)
    assert actor is not None and (actor.country, actor.sector) == ("GBR", "OPP")
