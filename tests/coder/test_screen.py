"""The screen: political parties only, the story's country, no reporter as doer, one event per act."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dyadwatch.coder.screen import is_background, names_a_policy, period_end, screen, screen_event
from dyadwatch.coder.stories import story_country
from dyadwatch.records import Actor, Event, Location, Mention, Rejected

from ..eventfactory import ACTORS, event

POLICE = Actor("the police", None, None, "COP", "group")
MOB = Actor("a mob", None, None, "CVL", "group")
FEAR = Actor("fear", "fear", None, None, "phrase")
FORCE = Actor("force", None, None, None, "other")
VIEWERS = Actor("younger viewers", None, None, "CVL", "group")
GAMES = Actor("the games", "the games", None, None, "phrase")
JOBS = Actor("Mr Jobs", "Mr Jobs", None, None, "person")
PAPER = Actor("the paper", None, None, "JRN", "group")
FIRM = Actor("Microsoft", "Microsoft", None, "BUS", "group")
MINISTRY = Actor("the ministry", None, "IND", "GOV", "group")
SUSPECT = Actor("Ravi Kumar", "Ravi Kumar", None, None, "person")
DELHI = Location("Delhi", "Delhi", "IND", 28.6, 77.2)


def test_things_are_not_parties() -> None:
    threat = replace(event("CHN", None, "130", sentence="Fear has led many to stay home."), actor=FEAR)
    assert isinstance(screen_event(threat, None, None), Rejected)
    reject = replace(event("CHN", "USA", "120", trigger="rejected"), recipient=FORCE)
    got = screen_event(reject, None, None)
    assert isinstance(got, Rejected) and "not a party" in got.reason
    base = replace(event("CHN", None, "190", trigger="attacked"), recipient=FORCE)
    kept = screen_event(base, None, None)
    assert isinstance(kept, Event) and kept.recipient is None  # an attack may stand without a party


def test_people_with_no_political_role_do_not_act_politically() -> None:
    agree = replace(event("CHN", "USA", "030", trigger="go"), actor=VIEWERS, recipient=GAMES)
    assert isinstance(screen_event(agree, None, None), Rejected)
    said = replace(event("CHN", None, "030", trigger="said"), actor=JOBS)
    assert isinstance(screen_event(said, None, None), Rejected)


def test_a_firm_acts_politically_only_towards_a_political_party() -> None:
    with_firm = replace(event("CHN", "USA", "120", trigger="rejected"), actor=FIRM,
                        recipient=Actor("customers", None, None, "CVL", "group"))
    assert isinstance(screen_event(with_firm, None, None), Rejected)
    with_state = replace(with_firm, recipient=ACTORS["USA"])
    assert isinstance(screen_event(with_state, None, None), Event)


def test_protesters_and_mobs_are_political_when_they_protest_or_fight() -> None:
    attack = replace(event("CHN", None, "180", trigger="attacked"), actor=MOB,
                     recipient=Actor("shops", None, None, "BUS", "group"))
    kept = screen_event(attack, "IND", None)
    assert isinstance(kept, Event) and kept.actor.country == "IND"


def test_domestic_parties_take_the_story_country_and_say_so() -> None:
    arrest = replace(event("CHN", None, "173", trigger="arrested"), actor=POLICE,
                     recipient=Actor("20 rioters", None, None, "CVL", "group"))
    kept = screen_event(arrest, "IND", date(2002, 3, 10))
    assert isinstance(kept, Event)
    assert (kept.actor.country, kept.actor.country_source) == ("IND", "story")
    assert (kept.recipient is not None and kept.recipient.country_source) == "story"
    assert kept.actor.to_dict()["country_source"] == "story"
    assert ACTORS["USA"].to_dict()["country_source"] == "text"
    named = screen_event(replace(arrest, actor=MINISTRY), "PAK", None)
    assert isinstance(named, Event) and named.actor.country == "IND" and named.actor.country_source is None


def test_a_named_person_may_be_the_target_of_an_arrest() -> None:
    arrest = replace(event("CHN", None, "173", trigger="arrested"), actor=POLICE, recipient=SUSPECT)
    kept = screen_event(arrest, "IND", None)
    assert isinstance(kept, Event) and kept.recipient is not None


def test_one_the_storys_state_arrests_or_charges_is_of_the_storys_country() -> None:
    # "Police arrested Ravi Kumar" in a story about India: the suspect the text places nowhere is India's
    arrest = replace(event("CHN", None, "173", trigger="arrested"), actor=POLICE, recipient=SUSPECT)
    kept = screen_event(arrest, "IND", None)
    assert isinstance(kept, Event) and kept.recipient is not None
    assert (kept.recipient.country, kept.recipient.country_source) == ("IND", "story")
    charge = replace(event("CHN", None, "1121", trigger="charged"), actor=MINISTRY, recipient=SUSPECT)
    kept = screen_event(charge, "IND", None)
    assert isinstance(kept, Event) and kept.recipient is not None and kept.recipient.country == "IND"
    # a foreign ministry's charge in an Indian story, a praise, or a story with no country of its own place no one
    assert isinstance(kept := screen_event(replace(charge, actor=ACTORS["CHN"]), "IND", None), Event)
    assert kept.recipient is not None and kept.recipient.country is None
    praise = replace(event("CHN", None, "051", trigger="praised"), actor=MINISTRY, recipient=SUSPECT)
    assert isinstance(kept := screen_event(praise, "IND", None), Event)
    assert kept.recipient is not None and kept.recipient.country is None
    assert isinstance(kept := screen_event(arrest, None, None), Event)
    assert kept.recipient is not None and kept.recipient.country is None


def test_whoever_the_storys_state_arrests_is_of_the_storys_country_whatever_they_are_called() -> None:
    # "Police arrested two owners in Akkar": the arrested are people, of the story's country, though "owners" is
    # no kind of party; the same words seized (171) or praised stay things, and name no target
    owners = Actor("two owners", None, None, None, "other")
    arrest = replace(event("CHN", None, "173", trigger="arrested"), actor=POLICE, recipient=owners)
    kept = screen_event(arrest, "IND", None)
    assert isinstance(kept, Event) and kept.recipient is not None
    assert (kept.recipient.country, kept.recipient.kind, kept.recipient.country_source) == ("IND", "group", "story")
    seizure = replace(arrest, cameo="171", trigger="seized")
    assert isinstance(kept := screen_event(seizure, "IND", None), Event) and kept.recipient is None


def test_one_named_with_no_role_who_accuses_the_storys_government_is_of_its_people() -> None:
    # "Sanusi accused Chow of playing the victim" in a Malaysian story: a person the text gives no role voices a
    # stance on a party of the story's politics
    sanusi = Actor("Sanusi", "Sanusi", None, None, "person")
    chow = Actor("Chow", "Chow", "MYS", "GOV", "person")
    accusation = replace(event("CHN", "USA", "112", trigger="accusing"), actor=sanusi, recipient=chow)
    kept = screen_event(accusation, "MYS", None)
    assert isinstance(kept, Event)
    assert (kept.actor.country, kept.actor.sector, kept.actor.country_source) == ("MYS", None, "story")
    # not in a story of no country, not of a foreign party, not a praise, not "the officials" (whose?)
    assert isinstance(screen_event(accusation, None, None), Rejected)
    assert isinstance(screen_event(replace(accusation, recipient=ACTORS["USA"]), "MYS", None), Rejected)
    praise = replace(event("CHN", "USA", "051", trigger="praised"), actor=sanusi, recipient=chow)
    assert isinstance(screen_event(praise, "MYS", None), Rejected)
    officials = Actor("the officials", None, None, "GOV", "group")
    assert isinstance(screen_event(replace(accusation, recipient=officials), "MYS", None), Rejected)


def test_a_body_of_no_known_kind_demanding_of_no_one_makes_its_demand_of_the_storys_government() -> None:
    # "The Dordoi traders' association demanded that everyone detained be released" in a Kyrgyz story
    traders = Actor("Dordoi traders' association", None, None, None, "group")
    demand = replace(event("CHN", None, "1053", trigger="demanded"), actor=traders, recipient=None)
    kept = screen_event(demand, "KGZ", None)
    assert isinstance(kept, Event) and kept.recipient is not None
    assert (kept.actor.country, kept.actor.sector) == ("KGZ", None)  # its kind stays unknown
    assert (kept.recipient.country, kept.recipient.sector) == ("KGZ", "GOV")
    # not with no story's country, not an appeal (02), not a demand aimed at someone named
    assert isinstance(screen_event(demand, None, None), Rejected)
    appeal = replace(event("CHN", None, "020", trigger="urged"), actor=traders, recipient=None)
    assert isinstance(screen_event(appeal, "KGZ", None), Rejected)
    firm = Actor("Kaveri Systems", "Kaveri Systems", None, None, "group")
    aimed = replace(demand, actor=traders, recipient=firm)
    assert isinstance(screen_event(aimed, "KGZ", None), Rejected)


def test_one_accused_of_a_deed_is_a_party_of_the_storys_country() -> None:
    # "Calandra accused the trustees of draining the board's reserves" in a Canadian story
    trustees = Actor("trustees", None, None, None, "other")
    sentence = "Calandra accused the trustees of draining the board's reserves."
    accusation = replace(event("CHN", None, "112", trigger="accused", sentence=sentence), actor=MINISTRY,
                         recipient=trustees)
    kept = screen_event(accusation, "IND", None)
    assert isinstance(kept, Event) and kept.recipient is not None
    assert (kept.recipient.country, kept.recipient.sector, kept.recipient.kind) == ("IND", None, "group")
    # not with no story's country, nor words the accusation is not of ("accused them over the trustees' report")
    assert isinstance(screen_event(accusation, None, None), Rejected)
    over = replace(accusation, sentence="Calandra accused them over the trustees report.")
    assert isinstance(screen_event(over, "IND", None), Rejected)


def test_the_reporter_is_not_the_doer() -> None:
    stabbing = replace(event("CHN", None, "180", trigger="said",
                             sentence="Two people were stabbed in the market, police said."), actor=POLICE,
                       recipient=Actor("two people", None, None, "CVL", "group"))
    got = screen_event(stabbing, "IND", None)
    assert isinstance(got, Rejected) and "reports" in got.reason
    told = replace(event("CHN", None, "111", trigger="told"), recipient=PAPER)
    assert isinstance(screen_event(told, "IND", None), Rejected)


def test_a_reporting_word_s_own_act_is_kept() -> None:
    # "Taiwan added eight Chinese firms to its entity list": adding to a blacklist sanctions (166 in the code table's
    # numbering); recalling an envoy reduces relations (161)
    for cameo in ("166", "161"):
        own = event("USA", "CHN", cameo, trigger="added" if cameo == "166" else "recalled",
                    sentence="Washington added eight Chinese firms to its export control entity list.")
        assert not isinstance(screen_event(own, "USA", None), Rejected)
    said = event("USA", "CHN", "172", trigger="added", sentence="Washington added that it had closed the border.")
    assert isinstance(screen_event(said, "USA", None), Rejected)


def test_questions_hypotheticals_and_denials_are_not_events() -> None:
    question = event("CHN", "USA", "190", sentence="Why would China attack the US?")
    assert isinstance(screen_event(question, None, None), Rejected)
    for modality in ("hypothetical", "denied"):
        assert isinstance(screen_event(event("CHN", "USA", "190", modality=modality), None, None), Rejected)
    refusal = event("CHN", "USA", "120", modality="denied", sentence="China will not lift the ban.")
    offer = event("CHN", "USA", "030", modality="hypothetical", sentence="China is willing to talk if asked.")
    assert isinstance(screen_event(refusal, None, None), Event) and isinstance(screen_event(offer, None, None), Event)
    assert isinstance(screen_event(event("CHN", "USA", "036", modality="planned"), None, None), Event)


def test_acts_towards_a_party_need_one() -> None:
    assert isinstance(screen_event(event("CHN", None, "040"), None, None), Rejected)
    assert isinstance(screen_event(event("CHN", None, "051"), None, None), Rejected)
    assert isinstance(screen_event(event("CHN", None, "020"), None, None), Event)
    curfew = replace(event("CHN", None, "172", trigger="imposed"), actor=POLICE)
    assert isinstance(screen_event(curfew, "IND", None), Event)


def test_background_acts_are_flagged_with_their_own_date() -> None:
    old = event("CHN", "USA", "190", day="2001", date_text="2001")
    assert is_background(old, date(2002, 3, 10))
    recent = event("CHN", "USA", "190", day="2002-03-08", date_text="friday")
    assert not is_background(recent, date(2002, 3, 10))
    undated = event("CHN", "USA", "190", day="2002-03-10", date_text=None)
    assert not is_background(undated, date(2002, 3, 10))
    assert period_end("2001-02") == date(2001, 2, 28) and period_end("x") is None


def test_one_event_per_act_keeps_every_telling() -> None:
    first = event("CHN", "USA", "040", confidence=0.7, sentence_index=1)
    again = replace(event("CHN", "USA", "040", confidence=0.9, sentence_index=4), id="again")
    other = event("CHN", "USA", "051", sentence_index=2)
    kept, rejected = screen([first, other, again], None, None)
    consults = [e for e in kept if e.event_type == "CONSULT"]
    assert len(consults) == 1 and consults[0].confidence == 0.9
    assert consults[0].retellings == ((1, first.span[0], first.span[1]),)
    assert [r.reason.startswith("the same act") for r in rejected] == [True]


def test_the_story_country_is_the_dateline_else_the_country_named_most() -> None:
    def mention(country: str) -> Mention:
        return Mention(0, 0, 1, 0, Actor(country, country, country, "GOV"))

    assert story_country({}, DELHI) == "IND"
    assert story_country({0: [mention("IND"), mention("IND")], 1: [mention("PAK")]}, None) == "IND"
    assert story_country({0: [mention("IND"), mention("PAK")]}, None) is None
    # a dateline whose country the story never names is the venue: "GENEVA - ... urging Sri Lanka ..."
    geneva = Location("Geneva", "Geneva", "CHE", 46.2, 6.1)
    about_sri_lanka = {i: [mention("LKA")] for i in range(3)} | {3: [mention("GBR")]}
    assert story_country(about_sri_lanka, geneva) == "LKA"
    # named once or twice, or not standing out, the other country does not outweigh the dateline
    assert story_country({0: [mention("LKA"), mention("LKA")]}, geneva) == "CHE"
    assert story_country({i: [mention("LKA"), mention("GBR")] for i in range(3)}, geneva) == "CHE"
    # a dateline whose country the story names stays the story's country
    assert story_country(about_sri_lanka | {4: [mention("CHE")]}, geneva) == "CHE"


def test_two_pledges_between_the_same_leaders_are_two_acts() -> None:
    stabilise = replace(event("CHN", "USA", "030", trigger="pledging", sentence_index=1), id="p1")
    exchanges = replace(event("CHN", "USA", "030", trigger="agreed", sentence_index=5), id="p2")
    kept, _ = screen([stabilise, exchanges], None, None)
    assert len(kept) == 2


def test_a_thing_of_a_country_stands_for_the_country_as_target() -> None:
    soybeans = replace(event("CHN", "USA", "0311", trigger="purchase"),
                       recipient=Actor("additional American soybeans", None, "USA", None, "other"))
    assert isinstance(screen_event(soybeans, None, None), Event)


def test_a_story_between_two_other_countries_has_no_story_country() -> None:
    busan = Location("Busan", "Busan", "KOR", 35.1, 129.04)
    pair = (ACTORS["CHN"], ACTORS["USA"])
    assert story_country({}, busan, pair) is None
    assert story_country({}, busan, None) == "KOR"
    labour = Mention(0, 0, 1, 0, Actor("labour", "Labour Party", "GBR", "PTY", "organisation"))
    un = Mention(1, 0, 1, 0, Actor("the UN", "United Nations", None, "IGO", "organisation"))
    assert story_country({0: [labour], 1: [labour, un]}, None) == "GBR"


def test_the_place_an_event_happens_in_is_not_its_target() -> None:
    busan = Actor("Busan", "Busan", "KOR", "GOV", "country")
    appeal = replace(event("CHN", "USA", "020", place="Busan"), recipient=busan)
    kept = screen_event(appeal, None, None)
    assert isinstance(kept, Event) and kept.recipient is None
    meeting = event("CHN", "USA", "040", place="Busan")
    assert screen_event(meeting, None, None).recipient is not None  # type: ignore[union-attr]
    china = Location("China", "China", "CHN", None, None)
    in_china = replace(event("USA", "CHN", "120"), location=china)
    assert screen_event(in_china, None, None).recipient is not None  # type: ignore[union-attr]


def test_one_word_is_one_act_and_the_lexicon_reading_of_it_wins() -> None:
    # the typer put SANCTION (its generic code 160) on "suspend"; the lexicon read "suspend ... measures"
    # as RETREAT (085): one act, told by the lexicon's reading even when it is less confident
    typed = replace(event("CHN", "USA", "160", trigger="suspend", confidence=0.64), id="typed")
    lexicon = replace(event("CHN", "USA", "085", trigger="suspend", confidence=0.35), id="lexicon")
    kept, rejected = screen([typed, lexicon], None, None)
    assert [e.id for e in kept] == ["lexicon"]
    assert rejected[0].event.id == "typed" and rejected[0].reason.startswith("another reading")
    # two lexicon readings of one word: the more confident stands
    praise = replace(event("CHN", "USA", "051", trigger="backed", confidence=0.6), id="praise")
    retreat = replace(event("CHN", "USA", "085", trigger="backed", confidence=0.4), id="retreat")
    assert [e.id for e in screen([retreat, praise], None, None)[0]] == ["praise"]
    # the same word towards another party is another act
    other = replace(event("CHN", "RUS", "051", trigger="backed", confidence=0.4), id="other")
    assert len(screen([praise, other], None, None)[0]) == 2


def test_two_words_of_one_sentence_telling_one_meeting_are_one_act() -> None:
    met = replace(event("USA", "CHN", "040", trigger="met", confidence=0.65), id="met")
    talk = replace(event("USA", "CHN", "040", trigger="talk", confidence=0.6), id="talk")
    kept, rejected = screen([met, talk], None, None)
    assert [e.id for e in kept] == ["met"] and "same sentence" in rejected[0].reason


def test_a_stance_on_a_policy_is_aimed_at_the_story_country() -> None:
    plan = Actor("the plans", "the plans", None, None, "phrase")
    criticised = replace(event("USA", None, "111", trigger="criticised"), recipient=plan)
    kept = screen_event(criticised, "USA", None)
    assert isinstance(kept, Event) and kept.recipient is not None
    assert (kept.recipient.country, kept.recipient.country_source, kept.recipient.text) == ("USA", "story", "the plans")
    assert isinstance(screen_event(criticised, None, None), Rejected)  # no story country: no owner known
    met = replace(event("USA", None, "040", trigger="met"), recipient=plan)
    assert isinstance(screen_event(met, "USA", None), Rejected)  # a meeting with a plan is no meeting


def test_a_stance_on_an_event_or_an_abstraction_has_no_owner() -> None:
    assert names_a_policy(Actor("Kennedy's policies", None, None, None, "other"))
    assert names_a_policy(Actor("the compromise package of the administration", None, None, None, "other"))
    assert not names_a_policy(Actor("the violence in Gujarat", None, None, None, "other"))
    condemned = replace(event("USA", None, "111", trigger="condemned"),
                        recipient=Actor("the incidents of violence", None, None, None, "other"))
    assert isinstance(screen_event(condemned, "USA", None), Rejected)  # ACCUSE needs a target; none is named
    budget = replace(condemned, recipient=Actor("the budget", None, None, None, "other"))
    kept = screen_event(budget, "USA", None)
    assert isinstance(kept, Event) and kept.recipient is not None and kept.recipient.country == "USA"


def test_talking_to_voters_or_the_press_is_no_act_between_parties() -> None:
    call = event("USA", "CHN", "041", trigger="telephoned")
    voters = replace(call, recipient=Actor("voters", None, "USA", "CVL", "group"))
    press = replace(call, recipient=Actor("reporters", None, "USA", "JRN", "group"))
    for aimed, reason in ((voters, "campaign talk"), (press, "press is no party")):
        got = screen_event(aimed, None, None)
        assert isinstance(got, Rejected) and reason in got.reason
    assert isinstance(screen_event(call, None, None), Event)  # a call between leaders stays
    # a demand of the public is still an act
    appeal = replace(event("USA", "CHN", "020", trigger="appealed"), recipient=voters.recipient)
    assert isinstance(screen_event(appeal, None, None), Event)


def test_a_stance_on_a_hostile_act_is_not_aimed_at_its_victim() -> None:
    backed = replace(event("USA", "CHN", "051", trigger="backed"),
                     recipient=Actor("the invasion of Iraq", "Iraq", "IRQ", "GOV", "country"))
    kept = screen_event(backed, "GBR", None)
    assert isinstance(kept, Event) and kept.recipient is not None
    assert kept.recipient.country == "GBR" and kept.recipient.country_source == "story"
    # a stance on the country itself stays aimed at it
    plain = replace(backed, recipient=Actor("Iraq", "Iraq", "IRQ", "GOV", "country"))
    got = screen_event(plain, "GBR", None)
    assert isinstance(got, Event) and got.recipient is not None and got.recipient.country == "IRQ"


def test_two_readings_of_one_word_are_one_act_even_aimed_apart() -> None:
    support = event("USA", "CHN", "051", trigger="backed", confidence=0.6)
    retreat = replace(event("USA", "RUS", "084", trigger="backed", confidence=0.5), id="retreat")
    kept, rejected = screen([support, retreat], None, None)
    assert [e.event_type for e in kept] == ["SUPPORT"]
    assert any("another reading" in r.reason for r in rejected)
    # one type aimed at two parties on one word ("met Xi and Putin") is two acts
    met_xi = event("USA", "CHN", "040", trigger="met")
    met_putin = replace(event("USA", "RUS", "040", trigger="met"), id="putin")
    assert len(screen([met_xi, met_putin], None, None)[0]) == 2


def test_the_press_is_no_party_to_a_meeting_or_a_deal() -> None:
    xinhua = Actor("Xinhua", "Xinhua", "CHN", "JRN", "organisation")
    cooperate = replace(event("USA", "CHN", "060", trigger="ties"), recipient=xinhua)
    got = screen_event(cooperate, None, None)
    assert isinstance(got, Rejected) and "press" in got.reason
    # a newspaper accusing a government still acts
    accuse = replace(event("USA", "CHN", "111", trigger="criticised"), actor=xinhua)
    assert isinstance(screen_event(accuse, None, None), Event)


def test_link_lists_topics_and_defending_ones_own_side_are_no_acts() -> None:
    links = event("USA", "CHN", "040", trigger="talks", sentence="related stories: Trump and Xi hold talks.")
    got = screen_event(links, None, None)
    assert isinstance(got, Rejected) and "links" in got.reason
    topic = replace(event("USA", "CHN", "040", trigger="talked"),
                    recipient=Actor("the Chinese manifesto", None, "CHN", None, "other"))
    got = screen_event(topic, None, None)
    assert isinstance(got, Rejected) and "needs a target" in got.reason
    minister = Actor("the law minister", None, "IND", "GOV", "group")
    defended = replace(event("USA", "CHN", "052", trigger="defended"), actor=minister,
                       recipient=Actor("the government's action", None, "IND", "GOV", "group"))
    got = screen_event(defended, None, None)
    assert isinstance(got, Rejected) and "rebuttal" in got.reason
    assert isinstance(screen_event(event("USA", "CHN", "052", trigger="defended"), None, None), Event)


def test_a_meeting_within_one_body_is_no_act_between_parties() -> None:
    chief = Actor("the police commissioner", None, "IND", "COP", "group")
    officers = Actor("senior police officials", None, None, "COP", "group")
    meeting = replace(event("CHN", None, "040", trigger="meeting"), actor=chief, recipient=officers)
    got = screen_event(meeting, "IND", None)
    assert isinstance(got, Rejected) and "within one body" in got.reason
    # two parties named apart, or two parts of government, meet as two
    bjp = Actor("the BJP", "Bharatiya Janata Party", "IND", "PTY", "organisation")
    sena = Actor("the Shiv Sena", "Shiv Sena", "IND", "PTY", "organisation")
    assert isinstance(screen_event(replace(meeting, actor=bjp, recipient=sena), "IND", None), Event)
    pm = Actor("the prime minister", None, "IND", "GOV", "group")
    cms = Actor("chief ministers", None, "IND", "GOV", "group")
    assert isinstance(screen_event(replace(meeting, actor=pm, recipient=cms), "IND", None), Event)
    seer = Actor("the opposition", None, "IND", "OPP", "group")
    rss = Actor("the RSS", "Rashtriya Swayamsevak Sangh", "IND", "REL", "organisation")
    assert isinstance(screen_event(replace(meeting, actor=seer, recipient=rss), "IND", None), Event)
    bjp_mps = Actor("BJP MPs", "Bharatiya Janata Party", "IND", "PTY", "group")
    assert isinstance(screen_event(replace(meeting, actor=bjp, recipient=bjp_mps), "IND", None), Rejected)
    # "senior leaders of the party also met ... to finalise an all-party delegation": one unnamed kind meeting itself
    leaders = Actor("senior leaders of the party", None, "IND", "PTY", "group")
    delegation = Actor("all party delegation", None, "IND", "PTY", "group")
    assert isinstance(screen_event(replace(meeting, actor=leaders, recipient=delegation), "IND", None), Rejected)
    opposition = Actor("opposition leaders", None, "IND", "OPP", "group")
    assert isinstance(screen_event(replace(meeting, actor=opposition, recipient=delegation), "IND", None), Event)


def test_aid_from_abroad_that_names_no_receiver_goes_to_the_story_s_country() -> None:
    # "The European Union announced 3 million euros in emergency aid" in a story about floods in Mozambique
    euros = Actor("3 million euros", None, None, None, "other")
    pledged = replace(event("UNO", None, "070", trigger="announced", place=None), recipient=euros)
    kept = screen_event(pledged, "MOZ", None)
    assert isinstance(kept, Event) and kept.recipient is not None
    assert (kept.recipient.country, kept.recipient.country_source, kept.recipient.text) == (
        "MOZ", "story", "3 million euros")
    # "Britain sent a team of engineers": no words for the receiver at all
    sent = event("RUS", None, "070", trigger="sent", place=None)
    kept = screen_event(sent, "MOZ", None)
    assert isinstance(kept, Event) and kept.recipient is not None and kept.recipient.country == "MOZ"
    # the story's own government giving aid at home, or a story of no one country: no receiver is made up
    assert isinstance(screen_event(sent, "RUS", None), Rejected)
    assert isinstance(screen_event(pledged, None, None), Rejected)


def test_a_capital_named_for_its_government_is_a_target_though_the_act_is_placed_there() -> None:
    cairo = Actor("Cairo", "Egypt", "EGY", "GOV", "country")
    accusation = replace(event("USA", "CHN", "112"), recipient=cairo,
                         location=Location("Cairo", "Cairo", "EGY", 30.04, 31.24))
    kept = screen_event(accusation, None, None)
    assert isinstance(kept, Event) and kept.recipient is not None and kept.recipient.country == "EGY"


def test_an_agreement_that_only_could_be_is_no_offer() -> None:
    # "Beirut and Damascus can agree on paper," he said.   (no condition: not an offer)
    could = event("CHN", "USA", "030", modality="hypothetical", trigger="agree",
                  sentence='"Beirut and Damascus can agree on paper," he said.')
    assert isinstance(screen_event(could, None, None), Rejected)
    # Russia is willing to withdraw if Ukraine agrees.   (an offer on its condition stays)
    offer = event("CHN", "USA", "030", modality="hypothetical", trigger="willing",
                  sentence="Russia is willing to withdraw its troops if Ukraine agrees.")
    assert isinstance(screen_event(offer, None, None), Event)


def test_a_labour_party_counts_for_the_country_that_has_one_the_story_names() -> None:
    labour = Mention(0, 0, 1, 0, Actor("Labour", "Labour Party", "GBR", "PTY", "organisation"))

    def place(country: str) -> Mention:
        return Mention(0, 0, 1, 0, Actor(country, country, country, "GOV"))

    # Port Louis ... Mauritius ... the Labour Party ... Labour: a Mauritian story
    assert story_country({0: [place("MUS")], 1: [labour], 2: [place("MUS")], 3: [labour]}, None) == "MUS"
    # Mr Blair ... Labour ... Labour ... Ireland: a British one
    assert story_country({0: [place("GBR")], 1: [labour], 2: [labour], 3: [place("IRL")]}, None) == "GBR"


def test_a_dateline_country_named_only_as_where_the_story_was_filed_is_the_venue() -> None:
    from dyadwatch.coder.stories import venue_mentions
    from dyadwatch.parse import build_sentence
    from dyadwatch.records import Article, ParsedArticle

    ethiopia = Actor("Ethiopia", "Ethiopia", "ETH", "GOV", "country")
    guinea = Actor("Guinea", "Guinea", "GIN", "GOV", "country")
    # ADDIS ABABA , Ethiopia ( HW ) - The council readmitted Guinea .  /  It met in Addis Ababa .
    first = build_sentence(["ADDIS", "ABABA", ",", "Ethiopia", "(", "HW", ")", "-", "The", "council", "readmitted",
                            "Guinea", "."], [1, 10, 1, 1, 5, 1, 5, 10, 9, 10, 10, 10, 10],
                           ["compound", "npadvmod", "punct", "appos", "punct", "appos", "punct", "punct", "det",
                            "nsubj", "ROOT", "dobj", "punct"])
    second = build_sentence(["It", "met", "in", "Addis", "Ababa", "."], [1, 1, 1, 4, 2, 1],
                            ["nsubj", "ROOT", "prep", "compound", "pobj", "punct"], index=1, offset=len(first.text) + 1)
    parsed = ParsedArticle(Article("t", f"{first.text} {second.text}"), (first, second))
    addis = Location("ADDIS ABABA", "Addis Ababa", "ETH", 9.0, 38.7)
    mentions = {0: [Mention(0, 0, 2, 1, ethiopia), Mention(0, 3, 4, 3, ethiopia), Mention(0, 11, 12, 11, guinea)],
                1: [Mention(1, 3, 5, 4, ethiopia)]}
    assert venue_mentions(parsed, mentions, addis) == 3
    about_guinea = mentions | {k: [Mention(k, 0, 1, 0, guinea)] for k in range(2, 8)}
    assert story_country(about_guinea, addis, None, venue_mentions=3) == "GIN"
    # named once more as a party, the dateline's country stays the story's
    named = about_guinea | {8: [Mention(8, 0, 1, 0, ethiopia)]}
    assert story_country(named, addis, None, venue_mentions=3) == "ETH"
    assert story_country(about_guinea, addis, None) == "ETH"


def test_an_inquiry_into_an_incident_is_aimed_at_no_party_whatever_country_its_words_name() -> None:
    police = Actor("the city police", None, "IND", "COP", "group")
    for words in ("the January 22 American Center attack", "the Israeli embassy bombings", "the attack on the US"):
        inquiry = replace(event("USA", None, "090", trigger="investigating"), actor=police,
                          recipient=Actor(words, None, "USA", None, "other"))
        assert isinstance(screen_event(inquiry, "IND", None), Rejected), words  # ACCUSE needs a party as target
    suspect = replace(event("USA", None, "090", trigger="investigating"), actor=police,
                      recipient=Actor("the American consultant", None, "USA", "BUS", "person"))
    kept = screen_event(suspect, "IND", None)
    assert isinstance(kept, Event) and kept.recipient is not None and kept.recipient.country == "USA"


def test_a_stance_on_a_hostile_act_told_before_stays_aimed_at_its_doer() -> None:
    # "called the incursion unacceptable" in a story about the United States: the incursion told before was
    # Russia's, so the story's own country is not made the owner of it (as it is of an act named only by its victim)
    incursion = Actor("the incursion into US airspace", None, "RUS", "MIL", "group", country_source="act")
    stance = replace(event("USA", None, "111", trigger="called"), recipient=incursion)
    kept = screen_event(stance, "USA", date(2025, 6, 3))
    assert isinstance(kept, Event) and kept.recipient is not None
    assert (kept.recipient.country, kept.recipient.sector) == ("RUS", "MIL")
    victim = Actor("the killing of American fishermen", None, "USA", None, "other")
    kept = screen_event(replace(stance, recipient=victim), "USA", date(2025, 6, 3))
    assert isinstance(kept, Event) and kept.recipient is not None and kept.recipient.country_source == "story"


def test_a_person_placed_nowhere_whom_a_party_of_the_story_presses_is_of_its_country() -> None:
    """"Habiburokhman, of Prabowo's Gerindra party, urged Listyo to release students": Listyo, whom the text places
    nowhere, is Indonesian in an Indonesian story; a person festival organisers "asked to play" stays no party."""
    listyo = Actor("Listyo", "Listyo", None, None, "person")
    party = Actor("Habiburokhman", "Habiburokhman", "IDN", "PTY", "person")
    urged = replace(event(cameo="020", trigger="urged", sentence="Habiburokhman urged Listyo to release students."),
                    actor=party, recipient=listyo)
    kept = screen_event(urged, "IDN", None)
    assert isinstance(kept, Event) and kept.recipient is not None and kept.recipient.country == "IDN"
    organisers = replace(urged, actor=Actor("we", None, "IND", "CVL", "group"),
                         recipient=Actor("him", "Hayath", None, None, "person"))
    got = screen_event(organisers, "IND", None)
    assert isinstance(got, Rejected) or got.recipient is None or got.recipient.country is None


def test_a_target_placed_only_by_the_party_last_in_play_is_no_target() -> None:
    # "A Bishkek district court fined 11 of the detained traders": the traders placed by whoever was named last
    traders = Actor("11 of the detained traders", None, "RUS", "BUS", "group", country_source="in play")
    fined = replace(event("CHN", "USA", "172", trigger="fined", sentence="The court fined 11 of the traders."),
                    actor=MINISTRY, recipient=traders)
    kept = screen_event(fined, "IND", None)
    assert isinstance(kept, Event) and kept.recipient is None
    placed = replace(traders, country_source="place")  # "traders in Osh": placed by the text itself
    kept = screen_event(replace(fined, recipient=placed), "IND", None)
    assert isinstance(kept, Event) and kept.recipient is not None and kept.recipient.country == "RUS"


def test_the_state_s_organs_do_not_protest_but_their_officers_associations_may() -> None:
    blocked = replace(event("CHN", None, "144", trigger="blocked", sentence="Police blocked the road to the port."),
                      actor=POLICE)
    assert isinstance(screen_event(blocked, "IND", None), Rejected)
    officers = Actor("the IPS officers' association", None, "IND", "COP", "group")
    assert isinstance(screen_event(replace(blocked, actor=officers), "IND", None), Event)
    assert isinstance(screen_event(replace(blocked, actor=MOB), "IND", None), Event)


def test_a_demand_whose_guessed_target_is_dropped_implies_no_government() -> None:
    # "the religious leaders of both communities should sit together": a party named, placed only by the party last
    # in play; dropping the guess leaves no target, not the story's government
    leaders = Actor("religious leaders", None, "IND", "REL", "group", country_source="in play")
    seer = Actor("the opposition", None, "IND", "OPP", "group")
    demand = replace(event("CHN", "USA", "100", trigger="sit", sentence="The opposition said the leaders should sit."),
                     actor=seer, recipient=leaders)
    kept = screen_event(demand, "IND", None)
    assert isinstance(kept, Event) and kept.recipient is None


def test_a_resignation_needs_no_target_and_a_release_does() -> None:
    # "The foreign minister resigned": an official's resignation (RETREAT, 'resign') is aimed at no one
    resigned = event("USA", None, "0831", trigger="resigned")
    kept = screen_event(resigned, "USA", None)
    assert isinstance(kept, Event) and (kept.event_type, kept.recipient) == ("RETREAT", None)
    freed = event("USA", None, "0841", trigger="freed")
    assert isinstance(screen_event(freed, "USA", None), Rejected)


def test_meeting_or_inviting_people_who_stand_for_a_side_is_an_act_canvassing_the_public_is_not() -> None:
    met = event("USA", "CHN", "040", trigger="met")
    for words in ("the protesters", "families of the victims", "representatives of the families", "the strikers"):
        side = replace(met, recipient=Actor(words, None, "USA", "CVL", "group"))
        assert isinstance(screen_event(side, "USA", None), Event), words
    for words in ("voters", "residents of Ohio", "the people"):
        public = replace(met, recipient=Actor(words, None, "USA", "CVL", "group"))
        got = screen_event(public, "USA", None)
        assert isinstance(got, Rejected) and "campaign talk" in got.reason, words
