"""Rules from the look halves of the held-out wire corpora (stop 77). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dyadwatch.coder.attributes import modality_of
from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.coder.kb import load_knowledge
from dyadwatch.coder.refinements import refine_code
from dyadwatch.coder.screen import screen_event
from dyadwatch.coder.titles import one_of_many
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Article, ParsedArticle, Sentence

from ..eventfactory import CODES, event
from .candidates import CANDIDATES, candidate_events


def union_demanded(index: int = 0, offset: int = 0) -> Sentence:
    # The union demanded a pay rise from the government .
    return build_sentence(["The", "union", "demanded", "a", "pay", "rise", "from", "the", "government", "."],
                          [1, 2, 2, 5, 5, 2, 2, 8, 6, 2],
                          ["det", "nsubj", "ROOT", "det", "compound", "dobj", "prep", "det", "pobj", "punct"],
                          pos=["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                          tags=["DT", "NN", "VBD", "DT", "NN", "NN", "IN", "DT", "NN", "."],
                          lemmas=["the", "union", "demand", "a", "pay", "rise", "from", "the", "government", "."],
                          index=index, offset=offset)


def government_agreed(index: int = 1, offset: int = 0) -> Sentence:
    # The government agreed to raise salaries .
    return build_sentence(["The", "government", "agreed", "to", "raise", "salaries", "."], [1, 2, 2, 4, 2, 4, 2],
                          ["det", "nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
                          pos=["DET", "NOUN", "VERB", "PART", "VERB", "NOUN", "PUNCT"],
                          tags=["DT", "NN", "VBD", "TO", "VB", "NNS", "."],
                          lemmas=["the", "government", "agree", "to", "raise", "salary", "."],
                          index=index, offset=offset)


def coded(resources: CoderResources, *sentences: Sentence) -> list[tuple[str, str | None, str | None]]:
    text = " ".join(s.text for s in sentences)
    parsed = ParsedArticle(Article("t", text, published=date(2026, 3, 2)), sentences)
    return [(e.event_type, e.actor.sector, e.recipient.sector if e.recipient else None)
            for e in code_article(parsed, resources, CANDIDATES).events if e.trigger == "agreed"]


def test_an_agreement_to_give_what_was_demanded_is_a_concession_to_who_demanded_it(
        resources: CoderResources) -> None:
    first = union_demanded()
    assert coded(resources, first, government_agreed(offset=first.end + 1)) == [("CONCEDE", "GOV", "LAB")]


def test_an_agreement_no_one_asked_for_stays_an_agreement(resources: CoderResources) -> None:
    got = coded(resources, government_agreed(index=0))
    assert got and all(event_type == "AGREE" for event_type, _, _ in got)


def leader_phrase(det: str, modifier: str, of_what: str, ent: str) -> Sentence:
    # Police arrested DET MODIFIER leader of OF_WHAT .
    words = ["Police", "arrested", det, modifier, "leader", "of", of_what, "."]
    return build_sentence(words, [1, 1, 4, 4, 1, 4, 5, 1],
                          ["nsubj", "ROOT", "det", "amod", "dobj", "prep", "pobj", "punct"],
                          pos=["NOUN", "VERB", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"],
                          ents=[(6, 7, ent)])


def test_a_title_of_one_of_many_names_no_holder_of_the_states_office() -> None:
    assert one_of_many(leader_phrase("a", "former", "Benin", "GPE"), 4)  # "a ... leader": one of many
    assert one_of_many(leader_phrase("the", "regional", "Benin", "GPE"), 4)  # a lesser post
    assert one_of_many(leader_phrase("the", "new", "Démocrates", "ORG"), 4)  # the leader of a party
    assert not one_of_many(leader_phrase("the", "new", "Benin", "GPE"), 4)  # the country's own leader
    assert not one_of_many(leader_phrase("the", "acting", "Benin", "GPE"), 4)  # an acting holder holds the office


def test_a_gendarmerie_is_a_force_of_the_army_and_the_peoples_majlis_the_maldives_parliament(
        resources: CoderResources) -> None:
    # the held-out calls code gendarmes MIL (a military force with police duties); "Majlis" alone stays Iran's
    assert resources.actors.sector_of(["gendarmes"]) == "MIL"
    assert resources.actors.sector_of(["gendarmerie"]) == "MIL"
    table = {m.phrase: (m.iso3, m.sector) for m in load_knowledge().metonyms}
    assert table["People's Majlis"] == ("MDV", "LEG")
    assert table["Majlis"] == ("IRN", "LEG")


def blocked(verb: str, lemma: str) -> Sentence:
    # Bulgaria VERB the opening of Skopje 's talks .
    return build_sentence(["Bulgaria", verb, "the", "opening", "of", "Skopje", "'s", "talks", "."],
                          [1, 1, 3, 1, 3, 7, 5, 4, 1],
                          ["nsubj", "ROOT", "det", "dobj", "prep", "poss", "case", "pobj", "punct"],
                          pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PART", "NOUN", "PUNCT"],
                          tags=["NNP", "VBD", "DT", "NN", "IN", "NNP", "POS", "NNS", "."],
                          lemmas=["Bulgaria", lemma, "the", "opening", "of", "Skopje", "'s", "talk", "."],
                          ents=[(0, 1, "GPE"), (5, 6, "GPE")])


def test_talks_whose_opening_is_blocked_did_not_happen_and_the_block_is_a_rejection(
        resources: CoderResources) -> None:
    assert modality_of(blocked("blocked", "block"), 7, None, False).negated
    assert not modality_of(blocked("welcomed", "welcome"), 7, None, False).negated
    got = candidate_events(resources, blocked("blocked", "block"), "blocked")
    assert [(e.event_type, e.actor.country) for e in got] == [("REJECT", "BGR")]


def test_an_opposition_a_foreign_countrys_party_attacks_is_that_countrys() -> None:
    attack = event(actor="CHN", recipient=None, cameo="190", trigger="attacked")
    attack = replace(attack, actor=Actor("supporters of the ruling ZANU-PF party", "ZANU-PF", "ZWE", "PTY", "group"),
                     recipient=Actor("opposition activists", None, "BWA", "OPP", "group", country_source="story"))
    kept = screen_event(attack, "BWA", date(2025, 9, 24))
    assert (kept.recipient.country, kept.recipient.country_source) == ("ZWE", "rivals")  # type: ignore[union-attr]
    placed = replace(attack, recipient=Actor("Botswana's opposition", None, "BWA", "OPP", "group"))
    assert screen_event(placed, "BWA", date(2025, 9, 24)).recipient.country == "BWA"  # type: ignore[union-attr]


def test_a_partys_followers_attack_with_force_its_politicians_with_words() -> None:
    code = CODES.get("190")
    target = Actor("opposition activists", None, "ZWE", "OPP", "group")
    followers = Actor("supporters of the ruling party", "ZANU-PF", "ZWE", "PTY", "group")
    politicians = Actor("the ruling party", "ZANU-PF", "ZWE", "PTY", "organisation")
    assert refine_code(code, None, followers, target, CODES, "attack").event_type == "ASSAULT"
    assert refine_code(code, None, politicians, target, CODES, "attack").event_type == "ACCUSE"


def asked_court(condition: bool, verb: str = "asked", lemma: str = "ask") -> Sentence:
    # The government asked the court to ban the party [ if it lost ] .
    words = ["The", "government", verb, "the", "court", "to", "ban", "the", "party"]
    heads = [1, 2, 2, 4, 2, 6, 2, 8, 6]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "det", "dobj"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "TO", "VB", "DT", "NN"]
    lemmas = ["the", "government", lemma, "the", "court", "to", "ban", "the", "party"]
    if condition:
        words, heads, deps = [*words, "if", "it", "lost"], [*heads, 11, 11, 6], [*deps, "mark", "nsubj", "advcl"]
        pos, tags, lemmas = [*pos, "SCONJ", "PRON", "VERB"], [*tags, "IN", "PRP", "VBD"], [*lemmas, "if", "it", "lose"]
    return build_sentence([*words, "."], [*heads, 2], [*deps, "punct"], pos=[*pos, "PUNCT"], tags=[*tags, "."],
                          lemmas=[*lemmas, "."])


def test_asking_a_court_to_act_against_a_party_is_a_lawsuit_against_it(resources: CoderResources) -> None:
    got = candidate_events(resources, asked_court(False), "asked")
    assert [(e.event_type, e.cameo, e.recipient.sector if e.recipient else None) for e in got] == [
        ("ACCUSE", "115", "PTY")]
    conditional = candidate_events(resources, asked_court(True), "asked")
    assert conditional and all(e.event_type == "REQUEST" for e in conditional)  # a threat's term, not a lawsuit
    urged = candidate_events(resources, asked_court(False, "urged", "urge"), "urged")
    assert urged and all(e.event_type == "REQUEST" for e in urged)  # a demand that the court act, not a suit


def police_did(verb: str, lemma: str, obj: str, obj_lemma: str) -> Sentence:
    # Police VERB the OBJ .
    return build_sentence(["Police", verb, "the", obj, "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"],
                          pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT"], tags=["NNS", "VBD", "DT", "NNS", "."],
                          lemmas=["police", lemma, "the", obj_lemma, "."])


def test_sealing_offices_and_restraining_unions_are_coercion(resources: CoderResources) -> None:
    sealed = candidate_events(resources, police_did("sealed", "seal", "offices", "office"), "sealed")
    assert [(e.event_type, e.cameo) for e in sealed] == [("COERCE", "171")]
    restrained = candidate_events(resources, police_did("restrained", "restrain", "unions", "union"), "restrained")
    assert [(e.event_type, e.cameo) for e in restrained] == [("COERCE", "172")]
    assert not candidate_events(resources, police_did("sealed", "seal", "deal", "deal"), "sealed")  # "sealed a deal"
