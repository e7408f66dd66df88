"""A holder's relative ("the prime minister's wife", "the president's son") is a civilian of the holder's country,
not the office the title names. Hand-built parses: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Sentence


def relative_praised(noun: str) -> Sentence:
    """"the prime minister s NOUN praised the court ." (the BBC set's lower case, its apostrophes stripped; the small
    model tags the stray "s" a person, so the phrase reads as one titled person)"""
    return build_sentence(["the", "prime", "minister", "s", noun, "praised", "the", "court", "."],
                          [2, 2, 4, 2, 5, 5, 7, 5, 5],
                          ["det", "compound", "poss", "case", "nsubj", "ROOT", "det", "dobj", "punct"],
                          pos=["DET", "PROPN", "NOUN", "PART", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                          tags=["DT", "NNP", "NN", "POS", "NN", "VBD", "DT", "NN", "."],
                          lemmas=["the", "prime", "minister", "s", noun, "praise", "the", "court", "."],
                          ents=[(3, 4, "PERSON")])


def resolve_in_story(resources: CoderResources, sentence: Sentence, head: int) -> Actor | None:
    actors = ArticleActors(resources.actors, date(2026, 5, 14))
    actors.story = "GBR"
    actors.read(sentence)
    return actors.resolve_actor(sentence, head)


def test_a_holder_s_wife_or_son_is_no_government(resources: CoderResources) -> None:
    for noun in ("wife", "son"):
        actor = resolve_in_story(resources, relative_praised(noun), 4)
        assert actor is not None and actor.sector == "CVL" and actor.kind == "person", noun


def test_the_holder_s_office_is_still_the_government(resources: CoderResources) -> None:
    actor = resolve_in_story(resources, relative_praised("office"), 4)
    assert actor is None or actor.sector != "CVL"
