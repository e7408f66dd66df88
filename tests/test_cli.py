"""The command line, end to end with the real model (slow)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadwatch.cli import app
from dyadwatch.output import EVENT_KEYS

from .conftest import SAMPLE

runner = CliRunner()
pytestmark = pytest.mark.slow


def test_code_json_has_the_contract_shape(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text("Leaders meet\n\nChinese President Xi Jinping praised US President Donald Trump on Thursday.\n",
                 encoding="utf-8")
    result = runner.invoke(app, ["code", str(f), "--published", "2025-10-30", "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout.splitlines()[0])
    assert set(doc) == {"article", "events", "quotes", "warnings"}
    assert doc["article"]["title"] == "Leaders meet"
    event = doc["events"][0]
    assert tuple(event) == EVENT_KEYS
    assert event["event_type"] == "SUPPORT"
    assert event["actor"]["name"] == "Xi Jinping" and event["recipient"]["country"] == "USA"
    assert event["date"] == "2025-10-30" and event["date_text"] == "Thursday"


def test_jsonl_keeps_article_id_and_reports_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text('{"id": "x1", "text": "Russia attacked Ukraine on Monday.", "published": "2025-03-05"}\n'
                 "{broken\n"
                 '{"id": "x2", "text": ""}\n', encoding="utf-8")
    result = runner.invoke(app, ["code", str(f), "--format", "jsonl"])
    assert result.exit_code == 0
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert lines and all(x["article_id"] == "x1" for x in lines)
    assert "in.jsonl:2" in result.stderr and "in.jsonl:3" in result.stderr
    assert "read 3: coded 1, quarantined 2" in result.stderr


def test_missing_and_binary_inputs_give_one_line_and_exit_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["code", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("Error: [D101]") and "Traceback" not in result.output
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 12000)
    result = runner.invoke(app, ["code", str(binary)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "[D102]" in result.stderr and "[D105]" in result.stderr


def test_bad_published_date_is_a_user_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["code", "-", "--published", "30/10/2025"], input="Xi met Trump.")
    assert result.exit_code == 1 and "[D201]" in result.stderr


def test_ingest_twice_stores_once_and_series_prints(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    first = runner.invoke(app, ["ingest", str(SAMPLE), "--db", str(db)])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["ingest", str(SAMPLE), "--db", str(db)])
    assert again.exit_code == 0
    assert "coded 0" in again.stderr and "skipped 40" in again.stderr
    events = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"])
    rows = [json.loads(x) for x in events.stdout.splitlines()]
    assert len(rows) > 40
    series = runner.invoke(app, ["dyad", "USA", "CHN", "--db", str(db), "--format", "json"])
    data = json.loads(series.stdout)
    both = [r for r in data if r["direction"] == "both"]
    assert len({r["period"] for r in both}) >= 6
    assert sum(r["events"] for r in both) == sum(
        1 for r in rows if {r["actor"]["country"], (r["recipient"] or {}).get("country")} == {"USA", "CHN"}
        and r["modality"] in ("asserted", "reported") and len(r["date"] or "") >= 7)


def test_actor_resolution_depends_on_the_date() -> None:
    now = runner.invoke(app, ["actor", "the US president", "--date", "2025-10-30"])
    assert now.exit_code == 0, now.output
    assert json.loads(now.stdout)["name"] == "Donald Trump"
    before = runner.invoke(app, ["actor", "the US president", "--date", "2022-06-01"])
    assert json.loads(before.stdout)["name"] != "Donald Trump"
    xi = json.loads(runner.invoke(app, ["actor", "Chinese President Xi Jinping", "--date", "2025-10-30"]).stdout)
    assert (xi["name"], xi["country"], xi["sector"]) == ("Xi Jinping", "CHN", "GOV")
