"""People who speak for the body their "of" names ("leaders of the banned parties") are a party of that body's kind, not
of the government a leader alone would be. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def leaders_of(words: list[str], lemmas: list[str]) -> Sentence:
    # Leaders of the WORDS called for an election .   (one or two words after "the", the last the "of" object)
    n = len(words)
    heads = [4 + n, 0, 2 + n] + ([2 + n] * (n - 1)) + [1, 4 + n, 4 + n, 7 + n, 5 + n, 4 + n]
    deps = ["nsubj", "prep", "det"] + (["amod"] * (n - 1)) + ["pobj", "ROOT", "prep", "det", "pobj", "punct"]
    return build_sentence(["Leaders", "of", "the", *words, "called", "for", "an", "election", "."], heads, deps,
                          pos=["NOUN", "ADP", "DET"] + (["ADJ"] * (n - 1)) + ["NOUN", "VERB", "ADP", "DET", "NOUN",
                                                                               "PUNCT"],
                          tags=["NNS", "IN", "DT"] + (["JJ"] * (n - 1)) + ["NNS", "VBD", "IN", "DT", "NN", "."],
                          lemmas=["leader", "of", "the", *lemmas, "call", "for", "an", "election", "."])


def test_leaders_of_the_banned_parties_are_a_party_of_the_story(resources: CoderResources) -> None:
    actor = read_and_resolve(story_actors(resources, "GEO"), leaders_of(["banned", "parties"], ["banned", "party"]), 0)
    assert actor is not None and (actor.country, actor.sector) == ("GEO", "PTY")

