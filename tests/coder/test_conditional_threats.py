"""What a party says it will do if another does not act is a threat (THREATEN, CAMEO 130) aimed at the party the
condition presses, whatever the act's own word; a condition that presses no one, or a refusal, is none.
Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.threats import conditional_threats, pressed_party
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_lexicon_rows import coded


def built(words: str, heads: list[int], deps: str, pos: str, lemmas: str, places: tuple[int, ...]) -> Sentence:
    return build_sentence(words.split(), heads, deps.split(), pos=pos.split(), lemmas=lemmas.split(),
                          ents=tuple((i, i + 1, "GPE") for i in places))


def respond_if(modal: str = "would") -> Sentence:
    # Azerbaijan said Baku <modal> respond if Russia did not lift the ban .
    return built(f"Azerbaijan said Baku {modal} respond if Russia did not lift the ban .",
                 [1, 1, 4, 4, 1, 9, 9, 9, 9, 4, 11, 9, 1],
                 "nsubj ROOT nsubj aux ccomp mark nsubj aux neg advcl det dobj punct",
                 "PROPN VERB PROPN AUX VERB SCONJ PROPN AUX PART VERB DET NOUN PUNCT",
                 f"Azerbaijan say Baku {modal} respond if Russia do not lift the ban .", (0, 2, 6))


def respond_if_lifted() -> Sentence:
    # Azerbaijan said Baku would respond if Russia lifted the ban .
    return built("Azerbaijan said Baku would respond if Russia lifted the ban .",
                 [1, 1, 4, 4, 1, 7, 7, 4, 9, 7, 1],
                 "nsubj ROOT nsubj aux ccomp mark nsubj advcl det dobj punct",
                 "PROPN VERB PROPN AUX VERB SCONJ PROPN VERB DET NOUN PUNCT",
                 "Azerbaijan say Baku would respond if Russia lift the ban .", (0, 2, 6))


def not_respond_if() -> Sentence:
    # Azerbaijan said Baku would not respond if Russia did not lift the ban .
    return built("Azerbaijan said Baku would not respond if Russia did not lift the ban .",
                 [1, 1, 5, 5, 5, 1, 10, 10, 10, 10, 5, 12, 10, 1],
                 "nsubj ROOT nsubj aux neg ccomp mark nsubj aux neg advcl det dobj punct",
                 "PROPN VERB PROPN AUX PART VERB SCONJ PROPN AUX PART VERB DET NOUN PUNCT",
                 "Azerbaijan say Baku would not respond if Russia do not lift the ban .", (0, 2, 7))


def unsaid_respond_if() -> Sentence:
    # Baku would respond if Russia did not lift the ban .
    return built("Baku would respond if Russia did not lift the ban .",
                 [2, 2, 2, 7, 7, 7, 7, 2, 9, 7, 2],
                 "nsubj aux ROOT mark nsubj aux neg advcl det dobj punct",
                 "PROPN AUX VERB SCONJ PROPN AUX PART VERB DET NOUN PUNCT",
                 "Baku would respond if Russia do not lift the ban .", (0, 4))


def test_an_act_promised_unless_another_acts_is_a_threat_to_that_party(resources: CoderResources) -> None:
    events = [e for e in coded(resources, respond_if()).events if e.trigger == "respond"]
    assert [(e.event_type, e.cameo, e.actor.country) for e in events] == [("THREATEN", "130", "AZE")]
    assert events[0].recipient is not None and events[0].recipient.country == "RUS"


def test_the_condition_names_the_party_pressed() -> None:
    s = respond_if()
    assert pressed_party(s, 4) == 6


def test_a_condition_that_presses_no_one_makes_no_threat() -> None:
    # "would respond if Russia lifted the ban": nothing Russia fails to do
    assert conditional_threats(respond_if_lifted(), {}) == {}


def test_a_refusal_on_a_condition_is_no_threat() -> None:
    # "would not respond if ...": what a party will not do
    assert conditional_threats(not_respond_if(), {}) == {}


def test_an_act_no_one_is_told_to_say_is_no_threat() -> None:
    # "Baku would respond if Russia did not lift the ban" told by the writer: a forecast, not a party's word
    assert conditional_threats(unsaid_respond_if(), {}) == {}
    assert set(conditional_threats(respond_if(), {})) == {4}


def test_what_workers_threaten_to_do_is_dissent(resources: CoderResources) -> None:
    # The union said the miners would return if the government did not act .
    s = built("The union said the miners would return if the government did not act .",
              [1, 2, 2, 4, 6, 6, 2, 12, 10, 12, 12, 12, 6, 2],
              "det nsubj ROOT det nsubj aux ccomp mark det nsubj aux neg advcl punct",
              "DET NOUN VERB DET NOUN AUX VERB SCONJ DET NOUN AUX PART VERB PUNCT",
              "the union say the miner would return if the government do not act .", ())
    events = [e for e in coded(resources, s).events if e.trigger == "return"]
    assert [(e.event_type, e.cameo, e.actor.text) for e in events] == [("THREATEN", "133", "miners")]
    assert events[0].recipient is not None and events[0].recipient.sector == "GOV"


def test_shall_promises_as_will_does() -> None:
    # "Baku shall respond if ...": "shall" is the doer's own future too
    assert set(conditional_threats(respond_if("shall"), {})) == set(conditional_threats(respond_if(), {})) == {4}
