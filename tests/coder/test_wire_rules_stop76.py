"""Rules from the look halves of the held-out wire corpora (stop 76). Hand-built parses: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


def test_a_crowd_is_where_its_act_is_told(resources: CoderResources) -> None:
    # Protesters stormed the embassy in Tehran . (in a story from Manama)
    def stormed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Sentence:
        return build_sentence(words, heads, deps, pos=pos, lemmas=[w.lower() for w in words],
                              ents=[(5, 6, "GPE")] if "Tehran" in words else ())

    inside = stormed(["Protesters", "stormed", "the", "embassy", "in", "Tehran", "."], [1, 1, 3, 1, 3, 4, 1],
                     ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                     ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
    bare = stormed(["Protesters", "stormed", "the", "embassy", "."], [1, 1, 3, 1, 1],
                   ["nsubj", "ROOT", "det", "dobj", "punct"], ["NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    for sentence, country in ((inside, "IRN"), (bare, "BHR")):
        actors = ArticleActors(resources.actors, date(2025, 9, 10))
        actors.story = "BHR"
        actors.read(sentence)
        got = actors.resolve_actor(sentence, 0)
        assert got is not None and got.country == country
