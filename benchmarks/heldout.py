"""Precision, recall and event rates of the default output on the held-out wire corpus (``data/heldout``).

The corpus is 30 modern wire-style articles the project wrote and labelled blind to the coder (16 political,
14 not). Its ``look`` half (odd ids) may be read for errors; its ``report`` half (even ids) is only scored.
A coded event is right when a label of its sentence has its type, its source's code and its target's code
(a country, or the label's code of an international body; no target matches a blank one). A joint act (a
meeting, an agreement, cooperation) may be coded in either direction. Recall counts the labels that some
coded event matches.

Usage: .venv/bin/python benchmarks/heldout.py [--half look|report|all] [--min-confidence X] [--show]
``--show`` prints every coded event and every missed label of the look half (never of the report half).
"""

from __future__ import annotations

import argparse
import csv
import time
from dataclasses import dataclass
from pathlib import Path

from dyadwatch.config import make_options
from dyadwatch.parse import DATELINE
from dyadwatch.pipeline import Pipeline
from dyadwatch.readers import read_inputs
from dyadwatch.records import Actor, Article, CodedArticle, Event

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# the labels' codes of international bodies, by words of the knowledge base's names
BODY_CODES = (("European", "EUR"), ("EU ", "EUR"), ("NATO", "NATO"), ("African Union", "AFR"), ("ASEAN", "ASN"),
              ("International Monetary Fund", "IMF"), ("World Health", "WHO"), ("United Nations", "UNO"),
              ("UN ", "UNO"), ("U.N.", "UNO"), ("World Food", "UNO"), ("UNICEF", "UNO"), ("UNHCR", "UNO"))


@dataclass(frozen=True)
class Label:
    article_id: str
    snippet: str
    event_type: str
    source: str | None
    target: str | None


def party_code(actor: Actor | None) -> str | None:
    """The label's code for a coded party: its country, else its international body's code."""
    if actor is None:
        return None
    if actor.country:
        return actor.country
    name = f"{actor.name or actor.text or ''} "
    code = next((c for words, c in BODY_CODES if words in name), None)
    if code is None and actor.sector == "NGO":
        return "NGO"
    return code


def read_labels(path: Path) -> tuple[list[Label], dict[str, bool]]:
    labels: list[Label] = []
    political: dict[str, bool] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["event_type"] == "POLITICAL_FLAG":
                political[row["article_id"]] = row["source_country"] == "yes"
            else:
                labels.append(Label(row["article_id"], row["sentence_snippet"], row["event_type"],
                                    row["source_country"] or None, row["target_country"] or None))
    return labels, political


def sentence_of(coded: CodedArticle, snippet: str) -> int | None:
    words = DATELINE.sub("", snippet.strip())
    return next((s.index for s in coded.sentences if s.text.startswith(words)), None)


def matches(event: Event, label: Label) -> bool:
    if event.event_type != label.event_type:
        return False
    pair = (party_code(event.actor), party_code(event.recipient))
    return pair == (label.source, label.target) or (
        event.event_type in JOINT_TYPES and pair == (label.target, label.source))


def in_half(article_id: str, half: str) -> bool:
    odd = int(article_id.rsplit("-", 1)[1]) % 2 == 1
    return half == "all" or (half == "look") == odd


@dataclass
class HeldoutScore:
    half: str
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

    @property
    def precision(self) -> float:
        return self.right / max(1, self.right + self.wrong)

    @property
    def recall(self) -> float:
        return self.found / max(1, self.labels)


def score(pipeline: Pipeline, half: str) -> HeldoutScore:
    """The pipeline's events on one half of the corpus, against its labels."""
    labels, political = read_labels(HELDOUT / "wire2026.labels.tsv")
    articles = [a for a in read_inputs([str(HELDOUT / "wire2026.jsonl")])
                if isinstance(a, Article) and in_half(a.id, half)]
    started = time.perf_counter()
    coded = {c.article.id: c for c in pipeline.code_articles(articles)}
    elapsed = time.perf_counter() - started
    labels = [label for label in labels if label.article_id in coded]
    by_sentence: dict[tuple[str, int | None], list[Label]] = {}
    for label in labels:
        where = (label.article_id, sentence_of(coded[label.article_id], label.snippet))
        by_sentence.setdefault(where, []).append(label)
    right = wrong = 0
    found: set[Label] = set()
    lines: list[str] = []
    for article_id, c in coded.items():
        for e in c.events:
            here = by_sentence.get((article_id, e.sentence_index), [])
            hit = next((label for label in here if matches(e, label)), None)
            right, wrong = right + (hit is not None), wrong + (hit is None)
            if hit is not None:
                found.add(hit)
            lines.append(f"  {'RIGHT' if hit else 'WRONG'}\t{article_id}\t{e.event_type}\t{party_code(e.actor)}/"
                         f"{e.actor.sector} {e.actor.text!r} -> {party_code(e.recipient)}/"
                         f"{e.recipient.sector if e.recipient else None} {e.recipient.text if e.recipient else ''!r}"
                         f"\t{e.confidence:.2f}\t{e.sentence[:110]}")
    events_in = {flag: [len(c.events) for a, c in coded.items() if political.get(a) == flag] for flag in (True, False)}
    return HeldoutScore(half, len(coded), len(events_in[True]), len(labels), right, wrong, len(found),
                        {flag: sum(n) / max(1, len(n)) for flag, n in events_in.items()}, elapsed, lines,
                        [label for label in labels if label not in found])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("look", "report", "all"), default="report")
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument("--show", action="store_true", help="print the look half's events and misses")
    args = parser.parse_args()
    options = make_options() if args.min_confidence is None else make_options(min_confidence=args.min_confidence)
    pipeline = Pipeline(options)
    threshold = options.min_confidence
    if threshold is None and pipeline.resources.calibration is not None:
        threshold = pipeline.resources.calibration.threshold
    s = score(pipeline, args.half)
    print(f"held-out wire corpus, {s.half} half: {s.articles} articles ({s.political_articles} political), "
          f"{s.labels} labelled events, coded in {s.seconds:.1f}s at min confidence {threshold}")
    print(f"  precision {s.precision:.3f} ({s.right} right, {s.wrong} wrong); "
          f"recall {s.recall:.3f} ({s.found} of {s.labels})")
    print(f"  events per article: political {s.per_article[True]:.2f}, non-political {s.per_article[False]:.2f}")
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


if __name__ == "__main__":
    main()
