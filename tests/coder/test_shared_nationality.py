"""A bare second noun of a pair shares the first's nationality ("Lao police and soldiers": Lao soldiers, whatever the
story's country); one with words of its own keeps them ("Kenyan police and the army"). People of no office told by a
nationality are its people, not its state ("two Lebanese crew members"). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def test_soldiers_after_lao_police_are_lao(resources: CoderResources) -> None:
    # Lao police and soldiers raided the zone .
    s = build_sentence(["Lao", "police", "and", "soldiers", "raided", "the", "zone", "."], [1, 4, 1, 1, 4, 6, 4, 4],
                       ["amod", "nsubj", "cc", "conj", "ROOT", "det", "dobj", "punct"],
                       pos=["PROPN", "NOUN", "CCONJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                       tags=["NNP", "NN", "CC", "NNS", "VBD", "DT", "NN", "."],
                       lemmas=["Lao", "police", "and", "soldier", "raid", "the", "zone", "."], ents=[(0, 1, "NORP")])
    soldiers = read_and_resolve(story_actors(resources, "THA"), s, 3)
    assert soldiers is not None and (soldiers.country, soldiers.sector) == ("LAO", "MIL")


def test_the_army_after_kenyan_police_is_the_story_s(resources: CoderResources) -> None:
    # Kenyan police and the army detained ten people .
    s = build_sentence(["Kenyan", "police", "and", "the", "army", "detained", "ten", "people", "."],
                       [1, 5, 1, 4, 1, 5, 7, 5, 5],
                       ["amod", "nsubj", "cc", "det", "conj", "ROOT", "nummod", "dobj", "punct"],
                       pos=["ADJ", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"],
                       tags=["JJ", "NN", "CC", "DT", "NN", "VBD", "CD", "NNS", "."],
                       lemmas=["kenyan", "police", "and", "the", "army", "detain", "ten", "people", "."],
                       ents=[(0, 1, "NORP")])
    army = read_and_resolve(story_actors(resources, "UGA"), s, 4)
    assert army is not None and army.country != "KEN"


def test_crew_members_of_a_nationality_are_its_people_not_its_state(resources: CoderResources) -> None:
    # The army arrested two Lebanese crew members .
    s = build_sentence(["The", "army", "arrested", "two", "Lebanese", "crew", "members", "."], [1, 2, 2, 6, 6, 6, 2, 2],
                       ["det", "nsubj", "ROOT", "nummod", "amod", "compound", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "NUM", "ADJ", "NOUN", "NOUN", "PUNCT"],
                       tags=["DT", "NN", "VBD", "CD", "JJ", "NN", "NNS", "."],
                       lemmas=["the", "army", "arrest", "two", "lebanese", "crew", "member", "."],
                       ents=[(4, 5, "NORP")])
    crew = read_and_resolve(story_actors(resources, "CYP"), s, 6)
    assert crew is not None and (crew.country, crew.sector) == ("LBN", "CVL")
