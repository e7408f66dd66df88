"""Rescuers and firefighters sent abroad are aid, as relief supplies are (hand-built parses, no model)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_lexicon_rows import LEXICON, coded


def sent(words: list[str], lemmas: list[str], pos: list[str]) -> Sentence:
    # Azerbaijan sent a rescue team to Turkey .
    text = ["Azerbaijan", "sent", "a", *words, "to", "Turkey", "."]
    n = len(words)
    head = 2 + n  # the object's head: the last of ``words``
    deps = ["nsubj", "ROOT", "det", *(["compound"] * (n - 1)), "dobj", "prep", "pobj", "punct"]
    heads = [1, 1, head, *([head] * (n - 1)), 1, 1, 3 + n, 1]
    return build_sentence(text, heads, deps,
                          pos=["PROPN", "VERB", "DET", *pos, "ADP", "PROPN", "PUNCT"],
                          lemmas=["Azerbaijan", "send", "a", *lemmas, "to", "Turkey", "."],
                          ents=[(0, 1, "GPE"), (5 + n - 1, 5 + n, "GPE")])


@pytest.mark.parametrize(("words", "lemmas"), [(["rescue", "team"], ["rescue", "team"]),
                                               (["disaster", "team"], ["disaster", "team"])])
def test_a_rescue_team_sent_abroad_is_aid(resources: CoderResources, words: list[str], lemmas: list[str]) -> None:
    s = sent(words, lemmas, ["NOUN", "NOUN"])
    match = LEXICON.match(s, s.tokens[1])
    assert match is not None and match.entry.cameo == "070"
    events = coded(resources, s).events
    assert [(e.event_type, e.actor.country, e.recipient.country if e.recipient else None) for e in events] == [
        ("AID", "AZE", "TUR")]


def test_a_team_sent_for_another_purpose_is_no_aid() -> None:
    s = sent(["team"], ["team"], ["NOUN"])
    match = LEXICON.match(s, s.tokens[1])
    assert match is None or match.entry.cameo != "070"


def test_firefighters_sent_abroad_are_aid() -> None:
    # Argentina sent a brigade of firefighters to Chile .
    s = build_sentence(["Argentina", "sent", "a", "brigade", "of", "firefighters", "to", "Chile", "."],
                       [1, 1, 3, 1, 3, 4, 1, 6, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Argentina", "send", "a", "brigade", "of", "firefighter", "to", "Chile", "."],
                       ents=[(0, 1, "GPE"), (7, 8, "GPE")])
    match = LEXICON.match(s, s.tokens[1])
    assert match is not None and match.entry.cameo == "070"
