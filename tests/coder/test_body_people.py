"""The people a body owns ("the council's president", "the Fund's team") act for the body told before as that kind,
in an earlier sentence or earlier in the same one; a body's things ("the council's headquarters") do not.
Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_bodies_told_again import read_and_resolve, story_actors
from .test_council_told_again import wrote_to_council


def owned_by_the_council(noun: str, lemma: str) -> Sentence:
    # The council 's NOUN urged Ethiopia .
    return build_sentence(["The", "council", "'s", noun, "urged", "Ethiopia", "."], [1, 3, 1, 4, 4, 4, 4],
                          ["det", "poss", "case", "nsubj", "ROOT", "dobj", "punct"],
                          pos=["DET", "NOUN", "PART", "NOUN", "VERB", "PROPN", "PUNCT"],
                          tags=["DT", "NN", "POS", "NN", "VBD", "NNP", "."],
                          lemmas=["the", "council", "'s", lemma, "urge", "Ethiopia", "."],
                          ents=[(5, 6, "GPE")], index=1)


def test_the_council_s_president_acts_for_the_council(resources: CoderResources) -> None:
    actors = story_actors(resources, "EGY")
    council = read_and_resolve(actors, wrote_to_council(), 6)
    president = read_and_resolve(actors, owned_by_the_council("president", "president"), 3)
    assert council is not None and president is not None
    assert (president.name, president.sector) == (council.name, "IGO")


def test_the_council_s_headquarters_are_not_the_council(resources: CoderResources) -> None:
    actors = story_actors(resources, "EGY")
    council = read_and_resolve(actors, wrote_to_council(), 6)
    building = read_and_resolve(actors, owned_by_the_council("headquarters", "headquarters"), 3)
    assert council is not None and (building is None or building.name != council.name)


def fund_team_in_one_sentence() -> Sentence:
    # The International Monetary Fund mission left after the Fund 's team pressed Zambia .
    words = ["The", "International", "Monetary", "Fund", "mission", "left", "after", "the", "Fund", "'s", "team",
             "pressed", "Zambia", "."]
    return build_sentence(words, [4, 3, 3, 4, 5, 5, 5, 8, 10, 8, 11, 6, 11, 5],
                          ["det", "compound", "compound", "compound", "nsubj", "ROOT", "prep", "det", "poss", "case",
                           "nsubj", "pcomp", "dobj", "punct"],
                          pos=["DET", "PROPN", "PROPN", "PROPN", "NOUN", "VERB", "ADP", "DET", "PROPN", "PART", "NOUN",
                               "VERB", "PROPN", "PUNCT"],
                          tags=["DT", "NNP", "NNP", "NNP", "NN", "VBD", "IN", "DT", "NNP", "POS", "NN", "VBD", "NNP",
                                "."],
                          lemmas=["the", "International", "Monetary", "Fund", "mission", "leave", "after", "the",
                                  "Fund", "'s", "team", "press", "Zambia", "."],
                          ents=[(1, 4, "ORG"), (8, 9, "ORG"), (12, 13, "GPE")])


def test_the_fund_s_team_is_the_fund_named_before_in_the_sentence(resources: CoderResources) -> None:
    team = read_and_resolve(story_actors(resources, "ZMB"), fund_team_in_one_sentence(), 10)
    assert team is not None and (team.name, team.sector) == ("International Monetary Fund", "IGO")
