"""An arrest told in the passive with no agent is the police's ("Twelve students were arrested"); other passives
with no agent keep no doer (hand-built parses, no model)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.unnamed_doers import DOERLESS
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_events_handbuilt import coded


def passive(verb: str, lemma: str) -> Sentence:
    # Twelve students were VERB .
    return build_sentence(["Twelve", "students", "were", verb, "."], [1, 3, 3, 3, 3],
                          ["nummod", "nsubjpass", "auxpass", "ROOT", "punct"],
                          pos=["NUM", "NOUN", "AUX", "VERB", "PUNCT"],
                          lemmas=["twelve", "student", "be", lemma, "."], tags=["CD", "NNS", "VBD", "VBN", "."])


@pytest.mark.parametrize(("verb", "lemma"), [("arrested", "arrest"), ("detained", "detain")])
def test_an_arrest_with_no_agent_is_made_by_the_police(resources: CoderResources, verb: str, lemma: str) -> None:
    coerced = [e for e in coded(resources, passive(verb, lemma)).events if e.event_type == "COERCE"]
    assert coerced, "the arrest is coded"
    police = coerced[0].actor
    assert (police.sector, police.kind, police.country) == ("COP", "group", None)
    assert coerced[0].recipient is not None and coerced[0].recipient.text == "Twelve students"


def test_another_act_with_no_agent_has_no_doer(resources: CoderResources) -> None:
    events = coded(resources, passive("evicted", "evict")).events
    assert all(e.actor.kind == DOERLESS for e in events)  # none, or only the stand-in shown by --explain
