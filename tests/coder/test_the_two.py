"""Parties told by what they are to others: a subject "the two" alone is the doer and the partner of the act its
clause is joined to ("Egypt spoke with Sudan, and the two agreed"), whoever else was in play before; "its members"
are the body that tells of them (hand-built parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def ethiopia_rejected() -> Sentence:
    # Ethiopia rejected the plan .
    return build_sentence(["Ethiopia", "rejected", "the", "plan", "."], [1, 1, 3, 1, 1],
                          ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                          lemmas=["Ethiopia", "reject", "the", "plan", "."], ents=[(0, 1, "GPE")],
                          tags=["NNP", "VBD", "DT", "NN", "."], index=0)


def spoke_and_the_two_agreed(said: bool) -> Sentence:
    # Egypt spoke with Sudan , and the two agreed .   /   ... , the ministry said .
    words = ["Egypt", "spoke", "with", "Sudan", ",", "and", "the", "two", "agreed"]
    if not said:
        heads = [1, 1, 1, 2, 1, 1, 7, 8, 1, 1]
        deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "cc", "det", "nsubj", "conj", "punct"]
        return build_sentence([*words, "."], heads, deps,
                              pos=["PROPN", "VERB", "ADP", "PROPN", "PUNCT", "CCONJ", "DET", "NUM", "VERB", "PUNCT"],
                              lemmas=["Egypt", "speak", "with", "Sudan", ",", "and", "the", "two", "agree", "."],
                              ents=[(0, 1, "GPE"), (3, 4, "GPE")],
                              tags=["NNP", "VBD", "IN", "NNP", ",", "CC", "DT", "CD", "VBD", "."], index=1)
    # the parser hangs both clauses from "said"
    deps = ["nsubj", "ccomp", "prep", "pobj", "punct", "cc", "det", "nsubj", "ccomp", "punct", "det", "nsubj",
            "ROOT", "punct"]
    heads = [1, 12, 1, 2, 12, 1, 7, 8, 12, 12, 11, 12, 12, 12]
    return build_sentence([*words, ",", "the", "ministry", "said", "."], heads, deps,
                          pos=["PROPN", "VERB", "ADP", "PROPN", "PUNCT", "CCONJ", "DET", "NUM", "VERB", "PUNCT", "DET",
                               "NOUN", "VERB", "PUNCT"],
                          lemmas=["Egypt", "speak", "with", "Sudan", ",", "and", "the", "two", "agree", ",", "the",
                                  "ministry", "say", "."],
                          ents=[(0, 1, "GPE"), (3, 4, "GPE")],
                          tags=["NNP", "VBD", "IN", "NNP", ",", "CC", "DT", "CD", "VBD", ",", "DT", "NN", "VBD", "."],
                          index=1)


def the_two(resources: CoderResources, said: bool) -> set[str | None]:
    actors = story_actors(resources, "EGY")
    read_and_resolve(actors, ethiopia_rejected(), 0)  # Ethiopia is in play before
    sentence = spoke_and_the_two_agreed(said)
    actors.read(sentence)
    got = actors.resolve(sentence, 7)
    assert got is not None, '"the two" is resolved'
    return {party.country for party in got[1]}


def test_the_two_are_the_two_of_the_joined_clause(resources: CoderResources) -> None:
    assert the_two(resources, said=False) == {"EGY", "SDN"}


def test_the_two_of_two_clauses_of_one_saying(resources: CoderResources) -> None:
    assert the_two(resources, said=True) == {"EGY", "SDN"}


def test_its_members_are_the_body_that_tells_of_them(resources: CoderResources) -> None:
    # The union said its members would strike .
    sentence = build_sentence(["The", "union", "said", "its", "members", "would", "strike", "."],
                              [1, 2, 2, 4, 6, 6, 2, 2],
                              ["det", "nsubj", "ROOT", "poss", "nsubj", "aux", "ccomp", "punct"],
                              pos=["DET", "NOUN", "VERB", "PRON", "NOUN", "AUX", "VERB", "PUNCT"],
                              lemmas=["the", "union", "say", "its", "member", "would", "strike", "."],
                              tags=["DT", "NN", "VBD", "PRP$", "NNS", "MD", "VB", "."])
    actors = story_actors(resources, "TUN")
    union = read_and_resolve(actors, sentence, 4)
    assert union is not None and union.sector == "LAB"


def test_they_after_two_joined_sayers_are_the_two(resources: CoderResources) -> None:
    # Peru and Chile said that they agreed .
    sentence = build_sentence(["Peru", "and", "Chile", "said", "that", "they", "agreed", "."],
                              [3, 0, 0, 3, 6, 6, 3, 3],
                              ["nsubj", "cc", "conj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
                              pos=["PROPN", "CCONJ", "PROPN", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"],
                              lemmas=["Peru", "and", "Chile", "say", "that", "they", "agree", "."],
                              tags=["NNP", "CC", "NNP", "VBD", "IN", "PRP", "VBD", "."],
                              ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    actors = story_actors(resources, "PER")
    actors.read(sentence)
    got = actors.resolve(sentence, 5)
    assert got is not None and {party.country for party in got[1]} == {"PER", "CHL"}
