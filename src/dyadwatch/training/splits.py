"""The data splits, in one place: which gold articles may be trained on, tuned on, or only reported on.

``../shared/gold/bbc_train.jsonl`` (whole BBC News articles labelled ``politics`` or ``other``):

- ``dev``: the articles of the real-news development set (``data/devset/articles.tsv``); never
  trained on (the thresholds and the calibration are fitted and scored there);
- of the rest, a seeded hash of the article id deals each article to one of two halves:
  ``train`` (the pool the typer may learn from) and ``heldout`` (never trained on; events per
  article on political and non-political news are reported there).

The split depends only on the article id, the seed and the development-set list, so it is the same
on every machine and in every run, and it does not move when the file gains or loses articles.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Literal

from ..records import Article

Split = Literal["dev", "train", "heldout"]
SPLITS: tuple[Split, ...] = ("dev", "train", "heldout")
BBC_FILE = "bbc_train.jsonl"
BBC_SEED = "dyadwatch-bbc-split-1"
ROOT = Path(__file__).resolve().parents[3]
DEVSET = ROOT / "data" / "devset" / "articles.tsv"
DEFAULT_GOLD = ROOT.parent / "shared" / "gold"


def dev_ids(path: Path = DEVSET, file: str = BBC_FILE) -> frozenset[str]:
    """Ids of the development-set articles of one gold file (``articles.tsv``: file, article_id, split)."""
    return _dev_ids(str(path), file)


@lru_cache(maxsize=8)
def _dev_ids(path: str, file: str) -> frozenset[str]:
    with Path(path).open(encoding="utf-8", newline="") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return frozenset(r[1] for r in rows if len(r) >= 2 and r[0] == file)


def hash_half(article_id: str, seed: str = BBC_SEED) -> int:
    """0 or 1: a seeded, deterministic coin for an article id (SHA-256, not Python's salted hash)."""
    return hashlib.sha256(f"{seed}:{article_id}".encode()).digest()[0] & 1


def bbc_split(article_id: str, dev: Iterable[str] | None = None, seed: str = BBC_SEED) -> Split:
    """``dev``, ``train`` or ``heldout`` for a BBC article id such as ``bbc-train-0``."""
    devs = dev_ids() if dev is None else dev
    if article_id in devs:
        return "dev"
    return "train" if hash_half(article_id, seed) == 0 else "heldout"


def bbc_records(gold: Path = DEFAULT_GOLD) -> Iterator[dict[str, str]]:
    """The raw records of ``bbc_train.jsonl`` (``id``, ``label``, ``text``), read in place."""
    with (gold / BBC_FILE).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                yield {"id": str(record["id"]), "label": str(record["label"]), "text": str(record["text"])}


def bbc_articles(split: Split, gold: Path = DEFAULT_GOLD, labels: Iterable[str] | None = None,
                 dev: Iterable[str] | None = None) -> Iterator[tuple[str, Article]]:
    """(label, Article) for every BBC article of one split, in file order; ``labels`` keeps only those labels."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    keep = None if labels is None else frozenset(labels)
    devs = dev_ids() if dev is None else frozenset(dev)
    for record in bbc_records(gold):
        if (keep is None or record["label"] in keep) and bbc_split(record["id"], devs) == split:
            yield record["label"], Article(id=record["id"], text=record["text"], source="bbc",
                                           origin=f"{BBC_FILE}:{record['id']}")


def heldout_articles(gold: Path = DEFAULT_GOLD, labels: Iterable[str] | None = None) -> Iterator[tuple[str, Article]]:
    """(label, Article) for the held-out BBC articles: never trained on, never tuned on."""
    return bbc_articles("heldout", gold, labels)


def heldout_sample(gold: Path = DEFAULT_GOLD, per_label: int = 0,
                   labels: Iterable[str] = ("politics", "other")) -> Iterator[tuple[str, Article]]:
    """The first ``per_label`` held-out articles of each label in file order (all when 0), interleaved."""
    iters: list[Iterator[tuple[str, Article]]] = []
    for label in labels:
        it = heldout_articles(gold, [label])
        iters.append(islice(it, per_label) if per_label else it)
    while iters:
        for it in list(iters):
            got = next(it, None)
            if got is None:
                iters.remove(it)
            else:
                yield got
