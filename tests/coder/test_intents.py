"""A meeting or aid agreed or promised is a planned meeting or planned aid (CONSULT or AID, planned), as the
annotation guide codes it; other intentions stay AGREE with their 03 code; the typer's AGREE confirms such a meeting
(hand-built parses, no model)."""

from __future__ import annotations

from dataclasses import replace

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.eventtyper import confirms, revise
from dyadwatch.coder.screen import screen_event
from dyadwatch.parse import build_sentence
from dyadwatch.records import Rejected, Sentence

from .candidates import candidate_events
from .test_eventtyper import event, typing


def agreed_to_meet() -> Sentence:
    # Kenya and Tanzania agreed to meet again in Nairobi .
    return build_sentence(["Kenya", "and", "Tanzania", "agreed", "to", "meet", "again", "in", "Nairobi", "."],
                          [3, 0, 0, 3, 5, 3, 5, 5, 7, 3],
                          ["nsubj", "cc", "conj", "ROOT", "aux", "xcomp", "advmod", "prep", "pobj", "punct"],
                          pos=["PROPN", "CCONJ", "PROPN", "VERB", "PART", "VERB", "ADV", "ADP", "PROPN", "PUNCT"],
                          lemmas=["Kenya", "and", "Tanzania", "agree", "to", "meet", "again", "in", "Nairobi", "."],
                          tags=["NNP", "CC", "NNP", "VBD", "TO", "VB", "RB", "IN", "NNP", "."],
                          ents=[(0, 1, "GPE"), (2, 3, "GPE"), (8, 9, "GPE")])


def test_a_meeting_agreed_is_a_planned_meeting_between_the_two(resources: CoderResources) -> None:
    events = candidate_events(resources, agreed_to_meet(), "agreed")
    assert {(e.event_type, e.modality) for e in events} == {("CONSULT", "planned")}
    assert {(e.actor.country, e.recipient.country if e.recipient else None) for e in events} == {
        ("KEN", "TZA"), ("TZA", "KEN")}


