"""A body the knowledge base lacks is a party of unknown kind, not its country's government (hand-built
parses, no model): "Taiwan's Hsinlan Electronics" and "Indian chip designer Kaveri Systems" are firms of
Taiwan and India, and an act between two such bodies is no political act. A clause of another time with its
own subject names no target ("signed agreements, after Ruto held talks with Prabowo")."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.arguments import reason_clause
from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.phrases import name_after_title
from dyadwatch.coder.screen import source_problem
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Event, Sentence

from .test_bodies_told_again import read_and_resolve


def resolved(resources: CoderResources, sentence: Sentence, head: int) -> Actor:
    actor = read_and_resolve(ArticleActors(resources.actors, date(2026, 5, 14)), sentence, head)
    assert actor is not None
    return actor


def designer_systems() -> Sentence:
    # Indian chip designer Kaveri Systems signed a deal .
    return build_sentence(["Indian", "chip", "designer", "Kaveri", "Systems", "signed", "a", "deal", "."],
                          [4, 2, 4, 4, 5, 5, 7, 5, 5],
                          ["amod", "compound", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                          pos=["ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                          ents=[(0, 1, "NORP"), (3, 5, "ORG")])


def test_a_firm_after_a_trade_word_is_no_person(resources: CoderResources) -> None:
    s = designer_systems()
    assert not name_after_title(s, s.entities[1], 4)
    actor = resolved(resources, s, 4)
    assert (actor.name, actor.country, actor.sector, actor.kind) == ("Kaveri Systems", "IND", None, "group")
    # Treasury spokesman Vince Cable spoke .   (the small model calls the name ORG: a person after a title)
    s = build_sentence(["Treasury", "spokesman", "Vince", "Cable", "spoke", "."], [3, 3, 3, 4, 4, 4],
                       ["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                       pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"], ents=[(2, 4, "ORG")])
    assert name_after_title(s, s.entities[0], 3)


def test_a_firm_a_country_owns_is_not_its_government(resources: CoderResources) -> None:
    # Taiwan 's Hsinlan Electronics signed a deal .
    s = build_sentence(["Taiwan", "'s", "Hsinlan", "Electronics", "signed", "a", "deal", "."],
                       [3, 0, 3, 4, 4, 6, 4, 4],
                       ["poss", "case", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["PROPN", "PART", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       ents=[(0, 1, "GPE"), (2, 4, "ORG")])
    actor = resolved(resources, s, 3)
    assert (actor.name, actor.country, actor.sector, actor.kind) == ("Hsinlan Electronics", "TWN", None, "group")
    # Russia 's Foreign Ministry said .   (a sector word: still the state)
    s = build_sentence(["Russia", "'s", "Foreign", "Ministry", "said", "."], [3, 0, 3, 4, 4, 4],
                       ["poss", "case", "compound", "nsubj", "ROOT", "punct"],
                       pos=["PROPN", "PART", "PROPN", "PROPN", "VERB", "PUNCT"], ents=[(0, 1, "GPE"), (2, 4, "ORG")])
    actor = resolved(resources, s, 3)
    assert (actor.country, actor.sector) == ("RUS", "GOV")


def event(actor: Actor, target: Actor | None) -> Event:
    return Event(id="e", article_id="a", event_type="SUPPORT", mode=None, context=None, cameo="057", quad_class=1,
                 goldstein=8.0, actor=actor, recipient=target, date=None, date_text=None, location=None,
                 modality="asserted", negated=False, quantity=None, speaker=None, sentence_index=0, span=(0, 1),
                 sentence="s", trigger="signed", confidence=0.9, coder="test")


def test_an_act_between_bodies_of_no_known_kind_is_no_political_act() -> None:
    firm = Actor("Kaveri Systems", "Kaveri Systems", "IND", None, "group")
    other = Actor("Hsinlan Electronics", "Hsinlan Electronics", "TWN", None, "group")
    ministry = Actor("the ministry", None, "TWN", "GOV", "group")
    assert source_problem(event(firm, other)) is not None
    assert source_problem(event(firm, None)) is not None
    assert source_problem(event(firm, ministry)) is None  # a firm acting on a government may act politically


def test_a_clause_of_another_time_with_its_own_subject_is_passed_over() -> None:
    # They signed deals after Ruto held talks .
    s = build_sentence(["They", "signed", "deals", "after", "Ruto", "held", "talks", "."], [1, 1, 1, 5, 5, 1, 5, 1],
                       ["nsubj", "ROOT", "dobj", "mark", "nsubj", "advcl", "dobj", "punct"],
                       pos=["PRON", "VERB", "NOUN", "SCONJ", "PROPN", "VERB", "NOUN", "PUNCT"])
    assert reason_clause(s, s.tokens[5])
    # Police fired when protesters stormed the gate .   (the same time: its parties may be the act's)
    s = build_sentence(["Police", "fired", "when", "protesters", "stormed", "the", "gate", "."],
                       [1, 1, 4, 4, 1, 6, 4, 1], ["nsubj", "ROOT", "mark", "nsubj", "advcl", "det", "dobj", "punct"],
                       pos=["NOUN", "VERB", "SCONJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    assert not reason_clause(s, s.tokens[4])


def test_the_office_of_a_sector_word_is_a_body_of_that_sector(resources: CoderResources) -> None:
    # the federal prosecutor 's office charged the captain .
    s = build_sentence(["the", "federal", "prosecutor", "'s", "office", "charged", "the", "captain", "."],
                       [4, 2, 4, 2, 5, 5, 7, 5, 5],
                       ["det", "amod", "poss", "case", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["DET", "ADJ", "NOUN", "PART", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                       tags=["DT", "JJ", "NN", "POS", "NN", "VBD", "DT", "NN", "."],
                       lemmas=["the", "federal", "prosecutor", "'s", "office", "charge", "the", "captain", "."])
    assert resolved(resources, s, 4).sector == "JUD"
    # the special prosecution charged him .
    s = build_sentence(["the", "special", "prosecution", "charged", "him", "."], [2, 2, 3, 3, 3, 3],
                       ["det", "amod", "nsubj", "ROOT", "dobj", "punct"],
                       pos=["DET", "ADJ", "NOUN", "VERB", "PRON", "PUNCT"],
                       lemmas=["the", "special", "prosecution", "charge", "he", "."])
    assert resolved(resources, s, 2).sector == "JUD"
