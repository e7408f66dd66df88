"""More of modern wire copy's ways (hand-built parses, no model): a spokesman for someone named after "for", one
person told twice with two countries, a forecast quoted from someone who cannot announce the act, a meeting's venue
and where a session will be held, a participle's own agent, and "the two Ministers" of a story between two
countries; an international body's officer named again, and legislators or an opposition leader acting on a
government; a House of Representatives in a story about another country than the US, and a party named
inside a charge; whose untargeted acts are aimed at the other country of a story between two."""

from __future__ import annotations

from dataclasses import replace

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.arguments import subjects_of
from dyadwatch.coder.asides import charge_words, venues
from dyadwatch.coder.attributes import modality_of
from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.partyrelations import same_party
from dyadwatch.coder.pronouns import two_parties
from dyadwatch.coder.quotes import foretold_by_another
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Rejected

from .candidates import candidate_events
from .test_wire_style import DAY, resolved


def test_a_spokesman_for_an_international_officer_speaks_for_the_body(resources: CoderResources) -> None:
    # A spokesman for UN Secretary - General Antonio Guterres urged Mali to cooperate .
    s = build_sentence(["A", "spokesman", "for", "UN", "Secretary", "-", "General", "Antonio", "Guterres", "urged",
                        "Mali", "to", "cooperate", "."],
                       [1, 9, 1, 6, 6, 6, 8, 8, 2, 9, 9, 12, 9, 9],
                       ["det", "nsubj", "prep", "compound", "compound", "punct", "compound", "compound", "pobj", "ROOT",
                        "dobj", "aux", "xcomp", "punct"],
                       pos=["DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB", "PROPN",
                            "PART", "VERB", "PUNCT"],
                       lemmas=["a", "spokesman", "for", "UN", "Secretary", "-", "General", "Antonio", "Guterres",
                               "urge", "Mali", "to", "cooperate", "."],
                       tags=["DT", "NN", "IN", "NNP", "NNP", "HYPH", "NNP", "NNP", "NNPS", "VBD", "NNP", "TO", "VB",
                             "."],
                       ents=[(3, 4, "ORG"), (7, 9, "PERSON"), (10, 11, "PERSON")])
    spokesman = resolved(resources, [s], 1)
    # not a government's spokesman of whatever country the story is about
    assert spokesman.sector == "IGO" and spokesman.country == "UNO"  # the body's own code, as the labels have it


def test_one_person_told_with_two_countries_is_no_target_of_their_own_act(resources: CoderResources) -> None:
    # EU foreign policy chief Kaja Kallas condemned what she called a Russian attack .
    s = build_sentence(["EU", "foreign", "policy", "chief", "Kaja", "Kallas", "condemned", "what", "she", "called", "a",
                        "Russian", "attack", "."],
                       [3, 2, 3, 5, 5, 6, 6, 9, 9, 6, 12, 12, 9, 6],
                       ["nmod", "amod", "compound", "compound", "compound", "nsubj", "ROOT", "dobj", "nsubj", "ccomp",
                        "det", "amod", "oprd", "punct"],
                       pos=["PROPN", "ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "PRON", "VERB", "DET",
                            "ADJ", "NOUN", "PUNCT"],
                       lemmas=["EU", "foreign", "policy", "chief", "Kaja", "Kallas", "condemn", "what", "she", "call",
                               "a", "russian", "attack", "."],
                       tags=["NNP", "JJ", "NN", "NN", "NNP", "NNP", "VBD", "WP", "PRP", "VBD", "DT", "JJ", "NN", "."],
                       ents=[(0, 1, "ORG"), (4, 6, "PERSON"), (11, 12, "NORP")])
    events = candidate_events(resources, s, "condemned")
    assert events
    assert all(e.recipient is None or e.recipient.text != "she" for e in events)
    assert same_party(Actor("Kaja Kallas", "Kaja Kallas", None, "IGO", "person"),
                      Actor("she", "Kaja Kallas", "EST", "IGO", "person"))
    # two bodies named alike in two countries stay two
    assert not same_party(Actor("the Greens", "Greens", "DEU", "PTY", "organisation"),
                          Actor("the Greens", "Greens", "AUT", "PTY", "organisation"))


