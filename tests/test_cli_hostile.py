"""The reproductions of issue 15 at the command line: one line with a code and exit 1, or a run that
goes on and counts what it stored. Only the last test loads the model (slow)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from dyadwatch.cli import app
from dyadwatch.store.eventstore import EventStore

from .eventfactory import build_store, coded, event, flip_bytes

runner = CliRunner()


def one_error_line(result: object, code: str) -> str:
    assert result.exit_code == 1, result.output  # type: ignore[attr-defined]
    lines = result.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and lines[0].startswith(f"Error: [{code}]"), lines
    return lines[0]


@pytest.mark.parametrize("name", ["store.csv", "store.json", "store.jsonl"])
def test_ingest_refuses_a_db_that_is_not_a_store(tmp_path: Path, name: str) -> None:
    db = tmp_path / name
    db.write_text('{"id": 1}\n')
    story = tmp_path / "in.jsonl"
    story.write_text(json.dumps({"id": "a", "text": "Xi met Trump."}) + "\n")
    one_error_line(runner.invoke(app, ["ingest", str(story), "--db", str(db)]), "D405")
    assert db.read_text() == '{"id": 1}\n'


def test_events_on_a_duckdb_file_without_dyadwatch_tables(tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INTEGER)").close()
    one_error_line(runner.invoke(app, ["events", "--db", str(other)]), "D405")
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    one_error_line(runner.invoke(app, ["events", "--db", str(empty)]), "D402")


def test_a_half_store_and_flipped_bytes_are_one_line(tmp_path: Path) -> None:
    path = build_store(tmp_path / "s.duckdb", [coded(f"a{n}", [event(article=f"a{n}", sentence=f"Text {n}. " * 30)])
                                               for n in range(300)])
    ok = runner.invoke(app, ["check", "--db", str(path)])
    assert ok.exit_code == 0 and ok.stdout.startswith("ok: ")
    data = path.read_bytes()
    path.write_bytes(flip_bytes(data))
    line = one_error_line(runner.invoke(app, ["check", "--db", str(path)]), "D404")
    assert "one process at a time" not in line
    path.write_bytes(data[: len(data) // 2])
    for command in (["events"], ["dyad", "USA", "CHN"], ["export", "--format", "csv", "-o", str(tmp_path / "o.csv")],
                    ["check"]):
        one_error_line(runner.invoke(app, [*command, "--db", str(path)]), "D404")


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    import dyadwatch.engines as engines

    monkeypatch.setattr(engines, "SCHEDULER_TIMEOUT", "1s")
    story = tmp_path / "in.jsonl"
    story.write_text(json.dumps({"id": "a", "text": "Xi met Trump."}) + "\n")
    result = runner.invoke(app, ["code", str(story), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1"])
    one_error_line(result, "D203")


def test_an_unexpected_error_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dyadwatch.analysis.export as export

    def broken(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", "out.csv.meta.json")

    monkeypatch.setattr(export, "export", broken)
    path = build_store(tmp_path / "s.duckdb", [coded("a", [event()])])
    result = runner.invoke(app, ["export", "--db", str(path), "--format", "csv", "-o", str(tmp_path / "out.csv")])
    assert "Permission denied" in one_error_line(result, "D002")


@pytest.mark.slow
def test_hostile_jsonl_is_quarantined_record_by_record_and_reruns_add_nothing(tmp_path: Path) -> None:
    story = "Chinese President Xi Jinping praised US President Donald Trump in Busan on Thursday."
    lines = [
        json.dumps({"id": "ok", "text": story, "published": "2025-10-30"}),
        "[" * 3000 + "]" * 3000,
        '{"id": "s\\ud83d", "title": "t\\ud83d", "text": "' + story + ' \\ud83d", "published": "2025-10-30"}',
        json.dumps({"id": "zw", "text": "In\u200ddia accused Pakistan of shelling the border on Monday.",
                    "published": "2025-10-30"}),
        json.dumps({"id": "copy", "text": story, "url": "http://other/1", "source": "Other",
                    "published": "2025-10-30"}),
        json.dumps({"id": "quiet", "text": "The weather was mild and nothing else happened at all.",
                    "published": "2025-10-30"}),
    ]
    src = tmp_path / "in.jsonl.gz"
    src.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")) + b"JUNK")
    db = tmp_path / "s.duckdb"
    first = runner.invoke(app, ["ingest", str(src), "--db", str(db)])
    assert first.exit_code == 0, first.output
    summary = first.stderr.strip().splitlines()[-1]
    assert summary.startswith("read 7: coded 4, quarantined 2, skipped 1 (1 duplicate texts)"), summary
    assert "Traceback" not in first.output
    with EventStore(db, read_only=True) as store:
        assert store.count("quarantine") == 2 and store.count("articles") == 4
        assert store.db.execute("SELECT count(*) FROM articles WHERE coder = ''").fetchone() == (0,)
        text = store.db.execute("SELECT text FROM articles WHERE article_id = 'zw'").fetchone()[0]
        assert text.startswith("India accused")  # the zero-width joiner went in repair
        assert ("PAK",) not in store.db.execute("SELECT actor_country FROM events WHERE article_id = 'zw'").fetchall()
        assert ("copy", "Other") in store.db.execute("SELECT article_id, source FROM article_mentions").fetchall()
    again = runner.invoke(app, ["ingest", str(src), "--db", str(db)])
    assert again.exit_code == 0 and "coded 0" in again.stderr
    with EventStore(db, read_only=True) as store:
        assert store.count("quarantine") == 2
    assert runner.invoke(app, ["check", "--db", str(db)]).exit_code == 0
