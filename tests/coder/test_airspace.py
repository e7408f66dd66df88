"""Military aircraft and ships entering, flying into or violating another state's airspace show force (CAMEO 150,
MOBILIZE), and the craft are their state's forces ("three Russian fighter jets", "Surinamese gunboats"). Hand-built
parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

from .test_lexicon_rows import _verb_with_object, row_code
from .test_wire_style import resolved


def test_entering_or_violating_airspace_shows_force() -> None:
    assert row_code(_verb_with_object("entered", "enter", "airspace")) == "150"
    assert row_code(_verb_with_object("violated", "violate", "airspace")) == "150"
    assert row_code(_verb_with_object("violated", "violate", "ceasefire")) == "196"
    assert row_code(_verb_with_object("entered", "enter", "building")) is None


def test_flying_into_airspace_shows_force() -> None:
    # Ministry flew into the airspace .   (the lexicon reads the verb, its particle and the particle's object)
    s = build_sentence(["Ministry", "flew", "into", "the", "airspace", "."], [1, 1, 1, 4, 2, 1],
                       ["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
                       pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["ministry", "fly", "into", "the", "airspace", "."])
    assert row_code(s) == "150"


def test_a_state_s_fighter_jets_are_its_forces(resources: CoderResources) -> None:
    # Russian fighter jets entered the airspace .
    s = build_sentence(["Russian", "fighter", "jets", "entered", "the", "airspace", "."], [2, 2, 3, 3, 5, 3, 3],
                       ["amod", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["ADJ", "NOUN", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                       tags=["JJ", "NN", "NNS", "VBD", "DT", "NN", "."],
                       lemmas=["russian", "fighter", "jet", "enter", "the", "airspace", "."], ents=[(0, 1, "NORP")])
    jets = resolved(resources, [s], 2)
    assert (jets.country, jets.sector) == ("RUS", "MIL")
