"""What an act is over comes after whom it is aimed at: "China threatened to impose sanctions on Lithuania over the
Taiwan office" threatens Lithuania, not the office. Hand-built parse: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

from .test_lexicon_rows import coded


def split(text: str) -> list[str]:
    return text.split()


def test_a_threat_of_sanctions_on_a_state_over_a_matter_is_aimed_at_the_state(resources: CoderResources) -> None:
    sentence = build_sentence(
        split("China threatened to impose sanctions on Lithuania over the Taiwan office ."),
        [1, 1, 3, 1, 3, 4, 5, 3, 10, 10, 7, 1],
        split("nsubj ROOT aux xcomp dobj prep pobj prep det compound pobj punct"),
        pos=split("PROPN VERB PART VERB NOUN ADP PROPN ADP DET PROPN NOUN PUNCT"),
        lemmas=split("China threaten to impose sanction on Lithuania over the Taiwan office ."),
        ents=((0, 1, "GPE"), (6, 7, "GPE"), (9, 10, "GPE")))
    threats = [e for e in coded(resources, sentence).events if e.event_type == "THREATEN"]
    assert [(e.actor.country, e.recipient.country if e.recipient else None) for e in threats] == [("CHN", "LTU")]
