"""Disaster and accident snippets: how many the coder leaves with no event.

Codes the snippets of ``data/quiet`` (``dyadwatch.evaluation.quiet``; written for dyadwatch and labelled
blind to the coder) with the default coder and prints, for one half:

- the share of the snippets with no political act that get no event (the false-alarm check), by kind,
  and the types given where there is none;
- the share of all snippets that get no event;
- of the snippets that hold an act, how many get an event of its type.

Usage: .venv/bin/python benchmarks/quiet_news.py [--half look|report|all] [--min-confidence X] [--show]

``--show`` prints the look half's snippets that get an event (the report half is never read for errors).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from dyadwatch.config import make_options
from dyadwatch.evaluation.quiet import load_snippets, score_snippets
from dyadwatch.pipeline import Pipeline

QUIET = Path(__file__).resolve().parents[1] / "data" / "quiet"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("look", "report", "all"), default="report")
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument("--show", action="store_true", help="print the look half's snippets that get an event")
    args = parser.parse_args()
    options = make_options() if args.min_confidence is None else make_options(min_confidence=args.min_confidence)
    pipeline = Pipeline(options)
    snippets = load_snippets(QUIET, args.half)
    started = time.perf_counter()
    coded = list(pipeline.code_articles(s.article() for s in snippets))
    seconds = time.perf_counter() - started
    s = score_snippets(snippets, coded)
    threshold = options.min_confidence
    if threshold is None and pipeline.resources.calibration is not None:
        threshold = pipeline.resources.calibration.threshold
    print(f"disaster and accident snippets, {args.half} half: {len(snippets)} snippets ({s.quiet} with no act, "
          f"{s.acted} with one), coded in {seconds:.1f}s at min confidence {threshold}")
    print(f"  no act, no event: {s.silent_share:.3f} ({s.quiet_silent} of {s.quiet})")
    kinds = sorted({k for k, _ in s.by_kind})
    print("    by kind: " + ", ".join(f"{k} {s.by_kind[(k, True)]}/{s.by_kind[(k, True)] + s.by_kind[(k, False)]}"
                                      for k in kinds))
    if s.false_alarms:
        print("    events given where there is no act: "
              + ", ".join(f"{t} {n}" for t, n in s.false_alarms.most_common()))
    print(f"  all snippets, no event: {s.no_event_share:.3f}")
    print(f"  an act, an event of its type: {s.found_share:.3f} ({s.acted_found} of {s.acted}; "
          f"any event {s.acted_any})")
    if args.show:
        if args.half == "report":
            print("  (--show prints only the look half: the report half is never read for errors)")
            return
        acts = {snippet.id: snippet.acts for snippet in snippets}
        for c in coded:
            for e in c.events:
                print(f"  {c.article.id}\tacts {','.join(acts[c.article.id]) or '-'}\t{e.event_type}\t"
                      f"{e.actor.text!r} -> {e.recipient.text if e.recipient else ''!r}\t{e.confidence:.2f}"
                      f"\t{e.sentence[:110]}")


if __name__ == "__main__":
    main()
