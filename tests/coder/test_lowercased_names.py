"""In lower-cased news the parser takes a name's last word for a common noun ("sp chief mulayam singh yadav
claimed ...": "yadav" a noun, "mulayam singh" the person entity): the whole name is the person, so a later bare
"yadav" is that person. Capitalised text keeps its names as the parser gives them. Hand-built parses: no model."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_bodies_told_again import resolved_after


def claimed(words: list[str]) -> Sentence:
    # sp chief mulayam singh yadav claimed that youths drowned .
    return build_sentence(words, [4, 4, 4, 4, 5, 5, 8, 8, 5, 5],
                          ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "mark", "nsubj", "ccomp",
                           "punct"],
                          pos=["PROPN", "PROPN", "PROPN", "PROPN", "NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"],
                          tags=["NNP", "NNP", "NNP", "NNP", "NN", "VBD", "IN", "NNS", "VBD", "."],
                          lemmas=[w.lower() for w in words], ents=[(2, 4, "PERSON")])


def accused(name: str) -> Sentence:
    # yadav accused congress .
    return build_sentence([name, "accused", "congress", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                          pos=["NOUN", "VERB", "PROPN", "PUNCT"], tags=["NN", "VBD", "NNP", "."],
                          lemmas=[name.lower(), "accuse", "congress", "."], index=1)


def test_a_lower_cased_family_name_parsed_as_a_noun_is_the_person_named_before(resources: CoderResources) -> None:
    words = ["sp", "chief", "mulayam", "singh", "yadav", "claimed", "that", "youths", "drowned", "."]
    actor = resolved_after(resources, "IND", claimed(words), accused("yadav"), 0)
    assert actor is not None and actor.kind == "person" and actor.name == "mulayam singh yadav"
