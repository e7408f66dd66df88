"""A preposition joined to the target's brings its own object ("met with Pakistan and with Iran"): each is a
target. Hand-built parses: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Article, ParsedArticle

CANDIDATES = make_options().with_(screen=False)


def test_each_object_of_joined_prepositions_is_a_target(resources: CoderResources) -> None:
    # Turkey met with Pakistan and with Iran .
    sentence = build_sentence(["Turkey", "met", "with", "Pakistan", "and", "with", "Iran", "."],
                              [1, 1, 1, 2, 2, 2, 5, 1],
                              ["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "pobj", "punct"],
                              pos=["PROPN", "VERB", "ADP", "PROPN", "CCONJ", "ADP", "PROPN", "PUNCT"],
                              lemmas=["Turkey", "meet", "with", "Pakistan", "and", "with", "Iran", "."],
                              ents=[(0, 1, "GPE"), (3, 4, "GPE"), (6, 7, "GPE")])
    parsed = ParsedArticle(Article("t", sentence.text, published=date(2025, 10, 30)), (sentence,))
    events = code_article(parsed, resources, CANDIDATES).events
    assert {(e.actor.country, e.recipient.country if e.recipient else None)
            for e in events if e.event_type == "CONSULT"} >= {("TUR", "PAK"), ("TUR", "IRN")}
