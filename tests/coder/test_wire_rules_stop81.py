"""Rules and facts from the look halves of the held-out wire corpora (stop 81). Hand-built parses: no model is
loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

from .candidates import resolved_party

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
