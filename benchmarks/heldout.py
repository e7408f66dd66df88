"""Precision, recall and event rates of the default output on the held-out wire corpora (``data/heldout``).

The corpora are articles the project wrote in the style of today's news and labelled blind to the coder
(``dyadwatch.evaluation.wirecorpus``): ``wire2026`` (30 articles of international wire copy), ``wire2026b`` to
``wire2026z``, ``wire2026aa`` to ``wire2026av`` (32 articles each, of international wire copy and of national
and regional papers). Their ``look`` half (odd ids) may be read for errors and fitted on; their ``report`` half
(even ids) is only scored. A coded event is right when a label of its sentence has its type, its source's code
and its target's code; a joint act may be coded either way round. Recall counts the labels that some coded event
matches.

Usage: .venv/bin/python benchmarks/heldout.py [--half look|report|all] [--corpus NAME ...] [--min-confidence X]
       [--show] [--breakdown] [--signings-agree]
``--show`` prints every coded event and every missed label of the look half (never of the report half).
``--breakdown`` counts where the missed labels were lost (``wirecorpus.LOSSES``) and why the wrong events are wrong
(``wirecorpus.WRONGS``), by type; counts only, so it may be run on the report half: it says how much recall the
threshold costs, how much no candidate can give, and how much precision acts the writers read nowhere cost.
``--signings-agree`` scores the coder's signings (CAMEO 057, which the PLOVER manual and the crosswalk type SUPPORT)
as AGREE, as the writers' calls label them: what that convention alone costs, for the owners to weigh.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dyadwatch.config import make_options
from dyadwatch.evaluation.wirecorpus import (
    HALVES,
    LOSSES,
    WRONGS,
    Label,
    corpus_names,
    in_half,
    judge_events,
    load_corpus,
    lost_at,
    party_code,
    signings_as_agreements,
    wrong_at,
)
from dyadwatch.pipeline import Pipeline

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"


@dataclass
class HeldoutScore:
    half: str
    corpora: tuple[str, ...]
    articles: int
    political_articles: int
    labels: int
    right: int
    wrong: int
    found: int
    per_article: dict[bool, float]
    seconds: float
    lines: list[str]
    missed: list[Label]
    losses: Counter[tuple[str, str]] = field(default_factory=Counter)  # (where it was lost, the label's type)
    wrongs: Counter[tuple[str, str]] = field(default_factory=Counter)  # (why it is wrong, the event's type)

    @property
    def precision(self) -> float:
        return self.right / max(1, self.right + self.wrong)

    @property
    def recall(self) -> float:
        return self.found / max(1, self.labels)


def score(pipeline: Pipeline, half: str, corpora: Sequence[str] | None = None,
          signings_agree: bool = False) -> HeldoutScore:
    """The pipeline's events on one half of the corpora (all of ``data/heldout`` by default), against their
    labels; ``signings_agree``: the coder's signings typed as the held-out calls label them (AGREE)."""
    names = tuple(corpora or corpus_names(HELDOUT))
    loaded = [load_corpus(HELDOUT, name, half) for name in names]
    articles = [a for corpus in loaded for a in corpus.articles]
    labels = [label for corpus in loaded for label in corpus.labels]
    political = {a: flag for corpus in loaded for a, flag in corpus.political.items()}
    started = time.perf_counter()
    coded = list(pipeline.code_articles(articles))
    elapsed = time.perf_counter() - started
    if signings_agree:
        coded = [signings_as_agreements(c) for c in coded]
    right = wrong = 0
    found: set[Label] = set()
    lines: list[str] = []
    wrongs: Counter[tuple[str, str]] = Counter()
    for c in coded:
        for e, hit in judge_events(c, labels):
            right, wrong = right + (hit is not None), wrong + (hit is None)
            if hit is not None:
                found.add(hit)
            else:
                wrongs[(wrong_at(c, e, labels), e.event_type)] += 1
            lines.append(f"  {'RIGHT' if hit else 'WRONG'}\t{c.article.id}\t{e.event_type}\t{party_code(e.actor)}/"
                         f"{e.actor.sector} {e.actor.text!r} -> {party_code(e.recipient)}/"
                         f"{e.recipient.sector if e.recipient else None} {e.recipient.text if e.recipient else ''!r}"
                         f"\t{e.confidence:.2f}\t{e.sentence[:110]}")
    missed = [label for label in labels if label not in found]
    by_article = {c.article.id: c for c in coded}
    losses = Counter((lost_at(by_article[label.article_id], label), label.event_type)
                     for label in missed if label.article_id in by_article)
    events_in = {flag: [len(c.events) for c in coded if political.get(c.article.id) == flag] for flag in (True, False)}
    return HeldoutScore(half, names, len(coded), len(events_in[True]), len(labels), right, wrong, len(found),
                        {flag: sum(n) / max(1, len(n)) for flag, n in events_in.items()}, elapsed, lines,
                        missed, losses, wrongs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=HALVES, default="report")
    parser.add_argument("--corpus", nargs="+", choices=corpus_names(HELDOUT), default=None,
                        help="the corpora scored (default: all of data/heldout)")
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument("--show", action="store_true", help="print the look half's events and misses")
    parser.add_argument("--breakdown", action="store_true", help="count where the missed labels were lost")
    parser.add_argument("--signings-agree", action="store_true",
                        help="score the coder's signings (CAMEO 057, SUPPORT by the PLOVER manual) as AGREE, as the "
                             "held-out calls label them: a diagnostic of that convention")
    args = parser.parse_args()
    options = make_options() if args.min_confidence is None else make_options(min_confidence=args.min_confidence)
    pipeline = Pipeline(options)
    threshold = options.min_confidence
    if threshold is None and pipeline.resources.calibration is not None:
        threshold = pipeline.resources.calibration.threshold
    s = score(pipeline, args.half, args.corpus, args.signings_agree)
    print(f"held-out wire corpora {', '.join(s.corpora)}, {s.half} half: {s.articles} articles "
          f"({s.political_articles} political), {s.labels} labelled events, coded in {s.seconds:.1f}s at min "
          f"confidence {threshold}")
    print(f"  precision {s.precision:.3f} ({s.right} right, {s.wrong} wrong); "
          f"recall {s.recall:.3f} ({s.found} of {s.labels})")
    print(f"  events per article: political {s.per_article[True]:.2f}, non-political {s.per_article[False]:.2f}")
    if args.breakdown:
        print_breakdown(s)
    if args.show:
        if args.half == "report":
            print("  (--show prints only the look half: the report half is never read for errors)")
            return
        for line in s.lines:
            if in_half(line.split("\t")[1], "look"):
                print(line)
        for label in s.missed:
            if in_half(label.article_id, "look"):
                print(f"  MISS\t{label.article_id}\t{label.event_type}\t{label.source} -> {label.target}"
                      f"\t{label.snippet}")


def print_breakdown(s: HeldoutScore) -> None:
    """The missed labels by where they were lost, with their share of all labels and the types most lost there;
    the wrong events by why they are wrong, with their share of all events and the types most wrong there."""
    print(f"  missed labels ({s.labels - s.found} of {s.labels}) by where they were lost:")
    print_places(s.losses, LOSSES, s.labels, "labels")
    print(f"  wrong events ({s.wrong} of {s.right + s.wrong}) by why they are wrong:")
    print_places(s.wrongs, WRONGS, s.right + s.wrong, "events")


def print_places(counts: Counter[tuple[str, str]], places: Sequence[str], whole: int, noun: str) -> None:
    """One line per place of ``places`` that counts anything: its count, its share of ``whole`` and its top types."""
    for place in places:
        by_type = Counter({t: n for (where, t), n in counts.items() if where == place})
        total = sum(by_type.values())
        if total:
            top = ", ".join(f"{t} {n}" for t, n in by_type.most_common(4))
            print(f"    {place:<34}{total:>5} ({total / max(1, whole):.1%} of {noun}): {top}")


if __name__ == "__main__":
    main()
