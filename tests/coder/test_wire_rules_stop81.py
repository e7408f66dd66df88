"""Rules and facts from the look halves of the held-out wire corpora (stop 81). Hand-built parses: no model is
loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.arguments import Arguments, reason_clause
from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.held_objects import object_of_first_verb
from dyadwatch.coder.homenames import shared_state_name_at_home
from dyadwatch.coder.joinedacts import at_home_only
from dyadwatch.coder.speakers_state import national_government_of_speaker
from dyadwatch.coder.targets import home_place, place_aimed_at
from dyadwatch.coder.wording import asked_or_weighed, made_again, permitted_by_text
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Mention

from ..eventfactory import event
from .candidates import candidate_events, resolved_party

DAY = date(2025, 10, 14)


def test_peace_missions_and_un_agencies_are_international_bodies(resources: CoderResources) -> None:
    # KFOR stepped up patrols .   /   The ITU urged Pyongyang .
    for name in ("KFOR", "ITU", "MINUSCA", "BINUH"):
        s = build_sentence([name, "stepped", "up", "patrols", "."], [1, 1, 1, 1, 1],
                           ["nsubj", "ROOT", "prt", "dobj", "punct"],
                           pos=["PROPN", "VERB", "ADP", "NOUN", "PUNCT"], tags=["NNP", "VBD", "RP", "NNS", "."],
                           lemmas=[name, "step", "up", "patrol", "."], ents=[(0, 1, "ORG")])
        body = resolved_party(resources, DAY, "XKX", [s], 0)
        assert body is not None and (body.kind, body.sector) == ("organisation", "IGO"), name


def test_dismissing_a_rector_or_a_mayor_is_a_sanction_not_a_rejection(resources: CoderResources) -> None:
    for verb, lemma in (("dismissed", "dismiss"), ("sacked", "sack"), ("fired", "fire")):
        for office in ("rector", "mayor", "ambassador"):
            # Uzbekistan 's minister VERB the OFFICE .
            s = build_sentence(["Uzbekistan", "'s", "minister", verb, "the", office, "."], [2, 0, 3, 3, 5, 3, 3],
                               ["poss", "case", "nsubj", "ROOT", "det", "dobj", "punct"],
                               pos=["PROPN", "PART", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                               tags=["NNP", "POS", "NN", "VBD", "DT", "NN", "."],
                               lemmas=["Uzbekistan", "'s", "minister", lemma, "the", office, "."], ents=[(0, 1, "GPE")])
            events = candidate_events(resources, s, verb)
            assert events and all(e.event_type == "SANCTION" for e in events), (verb, office)


def test_a_governor_s_national_government_is_the_governor_s_state_s() -> None:
    # The governor criticised the national government 's order .   (a story from Santiago: Chile the story's)
    s = build_sentence(["The", "governor", "criticised", "the", "national", "government", "'s", "order", "."],
                       [1, 2, 2, 5, 5, 7, 5, 2, 2],
                       ["det", "nsubj", "ROOT", "det", "amod", "poss", "case", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "PART", "NOUN", "PUNCT"],
                       tags=["DT", "NN", "VBD", "DT", "JJ", "NN", "POS", "NN", "."],
                       lemmas=["the", "governor", "criticise", "the", "national", "government", "'s", "order", "."])
    lent = Actor("national government", None, "CHL", "GOV", "group", country_source="story")
    governor = Actor("The governor of Neuquen, the Argentine province", None, "ARG", "GOV", "group")
    got = national_government_of_speaker(s, 5, lent, lambda _, i: governor if i == 1 else None)
    assert (got.country, got.country_source) == ("ARG", "speaker")
    # a speaker the story alone places, or one of the same state, changes nothing; nor does a plain "the government"
    placed = replace(governor, country_source="story")
    assert national_government_of_speaker(s, 5, lent, lambda _, i: placed if i == 1 else None).country == "CHL"
    plain = build_sentence(["The", "governor", "criticised", "the", "government", "'s", "order", "."],
                           [1, 2, 2, 4, 6, 4, 2, 2], ["det", "nsubj", "ROOT", "det", "poss", "case", "dobj", "punct"],
                           pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "NOUN", "PUNCT"],
                           lemmas=["the", "governor", "criticise", "the", "government", "'s", "order", "."])
    assert national_government_of_speaker(plain, 4, lent, lambda _, i: governor if i == 1 else None).country == "CHL"


def test_a_region_s_demand_of_its_federal_government_keeps_its_target() -> None:
    region = Actor("Tigray's interim administration", None, "ETH", "GOV", "group")
    demand = replace(event("RUS", "RUS", cameo="100", trigger="demanded"), actor=region)
    federal = Actor("federal government", None, "ETH", "GOV", "group", (0, 0))
    abroad = Actor("detentions", None, "ERI", "MIL", "other", (0, 0))
    assert not at_home_only(replace(demand, recipient=federal), abroad)
    consular = Actor("its consular officers", None, "ETH", "GOV", "group", (0, 0))
    assert at_home_only(replace(demand, recipient=consular), abroad)


def test_patrols_stepped_up_in_a_municipality_at_home_are_aimed_at_no_one(resources: CoderResources) -> None:
    # Latvia 's Border Guard stepped up patrols in the Ludza municipality .
    s = build_sentence(["Latvia", "'s", "Border", "Guard", "stepped", "up", "patrols", "in", "the", "Ludza",
                        "municipality", "."], [3, 0, 3, 4, 4, 4, 4, 6, 10, 10, 7, 4],
                       ["poss", "case", "compound", "nsubj", "ROOT", "prt", "dobj", "prep", "det", "compound", "pobj",
                        "punct"],
                       pos=["PROPN", "PART", "PROPN", "PROPN", "VERB", "ADP", "NOUN", "ADP", "DET", "PROPN", "NOUN",
                            "PUNCT"],
                       tags=["NNP", "POS", "NNP", "NNP", "VBD", "RP", "NNS", "IN", "DT", "NNP", "NN", "."],
                       lemmas=["Latvia", "'s", "Border", "Guard", "step", "up", "patrol", "in", "the", "Ludza",
                               "municipality", "."], ents=[(0, 1, "GPE"), (9, 10, "GPE")])
    actors = ArticleActors(resources.actors, DAY)
    actors.story = "LVA"
    actors.read(s)
    place = place_aimed_at(s, 4, Arguments((3,), (6,)), actors)
    assert place is not None and (place.country, place.sector) == ("LVA", None)  # the place, not its council
    guard = Actor("Latvia's Border Guard", None, "LVA", "MIL", "group")
    assert home_place(place, [(guard, ())], actors.index.state_names)


def test_a_while_clause_with_its_own_subject_is_another_act() -> None:
    # NATO stepped up patrols , while Serbs rallied .   /   NATO stepped up patrols while visiting Serbia .
    other = build_sentence(["NATO", "stepped", "up", "patrols", ",", "while", "Serbs", "rallied", "."],
                           [1, 1, 1, 1, 1, 7, 7, 1, 1],
                           ["nsubj", "ROOT", "prt", "dobj", "punct", "mark", "nsubj", "advcl", "punct"],
                           pos=["PROPN", "VERB", "ADP", "NOUN", "PUNCT", "SCONJ", "PROPN", "VERB", "PUNCT"],
                           lemmas=["NATO", "step", "up", "patrol", ",", "while", "Serbs", "rally", "."])
    assert reason_clause(other, other.tokens[7])
    own = build_sentence(["NATO", "stepped", "up", "patrols", "while", "visiting", "Serbia", "."],
                         [1, 1, 1, 1, 5, 1, 5, 1], ["nsubj", "ROOT", "prt", "dobj", "mark", "advcl", "dobj", "punct"],
                         pos=["PROPN", "VERB", "ADP", "NOUN", "SCONJ", "VERB", "PROPN", "PUNCT"],
                         lemmas=["NATO", "step", "up", "patrol", "while", "visit", "Serbia", "."])
    assert not reason_clause(own, own.tokens[5])


def test_a_motion_filed_to_dismiss_a_minister_dismisses_no_one(resources: CoderResources) -> None:
    # The party would file a motion to dismiss the minister .
    s = build_sentence(["The", "party", "would", "file", "a", "motion", "to", "dismiss", "the", "minister", "."],
                       [1, 3, 3, 3, 5, 3, 7, 3, 9, 7, 3],
                       ["det", "nsubj", "aux", "ROOT", "det", "dobj", "aux", "advcl", "det", "dobj", "punct"],
                       pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                       tags=["DT", "NN", "MD", "VB", "DT", "NN", "TO", "VB", "DT", "NN", "."],
                       lemmas=["the", "party", "would", "file", "a", "motion", "to", "dismiss", "the", "minister", "."])
    assert asked_or_weighed(s, 7)  # the dismissal is what the motion asks for
    assert not candidate_events(resources, s, "dismiss")


def test_a_team_or_an_exporter_a_capital_names_is_no_government(resources: CoderResources) -> None:
    for noun in ("team", "exporter", "club"):
        # A rival Asmara NOUN accused the organisers .
        s = build_sentence(["A", "rival", "Asmara", noun, "accused", "the", "organisers", "."],
                           [3, 3, 3, 4, 4, 6, 4, 4],
                           ["det", "amod", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                           pos=["DET", "ADJ", "PROPN", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                           tags=["DT", "JJ", "NNP", "NN", "VBD", "DT", "NNS", "."],
                           lemmas=["a", "rival", "Asmara", noun, "accuse", "the", "organiser", "."],
                           ents=[(2, 3, "GPE")])
        body = resolved_party(resources, DAY, "ERI", [s], 3)
        assert body is not None and (body.country, body.sector) == ("ERI", None), noun
    # Riders of a rival Asmara team accused the organisers .   (the team's riders: the team's kind, no state's)
    s = build_sentence(["Riders", "of", "a", "rival", "Asmara", "team", "accused", "the", "organisers", "."],
                       [6, 0, 5, 5, 5, 1, 6, 8, 6, 6],
                       ["nsubj", "prep", "det", "amod", "compound", "pobj", "ROOT", "det", "dobj", "punct"],
                       pos=["NOUN", "ADP", "DET", "ADJ", "PROPN", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                       tags=["NNS", "IN", "DT", "JJ", "NNP", "NN", "VBD", "DT", "NNS", "."],
                       lemmas=["rider", "of", "a", "rival", "Asmara", "team", "accuse", "the", "organiser", "."],
                       ents=[(4, 5, "GPE")])
    riders = resolved_party(resources, DAY, "ERI", [s], 0)
    assert riders is not None and (riders.country, riders.sector) == ("ERI", None)


def test_dominicans_in_a_story_from_dominica_are_dominica_s() -> None:
    dominicans = Mention(0, 0, 1, 0, Actor("Dominicans", "Dominican Republic", "DOM", None, "country"))
    assert shared_state_name_at_home(dominicans, "DMA").actor.country == "DMA"
    assert shared_state_name_at_home(dominicans, "HTI").actor.country == "DOM"
    assert shared_state_name_at_home(dominicans, None).actor.country == "DOM"


def test_visits_a_waiver_lets_people_make_are_no_act() -> None:
    # France suspended a waiver that let Dominicans make visits .
    s = build_sentence(["France", "suspended", "a", "waiver", "that", "let", "Dominicans", "make", "visits", "."],
                       [1, 1, 3, 1, 5, 3, 7, 5, 7, 1],
                       ["nsubj", "ROOT", "det", "dobj", "nsubj", "relcl", "nsubj", "ccomp", "dobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "PRON", "VERB", "PROPN", "VERB", "NOUN", "PUNCT"],
                       tags=["NNP", "VBD", "DT", "NN", "WDT", "VBD", "NNPS", "VB", "NNS", "."],
                       lemmas=["France", "suspend", "a", "waiver", "that", "let", "Dominicans", "make", "visit", "."])
    assert permitted_by_text(s, 8) and permitted_by_text(s, 7)


def test_a_state_s_named_body_told_again_without_its_state_is_still_that_state_s(resources: CoderResources) -> None:
    # Argentina 's Energy Secretariat issued the order .   The governor urged the Energy Secretariat .
    first = build_sentence(["Argentina", "'s", "Energy", "Secretariat", "issued", "the", "order", "."],
                           [3, 0, 3, 4, 4, 6, 4, 4],
                           ["poss", "case", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                           pos=["PROPN", "PART", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                           tags=["NNP", "POS", "NNP", "NNP", "VBD", "DT", "NN", "."],
                           lemmas=["Argentina", "'s", "Energy", "Secretariat", "issue", "the", "order", "."],
                           ents=[(0, 1, "GPE"), (2, 4, "ORG")])
    again = build_sentence(["The", "governor", "urged", "the", "Energy", "Secretariat", "."], [1, 2, 2, 5, 5, 2, 2],
                           ["det", "nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                           pos=["DET", "NOUN", "VERB", "DET", "PROPN", "PROPN", "PUNCT"],
                           tags=["DT", "NN", "VBD", "DT", "NNP", "NNP", "."],
                           lemmas=["the", "governor", "urge", "the", "Energy", "Secretariat", "."],
                           ents=[(4, 6, "ORG")])
    body = resolved_party(resources, DAY, "CHL", [first, again], 5)
    assert body is not None and (body.country, body.sector) == ("ARG", "GOV")


def test_him_in_the_clause_of_purpose_of_a_summons_is_the_one_summoned() -> None:
    # The ministry summoned Belgium 's ambassador to hand him a note .
    s = build_sentence(["The", "ministry", "summoned", "Belgium", "'s", "ambassador", "to", "hand", "him", "a", "note",
                        "."], [1, 2, 2, 5, 3, 2, 7, 2, 7, 10, 7, 2],
                       ["det", "nsubj", "ROOT", "poss", "case", "dobj", "aux", "advcl", "dative", "det", "dobj",
                        "punct"],
                       pos=["DET", "NOUN", "VERB", "PROPN", "PART", "NOUN", "PART", "VERB", "PRON", "DET", "NOUN",
                            "PUNCT"],
                       tags=["DT", "NN", "VBD", "NNP", "POS", "NN", "TO", "VB", "PRP", "DT", "NN", "."],
                       lemmas=["the", "ministry", "summon", "Belgium", "'s", "ambassador", "to", "hand", "he", "a",
                               "note", "."])
    assert object_of_first_verb(s, 8) == 5


def test_people_told_in_a_town_a_sentence_opens_with_are_of_that_town_s_country(resources: CoderResources) -> None:
    # In the Lamu archipelago , dozens of fishermen protested .   (a story from Mogadishu)
    s = build_sentence(["In", "the", "Lamu", "archipelago", ",", "dozens", "of", "fishermen", "protested", "."],
                       [8, 3, 3, 0, 8, 8, 5, 6, 8, 8],
                       ["prep", "det", "compound", "pobj", "punct", "nsubj", "prep", "pobj", "ROOT", "punct"],
                       pos=["ADP", "DET", "PROPN", "NOUN", "PUNCT", "NOUN", "ADP", "NOUN", "VERB", "PUNCT"],
                       tags=["IN", "DT", "NNP", "NN", ",", "NNS", "IN", "NNS", "VBD", "."],
                       lemmas=["in", "the", "Lamu", "archipelago", ",", "dozen", "of", "fisherman", "protest", "."],
                       ents=[(2, 3, "GPE")])
    fishermen = resolved_party(resources, DAY, "SOM", [s], 7)
    assert fishermen is not None and fishermen.country == "KEN"


def test_the_request_made_again_is_the_one_told_before() -> None:
    # The minister made the request in a call .   /   The minister made a request .
    s = build_sentence(["The", "minister", "made", "the", "request", "in", "a", "call", "."],
                       [1, 2, 2, 4, 2, 2, 7, 5, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["the", "minister", "make", "the", "request", "in", "a", "call", "."])
    assert made_again(s, 4)
    first = build_sentence(["The", "minister", "made", "a", "request", "."], [1, 2, 2, 4, 2, 2],
                           ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                           pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                           lemmas=["the", "minister", "make", "a", "request", "."])
    assert not made_again(first, 4)
