"""A party's leader named by the party's family ("Conservative leader", "Socialist Party leader") leads a party, not
a government; a parliamentary party's leader is a legislator. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_wire_style import resolved


def leader_spoke(title: list[str]) -> Sentence:
    # TITLE ... leader Darren Millar spoke .
    n = len(title)
    words = [*title, "Darren", "Millar", "spoke", "."]
    heads = [n + 1] * (n + 1) + [n + 2, n + 2, n + 2]
    deps = ["compound"] * (n + 1) + ["nsubj", "ROOT", "punct"]
    pos = ["PROPN"] * (n - 1) + ["NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    tags = ["NNP"] * (n - 1) + ["NN", "NNP", "NNP", "VBD", "."]
    lemmas = [w.lower() for w in title] + ["Darren", "Millar", "speak", "."]
    return build_sentence(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas, ents=[(n, n + 2, "PERSON")])


def test_a_party_family_s_leader_leads_a_party(resources: CoderResources) -> None:
    for title in (["Welsh", "Conservative", "leader"], ["Socialist", "Party", "leader"], ["Labour", "leader"]):
        s = leader_spoke(title)
        assert resolved(resources, [s], len(title) + 1).sector == "PTY", title


def test_a_parliamentary_party_s_leader_legislates_and_a_leader_alone_governs(resources: CoderResources) -> None:
    parliamentary = leader_spoke(["Parliamentary", "party", "leader"])
    assert resolved(resources, [parliamentary], 4).sector == "LEG"
    assert resolved(resources, [leader_spoke(["Leader"])], 2).sector == "GOV"
