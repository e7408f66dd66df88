"""The disaster-snippet scorer (``dyadwatch.evaluation.quiet``): reading, halves and scoring, no model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyadwatch.coder.eventtyper import TYPES
from dyadwatch.errors import BadRecordError
from dyadwatch.evaluation.quiet import load_snippets, read_snippets, score_snippets
from tests.eventfactory import coded, event


def write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def row(ident: str, acts: list[str], kind: str = "flood") -> dict[str, object]:
    return {"id": ident, "published": "2026-03-01", "kind": kind, "text": f"Snippet {ident}.",
            "acts": [{"type": t, "source_country": "USA", "target_country": None} for t in acts]}


def test_snippets_are_read_with_their_acts_and_split_by_odd_and_even_ids(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl", [row("qd-001", []), row("qd-002", ["AID"], "earthquake")])
    write(tmp_path / "b.jsonl", [row("qd-003", ["AID", "PROTEST"])])
    assert [(s.id, s.acts) for s in load_snippets(tmp_path)] == [
        ("qd-001", ()), ("qd-002", ("AID",)), ("qd-003", ("AID", "PROTEST"))]
    assert [s.id for s in load_snippets(tmp_path, "look")] == ["qd-001", "qd-003"]
    assert [s.id for s in load_snippets(tmp_path, "report")] == ["qd-002"]
    assert load_snippets(tmp_path)[1].article().published.isoformat() == "2026-03-01"


@pytest.mark.parametrize("bad", ['{"id": "qd-001"}', "not json", json.dumps(row("qd-001", [], "volcano"))])
def test_a_line_that_is_no_snippet_is_a_d103_naming_the_file_and_line(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps(row("qd-001", [])) + "\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(BadRecordError, match=r"s\.jsonl:2"):
        read_snippets(path)


def test_false_alarms_and_found_acts_are_counted_apart(tmp_path: Path) -> None:
    snippets = read_snippets(write(tmp_path / "s.jsonl", [
        row("qd-001", []), row("qd-002", [], "fire"), row("qd-003", ["AID"]), row("qd-004", ["PROTEST"])]))
    aid = event("USA", "UKR", cameo="073", trigger="sent")  # AID
    threat = event("RUS", "UKR", cameo="138", trigger="threatened")  # THREATEN
    out = [coded("qd-001", []), coded("qd-002", [threat]), coded("qd-003", [aid]), coded("qd-004", [aid])]
    s = score_snippets(snippets, reversed(out))
    assert (s.quiet, s.quiet_silent, s.silent_share) == (2, 1, 0.5)
    assert s.false_alarms == {"THREATEN": 1}
    assert (s.by_kind[("flood", True)], s.by_kind[("fire", False)]) == (1, 1)
    assert (s.acted, s.acted_found, s.acted_any, s.found_share) == (2, 1, 2, 0.5)
    assert s.no_event_share == 0.25  # only qd-001 of the four gets no event


def test_the_shipped_snippets_read_whole_with_unique_ids_and_plover_types() -> None:
    snippets = load_snippets(Path(__file__).resolve().parents[2] / "data" / "quiet")
    assert len(snippets) == 100 and len({s.id for s in snippets}) == 100
    assert all(set(s.acts) <= set(TYPES) for s in snippets)
    assert sum(not s.acts for s in snippets) == 70
