"""Whom an object "it" of a verb of urging stands for, and local councils as government (hand-built parses, no
model)."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def council_wrote(verb: str, lemma: str) -> Sentence:
    # The town council wrote to the ministry urging it to act .   ("urging" or another participle)
    return build_sentence(["The", "town", "council", "wrote", "to", "the", "ministry", verb, "it", "to", "act", "."],
                          [2, 2, 3, 3, 3, 6, 4, 3, 7, 10, 7, 3],
                          ["det", "compound", "nsubj", "ROOT", "prep", "det", "pobj", "advcl", "dobj", "aux", "xcomp",
                           "punct"],
                          pos=["DET", "NOUN", "NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "PRON", "PART", "VERB",
                               "PUNCT"],
                          lemmas=["the", "town", "council", "write", "to", "the", "ministry", lemma, "it", "to", "act",
                                  "."],
                          tags=["DT", "NN", "NN", "VBD", "IN", "DT", "NN", "VBG", "PRP", "TO", "VB", "."])


def test_an_it_urged_to_act_is_the_body_written_to_not_the_writer(resources: CoderResources) -> None:
    actors = story_actors(resources, "ISL")
    it = read_and_resolve(actors, council_wrote("urging", "urge"), 8)
    assert it is not None and it.text == "ministry" and it.country == "ISL" and it.sector == "GOV"


def test_an_it_helped_to_act_may_be_a_thing(resources: CoderResources) -> None:
    # "helping it to act": what is helped may be no party; "it" is left unresolved
    actors = story_actors(resources, "ISL")
    assert read_and_resolve(actors, council_wrote("helping", "help"), 8) is None


def test_a_town_council_is_local_government(resources: CoderResources) -> None:
    actors = story_actors(resources, "ISL")
    council = read_and_resolve(actors, council_wrote("urging", "urge"), 2)
    assert council is not None and council.sector == "GOV" and council.country == "ISL"
    assert resources.actors.sector_of(["city", "council"]) == "GOV"
    assert resources.actors.sector_of(["town"]) == "CVL"  # the town's people, as before


def test_intelligence_and_security_agents_are_spies_and_police(resources: CoderResources) -> None:
    # "intelligence agents had arrested 14 soldiers": an arrest by the state's spies, not by no one
    assert resources.actors.sector_of(["intelligence", "agents"]) == "SPY"
    assert resources.actors.sector_of(["security", "agents"]) == "COP"


def head_of_the_office(name_label: str = "ORG") -> Sentence:
    # Petar Petkovic , who heads the Serbian government 's office , accused Pristina .
    words = ["Petar", "Petkovic", ",", "who", "heads", "the", "Serbian", "government", "'s", "office", ",", "accused",
             "Pristina", "."]
    heads = [1, 11, 1, 4, 1, 7, 7, 9, 7, 4, 1, 11, 11, 11]
    deps = ["compound", "nsubj", "punct", "nsubj", "relcl", "det", "amod", "poss", "case", "dobj", "punct", "ROOT",
            "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "DET", "ADJ", "NOUN", "PART", "NOUN", "PUNCT", "VERB", "PROPN",
           "PUNCT"]
    tags = ["NNP", "NNP", ",", "WP", "VBZ", "DT", "JJ", "NN", "POS", "NN", ",", "VBD", "NNP", "."]
    lemmas = ["Petar", "Petkovic", ",", "who", "head", "the", "serbian", "government", "'s", "office", ",", "accuse",
              "Pristina", "."]
    return build_sentence(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas,
                          ents=[(0, 2, name_label), (6, 7, "NORP"), (12, 13, "GPE")])


def test_one_who_heads_a_body_is_of_its_country_whatever_the_parser_tagged_the_name(
        resources: CoderResources) -> None:
    # in a story from Kosovo, the head of the Serbian government's office is Serbia's, not Kosovo's
    for label in ("ORG", "PERSON"):
        head = read_and_resolve(story_actors(resources, "XKX"), head_of_the_office(label), 1)
        assert head is not None and (head.country, head.sector, head.kind) == ("SRB", "GOV", "person"), label


def test_one_who_is_a_title_holds_it() -> None:
    from dyadwatch.coder.titles import headed_in_relative

    # Kenilorea , who is the opposition leader , accused the government .
    words = ["Kenilorea", ",", "who", "is", "the", "opposition", "leader", ",", "accused", "the", "government", "."]
    s = build_sentence(words, [8, 0, 3, 0, 6, 6, 3, 0, 8, 10, 8, 8],
                       ["nsubj", "punct", "nsubj", "relcl", "det", "compound", "attr", "punct", "ROOT", "det", "dobj",
                        "punct"],
                       pos=["PROPN", "PUNCT", "PRON", "AUX", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "DET", "NOUN",
                            "PUNCT"],
                       lemmas=["Kenilorea", ",", "who", "be", "the", "opposition", "leader", ",", "accuse", "the",
                               "government", "."],
                       tags=["NNP", ",", "WP", "VBZ", "DT", "NN", "NN", ",", "VBD", "DT", "NN", "."])
    title = headed_in_relative(s, 0)
    assert title is not None and title.text == "leader"


def test_legislators_and_traders_named_by_their_own_words(resources: CoderResources) -> None:
    # "Opposition TDs walked out of the Dáil", "MEPs", "MSPs"; "several hundred stallholders blocked a road"
    for words in (["opposition", "tds"], ["meps"], ["msps"]):
        assert resources.actors.sector_of(words) in ("LEG", "OPP"), words
    assert resources.actors.sector_of(["stallholders"]) == "BUS"
    assert resources.actors.sector_of(["tribesmen"]) == "CVL"


def test_a_trade_s_union_is_labour_and_a_county_board_a_government(resources: CoderResources) -> None:
    assert resources.actors.sector_of(["nurses", "'", "union", "tehy"]) == "LAB"  # not MED for the nurses
    assert resources.actors.sector_of(["teachers", "'", "union"]) == "LAB"
    assert resources.actors.sector_of(["students", "'", "union"]) == "EDU"
    assert resources.actors.sector_of(["union", "health", "minister"]) == "GOV"  # India's central government
    assert resources.actors.sector_of(["county", "board"]) == "GOV"
