"""The store commands of the CLI (events, show, dyad, dyads, commitments, export): filters, one-line
errors with exit status 1, and the same numbers as the library (no model)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dyadwatch
from dyadwatch.analysis import query as dq
from dyadwatch.cli import app

from ..eventfactory import build_store, coded, event


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "s.duckdb", [
        coded("a", [event(trigger="met", cameo="040", sentence="Xi met Trump in Busan."),
                    event(actor="USA", recipient="CHN", cameo="0874", day="2025-11-02", modality="planned",
                          sentence="Beijing will suspend export controls, Trump said."),
                    event(actor="USA", recipient="CHN", cameo="111", day="2025-11-02",
                          sentence="Trump criticised Beijing.")]),
        coded("b", [event(trigger="met", cameo="040", sentence="The two leaders met in Busan."),
                    event(actor="RUS", recipient="UNO", cameo="112", day="2025-09-03",
                          sentence="Russia accused the United Nations of bias.")], published=date(2025, 11, 1)),
    ])


def run(*args: str) -> tuple[int, str, str]:
    out = CliRunner().invoke(app, list(args))
    return out.exit_code, out.stdout, out.stderr


@pytest.mark.parametrize("args", [
    ["events", "--limit", "-1"],
    ["events", "--limit", "many"],
    ["events", "--format", "xml"],
    ["events", "--since", "2025-13"],
    ["events", "--type", "HUG"],
    ["dyad", "USA", "China", "--by", "hour"],
    ["dyad", "USA", "Narnia"],
    ["dyad", "USA"],
    ["dyad", "USA", "CHN", "--plot", "x.svg"],
    ["dyads", "--count", "articles"],
    ["export", "--format", "xls", "-o", "x"],
    ["show", "nothing-like-this"],
    ["nosuchcommand"],
])
def test_user_errors_are_one_line_and_exit_1(db: Path, args: list[str]) -> None:
    code, stdout, stderr = run(*args, *(["--db", str(db)] if args[0] != "nosuchcommand" else []))
    assert code == 1, stderr
    assert stdout == "" and len(stderr.strip().splitlines()) == 1 and stderr.startswith("Error: [D")


def test_missing_store_and_missing_input(tmp_path: Path) -> None:
    code, _, stderr = run("events", "--db", str(tmp_path / "missing.duckdb"))
    assert code == 1 and stderr.startswith("Error: [D401] no store at")
    code, _, stderr = run("ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "new.duckdb"))
    assert code == 1 and "[D101]" in stderr and not (tmp_path / "new.duckdb").exists()
    code, _, stderr = run("actor", "the US president", "--date", "2025-02-30")
    assert code == 1 and "--date" in stderr and "--published" not in stderr


def test_flags_show_no_type_in_help() -> None:
    code, stdout, _ = run("train", "--help")
    assert code == 0 and "--no-cv" in stdout and "<bool>" not in stdout


def test_events_filters_match_the_library(db: Path) -> None:
    code, stdout, _ = run("events", "--db", str(db), "--format", "jsonl", "--actor", "United States",
                          "--modality", "all")
    rows = [json.loads(line) for line in stdout.splitlines()]
    assert code == 0 and {r["cameo"] for r in rows} == {"0874", "111"}
    assert all(r["article"]["url"] and r["date_precision"] == "day" for r in rows)
    code, stdout, _ = run("events", "--db", str(db), "--format", "json", "--recipient", "UN", "--since", "2025-09",
                          "--until", "2025-09")
    assert [r["recipient_code"] for r in json.loads(stdout)] == ["UNO"]
    code, stdout, _ = run("events", "--db", str(db), "--format", "csv", "--search", "busan")
    assert len(stdout.strip().splitlines()) == 3  # header and the two reports of the meeting
    with dyadwatch.open(db) as store:
        assert len(store.events(q="busan")) == 2


def test_show_gives_sentence_article_and_mentions(db: Path) -> None:
    with dyadwatch.open(db) as store:
        ident = store.events(q="Xi met")["event_id"][0]
    code, stdout, _ = run("show", ident[:8], "--db", str(db))
    assert code == 0 and "Title a" in stdout and "https://example.org/a" in stdout
    assert "2 in 2 articles" in stdout and "The two leaders met in Busan." in stdout
    code, stdout, _ = run("show", ident, "--db", str(db), "--format", "json")
    shown = json.loads(stdout)
    assert shown["event"]["event_id"] == ident and len(shown["mentions"]) == 2


def test_dyad_counts_events_says_so_and_agrees_with_the_api(db: Path, tmp_path: Path) -> None:
    code, stdout, stderr = run("dyad", "USA", "China", "--db", str(db), "--by", "day", "--format", "json",
                               "--plot", str(tmp_path / "c.png"))
    rows = json.loads(stdout)
    assert code == 0 and "counting merged events" in stderr and "asserted, reported" in stderr
    both = {r["period"]: r["events"] for r in rows if r["direction"] == "both"}
    assert both == {"2025-10-30": 1, "2025-10-31": 0, "2025-11-01": 0, "2025-11-02": 1}  # planned left out
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"
    code, stdout, _ = run("dyad", "USA", "CHN", "--db", str(db), "--by", "day", "--format", "json",
                          "--count", "mentions", "--modality", "all")
    wide = {r["period"]: r["events"] for r in json.loads(stdout) if r["direction"] == "both"}
    assert wide["2025-10-30"] == 2 and wide["2025-11-02"] == 2
    with dyadwatch.open(db) as store:
        api = store.dyad("USA", "CHN", by="day")
    assert api[api.direction == "both"]["events"].tolist() == list(both.values())
    code, stdout, _ = run("dyads", "--db", str(db), "--format", "json")
    pairs = {(r["a"], r["b"]): (r["events"], r["mentions"]) for r in json.loads(stdout)}
    assert pairs == {("CHN", "USA"): (2, 3), ("RUS", "UNO"): (1, 1)}
    with dyadwatch.open(db) as store:
        assert {(r.a, r.b): (r.events, r.mentions) for r in store.dyads().itertuples()} == pairs
        assert pairs[("CHN", "USA")][0] == sum(both.values())


def test_export_counts_what_happened_unless_asked(db: Path, tmp_path: Path) -> None:
    code, _, stderr = run("export", "--db", str(db), "--format", "gdelt", "-o", str(tmp_path / "g.tsv"))
    assert "modality asserted, reported" in stderr
    lines = (tmp_path / "g.tsv").read_text().splitlines()
    with dyadwatch.open(db) as store:
        happened = len(dq.merged_events(store))
        everything = len(dq.merged_events(store, dq.EventFilters()))
    assert code == 0 and len(lines) == happened == everything - 1  # "will suspend" is not exported
    assert all("0874" not in line.split("\t")[26] for line in lines)
    code, _, _ = run("export", "--db", str(db), "--format", "gdelt", "-o", str(tmp_path / "all.tsv"),
                     "--modality", "all")
    assert len((tmp_path / "all.tsv").read_text().splitlines()) == everything
    meta = json.loads((tmp_path / "all.tsv.meta.json").read_text())
    assert meta["modality"] == ["asserted", "planned", "hypothetical", "denied", "reported"]
    code, _, _ = run("export", "--db", str(db), "--format", "plover", "-o", str(tmp_path / "p.jsonl"),
                     "--actor", "RUS")
    records = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert [r["recipient"][0]["code"] for r in records] == ["UNO"] and records[0]["modality"] == "asserted"
    assert json.loads((tmp_path / "p.jsonl.meta.json").read_text())["filters"] == {"actor": "RUS"}
