"""Exports (GDELT, PLOVER, Parquet, CSV), the library API and the store commands of the CLI (no model)."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import dyadwatch
from dyadwatch.analysis.export import EVENT_COLUMNS, EXTRA_COLUMNS, export, gdelt_columns, read_parquet, read_plover
from dyadwatch.cli import app
from dyadwatch.errors import BadOptionError, StoreSchemaError
from dyadwatch.records import Quantity
from dyadwatch.store.eventstore import EventStore

from ..conftest import SHARED
from ..eventfactory import build_store, coded, event, event_strategy

FAST = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "s.duckdb", [
        coded("a", [event(), event(cameo="0311", trigger="agreed", quantity=Quantity("tariff", 20.0, 10.0, "%")),
                    event(actor="USA", recipient="CHN", cameo="111", day="2025-11-02", speaker="USA",
                          modality="reported")]),
        coded("b", [event(day="2025-10-31", place=None), event(actor="RUS", recipient="UKR", cameo="190",
                                                                day="2025-09")], source="AP", url=None,
              published=date(2025, 11, 1)),
        coded("c", [event(day=None)], published=None),
    ])


def events_rows(path: Path) -> list[dict]:
    with EventStore(path, read_only=True) as store:
        cur = store.db.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY event_id")
        return [dict(zip(EVENT_COLUMNS, r, strict=True)) for r in cur.fetchall()]


def test_gdelt_column_list_is_the_codebook() -> None:
    columns = gdelt_columns()
    assert len(columns) == 61 and columns[0] == "GLOBALEVENTID" and columns[-1] == "SOURCEURL"
    reference = SHARED / "reference" / "gdelt2-events-columns.csv"
    if reference.exists():
        with reference.open(encoding="utf-8") as stream:
            assert columns == [r["tableId"] for r in csv.DictReader(stream)]


def test_gdelt_rows_have_61_columns_and_merged_counts(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.gdelt.tsv"
    with EventStore(db, read_only=True) as store:
        meta = export(store.db, "gdelt", out)
        merged = {r[0]: r[1:] for r in store.db.execute(
            "SELECT global_event_id, num_mentions, num_sources, num_articles FROM merged_events").fetchall()}
    lines = out.read_text(encoding="utf-8").splitlines()
    assert meta["code_table"] == "cameo-plover-v3" and meta["rows"] == len(lines) == len(merged) - meta["skipped"]
    col = {name: i for i, name in enumerate(gdelt_columns())}
    for line in lines:
        cells = line.split("\t")
        assert len(cells) == 61
        gid = int(cells[col["GLOBALEVENTID"]])
        counts = tuple(int(cells[col[c]]) for c in ("NumMentions", "NumSources", "NumArticles"))
        assert counts == merged[gid]
        assert len(cells[col["SQLDATE"]]) == 8 and cells[col["EventBaseCode"]] == cells[col["EventCode"]][:3]
    meeting = next(c.split("\t") for c in lines if c.split("\t")[col["EventCode"]] == "036")
    assert meeting[col["Actor1Code"]] == "CHNGOV" and meeting[col["Actor2Code"]] == "USAGOV"
    assert meeting[col["NumMentions"]] == "2" and meeting[col["NumArticles"]] == "2"
    assert meeting[col["ActionGeo_CountryCode"]] == "KS" and meeting[col["ActionGeo_Lat"]] == "35.1"
    assert meeting[col["SOURCEURL"]] == "https://example.org/a"
    assert json.loads((tmp_path / "events.gdelt.tsv.meta.json").read_text())["code_table"] == "cameo-plover-v3"


def test_plover_records_have_the_required_fields(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    with EventStore(db, read_only=True) as store:
        export(store.db, "plover", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records
    for rec in records:
        assert {"id", "date", "actor", "event"} <= set(rec)
        assert rec["actor"][0]["code"] or rec["actor"][0]["entity_text"]
        assert rec["event"][0] in dyadwatch.coder.codes.PLOVER_TYPES
        assert rec["cite_info"]["codebook"] == "cameo-plover-v3" and rec["link"]


@FAST
@given(groups=st.lists(st.lists(event_strategy, min_size=1, max_size=5), min_size=1, max_size=3))
def test_export_then_import_keeps_every_field(tmp_path_factory: pytest.TempPathFactory, groups: list) -> None:
    tmp = tmp_path_factory.mktemp("x")
    path = build_store(tmp / "s.duckdb", [coded(f"a{n}", evs) for n, evs in enumerate(groups)])
    with EventStore(path, read_only=True) as store:
        export(store.db, "plover", tmp / "p.jsonl")
        export(store.db, "parquet", tmp / "pq")
        merged_ids = dict(store.db.execute("SELECT event_id, merged_id FROM mentions").fetchall())
        happened = {r[0] for r in store.db.execute(
            "SELECT event_id FROM events WHERE modality IN ('asserted', 'reported')").fetchall()}
    stored = [r for r in events_rows(path) if r["event_id"] in happened]  # exports count what happened
    plover = read_plover(tmp / "p.jsonl").sort_values("event_id")
    assert list(plover.columns) == list(EVENT_COLUMNS)
    assert [_plain(r) for r in plover.to_dict("records")] == [_plain(r) for r in stored]
    back = read_parquet(tmp / "pq").sort_values("event_id").to_dict("records")
    assert [_plain({k: r[k] for k in EVENT_COLUMNS}) for r in back] == [_plain(r) for r in stored]
    assert {r["event_id"]: r["merged_id"] for r in back} == {k: v for k, v in merged_ids.items() if k in happened}


def _plain(row: dict) -> dict:
    """A row with pandas' missing values (NaN, None) as None, for comparing with stored rows."""
    import math

    return {k: None if v is None or (isinstance(v, float) and math.isnan(v)) else v for k, v in row.items()}


