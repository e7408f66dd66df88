"""A charge told to come in the passive with no agent is brought by whoever said it would come ("Police said the two
would be charged"); a warning that anyone doing a thing will be prosecuted names no one who brings a charge
(hand-built parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.subjects import announced_by, subjects_of
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


def would_be(speech: str, speech_lemma: str, verb: str, verb_lemma: str) -> Sentence:
    # Police SAID the two would be VERBED .
    words = ["Police", speech, "the", "two", "would", "be", verb, "."]
    return build_sentence(words, [1, 1, 3, 6, 6, 6, 1, 1],
                          ["nsubj", "ROOT", "det", "nsubjpass", "aux", "auxpass", "ccomp", "punct"],
                          pos=["NOUN", "VERB", "DET", "NUM", "AUX", "AUX", "VERB", "PUNCT"],
                          lemmas=["police", speech_lemma, "the", "two", "would", "be", verb_lemma, "."],
                          tags=["NNS", "VBD", "DT", "CD", "MD", "VB", "VBN", "."])


def test_the_announcer_of_a_charge_to_come_brings_it() -> None:
    sentence = would_be("said", "say", "charged", "charge")
    assert announced_by(sentence, 6) == [0]
    assert subjects_of(sentence, 6) == ([0], True)  # the police as the agent; "the two" stay the ones charged


def test_a_warning_or_another_act_names_no_one_who_charges() -> None:
    assert announced_by(would_be("warned", "warn", "charged", "charge"), 6) == []  # a threat to anyone who ...
    assert announced_by(would_be("said", "say", "released", "release"), 6) == []  # no charge
