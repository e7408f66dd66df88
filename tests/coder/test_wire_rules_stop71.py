"""Rules from the look half of wire2026ac (stop 71): acts "since" a time by doers counted with no number are a run of
acts. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.standing_acts import habitual
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


def visited(count: str) -> Sentence:
    """"COUNT Dutch ministers have visited Paramaribo since then ." """
    return build_sentence([count, "Dutch", "ministers", "have", "visited", "Paramaribo", "since", "then", "."],
                          [2, 2, 4, 4, 4, 4, 4, 6, 4],
                          ["amod", "amod", "nsubj", "aux", "ROOT", "dobj", "prep", "pcomp", "punct"],
                          pos=["ADJ", "ADJ", "NOUN", "AUX", "VERB", "PROPN", "SCONJ", "ADV", "PUNCT"],
                          tags=["JJ", "JJ", "NNS", "VBP", "VBN", "NNP", "IN", "RB", "."],
                          lemmas=[count.lower(), "Dutch", "minister", "have", "visit", "Paramaribo", "since", "then",
                                  "."])


def test_visits_since_a_time_by_doers_counted_with_no_number_are_a_run_of_acts() -> None:
    assert habitual(visited("Several"), 4)
    assert habitual(visited("Many"), 4)
    assert not habitual(visited("Two"), 4)  # two ministers' visits are counted acts, left to the coder
