"""People an "its" gives to an international body named before it are the body's ("ECOWAS said its envoy would travel
to Bamako", "the president of its commission"), not a government of the places they travel to; a state's "its envoy"
stays the state's. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .candidates import candidate_events


def _envoy_travels(body: str) -> Sentence:
    # BODY said its envoy would travel to Bamako .
    return build_sentence([body, "said", "its", "envoy", "would", "travel", "to", "Bamako", "."],
                          [1, 1, 3, 5, 5, 1, 5, 6, 1],
                          ["nsubj", "ROOT", "poss", "nsubj", "aux", "ccomp", "prep", "pobj", "punct"],
                          pos=["PROPN", "VERB", "PRON", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
                          tags=["NNP", "VBD", "PRP$", "NN", "MD", "VB", "IN", "NNP", "."],
                          lemmas=[body, "say", "its", "envoy", "would", "travel", "to", "Bamako", "."],
                          ents=[(0, 1, "ORG" if body == "ECOWAS" else "GPE"), (7, 8, "GPE")])


def test_an_international_body_s_envoy_is_the_body_s(resources: CoderResources) -> None:
    events = candidate_events(resources, _envoy_travels("ECOWAS"))
    doers = {(e.actor.sector, e.actor.country) for e in events if e.actor.text == "its envoy"}
    assert doers == {("IGO", None)}


def test_a_state_s_envoy_stays_the_state_s(resources: CoderResources) -> None:
    doers = {(e.actor.sector, e.actor.country) for e in candidate_events(resources, _envoy_travels("Senegal"))
             if e.actor.text == "its envoy"}
    assert doers and all(country == "SEN" for _, country in doers)