def test_a_round_of_talks_agreed_is_a_planned_meeting(resources: CoderResources) -> None:
    # Kenya and Tanzania agreed to hold another round of talks .
    s = build_sentence(["Kenya", "and", "Tanzania", "agreed", "to", "hold", "another", "round", "of", "talks", "."],
                       [3, 0, 0, 3, 5, 3, 7, 5, 7, 8, 3],
                       ["nsubj", "cc", "conj", "ROOT", "aux", "xcomp", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "CCONJ", "PROPN", "VERB", "PART", "VERB", "DET", "NOUN", "ADP", "NOUN",
                            "PUNCT"],
                       lemmas=["Kenya", "and", "Tanzania", "agree", "to", "hold", "another", "round", "of", "talk",
                               "."],
                       tags=["NNP", "CC", "NNP", "VBD", "TO", "VB", "DT", "NN", "IN", "NNS", "."],
                       ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    events = candidate_events(resources, s, "agreed")
    assert events and all((e.event_type, e.modality) == ("CONSULT", "planned") for e in events)
    assert all(e.cameo.startswith("04") for e in events)


def agreed_to_lend(verb: str, lemma: str) -> Sentence:
    # Australia VERB to lend Papua New Guinea 300 million dollars .
    return build_sentence(["Australia", verb, "to", "lend", "Papua", "New", "Guinea", "300", "million", "dollars",
                           "."],
                          [1, 1, 3, 1, 6, 6, 3, 8, 9, 3, 1],
                          ["nsubj", "ROOT", "aux", "xcomp", "compound", "compound", "dative", "compound", "nummod",
                           "dobj", "punct"],
                          pos=["PROPN", "VERB", "PART", "VERB", "PROPN", "PROPN", "PROPN", "NUM", "NUM", "NOUN",
                               "PUNCT"],
                          lemmas=["Australia", lemma, "to", "lend", "Papua",
                                  "New", "Guinea", "300", "million", "dollar", "."],
                          tags=["NNP", "VBD", "TO", "VB", "NNP", "NNP", "NNP", "CD", "CD", "NNS", "."],
                          ents=[(0, 1, "GPE"), (4, 7, "GPE"), (7, 10, "MONEY")])


def test_aid_agreed_is_planned_aid(resources: CoderResources) -> None:
    events = candidate_events(resources, agreed_to_lend("agreed", "agree"), "agreed")
    assert [(e.event_type, e.cameo, e.modality) for e in events] == [("AID", "071", "planned")]
    assert [(e.actor.country, e.recipient.country if e.recipient else None) for e in events] == [("AUS", "PNG")]


def test_aid_offered_is_no_plan_yet(resources: CoderResources) -> None:
    events = candidate_events(resources, agreed_to_lend("offered", "offer"), "offered")
    assert events and all((e.event_type, e.cameo) == ("AGREE", "033") for e in events)


def test_an_offer_to_meet_is_no_plan_yet(resources: CoderResources) -> None:
    # Kenya offered to meet Tanzania .
    s = build_sentence(["Kenya", "offered", "to", "meet", "Tanzania", "."], [1, 1, 3, 1, 3, 1],
                       ["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
                       pos=["PROPN", "VERB", "PART", "VERB", "PROPN", "PUNCT"],
                       lemmas=["Kenya", "offer", "to", "meet", "Tanzania", "."],
                       tags=["NNP", "VBD", "TO", "VB", "NNP", "."],
                       ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    events = candidate_events(resources, s, "offered")
    assert events and all((e.event_type, e.cameo, e.modality) == ("AGREE", "036", "asserted") for e in events)


def test_the_typer_s_agree_confirms_a_promised_act_only() -> None:
    meeting = replace(event("CONSULT", 0.4), modality="planned")
    assert confirms(meeting, "AGREE", promised={meeting.id})
    assert not confirms(meeting, "AGREE")  # "the two ministers will meet": the typer's AGREE is another reading
    kept = revise([meeting], typing("AGREE", 0.8), lambda event_type: [], promised={meeting.id})
    assert [(e.event_type, e.confidence) for e in kept] == [("CONSULT", 0.8)]


def test_meetings_agreed_as_a_practice_are_an_agreement(resources: CoderResources) -> None:
    # Britain and Ireland agreed to hold annual summits .
    s = build_sentence(["Britain", "and", "Ireland", "agreed", "to", "hold", "annual", "summits", "."],
                       [3, 0, 0, 3, 5, 3, 7, 5, 3],
                       ["nsubj", "cc", "conj", "ROOT", "aux", "xcomp", "amod", "dobj", "punct"],
                       pos=["PROPN", "CCONJ", "PROPN", "VERB", "PART", "VERB", "ADJ", "NOUN", "PUNCT"],
                       lemmas=["Britain", "and", "Ireland", "agree", "to", "hold", "annual", "summit", "."],
                       tags=["NNP", "CC", "NNP", "VBD", "TO", "VB", "JJ", "NNS", "."],
                       ents=[(0, 1, "GPE"), (2, 3, "GPE"), (6, 7, "DATE")])
    events = candidate_events(resources, s, "agreed")
    assert events and all((e.event_type, e.modality) == ("AGREE", "asserted") for e in events)


def test_an_offer_told_with_words_between_is_still_the_intention(resources: CoderResources) -> None:
    # Qatar offered on Thursday to mediate between Israel and Hamas . (the parser reads "to mediate" as a clause of
    # purpose, advcl, when "on Thursday" comes between): one AGREE, the intent to mediate (CAMEO 039), no mediation
    s = build_sentence(["Qatar", "offered", "on", "Thursday", "to", "mediate", "between", "Israel", "and", "Hamas",
                        "."],
                       [1, 1, 1, 2, 5, 1, 5, 6, 7, 7, 1],
                       ["nsubj", "ROOT", "prep", "pobj", "aux", "advcl", "prep", "pobj", "cc", "conj", "punct"],
                       pos=["PROPN", "VERB", "ADP", "PROPN", "PART", "VERB", "ADP", "PROPN", "CCONJ", "PROPN",
                            "PUNCT"],
                       lemmas=["Qatar", "offer", "on", "Thursday", "to", "mediate", "between", "Israel", "and",
                               "Hamas", "."],
                       tags=["NNP", "VBD", "IN", "NNP", "TO", "VB", "IN", "NNP", "CC", "NNP", "."],
                       ents=[(0, 1, "GPE"), (3, 4, "DATE"), (7, 8, "GPE"), (9, 10, "ORG")])
    events = candidate_events(resources, s)
    assert {(e.event_type, e.cameo, e.trigger) for e in events} == {("AGREE", "039", "offered")}


def promised(verb: str, lemma: str, act: str, act_lemma: str) -> Sentence:
    # Iran VERB to ACT Israel .
    return build_sentence(["Iran", verb, "to", act, "Israel", "."], [1, 1, 3, 1, 3, 1],
                          ["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
                          pos=["PROPN", "VERB", "PART", "VERB", "PROPN", "PUNCT"],
                          lemmas=["Iran", lemma, "to", act_lemma, "Israel", "."],
                          tags=["NNP", "VBD", "TO", "VB", "NNP", "."], ents=[(0, 1, "GPE"), (4, 5, "GPE")])


def test_a_hostile_act_promised_or_threatened_is_a_threat_not_an_intent_to_cooperate(
        resources: CoderResources) -> None:
    for verb, lemma in (("vowed", "vow"), ("pledged", "pledge"), ("threatened", "threaten")):
        events = candidate_events(resources, promised(verb, lemma, "attack", "attack"))
        assert {e.event_type for e in events} == {"THREATEN"}, verb  # not AGREE, nor an attack told as done
        assert all(e.cameo.startswith("138") for e in events)
    # "vowed to punish Israel": a threat, though punishing names no act the lexicon codes
    events = candidate_events(resources, promised("vowed", "vow", "punish", "punish"), "vowed")
    assert [(e.event_type, e.cameo) for e in events] == [("THREATEN", "130")]
    # a cooperative act promised stays an intent to cooperate
    events = candidate_events(resources, promised("pledged", "pledge", "support", "support"), "pledged")
    assert {e.event_type for e in events} == {"AGREE"}


def would_respond(aux: list[str]) -> Sentence:
    # Moscow [would] respond(ed) in kind .
    words = ["Moscow", *aux, "respond" if aux else "responded", "in", "kind", "."]
    v = 1 + len(aux)
    return build_sentence(words, [v, *([v] * len(aux)), v, v, v + 1, v],
                          ["nsubj", *(["aux"] * len(aux)), "ROOT", "prep", "pobj", "punct"],
                          pos=["PROPN", *(["AUX"] * len(aux)), "VERB", "ADP", "NOUN", "PUNCT"],
                          tags=["NNP", *(["MD"] * len(aux)), "VB" if aux else "VBD", "IN", "NN", "."],
                          lemmas=["Moscow", *aux, "respond", "in", "kind", "."], ents=[(0, 1, "GPE")])


def test_a_response_promised_is_a_threat_and_one_told_as_done_is_not(resources: CoderResources) -> None:
    promised_events = candidate_events(resources, would_respond(["would"]))
    assert [(e.event_type, e.modality) for e in promised_events] == [("THREATEN", "planned")]
    told = candidate_events(resources, would_respond([]))
    assert [e.event_type for e in told] == ["THREATEN"]  # the lexicon's reading; the screen drops it
    assert isinstance(screen_event(told[0], None, None), Rejected)
    assert not isinstance(screen_event(promised_events[0], None, None), Rejected)


def would_not(perfect: bool) -> Sentence:
    # Moscow would not [have] negotiate(d) with Kyiv .
    verb = ["have", "negotiated"] if perfect else ["negotiate"]
    v = 3 + len(verb) - 1
    words = ["Moscow", "would", "not", *verb, "with", "Kyiv", "."]
    heads = [v, v, v, *([v] * (len(verb) - 1)), v, v, v + 1, v]
    deps = ["nsubj", "aux", "neg", *(["aux"] * (len(verb) - 1)), "ROOT", "prep", "pobj", "punct"]
    return build_sentence(words, heads, deps,
                          pos=["PROPN", "AUX", "PART", *(["AUX"] * (len(verb) - 1)), "VERB", "ADP", "PROPN", "PUNCT"],
                          tags=["NNP", "MD", "RB", *(["VB"] * (len(verb) - 1)), "VBN" if perfect else "VB", "IN",
                                "NNP", "."],
                          lemmas=["Moscow", "would", "not", *(["have"] if perfect else []), "negotiate", "with", "Kyiv",
                                  "."], ents=[(0, 1, "GPE"), (len(words) - 2, len(words) - 1, "GPE")])


def test_a_cooperation_its_doer_says_it_will_not_do_is_a_rejection(resources: CoderResources) -> None:
    events = candidate_events(resources, would_not(perfect=False))
    assert [(e.event_type, e.cameo, e.recipient.country if e.recipient else None) for e in events] == [
        ("REJECT", "124", "UKR")]  # rejecting talks, not talks denied
    # "would not have negotiated": what did not happen, no refusal
    assert all(e.event_type != "REJECT" for e in candidate_events(resources, would_not(perfect=True)))


def test_a_meeting_told_in_a_clause_an_agreement_holds_is_a_meeting_planned(resources: CoderResources) -> None:
    # Kenya and Uganda agreed that their ministers would meet in Kampala .
    s = build_sentence(["Kenya", "and", "Uganda", "agreed", "that", "their", "ministers", "would", "meet", "in",
                        "Kampala", "."], [3, 0, 0, 3, 8, 6, 8, 8, 3, 8, 9, 3],
                       ["nsubj", "cc", "conj", "ROOT", "mark", "poss", "nsubj", "aux", "ccomp", "prep", "pobj",
                        "punct"],
                       pos=["PROPN", "CCONJ", "PROPN", "VERB", "SCONJ", "PRON", "NOUN", "AUX", "VERB", "ADP", "PROPN",
                            "PUNCT"],
                       tags=["NNP", "CC", "NNP", "VBD", "IN", "PRP$", "NNS", "MD", "VB", "IN", "NNP", "."],
                       lemmas=["Kenya", "and", "Uganda", "agree", "that", "their", "minister", "would", "meet", "in",
                               "Kampala", "."],
                       ents=[(0, 1, "GPE"), (2, 3, "GPE"), (10, 11, "GPE")])
    events = candidate_events(resources, s)
    assert events and {e.event_type for e in events} == {"CONSULT"}
    assert {(e.actor.country, e.recipient.country if e.recipient else None) for e in events} == {
        ("KEN", "UGA"), ("UGA", "KEN")}


def asked_to(verb: str, verb_lemma: str, act: list[str], act_lemmas: list[str], act_tags: list[str]) -> Sentence:
    # The EU VERB on the authorities to ACT the journalists .  (ACT: one or two words, the second a particle)
    words = ["The", "EU", verb, "on", "the", "authorities", "to", *act, "the", "journalists", "."]
    n = len(act)
    heads = [1, 2, 2, 2, 5, 3, 7, 2, *([7] * (n - 1)), 9 + n - 1, 7, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "det", "pobj", "aux", "xcomp", *(["prt"] * (n - 1)), "det", "dobj",
            "punct"]
    pos = ["DET", "PROPN", "VERB", "ADP", "DET", "NOUN", "PART", "VERB", *(["ADP"] * (n - 1)), "DET", "NOUN",
           "PUNCT"]
    lemmas = ["the", "EU", verb_lemma, "on", "the", "authority", "to", *act_lemmas, "the", "journalist", "."]
    tags = ["DT", "NNP", "VBD", "IN", "DT", "NNS", "TO", *act_tags, "DT", "NNS", "."]
    return build_sentence(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags, ents=[(1, 2, "ORG")])


def test_an_appeal_is_coded_by_the_act_it_asks_for(resources: CoderResources) -> None:
    def code(act: list[str], lemmas: list[str], tags: list[str]) -> set[str]:
        sentence = asked_to("called", "call", act, lemmas, tags)
        return {e.cameo for e in candidate_events(resources, sentence, "called") if e.event_type == "REQUEST"}

    assert code(["release"], ["release"], ["VB"]) == {"025"}  # an appeal to yield
    assert code(["meet"], ["meet"], ["VB"]) == {"026"}  # to meet or negotiate
    assert code(["praise"], ["praise"], ["VB"]) == {"0211"}  # diplomatic cooperation
    assert code(["watch"], ["watch"], ["VB"]) == {"020"}  # no act the lexicon codes: the generic appeal


def test_a_demand_is_coded_by_the_act_it_demands(resources: CoderResources) -> None:
    # The union demanded that the government release the journalists .
    s = build_sentence(["The", "union", "demanded", "that", "the", "government", "release", "the", "journalists", "."],
                       [1, 2, 2, 6, 5, 6, 2, 8, 6, 2],
                       ["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "det", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["the", "union", "demand", "that", "the", "government", "release", "the", "journalist",
                               "."],
                       tags=["DT", "NN", "VBD", "IN", "DT", "NN", "VB", "DT", "NNS", "."])
    assert {e.cameo for e in candidate_events(resources, s, "demanded") if e.event_type == "REQUEST"} == {"1053"}
