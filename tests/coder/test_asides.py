"""What a thing is likened to names no party to the act (hand-built parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.asides import aside_words, likenings
from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

from .candidates import candidate_events


def test_a_thing_likened_to_a_country_s_is_no_target(resources: CoderResources) -> None:
    # Britain is proposing a points system similar to Australia 's .
    s = build_sentence(["Britain", "is", "proposing", "a", "points", "system", "similar", "to", "Australia", "'s", "."],
                       [2, 2, 2, 5, 5, 2, 5, 6, 7, 8, 2],
                       ["nsubj", "aux", "ROOT", "det", "compound", "dobj", "amod", "prep", "pobj", "case", "punct"],
                       pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "NOUN", "ADJ", "ADP", "PROPN", "PART", "PUNCT"],
                       lemmas=["Britain", "be", "propose", "a", "point", "system", "similar", "to", "Australia", "'s",
                               "."],
                       tags=["NNP", "VBZ", "VBG", "DT", "NNS", "NN", "JJ", "IN", "NNP", "POS", "."],
                       ents=[(0, 1, "GPE"), (8, 9, "GPE")])
    assert {7, 8, 9} <= likenings(s, 2) and likenings(s, 2) <= aside_words(s, 2)
    assert 5 not in likenings(s, 2)
    events = candidate_events(resources, s, "proposing")
    # not the words that name Australia (a one-sentence story's other country may still be implied)
    assert events and all(e.recipient is None or e.recipient.span is None for e in events)
