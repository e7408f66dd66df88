"""Actor resolution on the PLOVER GSR gold spans, and the summit story's actors.

For every GSR actor with a country (or IGO/NGO) code, the gold span is resolved in its sentence by
the coder's own resolver on the record's date; the country and sector are compared with the gold.
This measures the actor stage alone; ``dyadwatch eval --kind gsr`` measures it end to end.

Usage: .venv/bin/python benchmarks/actors.py [--misses N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from dyadwatch.evaluation.actors import evaluate_gsr_actors
from dyadwatch.pipeline import Pipeline

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "plover_gsr.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="print this many misses")
    args = parser.parse_args()
    if not GOLD.exists():
        print(f"skipped: {GOLD} is absent")
        return
    pipeline = Pipeline()
    started = time.perf_counter()
    report = evaluate_gsr_actors(GOLD, pipeline)
    elapsed = time.perf_counter() - started
    print(f"GSR actor resolution on gold spans ({report['records']} records, {elapsed:.1f}s)")
    for side in ("source", "target"):
        r = report[side]
        print(f"  {side}: country {r['country_accuracy']:.3f} (n={r['n']}), "
              f"sector {r['sector_accuracy']:.3f} (n={r['sector_n']})")
    for miss in report["misses"][: args.misses]:
        print(f"  MISS {miss['text']!r}: gold {miss['gold']}, ours {miss['ours']} ({miss['name']})")


if __name__ == "__main__":
    main()
