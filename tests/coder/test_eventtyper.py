"""The event typer's features and decisions, on hand-built parses: no model is loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.coder.eventtyper import (
    FEATURES,
    LABELS,
    NONE,
    TYPES,
    EventTyper,
    Typing,
    doubted_events,
    main_predicate,
    revise,
    sentence_features,
)
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Article, Event, ParsedArticle, Sentence

# these tests look at the candidate events, before the screen (dyadwatch.coder.screen) keeps an analyst's
CANDIDATES = make_options().with_(screen=False)

PUB = date(2025, 10, 30)


def typing(label: str, p: float = 0.9) -> Typing:
    rest = (1.0 - p) / (len(LABELS) - 1)
    return Typing(tuple(p if name == label else rest for name in LABELS), "test-typer")


USA = Actor("US", "United States", "USA", "GOV")


def event(event_type: str, confidence: float, quad: int = 1, recipient: Actor | None = USA) -> Event:
    actor = Actor("China", "China", "CHN", "GOV")
    return Event(id=event_type, article_id="a", event_type=event_type, mode=None, context=(), cameo="000",
                 quad_class=quad, goldstein=0.0, actor=actor, recipient=recipient, date=None, date_text=None,
                 location=None, modality="asserted", negated=False, quantity=None, speaker=None, sentence_index=0,
                 span=(0, 5), sentence="s", trigger="t", confidence=confidence, coder="c")


def praise() -> Sentence:
    # Xi praised Trump .
    return build_sentence(["Xi", "praised", "Trump", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                          pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["Xi", "praise", "Trump", "."])


def shelled() -> Sentence:
    # Russia shelled Ukraine , officials said .   (no lexicon predicate: "shell" is left to the typer)
    return build_sentence(["Russia", "pounded", "Ukraine", ",", "officials", "said", "."], [1, 5, 1, 5, 5, 5, 5],
                          ["nsubj", "ccomp", "dobj", "punct", "nsubj", "ROOT", "punct"],
                          pos=["PROPN", "VERB", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"],
                          lemmas=["Russia", "pound", "Ukraine", ",", "official", "say", "."])


def coded(resources: CoderResources, sentence: Sentence, typings: list[Typing] | None):  # type: ignore[no-untyped-def]
    parsed = ParsedArticle(Article("t", sentence.text, published=PUB), (sentence,))
    return code_article(parsed, resources, CANDIDATES, typings)


def test_typing_reads_yield_as_one_class() -> None:
    t = Typing(tuple(0.4 if n == "CONCEDE" else 0.35 if n == "RETREAT" else 0.25 / 15 for n in LABELS))
    assert t.label == "CONCEDE" and t.confidence == pytest.approx(0.4)
    assert t.prob("RETREAT") == pytest.approx(0.75) and t.prob("ASSAULT") == pytest.approx(0.25 / 15)


def test_features_mark_lexicon_types_and_parse_cues(resources: CoderResources) -> None:
    vec = sentence_features(praise(), resources.lexicon, resources.codes)
    assert vec.shape == (len(FEATURES),)
    assert vec[TYPES.index("SUPPORT")] == 1.0 and vec.sum() == 1.0
    # Russia did not attack Ukraine .
    neg = build_sentence(["Russia", "did", "not", "attack", "Ukraine", "."], [3, 3, 3, 3, 3, 3],
                         ["nsubj", "aux", "neg", "ROOT", "dobj", "punct"],
                         pos=["PROPN", "AUX", "PART", "VERB", "PROPN", "PUNCT"],
                         lemmas=["Russia", "do", "not", "attack", "Ukraine", "."])
    vec = sentence_features(neg, resources.lexicon, resources.codes)
    assert vec[FEATURES.index("negation")] == 1.0 and vec[TYPES.index("ASSAULT")] == 1.0
    vec = sentence_features(shelled(), resources.lexicon, resources.codes)
    assert vec[FEATURES.index("no_predicate")] == 1.0


def test_main_predicate_looks_past_a_reporting_verb() -> None:
    assert main_predicate(shelled()) == 1
    assert main_predicate(praise()) == 1


def test_agreeing_event_takes_the_typer_confidence_and_others_fall_below() -> None:
    out = revise([event("SUPPORT", 0.6), event("ACCUSE", 0.8, 3)], typing("SUPPORT", 0.9), lambda t: [])
    by_type = {e.event_type: e for e in out}
    assert by_type["SUPPORT"].confidence == 0.9
    assert by_type["ACCUSE"].confidence < 0.9


def test_of_two_confirmed_events_the_one_with_a_target_ranks_first() -> None:
    out = revise([event("ASSAULT", 0.6, 4, None), event("ASSAULT", 0.7, 4)], typing("ASSAULT", 0.95), lambda t: [])
    assert out[1].confidence > out[0].confidence and out[1].recipient is not None


def test_concede_and_retreat_agree_as_yield() -> None:
    out = revise([event("RETREAT", 0.5, 2)], typing("CONCEDE", 0.7), lambda t: [event(t, 0.1)])
    assert [e.event_type for e in out] == ["RETREAT"] and out[0].confidence == 0.7


def test_missed_event_is_built_and_comes_first() -> None:
    out = revise([event("CONSULT", 0.7)], typing("REQUEST", 0.8), lambda t: [event(t, 0.5, 3)])
    assert [e.event_type for e in out] == ["REQUEST", "CONSULT"]
    assert out[0].confidence == 0.8 and out[1].confidence < 0.8


def test_low_confidence_adds_nothing_and_conflict_needs_more() -> None:
    assert [e.event_type for e in revise([], typing("ASSAULT", 0.15), lambda t: [event(t, 0.5, 4)])] == []
    coop = [event("AGREE", 0.7)]
    out = revise(coop, typing("COERCE", 0.6), lambda t: [event(t, 0.5, 4)])
    assert [e.event_type for e in out] == ["AGREE"]
    out = revise(coop, typing("COERCE", 0.95), lambda t: [event(t, 0.5, 4)])
    assert [e.event_type for e in out] == ["COERCE", "AGREE"]


def test_confident_no_event_drops_weak_lexicon_events() -> None:
    events = [event("SUPPORT", 0.4), event("CONSULT", 0.85)]
    assert [e.event_type for e in revise(events, typing(NONE, 0.95), lambda t: [])] == ["CONSULT"]
    assert len(revise(events, typing(NONE, 0.5), lambda t: [])) == 2


def test_coder_builds_a_typed_event_on_the_main_verb(resources: CoderResources) -> None:
    assert coded(resources, shelled(), None).events == ()
    events = coded(resources, shelled(), [typing("ASSAULT", 0.85)]).events
    assert len(events) == 1
    e = events[0]
    assert (e.event_type, e.cameo, e.trigger) == ("ASSAULT", resources.codes.default_code("ASSAULT").cameo, "pounded")
    assert e.actor.country == "RUS" and e.recipient is not None and e.recipient.country == "UKR"
    assert e.confidence == 0.85


def test_coder_without_typings_is_the_lexicon_coder(resources: CoderResources) -> None:
    plain = coded(resources, praise(), None).events
    agreed = coded(resources, praise(), [typing("SUPPORT", 0.95)]).events
    assert [e.event_type for e in plain] == [e.event_type for e in agreed] == ["SUPPORT"]
    assert agreed[0].confidence == 0.95 and replace(agreed[0], confidence=plain[0].confidence) == plain[0]


def test_missing_model_folder(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dyadwatch.errors import ModelNotFoundError

    monkeypatch.setenv("DYADWATCH_TYPER", "off")
    assert EventTyper.load() is None
    with pytest.raises(ModelNotFoundError):
        EventTyper.load(tmp_path)


def test_typed_event_keeps_an_unknown_party_as_written(resources: CoderResources) -> None:
    # The Zorblax Union sued the lemonade .   (an unknown subject is kept as written)
    s = build_sentence(["The", "Zorblax", "Union", "sued", "the", "lemonade", "."], [2, 2, 3, 3, 5, 3, 3],
                       ["det", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["DET", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["the", "Zorblax", "Union", "sue", "the", "lemonade", "."])
    events = coded(resources, s, [typing("ACCUSE", 0.7)]).events
    assert [(e.event_type, e.actor.text, e.actor.country) for e in events] == [("ACCUSE", "Zorblax Union", None)]


def test_with_the_screen_a_typed_event_never_stands_on_a_verb_that_tells_no_act(resources: CoderResources) -> None:
    # Russia hoped Ukraine would stay .   ("hope" and "stay" tell no act: the typer's AGREE has no word to stand on)
    s = build_sentence(["Russia", "hoped", "Ukraine", "would", "stay", "."], [1, 1, 4, 4, 1, 1],
                       ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "AUX", "VERB", "PUNCT"],
                       lemmas=["Russia", "hope", "Ukraine", "would", "stay", "."])
    screened = make_options().with_(calibrate=False)
    parsed = ParsedArticle(Article("t", s.text, published=PUB), (s,))
    assert code_article(parsed, resources, screened, [typing("AGREE", 0.9)]).events == ()
    # with the screen off (PLV's sentences are known to hold an act) the typer's event stands on the root
    assert [e.trigger for e in coded(resources, s, [typing("AGREE", 0.9)]).events] == ["hoped"]


def test_with_the_screen_a_typed_event_stands_only_on_a_word_of_its_type(resources: CoderResources) -> None:
    # Russia pounded Ukraine .   (the typer reads AGREE: "pound" is no AGREE word, so no AGREE is coded)
    acted = build_sentence(["Russia", "pounded", "Ukraine", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                           pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["Russia", "pound", "Ukraine", "."])
    parsed = ParsedArticle(Article("t", acted.text, published=PUB), (acted,))
    screened = make_options().with_(calibrate=False)
    assert "AGREE" not in {e.event_type for e in code_article(parsed, resources, screened,
                                                                  [typing("AGREE", 0.9)]).events}
    # with the screen off the typer's AGREE stands on the main predicate
    assert [(e.event_type, e.trigger) for e in coded(resources, acted, [typing("AGREE", 0.9)]).events
            if e.event_type == "AGREE"] == [("AGREE", "pounded")]


def test_a_mislemmatised_form_still_tells_no_act(resources: CoderResources) -> None:
    # Russia hoped Ukraine would stay .   (lower-cased text: the parser's lemma of "hoped" is "hop")
    s = build_sentence(["russia", "hoped", "ukraine", "would", "stay", "."], [1, 1, 4, 4, 1, 1],
                       ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "AUX", "VERB", "PUNCT"],
                       lemmas=["russia", "hop", "ukraine", "would", "stay", "."])
    parsed = ParsedArticle(Article("t", s.text, published=PUB), (s,))
    assert code_article(parsed, resources, make_options().with_(calibrate=False), [typing("AGREE", 0.9)]).events == ()


def test_weak_readings_the_typer_drops_are_told_with_why() -> None:
    # a sentence the typer reads as no event: the lexicon's weak reading is dropped, and said to be, the strong one
    # stays; under another verdict nothing is dropped
    weak, strong = event("ACCUSE", 0.5), event("AGREE", 0.9)
    verdict = typing(NONE, 0.85)
    kept = revise([weak, strong], verdict, lambda t: [])
    told = doubted_events([weak, strong], kept, verdict)
    assert [r.event.id for r in told] == ["ACCUSE"]
    assert "reads no event" in told[0].reason and "0.85" in told[0].reason and "0.50" in told[0].reason
    accusing = typing("ACCUSE", 0.85)
    assert doubted_events([weak, strong], revise([weak, strong], accusing, lambda t: []), accusing) == []
