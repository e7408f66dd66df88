"""People told by "their" whose owner is a subject above that stands for two parties ("The two neighbours agreed
... after Anwar hosted their leaders") are people of both, one target each; not of the one who hosts them. "They"
after "the two governments" are both. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Sentence

from .test_bodies_told_again import story_actors


def hosted_their_leaders() -> Sentence:
    # The two neighbours agreed after Anwar hosted their leaders .
    return build_sentence(["The", "two", "neighbours", "agreed", "after", "Anwar", "hosted", "their", "leaders", "."],
                          [2, 2, 3, 3, 6, 6, 3, 8, 6, 3],
                          ["det", "nummod", "nsubj", "ROOT", "mark", "nsubj", "advcl", "poss", "dobj", "punct"],
                          pos=["DET", "NUM", "NOUN", "VERB", "SCONJ", "PROPN", "VERB", "PRON", "NOUN", "PUNCT"],
                          tags=["DT", "CD", "NNS", "VBD", "IN", "NNP", "VBD", "PRP$", "NNS", "."],
                          lemmas=["the", "two", "neighbour", "agree", "after", "Anwar", "host", "their", "leader",
                                  "."],
                          ents=[(5, 6, "PERSON")])


def test_their_leaders_are_the_two_neighbours_leaders(resources: CoderResources) -> None:
    actors = story_actors(resources, "MYS")
    actors.pair = (Actor("Thailand", "Thailand", "THA", "GOV"), Actor("Cambodia", "Cambodia", "KHM", "GOV"))
    sentence = hosted_their_leaders()
    actors.read(sentence)
    got = actors.resolve(sentence, 8)
    assert got is not None and sorted(p.country or "" for p in got[1]) == ["KHM", "THA"]
    assert got[0].text == "their leaders"


def test_they_after_the_two_governments_are_both(resources: CoderResources) -> None:
    actors = story_actors(resources, "IND")
    actors.pair = (Actor("India", "India", "IND", "GOV"), Actor("Canada", "Canada", "CAN", "GOV"))
    # The two governments moved .   They agreed .
    before = build_sentence(["The", "two", "governments", "moved", "."], [2, 2, 3, 3, 3],
                            ["det", "nummod", "nsubj", "ROOT", "punct"],
                            pos=["DET", "NUM", "NOUN", "VERB", "PUNCT"], tags=["DT", "CD", "NNS", "VBD", "."],
                            lemmas=["the", "two", "government", "move", "."])
    they = build_sentence(["They", "agreed", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"],
                          pos=["PRON", "VERB", "PUNCT"], tags=["PRP", "VBD", "."], lemmas=["they", "agree", "."],
                          index=1)
    actors.read(before)
    actors.resolve(before, 2)
    actors.after(before)
    actors.read(they)
    got = actors.resolve(they, 0)
    assert got is not None and sorted(p.country or "" for p in got[1]) == ["CAN", "IND"]