def quoted_forecast(said_by: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str],
                    ents: list[tuple[int, int, str]]):  # type: ignore[no-untyped-def]
    # " Beijing will protest , " said <speaker> .
    n = len(said_by)
    return build_sentence(['"', "Beijing", "will", "protest", ",", '"', "said", *said_by, "."],
                          [6, 3, 3, 6, 6, 6, 6, *heads, 6],
                          ["punct", "nsubj", "aux", "ccomp", "punct", "punct", "ROOT", *deps, "punct"],
                          pos=["PUNCT", "PROPN", "AUX", "VERB", "PUNCT", "PUNCT", "VERB", *pos, "PUNCT"],
                          lemmas=['"', "Beijing", "will", "protest", ",", '"', "say", *lemmas, "."],
                          ents=[(1, 2, "GPE"), *ents][:1 + len(ents)] if n else [(1, 2, "GPE")])


def test_a_planned_act_quoted_from_a_commentator_is_a_forecast(resources: CoderResources) -> None:
    analyst = quoted_forecast(["Mariana", "Gutierrez", ",", "a", "maritime", "law", "specialist"],
                              [8, 6, 8, 13, 13, 13, 8],
                              ["compound", "nsubj", "punct", "det", "amod", "compound", "appos"],
                              ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "NOUN"],
                              ["Mariana", "Gutierrez", ",", "a", "maritime", "law", "specialist"], [(7, 9, "PERSON")])
    forecast = candidate_events(resources, analyst, "protest")
    assert forecast and {e.modality for e in forecast} == {"hypothetical"}
    # the doer's own government announcing it: a plan
    ministry = quoted_forecast(["a", "Chinese", "foreign", "ministry", "spokesman"], [11, 11, 10, 11, 6],
                               ["det", "amod", "compound", "compound", "nsubj"],
                               ["DET", "ADJ", "PROPN", "PROPN", "NOUN"],
                               ["a", "chinese", "foreign", "ministry", "spokesman"], [(8, 9, "NORP")])
    plan = candidate_events(resources, ministry, "protest")
    assert plan and {e.modality for e in plan} == {"planned"}


def test_who_may_announce_a_planned_act() -> None:
    beijing = Actor("Beijing", "China", "CHN", "GOV", "country")
    assert foretold_by_another(Actor("a lawyer in Manila", None, "PHL", None, "group"), beijing, same_party)
    assert foretold_by_another(Actor("Ana Ruiz, an analyst", "Ana Ruiz", None, None, "person"), beijing, same_party)
    assert not foretold_by_another(Actor("Wang Yi", "Wang Yi", "CHN", "GOV", "person"), beijing, same_party)
    assert not foretold_by_another(None, beijing, same_party)


