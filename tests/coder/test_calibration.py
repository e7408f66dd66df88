"""The confidence calibration: features, fitting, loading, and the threshold the screen applies."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dyadwatch.coder.calibration import Calibration, features, fit, party_class
from dyadwatch.coder.screen import calibrated
from dyadwatch.errors import DataError
from dyadwatch.records import Actor

from ..eventfactory import ACTORS, event


def test_features_name_the_evidence() -> None:
    e = event("CHN", "USA", "040", confidence=0.9)
    got = features(e)
    assert got["bias"] == 1.0 and got["confidence"] == 0.9
    assert got["source=state"] == 1.0 and got["target=state"] == 1.0
    assert got["between_countries"] == 1.0 and got["source_kind=person"] == 1.0
    police = replace(e, actor=Actor("the police", None, "IND", "COP", "group", country_source="story"),
                     recipient=None)
    assert {"source_country=story", "target=none"} <= set(features(police))
    assert party_class(Actor("x", None, None, "CVL", "group")) == "society"
    assert party_class(ACTORS["ORG"]) == "political"



def test_an_international_body_has_no_country_by_nature_not_by_failure() -> None:
    unplaced = replace(event("CHN", "USA", "020"), actor=Actor("the activists", None, None, "CVL", "group"))
    assert "source_country=none" in features(unplaced)
    the_un = Actor("the UN", "United Nations", None, "IGO", "organisation")
    assert "source_country=none" not in features(replace(event("CHN", "USA", "020"), actor=the_un))
    to_un = replace(event("USA", "CHN", "020"), recipient=the_un)
    assert "target_country=none" not in features(to_un)
    # an international rights group the knowledge base lists with no home, as a body of no country by nature
    hrw = Actor("Human Rights Watch", "Human Rights Watch", None, "NGO", "organisation")
    assert "source_country=none" not in features(replace(event("CHN", "USA", "020"), actor=hrw))
    # a group the coder took for one but could not place is unplaced
    group = Actor("the rights group", None, None, "NGO", "group")
    assert "source_country=none" in features(replace(event("CHN", "USA", "020"), actor=group))
    # a national human rights commission listed with no home (many countries have one) is not placed by nature
    commission = Actor("NHRC", "National Human Rights Commission", None, "HRI", "organisation")
    assert "source_country=none" in features(replace(event("CHN", "USA", "020"), actor=commission))


def test_fit_learns_which_evidence_goes_with_right_events() -> None:
    rows = [({"bias": 1.0, "good": 1.0}, True)] * 20 + [({"bias": 1.0, "bad": 1.0}, False)] * 20
    weights = fit(rows)
    model = Calibration("t", weights)
    assert model.probability_of({"bias": 1.0, "good": 1.0}) > 0.8
    assert model.probability_of({"bias": 1.0, "bad": 1.0}) < 0.2
    assert fit(rows) == weights  # deterministic


def test_the_threshold_leaves_out_events_under_it_with_the_reason() -> None:
    model = Calibration("t", {"bias": 0.0, "confidence": 4.0, "source=state": 0.0}, threshold=0.7)
    sure, unsure = event("CHN", "USA", "040", confidence=0.9), event("CHN", "USA", "040", confidence=0.1)
    kept, below = calibrated([sure, unsure], model, None)
    assert [e.confidence for e in kept] == [round(model.probability(sure), 2)]
    assert len(below) == 1 and "under the threshold 0.7" in below[0].reason
    everything, none_below = calibrated([sure, unsure], model, 0.0)
    assert len(everything) == 2 and none_below == ()


def test_the_shipped_table_loads_and_a_broken_one_is_a_coded_error(tmp_path: Path) -> None:
    shipped = Calibration.load()
    assert shipped.version and 0.0 <= shipped.threshold < 1.0 and "bias" in shipped.weights
    broken = tmp_path / "c.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match="D300"):
        Calibration.load(broken)


def test_the_typers_verdict_on_the_sentence_is_evidence() -> None:
    from dyadwatch.coder.eventtyper import LABELS, Typing

    def verdict(**mass: float) -> Typing:
        return Typing(tuple(mass.get(label, 0.0) for label in LABELS))

    meeting = event("CHN", "USA", "040", confidence=0.9)
    assert "typer_none" not in features(meeting)  # no typer: the features of before
    agreed = features(meeting, verdict(CONSULT=0.7, NONE=0.3))
    assert agreed["typer_none"] == 0.3 and agreed["typer_type"] == 0.7 and "typer_other_type" not in agreed
    other = features(meeting, verdict(ACCUSE=0.6, CONSULT=0.1, NONE=0.3))
    assert other["typer_other_type"] == 1.0 and other["typer_type"] == 0.1
    # a typer sure there is no event lowers the probability, under weights that say so
    model = Calibration("t", {"bias": 0.0, "typer_none": -4.0})
    assert model.probability(meeting, verdict(NONE=0.9)) < model.probability(meeting, verdict(CONSULT=0.9))
    # calibrated() finds each event's sentence verdict by sentence index
    kept, _ = calibrated([meeting], model, 0.0, {0: verdict(NONE=0.9)})
    assert kept[0].confidence == round(model.probability(meeting, verdict(NONE=0.9)), 2)


def test_the_type_and_a_generic_code_are_evidence() -> None:
    # 040 is CONSULT's generic code: the typer's reading of a sentence, or a word coded only by its root
    met = features(event("CHN", "USA", "040"))
    assert met["type=CONSULT"] == 1.0 and met["generic_code"] == 1.0
    visited = features(event("CHN", "USA", "042"))  # a visit: the lexicon's own code
    assert visited["type=CONSULT"] == 1.0 and "generic_code" not in visited


def test_a_target_told_what_to_do_is_evidence() -> None:
    usa = ACTORS["USA"].text
    told = event("CHN", "USA", "020", trigger="urged", sentence=f"Beijing urged {usa} to lift the tariffs.")
    assert features(told)["target_told_to_act"] == 1.0
    # "called for calm" names no one told; "urged ... restraint" tells no act to do
    untold = event("CHN", "USA", "020", trigger="urged", sentence=f"Beijing urged restraint on {usa} and China.")
    assert "target_told_to_act" not in features(untold)
    far = event("CHN", "USA", "020", trigger="urged",
                sentence=f"Beijing urged, in a long statement issued after midnight on Sunday, {usa} to act.")
    assert "target_told_to_act" not in features(far)
    assert "target_told_to_act" not in features(replace(told, recipient=None))


def test_a_target_named_right_after_the_act_is_evidence() -> None:
    usa = ACTORS["USA"].text
    near = event("CHN", "USA", "112", trigger="accused", sentence=f"Beijing accused {usa} of meddling.")
    assert features(near)["target_right_after"] == 1.0
    far = event("CHN", "USA", "112", trigger="accused",
                sentence=f"Beijing accused, in a long statement issued overnight, {usa} of meddling.")
    assert "target_right_after" not in features(far)
    # a target told what to do is weighed as such, not twice
    told = event("CHN", "USA", "020", trigger="urged", sentence=f"Beijing urged {usa} to lift the tariffs.")
    assert "target_right_after" not in features(told)


def test_the_event_texts_are_the_trigger_window_and_the_parties() -> None:
    from dyadwatch.coder.calibration import event_texts
    from dyadwatch.parse import build_sentence

    words = ["Officials", "said", "on", "Monday", "that", "the", "minister", "criticised", "the", "new", "plan",
             "for", "the", "city", "strongly", "."]
    sentence = build_sentence(words, [1] * len(words), ["dep"] * len(words))
    trigger = sentence.tokens[7]
    e = replace(event("CHN", "USA", "111", trigger="criticised"), span=(trigger.start, trigger.end))
    texts = event_texts(sentence, e)
    # six words either side of the trigger, and the source phrase, the trigger and the target phrase
    assert texts["window"] == "said on Monday that the minister criticised the new plan for the city"
    assert texts["parties"] == f"{e.actor.text} criticised {e.recipient.text}"  # type: ignore[union-attr]


def test_embeddings_are_evidence_when_the_model_has_weights_for_them(tmp_path: Path) -> None:
    import numpy as np

    from dyadwatch.coder.calibration import fit_model

    act, view = np.array([1.0, 0.0, 0.0]), np.array([0.0, 1.0, 0.0])
    rows = ([({"bias": 1.0}, {"window": act}, True)] * 20 + [({"bias": 1.0}, {"window": view}, False)] * 20)
    weights, vectors = fit_model(rows)
    assert set(vectors) == {"window"} and fit_model(rows)[1]["window"].tolist() == vectors["window"].tolist()
    model = Calibration("t", weights, 0.5, vectors=vectors)
    meeting = event("CHN", "USA", "040")
    assert model.probability(meeting, None, {"window": act * 3}) > 0.8  # the length does not count
    assert model.probability(meeting, None, {"window": view}) < 0.2
    assert model.probability(meeting) == model.probability_of(features(meeting))  # no embedding: nothing added
    # calibrated() embeds each event's texts with the encoder it is given, in one call
    calls: list[list[str]] = []

    def encoder(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        return np.stack([act if "pledged" in t else view for t in texts])

    from dyadwatch.parse import build_sentence
    sentence = build_sentence(["China", "pledged", "aid", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"])
    pledge = replace(meeting, span=(sentence.tokens[1].start, sentence.tokens[1].end), trigger="pledged")
    kept, below = calibrated([pledge], model, None, None, {0: sentence}, encoder)
    assert calls == [["China pledged aid ."]] and len(kept) == 1 and below == ()
    # the vectors travel through the table file, and a table with a stray vector name is a coded error
    path = tmp_path / "c.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = Calibration.load(path)
    assert again.probability(meeting, None, {"window": act}) == pytest.approx(model.probability(meeting, None,
                                                                                                {"window": act}))
    path.write_text(model.to_json().replace('"window"', '"elsewhere"'), encoding="utf-8")
    with pytest.raises(DataError, match="D300"):
        Calibration.load(path)


def test_an_act_told_twice_is_stood_for_by_the_telling_the_calibration_trusts_most() -> None:
    # the raw confidence ranks the first telling higher; the calibration (which here reads only the
    # trigger's type of evidence through the code) trusts the second more: the second must stand for the act,
    # above the threshold, with the first as its retelling
    model = Calibration("t", {"bias": -2.0, "confidence": 0.0, "generic_code": 4.0}, threshold=0.5)
    loud = event("CHN", "USA", "153", confidence=0.9, trigger="rushed", sentence_index=0)
    plain = event("CHN", "USA", "150", confidence=0.6, trigger="intensified", sentence_index=1)
    assert model.probability(loud) < 0.5 < model.probability(plain)
    kept, left = calibrated([loud, plain], model, None, merge=True)
    assert [e.trigger for e in kept] == ["intensified"]
    assert kept[0].retellings == ((0, 0, len(loud.sentence)),)
    assert any("the same act" in r.reason for r in left)
    # without the merge both are scored on their own, and the first falls under the threshold
    alone, below = calibrated([loud, plain], model, None)
    assert [e.trigger for e in alone] == ["intensified"] and "under the threshold" in below[0].reason
