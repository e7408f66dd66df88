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
