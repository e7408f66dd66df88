"""A country's name the parse cuts into two conjuncts ("Bosnia and Herzegovina") is one party, not two; a firm told
by its nationality and trade ("Portuguese chocolate maker Casa Mendonça") is a business, not its state. Hand-built
parses: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

from .candidates import candidate_events


def test_a_name_cut_into_conjuncts_is_one_doer(resources: CoderResources) -> None:
    # Bosnia and Herzegovina accused Croatia .
    s = build_sentence(["Bosnia", "and", "Herzegovina", "accused", "Croatia", "."], [3, 0, 0, 3, 3, 3],
                       ["nsubj", "cc", "conj", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "PUNCT"],
                       lemmas=["Bosnia", "and", "Herzegovina", "accuse", "Croatia", "."],
                       ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")])
    events = [e for e in candidate_events(resources, s, "accused") if e.event_type == "ACCUSE"]
    assert [(e.actor.country, e.recipient.country if e.recipient else None) for e in events] == [("BIH", "HRV")]


def test_two_countries_joined_stay_two_doers(resources: CoderResources) -> None:
    # Britain and France accused Iran .
    s = build_sentence(["Britain", "and", "France", "accused", "Iran", "."], [3, 0, 0, 3, 3, 3],
                       ["nsubj", "cc", "conj", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "PUNCT"],
                       lemmas=["Britain", "and", "France", "accuse", "Iran", "."],
                       ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")])
    events = [e for e in candidate_events(resources, s, "accused") if e.event_type == "ACCUSE"]
    assert sorted(e.actor.country or "" for e in events) == ["FRA", "GBR"]


def test_a_maker_told_by_nationality_is_a_business(resources: CoderResources) -> None:
    # The board rejected an offer from Portuguese chocolate maker Casa Mendonça .
    s = build_sentence(["The", "board", "rejected", "an", "offer", "from", "Portuguese", "chocolate", "maker", "Casa",
                        "Mendonça", "."], [1, 2, 2, 4, 2, 4, 8, 8, 10, 10, 5, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "prep", "amod", "compound", "compound", "compound",
                        "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "ADJ", "NOUN", "NOUN", "PROPN", "PROPN",
                            "PUNCT"],
                       lemmas=["the", "board", "reject", "an", "offer", "from", "Portuguese", "chocolate", "maker",
                               "Casa", "Mendonça", "."],
                       ents=[(6, 7, "NORP"), (9, 11, "ORG")])
    actors = ArticleActors(resources.actors, date(2026, 5, 14))
    actors.read(s)
    maker = actors.resolve_actor(s, 10)
    assert maker is not None and maker.sector == "BUS" and maker.country == "PRT"
