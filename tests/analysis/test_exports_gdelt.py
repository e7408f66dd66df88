"""GDELT (QuadClass from the CAMEO root, dates with their precision, IGO actor codes, the mentions
table) and atomic re-exports (no model)."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

import dyadwatch
from dyadwatch.analysis.export import export, read_parquet
from dyadwatch.analysis.gdelt import MENTION_COLUMNS, gdelt_columns, gdelt_date, gdelt_quad_class
from dyadwatch.errors import ExportError
from dyadwatch.store.eventstore import EventStore

from ..conftest import SHARED
from ..eventfactory import build_store, coded, event

COL = {name: i for i, name in enumerate(gdelt_columns())}


def test_quad_class_follows_the_gdelt_codebook() -> None:
    assert [gdelt_quad_class(c) for c in ("010", "0211", "057", "061", "090", "111", "141", "150", "20")] == [
        1, 1, 1, 2, 2, 3, 3, 4, 4]
    assert gdelt_quad_class(None) is None and gdelt_quad_class("99") is None


def test_dates_keep_their_precision() -> None:
    assert gdelt_date("2025-10-30", date(2025, 10, 31))[:3] == ("20251030", "202510", "2025")
    assert gdelt_date("2025-10", date(2025, 10, 31))[:3] == ("20251000", "202510", "2025")
    assert gdelt_date("2019", date(2025, 10, 31))[:3] == ("20190000", "201900", "2019")
    assert gdelt_date(None, date(2025, 10, 31))[0] == "20251031"  # undated: the first report's day, as GDELT
    assert gdelt_date(None, None) is None


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "s.duckdb", [
        coded("a", [event(cameo="020", trigger="appealed", sentence="Xi appealed to Trump for calm."),
                    event(actor="RUS", recipient="UNO", cameo="112", day="2019", sentence="Russia accused the UN."),
                    event(actor="RUS", recipient="UKR", cameo="190", day="2025-09", sentence="Russia shelled Kyiv.")]),
        coded("b", [event(cameo="020", trigger="appealed", sentence="Xi urged Trump to stay calm.")],
              published=date(2025, 11, 1), url="https://news.example.com/b"),
    ])


def test_gdelt_rows(db: Path, tmp_path: Path) -> None:
    with dyadwatch.open(db) as store:
        meta = export(store, "gdelt", tmp_path / "g.tsv")  # what dyadwatch.open() returns is accepted
    rows = [line.split("\t") for line in (tmp_path / "g.tsv").read_text().splitlines()]
    by_code = {r[COL["EventCode"]]: r for r in rows}
    appeal = by_code["020"]
    assert appeal[COL["QuadClass"]] == "1"  # PLOVER's quad class of an appeal would be 3
    assert appeal[COL["NumMentions"]] == "2" and appeal[COL["SQLDATE"]] == "20251030"
    un = by_code["112"]
    assert (un[COL["SQLDATE"]], un[COL["MonthYear"]], un[COL["Year"]]) == ("20190000", "201900", "2019")
    assert (un[COL["Actor2Code"]], un[COL["Actor2CountryCode"]], un[COL["Actor2KnownGroupCode"]]) == (
        "IGOUNO", "", "UNO")
    assert by_code["190"][COL["SQLDATE"]] == "20250900"
    assert meta["date_precision"] == {"day": 1, "month": 1, "year": 1}
    with EventStore(db, read_only=True) as store:  # a store works as well
        count = export(store, "gdelt-mentions", tmp_path / "m.tsv")["rows"]
    mentions = [line.split("\t") for line in (tmp_path / "m.tsv").read_text().splitlines()]
    assert count == 4 and all(len(m) == len(MENTION_COLUMNS) == 16 for m in mentions)
    ids = {r[0] for r in rows}
    assert {m[0] for m in mentions} == ids
    web = next(m for m in mentions if m[5] == "https://news.example.com/b")
    assert web[3] == "1" and web[4] == "news.example.com" and web[6] == "1" and web[11] == "80"
    reference = SHARED / "reference" / "gdelt2-mentions-columns.tsv"
    if reference.exists():
        with reference.open(encoding="utf-8") as stream:
            assert [r["tableId"] for r in csv.DictReader(stream, delimiter="\t")] == list(MENTION_COLUMNS)


def test_parquet_reexport_replaces_the_old_partitions(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "pq"
    with dyadwatch.open(db) as store:
        first = export(store, "parquet", out, dyadwatch.analysis.query.EventFilters())
    small = build_store(tmp_path / "small.duckdb", [coded("z", [event(day="2024-01-05")])])
    with dyadwatch.open(small) as store:
        second = export(store, "parquet", out)
    back = read_parquet(out)
    assert first["rows"] == 4 and second["rows"] == len(back) == 1
    assert sorted(p.name for p in out.iterdir()) == ["_dyadwatch.json", "month=2024-01"]
    assert json.loads((out / "_dyadwatch.json").read_text())["rows"] == 1
    assert {"url", "title", "published", "merged_id"} <= set(back.columns)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary leftovers


def test_an_export_never_replaces_a_foreign_folder_or_leaves_half_a_file(db: Path, tmp_path: Path) -> None:
    mine = tmp_path / "photos"
    mine.mkdir()
    (mine / "cat.jpg").write_bytes(b"x")
    with dyadwatch.open(db) as store, pytest.raises(ExportError, match=r"\[D403\]"):
        export(store, "parquet", mine)
    assert (mine / "cat.jpg").exists()
    target = tmp_path / "e.csv"
    target.write_text("old\n")
    with dyadwatch.open(db) as store:
        export(store, "csv", target)
    assert target.read_text().startswith("event_id,") and not [p for p in tmp_path.iterdir()
                                                             if p.name.startswith(".")]
