"""An accusation told by another is its own subject's act: "Kenya said Uganda had accused Tanzania" is Uganda's
accusation, not Kenya's of Uganda; a charge to come in the passive is still the speaker's ("Police said the two would
be charged"); a legal appeal against a ruling is a lawsuit, not a plea (hand-built parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.arguments import demand_frame
from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_charges_announced import would_be
from .test_lexicon_rows import LEXICON, coded


def said_had_accused() -> Sentence:
    # Kenya said Uganda had accused Tanzania .
    return build_sentence(["Kenya", "said", "Uganda", "had", "accused", "Tanzania", "."],
                          [1, 1, 4, 4, 1, 4, 1],
                          ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"],
                          pos=["PROPN", "VERB", "PROPN", "AUX", "VERB", "PROPN", "PUNCT"],
                          lemmas=["Kenya", "say", "Uganda", "have", "accuse", "Tanzania", "."],
                          tags=["NNP", "VBD", "NNP", "VBD", "VBN", "NNP", "."],
                          ents=[(0, 1, "GPE"), (2, 3, "GPE"), (5, 6, "GPE")])


def would_appeal_against(noun: str) -> Sentence:
    # Kenya said Uganda would appeal against the NOUN .
    return build_sentence(["Kenya", "said", "Uganda", "would", "appeal", "against", "the", noun, "."],
                          [1, 1, 4, 4, 1, 4, 7, 5, 1],
                          ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "prep", "det", "pobj", "punct"],
                          pos=["PROPN", "VERB", "PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                          lemmas=["Kenya", "say", "Uganda", "would", "appeal", "against", "the", noun, "."],
                          tags=["NNP", "VBD", "NNP", "MD", "VB", "IN", "DT", "NN", "."],
                          ents=[(0, 1, "GPE"), (2, 3, "GPE")])


def test_an_accusation_told_by_another_is_its_subjects(resources: CoderResources) -> None:
    events = coded(resources, said_had_accused()).events
    assert [(e.event_type, e.actor.country, e.recipient.country if e.recipient else None) for e in events] == [
        ("ACCUSE", "UGA", "TZA")]


def test_the_frame_of_what_critics_say_keeps_only_a_passive_subject_for_a_word_of_accusing() -> None:
    active = said_had_accused()
    assert demand_frame(active, 4, modal=False) is not None  # a word the typer typed: "critics say Putin has ..."
    assert demand_frame(active, 4, modal=False, passive_only=True) is None
    passive = demand_frame(would_be("said", "say", "charged", "charge"), 6, modal=False, passive_only=True)
    assert passive is not None and (passive.sources, passive.targets) == ((0,), (3,))


def test_an_appeal_against_a_ruling_is_a_lawsuit_and_an_appeal_for_calm_a_plea() -> None:
    for noun in ("ruling", "verdict", "sentence"):
        s = would_appeal_against(noun)
        match = LEXICON.match(s, s.tokens[4])
        assert match is not None and match.entry.cameo == "115", noun
    s = would_appeal_against("violence")  # "appealed against violence": a plea, as before
    match = LEXICON.match(s, s.tokens[4])
    assert match is not None and match.entry.cameo == "020"


def test_a_legal_appeal_told_by_another_is_the_appellants(resources: CoderResources) -> None:
    events = [e for e in coded(resources, would_appeal_against("ruling")).events if e.event_type == "ACCUSE"]
    assert [(e.actor.country, e.modality) for e in events] == [("UGA", "planned")]
