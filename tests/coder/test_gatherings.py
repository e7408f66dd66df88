"""A gathering told by its place or host is an occasion, not a party (hand-built parses, no model): "met at
the Kuala Lumpur summit" meets no Malaysian, and "criticised the Kuala Lumpur summit" is aimed at no one."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.phrases import names_a_gathering
from dyadwatch.parse import build_sentence

from .candidates import candidate_events


def test_the_place_of_a_summit_is_no_partner(resources: CoderResources) -> None:
    # Ministers met at the Kuala Lumpur summit .
    s = build_sentence(["Ministers", "met", "at", "the", "Kuala", "Lumpur", "summit", "."],
                       [1, 1, 1, 6, 5, 6, 2, 1],
                       ["nsubj", "ROOT", "prep", "det", "compound", "compound", "pobj", "punct"],
                       pos=["NOUN", "VERB", "ADP", "DET", "PROPN", "PROPN", "NOUN", "PUNCT"],
                       lemmas=["minister", "meet", "at", "the", "Kuala", "Lumpur", "summit", "."],
                       ents=[(4, 6, "GPE")])
    assert names_a_gathering(s, s.tokens[5]) and not names_a_gathering(s, s.tokens[4])
    events = candidate_events(resources, s, "met")
    assert events and all(e.recipient is None or e.recipient.country != "MYS" for e in events)


def test_a_stance_on_a_summit_is_aimed_at_no_host_country(resources: CoderResources) -> None:
    # The president criticised the Kuala Lumpur summit .
    s = build_sentence(["The", "president", "criticised", "the", "Kuala", "Lumpur", "summit", "."],
                       [1, 2, 2, 6, 5, 6, 2, 2],
                       ["det", "nsubj", "ROOT", "det", "compound", "compound", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "PROPN", "PROPN", "NOUN", "PUNCT"],
                       lemmas=["the", "president", "criticise", "the", "Kuala", "Lumpur", "summit", "."],
                       ents=[(4, 6, "GPE")])
    events = candidate_events(resources, s, "criticised")
    assert events and all(e.recipient is None or e.recipient.country != "MYS" for e in events)


def test_people_met_at_a_summit_stay_partners(resources: CoderResources) -> None:
    # Ministers met Malaysian officials at the summit .
    s = build_sentence(["Ministers", "met", "Malaysian", "officials", "at", "the", "summit", "."],
                       [1, 1, 3, 1, 1, 6, 4, 1],
                       ["nsubj", "ROOT", "amod", "dobj", "prep", "det", "pobj", "punct"],
                       pos=["NOUN", "VERB", "ADJ", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["minister", "meet", "malaysian", "official", "at", "the", "summit", "."],
                       ents=[(2, 3, "NORP")])
    events = candidate_events(resources, s, "met")
    assert [e.recipient.country for e in events if e.recipient is not None] == ["MYS"]
