"""A demand for a release that names no one it is made of is made of whoever held the people told before: the doer
of the nearest arrest, detention or seizure. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dataclasses import replace

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.holders import asks_for_release, with_holders_as_targets
from dyadwatch.parse import build_sentence
from dyadwatch.records import Event, Sentence

from .test_lexicon_rows import coded


def detained() -> Sentence:
    # Ecuador detained two Colombian farmers .
    return build_sentence(["Ecuador", "detained", "two", "Colombian", "farmers", "."], [1, 1, 4, 4, 1, 1],
                          ["nsubj", "ROOT", "nummod", "amod", "dobj", "punct"],
                          pos=["PROPN", "VERB", "NUM", "ADJ", "NOUN", "PUNCT"],
                          tags=["NNP", "VBD", "CD", "JJ", "NNS", "."],
                          lemmas=["Ecuador", "detain", "two", "colombian", "farmer", "."],
                          ents=[(0, 1, "GPE"), (3, 4, "NORP")])


def demanded(noun: str) -> Sentence:
    # Colombia demanded the NOUN of the men .
    return build_sentence(["Colombia", "demanded", "the", noun, "of", "the", "men", "."], [1, 1, 3, 1, 3, 6, 4, 1],
                          ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
                          pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                          tags=["NNP", "VBD", "DT", "NN", "IN", "DT", "NNS", "."],
                          lemmas=["Colombia", "demand", "the", noun, "of", "the", "man", "."],
                          ents=[(0, 1, "GPE")], index=1)


def demand_after_detention(resources: CoderResources, noun: str) -> list[Event]:
    held, asked = detained(), demanded(noun)
    holding = [e for e in coded(resources, held).events if e.trigger == "detained"]
    demand = [replace(e, sentence_index=1, id=f"d{k}", recipient=None)
              for k, e in enumerate(coded(resources, asked).events) if e.trigger == "demanded"]
    assert holding and demand
    return with_holders_as_targets([held, asked], [*holding, *demand],
                                   {**{e.id: 1 for e in holding}, **{e.id: 1 for e in demand}})


def test_a_demanded_release_is_made_of_whoever_held_them(resources: CoderResources) -> None:
    got = [e for e in demand_after_detention(resources, "release") if e.trigger == "demanded"]
    assert [(e.actor.country, e.recipient.country if e.recipient else None) for e in got] == [("COL", "ECU")]
    assert got[0].recipient is not None and got[0].recipient.country_source == "holder"


def test_a_demand_for_anything_else_keeps_no_target(resources: CoderResources) -> None:
    got = [e for e in demand_after_detention(resources, "apology") if e.trigger == "demanded"]
    assert [e.recipient for e in got] == [None]


def test_release_words_are_read_in_the_demand_s_own_clause() -> None:
    assert asks_for_release(demanded("release"), 1)
    assert not asks_for_release(demanded("apology"), 1)
