"""An organ of an international body keeps the body's sector: "the African Union's Peace and Security Council" is
IGO, not a labour union for the word "Union" in its owner's name. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def test_an_organ_of_the_african_union_is_igo(resources: CoderResources) -> None:
    # The African Union 's Peace and Security Council asked the council .
    words = ["The", "African", "Union", "'s", "Peace", "and", "Security", "Council", "asked", "the", "council", "."]
    s = build_sentence(words, [2, 2, 7, 2, 7, 4, 4, 8, 8, 10, 8, 8],
                       ["det", "compound", "poss", "case", "compound", "cc", "conj", "nsubj", "ROOT", "det", "dobj",
                        "punct"],
                       pos=["DET", "PROPN", "PROPN", "PART", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "DET", "NOUN",
                            "PUNCT"],
                       tags=["DT", "NNP", "NNP", "POS", "NNP", "CC", "NNP", "NNP", "VBD", "DT", "NN", "."],
                       lemmas=["the", "African", "Union", "'s", "Peace", "and", "Security", "Council", "ask", "the",
                               "council", "."],
                       ents=[(0, 3, "ORG"), (4, 8, "ORG")])
    actor = read_and_resolve(story_actors(resources, "SSD"), s, 7)
    assert actor is not None and actor.sector == "IGO"
