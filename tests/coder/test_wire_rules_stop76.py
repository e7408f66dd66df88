"""Rules from the look halves of the held-out wire corpora (stop 76). Hand-built parses: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.held_objects import object_before_clause
from dyadwatch.coder.own_body import asks_own_minister
from dyadwatch.coder.refinements import refine_code, welcomed_visitor
from dyadwatch.coder.subjects import subjects_of
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Sentence

from .candidates import candidate_events


def test_a_crowd_is_where_its_act_is_told(resources: CoderResources) -> None:
    # Protesters stormed the embassy in Tehran . (in a story from Manama)
    def stormed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Sentence:
        return build_sentence(words, heads, deps, pos=pos, lemmas=[w.lower() for w in words],
                              ents=[(5, 6, "GPE")] if "Tehran" in words else ())

    inside = stormed(["Protesters", "stormed", "the", "embassy", "in", "Tehran", "."], [1, 1, 3, 1, 3, 4, 1],
                     ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                     ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
    bare = stormed(["Protesters", "stormed", "the", "embassy", "."], [1, 1, 3, 1, 1],
                   ["nsubj", "ROOT", "det", "dobj", "punct"], ["NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    for sentence, country in ((inside, "IRN"), (bare, "BHR")):
        actors = ArticleActors(resources.actors, date(2025, 9, 10))
        actors.story = "BHR"
        actors.read(sentence)
        got = actors.resolve_actor(sentence, 0)
        assert got is not None and got.country == country


def test_a_gerund_of_time_after_a_passive_is_its_subjects_act() -> None:
    # The minister was received by the president before signing a declaration .
    words = ["The", "minister", "was", "received", "by", "the", "president", "before", "signing", "a", "declaration",
             "."]
    s = build_sentence(words, [1, 3, 3, 3, 3, 6, 4, 3, 7, 10, 8, 3],
                       ["det", "nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "prep", "pcomp", "det", "dobj",
                        "punct"],
                       pos=["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "VERB", "DET", "NOUN", "PUNCT"],
                       tags=["DT", "NN", "VBD", "VBN", "IN", "DT", "NN", "IN", "VBG", "DT", "NN", "."],
                       lemmas=["the", "minister", "be", "receive", "by", "the", "president", "before", "sign", "a",
                               "declaration", "."])
    assert subjects_of(s, 8) == ([1], False)
    assert subjects_of(s, 3) == ([6], True)  # the reception itself is still the president's


def test_she_in_a_clause_of_time_is_the_person_held_before_it() -> None:
    # Laos expelled the director after she wrote to donors .
    def expelled(doer: str, ent: str) -> Sentence:
        words = [doer, "expelled", "the", "director", "after", "she", "wrote", "to", "donors", "."]
        return build_sentence(words, [1, 1, 3, 1, 6, 6, 1, 6, 7, 1],
                              ["nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "advcl", "prep", "pobj", "punct"],
                              pos=["PROPN", "VERB", "DET", "NOUN", "SCONJ", "PRON", "VERB", "ADP", "NOUN", "PUNCT"],
                              tags=["NNP", "VBD", "DT", "NN", "IN", "PRP", "VBD", "IN", "NNS", "."],
                              lemmas=[doer, "expel", "the", "director", "after", "she", "write", "to", "donor", "."],
                              ents=[(0, 1, ent)])
    assert object_before_clause(expelled("Laos", "GPE"), 5) == 3
    # a named person who does the first act may be the "she" of the clause: left to the other rules
    assert object_before_clause(expelled("Merkel", "PERSON"), 5) is None


def test_grants_pledged_are_planned_aid(resources: CoderResources) -> None:
    # Australia pledged 450 million in grants to Timor-Leste .
    def pledged(noun: str, lemma: str) -> Sentence:
        return build_sentence(["Australia", "pledged", "450", "million", "in", noun, "to", "Timor-Leste", "."],
                              [1, 1, 3, 1, 1, 4, 1, 6, 1],
                              ["nsubj", "ROOT", "compound", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                              pos=["PROPN", "VERB", "NUM", "NUM", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                              tags=["NNP", "VBD", "CD", "CD", "IN", "NNS", "IN", "NNP", "."],
                              lemmas=["Australia", "pledge", "450", "million", "in", lemma, "to", "Timor-Leste", "."],
                              ents=[(0, 1, "GPE"), (2, 4, "MONEY"), (7, 8, "GPE")])

    events = candidate_events(resources, pledged("grants", "grant"), "pledged")
    assert [(e.event_type, e.modality, e.actor.country, e.recipient.country if e.recipient else None)
            for e in events] == [("AID", "planned", "AUS", "TLS")]
    # money pledged for something else is no aid: an intent, as before
    invested = candidate_events(resources, pledged("investments", "investment"), "pledged")
    assert [e.event_type for e in invested] == ["AGREE"]


def test_troops_of_two_joined_nationalities_are_each_a_target(resources: CoderResources) -> None:
    # Algeria condemned French and Moroccan troops .
    s = build_sentence(["Algeria", "condemned", "French", "and", "Moroccan", "troops", "."], [1, 1, 5, 2, 2, 1, 1],
                       ["nsubj", "ROOT", "amod", "cc", "conj", "dobj", "punct"],
                       pos=["PROPN", "VERB", "ADJ", "CCONJ", "ADJ", "NOUN", "PUNCT"],
                       tags=["NNP", "VBD", "JJ", "CC", "JJ", "NNS", "."],
                       lemmas=["Algeria", "condemn", "french", "and", "moroccan", "troop", "."],
                       ents=[(0, 1, "GPE"), (2, 3, "NORP"), (4, 5, "NORP")])
    events = candidate_events(resources, s, "condemned")
    assert sorted((e.actor.country, e.recipient.country if e.recipient else None) for e in events) == [
        ("DZA", "FRA"), ("DZA", "MAR")]
    assert all(e.recipient is not None and e.recipient.sector == "MIL" for e in events)


def test_a_president_asking_the_minister_instructs_his_own_government(resources: CoderResources) -> None:
    # The president asked the minister to run the ministry . / The president asked the Kenyan minister to ...
    def asked(extra: list[str]) -> Sentence:
        words = ["The", "president", "asked", "the", *extra, "minister", "to", "run", "the", "ministry", "."]
        n = len(extra)
        heads = [1, 2, 2, 4 + n, *([4 + n] * n), 2, 6 + n, 2, 9 + n, 7 + n, 2]
        deps = ["det", "nsubj", "ROOT", "det", *(["amod"] * n), "dobj", "aux", "xcomp", "det", "dobj", "punct"]
        pos = ["DET", "NOUN", "VERB", "DET", *(["ADJ"] * n), "NOUN", "PART", "VERB", "DET", "NOUN", "PUNCT"]
        tags = ["DT", "NN", "VBD", "DT", *(["JJ"] * n), "NN", "TO", "VB", "DT", "NN", "."]
        lemmas = ["the", "president", "ask", "the", *[w.lower() for w in extra], "minister", "to", "run", "the",
                  "ministry", "."]
        return build_sentence(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas,
                              ents=[(4, 5, "NORP")] if extra else ())

    actors = resources.actors
    own = asked([])
    sources = [(Actor("The president", None, "SUR", "GOV", "group"), ())]
    targets = [(Actor("the minister", None, "SUR", "GOV", "group"), ())]
    assert asks_own_minister(own, (4,), sources, targets, actors.terms, None)
    # a minister of another country is asked, not instructed
    kenyan = asked(["Kenyan"])
    abroad = [(Actor("the Kenyan minister", None, "KEN", "GOV", "group"), ())]
    assert not asks_own_minister(kenyan, (5,), sources, abroad, actors.terms, None)
    # an opposition leader's request of the minister is a request between parties
    leader = [(Actor("The opposition leader", None, "SUR", "OPP", "group"), ())]
    assert not asks_own_minister(own, (4,), leader, targets, actors.terms, None)


def test_a_name_after_a_towns_name_and_a_trade_is_of_no_government(resources: CoderResources) -> None:
    # The Praia chef Adilson Semedo protested . / The Praia minister Adilson Semedo protested .
    def told(noun: str) -> Sentence:
        return build_sentence(["The", "Praia", noun, "Adilson", "Semedo", "protested", "."], [4, 4, 4, 4, 5, 5, 5],
                              ["det", "compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                              pos=["DET", "PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                              tags=["DT", "NNP", "NN", "NNP", "NNP", "VBD", "."],
                              lemmas=["the", "Praia", noun, "Adilson", "Semedo", "protest", "."],
                              ents=[(1, 2, "GPE"), (3, 5, "PERSON")])

    for noun, sector in (("chef", None), ("minister", "GOV")):
        sentence = told(noun)
        actors = ArticleActors(resources.actors, date(2025, 9, 10))
        actors.read(sentence)
        got = actors.resolve_actor(sentence, 4)
        assert got is not None and got.country == "CPV" and got.sector == sector, (noun, got)


def test_a_visitor_welcomed_is_a_visit_hosted(resources: CoderResources) -> None:
    # The emir welcomed the president . / The emir welcomed the president 's decision .
    visitor = build_sentence(["The", "emir", "welcomed", "the", "president", "."], [1, 2, 2, 4, 2, 2],
                             ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                             pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                             tags=["DT", "NN", "VBD", "DT", "NN", "."],
                             lemmas=["the", "emir", "welcome", "the", "president", "."])
    decision = build_sentence(["The", "emir", "welcomed", "the", "president", "'s", "decision", "."],
                              [1, 2, 2, 4, 6, 4, 2, 2],
                              ["det", "nsubj", "ROOT", "det", "poss", "case", "dobj", "punct"],
                              pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "NOUN", "PUNCT"],
                              tags=["DT", "NN", "VBD", "DT", "NN", "POS", "NN", "."],
                              lemmas=["the", "emir", "welcome", "the", "president", "'s", "decision", "."])
    praise = resources.codes.get("051")
    assert welcomed_visitor(praise, visitor, 2, resources.codes).cameo == "043"
    assert welcomed_visitor(praise, decision, 2, resources.codes).cameo == "051"


def test_a_name_joined_deep_in_a_fronted_phrase_is_the_verbs_subject() -> None:
    # At a lunch hosted by leaders , Ramos-Horta urged Australia . (the parse joins the name to "leaders")
    words = ["At", "a", "lunch", "hosted", "by", "leaders", ",", "Ramos-Horta", "urged", "Australia", "."]
    s = build_sentence(words, [8, 2, 0, 2, 3, 4, 5, 5, 8, 8, 8],
                       ["prep", "det", "pobj", "acl", "agent", "pobj", "punct", "conj", "ROOT", "dobj", "punct"],
                       pos=["ADP", "DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"],
                       tags=["IN", "DT", "NN", "VBN", "IN", "NNS", ",", "NNP", "VBD", "NNP", "."],
                       lemmas=["at", "a", "lunch", "host", "by", "leader", ",", "Ramos-Horta", "urge", "Australia",
                               "."],
                       ents=[(7, 8, "PERSON"), (9, 10, "GPE")])
    assert subjects_of(s, 8) == ([7], False)


def test_one_of_them_told_by_an_apposition_is_that_party(resources: CoderResources) -> None:
    # One of them , a lawmaker from Basra , urged Baghdad .
    words = ["One", "of", "them", ",", "a", "lawmaker", "from", "Basra", ",", "urged", "Baghdad", "."]
    s = build_sentence(words, [9, 0, 1, 0, 5, 0, 5, 6, 0, 9, 9, 9],
                       ["nsubj", "prep", "pobj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "dobj",
                        "punct"],
                       pos=["NUM", "ADP", "PRON", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PROPN",
                            "PUNCT"],
                       tags=["CD", "IN", "PRP", "," , "DT", "NN", "IN", "NNP", ",", "VBD", "NNP", "."],
                       lemmas=["one", "of", "they", ",", "a", "lawmaker", "from", "Basra", ",", "urge", "Baghdad",
                               "."],
                       ents=[(7, 8, "GPE"), (10, 11, "GPE")])
    actors = ArticleActors(resources.actors, date(2025, 9, 10))
    actors.story = "KWT"
    actors.read(s)
    got = actors.resolve_actor(s, 0)
    assert got is not None and (got.country, got.sector) == ("IRQ", "LEG")  # Basra, the English name of Basrah


def test_an_office_named_with_of_is_a_party_of_its_sector(resources: CoderResources) -> None:
    # The minister suspended the secretary of state .
    s = build_sentence(["The", "minister", "suspended", "the", "secretary", "of", "state", "."],
                       [1, 2, 2, 4, 2, 4, 5, 2], ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
                       tags=["DT", "NN", "VBD", "DT", "NN", "IN", "NN", "."],
                       lemmas=["the", "minister", "suspend", "the", "secretary", "of", "state", "."])
    actors = ArticleActors(resources.actors, date(2025, 9, 10))
    actors.story = "ROU"
    actors.read(s)
    got = actors.resolve_actor(s, 4)
    assert got is not None and (got.country, got.sector) == ("ROU", "GOV")


def test_an_order_to_leave_the_country_is_an_expulsion(resources: CoderResources) -> None:
    # Laos ordered the worker to leave the country . / ... to leave the area . (an evacuation: no expulsion)
    def ordered(place: str) -> Sentence:
        return build_sentence(["Laos", "ordered", "the", "worker", "to", "leave", "the", place, "."],
                              [1, 1, 3, 1, 5, 1, 7, 5, 1],
                              ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "det", "dobj", "punct"],
                              pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                              tags=["NNP", "VBD", "DT", "NN", "TO", "VB", "DT", "NN", "."],
                              lemmas=["Laos", "order", "the", "worker", "to", "leave", "the", place, "."],
                              ents=[(0, 1, "GPE")])
    country = ordered("country")
    match = resources.lexicon.match(country, country.tokens[1])
    assert match is not None and match.entry.cameo == "174"
    area = ordered("area")
    assert resources.lexicon.match(area, area.tokens[1]) is None
    # another state's official ordered out is a diplomatic sanction
    expelled = resources.codes.get("174")
    estonia = Actor("Estonia", "Estonia", "EST", "GOV", "country")
    envoy = Actor("him", "Russia", "RUS", "GOV", "country")
    assert refine_code(expelled, None, estonia, envoy, resources.codes, "order").cameo == "164"
    assert refine_code(expelled, None, estonia, envoy, resources.codes, "deport").cameo == "174"


def test_the_ministry_after_a_defence_ministry_is_that_ministry(resources: CoderResources) -> None:
    # Mali 's foreign ministry protested . / Algeria 's defence ministry replied . / The ministry warned .
    def ministry(country: str, kind: str, verb: str, index: int) -> Sentence:
        return build_sentence([country, "'s", kind, "ministry", verb, "."], [3, 0, 3, 4, 4, 4],
                              ["poss", "case", "compound", "nsubj", "ROOT", "punct"],
                              pos=["PROPN", "PART", "NOUN", "NOUN", "VERB", "PUNCT"],
                              tags=["NNP", "POS", "NN", "NN", "VBD", "."],
                              lemmas=[country, "'s", kind, "ministry", verb.removesuffix("ed"), "."],
                              ents=[(0, 1, "GPE")], index=index)
    warned = build_sentence(["The", "ministry", "warned", "."], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"],
                            pos=["DET", "NOUN", "VERB", "PUNCT"], tags=["DT", "NN", "VBD", "."],
                            lemmas=["the", "ministry", "warn", "."], index=2)
    actors = ArticleActors(resources.actors, date(2025, 9, 10))
    actors.story = "MLI"
    for s in (ministry("Mali", "foreign", "protested", 0), ministry("Algeria", "defence", "replied", 1), warned):
        actors.read(s)
        if s is not warned:
            actors.after(s)
    got = actors.resolve_actor(warned, 1)
    assert got is not None and got.country == "DZA"


def test_all_fourteen_are_the_fourteen_told_before(resources: CoderResources) -> None:
    # Police arrested 14 Myanmar nationals . / Police released all 14 .
    arrested = build_sentence(["Police", "arrested", "14", "Myanmar", "nationals", "."], [1, 1, 4, 4, 1, 1],
                              ["nsubj", "ROOT", "nummod", "compound", "dobj", "punct"],
                              pos=["NOUN", "VERB", "NUM", "PROPN", "NOUN", "PUNCT"],
                              tags=["NNS", "VBD", "CD", "NNP", "NNS", "."],
                              lemmas=["police", "arrest", "14", "Myanmar", "national", "."],
                              ents=[(2, 3, "CARDINAL"), (3, 4, "GPE")], index=0)
    released = build_sentence(["Police", "released", "all", "14", "."], [1, 1, 3, 1, 1],
                              ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["NOUN", "VERB", "DET", "NUM", "PUNCT"],
                              tags=["NNS", "VBD", "DT", "CD", "."], lemmas=["police", "release", "all", "14", "."],
                              ents=[(3, 4, "CARDINAL")], index=1)
    actors = ArticleActors(resources.actors, date(2025, 9, 10))
    actors.story = "SGP"
    actors.read(arrested)
    assert actors.resolve_actor(arrested, 4) is not None
    actors.after(arrested)
    actors.read(released)
    got = actors.resolve_actor(released, 3)
    assert got is not None and got.country == "MMR"
