"""The store's migrations, idempotent ingest, merging of mentions, commitments, series sums (no model)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadwatch.analysis.filters import HAPPENED, EventFilters
from dyadwatch.analysis.series import dyad_series
from dyadwatch.errors import BadOptionError
from dyadwatch.records import Actor, Event
from dyadwatch.store.eventstore import MIGRATIONS, EventStore
from dyadwatch.store.merge import what_of

from ..eventfactory import build_store, coded, dump, event, event_strategy

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
articles_strategy = st.lists(st.lists(event_strategy, min_size=0, max_size=6), min_size=1, max_size=4).map(
    lambda groups: [coded(f"a{n}", evs, published=date(2025, 4, 1 + n), source=f"S{n % 2}")
                    for n, evs in enumerate(groups)])


def test_migrations_are_numbered_and_recorded(tmp_path: Path) -> None:
    numbers = [m[0] for m in MIGRATIONS]  # reserved per issue, so they land in any order
    assert len(set(numbers)) == len(numbers) and {1, 2} <= set(numbers)
    with EventStore(tmp_path / "s.duckdb") as store:
        applied = [row[0] for row in store.db.execute("SELECT version FROM schema_migrations").fetchall()]
        assert sorted(applied) == sorted(numbers) and store.schema_version() == max(numbers)
        for table in ("merged_events", "mentions", "commitments"):
            assert store.count(table) == 0


def test_a_version_1_store_is_migrated_in_place(tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "old.duckdb"
    db = duckdb.connect(str(path))
    db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, "
               "applied_at TIMESTAMP)")
    for statement in filter(str.strip, MIGRATIONS[0][2].split(";")):
        db.execute(statement)
    db.execute("INSERT INTO schema_migrations VALUES (1, 'v1', now())")
    db.close()
    build_store(path, [coded("a", [event()])])
    with EventStore(path, read_only=True) as store:
        assert store.schema_version() == max(m[0] for m in MIGRATIONS)
        assert store.count("merged_events") == 1


@FAST
@given(articles=articles_strategy)
def test_ingest_twice_equals_ingest_once(tmp_path_factory: pytest.TempPathFactory, articles: list) -> None:
    once = build_store(tmp_path_factory.mktemp("s") / "once.duckdb", articles)
    twice = build_store(tmp_path_factory.mktemp("s") / "twice.duckdb", articles + list(reversed(articles)))
    with EventStore(once, read_only=True) as a, EventStore(twice, read_only=True) as b:
        assert dump(a) == dump(b)
        assert a.count("mentions") == a.count("events")


@FAST
@given(articles=articles_strategy, by=st.sampled_from(["day", "week", "month", "year"]))
def test_series_sums_equal_event_counts(tmp_path_factory: pytest.TempPathFactory, articles: list, by: str) -> None:
    path = build_store(tmp_path_factory.mktemp("s") / "s.duckdb", articles)
    width = {"day": 10, "week": 10, "month": 7, "year": 4}[by]
    expected = sum(1 for a in articles for e in a.events
                   if e.modality in ("asserted", "reported") and e.recipient is not None
                   and {e.actor.country, e.recipient.country} == {"USA", "CHN"} and len(e.date or "") >= width)
    with EventStore(path, read_only=True) as store:
        rows = dyad_series(store, "USA", "CHN", by=by, count="mentions")
    both = [r for r in rows if r["direction"] == "both"]
    assert sum(r["events"] for r in both) == expected
    for r in both:
        ways = [x for x in rows if x["period"] == r["period"] and x["direction"] != "both"]
        assert sum(x["events"] for x in ways) == r["events"]
        quads = r["verbal_coop"] + r["material_coop"] + r["verbal_conflict"] + r["material_conflict"]
        assert quads == r["events"] == sum(v for k, v in r.items() if k.startswith("n_"))


def test_series_can_leave_out_unsure_events(tmp_path: Path) -> None:
    unsure, sure_one = event(confidence=0.3), event(sentence_index=2, confidence=0.9, cameo="051")
    path = build_store(tmp_path / "c.duckdb", [coded("a", [unsure, sure_one])])
    with EventStore(path, read_only=True) as store:
        every = sum(r["events"] for r in dyad_series(store, "USA", "CHN", count="mentions")
                    if r["direction"] == "both")
        sure = sum(r["events"] for r in dyad_series(store, "USA", "CHN", EventFilters(
            modality=HAPPENED, min_confidence=0.5), count="mentions") if r["direction"] == "both")
        with pytest.raises(BadOptionError, match=r"\[D201\]"):
            dyad_series(store, "USA", "CHN", EventFilters(min_confidence=2.0))
    assert (every, sure) == (2, 1)


def merged_of(tmp_path: Path, *articles: object) -> list[dict]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = build_store(tmp_path / "m.duckdb", list(articles))  # type: ignore[arg-type]
    with EventStore(path, read_only=True) as store:
        cur = store.db.execute("SELECT * FROM merged_events ORDER BY event_date, merged_id")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def test_two_reports_of_one_meeting_merge(tmp_path: Path) -> None:
    merged = merged_of(tmp_path,
                       coded("a", [event(confidence=0.6), event(sentence_index=3, confidence=0.6)], source="Reuters"),
                       coded("b", [event(day="2025-10-31", place=None, confidence=0.9, sentence="The best one.")],
                             source="AP", published=date(2025, 11, 2)))
    assert len(merged) == 1
    m = merged[0]
    assert (m["num_mentions"], m["num_articles"], m["num_sources"]) == (3, 2, 2)
    assert m["sentence"] == "The best one." and m["confidence"] == 0.9
    assert m["event_date"] == "2025-10-30" and m["location_country"] == "KOR"
    assert (str(m["first_seen"]), str(m["last_seen"])) == ("2025-10-31", "2025-11-02")


@pytest.mark.parametrize(("other", "merges"), [
    ({"day": "2025-10-31"}, True),
    ({"day": "2025-11-01"}, False),  # two days apart
    ({"place": "Geneva"}, False),  # another country
    ({"place": None}, True),  # unknown place is compatible
    ({"modality": "reported"}, True),  # reported and asserted: it happened
    ({"modality": "planned"}, False),
    ({"cameo": "042"}, False),  # another CAMEO base
    ({"recipient": "RUS"}, False),
    ({"actor": "USA", "recipient": "CHN"}, False),  # the other direction
    ({"day": "2025-10"}, False),  # month precision does not join a day
])
def test_merge_rules(tmp_path: Path, other: dict, merges: bool) -> None:
    merged = merged_of(tmp_path, coded("a", [event()]), coded("b", [event(**other)]))
    assert len(merged) == (1 if merges else 2)


def test_month_precision_merges_within_the_month_and_undated_never(tmp_path: Path) -> None:
    merged = merged_of(tmp_path, coded("a", [event(day="2025-10"), event(day=None)]),
                       coded("b", [event(day="2025-10"), event(day=None)]))
    assert sorted(m["num_mentions"] for m in merged) == [1, 1, 2]


def test_actors_without_country_merge_by_name(tmp_path: Path) -> None:
    merged = merged_of(tmp_path, coded("a", [event(actor="ORG", cameo="190")]),
                       coded("b", [event(actor="ORG", cameo="190")]))
    assert len(merged) == 1 and merged[0]["actor_country"] is None


def test_parties_without_a_country_need_the_same_article_or_place(tmp_path: Path) -> None:
    police = Actor("police", None, None, "COP", "group")
    opposition = Actor("the opposition", None, None, "OPP", "group")

    def firing(article: str, actor: Actor = police, place: str | None = None, index: int = 0) -> Event:
        return replace(event(actor="ORG", recipient=None, cameo="190", place=place, article=article,
                             sentence_index=index), actor=actor)

    apart = merged_of(tmp_path / "apart", coded("x", [firing("x")]), coded("y", [firing("y")]))
    assert len(apart) == 2  # unnamed police in two articles with no place: two events
    placed = merged_of(tmp_path / "placed", coded("x", [firing("x", place="Busan")]),
                       coded("y", [firing("y", place="Busan")]))
    assert len(placed) == 1
    one_article = merged_of(tmp_path / "one", coded("x", [firing("x"), firing("x", index=2)]))
    assert len(one_article) == 1
    others = merged_of(tmp_path / "others", coded("x", [firing("x"), firing("x", actor=opposition, index=2)]))
    assert len(others) == 2  # not one party just because neither has a country


def test_commitment_status(tmp_path: Path) -> None:
    pledge = event(cameo="036", day="2025-10-30", trigger="pledged",
                   sentence="Xi pledged to meet Trump in April, officials said.")
    later = event(cameo="042", day="2025-11-20", trigger="visited")
    lone = event(actor="USA", recipient="CHN", cameo="0311", day="2025-10-30", trigger="agreed",
                 sentence="Trump agreed to buy Chinese goods; markets rose.")
    path = build_store(tmp_path / "c.duckdb", [coded("a", [pledge, lone]), coded("b", [later])])
    with EventStore(path, read_only=True) as store:
        rows = store.db.execute("SELECT actor_country, status, what FROM commitments ORDER BY actor_country").fetchall()
    assert rows == [("CHN", "carried out", "pledged to meet Trump in April, officials said"),
                    ("USA", "pledged", "agreed to buy Chinese goods")]


def test_a_pledge_two_sources_report_is_confirmed(tmp_path: Path) -> None:
    path = build_store(tmp_path / "c.duckdb", [coded("a", [event(cameo="0311")], source="AP"),
                                               coded("b", [event(cameo="0311")], source="Reuters")])
    with EventStore(path, read_only=True) as store:
        assert store.db.execute("SELECT status, num_sources FROM commitments").fetchall() == [("confirmed", 2)]


def test_what_quotes_from_the_trigger() -> None:
    assert what_of("China and the US agreed on Monday to cut tariffs.", "agreed") == "agreed on Monday to cut tariffs"
    assert what_of("x " * 200, "missing").endswith("…")
