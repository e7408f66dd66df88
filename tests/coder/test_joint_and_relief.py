"""Two parties that pledge something together pledge it to a third, not to each other; forces sent to bring
relief after a disaster are no mobilisation (hand-built parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.lexicon import PredicateEntry, PredicateMatch
from dyadwatch.coder.wording import sent_for_relief, tells_no_act
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .candidates import candidate_events


def pairs(resources: CoderResources, sentence: Sentence) -> list[tuple[str, str | None, str | None]]:
    events = candidate_events(resources, sentence)
    return [(e.event_type, e.actor.country, e.recipient.country if e.recipient else None) for e in events]


def test_what_two_parties_pledge_together_is_not_pledged_to_each_other(resources: CoderResources) -> None:
    # The United States and Britain pledged aid to Jamaica .
    s = build_sentence(["The", "United", "States", "and", "Britain", "pledged", "aid", "to", "Jamaica", "."],
                       [2, 2, 5, 2, 2, 5, 5, 5, 7, 5],
                       ["det", "compound", "nsubj", "cc", "conj", "ROOT", "dobj", "prep", "pobj", "punct"],
                       pos=["DET", "PROPN", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["the", "United", "States", "and", "Britain", "pledge", "aid", "to", "Jamaica", "."],
                       ents=[(1, 3, "GPE"), (4, 5, "GPE"), (8, 9, "GPE")])
    # (aid pledged is planned aid, AID, as the annotation guide codes it)
    assert sorted(pairs(resources, s)) == [("AID", "GBR", "JAM"), ("AID", "USA", "JAM")]
    # The United States and Britain agreed .   (an agreement is between the two)
    s = build_sentence(["The", "United", "States", "and", "Britain", "agreed", "."], [2, 2, 5, 2, 2, 5, 5],
                       ["det", "compound", "nsubj", "cc", "conj", "ROOT", "punct"],
                       pos=["DET", "PROPN", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"],
                       lemmas=["the", "United", "States", "and", "Britain", "agree", "."],
                       ents=[(1, 3, "GPE"), (4, 5, "GPE")])
    assert ("AGREE", "USA", "GBR") in pairs(resources, s)


def deployed(purpose: list[str], purpose_pos: list[str], purpose_deps: list[str], heads: list[int]) -> Sentence:
    # The army deployed troops to <purpose> .
    words = ["The", "army", "deployed", "troops", "to", *purpose, "."]
    return build_sentence(words, [1, 2, 2, 2, 5, *heads, 2],
                          ["det", "nsubj", "ROOT", "dobj", "aux", *purpose_deps, "punct"],
                          pos=["DET", "NOUN", "VERB", "NOUN", "PART", *purpose_pos, "PUNCT"],
                          lemmas=["the", "army", "deploy", "troop", "to", *[w.lower() for w in purpose], "."])


def test_forces_sent_to_bring_relief_are_no_mobilisation() -> None:
    # The army deployed troops to help clear roads .   (the small model reads "clear" as an adjective)
    s = deployed(["help", "clear", "roads"], ["VERB", "ADJ", "NOUN"], ["advcl", "amod", "dobj"], [2, 7, 5])
    assert sent_for_relief(s, 2)
    deploy = PredicateMatch(2, PredicateEntry("deploy", None, "VERB", "154", frozenset()), False)
    assert tells_no_act(s, 2, deploy)
    # The army deployed troops to contain the protests .
    s = deployed(["contain", "the", "protests"], ["VERB", "DET", "NOUN"], ["advcl", "det", "dobj"], [2, 7, 5])
    assert not sent_for_relief(s, 2)
    # The army deployed troops to assist the police .   (security, not relief)
    s = deployed(["assist", "the", "police"], ["VERB", "DET", "NOUN"], ["advcl", "det", "dobj"], [2, 7, 5])
    assert not sent_for_relief(s, 2)
