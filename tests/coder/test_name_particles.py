"""A family name after small words ("Lars van den Broek") is a person's, whatever the parser tagged it (hand-built
parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.mentions import name_before_particles
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def captain_accused(name: list[str], tags: list[str]) -> Sentence:
    # The captain NAME... accused the officials .   (the family name tagged as a place)
    words = ["The", "captain", *name, "accused", "the", "officials", "."]
    last = 1 + len(name)
    heads = [last, last] + [last] * (len(name) - 1) + [last + 1, last + 1, last + 3, last + 1, last + 1]
    deps = ["det", "compound"] + ["compound"] * (len(name) - 1) + ["nsubj", "ROOT", "det", "dobj", "punct"]
    pos = ["DET", "NOUN"] + ["PROPN" if t == "NNP" else "ADP" for t in tags] + ["VERB", "DET", "NOUN", "PUNCT"]
    return build_sentence(words, heads, deps, pos=pos,
                          lemmas=[w.lower() for w in words[:2]] + name + ["accuse", "the", "official", "."],
                          tags=["DT", "NN", *tags, "VBD", "DT", "NNS", "."], ents=[(last, last + 1, "GPE")])


def test_where_a_name_with_small_words_begins() -> None:
    sentence = captain_accused(["Lars", "van", "den", "Broek"], ["NNP", "IN", "IN", "NNP"])
    assert name_before_particles(sentence, 5) == 2  # "Lars van den Broek"
    assert name_before_particles(sentence, 3) is None  # no small word before "van"'s own place
    plain = captain_accused(["Lars", "Broek"], ["NNP", "NNP"])
    assert name_before_particles(plain, 3) is None  # no small word at all


def test_a_family_name_after_small_words_is_no_place(resources: CoderResources) -> None:
    actors = story_actors(resources, "BEL")
    broek = read_and_resolve(actors, captain_accused(["Lars", "van", "den", "Broek"], ["NNP", "IN", "IN", "NNP"]), 5)
    # a person with no title or office, no party at all: not the Dutch town the parser saw
    assert broek is not None and broek.kind == "person" and broek.sector is None
