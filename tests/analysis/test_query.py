"""The shared query layer (dyadwatch.analysis.query): filters, paging, one event, dyads, series,
commitments, actor search and stats, on hand-built stores (no model)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyadwatch.analysis import query as dq
from dyadwatch.analysis.parties import gdelt_actor_code, party_code, resolve_party
from dyadwatch.errors import BadOptionError
from dyadwatch.store.eventstore import EventStore

from ..eventfactory import build_store, coded, event


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = build_store(tmp_path / "q.duckdb", [
        # one meeting reported by two articles: one merged event, two mentions
        coded("a", [event(trigger="met", sentence="Xi met Trump in Busan on Thursday."),
                    event(actor="USA", recipient="CHN", cameo="111", day="2025-11-02", modality="reported",
                          sentence="Washington criticised Beijing's export controls."),
                    event(cameo="036", day="2025-12", modality="planned", sentence="Xi will visit Washington.")]),
        coded("b", [event(day="2025-10-30", trigger="met", sentence="The two leaders met in Busan."),
                    event(actor="RUS", recipient="UKR", cameo="190", day="2025-09", sentence="Russia shelled Kyiv."),
                    event(actor="RUS", recipient="UNO", cameo="112", day="2025-09-03", place=None,
                          sentence="Russia accused the United Nations of bias.")],
              published=date(2025, 11, 1)),
        coded("c", [event(day=None, sentence="Xi praised the talks.")], published=None),
    ])
    with EventStore(path, read_only=True) as s:
        yield s


def test_parties_resolve_codes_names_and_bodies() -> None:
    assert [resolve_party(t) for t in ("USA", "usa", "China", "Chinese", "the UN", "EU", "NATO")] == [
        "USA", "USA", "CHN", "CHN", "UNO", "EUR", "NAT"]
    with pytest.raises(BadOptionError, match=r"\[D201\] unknown country 'Narnia'"):
        resolve_party("Narnia")
    assert party_code(None, "IGO", "United Nations") == "UNO"
    assert party_code(None, "REB", "rebels") is None
    assert gdelt_actor_code(None, "IGO", "NATO") == ("IGONAT", "", "NAT")
    assert gdelt_actor_code("CHN", "GOV", "Xi Jinping") == ("CHNGOV", "CHN", "")


def test_filters_check_their_values() -> None:
    f = dq.EventFilters(actor="China", type="agree", modality="happened", since="2025-10", min_confidence="0.5")
    assert (f.actor, f.type, f.modality, f.min_confidence) == ("CHN", "AGREE", ("asserted", "reported"), 0.5)
    for bad in ({"type": "HUG"}, {"since": "2025-13"}, {"until": "30/10/2025"}, {"min_confidence": 2},
                {"modality": "maybe"}, {"cameo": "x1"}, {"since": "2025-11", "until": "2025-10"},
                {"actor": "Atlantis"}):
        with pytest.raises(BadOptionError):
            dq.EventFilters(**bad)


def test_list_events_pages_with_a_cursor_and_carries_the_article(store: EventStore) -> None:
    everything = dq.iter_events(store)
    assert len(everything) == 7
    assert [e["event_date"] for e in everything][-1] is None  # undated last
    seen, cursor = [], None
    while True:
        page = dq.list_events(store, limit=3, cursor=cursor)
        assert len(page.items) <= 3
        seen += [e["event_id"] for e in page.items]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == [e["event_id"] for e in everything]
    first = everything[0]
    assert first["title"] and first["url"].startswith("https://example.org/") and first["merged_id"]
    assert {e["date_precision"] for e in everything} == {"day", "month", "none"}
    assert dq.list_events(store, limit=10_000).limit == dq.MAX_PAGE
    with pytest.raises(BadOptionError):
        dq.list_events(store, limit=-1)
    with pytest.raises(BadOptionError):
        dq.list_events(store, cursor="not-a-cursor!")


def test_list_events_filters(store: EventStore) -> None:
    def ids(**kw: object) -> set[str]:
        return {e["sentence"] for e in dq.iter_events(store, dq.EventFilters(**kw))}  # type: ignore[arg-type]

    assert ids(actor="USA") == {"Washington criticised Beijing's export controls."}
    assert ids(recipient="UN") == {"Russia accused the United Nations of bias."}
    assert ids(type="ASSAULT") == {"Russia shelled Kyiv."}
    assert ids(cameo="11") == {"Washington criticised Beijing's export controls.",
                               "Russia accused the United Nations of bias."}
    assert ids(modality="planned") == {"Xi will visit Washington."}
    assert ids(since="2025-11") == {"Washington criticised Beijing's export controls.", "Xi will visit Washington."}
    assert ids(until="2025-09") == {"Russia shelled Kyiv.", "Russia accused the United Nations of bias."}
    assert ids(q="busan") == {"Xi met Trump in Busan on Thursday.", "The two leaders met in Busan."}
    assert ids(q="100%") == set()  # LIKE wildcards are matched literally
    rows = dq.iter_events(store, dq.EventFilters(recipient="UNO"))
    assert rows[0]["recipient_code"] == "UNO" and rows[0]["recipient_country"] is None


def test_get_event_shows_sentence_article_and_all_mentions(store: EventStore) -> None:
    meeting = next(e for e in dq.iter_events(store) if e["sentence"] == "Xi met Trump in Busan on Thursday.")
    shown = dq.get_event(store, meeting["event_id"])
    assert shown is not None
    assert shown["article"]["title"] == "Title a" and shown["sentence"]["text"]
    assert shown["span"] == [meeting["span_start"], meeting["span_end"]]
    assert shown["merged"]["num_mentions"] == 2
    assert {m["article_id"] for m in shown["mentions"]} == {"a", "b"}
    assert sum(m["is_best"] for m in shown["mentions"]) == 1
    assert dq.get_event(store, meeting["event_id"][:8])["event"]["event_id"] == meeting["event_id"]  # type: ignore[index]
    assert dq.get_event(store, shown["merged"]["merged_id"]) is not None
    assert dq.get_event(store, "nope") is None and dq.get_event(store, "'; DROP TABLE events; --") is None


def test_ranked_dyads_count_merged_events_by_default(store: EventStore) -> None:
    by_events = {(r["a"], r["b"]): r for r in dq.ranked_dyads(store)}
    pair = by_events[("CHN", "USA")]
    # happened: the meeting (2 reports = 1 event), the criticism, the undated praise; not the planned visit
    assert (pair["events"], pair["mentions"], pair["count"]) == (3, 4, "events")
    assert ("RUS", "UNO") in by_events
    by_mentions = {(r["a"], r["b"]): r for r in dq.ranked_dyads(store, count="mentions")}
    assert by_mentions[("CHN", "USA")]["events"] == 3 and by_mentions[("CHN", "USA")]["mentions"] == 4
    every = {(r["a"], r["b"]): r for r in dq.ranked_dyads(store, dq.EventFilters(modality=None))}
    assert every[("CHN", "USA")]["events"] == 4
    assert [r["a"] + r["b"] for r in dq.ranked_dyads(store, dq.EventFilters(actor="UNO", modality=("asserted",)))] \
        == ["RUSUNO"]
    with pytest.raises(BadOptionError):
        dq.ranked_dyads(store, count="articles")


def test_dyad_series_is_zero_filled_in_a_fixed_order(store: EventStore) -> None:
    rows = dq.dyad_series(store, "USA", "China", by="day")
    assert all(list(r) == list(dq.SERIES_COLUMNS) for r in rows)
    periods = list(dict.fromkeys(r["period"] for r in rows))
    assert periods == ["2025-10-30", "2025-10-31", "2025-11-01", "2025-11-02"]
    assert [r["direction"] for r in rows[:3]] == ["USA->CHN", "CHN->USA", "both"]
    cell = {(r["period"], r["direction"]): r for r in rows}
    assert cell[("2025-10-30", "CHN->USA")]["events"] == 1  # one meeting, two reports
    assert cell[("2025-10-31", "both")]["events"] == 0 and cell[("2025-10-31", "both")]["coop_index"] is None
    assert cell[("2025-11-02", "USA->CHN")]["verbal_conflict"] == 1
    mentions = {(r["period"], r["direction"]): r for r in dq.dyad_series(store, "USA", "CHN", by="day",
                                                                         count="mentions")}
    assert mentions[("2025-10-30", "CHN->USA")]["events"] == 2
    months = dq.dyad_series(store, "USA", "CHN", dq.EventFilters(since="2025-08", until="2026-01", modality=None))
    assert list(dict.fromkeys(r["period"] for r in months)) == ["2025-08", "2025-09", "2025-10", "2025-11",
                                                                 "2025-12", "2026-01"]
    assert {(r["period"], r["direction"]): r["events"] for r in months}[("2025-12", "CHN->USA")] == 1  # planned
    weeks = dq.dyad_series(store, "USA", "CHN", by="week")
    assert weeks[0]["period"] == "2025-10-27"  # the Monday
    assert dq.dyad_series(store, "USA", "GBR") == []
    with pytest.raises(BadOptionError):
        dq.dyad_series(store, "USA", "USA")
    with pytest.raises(BadOptionError, match="unknown country"):
        dq.dyad_series(store, "USA", "Narnia")


def test_commitments_search_and_stats(store: EventStore) -> None:
    pledges = dq.commitments(store, "USA", "China")
    assert sorted(p["modality"] for p in pledges) == ["asserted", "planned"]  # "Xi met Trump" promises nothing
    assert all("evidence_sentence" in p and p["actor_code"] == "CHN" for p in pledges)
    assert {p["status_reason"] for p in pledges} == {"reported by one source; no later act of the promised kind"}
    assert dq.commitments(store, "GBR") == []
    found = dq.search_actors(store, "united nations")
    assert found[0]["code"] == "UNO" and found[0]["mentions"] == 1
    assert any(r["kind"] == "actor" and r["name"] == "Xi Jinping" for r in dq.search_actors(store, "xi"))
    s = dq.stats(store)
    assert (s["articles"], s["events"], s["merged_events"]) == (3, 7, 6)
    assert (s["first_date"], s["last_date"], s["undated_events"]) == ("2025-09", "2025-12", 1)
    assert s["coders"] == ["dyadwatch/test events.v1"] and s["last_run"]["coder"] == "dyadwatch/test events.v1"
