"""Reviews become training rows (the latest review of each event), without loading torch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyadwatch.errors import ExportError, MissingInputError
from dyadwatch.training.reviews import review_rows


def line(event_id: str, label: str, text: str, latest: bool = True) -> str:
    return json.dumps({"text": text, "label": label, "source": "China", "target": "the US", "latest": latest,
                       "review_id": f"r-{event_id}-{label}", "event_id": event_id, "verdict": "corrected"})


def test_latest_review_of_each_event_is_a_row(tmp_path: Path) -> None:
    path = tmp_path / "reviews.jsonl"
    path.write_text("\n".join([line("e1", "AGREE", "China agreed to buy soybeans.", latest=False),
                               line("e1", "AID", "China agreed to buy soybeans."),
                               line("e2", "NONE", "The weather was fine.")]) + "\n")
    rows = review_rows(path)
    assert [(r.text, r.label, r.origin) for r in rows] == [
        ("China agreed to buy soybeans.", "AID", "reviews:e1"), ("The weather was fine.", "NONE", "reviews:e2")]
    assert rows[0].source == "China" and rows[0].target == "the US"


def test_a_missing_or_foreign_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(MissingInputError):
        review_rows(tmp_path / "nope.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "x", "label": "HUG", "event_id": "e"}) + "\n")
    with pytest.raises(ExportError):
        review_rows(bad)


def test_train_refuses_a_bad_reviews_file_before_training(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dyadwatch.cli import app

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x"}\n')
    for path, code in ((tmp_path / "missing.jsonl", "D101"), (bad, "D403")):
        result = CliRunner().invoke(app, ["train", "--reviews", str(path)])
        assert result.exit_code == 1 and f"[{code}]" in result.output
