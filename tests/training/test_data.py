"""The training data of dyadwatch.training.train that needs no model: BBC NONE rows, the lower-cased share."""

from __future__ import annotations

import json
from pathlib import Path

from dyadwatch.training import train
from dyadwatch.training.splits import BBC_FILE, bbc_split, dev_ids

ROOT = Path(__file__).resolve().parents[2]


def write_gold(folder: Path, n: int) -> None:
    with (folder / BBC_FILE).open("w", encoding="utf-8") as handle:
        for i in range(n):
            label = "politics" if i % 3 == 0 else "other"
            text = (f"headline {i}  the first sentence of story {i} is here. the second one of {i} follows it! "
                    f"short. is the fourth sentence of story {i} a question?")
            handle.write(json.dumps({"id": f"bbc-train-{i}", "label": label, "text": text}) + "\n")


def test_split_sentences() -> None:
    text = "tv future in the hands of viewers  with home systems. that is according to a panel! ok. why is it so now?"
    assert train.split_sentences(text) == ["tv future in the hands of viewers  with home systems.",
                                           "that is according to a panel!", "why is it so now?"]
    assert train.split_sentences("u.s. firms grew by 2.5% this year, it said.") == [
        "u.s. firms grew by 2.5% this year, it said."]


def test_bbc_none_rows_come_from_other_train_articles(tmp_path: Path) -> None:
    write_gold(tmp_path, 90)
    rows = train.bbc_none_rows(tmp_path, 40, seed=3)
    assert len(rows) == 40
    assert rows == train.bbc_none_rows(tmp_path, 40, seed=3)  # seeded
    assert rows != train.bbc_none_rows(tmp_path, 40, seed=4)
    for row in rows:
        assert row.label == "NONE" and row.source == "" and row.target == ""
        article = row.origin.split(":", 1)[1].split("#")[0]
        number = int(article.rsplit("-", 1)[1])
        assert number % 3 != 0  # never a political article
        assert bbc_split(article) == "train" and article not in dev_ids()
        assert f"story {number}" in row.text or f"of {number}" in row.text


def test_bbc_none_rows_absent_file(tmp_path: Path) -> None:
    assert train.bbc_none_rows(tmp_path, 10) == []
    write_gold(tmp_path, 10)
    assert train.bbc_none_rows(tmp_path, 0) == []


def test_own_rows_lower_cases_a_seeded_share(tmp_path: Path) -> None:
    for name in ("handwritten.tsv",):
        (tmp_path / name).write_text((ROOT / "data" / "training" / name).read_text(encoding="utf-8"),
                                     encoding="utf-8")
    cased = train.own_rows(tmp_path)
    lowered = train.own_rows(tmp_path, 0.3, seed=13)
    assert len(cased) == len(lowered)
    changed = [a for a, b in zip(cased, lowered, strict=True) if a.text != b.text]
    assert abs(len(changed) - 0.3 * len(cased)) < 0.05 * len(cased)
    assert all(b.text in (a.text, a.text.lower()) for a, b in zip(cased, lowered, strict=True))
    assert [r.label for r in cased] == [r.label for r in lowered]
    assert lowered == train.own_rows(tmp_path, 0.3, seed=13)
