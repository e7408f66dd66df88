"""Rules of stop 69: public servants as labour (the sector list). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


def servants_on_strike() -> Sentence:
    # Thousands of civil servants went on strike .
    words = ["Thousands", "of", "civil", "servants", "went", "on", "strike", "."]
    heads = [4, 0, 3, 1, 4, 4, 5, 4]
    deps = ["nsubj", "prep", "amod", "pobj", "ROOT", "prep", "pobj", "punct"]
    pos = ["NOUN", "ADP", "ADJ", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"]
    lemmas = ["thousand", "of", "civil", "servant", "go", "on", "strike", "."]
    return build_sentence(words, heads, deps, pos=pos, lemmas=lemmas,
                          tags=["NNS", "IN", "JJ", "NNS", "VBD", "IN", "NN", "."])


def test_civil_servants_are_labour(resources: CoderResources) -> None:
    s = servants_on_strike()
    actors = ArticleActors(resources.actors, None)
    actors.read(s)
    got = actors.resolve(s, 0)
    assert got is not None and got[0].sector == "LAB" and "servants" in (got[0].text or "")
