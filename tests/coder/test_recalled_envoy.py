"""Recalling one's envoy from a country reduces relations with that country (SANCTION 161): "recalled" is a
reporting word, but not with an envoy as its object; and the recalled envoy, the source's own, is not the
target (hand-built parses, no model)."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.coder.screen import screen
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Article, Event, ParsedArticle, Sentence

CANDIDATES = make_options().with_(screen=False)


def recalled(obj: str, lemma: str) -> Sentence:
    # Jordan recalled its OBJ from Israel .
    return build_sentence(["Jordan", "recalled", "its", obj, "from", "Israel", "."], [1, 1, 3, 1, 1, 4, 1],
                          ["nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "punct"],
                          pos=["PROPN", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PUNCT"],
                          lemmas=["Jordan", "recall", "its", lemma, "from", "Israel", "."],
                          tags=["NNP", "VBD", "PRP$", "NN", "IN", "NNP", "."], ents=[(0, 1, "GPE"), (5, 6, "GPE")])


def candidates(resources: CoderResources, sentence: Sentence) -> list[Event]:
    parsed = ParsedArticle(Article("t", sentence.text, published=date(2025, 11, 20)), (sentence,))
    return list(code_article(parsed, resources, CANDIDATES).events)


def test_recalling_an_ambassador_from_a_country_sanctions_that_country(resources: CoderResources) -> None:
    events = candidates(resources, recalled("ambassador", "ambassador"))
    assert [(e.event_type, e.cameo) for e in events] == [("SANCTION", "161")]
    assert events[0].recipient is not None and events[0].recipient.country == "ISR"
    kept, rejected = screen(events, None, date(2025, 11, 20))
    assert [e.event_type for e in kept] == ["SANCTION"], [r.reason for r in rejected]


def test_recalling_something_else_is_no_sanction(resources: CoderResources) -> None:
    assert not [e for e in candidates(resources, recalled("visit", "visit")) if e.event_type == "SANCTION"]
