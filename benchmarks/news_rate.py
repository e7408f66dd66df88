"""Events per article on held-out BBC news: non-political articles should stay quiet.

Codes the held-out BBC articles of ``../shared/gold/bbc_train.jsonl`` (``dyadwatch.training.splits``:
never trained on, not in the development set) with the default coder
(``Pipeline(make_options())``) and prints events per article for the ``politics`` and the ``other``
articles, the ratio of the two, and the same counts at a few confidence thresholds.

Usage: .venv/bin/python benchmarks/news_rate.py [--limit N] [--typer FOLDER|off] [--report out.json]

``--limit`` takes the first N held-out articles of each label in file order (default 150, which
covers all 130 held-out political articles; 0 for all).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dyadwatch.coder.eventtyper import EventTyper
from dyadwatch.config import make_options
from dyadwatch.evaluation.newsrate import news_rate, ratio
from dyadwatch.pipeline import Pipeline
from dyadwatch.training.splits import heldout_sample

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
LABELS = ("politics", "other")
THRESHOLDS = (0.0, 0.5, 0.7, 0.8, 0.9)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=150, help="held-out articles per label (0: all)")
    parser.add_argument("--typer", default=None, help="typer folder, or 'off' (default: the shipped model)")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--report", type=Path, default=None, help="write the figures here as JSON")
    args = parser.parse_args()
    if not (args.gold / "bbc_train.jsonl").is_file():
        print(f"skipped: no bbc_train.jsonl in {args.gold}")
        return 0
    typer = EventTyper.load(args.typer) if args.typer is not None else "default"
    pipeline = Pipeline(make_options(), typer=typer)
    version = pipeline.typer.version if pipeline.typer is not None else "off (lexicon only)"
    print(f"coder {pipeline.options.coder}; typer {version}; held-out BBC articles, first {args.limit or 'all'} "
          "per label")
    t0 = time.perf_counter()
    full = news_rate(pipeline, heldout_sample(args.gold, args.limit, LABELS))
    seconds = time.perf_counter() - t0
    rows: list[tuple[str, str]] = []
    thresholds: dict[str, object] = {}
    for threshold in THRESHOLDS:
        figures = {label: round(rate.per_article_at(threshold), 3) for label, rate in full.items()}
        other = figures.get("other")
        r = figures.get("politics", 0.0) / other if other else None
        thresholds[f"{threshold:.1f}"] = {"events_per_article": figures, "ratio": r}
        rows.append((f"events per article, confidence >= {threshold:.1f}",
                     "  ".join(f"{k} {v:.2f}" for k, v in figures.items()) + (f"  ratio {r:.1f}x" if r else "")))
    report: dict[str, object] = {"typer": version, "coder": pipeline.options.coder, "limit": args.limit,
                                 "seconds": round(seconds, 1), "thresholds": thresholds}
    report["rates"] = {label: rate.as_dict() for label, rate in full.items()}
    for label, rate in full.items():
        rows.insert(0, (f"{label}: articles / sentences / events", f"{rate.articles} / {rate.sentences} / {rate.events}"
                        f" ({rate.per_article:.2f} per article, {rate.silent} articles with none)"))
    overall = ratio(full)
    rows.append(("politics / other, all events", f"{overall:.1f}x" if overall is not None else "n/a"))
    rows.append(("seconds", f"{seconds:.1f}"))
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    if args.report:
        args.report.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
