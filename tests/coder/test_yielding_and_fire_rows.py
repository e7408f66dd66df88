"""Lexicon rows: agreeing to a request or a demand is yielding (CAMEO 080, CONCEDE), as accepting one is; setting
something on fire is arson (1712), setting up tents and a cooking fire is not. Hand-built parses: no model is
loaded."""

from __future__ import annotations

from dyadwatch.coder.lexicon import PredicateLexicon
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

LEXICON = PredicateLexicon.load()


def built(text: str, heads: list[int], deps: str, pos: str, lemmas: str) -> Sentence:
    return build_sentence(text.split(), heads, deps.split(), pos=pos.split(), lemmas=lemmas.split())


def code_of(sentence: Sentence, verb: int = 1) -> str | None:
    match = LEXICON.match(sentence, sentence.tokens[verb])
    return match.entry.cameo if match else None


def agreed_to(noun: str) -> Sentence:
    return built(f"Ministry agreed to the {noun} .", [1, 1, 1, 4, 2, 1], "nsubj ROOT prep det pobj punct",
                 "PROPN VERB ADP DET NOUN PUNCT", f"Ministry agree to the {noun} .")


def test_agreeing_to_a_request_or_a_demand_is_yielding() -> None:
    assert code_of(agreed_to("request")) == "080"
    assert code_of(agreed_to("demand")) == "080"


def test_agreeing_to_a_ceasefire_stays_an_agreement() -> None:
    assert code_of(agreed_to("ceasefire")) == "030"


def test_setting_a_bus_on_fire_is_arson() -> None:
    sentence = built("Rioters set a bus on fire .", [1, 1, 3, 1, 1, 4, 1], "nsubj ROOT det dobj prep pobj punct",
                     "NOUN VERB DET NOUN ADP NOUN PUNCT", "rioter set a bus on fire .")
    assert code_of(sentence) == "1712"


def test_setting_fire_to_a_station_is_arson_and_setting_up_a_cooking_fire_is_not() -> None:
    arson = built("Rioters set fire to the station .", [1, 1, 1, 1, 5, 3, 1], "nsubj ROOT dobj prep det pobj punct",
                  "NOUN VERB NOUN ADP DET NOUN PUNCT", "rioter set fire to the station .")
    assert code_of(arson) == "1712"
    camp = built("Fishermen set up tents and a cooking fire .", [1, 1, 1, 1, 3, 7, 7, 3, 1],
                 "nsubj ROOT prt dobj cc det compound conj punct", "NOUN VERB ADP NOUN CCONJ DET NOUN NOUN PUNCT",
                 "fisherman set up tent and a cooking fire .")
    assert code_of(camp) != "1712"
