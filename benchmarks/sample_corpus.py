"""Recall and precision of the coder on the shipped sample corpus's hand labels.

The labels (``src/dyadwatch/data/sample/expected.tsv``) list the events each sample article was
written to contain: article, the sentence's first words, type, actor country, recipient country,
modality. An expected event is found when an event of the article, in the sentence that starts
with those words, has the same type and the same actor and recipient countries (international
organisations are compared by their code). Precision counts only coded events in labelled
sentences, since the labels are not exhaustive.

Usage: .venv/bin/python benchmarks/sample_corpus.py [--show-misses]
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections import Counter
from pathlib import Path

from dyadwatch.parse import DATELINE
from dyadwatch.pipeline import Pipeline
from dyadwatch.readers import read_inputs
from dyadwatch.records import Article

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "dyadwatch" / "data" / "sample"
ORG_CODES = {"UNO": "UNO", "EUU": "EUR", "NAT": "NATO"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    with (SAMPLE / "expected.tsv").open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if r and not r[0].startswith("#")]
    if rows and rows[0][0] == "article_id":
        rows = rows[1:]
    articles = [a for a in read_inputs([str(SAMPLE / "corpus.jsonl")]) if isinstance(a, Article)]
    pipeline = Pipeline()
    started = time.perf_counter()
    coded = {c.article.id: c for c in pipeline.code_articles(articles)}
    elapsed = time.perf_counter() - started
    found = 0
    typed = 0
    by_type: Counter[str] = Counter()
    hits_by_type: Counter[str] = Counter()
    misses = []
    labelled_sentences: set[tuple[str, int]] = set()
    used: set[str] = set()
    for article_id, snippet, etype, actor, recipient, _modality in rows:
        c = coded[article_id]
        words = DATELINE.sub("", snippet.strip())
        index = next((s.index for s in c.sentences if s.text.startswith(words)), None)
        by_type[etype] += 1
        if index is None:
            misses.append((article_id, snippet, etype, actor, recipient, "sentence not found"))
            continue
        labelled_sentences.add((article_id, index))
        here = [e for e in c.events if e.sentence_index == index]
        if any(e.event_type == etype for e in here):
            typed += 1
        match = next((e for e in here if e.event_type == etype and code_of(e.actor) == ORG_CODES.get(actor, actor)
                      and code_of(e.recipient) == ORG_CODES.get(recipient, recipient)), None)
        if match is not None:
            found += 1
            hits_by_type[etype] += 1
            used.add(match.id)
        else:
            got = [(e.event_type, code_of(e.actor), code_of(e.recipient)) for e in here]
            misses.append((article_id, snippet, etype, actor, recipient, json.dumps(got)))
    in_labelled = [e for c in coded.values() for e in c.events
                   if (c.article.id, e.sentence_index) in labelled_sentences]
    precision = len([e for e in in_labelled if e.id in used]) / max(1, len(in_labelled))
    print(f"sample corpus: {len(articles)} articles, {len(rows)} labelled events, coded in {elapsed:.1f}s")
    print(f"  full match (type + actor + recipient country): recall {found / len(rows):.3f}")
    print(f"  type found in the right sentence:               recall {typed / len(rows):.3f}")
    print(f"  precision of events in labelled sentences:      {precision:.3f}")
    print("  recall by type: " + ", ".join(f"{t} {hits_by_type[t]}/{n}" for t, n in sorted(by_type.items())))
    if args.show_misses:
        for miss in misses:
            print("  MISS", *miss, sep="\t")


def code_of(actor: object) -> str | None:
    if actor is None:
        return None
    country = getattr(actor, "country", None)
    if country:
        return str(country)
    name = getattr(actor, "name", None)
    return str(name) if name else None


if __name__ == "__main__":
    main()
