"""Whom a stance on an act of violence is aimed at, whom forces guard, and the sector a title gives in
lower-cased Indian and British news ("the religious leader", "senior police officers", "union home
minister"). Hand-built parses: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Article, Event, ParsedArticle, Sentence

CANDIDATES = make_options().with_(screen=False)


def events_of(resources: CoderResources, sentence: Sentence) -> list[Event]:
    parsed = ParsedArticle(Article("t", sentence.text, published=date(2002, 3, 2)), (sentence,))
    return list(code_article(parsed, resources, CANDIDATES).events)


def test_a_stance_on_an_attack_is_aimed_at_the_act_not_its_victim(resources: CoderResources) -> None:
    def condemned(preposition: str) -> Event:
        # BJP condemned the attack on / by Pakistan .
        s = build_sentence(["BJP", "condemned", "the", "attack", preposition, "Pakistan", "."], [1, 1, 3, 1, 3, 4, 1],
                           ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                           lemmas=["BJP", "condemn", "the", "attack", preposition, "Pakistan", "."],
                           ents=[(0, 1, "ORG"), (5, 6, "GPE")])
        return next(e for e in events_of(resources, s) if e.trigger == "condemned")

    on = condemned("on")  # the act is the target; the screen finds its owner
    assert on.event_type == "ACCUSE" and on.recipient is not None
    assert (on.recipient.text, on.recipient.kind, on.recipient.country) == ("attack on Pakistan", "other", "PAK")
    by = condemned("by")  # the attacker is whom it is aimed at
    assert by.recipient is not None and (by.recipient.text, by.recipient.kind) == ("Pakistan", "country")


def test_those_forces_guard_are_not_the_target_of_a_mobilization(resources: CoderResources) -> None:
    # Police deployed forces for the security of the leaders .
    words = ["Police", "deployed", "forces", "for", "the", "security", "of", "the", "leaders", "."]
    s = build_sentence(words, [1, 1, 1, 1, 5, 3, 5, 8, 6, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "det", "pobj", "punct"],
                       pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["police", "deploy", "force", "for", "the", "security", "of", "the", "leader", "."])
    e = next(e for e in events_of(resources, s) if e.trigger == "deployed")
    assert e.event_type == "MOBILIZE" and e.recipient is None


def _subject_sector(resources: CoderResources, words: list[str], heads: list[int], deps: list[str],
                    pos: list[str], head: int) -> str | None:
    actors = ArticleActors(resources.actors, date(2002, 3, 2))
    actors.story = "IND"
    sentence = build_sentence(words, heads, deps, pos=pos, lemmas=[w.rstrip("s") if p == "NOUN" else w
                                                                   for w, p in zip(words, pos, strict=True)])
    actors.read(sentence)
    actor = actors.resolve_actor(sentence, head)
    assert actor is not None
    return actor.sector


def test_a_title_tells_the_body_in_lower_cased_news(resources: CoderResources) -> None:
    # the religious leader met the board .   (a leader of a faith, not of a government)
    assert _subject_sector(resources, ["the", "religious", "leader", "met", "the", "board", "."],
                           [2, 2, 3, 3, 5, 3, 3], ["det", "amod", "nsubj", "ROOT", "det", "dobj", "punct"],
                           ["DET", "ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], 2) == "REL"
    # senior police officers met the board .   (officers of the police; officers alone are the army's)
    assert _subject_sector(resources, ["senior", "police", "officers", "met", "the", "board", "."],
                           [2, 2, 3, 3, 5, 3, 3], ["amod", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                           ["ADJ", "NOUN", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], 2) == "COP"
    assert _subject_sector(resources, ["officers", "met", "the", "board", "."], [1, 1, 3, 1, 1],
                           ["nsubj", "ROOT", "det", "dobj", "punct"], ["NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                           0) == "MIL"
    # union home minister advani met the board .   (India's central government, not a trade union)
    assert _subject_sector(resources, ["union", "home", "minister", "advani", "met", "the", "board", "."],
                           [3, 2, 3, 4, 4, 6, 4, 4],
                           ["compound", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                           ["NOUN", "NOUN", "NOUN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"], 3) == "GOV"


def test_a_listed_person_takes_the_sector_of_the_title_the_text_gives(resources: CoderResources) -> None:
    # Law Minister Arun Jaitley met the board .   (in 2002 of the government, though listed as a later
    # defence minister)
    words = ["Law", "Minister", "Arun", "Jaitley", "met", "the", "board", "."]
    sentence = build_sentence(words, [1, 3, 3, 4, 4, 6, 4, 4],
                              ["compound", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                              pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                              ents=[(2, 4, "PERSON")])
    actors = ArticleActors(resources.actors, date(2002, 3, 2))
    actors.read(sentence)
    actor = actors.resolve_actor(sentence, 3)
    assert actor is not None and (actor.name, actor.sector) == ("Arun Jaitley", "GOV")


def test_each_place_of_a_list_after_a_preposition_of_place_is_a_place(resources: CoderResources) -> None:
    # Police lifted the curfew in Ahmedabad , Vadodara and Gandhinagar .
    words = ["Police", "lifted", "the", "curfew", "in", "Ahmedabad", ",", "Vadodara", "and", "Gandhinagar", "."]
    s = build_sentence(words, [1, 1, 3, 1, 3, 4, 5, 5, 7, 7, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "conj", "cc", "conj", "punct"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN",
                            "PUNCT"],
                       lemmas=["police", "lift", "the", "curfew", "in", "Ahmedabad", ",", "Vadodara", "and",
                               "Gandhinagar", "."], ents=[(9, 10, "GPE")])  # the small model names one
    lifted = [e for e in events_of(resources, s) if e.trigger == "lifted"]
    assert lifted and all(e.recipient is None for e in lifted)


def test_two_who_tour_a_region_of_their_own_country_meet_no_one(resources: CoderResources) -> None:
    def toured(place: str) -> list[Event]:
        # Fernandes and Advani toured PLACE .
        s = build_sentence(["Fernandes", "and", "Advani", "toured", place, "."], [3, 0, 0, 3, 3, 3],
                           ["nsubj", "cc", "conj", "ROOT", "dobj", "punct"],
                           pos=["PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "PUNCT"],
                           lemmas=["Fernandes", "and", "Advani", "tour", place, "."],
                           ents=[(0, 1, "PERSON"), (2, 3, "PERSON"), (4, 5, "GPE")])
        return [e for e in events_of(resources, s) if e.trigger == "toured"]

    # not a CONSULT between the two who travel together, nor with the region they tour
    assert all(e.recipient is None for e in toured("Gujarat"))
    # a state they visit is its host
    abroad = toured("Pakistan")
    assert abroad and all(e.recipient is not None and e.recipient.country == "PAK" for e in abroad)


def test_a_clause_after_with_that_has_its_own_subject_holds_no_target(resources: CoderResources) -> None:
    # BJP condemned the attack , with Pakistan condemning it .   ("with X doing": another doer's act)
    words = ["BJP", "condemned", "the", "attack", ",", "with", "Pakistan", "condemning", "it", "."]
    s = build_sentence(words, [1, 1, 3, 1, 1, 1, 7, 5, 7, 1],
                       ["nsubj", "ROOT", "det", "dobj", "punct", "prep", "nsubj", "pcomp", "dobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "ADP", "PROPN", "VERB", "PRON", "PUNCT"],
                       tags=["NNP", "VBD", "DT", "NN", ",", "IN", "NNP", "VBG", "PRP", "."],
                       lemmas=["BJP", "condemn", "the", "attack", ",", "with", "Pakistan", "condemn", "it", "."],
                       ents=[(0, 1, "ORG"), (6, 7, "GPE")])
    condemned = next(e for e in events_of(resources, s) if e.trigger == "condemned")
    assert condemned.recipient is None or condemned.recipient.country != "PAK"


def test_consulting_some_of_ones_own_colleagues_is_no_meeting_between_parties(resources: CoderResources) -> None:
    # Vajpayee held consultations with some of his colleagues on the government stand .
    words = ["Vajpayee", "held", "consultations", "with", "some", "of", "his", "colleagues", "on", "the",
             "government", "stand", "."]
    s = build_sentence(words, [1, 1, 1, 2, 3, 4, 7, 5, 2, 11, 11, 8, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "poss", "pobj", "prep", "det", "compound",
                        "pobj", "punct"],
                       pos=["PROPN", "VERB", "NOUN", "ADP", "DET", "ADP", "PRON", "NOUN", "ADP", "DET", "NOUN", "NOUN",
                            "PUNCT"],
                       lemmas=["Vajpayee", "hold", "consultation", "with", "some", "of", "his", "colleague", "on",
                               "the",
                               "government", "stand", "."],
                       ents=[(0, 1, "PERSON")])
    consults = [e for e in events_of(resources, s) if e.event_type == "CONSULT"]
    assert consults and all(e.recipient is None for e in consults)


def test_a_stance_on_a_thing_done_to_a_party_is_not_aimed_at_that_party(resources: CoderResources) -> None:
    def criticised(preposition: str) -> Event:
        # BJP criticised the restrictions imposed on / by Pakistan .
        words = ["BJP", "criticised", "the", "restrictions", "imposed", preposition, "Pakistan", "."]
        s = build_sentence(words, [1, 1, 3, 1, 3, 4, 5, 1],
                           ["nsubj", "ROOT", "det", "dobj", "acl", "agent" if preposition == "by" else "prep", "pobj",
                            "punct"],
                           pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
                           tags=["NNP", "VBD", "DT", "NNS", "VBN", "IN", "NNP", "."],
                           lemmas=["BJP", "criticise", "the", "restriction", "impose", preposition, "Pakistan", "."],
                           ents=[(0, 1, "ORG"), (6, 7, "GPE")])
        return next(e for e in events_of(resources, s) if e.trigger == "criticised")

    on = criticised("on")  # the restrictions are the target (their owner is the screen's to find)
    assert on.recipient is not None and (on.recipient.text, on.recipient.kind) == ("restrictions", "other")
    by = criticised("by")  # whoever imposed them is whom the criticism is aimed at
    assert by.recipient is not None and by.recipient.country == "PAK"


def test_those_guarded_in_a_list_are_no_mobilization_target(resources: CoderResources) -> None:
    # Police tightened the security of the VIPs and the leaders .
    words = ["Police", "tightened", "the", "security", "of", "the", "VIPs", "and", "the", "leaders", "."]
    s = build_sentence(words, [1, 1, 3, 1, 3, 6, 4, 6, 9, 6, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "cc", "det", "conj", "punct"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "CCONJ", "DET", "NOUN", "PUNCT"],
                       lemmas=["police", "tighten", "the", "security", "of", "the", "vip", "and", "the", "leader", "."])
    mobilized = [e for e in events_of(resources, s) if e.event_type == "MOBILIZE"]
    assert mobilized and all(e.recipient is None for e in mobilized)


def test_he_after_a_title_that_says_so_is_the_one_the_title_names(resources: CoderResources) -> None:
    actors = ArticleActors(resources.actors, date(2002, 3, 2))
    actors.story = "IND"
    # Congress chief Jaiswal spoke .
    first = build_sentence(["Congress", "chief", "Jaiswal", "spoke", "."], [2, 2, 3, 3, 3],
                           ["compound", "compound", "nsubj", "ROOT", "punct"],
                           pos=["PROPN", "NOUN", "PROPN", "VERB", "PUNCT"], ents=[(2, 3, "PERSON")])
    # briefing reporters , the governor said that he held talks .   (a fronted gerund taken as a subject too)
    words = ["briefing", "reporters", ",", "the", "governor", "said", "that", "he", "held", "talks", "."]
    second = build_sentence(words, [5, 0, 5, 4, 5, 5, 8, 8, 5, 8, 5],
                            ["nsubj", "dobj", "punct", "det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "dobj",
                             "punct"],
                            pos=["NOUN", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "SCONJ", "PRON", "VERB", "NOUN",
                                 "PUNCT"],
                            tags=["NN", "NNS", ",", "DT", "NN", "VBD", "IN", "PRP", "VBD", "NNS", "."],
                            lemmas=["briefing", "reporter", ",", "the", "governor", "say", "that", "he", "hold", "talk",
                                    "."], index=1, offset=40)
    for sentence in (first, second):
        actors.read(sentence)
    actors.resolve_actor(first, 2)
    actors.after(first)
    he = actors.resolve_actor(second, 7)
    assert he is not None and he.sector == "GOV"  # the governor, not the Congress chief in play


def test_one_person_told_by_a_title_is_of_the_story_country_not_the_one_the_sentence_names(
        resources: CoderResources) -> None:
    # the swami said Pakistan was behind the attack .   (in a story about India)
    words = ["the", "swami", "said", "Pakistan", "was", "behind", "the", "attack", "."]
    s = build_sentence(words, [1, 2, 2, 4, 2, 4, 7, 5, 2],
                       ["det", "nsubj", "ROOT", "nsubj", "ccomp", "prep", "det", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "PROPN", "AUX", "ADP", "DET", "NOUN", "PUNCT"],
                       tags=["DT", "NN", "VBD", "NNP", "VBD", "IN", "DT", "NN", "."],
                       lemmas=["the", "swami", "say", "Pakistan", "be", "behind", "the", "attack", "."],
                       ents=[(3, 4, "GPE")])
    actors = ArticleActors(resources.actors, date(2002, 3, 2))
    actors.read(s)
    actors.story = "IND"
    swami = actors.resolve_actor(s, 1)
    assert swami is not None and (swami.country, swami.sector) == ("IND", "REL")
