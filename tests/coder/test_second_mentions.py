"""A person named once in full with a title and then by family name: the title's words the parser tags as an
organisation ("Cebu" in "Cebu Governor Pamela Baricuatro", "Cabinet" in "Cabinet Chief Guillermo Francos") do not
make the phrase that body, so the family name alone is that person, with the title's sector (hand-built parses, no
model)."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_wire_style import resolved


def titled(first: str, title: str, given: str, family: str, verb: str, lemma: str, obj: str) -> Sentence:
    # FIRST TITLE GIVEN FAMILY VERB the OBJ .
    return build_sentence([first, title, given, family, verb, "the", obj, "."], [1, 3, 3, 4, 4, 6, 4, 4],
                          ["compound", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                          pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                          lemmas=[first, title, given, family, lemma, "the", obj.lower(), "."],
                          tags=["NNP", "NNP", "NNP", "NNP", "VBD", "DT", "NN", "."],
                          ents=[(0, 1, "ORG"), (2, 4, "PERSON")], index=0)


def family_name_accused(family: str) -> Sentence:
    # FAMILY accused the assembly .   (the parser tags the lone family name as a place)
    return build_sentence([family, "accused", "the", "assembly", "."], [1, 1, 3, 1, 1],
                          ["nsubj", "ROOT", "det", "dobj", "punct"],
                          pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                          lemmas=[family, "accuse", "the", "assembly", "."], tags=["NNP", "VBD", "DT", "NN", "."],
                          ents=[(0, 1, "GPE")], index=1, offset=60)


def test_a_governor_named_after_her_province_is_a_person(resources: CoderResources) -> None:
    first = titled("Cebu", "Governor", "Pamela", "Baricuatro", "vetoed", "veto", "ordinance")
    actor = resolved(resources, [first], 3)
    assert (actor.kind, actor.name, actor.sector) == ("person", "Pamela Baricuatro", "GOV")
    again = resolved(resources, [first, family_name_accused("Baricuatro")], 0)
    assert (again.kind, again.name, again.sector) == ("person", "Pamela Baricuatro", "GOV")


def test_a_cabinet_chief_heads_part_of_the_government(resources: CoderResources) -> None:
    first = titled("Cabinet", "Chief", "Guillermo", "Francos", "addressed", "address", "Chamber")
    again = resolved(resources, [first, family_name_accused("Francos")], 0)
    assert (again.kind, again.name, again.sector) == ("person", "Guillermo Francos", "GOV")


def test_a_title_the_parser_hangs_outside_the_name_s_phrase_still_titles_the_person(
        resources: CoderResources) -> None:
    # Investment , Trade and Industry Minister Tengku Zafrul Aziz rejected the plan .   (the parser reads three
    # coordinated portfolios; "Minister" is not in the phrase of "Aziz")
    s = build_sentence(
        ["Investment", ",", "Trade", "and", "Industry", "Minister", "Tengku", "Zafrul", "Aziz", "rejected", "the",
         "plan", "."],
        [8, 0, 0, 2, 5, 2, 7, 8, 9, 9, 11, 9, 9],
        ["nmod", "punct", "conj", "cc", "compound", "conj", "compound", "compound", "nsubj", "ROOT", "det", "dobj",
         "punct"],
        pos=["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN",
             "PUNCT"],
        lemmas=["Investment", ",", "Trade", "and", "Industry", "Minister", "Tengku", "Zafrul", "Aziz", "reject",
                "the", "plan", "."],
        tags=["NNP", ",", "NNP", "CC", "NNP", "NNP", "NNP", "NNP", "NNP", "VBD", "DT", "NN", "."],
        ents=[(0, 5, "ORG"), (6, 9, "PERSON")])
    actor = resolved(resources, [s], 8)
    assert (actor.kind, actor.name, actor.sector) == ("person", "Tengku Zafrul Aziz", "GOV")


def test_malaysia_s_coalitions_are_its_parties(resources: CoderResources) -> None:
    # He accused Perikatan Nasional .
    s = build_sentence(["He", "accused", "Perikatan", "Nasional", "."], [1, 1, 3, 1, 1],
                       ["nsubj", "ROOT", "compound", "dobj", "punct"],
                       pos=["PRON", "VERB", "PROPN", "PROPN", "PUNCT"],
                       lemmas=["he", "accuse", "Perikatan", "Nasional", "."], ents=[(2, 4, "ORG")])
    actor = resolved(resources, [s], 3)
    assert (actor.country, actor.sector) == ("MYS", "PTY")
