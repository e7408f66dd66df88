"""People who gather, strike or march ("the crowd", "the strikers") in a story about one country are that country's
people, not those of another country the story named in passing ("buyers from Russia"). Hand-built parses: no model
is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def test_the_crowd_is_of_the_story_s_country(resources: CoderResources) -> None:
    actors = story_actors(resources, "KGZ")
    # Traders sell clothes to buyers from Russia .
    named_in_passing = build_sentence(["Traders", "sell", "clothes", "to", "buyers", "from", "Russia", "."],
                                      [1, 1, 1, 1, 3, 4, 5, 1],
                                      ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                                      pos=["NOUN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                                      tags=["NNS", "VBP", "NNS", "IN", "NNS", "IN", "NNP", "."],
                                      lemmas=["trader", "sell", "clothe", "to", "buyer", "from", "Russia", "."],
                                      ents=[(6, 7, "GPE")])
    read_and_resolve(actors, named_in_passing, 6)
    # The crowd ignored the orders .
    crowd = build_sentence(["The", "crowd", "ignored", "the", "orders", "."], [1, 2, 2, 4, 2, 2],
                           ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                           pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                           tags=["DT", "NN", "VBD", "DT", "NNS", "."],
                           lemmas=["the", "crowd", "ignore", "the", "order", "."], index=1)
    actor = read_and_resolve(actors, crowd, 1)
    assert actor is not None and actor.country == "KGZ" and actor.country_source == "story"
