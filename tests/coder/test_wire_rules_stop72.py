"""Rules from the look halves of the held-out wire corpora (stop 72): standing "by" or "behind" a party is
backing it; inmates, a detainee and a building's occupiers are private
people. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources, predicates_of
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


def stood(particle: str, what: str, what_pos: str) -> Sentence:
    """"The Commission stood PARTICLE WHAT ." """
    return build_sentence(["The", "Commission", "stood", particle, what, "."], [1, 2, 2, 2, 3, 2],
                          ["det", "nsubj", "ROOT", "prep", "pobj", "punct"],
                          pos=["DET", "PROPN", "VERB", "ADP", what_pos, "PUNCT"],
                          tags=["DT", "NNP", "VBD", "IN", "NNP" if what_pos == "PROPN" else "NN", "."],
                          lemmas=["the", "Commission", "stand", particle, what, "."])


def test_standing_by_or_behind_a_party_is_backing_it(resources: CoderResources) -> None:
    for particle in ("by", "behind", "with"):
        codes = [m.entry.cameo for m in predicates_of(stood(particle, "Lithuania", "PROPN"), resources.lexicon)]
        assert codes == ["051"], particle
    # standing "in" a place, or "at" a door, backs no one
    assert predicates_of(stood("in", "Vilnius", "PROPN"), resources.lexicon) == []


def test_inmates_and_a_detainee_are_private_people(resources: CoderResources) -> None:
    assert resources.actors.sector_of(["14", "inmates"]) == "CVL"
    assert resources.actors.sector_of(["an", "inmate"]) == "CVL"
    assert resources.actors.sector_of(["the", "detainee"]) == "CVL"
    assert resources.actors.sector_of(["the", "occupiers"]) == "CVL"  # of a building, in protest
