"""Acts of custody told in the passive with no agent beside arrests: those charged, tried, sentenced or released
are so by a state body of the story's country ("four men, who were charged"; "the activists were released"), but
people held by others than a state are released by no authority, and a passive subject that names no party gives
no act (hand-built parses, no model)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.unnamed_doers import DOERLESS
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_events_handbuilt import coded


def passive(subject: list[str], subject_lemma: str, verb: str, lemma: str) -> Sentence:
    # The [abducted] activists were VERB .
    n = len(subject)  # "The", its modifiers, the noun
    return build_sentence([*subject, "were", verb, "."], [n - 1] * (n - 1) + [n + 1] * 4,
                          ["det", *["amod"] * (n - 2), "nsubjpass", "auxpass", "ROOT", "punct"],
                          pos=["DET", *["ADJ"] * (n - 2), "NOUN", "AUX", "VERB", "PUNCT"],
                          lemmas=[w.lower() for w in subject[:-1]] + [subject_lemma, "be", lemma, "."],
                          tags=["DT", *["JJ"] * (n - 2), "NNS", "VBD", "VBN", "."])


@pytest.mark.parametrize(("verb", "lemma", "event_type", "sector"), [
    ("released", "release", "RETREAT", "GOV"),
    ("freed", "free", "RETREAT", "GOV"),
    ("charged", "charge", "ACCUSE", "COP"),
    ("indicted", "indict", "ACCUSE", "JUD"),
    ("sentenced", "sentence", "COERCE", "JUD"),
])
def test_custody_with_no_agent_is_by_a_state_body(resources: CoderResources, verb: str, lemma: str,
                                                  event_type: str, sector: str) -> None:
    events = [e for e in coded(resources, passive(["The", "opposition", "activists"], "activist", verb, lemma)).events
              if e.event_type == event_type]
    assert events, f"the passive {verb!r} is coded {event_type}"
    doer = events[0].actor
    assert (doer.sector, doer.kind, doer.country) == (sector, "group", None)
    assert events[0].recipient is not None and "activists" in events[0].recipient.text


def test_hostages_freed_are_freed_by_no_authority(resources: CoderResources) -> None:
    events = coded(resources, passive(["The", "hostages"], "hostage", "freed", "free")).events
    assert all(e.actor.kind == DOERLESS for e in events)


def test_people_taken_by_force_are_freed_by_no_authority(resources: CoderResources) -> None:
    events = coded(resources, passive(["The", "abducted", "activists"], "activist", "freed", "free")).events
    assert all(e.actor.kind == DOERLESS for e in events)


def test_a_release_of_whom_the_coder_cannot_name_is_no_act(resources: CoderResources) -> None:
    # They were released . (no one before "they")
    sentence = build_sentence(["They", "were", "released", "."], [2, 2, 2, 2],
                              ["nsubjpass", "auxpass", "ROOT", "punct"], pos=["PRON", "AUX", "VERB", "PUNCT"],
                              lemmas=["they", "be", "release", "."], tags=["PRP", "VBD", "VBN", "."])
    assert all(e.actor.kind == DOERLESS for e in coded(resources, sentence).events)


def test_the_relative_pronoun_stands_for_the_people_charged(resources: CoderResources) -> None:
    # Police detained four men , who were charged .
    sentence = build_sentence(
        ["Police", "detained", "four", "men", ",", "who", "were", "charged", "."],
        [1, 1, 3, 1, 3, 7, 7, 3, 1],
        ["nsubj", "ROOT", "nummod", "dobj", "punct", "nsubjpass", "auxpass", "relcl", "punct"],
        pos=["NOUN", "VERB", "NUM", "NOUN", "PUNCT", "PRON", "AUX", "VERB", "PUNCT"],
        lemmas=["police", "detain", "four", "man", ",", "who", "be", "charge", "."],
        tags=["NNS", "VBD", "CD", "NNS", ",", "WP", "VBD", "VBN", "."])
    charged = [e for e in coded(resources, sentence).events if e.event_type == "ACCUSE"]
    assert charged and charged[0].actor.sector in ("COP", "JUD") and charged[0].actor.kind != DOERLESS
    assert charged[0].recipient is not None and "men" in charged[0].recipient.text
