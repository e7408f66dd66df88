"""A listed body told again by its initials is that body: "the Multinational Joint Task Force ... the MJTF" (the
initials the knowledge base does not list). A name of two words gives no initials to follow. Hand-built parses: no
model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def force_met() -> Sentence:
    # The Multinational Joint Task Force met envoys .
    words = ["The", "Multinational", "Joint", "Task", "Force", "met", "envoys", "."]
    return build_sentence(words, [4, 4, 4, 4, 5, 5, 5, 5],
                          ["det", "compound", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
                          pos=["DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"],
                          tags=["DT", "NNP", "NNP", "NNP", "NNP", "VBD", "NNS", "."],
                          lemmas=["the", "Multinational", "Joint", "Task", "Force", "meet", "envoy", "."],
                          ents=[(1, 5, "ORG")])


def mjtf_refused() -> Sentence:
    # The MJTF refused .
    return build_sentence(["The", "MJTF", "refused", "."], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"],
                          pos=["DET", "PROPN", "VERB", "PUNCT"], tags=["DT", "NNP", "VBD", "."],
                          lemmas=["the", "MJTF", "refuse", "."], ents=[(1, 2, "ORG")], index=1)


def test_the_mjtf_is_the_multinational_joint_task_force_told_before(resources: CoderResources) -> None:
    actors = story_actors(resources, "NGA")
    force = read_and_resolve(actors, force_met(), 4)
    assert force is not None and force.sector == "IGO"
    mjtf = read_and_resolve(actors, mjtf_refused(), 1)
    assert mjtf is not None and (mjtf.name, mjtf.sector) == (force.name, "IGO")


def test_the_mjtf_told_first_is_no_listed_body(resources: CoderResources) -> None:
    mjtf = read_and_resolve(story_actors(resources, "NGA"), mjtf_refused(), 1)
    assert mjtf is None or mjtf.sector != "IGO"
