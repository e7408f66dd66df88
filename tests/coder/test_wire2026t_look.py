"""Rules from the look half of wire2026t: a position held "since" a time is a standing one; bar associations are
labour's bodies; "it" stands for a body the text names; an infinitive of what a request asks is folded into the
request even when the parse hangs it as a clause of purpose. Hand-built parses: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.actowners import owner_of_demanded_thing, owner_of_told_act
from dyadwatch.coder.attributes import Modality
from dyadwatch.coder.events import CoderResources, conditional_threat
from dyadwatch.coder.pronouns import is_body, two_parties
from dyadwatch.coder.standing_acts import habitual
from dyadwatch.coder.unnamed_doers import custody_authority
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Sentence

from .candidates import candidate_events


def opposed(since: bool) -> Sentence:
    """"Officials have opposed the site since/on Monday ." """
    word = "since" if since else "on"
    return build_sentence(["Officials", "have", "opposed", "the", "site", word, "Monday", "."],
                          [2, 2, 2, 4, 2, 2, 5, 2],
                          ["nsubj", "aux", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                          pos=["NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                          lemmas=["official", "have", "oppose", "the", "site", word, "Monday", "."])


def test_a_position_held_since_a_time_is_standing() -> None:
    assert habitual(opposed(since=True), 2)
    assert not habitual(opposed(since=False), 2)


def test_a_bar_association_is_labour_s(resources: CoderResources) -> None:
    assert resources.actors.sector_of(["the", "bar", "association"]) == "LAB"
    assert resources.actors.sector_of(["the", "law", "society"]) == "LAB"


def test_what_a_request_asks_is_no_act_of_the_one_asking(resources: CoderResources) -> None:
    # Lawyers called on the prosecutor in Douala to charge the officers .
    s = build_sentence(["Lawyers", "called", "on", "the", "prosecutor", "in", "Douala", "to", "charge", "the",
                        "officers", "."], [1, 1, 1, 4, 2, 4, 5, 8, 1, 10, 8, 1],
                       ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "aux", "advcl", "det", "dobj", "punct"],
                       pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PART", "VERB", "DET", "NOUN",
                            "PUNCT"],
                       tags=["NNS", "VBD", "IN", "DT", "NN", "IN", "NNP", "TO", "VB", "DT", "NNS", "."],
                       lemmas=["lawyer", "call", "on", "the", "prosecutor", "in", "Douala", "to", "charge", "the",
                               "officer", "."],
                       ents=[(6, 7, "GPE")])
    events = candidate_events(resources, s)
    assert not [e for e in events if e.trigger == "charge"]
    assert [e for e in events if e.trigger == "called" and e.event_type == "REQUEST"]


def test_it_stands_for_a_body_the_text_names() -> None:
    assert is_body(Actor("Competition Council", "The Competition Council", None, None, "group"))
    assert not is_body(Actor("dairy farmers", None, None, None, "group"))


def test_the_two_officials_of_a_story_between_two_countries_are_theirs() -> None:
    # the two officials agreed .
    s = build_sentence(["the", "two", "officials", "agreed", "."], [2, 2, 3, 3, 3],
                       ["det", "nummod", "nsubj", "ROOT", "punct"], pos=["DET", "NUM", "NOUN", "VERB", "PUNCT"],
                       lemmas=["the", "two", "official", "agree", "."])
    uzbekistan = Actor("Uzbekistan", "Uzbekistan", "UZB", "GOV", "country")
    turkmenistan = Actor("Turkmenistan", "Turkmenistan", "TKM", "GOV", "country")
    # (both have come up: "Turkmen border guards released eight of the farmers" before; stop 78)
    guards = Actor("Turkmen border guards", None, "TKM", "MIL", "group")
    got = two_parties(list(s.tokens[:3]), "two officials", [uzbekistan, guards], (uzbekistan, turkmenistan))
    assert got is not None and {p.country for p in got[1]} == {"UZB", "TKM"}


def test_ruling_out_what_was_demanded_is_aimed_at_the_demanders() -> None:
    # she ruled out a guaranteed minimum price .
    s = build_sentence(["she", "ruled", "out", "a", "guaranteed", "minimum", "price", "."], [1, 1, 1, 6, 6, 6, 1, 1],
                       ["nsubj", "ROOT", "prt", "det", "amod", "amod", "dobj", "punct"],
                       pos=["PRON", "VERB", "ADP", "DET", "VERB", "ADJ", "NOUN", "PUNCT"],
                       lemmas=["she", "rule", "out", "a", "guarantee", "minimum", "price", "."], index=4)
    farmers = Actor("dairy farmers", None, "LTU", "AGR", "group")
    minister = Actor("she", None, "LTU", "GOV", "person")
    demanded = (1, "REQUEST", farmers, frozenset({"farmer", "demand", "minimum", "price", "milk"}))
    got = owner_of_demanded_thing(s, 1, "REJECT", [minister], [demanded])
    assert got is not None and (got.country, got.sector, got.country_source) == ("LTU", "AGR", "act")
    # what no one demanded has no demander
    other = (1, "REQUEST", farmers, frozenset({"farmer", "demand", "subsidy"}))
    assert owner_of_demanded_thing(s, 1, "REJECT", [minister], [other]) is None


def test_the_country_a_minister_speaks_of_is_the_minister_s_state(resources: CoderResources) -> None:
    # Bosnia 's minister said the country would complain .
    s = build_sentence(["Bosnia", "'s", "minister", "said", "the", "country", "would", "complain", "."],
                       [2, 0, 3, 3, 5, 7, 7, 3, 3],
                       ["poss", "case", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "punct"],
                       pos=["PROPN", "PART", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
                       lemmas=["Bosnia", "'s", "minister", "say", "the", "country", "would", "complain", "."],
                       ents=[(0, 1, "GPE")])
    actors = ArticleActors(resources.actors, date(2026, 5, 14))
    actors.read(s)
    state = actors.resolve_actor(s, 5)
    assert state is not None and (state.country, state.kind, state.country_source) == ("BIH", "country", "speaker")


def test_a_complaint_promised_on_a_condition_is_a_threat(resources: CoderResources) -> None:
    lawsuit = resources.codes.get("115")
    threat = conditional_threat(lawsuit, Modality("planned", False, condition="if"), resources.codes)
    assert threat is not None and threat.event_type == "THREATEN"
    assert conditional_threat(lawsuit, Modality("planned", False), resources.codes) is None


def test_a_protest_at_an_act_told_before_is_aimed_at_its_doer() -> None:
    # the association said members would march in protest at the arrests .
    s = build_sentence(["members", "would", "march", "in", "protest", "at", "the", "arrests", "."],
                       [2, 2, 2, 2, 3, 4, 7, 5, 2],
                       ["nsubj", "aux", "ROOT", "prep", "pobj", "prep", "det", "pobj", "punct"],
                       pos=["NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["member", "would", "march", "in", "protest", "at", "the", "arrest", "."], index=5)
    police = Actor("Tanzanian marine police", None, "TZA", "COP", "group")
    fishermen = Actor("members", None, "MWI", "AGR", "group")
    arrested = (1, "COERCE", police, frozenset({"police", "detain", "fisherman"}))
    got = owner_of_told_act(s, 2, "PROTEST", [fishermen], [arrested])
    assert got is not None and (got.country, got.sector, got.text) == ("TZA", "COP", "arrests")


def test_a_force_that_tells_of_an_arrest_made_it(resources: CoderResources) -> None:
    # the men were arrested .
    s = build_sentence(["the", "men", "were", "arrested", "."], [1, 3, 3, 3, 3],
                       ["det", "nsubjpass", "auxpass", "ROOT", "punct"], pos=["DET", "NOUN", "AUX", "VERB", "PUNCT"],
                       lemmas=["the", "man", "be", "arrest", "."])
    actors = ArticleActors(resources.actors, date(2026, 5, 14))
    actors.read(s)
    navy = Actor("the navy", None, "LKA", "MIL", "group")
    actors.voice = navy
    assert custody_authority(s, 3, actors) == [(navy, ())]
    actors.voice = Actor("a lawyer", None, "LKA", "CVL", "person")
    assert custody_authority(s, 3, actors)[0][0].sector == "COP"  # told by no force: the police, of no country yet


def arrested_from(verb: str, lemma: str, noun: str) -> Sentence:
    """"Police VERB NOUN from India ." with "from" hung on the verb, as the parser does."""
    return build_sentence(["Police", verb, noun, "from", "India", "."], [1, 1, 1, 1, 3, 1],
                          ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                          pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                          lemmas=["police", lemma, noun, "from", "India", "."], ents=[(4, 5, "GPE")])


def test_people_from_a_country_are_of_it_though_the_parse_hangs_from_on_the_verb(resources: CoderResources) -> None:
    actors = ArticleActors(resources.actors, date(2026, 5, 14))
    actors.story = "LKA"
    s = arrested_from("arrested", "arrest", "fishermen")
    actors.read(s)
    fishermen = actors.resolve_actor(s, 2)
    assert fishermen is not None and fishermen.country == "IND"
    expelled = arrested_from("expelled", "expel", "diplomats")
    actors.read(expelled)
    diplomats = actors.resolve_actor(expelled, 2)
    assert diplomats is None or diplomats.country != "IND"
