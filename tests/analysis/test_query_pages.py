"""The query functions the web app's pages add: a pair's events either way, the latest events, the
volume over time and the counts per type (hand-built store, no model)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from dyadwatch.analysis import query as dq
from dyadwatch.errors import BadOptionError
from dyadwatch.records import Sentence
from dyadwatch.store.eventstore import EventStore

from ..eventfactory import build_store, coded, event


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = build_store(tmp_path / "p.duckdb", [
        coded("a", [event(trigger="met", sentence="Xi met Trump in Busan on Thursday."),
                    event(actor="USA", recipient="CHN", cameo="111", day="2025-11-02", modality="reported",
                          sentence="Washington criticised Beijing's export controls."),
                    event(cameo="036", day="2025-12", modality="planned", sentence="Xi will visit Washington.")]),
        coded("b", [event(day="2025-10-30", trigger="met", sentence="The two leaders met in Busan."),
                    event(actor="RUS", recipient="UKR", cameo="190", day="2025-08", sentence="Russia shelled Kyiv.")],
              published=date(2025, 11, 1)),
        coded("c", [event(day=None, sentence="Xi praised the talks.")], published=None),
    ])
    with EventStore(path, read_only=True) as s:
        yield s


def test_pair_events_either_way_page_like_list_events(store: EventStore) -> None:
    first = dq.list_pair_events(store, "usa", "China", limit=2)
    assert first.next_cursor is not None
    rest = dq.list_pair_events(store, "CHN", "USA", limit=10, cursor=first.next_cursor)
    rows = first.items + rest.items
    assert {(r["actor_code"], r["recipient_code"]) for r in rows} == {("CHN", "USA"), ("USA", "CHN")}
    assert len(rows) == 5 and rest.next_cursor is None  # every China-US mention, the undated one last
    assert rows[-1]["event_date"] is None
    assert [r["event_date"] for r in rows[:4]] == sorted(r["event_date"] for r in rows[:4])
    only = dq.list_pair_events(store, "USA", "CHN", dq.EventFilters(actor="RUS", modality=("reported",)))
    assert [r["sentence"] for r in only.items] == ["Washington criticised Beijing's export controls."]
    with pytest.raises(BadOptionError):
        dq.list_pair_events(store, "USA", "Atlantis")


def test_latest_events_newest_first(store: EventStore) -> None:
    rows = dq.latest_events(store, limit=3)
    assert [r["event_date"] for r in rows] == ["2025-12", "2025-11-02", "2025-10-30"]
    assert rows[0]["title"] == "Title a"
    assert [r["event_date"] for r in dq.latest_events(store, dq.EventFilters(actor="RUS"))] == ["2025-08"]


def test_volume_is_zero_filled_and_counts_what_happened(store: EventStore) -> None:
    rows = dq.volume(store, by="month")
    assert [r["period"] for r in rows] == ["2025-08", "2025-09", "2025-10", "2025-11"]
    by_period = {r["period"]: r for r in rows}
    assert by_period["2025-09"] == {"period": "2025-09", "events": 0, "cooperative": 0, "conflictual": 0}
    assert by_period["2025-10"]["events"] == 1  # two reports of one meeting: one merged event
    assert by_period["2025-11"] == {"period": "2025-11", "events": 1, "cooperative": 0, "conflictual": 1}
    assert dq.volume(store, by="month", count="mentions")[2]["events"] == 2
    assert [r["events"] for r in dq.volume(store, by="year")] == [3]
    with pytest.raises(BadOptionError):
        dq.volume(store, by="day")


def test_type_counts_by_quad_class(store: EventStore) -> None:
    # merged events that happened (the undated one too): the meeting pledge twice (one merged from two
    # reports), the criticism, the shelling
    assert [(r["event_type"], r["quad_class"], r["events"]) for r in dq.type_counts(store)] == [
        ("AGREE", 1, 2), ("ACCUSE", 3, 1), ("ASSAULT", 4, 1)]
    everything = dq.type_counts(store, dq.EventFilters(), count="mentions")
    assert [(r["event_type"], r["events"]) for r in everything] == [("AGREE", 4), ("ACCUSE", 1), ("ASSAULT", 1)]


def test_article_sentences_in_order_with_their_events(tmp_path: Path) -> None:
    article = coded("s", [event(sentence="Xi met Trump in Busan.", sentence_index=1)])
    lines = ["BUSAN (DSW) -", "Xi met Trump in Busan.", "They talked."]
    starts = [0, 14, 37]
    sentences = tuple(Sentence(i, starts[i], starts[i] + len(t), t, ()) for i, t in enumerate(lines))
    path = build_store(tmp_path / "s.duckdb", [replace(article, sentences=sentences)])
    with EventStore(path, read_only=True) as store:
        digest = dq.list_events(store).items[0]["content_hash"]
        rows = dq.article_sentences(store, digest)
        assert [(r["index"], r["text"], r["events"]) for r in rows] == [
            (0, "BUSAN (DSW) -", 0), (1, "Xi met Trump in Busan.", 1), (2, "They talked.", 0)]
        assert rows[1]["start"] == 14 and rows[1]["end"] == 36
        assert [r["index"] for r in dq.article_sentences(store, digest, limit=2)] == [0, 1]
        assert dq.article_sentences(store, "no-such-article") == []