def test_a_meeting_s_venue_is_no_party_to_the_invitation(resources: CoderResources) -> None:
    # He invited the mayor to a meeting at the ministry .
    s = build_sentence(["He", "invited", "the", "mayor", "to", "a", "meeting", "at", "the", "ministry", "."],
                       [1, 1, 3, 1, 1, 6, 4, 6, 9, 7, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "det", "pobj", "punct"],
                       pos=["PRON", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["he", "invite", "the", "mayor", "to", "a", "meeting", "at", "the", "ministry", "."])
    # the ministry (a party in its own right) is where they are to meet; the mayor is the one invited
    from dyadwatch.coder.arguments import find_arguments

    targets = [s.tokens[i].text for i in find_arguments(s, 1).targets]
    assert "ministry" not in targets and "mayor" in targets


def test_where_a_session_will_be_held_is_no_party_to_the_agreement(resources: CoderResources) -> None:
    # The ministers agreed that the next session will be held in Windhoek .
    s = build_sentence(["The", "ministers", "agreed", "that", "the", "next", "session", "will", "be", "held", "in",
                        "Windhoek", "."],
                       [1, 2, 2, 9, 6, 6, 9, 9, 9, 2, 9, 10, 2],
                       ["det", "nsubj", "ROOT", "mark", "det", "amod", "nsubjpass", "aux", "auxpass", "ccomp", "prep",
                        "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "SCONJ", "DET", "ADJ", "NOUN", "AUX", "AUX", "VERB", "ADP", "PROPN",
                            "PUNCT"],
                       lemmas=["the", "minister", "agree", "that", "the", "next", "session", "will", "be", "hold", "in",
                               "Windhoek", "."],
                       ents=[(11, 12, "GPE")])
    assert venues(s, 2) == {11}
    events = candidate_events(resources, s, "agreed")
    assert all(e.recipient is None or "Windhoek" not in (e.recipient.text or "") for e in events)


def test_a_participle_s_own_agent_does_it() -> None:
    # The assembly passed a resolution , moved by the treasury benches and backed by some opposition members ,
    # calling on the government to act .
    s = build_sentence(["The", "assembly", "passed", "a", "resolution", ",", "moved", "by", "the", "treasury",
                        "benches", "and", "backed", "by", "some", "opposition", "members", ",", "calling", "on", "the",
                        "government", "to", "act", "."],
                       [1, 2, 2, 4, 2, 2, 2, 6, 10, 10, 7, 6, 6, 12, 16, 16, 13, 12, 12, 18, 21, 19, 23, 18, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "punct", "advcl", "agent", "det", "compound", "pobj",
                        "cc", "conj", "agent", "det", "compound", "pobj", "punct", "advcl", "prep", "det", "pobj",
                        "aux", "xcomp", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADP", "DET", "NOUN", "NOUN",
                            "CCONJ", "VERB", "ADP", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "ADP", "DET", "NOUN",
                            "PART", "VERB", "PUNCT"],
                       lemmas=["the", "assembly", "pass", "a", "resolution", ",", "move", "by", "the", "treasury",
                               "bench", "and", "back", "by", "some", "opposition", "member", ",", "call", "on", "the",
                               "government", "to", "act", "."],
                       tags=["DT", "NN", "VBD", "DT", "NN", ",", "VBN", "IN", "DT", "NN", "NNS", "CC", "VBN", "IN",
                             "DT", "NN", "NNS", ",", "VBG", "IN", "DT", "NN", "TO", "VB", "."])
    assert subjects_of(s, 12) == ([16], True)  # the members backed it, not the assembly
    assert subjects_of(s, 18)[0] == [1]  # the resolution's call is still the assembly's


def test_the_two_ministers_of_a_story_between_two_countries_are_theirs() -> None:
    # During the visit , the two Ministers signed a memorandum .
    s = build_sentence(["the", "two", "Ministers", "signed", "a", "memorandum", "."], [2, 2, 3, 3, 5, 3, 3],
                       ["det", "nummod", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["DET", "NUM", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["the", "two", "Ministers", "sign", "a", "memorandum", "."])
    botswana = Actor("Botswana", "Botswana", "BWA", "GOV", "country")
    namibia = Actor("Namibia", "Namibia", "NAM", "GOV", "country")
    # (both have come up: the Namibian minister, of the home paper's country, told first; stop 78)
    minister = Actor("The Minister of International Relations and Trade", None, "NAM", "GOV", "group")
    got = two_parties(list(s.tokens[:3]), "two Ministers", [minister, botswana], (botswana, namibia))
    assert got is not None and {p.country for p in got[1]} == {"BWA", "NAM"}
    # two ministers named before are those two people
    ana = Actor("Ana", "Ana", "BWA", "GOV", "person")
    ben = Actor("Ben", "Ben", "NAM", "GOV", "person")
    got = two_parties(list(s.tokens[:3]), "two Ministers", [ana, botswana, ben], (botswana, namibia))
    assert got is not None and got[1] == (ana, ben)


def test_an_international_body_s_officer_named_again_stays_the_body_s(resources: CoderResources) -> None:
    # NATO Secretary General Mark Rutte urged Spain to spend more . / Rutte said he would travel to Madrid .
    first = build_sentence(["NATO", "Secretary", "General", "Mark", "Rutte", "urged", "Spain", "to", "spend", "more",
                            "."],
                           [2, 2, 4, 4, 5, 5, 5, 8, 5, 8, 5],
                           ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "dobj", "aux", "xcomp",
                            "dobj", "punct"],
                           pos=["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PART", "VERB", "ADJ",
                                "PUNCT"],
                           ents=[(0, 1, "ORG"), (3, 5, "PERSON"), (6, 7, "GPE")])
    again = build_sentence(["Rutte", "said", "he", "would", "travel", "to", "Madrid", "."], [1, 1, 4, 4, 1, 4, 5, 1],
                           ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "prep", "pobj", "punct"],
                           pos=["PROPN", "VERB", "PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
                           ents=[(0, 1, "PERSON"), (6, 7, "GPE")], index=1, offset=len(first.text) + 1)
    assert resolved(resources, [first], 4).sector == "IGO"
    # not the former Dutch prime minister
    rutte = resolved(resources, [first, again], 0)
    assert (rutte.country, rutte.sector) == ("NATO", "IGO")


def test_legislators_acting_on_a_government_are_its_country_s(resources: CoderResources) -> None:
    # Several senators urged the Marcos administration to sue China .
    s = build_sentence(["Several", "senators", "urged", "the", "Marcos", "administration", "to", "sue", "China", "."],
                       [1, 2, 2, 5, 5, 2, 7, 2, 7, 2],
                       ["amod", "nsubj", "ROOT", "det", "compound", "dobj", "aux", "xcomp", "dobj", "punct"],
                       pos=["ADJ", "NOUN", "VERB", "DET", "PROPN", "NOUN", "PART", "VERB", "PROPN", "PUNCT"],
                       lemmas=["several", "senator", "urge", "the", "Marcos", "administration", "to", "sue", "China",
                               "."],
                       tags=["JJ", "NNS", "VBD", "DT", "NNP", "NN", "TO", "VB", "NNP", "."],
                       ents=[(4, 5, "PERSON"), (8, 9, "GPE")])
    senators = resolved(resources, [s], 1)
    assert (senators.country, senators.sector) == ("PHL", "LEG")  # not China's, which the sentence names too


def test_an_opposition_leader_accusing_the_government_is_its_country_s(resources: CoderResources) -> None:
    # Opposition leader Sajith Premadasa accused the government in Geneva .
    s = build_sentence(["Opposition", "leader", "Sajith", "Premadasa", "accused", "the", "government", "in", "Geneva",
                        "."],
                       [1, 3, 3, 4, 4, 6, 4, 4, 7, 4],
                       ["compound", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["NOUN", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["opposition", "leader", "Sajith", "Premadasa", "accuse", "the", "government", "in",
                               "Geneva", "."],
                       ents=[(2, 4, "PERSON"), (8, 9, "GPE")])
    actors = ArticleActors(resources.actors, DAY)
    actors.story = "LKA"
    actors.read(s)
    leader = actors.resolve_actor(s, 3)
    assert leader is not None and (leader.country, leader.sector) == ("LKA", "OPP")  # not Swiss, where he spoke of


def test_a_house_of_representatives_is_the_story_country_s(resources: CoderResources) -> None:
    # Opposition MPs walked out of the House of Representatives .  (in a story from Malta, not the US Congress's)
    s = build_sentence(["Opposition", "MPs", "walked", "out", "of", "the", "House", "of", "Representatives", "."],
                       [1, 2, 2, 2, 3, 6, 4, 6, 7, 2],
                       ["compound", "nsubj", "ROOT", "prep", "prep", "det", "pobj", "prep", "pobj", "punct"],
                       pos=["NOUN", "NOUN", "VERB", "ADP", "ADP", "DET", "PROPN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["opposition", "mp", "walk", "out", "of", "the", "House", "of", "Representatives", "."],
                       ents=[(5, 9, "ORG")])
    actors = ArticleActors(resources.actors, DAY)
    actors.story = "MLT"
    actors.read(s)
    house = actors.resolve_actor(s, 6)
    assert house is not None and (house.country, house.sector) == ("MLT", "LEG")


def test_a_party_named_inside_a_charge_is_no_target() -> None:
    # Houthi forces detained more staff , accusing some of them of spying for Israel .
    s = build_sentence(["Houthi", "forces", "detained", "more", "staff", ",", "accusing", "some", "of", "them", "of",
                        "spying", "for", "Israel", "."],
                       [1, 2, 2, 4, 2, 2, 2, 6, 7, 8, 6, 10, 11, 12, 2],
                       ["compound", "nsubj", "ROOT", "amod", "dobj", "punct", "advcl", "dobj", "prep", "pobj", "prep",
                        "pobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT", "VERB", "PRON", "ADP", "PRON", "ADP",
                            "VERB", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Houthi", "force", "detain", "more", "staff", ",", "accuse", "some", "of", "they",
                               "of", "spy", "for", "Israel", "."],
                       ents=[(13, 14, "GPE")])
    # what they are accused of, not whom they accuse; "some of them" stays theirs
    assert charge_words(s, 2) == {10, 11, 12, 13}
    assert not charge_words(s, 2) & {7, 8, 9}


def test_only_a_state_s_untargeted_act_is_aimed_at_the_other_of_the_story_s_pair() -> None:
    from dyadwatch.coder.pairs import with_implied_recipient

    from ..eventfactory import event

    uzbekistan = Actor("Uzbekistan", "Uzbekistan", "UZB", "GOV", "country")
    afghanistan = Actor("Afghanistan", "Afghanistan", "AFG", "GOV", "country")
    complaint = event(actor="RUS", recipient=None, cameo="114", trigger="complained")
    # Uzbekistan complained: at Afghanistan, the other country the story is about
    by_state = with_implied_recipient(replace(complaint, actor=uzbekistan), (uzbekistan, afghanistan))
    assert by_state.recipient is not None and by_state.recipient.country == "AFG"
    # cotton farmers in Uzbekistan complained of low water: at no one the sentence names
    farmers = Actor("Cotton farmers", None, "UZB", "AGR", "group")
    by_farmers = with_implied_recipient(replace(complaint, actor=farmers), (uzbekistan, afghanistan))
    assert by_farmers.recipient is None


def test_legislators_acting_on_them_do_not_resolve_in_a_circle(resources: CoderResources) -> None:
    # The lawmakers urged them to act .  ("them" is found from the subject, whose country was sought from "them")
    s = build_sentence(["The", "lawmakers", "urged", "them", "to", "act", "."], [1, 2, 2, 2, 5, 2, 2],
                       ["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
                       pos=["DET", "NOUN", "VERB", "PRON", "PART", "VERB", "PUNCT"],
                       lemmas=["the", "lawmaker", "urge", "they", "to", "act", "."],
                       tags=["DT", "NNS", "VBD", "PRP", "TO", "VB", "."])
    lawmakers = resolved(resources, [s], 1)
    assert lawmakers.sector == "LEG"
    assert candidate_events(resources, s, "urged")


def test_a_home_protest_or_demand_with_no_target_is_aimed_at_the_country_s_government() -> None:
    from dyadwatch.coder.stories import with_home_recipient

    from ..eventfactory import event

    union = Actor("members of the maritime workers' union", None, "ARG", "LAB", "group")
    rally = replace(event(actor="RUS", recipient=None, cameo="141", trigger="rallied"), actor=union)
    aimed = with_home_recipient(rally, "ARG")
    assert aimed.recipient is not None and (aimed.recipient.country, aimed.recipient.sector) == ("ARG", "GOV")
    assert aimed.recipient.text == "" and aimed.confidence == rally.confidence
    # the state's own organs, another country's people, a story about another country, or other acts: unchanged
    police = Actor("police", None, "ARG", "COP", "group")
    assert with_home_recipient(replace(rally, actor=police), "ARG").recipient is None
    assert with_home_recipient(rally, "CHL").recipient is None
    praise = replace(event(actor="RUS", recipient=None, cameo="051", trigger="praised"), actor=union)
    assert with_home_recipient(praise, "ARG").recipient is None
    # an appeal names whom it asks, party or not ("asked the city centre to act"): not filled in
    appeal = replace(event(actor="RUS", recipient=None, cameo="020", trigger="asked"), actor=union)
    assert with_home_recipient(appeal, "ARG").recipient is None
    demand = replace(appeal, cameo="100", trigger="demanded")
    assert with_home_recipient(demand, "ARG").recipient is not None
    # a call "for" something, no one asked ("called for a fresh election"): a demand of the government
    called = replace(appeal, trigger="called", sentence="The union called for a fresh election.")
    assert with_home_recipient(called, "ARG").recipient is not None
    asked = replace(appeal, trigger="called", sentence="The union called a strike for Monday.")
    assert with_home_recipient(asked, "ARG").recipient is None


def test_the_screen_aims_a_home_protest_at_the_story_country_s_government() -> None:
    from dyadwatch.coder.screen import screen_event

    from ..eventfactory import event

    students = Actor("200 university students", None, None, "EDU", "group")
    protest = replace(event(actor="RUS", recipient=None, cameo="141", trigger="protest", place=None,
                            sentence="About 200 university students gathered to protest against the budget."),
                      actor=students)
    kept = screen_event(protest, "TLS", None)
    assert not isinstance(kept, Rejected)
    # the students take the story's country, and their protest is aimed at its government, with no words of its own
    assert kept.actor.country == "TLS"
    assert kept.recipient is not None and (kept.recipient.country, kept.recipient.sector, kept.recipient.text) == (
        "TLS", "GOV", "")


def test_what_a_party_can_do_is_not_done() -> None:
    # Judges can jail parents .
    s = build_sentence(["Judges", "can", "jail", "parents", "."], [2, 2, 2, 2, 2],
                       ["nsubj", "aux", "ROOT", "dobj", "punct"], pos=["NOUN", "AUX", "VERB", "NOUN", "PUNCT"])
    assert modality_of(s, 2, None, False).modality == "hypothetical"
    # Judges jailed parents .
    s = build_sentence(["Judges", "jailed", "parents", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                       pos=["NOUN", "VERB", "NOUN", "PUNCT"])
    assert modality_of(s, 1, None, False).modality == "asserted"


def test_a_place_written_in_lower_case_in_cased_text_is_no_name() -> None:
    from dyadwatch.coder.placing import written_as_name

    cased = build_sentence(["The", "Federation", "must", "include", "the", "canton", "."], [1, 3, 3, 3, 5, 3, 3],
                           ["det", "nsubj", "aux", "ROOT", "det", "dobj", "punct"])
    assert not written_as_name(cased, "canton")  # not Canton, Guangzhou
    assert written_as_name(cased, "Federation")
    lowered = build_sentence(["the", "talks", "were", "held", "in", "canton", "."], [1, 3, 3, 3, 3, 4, 3],
                             ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"])
    assert written_as_name(lowered, "canton")  # lower-cased news writes every name so


def test_what_a_party_has_to_do_is_not_done() -> None:
    # Dhaka has to talk to Naypyitaw .  /  Dhaka has talked to Naypyitaw .
    must = build_sentence(["Dhaka", "has", "to", "talk", "to", "Naypyitaw", "."], [1, 1, 3, 1, 3, 4, 1],
                          ["nsubj", "ROOT", "aux", "xcomp", "prep", "pobj", "punct"],
                          pos=["PROPN", "VERB", "PART", "VERB", "ADP", "PROPN", "PUNCT"],
                          lemmas=["Dhaka", "have", "to", "talk", "to", "Naypyitaw", "."])
    assert modality_of(must, 3, None, False).modality == "hypothetical"
    done = build_sentence(["Dhaka", "has", "talked", "to", "Naypyitaw", "."], [2, 2, 2, 2, 3, 2],
                          ["nsubj", "aux", "ROOT", "prep", "pobj", "punct"],
                          pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
                          lemmas=["Dhaka", "have", "talk", "to", "Naypyitaw", "."])
    assert modality_of(done, 2, None, False).modality == "asserted"
