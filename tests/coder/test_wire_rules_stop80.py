"""Rules from the look halves of the held-out wire corpora (stop 80). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dyadwatch.coder.events import CoderResources, predicates_of
from dyadwatch.coder.intents import agreed_meeting, campaign_promises
from dyadwatch.coder.tellings import one_per_act
from dyadwatch.coder.unnamed_targets import maker_of_annulled
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Sentence

from ..eventfactory import event
from .candidates import candidate_events, resolved_party

DAY = date(2025, 10, 5)


def test_a_states_lawmakers_accusing_the_government_accuse_their_own(resources: CoderResources) -> None:
    # A group of Iraqi lawmakers accused the government .   (in a story from Kuwait City)
    s = build_sentence(["A", "group", "of", "Iraqi", "lawmakers", "accused", "the", "government", "."],
                       [1, 5, 1, 4, 2, 5, 7, 5, 5],
                       ["det", "nsubj", "prep", "amod", "pobj", "ROOT", "det", "dobj", "punct"],
                       pos=["DET", "NOUN", "ADP", "ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                       tags=["DT", "NN", "IN", "JJ", "NNS", "VBD", "DT", "NN", "."],
                       lemmas=["a", "group", "of", "Iraqi", "lawmaker", "accuse", "the", "government", "."],
                       ents=[(3, 4, "NORP")])
    government = resolved_party(resources, DAY, "KWT", [s], 7)
    assert government is not None and (government.country, government.sector) == ("IRQ", "GOV")


def court_struck(particle: str) -> Sentence:
    # Iraq 's Federal Supreme Court struck PARTICLE the law ratifying an agreement with Kuwait .
    return build_sentence(
        ["Iraq", "'s", "Federal", "Supreme", "Court", "struck", particle, "the", "law", "ratifying", "an", "agreement",
         "with", "Kuwait", "."],
        [4, 0, 4, 4, 5, 5, 5, 8, 5, 8, 11, 9, 11, 12, 5],
        ["poss", "case", "compound", "compound", "nsubj", "ROOT", "prt", "det", "dobj", "acl", "det", "dobj", "prep",
         "pobj", "punct"],
        pos=["PROPN", "PART", "PROPN", "PROPN", "PROPN", "VERB", "ADP", "DET", "NOUN", "VERB", "DET", "NOUN", "ADP",
             "PROPN", "PUNCT"],
        tags=["NNP", "POS", "NNP", "NNP", "NNP", "VBD", "RP", "DT", "NN", "VBG", "DT", "NN", "IN", "NNP", "."],
        lemmas=["Iraq", "'s", "Federal", "Supreme", "Court", "strike", particle, "the", "law", "ratify", "an",
                "agreement", "with", "Kuwait", "."],
        ents=[(0, 1, "GPE"), (2, 5, "ORG"), (13, 14, "GPE")])


def test_a_court_striking_down_a_law_coerces_its_own_state_not_a_state_the_law_names(
        resources: CoderResources) -> None:
    events = candidate_events(resources, court_struck("down"), "struck")
    assert events, "striking down a law is an act"
    assert all(e.event_type == "COERCE" for e in events)  # not a signing (057) for the agreement the law ratifies
    assert all(e.recipient is not None and e.recipient.country == "IRQ" and e.recipient.text == "the law"
               for e in events)
    # the rule itself: a court's annulment only; whom the annulled thing's possessive names is its maker
    court = Actor("the court", None, "COL", "JUD", "group")
    sentence = court_struck("down")
    assert maker_of_annulled(sentence, 5, "ASSAULT", [(court, ())], lambda s, i: None) is None
    assert maker_of_annulled(court_struck("at"), 5, "COERCE", [(court, ())], lambda s, i: None) is None
    police = replace(court, sector="COP")
    assert maker_of_annulled(sentence, 5, "COERCE", [(police, ())], lambda s, i: None) is None
    petro = Actor("Petro", "Gustavo Petro", "COL", "GOV", "person")
    # Colombia 's court struck down Petro 's decree .
    decree = build_sentence(["The", "court", "struck", "down", "Petro", "'s", "decree", "."],
                            [1, 2, 2, 2, 6, 4, 2, 2],
                            ["det", "nsubj", "ROOT", "prt", "poss", "case", "dobj", "punct"],
                            pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PART", "NOUN", "PUNCT"],
                            lemmas=["the", "court", "strike", "down", "Petro", "'s", "decree", "."],
                            ents=[(4, 5, "PERSON")])
    assert maker_of_annulled(decree, 2, "COERCE", [(court, ())],
                             lambda s, i: (petro, ()) if i == 4 else None) == petro


def test_a_proposal_that_a_body_meet_is_a_meeting_planned(resources: CoderResources) -> None:
    # Berlin proposed that the commission meet .
    s = build_sentence(["Berlin", "proposed", "that", "the", "commission", "meet", "."], [1, 1, 5, 4, 5, 1, 1],
                       ["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "punct"],
                       pos=["PROPN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"],
                       tags=["NNP", "VBD", "IN", "DT", "NN", "VB", "."],
                       lemmas=["Berlin", "propose", "that", "the", "commission", "meet", "."], ents=[(0, 1, "GPE")])
    found = {m.token: m for m in predicates_of(s, resources.lexicon)}
    assert 1 in found and 5 in found
    assert agreed_meeting(s, s.tokens[5], found)


def test_meeting_the_envoy_a_summons_called_in_is_the_summons_told_again() -> None:
    summons = event("RUS", "UKR", "114", trigger="summoned", sentence_index=0)
    envoy = replace(event("UKR", "UKR", "040", trigger="meeting", sentence_index=3).recipient,  # type: ignore[arg-type]
                    text="Ukraine's charge d'affaires")
    met = replace(event("RUS", "UKR", "040", trigger="meeting", sentence_index=3), recipient=envoy)
    kept, retold = one_per_act([summons, met])
    assert kept == [summons] and retold and "summons" in retold[0].reason
    # a meeting with a minister is no summons; nor is one with an envoy no summons called in
    minister = replace(met, recipient=replace(envoy, text="Ukraine's foreign minister"))
    assert len(one_per_act([summons, minister])[0]) == 2
    assert one_per_act([met])[0] == [met]
    # a summons of the other state's envoy is that state's complaint, not this one's
    assert len(one_per_act([replace(summons, actor=envoy, recipient=summons.actor), met])[0]) == 2


def test_a_promise_made_in_taking_office_is_campaign_talk() -> None:
    # Paz , who took office promising a new relationship with Chile , spoke .
    words = ["Paz", ",", "who", "took", "office", "promising", "a", "new", "relationship", "with", "Chile", ",",
             "spoke", "."]
    s = build_sentence(words, [12, 0, 3, 0, 3, 3, 8, 8, 5, 8, 9, 0, 12, 12],
                       ["nsubj", "punct", "nsubj", "relcl", "dobj", "advcl", "det", "amod", "dobj", "prep", "pobj",
                        "punct", "ROOT", "punct"],
                       pos=["PROPN", "PUNCT", "PRON", "VERB", "NOUN", "VERB", "DET", "ADJ", "NOUN", "ADP", "PROPN",
                            "PUNCT", "VERB", "PUNCT"],
                       tags=["NNP", ",", "WP", "VBD", "NN", "VBG", "DT", "JJ", "NN", "IN", "NNP", ",", "VBD", "."],
                       lemmas=["Paz", ",", "who", "take", "office", "promise", "a", "new", "relationship", "with",
                               "Chile", ",", "speak", "."])
    assert campaign_promises(s) == {5}
    # took the floor promising: no office sought or taken
    floor = build_sentence([*words[:4], "the", "floor", *words[5:]], [13, 0, 3, 0, 5, 3, 3, 9, 9, 6, 9, 10, 0, 13, 13],
                           ["nsubj", "punct", "nsubj", "relcl", "det", "dobj", "advcl", "det", "amod", "dobj", "prep",
                            "pobj", "punct", "ROOT", "punct"],
                           pos=["PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "ADP",
                                "PROPN", "PUNCT", "VERB", "PUNCT"],
                           tags=["NNP", ",", "WP", "VBD", "DT", "NN", "VBG", "DT", "JJ", "NN", "IN", "NNP", ",",
                                 "VBD", "."],
                           lemmas=["Paz", ",", "who", "take", "the", "floor", "promise", "a", "new", "relationship",
                                   "with", "Chile", ",", "speak", "."])
    assert campaign_promises(floor) == set()


def test_his_office_is_the_office_of_the_one_his_stands_for(resources: CoderResources) -> None:
    # President Emmanuel Macron visited Apia .  His office said it .   /  His government said it .
    first = build_sentence(["President", "Emmanuel", "Macron", "visited", "Apia", "."], [2, 2, 3, 3, 3, 3],
                           ["compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
                           pos=["PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
                           lemmas=["President", "Emmanuel", "Macron", "visit", "Apia", "."],
                           ents=[(1, 3, "PERSON"), (4, 5, "GPE")])

    def said(body: str) -> Sentence:
        return build_sentence(["His", body, "said", "it", "."], [1, 2, 2, 2, 2],
                              ["poss", "nsubj", "ROOT", "dobj", "punct"],
                              pos=["PRON", "NOUN", "VERB", "PRON", "PUNCT"], tags=["PRP$", "NN", "VBD", "PRP", "."],
                              lemmas=["his", body, "say", "it", "."], index=1, offset=len(first.text) + 1)

    office = resolved_party(resources, DAY, "WSM", [first, said("office")], 1)
    assert office is not None and office.kind == "person" and (office.country, office.sector) == ("FRA", "GOV")
    # "his government" acts as a state's body, as before: told by its own words, not as the person
    government = resolved_party(resources, DAY, "WSM", [first, said("government")], 1)
    assert government is not None and government.kind != "person" and "government" in government.text


def test_a_court_voiding_an_election_coerces_its_own_state(resources: CoderResources) -> None:
    # Samoa 's Supreme Court voided the election .
    s = build_sentence(["Samoa", "'s", "Supreme", "Court", "voided", "the", "election", "."],
                       [3, 0, 3, 4, 4, 6, 4, 4], ["poss", "case", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["PROPN", "PART", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       tags=["NNP", "POS", "NNP", "NNP", "VBD", "DT", "NN", "."],
                       lemmas=["Samoa", "'s", "Supreme", "Court", "void", "the", "election", "."],
                       ents=[(0, 1, "GPE"), (2, 4, "ORG")])
    events = candidate_events(resources, s, "voided")
    assert events and all(e.event_type == "COERCE" and e.recipient is not None and e.recipient.country == "WSM"
                          for e in events)
