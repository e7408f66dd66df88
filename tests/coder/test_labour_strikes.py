"""Strikes by workers: "doctors went on strike", "the teachers began a strike", "nurses struck" are protests (CAMEO
143, conduct strike or boycott) by those workers, and "would strike again if ..." a threat to strike (133), not an
attack; an army's strike stays an attack (195). People of a trade (doctors, traders) who protest act politically.
Hand-built parses: no model is loaded."""

from __future__ import annotations

from dataclasses import replace

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.screen import source_problem
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Sentence

from ..eventfactory import event
from .test_lexicon_rows import coded


def built(text: str, heads: list[int], deps: str, pos: str, tags: str, lemmas: str,
          ents: tuple[tuple[int, int, str], ...] = ()) -> Sentence:
    return build_sentence(text.split(), heads, deps.split(), pos=pos.split(), tags=tags.split(),
                          lemmas=lemmas.split(), ents=ents)


def acts(resources: CoderResources, sentence: Sentence) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.cameo, e.actor.text) for e in coded(resources, sentence).events]


def test_workers_who_go_on_strike_protest(resources: CoderResources) -> None:
    sentence = built("Kenyan doctors went on strike .", [1, 2, 2, 2, 3, 2], "amod nsubj ROOT prep pobj punct",
                     "ADJ NOUN VERB ADP NOUN PUNCT", "JJ NNS VBD IN NN .", "Kenyan doctor go on strike .",
                     ((0, 1, "NORP"),))
    events = coded(resources, sentence).events
    assert [(e.event_type, e.cameo, e.actor.text, e.actor.country) for e in events] == [
        ("PROTEST", "143", "Kenyan doctors", "KEN")]


def test_a_strike_begun_by_teachers_is_theirs(resources: CoderResources) -> None:
    sentence = built("Teachers began a strike .", [1, 1, 3, 1, 1], "nsubj ROOT det dobj punct",
                     "NOUN VERB DET NOUN PUNCT", "NNS VBD DT NN .", "teacher begin a strike .")
    assert acts(resources, sentence) == [("PROTEST", "143", "Teachers")]


def test_an_army_s_strike_is_an_attack(resources: CoderResources) -> None:
    sentence = built("The army launched a strike on the town .", [1, 2, 2, 4, 2, 4, 7, 5, 2],
                     "det nsubj ROOT det dobj prep det pobj punct", "DET NOUN VERB DET NOUN ADP DET NOUN PUNCT",
                     "DT NN VBD DT NN IN DT NN .", "the army launch a strike on the town .")
    assert [(t, c) for t, c, _ in acts(resources, sentence)] == [("ASSAULT", "195")]


def test_nurses_who_strike_protest_and_a_strike_promised_on_a_condition_is_a_threat_to_strike(
        resources: CoderResources) -> None:
    struck = built("Nurses struck .", [1, 1, 1], "nsubj ROOT punct", "NOUN VERB PUNCT", "NNS VBD .",
                   "nurse strike .")
    assert acts(resources, struck) == [("PROTEST", "143", "Nurses")]
    # Drivers would strike if the fines were not lifted .
    again = built("Drivers would strike if the fines were not lifted .", [2, 2, 2, 8, 5, 8, 8, 8, 2, 2],
                  "nsubj aux ROOT mark det nsubjpass auxpass neg advcl punct",
                  "NOUN AUX VERB SCONJ DET NOUN AUX PART VERB PUNCT", "NNS MD VB IN DT NNS VBD RB VBN .",
                  "driver would strike if the fine be not lift .")
    assert [(t, c) for t, c, _ in acts(resources, again)] == [("THREATEN", "133")]


def test_people_of_a_trade_who_protest_act_politically() -> None:
    doctors = Actor("doctors", None, "KEN", "MED", "group")
    assert source_problem(replace(event(cameo="143", recipient=None), actor=doctors)) is None
    assert source_problem(replace(event(cameo="112", recipient=None), actor=doctors)) is not None


def test_workers_who_keep_up_their_strike_protest(resources: CoderResources) -> None:
    sentence = built("Teachers kept up their strike .", [1, 1, 1, 4, 1, 1], "nsubj ROOT prt poss dobj punct",
                     "NOUN VERB ADP PRON NOUN PUNCT", "NNS VBD RP PRP$ NN .", "teacher keep up their strike .")
    assert acts(resources, sentence) == [("PROTEST", "143", "Teachers")]
    # kept without "up": no act kept up ("kept their strike fund")
    kept = built("Teachers kept their strike .", [1, 1, 3, 1, 1], "nsubj ROOT poss dobj punct",
                 "NOUN VERB PRON NOUN PUNCT", "NNS VBD PRP$ NN .", "teacher keep their strike .")
    assert [a for a in acts(resources, kept) if a[2] == "Teachers"] == []


def test_people_s_demands_of_a_firm_are_no_political_act() -> None:
    mob = Actor("mob", None, "IND", "CVL", "group")
    bank = Actor("we", "Dena Bank", "IND", "BUS", "group")
    # "a mob had come demanding that we close down": people's demand of a bank
    assert source_problem(replace(event(cameo="100"), actor=mob, recipient=bank)) is not None
    # ... not a demand of no one named, nor of the state, nor a mob's attack on the bank
    assert source_problem(replace(event(cameo="100", recipient=None), actor=mob)) is None
    state = Actor("government", None, "IND", "GOV", "group")
    assert source_problem(replace(event(cameo="100"), actor=mob, recipient=state)) is None
    assert source_problem(replace(event(cameo="190"), actor=mob, recipient=bank)) is None
    # a union's demand of a firm stays political
    union = Actor("union", None, "IND", "LAB", "group")
    assert source_problem(replace(event(cameo="100"), actor=union, recipient=bank)) is None
