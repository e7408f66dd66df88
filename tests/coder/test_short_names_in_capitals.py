"""A body's short name in capitals that the parser tags as no name ("accused the DA of ...", the word tagged a
common noun) is a party of a kind the knowledge base does not know, not a thing. Hand-built parses: no model is
loaded."""

from __future__ import annotations

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.screen import is_party
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor

from .test_wire_style import DAY


def accused_the(resources: CoderResources, word: str) -> Actor | None:
    # Mbalula accused the WORD of lying .   (WORD tagged a common noun, no entity)
    s = build_sentence(["Mbalula", "accused", "the", word, "of", "lying", "."], [1, 1, 3, 1, 1, 4, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "VERB", "PUNCT"],
                       tags=["NNP", "VBD", "DT", "NN", "IN", "VBG", "."],
                       lemmas=["Mbalula", "accuse", "the", word.lower(), "of", "lie", "."], ents=[(0, 1, "PERSON")])
    actors = ArticleActors(resources.actors, DAY)
    actors.read(s)
    return actors.resolve_actor(s, 3)


def test_a_short_name_in_capitals_tagged_as_a_noun_is_a_party(resources: CoderResources) -> None:
    body = accused_the(resources, "DA")
    assert body is not None and body.name == "DA" and is_party(body)


def test_a_common_noun_in_lower_case_stays_no_party(resources: CoderResources) -> None:
    thing = accused_the(resources, "budget")
    assert thing is None or not is_party(thing)
