"""Accuracy of the coder on the gold files in ../shared/gold, and the per-sentence cost of coding.

Usage: .venv/bin/python benchmarks/accuracy.py [--ipe-limit N] [--report out.json]

Nothing in dyadwatch is trained on these files (the lexicon coder never saw them), so the figures
are held-out scores as they stand; there is no cross-validation to run.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from pathlib import Path
from typing import Any

from dyadwatch.evaluate import evaluate, pct
from dyadwatch.pipeline import Pipeline
from dyadwatch.records import Article

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
FILES = {"plv": "plv_train.csv", "gsr": "plover_gsr.json", "ipe": "ipe_public.jsonl"}


def typing_cost(pipeline: Pipeline, texts: list[str]) -> dict[str, float]:
    """Seconds per sentence: the whole coder vs a bare spaCy ``nlp.pipe`` on the same sentences."""
    import spacy

    nlp = spacy.load(pipeline.options.model, exclude=["senter"])
    list(nlp.pipe(texts[:20]))  # warm both up
    list(pipeline.code_articles([Article(id="w", text=t) for t in texts[:20]]))
    bare = coded = float("inf")
    for _ in range(2):  # interleaved, best of two: neither side gets the warmer cache for free
        t0 = time.perf_counter()
        list(nlp.pipe(texts, batch_size=pipeline.options.batch_size))
        bare = min(bare, time.perf_counter() - t0)
        t0 = time.perf_counter()
        list(pipeline.code_articles([Article(id=f"s{i}", text=t) for i, t in enumerate(texts)]))
        coded = min(coded, time.perf_counter() - t0)
    n = len(texts)
    return {"sentences": n, "spacy_ms": 1000 * bare / n, "coder_ms": 1000 * coded / n, "ratio": coded / bare}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ipe-limit", type=int, default=None, help="score only the first N IPE articles")
    parser.add_argument("--report", type=Path, default=None, help="write all reports here as JSON")
    args = parser.parse_args()
    if not GOLD.is_dir():
        print(f"skipped: no gold folder at {GOLD}")
        return 0
    pipeline = Pipeline()
    print(f"model {pipeline.options.model}; gold {GOLD}")
    print("no cross-validation: nothing is trained on the gold files (the lexicon coder never saw them)")
    reports: dict[str, Any] = {}
    seconds: dict[str, float] = {}
    for kind, name in FILES.items():
        path = GOLD / name
        if not path.is_file():
            print(f"{kind}: skipped ({path} is absent)")
            continue
        t0 = time.perf_counter()
        reports[kind] = evaluate(kind, path, pipeline, args.ipe_limit if kind == "ipe" else None)
        seconds[kind] = time.perf_counter() - t0
    rows: list[tuple[str, str]] = []
    for kind in ("plv", "gsr"):
        if kind in reports:
            r = reports[kind]
            rows += [(f"{kind} sentences", str(r["n"])), (f"{kind} top-event accuracy", pct(r["accuracy"])),
                     (f"{kind} macro-F1", pct(r["macro_f1"])), (f"{kind} triple", pct(r["triple"])),
                     (f"{kind} no event", str(r["no_event"]))]
    if "plv" in reports:
        rows += [("plv source span overlap", pct(reports["plv"]["source_overlap"])),
                 ("plv target span overlap", pct(reports["plv"]["target_overlap"]))]
    if "gsr" in reports:
        a = reports["gsr"]["actors"]
        rows += [(f"gsr {k.replace('_', ' ')} accuracy", f"{pct(a[k])} (n={a[k + '_n']})")
                 for k in ("source_country", "target_country", "source_sector", "target_sector")]
    if "ipe" in reports:
        r = reports["ipe"]
        rows.append(("ipe articles / sentences", f"{r['articles']} / {r['sentences']}"))
        for label, s in r["per_label"].items():
            rows.append((f"ipe {label} recall / precision",
                         f"{pct(s['recall'])} / {pct(s['precision'])} (gold {s['support']})"))
    rows += [(f"{kind} seconds", f"{s:.1f}") for kind, s in seconds.items()]
    if "plv" in reports:
        with (GOLD / FILES["plv"]).open(encoding="utf-8", newline="") as handle:
            texts = [row["text"] for row in csv.DictReader(handle)]
        cost = typing_cost(pipeline, texts)
        reports["cost"] = cost
        rows += [("bare spaCy nlp.pipe ms/sentence", f"{cost['spacy_ms']:.2f}"),
                 ("Pipeline.code_articles ms/sentence", f"{cost['coder_ms']:.2f}"),
                 ("coder / spaCy time ratio", f"{cost['ratio']:.2f}x")]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    if args.report:
        args.report.write_text(json.dumps(reports, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
