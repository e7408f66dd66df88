"""Rules and facts from the look halves of the held-out wire corpora (stop 81). Hand-built parses: no model is
loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.joinedacts import at_home_only
from dyadwatch.coder.speakers_state import national_government_of_speaker
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor

from ..eventfactory import event
from .candidates import candidate_events, resolved_party

DAY = date(2025, 10, 14)


def test_peace_missions_and_un_agencies_are_international_bodies(resources: CoderResources) -> None:
    # KFOR stepped up patrols .   /   The ITU urged Pyongyang .
    for name in ("KFOR", "ITU", "MINUSCA", "BINUH"):
        s = build_sentence([name, "stepped", "up", "patrols", "."], [1, 1, 1, 1, 1],
                           ["nsubj", "ROOT", "prt", "dobj", "punct"],
                           pos=["PROPN", "VERB", "ADP", "NOUN", "PUNCT"], tags=["NNP", "VBD", "RP", "NNS", "."],
                           lemmas=[name, "step", "up", "patrol", "."], ents=[(0, 1, "ORG")])
        body = resolved_party(resources, DAY, "XKX", [s], 0)
        assert body is not None and (body.kind, body.sector) == ("organisation", "IGO"), name


def test_dismissing_a_rector_or_a_mayor_is_a_sanction_not_a_rejection(resources: CoderResources) -> None:
    for verb, lemma in (("dismissed", "dismiss"), ("sacked", "sack"), ("fired", "fire")):
        for office in ("rector", "mayor", "ambassador"):
            # Uzbekistan 's minister VERB the OFFICE .
            s = build_sentence(["Uzbekistan", "'s", "minister", verb, "the", office, "."], [2, 0, 3, 3, 5, 3, 3],
                               ["poss", "case", "nsubj", "ROOT", "det", "dobj", "punct"],
                               pos=["PROPN", "PART", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                               tags=["NNP", "POS", "NN", "VBD", "DT", "NN", "."],
                               lemmas=["Uzbekistan", "'s", "minister", lemma, "the", office, "."], ents=[(0, 1, "GPE")])
            events = candidate_events(resources, s, verb)
            assert events and all(e.event_type == "SANCTION" for e in events), (verb, office)


def test_a_governor_s_national_government_is_the_governor_s_state_s() -> None:
    # The governor criticised the national government 's order .   (a story from Santiago: Chile the story's)
    s = build_sentence(["The", "governor", "criticised", "the", "national", "government", "'s", "order", "."],
                       [1, 2, 2, 5, 5, 7, 5, 2, 2],
                       ["det", "nsubj", "ROOT", "det", "amod", "poss", "case", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "PART", "NOUN", "PUNCT"],
                       tags=["DT", "NN", "VBD", "DT", "JJ", "NN", "POS", "NN", "."],
                       lemmas=["the", "governor", "criticise", "the", "national", "government", "'s", "order", "."])
    lent = Actor("national government", None, "CHL", "GOV", "group", country_source="story")
    governor = Actor("The governor of Neuquen, the Argentine province", None, "ARG", "GOV", "group")
    got = national_government_of_speaker(s, 5, lent, lambda _, i: governor if i == 1 else None)
    assert (got.country, got.country_source) == ("ARG", "speaker")
    # a speaker the story alone places, or one of the same state, changes nothing; nor does a plain "the government"
    placed = replace(governor, country_source="story")
    assert national_government_of_speaker(s, 5, lent, lambda _, i: placed if i == 1 else None).country == "CHL"
    plain = build_sentence(["The", "governor", "criticised", "the", "government", "'s", "order", "."],
                           [1, 2, 2, 4, 6, 4, 2, 2], ["det", "nsubj", "ROOT", "det", "poss", "case", "dobj", "punct"],
                           pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "NOUN", "PUNCT"],
                           lemmas=["the", "governor", "criticise", "the", "government", "'s", "order", "."])
    assert national_government_of_speaker(plain, 4, lent, lambda _, i: governor if i == 1 else None).country == "CHL"


def test_a_region_s_demand_of_its_federal_government_keeps_its_target() -> None:
    region = Actor("Tigray's interim administration", None, "ETH", "GOV", "group")
    demand = replace(event("RUS", "RUS", cameo="100", trigger="demanded"), actor=region)
    federal = Actor("federal government", None, "ETH", "GOV", "group", (0, 0))
    abroad = Actor("detentions", None, "ERI", "MIL", "other", (0, 0))
    assert not at_home_only(replace(demand, recipient=federal), abroad)
    consular = Actor("its consular officers", None, "ETH", "GOV", "group", (0, 0))
    assert at_home_only(replace(demand, recipient=consular), abroad)
