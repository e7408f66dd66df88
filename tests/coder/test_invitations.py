"""An invitation to visit or to talks is a meeting planned (CONSULT), not a demand, and what the one invited is to do
on the visit is not their act yet; a family name with a particle in lower case ("van Klaveren") is the listed
person's. Hand-built parses: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.mentions import find_mentions
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .candidates import candidate_events


def invited_to_visit() -> Sentence:
    # Prabowo invited Albanese to visit Jakarta to sign an agreement .
    return build_sentence(["Prabowo", "invited", "Albanese", "to", "visit", "Jakarta", "to", "sign", "an",
                           "agreement", "."], [1, 1, 1, 4, 1, 4, 7, 4, 9, 7, 1],
                          ["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj", "aux", "advcl", "det", "dobj", "punct"],
                          pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "PROPN", "PART", "VERB", "DET", "NOUN",
                               "PUNCT"],
                          tags=["NNP", "VBD", "NNP", "TO", "VB", "NNP", "TO", "VB", "DT", "NN", "."],
                          lemmas=["Prabowo", "invite", "Albanese", "to", "visit", "Jakarta", "to", "sign", "an",
                                  "agreement", "."],
                          ents=[(0, 1, "PERSON"), (2, 3, "PERSON"), (5, 6, "GPE")])


def test_an_invitation_to_visit_is_a_meeting_planned_and_the_visit_not_yet_an_act(resources: CoderResources) -> None:
    events = candidate_events(resources, invited_to_visit())
    assert [(e.trigger, e.event_type) for e in events] == [("invited", "CONSULT")]
    assert events[0].actor.country == "IDN" and events[0].recipient is not None
    assert events[0].recipient.country == "AUS"


def test_a_plain_invitation_is_still_a_request(resources: CoderResources) -> None:
    # Prabowo invited Albanese to send observers .
    s = build_sentence(["Prabowo", "invited", "Albanese", "to", "send", "observers", "."], [1, 1, 1, 4, 1, 4, 1],
                       ["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "NOUN", "PUNCT"],
                       tags=["NNP", "VBD", "NNP", "TO", "VB", "NNS", "."],
                       lemmas=["Prabowo", "invite", "Albanese", "to", "send", "observer", "."],
                       ents=[(0, 1, "PERSON"), (2, 3, "PERSON")])
    assert [(e.trigger, e.event_type) for e in candidate_events(resources, s)] == [("invited", "REQUEST")]


def test_a_family_name_with_a_particle_in_lower_case_is_the_listed_person(resources: CoderResources) -> None:
    # Foreign Minister Alberto van Klaveren spoke .
    s = build_sentence(["Foreign", "Minister", "Alberto", "van", "Klaveren", "spoke", "."], [1, 4, 4, 4, 5, 5, 5],
                       ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                       pos=["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], ents=[(2, 5, "PERSON")])
    found = [(m.actor.name, m.actor.country) for m in find_mentions(s, resources.actors, date(2025, 8, 19))]
    assert ("Alberto van Klaveren", "CHL") in found