def test_parquet_is_partitioned_by_month_and_csv_has_every_column(db: Path, tmp_path: Path) -> None:
    with EventStore(db, read_only=True) as store:
        export(store.db, "parquet", tmp_path / "pq")
        export(store.db, "csv", tmp_path / "e.csv")
    months = sorted(p.name for p in (tmp_path / "pq").iterdir() if p.is_dir())
    assert months == ["month=2025-09", "month=2025-10", "month=2025-11", "month=unknown"]
    assert json.loads((tmp_path / "pq" / "_dyadwatch.json").read_text())["code_table"] == "cameo-plover-v3"
    with (tmp_path / "e.csv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == [*EVENT_COLUMNS, *EXTRA_COLUMNS] and len(rows) == len(events_rows(db))


def test_api_returns_dataframes(db: Path) -> None:
    assert "open" in dyadwatch.__all__
    with dyadwatch.open(db) as store:
        assert len(store.events()) == 6
        assert set(store.events(actor="chn", recipient="USA")["cameo"]) == {"036", "0311"}
        assert len(store.events(modality="reported")) == 1
        assert len(store.events(start="2025-10-31", end="2025-10")) == 1
        assert len(store.events(type="ASSAULT")) == 1
        merged = store.merged()
        assert merged["num_mentions"].sum() == len(store.mentions()) == 6
        # merged events by default: the meeting reported by articles a and b counts once
        assert store.dyads().iloc[0][["a", "b", "events", "mentions"]].tolist() == ["CHN", "USA", 4, 5]
        assert store.dyads(count="mentions").iloc[0][["events", "mentions"]].tolist() == [4, 5]
        series = store.dyad("USA", "CHN", by="month")
        assert series[series.direction == "both"]["events"].sum() == 3
        assert store.dyad("USA", "CHN", by="month", count="mentions").query("direction == 'both'")["events"].sum() == 4
        assert list(store.dyad("USA", "GBR").columns) == list(store.dyad("USA", "CHN").columns)
        assert len(store.dyad("USA", "GBR").columns) == 26
        events = store.events()
        assert {"url", "title", "published", "date_precision", "merged_id"} <= set(events.columns)
        assert list(store.events(actor="GBR").columns) == list(events.columns)
        assert store.commitments("USA", "CHN")["status"].tolist() == ["confirmed", "pledged", "pledged"]
        with pytest.raises(BadOptionError):
            store.events(modality="sure")
        with pytest.raises(BadOptionError):
            store.dyads(backend="arrow")


def test_api_refuses_a_store_with_an_old_schema(tmp_path: Path) -> None:
    import duckdb

    duckdb.connect(str(tmp_path / "old.duckdb")).close()
    with pytest.raises(StoreSchemaError):
        dyadwatch.open(tmp_path / "old.duckdb")


def test_polars_backend_when_installed(db: Path) -> None:
    polars = pytest.importorskip("polars")
    with dyadwatch.open(db) as store:
        assert isinstance(store.events(backend="polars"), polars.DataFrame)


def test_cli_store_commands(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(app, ["dyad", "USA", "CHN", "--db", str(db), "--format", "csv", "--plot",
                              str(tmp_path / "s.png")])
    assert out.exit_code == 0, out.output
    assert (tmp_path / "s.png").read_bytes()[:4] == b"\x89PNG" and "coop_index" in out.stdout
    out = runner.invoke(app, ["dyad", "USA", "CHN", "--db", str(db), "--plot", str(tmp_path / "s.html")])
    assert out.exit_code == 0 and "<svg" in (tmp_path / "s.html").read_text()
    out = runner.invoke(app, ["dyads", "--db", str(db), "--limit", "1", "--format", "json"])
    assert json.loads(out.stdout)[0]["events"] == 4  # merged events
    out = runner.invoke(app, ["commitments", "USA", "CHN", "--db", str(db), "--format", "json"])
    assert any(c["what"].startswith("agreed") for c in json.loads(out.stdout))
    for fmt, name in (("gdelt", "g.tsv"), ("plover", "p.jsonl"), ("parquet", "pq"), ("csv", "e.csv")):
        out = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "-o", str(tmp_path / name)])
        assert out.exit_code == 0 and (tmp_path / name).exists(), out.output
    out = runner.invoke(app, ["merge", "--db", str(db)])
    assert out.exit_code == 0 and "6 mentions" in out.output
    out = runner.invoke(app, ["dyad", "USA", "CHN", "--db", str(tmp_path / "none.duckdb")])
    assert out.exit_code == 1 and "[D401]" in out.output
    out = runner.invoke(app, ["dyad", "USA", "CHN", "--db", str(db), "--plot", str(tmp_path / "s.gif")])
    assert out.exit_code == 1 and "[D201]" in out.output


def test_published_date_is_first_seen(db: Path) -> None:
    with dyadwatch.open(db) as store:
        seen = store.merged(actor="CHN", recipient="USA")
    assert date(2025, 10, 31) in {d.date() if hasattr(d, "date") else d for d in seen["first_seen"].dropna()}
