"""A stand-in reviewer for the README's review loop: reviews the first N stored events of a store
coded from the sample corpus with the corpus's hand labels (``data/sample/expected.tsv``), through
the same append-only path as ``dyadwatch serve --allow-review``, then exports them.

    .venv/bin/python scripts/review_from_labels.py STORE.duckdb reviews.jsonl [--limit 50]

An event whose sentence has hand labels is ``right`` when its type is among them, else ``corrected``
to the first; an event in a sentence without labels is ``wrong``. Sentences are matched by their
first eight words (the first sentence of an article also with its dateline before it).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

from dyadwatch.store.eventstore import EventStore
from dyadwatch.store.reviews import ReviewInput, add_review, export_reviews

LABELS = Path(__file__).resolve().parents[1] / "src" / "dyadwatch" / "data" / "sample" / "expected.tsv"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--limit", type=int, default=50)
    args = parser.parse_args(argv)
    expected: dict[tuple[str, str], list[str]] = defaultdict(list)
    with LABELS.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            expected[(row["article_id"], " ".join(row["sentence_snippet"].split()))].append(row["event_type"])
    verdicts: Counter[str] = Counter()
    with EventStore(args.store) as store:
        firsts = dict(store.db.execute("SELECT a.article_id, s.text FROM sentences s JOIN articles a USING "
                                       "(content_hash) WHERE s.sentence_index = 0").fetchall())
        rows = store.db.execute("SELECT event_id, article_id, sentence, event_type, sentence_index FROM events "
                                "ORDER BY article_id, sentence_index, event_id LIMIT ?", [args.limit]).fetchall()
        for event_id, article, sentence, kind, index in rows:
            keys = [" ".join(sentence.split()[:8])]
            if index == 1 and article in firsts:
                keys.append(" ".join(f"{firsts[article]} {sentence}".split()[:8]))
            labels = next((expected[(article, k)] for k in keys if (article, k) in expected), None)
            if labels is None:
                verdict, fix = "wrong", {}
            elif kind in labels:
                verdict, fix = "right", {}
            else:
                verdict, fix = "corrected", {"event_type": labels[0]}
            add_review(store.db, ReviewInput(event_id, "expected.tsv", verdict, fix, "the sample corpus's labels"))
            verdicts[verdict] += 1
        done = export_reviews(store.db, args.out)
    sys.stdout.write(f"{dict(verdicts)}; wrote {done['rows']} reviews to {done['path']}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
