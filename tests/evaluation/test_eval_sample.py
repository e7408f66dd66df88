"""eval --limit draws a seeded random sample, not the first rows of a file sorted by label, and a
report on the typer's own training file carries a warning (issue 12, finding 12; no model)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from dyadwatch.evaluation import events as ev


def test_sample_spreads_over_a_sorted_file_and_repeats() -> None:
    rows = [{"label": label, "n": i} for i, label in enumerate(["ACCUSE"] * 100 + ["AGREE"] * 100 + ["AID"] * 100)]
    drawn = ev.sample(rows, 50)
    assert len(drawn) == 50 and len({r["label"] for r in drawn}) == 3
    assert drawn == ev.sample(rows, 50)  # seeded: the same rows every run
    assert [r["n"] for r in drawn] == sorted(r["n"] for r in drawn)  # file order kept
    assert ev.sample(rows, None) == rows and ev.sample(rows, 1000) == rows


@pytest.mark.parametrize(("name", "warned"), [("plv_train.csv", True), ("plv_heldout.csv", False)])
def test_training_file_warns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, warned: bool) -> None:
    gold = tmp_path / name
    gold.write_text("text,label,source,target\n", encoding="utf-8")
    stub = SimpleNamespace(typer=object(), options=SimpleNamespace(screen=False))
    monkeypatch.setattr(ev, "given_an_event", lambda p: p)
    monkeypatch.setattr(ev, "evaluate_plv", lambda path, pipeline, limit: {"kind": "plv", "n": 0})
    report = ev.evaluate("plv", gold, stub, limit=10)  # type: ignore[arg-type]
    assert ("warning" in report) is warned and report["sample"] == {"limit": 10, "seed": ev.SAMPLE_SEED}
