"""People and crowds of home papers' and wire stories the parser or the knowledge base misreads: a surname inside
a longer name, an aide named with whom they serve, local heads of government by their own titles, a crowd's act
read as a participle. Hand-built parses: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.arguments import subjects_of
from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.mentions import find_mentions
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Sentence

from .test_bodies_told_again import read_and_resolve

DAY = date(2026, 2, 18)


def test_a_surname_in_a_place_named_after_another_person_is_not_the_listed_person(resources: CoderResources) -> None:
    # The union marched to Felipe Cardoso .   (a landfill named after someone else; the parser tags no person)
    s = build_sentence(["The", "union", "marched", "to", "Felipe", "Cardoso", "."], [1, 2, 2, 2, 5, 3, 2],
                       ["det", "nsubj", "ROOT", "prep", "compound", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"], ents=[(4, 6, "FAC")])
    assert [m.actor.name for m in find_mentions(s, resources.actors, DAY)] == []
    untagged = build_sentence(["The", "union", "marched", "to", "Felipe", "Cardoso", "."], [1, 2, 2, 2, 5, 3, 2],
                              ["det", "nsubj", "ROOT", "prep", "compound", "pobj", "punct"],
                              pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"])
    assert [m.actor.name for m in find_mentions(untagged, resources.actors, DAY)] == []
    # the listed person, by surname alone, is still found
    alone = build_sentence(["Lula", "met", "Cardoso", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                           pos=["PROPN", "VERB", "PROPN", "PUNCT"], ents=[(2, 3, "PERSON")])
    assert "Fernando Henrique Cardoso" in [m.actor.name for m in find_mentions(alone, resources.actors, DAY)]


def test_a_named_aide_takes_the_country_and_role_of_whom_they_serve(resources: CoderResources) -> None:
    # Hikmet Hajiyev , adviser to President Ilham Aliyev , accused Moscow .
    s = build_sentence(["Hikmet", "Hajiyev", ",", "adviser", "to", "President", "Ilham", "Aliyev", ",", "accused",
                        "Moscow", "."], [1, 9, 1, 1, 3, 7, 7, 4, 1, 9, 9, 9],
                       ["compound", "nsubj", "punct", "appos", "prep", "compound", "compound", "pobj", "punct", "ROOT",
                        "dobj", "punct"],
                       pos=["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB",
                            "PROPN", "PUNCT"],
                       tags=["NNP", "NNP", ",", "NN", "IN", "NNP", "NNP", "NNP", ",", "VBD", "NNP", "."],
                       lemmas=["Hikmet", "Hajiyev", ",", "adviser", "to", "President", "Ilham", "Aliyev", ",", "accuse",
                               "Moscow", "."],
                       ents=[(0, 2, "PERSON"), (6, 8, "PERSON"), (10, 11, "GPE")])
    aide = read_and_resolve(ArticleActors(resources.actors, DAY), s, 1)
    assert aide is not None and (aide.name, aide.country, aide.sector) == ("Hikmet Hajiyev", "AZE", "GOV")


def test_local_heads_of_government_by_their_own_titles_are_government(resources: CoderResources) -> None:
    def head_of(title: str) -> Actor | None:
        # TITLE Mario Bergara called on the Government .
        s = build_sentence([title, "Mario", "Bergara", "called", "on", "the", "Government", "."],
                           [2, 2, 3, 3, 3, 6, 4, 3],
                           ["compound", "compound", "nsubj", "ROOT", "prep", "det", "pobj", "punct"],
                           pos=["PROPN", "PROPN", "PROPN", "VERB", "ADP", "DET", "PROPN", "PUNCT"],
                           tags=["NNP", "NNP", "NNP", "VBD", "IN", "DT", "NNP", "."],
                           lemmas=[title, "Mario", "Bergara", "call", "on", "the", "Government", "."],
                           ents=[(1, 3, "PERSON")])
        return read_and_resolve(ArticleActors(resources.actors, DAY), s, 2)

    for title in ("Intendente", "Akim", "Prefect"):
        head = head_of(title)
        assert head is not None and (head.kind, head.sector) == ("person", "GOV"), title


def test_a_crowd_s_act_the_parser_reads_as_a_participle_of_the_crowd_is_the_crowd_s() -> None:
    def crowd(verb: str, lemma: str, extra: tuple[tuple[str, str, str, int], ...] = ()) -> Sentence:
        # About 1,500 miners VERB outside the building [EXTRA] .
        words = ["About", "1,500", "miners", verb, "outside", "the", "building", *[w for w, _, _, _ in extra], "."]
        heads = [1, 2, 2, 2, 3, 6, 4, *[h for _, _, _, h in extra], 2]
        deps = ["advmod", "nummod", "ROOT", "acl", "prep", "det", "pobj", *[d for _, d, _, _ in extra], "punct"]
        pos = ["ADV", "NUM", "NOUN", "VERB", "ADP", "DET", "NOUN", *[p for _, _, p, _ in extra], "PUNCT"]
        tags = ["RB", "CD", "NNS", "VBN", "IN", "DT", "NN", *["IN" if p == "ADP" else "NN" for _, _, p, _ in extra],
                "."]
        return build_sentence(words, heads, deps, pos=pos, tags=tags,
                              lemmas=["about", "1,500", "miner", lemma, "outside", "the", "building",
                                      *[w for w, _, _, _ in extra], "."])

    assert subjects_of(crowd("protested", "protest"), 3)[0] == [2]
    # a participle that tells what befell its noun has no doer in the noun ("miners trapped outside the building")
    assert subjects_of(crowd("trapped", "trap"), 3)[0] != [2]
    # nor one with its doer after "by" ("miners protested outside the building by police" reads as done to them)
    assert subjects_of(crowd("protested", "protest", (("by", "agent", "ADP", 3), ("police", "pobj", "NOUN", 7))),
                       3)[0] != [2]


def test_a_surname_the_parser_tags_as_a_place_after_near_is_the_place(resources: CoderResources) -> None:
    # Rebels shelled positions near Masisi .   (a town of North Kivu, not Botswana's former president)
    s = build_sentence(["Rebels", "shelled", "positions", "near", "Masisi", "."], [1, 1, 1, 2, 3, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                       pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"], ents=[(4, 5, "GPE")])
    assert [m.actor.name for m in find_mentions(s, resources.actors, DAY)] == []
    # the person, by surname alone, is still found as the one who acts
    alone = build_sentence(["Masisi", "met", "Ramaphosa", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                           pos=["PROPN", "VERB", "PROPN", "PUNCT"], ents=[(0, 1, "PERSON"), (2, 3, "PERSON")])
    assert "Mokgweetsi Masisi" in [m.actor.name for m in find_mentions(alone, resources.actors, date(2023, 5, 1))]


def test_a_body_s_name_after_two_unknown_given_names_is_a_person_s_family_name(resources: CoderResources) -> None:
    # Minister Thérèse Kayikwamba Wagner spoke .   (the parser may tag the name as an organisation)
    s = build_sentence(["Minister", "Thérèse", "Kayikwamba", "Wagner", "spoke", "."], [3, 3, 3, 4, 4, 4],
                       ["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                       pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], ents=[(1, 4, "ORG")])
    assert [m.actor.name for m in find_mentions(s, resources.actors, DAY)] == []
    # Wagner fighters attacked .   (the group, named alone)
    group = build_sentence(["Wagner", "fighters", "attacked", "."], [1, 2, 2, 2],
                           ["compound", "nsubj", "ROOT", "punct"], pos=["PROPN", "NOUN", "VERB", "PUNCT"],
                           ents=[(0, 1, "ORG")])
    assert [m.actor.country for m in find_mentions(group, resources.actors, DAY)] == ["RUS"]


def test_a_name_after_an_honorific_is_a_person_whatever_the_parser_tagged(resources: CoderResources) -> None:
    # Mr Farage accused the government .   (the parser tags no entity)
    def doer(honorific: str) -> Actor | None:
        s = build_sentence([honorific, "Farage", "accused", "the", "government", "."], [1, 2, 2, 4, 2, 2],
                           ["compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                           pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                           tags=["NNP", "NNP", "VBD", "DT", "NN", "."],
                           lemmas=[honorific, "Farage", "accuse", "the", "government", "."])
        return read_and_resolve(ArticleActors(resources.actors, DAY), s, 1)

    for honorific in ("Mr", "Mrs", "Dr"):
        person = doer(honorific)
        assert person is not None and (person.kind, person.name) == ("person", "Farage"), honorific
    # a capitalised word that is no honorific makes no one of the name
    other = doer("Brexit")
    assert other is None or other.kind != "person"


def test_a_surname_written_without_its_accents_is_the_person_named_with_them(resources: CoderResources) -> None:
    # Opposition leader Danijel Živković spoke . | Zivkovic accused the government .
    first = build_sentence(["Opposition", "leader", "Danijel", "Živković", "spoke", "."], [1, 3, 3, 4, 4, 4],
                           ["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                           pos=["NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                           tags=["NN", "NN", "NNP", "NNP", "VBD", "."],
                           lemmas=["opposition", "leader", "Danijel", "Živković", "speak", "."],
                           ents=[(2, 4, "PERSON")], index=0)
    again = build_sentence(["Zivkovic", "accused", "the", "government", "."], [1, 1, 3, 1, 1],
                           ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                           tags=["NNP", "VBD", "DT", "NN", "."],
                           lemmas=["Zivkovic", "accuse", "the", "government", "."], index=1)
    actors = ArticleActors(resources.actors, DAY)
    leader = read_and_resolve(actors, first, 3)
    named = read_and_resolve(actors, again, 0)
    assert leader is not None and named is not None
    assert (named.kind, named.name, named.sector) == ("person", leader.name, leader.sector)


def test_a_word_in_capitals_before_a_name_is_no_honorific(resources: CoderResources) -> None:
    # DR Kamau accused the government .   ("DR" in capitals, as in "DR Congo", is no honorific; the parser tags no
    # entity)
    s = build_sentence(["DR", "Kamau", "accused", "the", "government", "."], [1, 2, 2, 4, 2, 2],
                       ["compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       tags=["NNP", "NNP", "VBD", "DT", "NN", "."],
                       lemmas=["DR", "Kamau", "accuse", "the", "government", "."])
    named = read_and_resolve(ArticleActors(resources.actors, DAY), s, 1)
    assert named is None or named.kind != "person"
