"""Event-level scoring on whole articles: the real-news development set (``data/devset``).

The labels (``labels.jsonl``, written by reading, see ``data/devset/GUIDE.md``) give every event
of each article with its type, source and target country, keyed by character offsets into the
gold file's text; the text itself is read in place from ``../shared/gold``. An event the coder
outputs is right when the article's gold holds an unmatched event of the same type whose source
and target countries are the coder's (a missing target matches a missing target). Each gold event
is matched once, so an act coded twice counts once right and once wrong.

That match is loose about where: an event coded from one sentence may match a gold event of the same
type and countries told in another (in a story of one country, any domestic ACCUSE matches any other).
The report therefore also gives a *located* score, where the gold event's words must overlap the
sentence the event was coded from: the share of events an analyst would keep as told where the coder
says they are.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import BadOptionError, BadRecordError, MissingInputError
from ..records import Article, CodedArticle, Event
from .events import fix_text, pct, rate, with_options

# tune: thresholds and calibration are fitted here; test: only reported on; train: the typer learns from it
# (``dyadwatch.training``), so it is never scored; all: tune and test
SPLITS = ("tune", "test", "train", "all")
SCORED_SPLITS = frozenset({"tune", "test"})
# PLOVER's manual makes these IGO entity codes; a coder that leaves an IGO's country empty with
# sector IGO is counted right for any of them
IGO_CODES = frozenset({"IGO", "UNO", "EUR", "NAT", "AFR", "ASN", "ARL", "OAS"})
MAX_LISTED = 40

Key = tuple[str, str | None, str | None]


@dataclass(frozen=True)
class GoldEvent:
    event_type: str
    source: str | None
    target: str | None
    start: int
    end: int
    modality: str | None
    background: bool
    # further places the same act is told (character offsets, like start and end)
    mentions: tuple[tuple[int, int], ...] = ()

    @property
    def key(self) -> Key:
        return (self.event_type, self.source, self.target)


@dataclass(frozen=True)
class GoldArticle:
    file: str
    article_id: str
    split: str
    political: bool
    raw_text: str
    published: date | None
    events: tuple[GoldEvent, ...]

    def article(self) -> Article:
        return Article(id=f"{self.file.split('_')[0]}-{self.article_id}", text=fix_text(self.raw_text),
                       published=self.published)


def read_split_table(devset: Path) -> dict[tuple[str, str], str]:
    path = devset / "articles.tsv"
    if not path.is_file():
        raise MissingInputError(f"development set not found: {path}")
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("file\t"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise BadRecordError(f"{path}:{n}: expected file, article_id, split")
        if parts[2] not in SPLITS or parts[2] == "all":
            raise BadRecordError(f"{path}:{n}: unknown split {parts[2]!r}; use tune, test or train")
        out[(parts[0], parts[1])] = parts[2]
    return out


def _party(value: object) -> str | None:
    if isinstance(value, dict):
        country = value.get("country")
        return str(country) if country else None
    return None


def gold_records(gold_dir: Path, wanted: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
    """The records of the gold JSONL files named by ``wanted`` ((file, id) pairs), read in place."""
    want = set(wanted)
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for file in sorted({f for f, _ in want}):
        path = gold_dir / file
        if not path.is_file():
            raise MissingInputError(f"gold file not found: {path}")
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                row = json.loads(line)
                key = (file, str(row["id"]))
                if key in want:
                    out[key] = row
    return out


def load_devset(devset: Path, gold_dir: Path, split: str = "all") -> list[GoldArticle]:
    """The labelled articles of ``split`` (tune, test, train, or all: tune and test), with their texts from
    ``gold_dir``."""
    if split not in SPLITS:
        raise BadOptionError(f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
    splits = read_split_table(devset)
    labels_path = devset / "labels.jsonl"
    if not labels_path.is_file():
        raise MissingInputError(f"development-set labels not found: {labels_path}")
    labelled: list[tuple[tuple[str, str], dict[str, Any]]] = []
    for n, line in enumerate(labels_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            key = (str(row["file"]), str(row["article_id"]))
        except (json.JSONDecodeError, KeyError) as exc:
            raise BadRecordError(f"{labels_path}:{n}: bad label line ({exc})") from None
        if key not in splits:
            raise BadRecordError(f"{labels_path}:{n}: article {key[1]} of {key[0]} is not in articles.tsv")
        if splits[key] == split or (split == "all" and splits[key] in SCORED_SPLITS):
            labelled.append((key, row))
    texts = gold_records(gold_dir, (k for k, _ in labelled))
    out = []
    for key, row in labelled:
        source = texts.get(key)
        if source is None:
            raise MissingInputError(f"article {key[1]} not found in {gold_dir / key[0]}")
        published = date.fromisoformat(source["date"]) if source.get("date") else None
        events = tuple(GoldEvent(str(e["type"]), _party(e.get("source")), _party(e.get("target")),
                                 int(e["start"]), int(e["end"]), e.get("modality"), bool(e.get("background")),
                                 tuple((int(m[0]), int(m[1])) for m in e.get("mentions") or ()))
                       for e in row.get("events", []))
        out.append(GoldArticle(key[0], key[1], splits[key], bool(row.get("political")), str(source["text"]),
                               published, events))
    return out


def predicted_key(event: Event) -> Key:
    target = event.recipient.country if event.recipient is not None else None
    return (event.event_type, event.actor.country, target)


def _same_party(gold: str | None, predicted: str | None, predicted_sector: str | None) -> bool:
    if gold == predicted:
        return True
    return gold in IGO_CODES and predicted is None and predicted_sector == "IGO"


Located = Callable[[Event, GoldEvent], bool]


def match_events(gold: Sequence[GoldEvent], events: Sequence[Event], located: Located | None = None
                 ) -> tuple[list[tuple[Event, GoldEvent | None]], list[GoldEvent]]:
    """Pair each coded event with an unmatched gold event of its key (most confident first); with
    ``located``, only with one told where the event was coded from (:func:`locator`)."""
    free = list(gold)
    pairs: list[tuple[Event, GoldEvent | None]] = []
    for event in sorted(events, key=lambda e: -e.confidence):
        rec = event.recipient
        hit = next((g for g in free if g.event_type == event.event_type
                    and _same_party(g.source, event.actor.country, event.actor.sector)
                    and _same_party(g.target, rec.country if rec else None, rec.sector if rec else None)
                    and (located is None or located(event, g))), None)
        if hit is not None:
            free.remove(hit)
        pairs.append((event, hit))
    return pairs, free


def locator(gold: GoldArticle, coded: CodedArticle) -> Located:
    """Whether a gold event's words overlap the sentence an event was coded from. Gold offsets are into
    the raw text and the coder read it repaired (:func:`fix_text`), so each offset is moved by the repair
    of the text before it."""
    bounds = {s.index: (s.start, s.end) for s in coded.sentences}
    moved: dict[int, int] = {}

    def fixed(offset: int) -> int:
        if offset not in moved:
            moved[offset] = len(fix_text(gold.raw_text[:offset]))
        return moved[offset]

    def located(event: Event, g: GoldEvent) -> bool:
        start, end = bounds.get(event.sentence_index, (-1, -1))
        return start < fixed(g.end) and fixed(g.start) < end

    return located


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def scores(self) -> dict[str, Any]:
        precision = rate(self.tp, self.tp + self.fp)
        recall = rate(self.tp, self.tp + self.fn)
        f1 = (round(2 * precision * recall / (precision + recall), 4)
              if precision and recall else None)
        return {"precision": precision, "recall": recall, "f1": f1, "right": self.tp,
                "wrong": self.fp, "missed": self.fn}


def judged_events(articles: Sequence[GoldArticle], coded: Iterable[CodedArticle]
                  ) -> Iterator[tuple[GoldArticle, CodedArticle, list[tuple[Event, GoldEvent | None]],
                                      list[GoldEvent]]]:
    """Each article with its coded events paired to gold (None: wrong) and its missed gold events."""
    for gold, result in zip(articles, coded, strict=True):
        pairs, missed = match_events(gold.events, result.events)
        yield gold, result, pairs, missed


def score_articles(articles: Sequence[GoldArticle], coded: Iterable[CodedArticle],
                   min_confidence: float = 0.0) -> dict[str, Any]:
    """Event-level precision and recall (type + source country + target country), with the lists."""
    overall, by_type_tp, by_type_pred, by_type_gold = Tally(), Counter[str](), Counter[str](), Counter[str]()
    where = Tally()
    per_group: dict[str, list[int]] = {"political": [0, 0], "other": [0, 0]}
    wrong: list[dict[str, Any]] = []
    missed_list: list[dict[str, Any]] = []
    for gold, result, pairs, _ in judged_events(articles, coded):
        kept = [(e, g) for e, g in pairs if e.confidence >= min_confidence]
        kept_gold = {id(g) for _, g in kept if g is not None}
        missed = [g for g in gold.events if id(g) not in kept_gold]
        tp = sum(1 for _, g in kept if g is not None)
        overall.add(tp, len(kept) - tp, len(missed))
        placed, _ = match_events(gold.events, [e for e, _ in kept], locator(gold, result))
        placed_tp = sum(1 for _, g in placed if g is not None)
        where.add(placed_tp, len(placed) - placed_tp, len(gold.events) - placed_tp)
        group = per_group["political" if gold.political else "other"]
        group[0] += 1
        group[1] += len(kept)
        for event, hit in kept:
            by_type_pred[event.event_type] += 1
            by_type_tp[event.event_type] += hit is not None
            if hit is None and len(wrong) < MAX_LISTED:
                wrong.append({"article": gold.article_id, "event": "{} {} -> {}".format(*predicted_key(event)),
                              "actor": event.actor.text, "target": event.recipient.text if event.recipient else None,
                              "confidence": event.confidence, "sentence": event.sentence[:200]})
        for g in gold.events:
            by_type_gold[g.event_type] += 1
        for g in missed:
            if len(missed_list) < MAX_LISTED:
                missed_list.append({"article": gold.article_id, "gold": "{} {} -> {}".format(*g.key),
                                    "text": fix_text(gold.raw_text[g.start:g.end])[:200]})
    per_type = {t: {"precision": rate(by_type_tp[t], by_type_pred[t]), "right": by_type_tp[t],
                    "predicted": by_type_pred[t], "gold": by_type_gold[t]}
                for t in sorted(set(by_type_pred) | set(by_type_gold))}
    return {"kind": "articles", "articles": len(articles), "min_confidence": min_confidence,
            **overall.scores(), "located": where.scores(),
            "events_per_article": {name: round(n / a, 2) if a else None for name, (a, n) in per_group.items()},
            "articles_by_group": {name: a for name, (a, _) in per_group.items()},
            "per_type": per_type, "wrong_events": wrong, "missed_events": missed_list}


def format_articles_report(report: dict[str, Any]) -> str:
    lines = [f"ARTICLES dev set: {report.get('path', '')} split {report.get('split', 'all')}: "
             f"{report['articles']} articles",
             f"events: precision {pct(report['precision'])}, recall {pct(report['recall'])}, F1 {pct(report['f1'])} "
             f"({report['right']} right, {report['wrong']} wrong, {report['missed']} missed)",
             "located (told in the event's sentence): precision {}, recall {} ({} right)".format(
                 pct(report["located"]["precision"]), pct(report["located"]["recall"]), report["located"]["right"]),
             "events per article: " + ", ".join(
                 f"{k} {v} (n={report['articles_by_group'][k]})" for k, v in report["events_per_article"].items())]
    lines.append(f"{'type':<10} {'P':>6} {'right':>5} {'pred':>5} {'gold':>5}")
    for label, s in report["per_type"].items():
        lines.append(f"{label:<10} {pct(s['precision']):>6} {s['right']:>5} {s['predicted']:>5} {s['gold']:>5}")
    lines.append("wrong:")
    lines += [f"  [{w['event']}] {w['actor']!r} -> {w['target']!r} ({w['confidence']}): {w['sentence']}"
              for w in report["wrong_events"]]
    lines.append("missed:")
    lines += [f"  [{m['gold']}] {m['text']}" for m in report["missed_events"]]
    return "\n".join(lines)


def evaluate_articles(devset: Path, gold_dir: Path, pipeline: Any, split: str = "all",
                      limit: int | None = None, min_confidence: float = 0.0) -> dict[str, Any]:
    """Code the development set's articles of ``split`` with ``pipeline`` and score them."""
    if limit is not None and limit < 1:
        raise BadOptionError(f"limit must be positive, not {limit}")
    articles = load_devset(devset, gold_dir, split)[:limit]
    coded = list(pipeline.code_articles([a.article() for a in articles]))
    report = score_articles(articles, coded, min_confidence)
    report.update({"path": str(devset), "split": split})
    return report


def threshold_table(devset: Path, gold_dir: Path, pipeline: Any, split: str,
                    thresholds: Sequence[float]) -> list[dict[str, Any]]:
    """What each confidence threshold buys on ``split``: precision, recall and events kept, from one
    coding of the articles with every event the screen passes (``min_confidence`` 0)."""
    everything = with_options(pipeline, min_confidence=0.0)
    articles = load_devset(devset, gold_dir, split)
    coded = list(everything.code_articles([a.article() for a in articles]))
    rows = []
    for threshold in thresholds:
        report = score_articles(articles, coded, threshold)
        rows.append({"min_confidence": threshold, "precision": report["precision"], "recall": report["recall"],
                     "located_precision": report["located"]["precision"], "kept": report["right"] + report["wrong"]})
    return rows
