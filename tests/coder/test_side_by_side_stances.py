"""Two parties who take a stance side by side on a thing ("Britain and France condemned the attack") take it on
that thing, not on each other; what two parties trade ("traded accusations", "exchanged fire") is each one's on the
other (hand-built parses, no model)."""

from __future__ import annotations

from dataclasses import replace

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.pairs import with_implied_recipient
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Sentence

from ..eventfactory import event
from .candidates import candidate_events


def two_did(verb: str, lemma: str, noun: str) -> Sentence:
    """"Britain and France VERB the NOUN ." """
    return build_sentence(["Britain", "and", "France", verb, "the", noun, "."], [3, 0, 0, 3, 5, 3, 3],
                          ["nsubj", "cc", "conj", "ROOT", "det", "dobj", "punct"],
                          pos=["PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                          lemmas=["Britain", "and", "France", lemma, "the", noun, "."],
                          ents=[(0, 1, "GPE"), (2, 3, "GPE")])


def aimed_at_each_other(resources: CoderResources, sentence: Sentence, trigger: str) -> bool:
    pairs = {(e.actor.country, e.recipient.country if e.recipient else None)
             for e in candidate_events(resources, sentence, trigger)}
    return ("GBR", "FRA") in pairs and ("FRA", "GBR") in pairs


def test_a_stance_side_by_side_on_a_thing_is_not_on_each_other(resources: CoderResources) -> None:
    assert not aimed_at_each_other(resources, two_did("condemned", "condemn", "attack"), "condemned")
    assert not aimed_at_each_other(resources, two_did("welcomed", "welcome", "agreement"), "welcomed")


def test_what_two_trade_is_each_one_s_on_the_other(resources: CoderResources) -> None:
    assert aimed_at_each_other(resources, two_did("traded", "trade", "accusations"), "traded")


def test_no_implied_target_of_a_country_that_acts_beside_the_doer() -> None:
    britain = Actor("Britain", "United Kingdom", "GBR", "GOV", "country")
    france = Actor("France", "France", "FRA", "GOV", "country")
    condemned = replace(event(actor="RUS", recipient=None, cameo="111", trigger="condemned"), actor=britain)
    assert with_implied_recipient(condemned, (britain, france), beside={"FRA"}).recipient is None
    assert with_implied_recipient(condemned, (britain, france)).recipient is not None
