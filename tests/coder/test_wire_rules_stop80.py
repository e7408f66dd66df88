"""Rules from the look halves of the held-out wire corpora (stop 80). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources, predicates_of
from dyadwatch.coder.intents import agreed_meeting, campaign_promises
from dyadwatch.coder.tellings import one_per_act
from dyadwatch.coder.unnamed_targets import maker_of_annulled
from dyadwatch.coder.wording import asked_or_weighed, defends_itself, safety_advice
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


def one_name_said(name: str, label: str = "ORG") -> Sentence:
    # The NAME said it .
    return build_sentence(["The", name, "said", "it", "."], [1, 2, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj", "punct"],
                          pos=["DET", "PROPN", "VERB", "PRON", "PUNCT"], lemmas=["the", name, "say", "it", "."],
                          ents=[(1, 2, label)])


def test_the_splm_is_south_sudan_s_ruling_party_and_the_splm_n_a_sudanese_armed_group(
        resources: CoderResources) -> None:
    splm = resolved_party(resources, DAY, "SSD", [one_name_said("SPLM")], 1)
    assert splm is not None and (splm.country, splm.sector) == ("SSD", "PTY")
    north = resolved_party(resources, DAY, "SDN", [one_name_said("SPLM-N")], 1)
    assert north is not None and (north.country, north.sector) == ("SDN", "REB")


def test_the_embassy_told_again_is_the_one_told_with_its_country(resources: CoderResources) -> None:
    # China 's embassy demanded access .  Police raided shops .  The embassy said it .
    first = build_sentence(["China", "'s", "embassy", "demanded", "access", "."], [2, 0, 3, 3, 3, 3],
                           ["poss", "case", "nsubj", "ROOT", "dobj", "punct"],
                           pos=["PROPN", "PART", "NOUN", "VERB", "NOUN", "PUNCT"],
                           lemmas=["China", "'s", "embassy", "demand", "access", "."], ents=[(0, 1, "GPE")])
    second = build_sentence(["Police", "raided", "shops", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                            pos=["NOUN", "VERB", "NOUN", "PUNCT"], lemmas=["police", "raid", "shop", "."], index=1,
                            offset=len(first.text) + 1)
    third = build_sentence(["The", "embassy", "said", "it", "."], [1, 2, 2, 2, 2],
                           ["det", "nsubj", "ROOT", "dobj", "punct"], pos=["DET", "NOUN", "VERB", "PRON", "PUNCT"],
                           lemmas=["the", "embassy", "say", "it", "."], index=2,
                           offset=second.start + len(second.text) + 1)
    actors = ArticleActors(resources.actors, DAY)
    actors.story = "NRU"
    for sentence in (first, second, third):
        actors.read(sentence)
        if sentence is first:
            told = actors.resolve_actor(first, 2)  # the doer of the sentence's act, as the coder resolves it
            assert told is not None and told.country == "CHN"
        if sentence is not third:
            actors.after(sentence)
    again = actors.resolve_actor(third, 1)
    assert again is not None and again.country == "CHN"  # not Nauru's, the story's


def arrested_people(share: str, name: str) -> Sentence:
    # Police arrested 11 people , SHARE of them NAME .
    return build_sentence(["Police", "arrested", "11", "people", ",", share, "of", "them", name, "."],
                          [1, 1, 3, 1, 1, 8, 5, 6, 1, 1],
                          ["nsubj", "ROOT", "nummod", "dobj", "punct", "nsubj", "prep", "pobj", "dep", "punct"],
                          pos=["NOUN", "VERB", "NUM", "NOUN", "PUNCT", "ADJ", "ADP", "PRON", "PROPN", "PUNCT"],
                          tags=["NNS", "VBD", "CD", "NNS", ",", "JJS", "IN", "PRP", "NNPS", "."],
                          lemmas=["police", "arrest", "11", "people", ",", share, "of", "they", name, "."],
                          ents=[(8, 9, "NORP")])


def test_people_most_of_whom_a_people_s_name_tells_are_of_that_state(resources: CoderResources) -> None:
    most = resolved_party(resources, DAY, "LBN", [arrested_people("most", "Syrians")], 3)
    assert most is not None and most.country == "SYR"
    some = resolved_party(resources, DAY, "LBN", [arrested_people("some", "Syrians")], 3)
    assert some is not None and some.country == "LBN"  # a few of them tell no whole: the story's


def test_a_us_state_is_the_united_states_not_a_town_abroad_of_its_name(resources: CoderResources) -> None:
    florida = resources.gazetteer.lookup("Florida")
    assert florida is not None and florida.country == "USA"  # not Florida, Camaguey
    georgia = resources.gazetteer.lookup("Georgia")
    assert georgia is not None and georgia.country == "GEO"  # a country's name stays the country
    new_york = resources.gazetteer.lookup("New York")
    assert new_york is not None and new_york.lat is not None  # the city, with its point


def test_one_summoned_for_questioning_is_investigated_not_met(resources: CoderResources) -> None:
    # Investigators would summon the minister for questioning .
    s = build_sentence(["Investigators", "would", "summon", "the", "minister", "for", "questioning", "."],
                       [2, 2, 2, 4, 2, 2, 5, 2], ["nsubj", "aux", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
                       tags=["NNS", "MD", "VB", "DT", "NN", "IN", "NN", "."],
                       lemmas=["investigator", "would", "summon", "the", "minister", "for", "questioning", "."])
    events = candidate_events(resources, s, "summon")
    assert events and all(e.event_type == "ACCUSE" for e in events)
    bare = build_sentence(["Investigators", "would", "summon", "the", "minister", "."], [2, 2, 2, 4, 2, 2],
                          ["nsubj", "aux", "ROOT", "det", "dobj", "punct"],
                          pos=["NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
                          tags=["NNS", "MD", "VB", "DT", "NN", "."],
                          lemmas=["investigator", "would", "summon", "the", "minister", "."])
    assert all(e.event_type == "CONSULT" for e in candidate_events(resources, bare, "summon"))


def urged(addressee: str, step: str, away: str, lemma: str | None = None) -> Sentence:
    # Officials urged ADDRESSEE to STEP AWAY from the river .
    return build_sentence(["Officials", "urged", addressee, "to", step, away, "from", "the", "river", "."],
                          [1, 1, 1, 4, 1, 4, 5, 8, 6, 1],
                          ["nsubj", "ROOT", "dobj", "aux", "xcomp", "advmod", "prep", "det", "pobj", "punct"],
                          pos=["NOUN", "VERB", "NOUN", "PART", "VERB", "ADV", "ADP", "DET", "NOUN", "PUNCT"],
                          tags=["NNS", "VBD", "NNS", "TO", "VB", "RB", "IN", "DT", "NN", "."],
                          lemmas=["official", "urge", lemma or addressee.rstrip("s"), "to", step, away, "from", "the",
                                  "river", "."])


def test_advice_to_the_public_to_keep_safe_is_no_act() -> None:
    assert safety_advice(urged("residents", "stay", "away"), 1)
    assert safety_advice(urged("people", "keep", "away", "people"), 1)
    # a demand of a party, a step that is no safety step, and staying at home (a stay-away strike) stay acts
    assert not safety_advice(urged("rebels", "stay", "away"), 1)
    assert not safety_advice(urged("residents", "march", "away"), 1)
    assert not safety_advice(urged("residents", "stay", "home"), 1)


def test_a_party_defending_itself_backs_no_one() -> None:
    # Burundi would defend itself / Kenya .
    def defend(whom: str, pos: str) -> Sentence:
        return build_sentence(["Burundi", "would", "defend", whom, "."], [2, 2, 2, 2, 2],
                              ["nsubj", "aux", "ROOT", "dobj", "punct"], pos=["PROPN", "AUX", "VERB", pos, "PUNCT"],
                              lemmas=["Burundi", "would", "defend", whom, "."])
    assert defends_itself(defend("itself", "PRON"), 2)
    assert not defends_itself(defend("Kenya", "PROPN"), 2)


def test_a_warning_and_the_conditional_act_it_warns_of_are_one_threat() -> None:
    warned = event("RUS", "UKR", "130", trigger="warned", sentence_index=2, confidence=0.83)
    respond = event("RUS", "UKR", "130", trigger="respond", sentence_index=2, confidence=0.58, modality="planned")
    kept, retold = one_per_act([warned, respond])
    assert kept == [warned] and "warning" in retold[0].reason
    # threats to another party, or told in another sentence, are threats of their own
    other = replace(respond, recipient=event("RUS", "CHN", "130").recipient)
    assert len(one_per_act([warned, other])[0]) == 2
    later = replace(respond, sentence_index=3)
    assert len(one_per_act([warned, later])[0]) == 2


def test_an_act_a_refused_request_asks_for_is_not_told_as_done() -> None:
    # The court refused a US request on Wednesday to extradite him .   (the parser hangs "to extradite" on "refused")
    def refused(noun: str) -> Sentence:
        return build_sentence(["The", "court", "refused", "a", "US", noun, "on", "Wednesday", "to", "extradite", "him",
                               "."], [1, 2, 2, 5, 5, 2, 5, 6, 9, 2, 9, 2],
                              ["det", "nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj", "aux", "advcl",
                               "dobj", "punct"],
                              pos=["DET", "NOUN", "VERB", "DET", "PROPN", "NOUN", "ADP", "PROPN", "PART", "VERB",
                                   "PRON", "PUNCT"],
                              lemmas=["the", "court", "refuse", "a", "US", noun, "on", "Wednesday", "to", "extradite",
                                      "he", "."], ents=[(4, 5, "GPE"), (7, 8, "DATE")])
    assert asked_or_weighed(refused("request"), 9)
    assert not asked_or_weighed(refused("decision"), 9)  # no asking noun: whatever else it is, not a request's act


def test_a_large_city_the_parser_tags_a_people_is_a_place(resources: CoderResources) -> None:
    # Detectives detained a deputy mayor of Khmelnytskyi .   (the small model tags the city NORP)
    s = build_sentence(["Detectives", "detained", "a", "deputy", "mayor", "of", "Khmelnytskyi", "."],
                       [1, 1, 4, 4, 1, 4, 5, 1], ["nsubj", "ROOT", "det", "amod", "dobj", "prep", "pobj", "punct"],
                       pos=["NOUN", "VERB", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["detective", "detain", "a", "deputy", "mayor", "of", "Khmelnytskyi", "."],
                       ents=[(6, 7, "NORP")])
    mayor = resolved_party(resources, DAY, None, [s], 4)
    assert mayor is not None and mayor.country == "UKR"


def test_reimposing_a_ban_is_its_doer_s_act_again(resources: CoderResources) -> None:
    # The police reimposed the ban .
    s = build_sentence(["The", "police", "reimposed", "the", "ban", "."], [1, 2, 2, 4, 2, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], tags=["DT", "NNS", "VBD", "DT", "NN", "."],
                       lemmas=["the", "police", "reimpose", "the", "ban", "."])
    events = candidate_events(resources, s, "ban")
    assert events and all(e.actor.sector == "COP" for e in events)


def test_lithuania_s_prime_minister_and_parties_are_known(resources: CoderResources) -> None:
    homeland = resolved_party(resources, DAY, None, [one_name_said("Homeland Union")], 1)
    assert homeland is not None and (homeland.country, homeland.sector) == ("LTU", "PTY")  # not a labour union
    # Prime Minister Ruginiene said it .
    s = build_sentence(["Prime", "Minister", "Ruginiene", "said", "it", "."], [2, 2, 3, 3, 3, 3],
                       ["compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"],
                       lemmas=["Prime", "Minister", "Ruginiene", "say", "it", "."], ents=[(2, 3, "PERSON")])
    premier = resolved_party(resources, DAY, "CHN", [s], 2)
    assert premier is not None and (premier.country, premier.sector) == ("LTU", "GOV")
