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


GERMAN = ("Die Außenminister von Norwegen und Chile haben sich am Dienstag in Oslo getroffen, um über "
          "Fangquoten zu sprechen. Beide Seiten lobten den konstruktiven Ton des Treffens.")


def test_jsonl_keeps_article_id_and_reports_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_bytes(b'{"id": "x1", "text": "Russia attacked Ukraine on Monday.", "published": "2025-03-05"}\n'
                  b"{broken\n"
                  b'{"id": "x2", "text": ""}\n'
                  + bytes(b for b in range(256) if b != 10) * 4 + b"\n"  # a binary line
                  + json.dumps({"id": "x3", "text": GERMAN}).encode() + b"\n"
                  b'{"id": "x4", "text": "China praised India on Friday.", "published": "2025-03-07"}\n')
    result = runner.invoke(app, ["code", str(f), "--format", "jsonl"])
    assert result.exit_code == 0 and "Traceback" not in result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert {x["article_id"] for x in lines} == {"x1", "x4"}  # the good articles, all coded
    errors = [x for x in result.stderr.splitlines() if x.startswith("Error:")]
    assert [e.split(":")[1:3] for e in errors] == [[" [D103] " + str(f), "2"], [" [D102] " + str(f), "3"],
                                                   [" [D102] " + str(f), "4"]]
    assert f"Note: [D106] {f}:5: not English (de)" in result.stderr
    assert "read 6: coded 2, quarantined 3, skipped 1 (1 not English)" in result.stderr


def test_csv_field_names_and_oversize_split(tmp_path: Path) -> None:
    f = tmp_path / "dump.csv"
    long_text = "\n".join(["Russia attacked Ukraine on Monday, the army said in a statement."] * 30)
    f.write_text("key,body,day\nk1,China praised India on Friday.,2025-03-07\n"
                 f'k2,"{long_text}",2025-03-03\n', encoding="utf-8")
    result = runner.invoke(app, ["code", str(f), "--text-field", "body", "--date-field", "day", "--id-field", "key",
                                 "--max-chars", "1000", "--format", "json"])
    assert result.exit_code == 0, result.output
    docs = [json.loads(x) for x in result.stdout.splitlines()]
    assert [d["article"]["id"] for d in docs] == ["k1", "k2#p1", "k2#p2"]
    assert docs[0]["article"]["published"] == "2025-03-07"
    assert "read 3: coded 3, quarantined 0, skipped 0" in result.stderr
    assert "1 over --max-chars split into 2 parts" in result.stderr
    skipped = runner.invoke(app, ["code", str(f), "--text-field", "body", "--max-chars", "1000",
                                  "--oversize", "skip"])
    assert "[D104]" in skipped.stderr and "read 2: coded 1, quarantined 1" in skipped.stderr


def test_missing_and_binary_inputs_give_one_line_and_exit_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["code", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("Error: [D101]") and "Traceback" not in result.output
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 12000)
    result = runner.invoke(app, ["code", str(binary)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "[D102]" in result.stderr and "[D105]" in result.stderr
    assert len([x for x in result.stderr.splitlines() if "blob.bin" in x]) == 1
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["code", str(empty)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert [x for x in result.stderr.splitlines() if "empty.txt" in x] == [f"Error: [D102] {empty}: empty file"]


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


def test_explain_lists_the_candidates_the_screen_left_out() -> None:
    text = "Xi met Trump in Beijing on Monday. Would Russia attack Ukraine?"
    result = runner.invoke(app, ["code", "-", "--format", "jsonl", "--explain", "--published", "2025-10-30",
                                 "--min-confidence", "0"], input=text)
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    kept = [x for x in lines if "rejected" not in x]
    rejected = [x for x in lines if "rejected" in x]
    assert any(x["event_type"] == "CONSULT" for x in kept)
    assert rejected and all(x["rejected"] for x in rejected)
    plain = runner.invoke(app, ["code", "-", "--format", "jsonl", "--published", "2025-10-30"], input=text)
    assert all("rejected" not in json.loads(x) for x in plain.stdout.splitlines())
    bad = runner.invoke(app, ["code", "-", "--min-confidence", "2"], input=text)
    assert bad.exit_code == 1 and "[D201]" in bad.stderr
