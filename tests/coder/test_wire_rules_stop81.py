"""Rules and facts from the look halves of the held-out wire corpora (stop 81). Hand-built parses: no model is
loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

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
