"""A protest sent in writing ("sent Colombia a note of protest", "handed a protest note to the envoy") is its
sender's official complaint (CAMEO 114, ACCUSE) aimed at whom it is sent to, whoever sends it; and the one it is
handed to, told again as "him" or "the envoy" after a first verb named them, is that party. Hand-built parses: no
model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Event, Sentence

from .candidates import candidate_events

DAY = date(2026, 3, 3)


def parties(events: list[Event]) -> list[tuple[str, str, str | None, str | None]]:
    return sorted((e.event_type, e.cameo, e.actor.country, e.recipient.country if e.recipient else None)
                  for e in events)


def test_a_note_of_protest_sent_to_a_state_is_its_sender_s_complaint(resources: CoderResources) -> None:
    # Peru sent Colombia a note of protest .
    s = build_sentence(["Peru", "sent", "Colombia", "a", "note", "of", "protest", "."], [1, 1, 1, 4, 1, 4, 5, 1],
                       ["nsubj", "ROOT", "dative", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
                       tags=["NNP", "VBD", "NNP", "DT", "NN", "IN", "NN", "."],
                       lemmas=["Peru", "send", "Colombia", "a", "note", "of", "protest", "."],
                       ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert parties(candidate_events(resources, s, "protest", DAY)) == [("ACCUSE", "114", "PER", "COL")]


def protest_note_handed(sender: list[str], sender_tag: str) -> Sentence:
    # SENDER handed a protest note to Chile .
    n = len(sender)
    words = [*sender, "handed", "a", "protest", "note", "to", "Chile", "."]
    heads = [n - 1] * (n - 1) + [n, n, n + 3, n + 3, n, n, n + 4, n]
    deps = ["compound"] * (n - 1) + ["nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj", "punct"]
    pos = ["NOUN"] * n + ["VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = [sender_tag] * n + ["VBD", "DT", "NN", "NN", "IN", "NNP", "."]
    lemmas = [w.lower() for w in sender] + ["hand", "a", "protest", "note", "to", "Chile", "."]
    return build_sentence(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas, ents=[(n + 5, n + 6, "GPE")])


def test_a_protest_note_is_a_complaint_whoever_hands_it(resources: CoderResources) -> None:
    # a ministry (a body, not the state itself) and fishermen both complain in writing; neither demonstrates
    ministry = candidate_events(resources, protest_note_handed(["Peruvian", "ministry"], "NN"), "protest", DAY)
    assert parties(ministry) == [("ACCUSE", "114", "PER", "CHL")]
    unions = candidate_events(resources, protest_note_handed(["Peruvian", "unions"], "NNS"), "protest", DAY)
    assert [(e.event_type, e.cameo) for e in unions] == [("ACCUSE", "114")]


def test_a_protest_held_is_still_a_demonstration(resources: CoderResources) -> None:
    # Workers held a protest in Lima .
    s = build_sentence(["Workers", "held", "a", "protest", "in", "Lima", "."], [1, 1, 3, 1, 1, 4, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                       tags=["NNS", "VBD", "DT", "NN", "IN", "NNP", "."],
                       lemmas=["worker", "hold", "a", "protest", "in", "Lima", "."], ents=[(5, 6, "GPE")])
    assert [(e.event_type, e.cameo) for e in candidate_events(resources, s, "protest", DAY)] == [("PROTEST", "141")]


def summoned_and_handed(told_again: list[str]) -> Sentence:
    # Bangladesh summoned Myanmar 's ambassador and handed TOLD_AGAIN a protest note .
    n = len(told_again)
    words = ["Bangladesh", "summoned", "Myanmar", "'s", "ambassador", "and", "handed", *told_again, "a", "protest",
             "note", "."]
    heads = [1, 1, 4, 2, 1, 1, 1] + ([6] if n == 1 else [8, 6]) + [9 + n, 9 + n, 6, 1]
    deps = (["nsubj", "ROOT", "poss", "case", "dobj", "cc", "conj"] + (["dative"] if n == 1 else ["det", "dative"])
            + ["det", "compound", "dobj", "punct"])
    pos = (["PROPN", "VERB", "PROPN", "PART", "NOUN", "CCONJ", "VERB"] + (["PRON"] if n == 1 else ["DET", "NOUN"])
           + ["DET", "NOUN", "NOUN", "PUNCT"])
    tags = (["NNP", "VBD", "NNP", "POS", "NN", "CC", "VBD"] + (["PRP"] if n == 1 else ["DT", "NN"])
            + ["DT", "NN", "NN", "."])
    lemmas = (["Bangladesh", "summon", "Myanmar", "'s", "ambassador", "and", "hand"] + [w.lower() for w in told_again]
              + ["a", "protest", "note", "."])
    return build_sentence(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas, ents=[(0, 1, "GPE"), (2, 3, "GPE")])


def test_the_envoy_handed_the_note_is_the_one_summoned(resources: CoderResources) -> None:
    for told_again in (["him"], ["the", "envoy"]):
        events = candidate_events(resources, summoned_and_handed(told_again), "protest", DAY)
        assert parties(events) == [("ACCUSE", "114", "BGD", "MMR")], told_again
