"""The canonical input (../shared/articles), when it is there."""

from __future__ import annotations

import pytest

from dyadwatch.pipeline import Pipeline

from .conftest import SUMMIT

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not SUMMIT.exists(), reason="../shared is absent")]


@pytest.fixture(scope="module")
def summit(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    from dyadwatch.readers import read_inputs

    article = next(iter(read_inputs([str(SUMMIT)], published=None)))
    from datetime import date

    from dyadwatch.records import Article

    assert isinstance(article, Article)
    article = Article(article.id, article.text, article.title, date(2025, 10, 30))
    return next(pipeline.code_articles([article]))


def pairs(coded, event_type: str) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.actor.country, e.recipient.country if e.recipient else None)
            for e in coded.events if e.event_type == event_type}


def test_at_least_eight_events_with_provenance(summit) -> None:  # type: ignore[no-untyped-def]
    assert len(summit.events) >= 8
    for e in summit.events:
        start, end = e.span
        assert summit.article.text[start:end] in e.sentence


def test_meeting_praise_and_appeal(summit) -> None:  # type: ignore[no-untyped-def]
    assert pairs(summit, "CONSULT") & {("CHN", "USA"), ("USA", "CHN")}
    assert ("CHN", "USA") in pairs(summit, "SUPPORT")
    assert ("CHN", "USA") in pairs(summit, "REQUEST")


def test_tariff_cut_and_suspension_are_retreats_without_material_conflict(summit) -> None:  # type: ignore[no-untyped-def]
    retreats = [e for e in summit.events if e.event_type in ("RETREAT", "CONCEDE")]
    assert any(e.actor.country == "USA" for e in retreats)
    assert any(e.actor.country == "CHN" for e in retreats)
    conflict = [e for e in summit.events if e.quad_class == 4 and e.modality in ("asserted", "reported")
                and {e.actor.country, e.recipient.country if e.recipient else None} == {"USA", "CHN"}]
    assert conflict == []


def test_meeting_place_and_date(summit) -> None:  # type: ignore[no-untyped-def]
    meetings = [e for e in summit.events if e.event_type == "CONSULT" and e.modality == "asserted"
                and {e.actor.country, e.recipient.country if e.recipient else None} == {"USA", "CHN"}]
    assert any(e.location is not None and (e.location.name, e.location.country) == ("Busan", "KOR")
               and e.date == "2025-10-30" for e in meetings)


def test_tariff_cut_has_its_quantity(summit) -> None:  # type: ignore[no-untyped-def]
    cuts = [e for e in summit.events if e.event_type == "RETREAT" and e.actor.country == "USA"
            and e.recipient is not None and e.recipient.country == "CHN" and e.quantity is not None]
    assert [(q.measure, q.from_value, q.to_value, q.unit) for q in (e.quantity for e in cuts)] == [
        ("tariff", 20.0, 10.0, "%")]


def test_planned_visits_and_the_impossible_date(summit) -> None:  # type: ignore[no-untyped-def]
    visits = {(e.actor.country, e.recipient.country if e.recipient else None): e for e in summit.events
              if e.event_type == "CONSULT" and e.modality == "planned"}
    assert ("USA", "CHN") in visits and ("CHN", "USA") in visits
    assert visits[("USA", "CHN")].date == "2025-04"
    assert any(w.code == "W201" and "2025-04" in w.message for w in summit.warnings)


def test_speakers_and_channel(summit) -> None:  # type: ignore[no-untyped-def]
    speakers = [q.speaker.name for q in summit.quotes if q.speaker is not None]
    assert speakers.count("Xi Jinping") >= 4 and speakers.count("Donald Trump") >= 4
    assert any(q.via == "Xinhua" for q in summit.quotes)


def test_no_event_from_a_hypothetical_retaliation(summit) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in summit.events if "retaliation" in e.sentence and e.event_type not in ("REQUEST",)]
