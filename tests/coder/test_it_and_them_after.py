"""After "Amnesty International urged the authorities to act.", a subject "It" is Amnesty (an international body of no
country) and an object "them" the authorities it urged. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def test_it_and_them_are_the_previous_sentence_s_subject_and_object(resources: CoderResources) -> None:
    actors = story_actors(resources, "TUN")
    # Amnesty International urged the authorities to act .
    first = build_sentence(["Amnesty", "International", "urged", "the", "authorities", "to", "act", "."],
                           [1, 2, 2, 4, 2, 6, 2, 2],
                           ["compound", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "punct"],
                           pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT"],
                           tags=["NNP", "NNP", "VBD", "DT", "NNS", "TO", "VB", "."],
                           lemmas=["Amnesty", "International", "urge", "the", "authority", "to", "act", "."],
                           ents=[(0, 2, "ORG")])
    amnesty = read_and_resolve(actors, first, 1)
    assert amnesty is not None and amnesty.sector == "NGO" and amnesty.country is None
    # It also called on them to stop .
    second = build_sentence(["It", "also", "called", "on", "them", "to", "stop", "."], [2, 2, 2, 2, 3, 6, 2, 2],
                            ["nsubj", "advmod", "ROOT", "prep", "pobj", "aux", "xcomp", "punct"],
                            pos=["PRON", "ADV", "VERB", "ADP", "PRON", "PART", "VERB", "PUNCT"],
                            tags=["PRP", "RB", "VBD", "IN", "PRP", "TO", "VB", "."],
                            lemmas=["it", "also", "call", "on", "they", "to", "stop", "."], index=1)
    actors.read(second)
    it = actors.resolve_actor(second, 0)
    them = actors.resolve_actor(second, 4)
    assert it is not None and it.name == amnesty.name
    assert them is not None and (them.country, them.sector) == ("TUN", "GOV")
