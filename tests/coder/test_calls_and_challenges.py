"""Calling a party's act a crime of state ("another act of ethnic cleansing", "a puppet") is criticism; challenging
a rival to a debate is an appeal to them. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.parse import build_sentence

from .test_lexicon_rows import row_code


def test_calling_an_act_ethnic_cleansing_is_criticism() -> None:
    # Vucic called the closures ethnic cleansing .
    s = build_sentence(["Vucic", "called", "the", "closures", "ethnic", "cleansing", "."], [1, 1, 3, 1, 5, 1, 1],
                       ["nsubj", "ROOT", "det", "dobj", "amod", "oprd", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADJ", "NOUN", "PUNCT"],
                       lemmas=["Vucic", "call", "the", "closure", "ethnic", "cleansing", "."])
    assert row_code(s) == "111"


def challenged_to(thing: str) -> str | None:
    # Jara challenged Kast to a THING .
    s = build_sentence(["Jara", "challenged", "Kast", "to", "a", thing, "."], [1, 1, 1, 1, 5, 3, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["Jara", "challenge", "Kast", "to", "a", thing, "."])
    return row_code(s)


def test_challenging_a_rival_to_a_debate_is_an_appeal() -> None:
    assert challenged_to("debate") == "020"
    assert challenged_to("drink") is None
