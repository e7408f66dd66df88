"""The data splits of dyadwatch.training.splits (no model; the real gold file only where it is present)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from dyadwatch.training.splits import (
    BBC_FILE,
    SPLITS,
    bbc_articles,
    bbc_split,
    dev_ids,
    hash_half,
    heldout_articles,
    heldout_sample,
)

GOLD = Path(__file__).resolve().parents[3] / "shared" / "gold"


def write_gold(folder: Path, n: int) -> list[str]:
    ids = [f"bbc-train-{i}" for i in range(n)]
    with (folder / BBC_FILE).open("w", encoding="utf-8") as handle:
        for i, aid in enumerate(ids):
            label = "politics" if i % 4 == 0 else "other"
            handle.write(json.dumps({"id": aid, "label": label, "text": f"story {i}. it has two sentences."}) + "\n")
    return ids


def test_hash_half_is_seeded_and_deterministic() -> None:
    assert hash_half("bbc-train-0") == hash_half("bbc-train-0")
    coins = [hash_half(f"bbc-train-{i}") for i in range(400)]
    assert set(coins) == {0, 1}
    assert 150 < sum(coins) < 250  # about half
    other = [hash_half(f"bbc-train-{i}", seed="another seed") for i in range(400)]
    assert coins != other


def test_split_is_pinned() -> None:
    # the split must not move between runs, machines or Python versions (no salted hash())
    got = {aid: bbc_split(aid, dev=()) for aid in ("bbc-train-0", "bbc-train-1", "bbc-train-2", "bbc-train-3")}
    assert got == PINNED


PINNED = {"bbc-train-0": "heldout", "bbc-train-1": "heldout", "bbc-train-2": "heldout", "bbc-train-3": "train"}


def test_dev_articles_come_from_the_devset_list() -> None:
    dev = dev_ids()
    assert "bbc-train-207" in dev and len(dev) >= 40
    assert all(a.startswith("bbc-train-") for a in dev)
    for aid in dev:
        assert bbc_split(aid) == "dev"


def test_dev_wins_over_the_hash() -> None:
    assert bbc_split("bbc-train-3", dev={"bbc-train-3"}) == "dev"
    assert bbc_split("bbc-train-3", dev=()) == "train"


def test_articles_by_split_partition_the_file(tmp_path: Path) -> None:
    ids = write_gold(tmp_path, 60)
    dev = {"bbc-train-5", "bbc-train-8"}
    seen: dict[str, str] = {}
    for split in SPLITS:
        for label, article in bbc_articles(split, tmp_path, dev=dev):
            assert article.id not in seen
            seen[article.id] = split
            assert label in ("politics", "other")
            assert article.text.startswith("story ")
            assert article.source == "bbc"
    assert sorted(seen) == sorted(ids)
    assert {a for a, s in seen.items() if s == "dev"} == dev
    assert all(seen[a] == bbc_split(a, dev) for a in ids)


def test_labels_filter(tmp_path: Path) -> None:
    write_gold(tmp_path, 40)
    got = list(bbc_articles("train", tmp_path, labels=["other"], dev=()))
    assert got and all(label == "other" for label, _ in got)


def test_unknown_split(tmp_path: Path) -> None:
    write_gold(tmp_path, 4)
    with pytest.raises(ValueError):
        list(bbc_articles("test", tmp_path))  # type: ignore[arg-type]


@pytest.mark.skipif(not (GOLD / BBC_FILE).is_file(), reason="no ../shared/gold/bbc_train.jsonl")
def test_real_file_splits() -> None:
    counts = Counter((bbc_split(a.id), label) for split in SPLITS for label, a in bbc_articles(split, GOLD))
    assert counts[("dev", "politics")] + counts[("dev", "other")] == len(dev_ids())
    held = {a.id for _, a in heldout_articles(GOLD)}
    train = {a.id for _, a in bbc_articles("train", GOLD)}
    assert not held & train and not (held | train) & dev_ids()
    assert counts[("heldout", "politics")] >= 100 and counts[("heldout", "other")] >= 500
    assert counts[("train", "other")] >= 500


def test_heldout_sample_interleaves_and_limits(tmp_path: Path) -> None:
    write_gold(tmp_path, 200)
    every = list(heldout_sample(tmp_path, 0))
    assert len(every) == len(list(heldout_articles(tmp_path)))
    first = list(heldout_sample(tmp_path, 5))
    assert [label for label, _ in first] == ["politics", "other"] * 5
    assert all(bbc_split(a.id) == "heldout" for _, a in first)
