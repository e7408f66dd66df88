"""Score the coder against human-labelled gold files (PLV, PLOVER GSR, IPE).

:func:`evaluate` reads one gold file, codes its text with a :class:`~dyadwatch.pipeline.Pipeline`
and returns a JSON-able report; :func:`format_report` renders it for people. The scoring
functions (:func:`label_scores`, :func:`triple_right`, :func:`span_of`, ...) are pure and work on
:class:`Guess` records, so they can be tested on hand-made predictions without a model.

The lexicon coder is not trained on these files; the learned event typer is trained on plv_train.csv,
so its PLV figure is the cross-validated one that ``dyadwatch train`` records (``benchmarks/accuracy.py``).
"""

from __future__ import annotations

import copy
import csv
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import BadOptionError, BadRecordError, MissingInputError
from ..pipeline import Pipeline
from ..records import Actor, Article, CodedArticle, Event

KINDS = ("plv", "gsr", "ipe")
NONE = "NONE"
YIELD_TYPES = frozenset({"CONCEDE", "RETREAT"})
# the older PLOVER draft of the GSR file, mapped to today's types
GSR_TYPE_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# IPE police-action labels: which of our events count as one
IPE_LABELS = ("ARREST", "FORCE", "KILL")
MOJIBAKE = {"â€œ": "“", "â€\ufffd": "”", "â€\x9d": "”", "â€˜": "‘", "â€™": "’", "â€”": "—", "â€“": "–",
            "â€¦": "…", "Â ": " "}
MAX_MISSES = 20
#: seed of the sample ``limit`` takes: the same rows every run
SAMPLE_SEED = 12
#: gold files (by name) the shipped event typer was trained on: scores on them are not held out
TRAINED_ON = frozenset({"plv_train.csv", "bbc_train.jsonl"})

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Guess:
    """One coded event reduced to what scoring needs (spans are character ranges in the text)."""

    event_type: str
    confidence: float
    actor_span: Span | None = None
    recipient_span: Span | None = None
    actor_country: str | None = None
    actor_sector: str | None = None
    recipient_country: str | None = None
    recipient_sector: str | None = None
    cameo: str = ""


# --- pure scoring -------------------------------------------------------------------------------

def span_of(text: str, needle: str | None, near: int = 0) -> Span | None:
    """Character range of ``needle`` in ``text`` (first match from ``near``, else anywhere)."""
    if not needle:
        return None
    at = text.find(needle, near)
    if at < 0:
        at = text.find(needle)
    if at < 0:
        # token-joined mentions ("Netanyahu 's"): match ignoring case and whitespace
        pattern = r"\s*".join(re.escape(c) for c in needle if not c.isspace())
        found = re.compile(pattern, re.IGNORECASE)
        hit = found.search(text, near) or found.search(text)
        return None if hit is None else (hit.start(), hit.end())
    return (at, at + len(needle))


def overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def accepted(gold: str) -> frozenset[str]:
    """Our event types that count as the gold type (YIELD is CONCEDE or RETREAT)."""
    gold = GSR_TYPE_MAP.get(gold, gold)
    return YIELD_TYPES if gold == "YIELD" else frozenset({gold})


def as_gold_label(predicted: str | None, labels: Iterable[str]) -> str:
    """Our type in the gold label set's words (CONCEDE/RETREAT -> YIELD where gold uses YIELD)."""
    if predicted is None:
        return NONE
    if predicted in YIELD_TYPES and "YIELD" in set(labels):
        return "YIELD"
    return predicted


def top_guess(guesses: Sequence[Guess]) -> Guess | None:
    """The guess with the highest confidence; the first one wins a tie."""
    best: Guess | None = None
    for guess in guesses:
        if best is None or guess.confidence > best.confidence:
            best = guess
    return best


def label_scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Accuracy, per-type precision/recall/F1, macro-F1 over the gold label set, confusion matrix.

    ``predicted`` holds labels in the gold set's words, or ``NONE`` (which always counts wrong).
    """
    if len(gold) != len(predicted):
        raise BadOptionError("gold and predicted labels differ in length")
    labels = sorted(set(gold))
    pairs = list(zip(gold, predicted, strict=True))
    right = sum(g == p for g, p in pairs)
    per_type: dict[str, dict[str, float | int]] = {}
    for label in labels:
        tp = sum(g == label and p == label for g, p in pairs)
        n_pred = sum(p == label for _, p in pairs)
        n_gold = sum(g == label for g, _ in pairs)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_type[label] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
                           "support": n_gold, "predicted": n_pred}
    confusion: dict[str, dict[str, int]] = {}
    for g, p in pairs:
        row = confusion.setdefault(g, {})
        row[p] = row.get(p, 0) + 1
    macro = sum(float(s["f1"]) for s in per_type.values()) / len(labels) if labels else 0.0
    return {"n": len(pairs), "accuracy": round(right / len(pairs), 4) if pairs else 0.0,
            "macro_f1": round(macro, 4), "per_type": per_type,
            "no_event": sum(p == NONE for p in predicted),
            "confusion": {g: dict(sorted(row.items())) for g, row in sorted(confusion.items())}}


def triple_right(gold: str, sources: Sequence[Span], targets: Sequence[Span], guesses: Sequence[Guess]) -> bool:
    """Any guess of the gold type whose actor overlaps a source and recipient overlaps a target.

    With no gold target (an undirected event), the actor alone must overlap.
    """
    ok = accepted(gold)
    for guess in guesses:
        if guess.event_type not in ok or not any(overlaps(guess.actor_span, s) for s in sources):
            continue
        if not targets or any(overlaps(guess.recipient_span, t) for t in targets):
            return True
    return False


def rate(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def fix_text(text: str) -> str:
    """Undo the common UTF-8-as-cp1252 mojibake (the known forms first, then ftfy when installed).

    The known forms come first because some (a closing quote whose last byte was lost, ``â€\ufffd``)
    are beyond ftfy's repair; ftfy then keeps curly quotes as they are.
    """
    for bad, good in MOJIBAKE.items():
        text = text.replace(bad, good)
    try:
        import ftfy  # type: ignore[import-not-found]
    except ImportError:
        return text
    return str(ftfy.fix_text(text, uncurl_quotes=False))


# --- from coded events to guesses ---------------------------------------------------------------

def actor_span(text: str, actor: Actor | None, near: int) -> Span | None:
    if actor is None:
        return None
    if actor.span is not None:
        return actor.span
    return span_of(text, actor.text, near)


def guess_of(event: Event, text: str) -> Guess:
    # the sentence's start: its last occurrence that begins at or before the event's span
    near = max(0, text.rfind(event.sentence, 0, event.span[0] + len(event.sentence))) if event.sentence else 0
    rec = event.recipient
    return Guess(event.event_type, event.confidence, actor_span(text, event.actor, near),
                 actor_span(text, rec, near), event.actor.country, event.actor.sector,
                 rec.country if rec else None, rec.sector if rec else None, event.cameo)


def code_sentences(pipeline: Pipeline, texts: Sequence[str], prefix: str) -> list[list[Guess]]:
    """Code each text as its own article (no publication date); the guesses per text."""
    articles = [Article(id=f"{prefix}-{i}", text=t) for i, t in enumerate(texts)]
    return [[guess_of(e, c.article.text) for e in c.events] for c in pipeline.code_articles(articles)]


def short(guess: Guess | None) -> str:
    return NONE if guess is None else guess.event_type


# --- the three gold sets ------------------------------------------------------------------------

def sample(rows: Sequence[Any], limit: int | None, seed: int = SAMPLE_SEED) -> list[Any]:
    """``limit`` rows drawn at random (seeded, so every run draws the same), kept in file order;
    all rows when ``limit`` is None or not smaller. Gold files are often sorted by label, so the
    first N rows would be one or two labels."""
    if limit is None or limit >= len(rows):
        return list(rows)
    import random

    return [rows[i] for i in sorted(random.Random(seed).sample(range(len(rows)), limit))]


def read_plv(path: Path, limit: int | None) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if rows and not {"text", "label", "source", "target"} <= set(rows[0]):
        raise BadRecordError(f"{path}: a PLV file needs the columns text,label,source,target")
    return sample(rows, limit)


def evaluate_plv(path: Path, pipeline: Pipeline, limit: int | None) -> dict[str, Any]:
    rows = read_plv(path, limit)
    texts = [r["text"] for r in rows]
    all_guesses = code_sentences(pipeline, texts, "plv")
    labels = sorted({r["label"] for r in rows})
    gold, predicted, misses = [], [], []
    triples = src_hits = src_total = tgt_hits = tgt_total = 0
    typed = Counter[str]()  # span overlap where the top event has the gold type
    for row, guesses in zip(rows, all_guesses, strict=True):
        text, label = row["text"], row["label"]
        top = top_guess(guesses)
        pred = as_gold_label(top.event_type if top else None, labels)
        gold.append(label)
        predicted.append(pred)
        src, tgt = span_of(text, row["source"]), span_of(text, row["target"])
        triples += triple_right(label, [src] if src else [], [tgt] if tgt else [], guesses) if src else 0
        if src:
            src_total += 1
            src_hits += top is not None and overlaps(top.actor_span, src)
        if tgt:
            tgt_total += 1
            tgt_hits += top is not None and overlaps(top.recipient_span, tgt)
        if top is not None and pred == label:
            for side, gold_span, ours in (("source", src, top.actor_span), ("target", tgt, top.recipient_span)):
                if gold_span:
                    typed[f"{side}_n"] += 1
                    typed[side] += overlaps(ours, gold_span)
        if pred != label:
            misses.append({"text": text, "gold": label, "source": row["source"], "target": row["target"],
                           "predicted": pred, "coded": sorted({g.event_type for g in guesses})})
    return {"kind": "plv", "path": str(path), **label_scores(gold, predicted), "triple": rate(triples, len(rows)),
            "source_overlap": rate(src_hits, src_total), "target_overlap": rate(tgt_hits, tgt_total),
            "source_overlap_typed": rate(typed["source"], typed["source_n"]),
            "target_overlap_typed": rate(typed["target"], typed["target_n"]),
            "spans_found": {"source": src_total, "target": tgt_total}, "misses": pick_misses(misses)}


def pick_misses(misses: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Up to MAX_MISSES misses, spread over gold types (the most frequent confusions first)."""
    pairs = Counter((m["gold"], m["predicted"]) for m in misses)
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for miss in sorted(misses, key=lambda m: -pairs[(m["gold"], m["predicted"])]):
        key = (miss["gold"], miss["predicted"])
        if seen[key] < 2:
            seen[key] += 1
            out.append(miss)
        if len(out) >= MAX_MISSES:
            break
    return out


def gsr_actors(value: object) -> list[dict[str, str]]:
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def evaluate_gsr(path: Path, pipeline: Pipeline, limit: int | None) -> dict[str, Any]:
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise BadRecordError(f"{path}: not a JSON list of GSR records ({exc.msg})") from None
    records = [r for r in records if isinstance(r, dict) and r.get("event") not in (None, "DOCUMENT")]
    records = sample(records, limit)
    all_guesses = code_sentences(pipeline, [r["text"] for r in records], "gsr")
    gold = [GSR_TYPE_MAP.get(r["event"], r["event"]) for r in records]
    labels = sorted(set(gold))
    predicted, misses = [], []
    triples = 0
    tally: Counter[str] = Counter()
    for record, label, guesses in zip(records, gold, all_guesses, strict=True):
        text = record["text"]
        top = top_guess(guesses)
        pred = as_gold_label(top.event_type if top else None, labels)
        predicted.append(pred)
        sources, targets = gsr_actors(record.get("source")), gsr_actors(record.get("target"))
        src_spans = [s for a in sources if (s := span_of(text, a.get("actorText")))]
        tgt_spans = [s for a in targets if (s := span_of(text, a.get("actorText")))]
        triples += triple_right(label, src_spans, tgt_spans, guesses) if src_spans else 0
        # actor codes: judged on the best event of the gold type, else the top event
        chosen = next((g for g in guesses if g.event_type in accepted(label)), top)
        for role, actors in (("source", sources), ("target", targets)):
            country = chosen and (chosen.actor_country if role == "source" else chosen.recipient_country)
            sector = chosen and (chosen.actor_sector if role == "source" else chosen.recipient_sector)
            codes = {a["code"] for a in actors if a.get("code")}
            sectors = {a["sector"][:3] for a in actors if a.get("sector", "***")[:3] not in ("", "***")}
            if codes:
                tally[f"{role}_country_n"] += 1
                tally[f"{role}_country_ok"] += country in codes
            if sectors:
                tally[f"{role}_sector_n"] += 1
                tally[f"{role}_sector_ok"] += sector in sectors
        if pred != label:
            misses.append({"text": text, "gold": label, "predicted": pred, "id": record.get("id"),
                           "coded": sorted({g.event_type for g in guesses})})
    actors = {f"{role}_{what}": rate(tally[f"{role}_{what}_ok"], tally[f"{role}_{what}_n"])
              for role in ("source", "target") for what in ("country", "sector")}
    actors |= {f"{k}_n": tally[f"{k}_n"] for k in actors}
    return {"kind": "gsr", "path": str(path), **label_scores(gold, predicted),
            "triple": rate(triples, len(records)), "actors": actors, "misses": pick_misses(misses)}


def ipe_hit(label: str, guess: Guess) -> bool:
    """Does one of our events count as this IPE police action?"""
    if label == "ARREST":
        return guess.cameo.startswith("173")
    return guess.event_type in ("ASSAULT", "COERCE")


def evaluate_ipe(path: Path, pipeline: Pipeline, limit: int | None) -> dict[str, Any]:
    articles: list[Article] = []
    bounds: list[list[tuple[int, int, list[str]]]] = []
    with path.open(encoding="utf-8") as handle:
        lines = sample([(n, line) for n, line in enumerate(handle) if line.strip()], limit)
        for n, line in lines:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BadRecordError(f"{path}:{n + 1}: bad JSON ({exc.msg})") from None
            parts, spans, at = [], [], 0
            for sentence in record.get("sentences", []):
                piece = fix_text(sentence["text"]).strip()
                spans.append((at, at + len(piece), list(sentence.get("labels", []))))
                parts.append(piece)
                at += len(piece) + 1
            articles.append(Article(id=f"ipe-{record.get('id', n)}", text=" ".join(parts)))
            bounds.append(spans)
    counts: Counter[str] = Counter()
    n_sentences = 0
    misses: list[dict[str, Any]] = []
    for coded, spans in zip(pipeline.code_articles(articles), bounds, strict=True):
        per_sentence = sentence_guesses(coded, spans)
        for (start, end, gold), guesses in zip(spans, per_sentence, strict=True):
            n_sentences += 1
            for label in IPE_LABELS:
                hit = any(ipe_hit(label, g) for g in guesses)
                counts[f"{label}_gold"] += label in gold
                counts[f"{label}_pred"] += hit
                counts[f"{label}_tp"] += hit and label in gold
                if label in gold and not hit and len(misses) < MAX_MISSES:
                    misses.append({"text": coded.article.text[start:end], "gold": label,
                                   "predicted": sorted({g.event_type for g in guesses}) or NONE})
    per_label = {label: {"recall": rate(counts[f"{label}_tp"], counts[f"{label}_gold"]),
                         "precision": rate(counts[f"{label}_tp"], counts[f"{label}_pred"]),
                         "support": counts[f"{label}_gold"], "predicted": counts[f"{label}_pred"]}
                 for label in IPE_LABELS}
    return {"kind": "ipe", "path": str(path), "articles": len(articles), "sentences": n_sentences,
            "per_label": per_label, "misses": misses}


def sentence_guesses(coded: CodedArticle, spans: Sequence[tuple[int, int, list[str]]]) -> list[list[Guess]]:
    """Our events per gold sentence: an event belongs to the sentence holding its span's start."""
    out: list[list[Guess]] = [[] for _ in spans]
    for event in coded.events:
        for k, (start, end, _) in enumerate(spans):
            if start <= event.span[0] <= end:
                out[k].append(guess_of(event, coded.article.text))
                break
    return out


# --- entry points -------------------------------------------------------------------------------

def with_options(pipeline: Pipeline, **changes: object) -> Pipeline:
    """The same pipeline (parser, resources and typer shared, nothing loaded again) with other options."""
    clone = copy.copy(pipeline)
    clone.options = pipeline.options.with_(**changes)
    return clone


def given_an_event(pipeline: Pipeline) -> Pipeline:
    """The pipeline with the screen off: PLV and GSR sentences are known to hold an event, so they measure
    the type and the parties given one; whether running news holds one is the screen's part, measured
    on whole articles (``--kind articles``)."""
    return with_options(pipeline, screen=False) if pipeline.options.screen else pipeline


def evaluate(kind: str, path: Path, pipeline: Pipeline, limit: int | None = None,
             screen: bool = False) -> dict[str, Any]:
    """Score ``pipeline`` on one gold file; ``limit`` takes a seeded random sample of that many rows
    (articles for IPE). A report on a file the typer was trained on carries a ``warning``.

    PLV and GSR are scored with the screen off (:func:`given_an_event`) unless ``screen``."""
    if kind not in KINDS:
        raise BadOptionError(f"unknown gold kind {kind!r}; use one of {', '.join(KINDS)}")
    if limit is not None and limit < 1:
        raise BadOptionError(f"limit must be positive, not {limit}")
    if not path.is_file():
        raise MissingInputError(f"gold file not found: {path}")
    runner = {"plv": evaluate_plv, "gsr": evaluate_gsr, "ipe": evaluate_ipe}[kind]
    if kind in ("plv", "gsr") and not screen:
        pipeline = given_an_event(pipeline)
    report = runner(path, pipeline, limit)
    report["screen"] = pipeline.options.screen
    if limit is not None:
        report["sample"] = {"limit": limit, "seed": SAMPLE_SEED}
    if path.name in TRAINED_ON and getattr(pipeline, "typer", None) is not None:
        report["warning"] = (f"{path.name} is a file the event typer was trained on: these scores are not "
                             "held out (its cross-validated figures are in the model card)")
    return report


def pct(value: object) -> str:
    return f"{100 * value:.1f}%" if isinstance(value, float | int) else "n/a"


def format_report(report: dict[str, Any]) -> str:
    """The report for people: headline figures, per-type scores, confusions and misses."""
    lines = [f"{report['kind'].upper()} gold: {report['path']}" + (
        "" if report.get("screen", True) else " (screen off: the type and parties given an event)")]
    if report["kind"] == "ipe":
        lines.append(f"{report['articles']} articles, {report['sentences']} sentences")
        for label, s in report["per_label"].items():
            lines.append(f"  {label:<7} recall {pct(s['recall']):>6}  precision {pct(s['precision']):>6}  "
                         f"(gold {s['support']}, predicted {s['predicted']})")
    else:
        lines.append(f"{report['n']} sentences: top-event accuracy {pct(report['accuracy'])}, "
                     f"macro-F1 {pct(report['macro_f1'])}, triple {pct(report['triple'])}, "
                     f"no event {report['no_event']}")
        if report["kind"] == "plv":
            lines.append(f"span overlap (top event): source {pct(report['source_overlap'])}, "
                         f"target {pct(report['target_overlap'])}; where the top event has the gold type: "
                         f"source {pct(report.get('source_overlap_typed'))}, "
                         f"target {pct(report.get('target_overlap_typed'))}")
        else:
            a = report["actors"]
            lines.append("actor codes: " + ", ".join(
                f"{k.replace('_', ' ')} {pct(a[k])} (n={a[k + '_n']})"
                for k in ("source_country", "target_country", "source_sector", "target_sector")))
        lines.append(f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
        for label, s in report["per_type"].items():
            lines.append(f"{label:<10} {pct(s['precision']):>6} {pct(s['recall']):>6} {pct(s['f1']):>6} "
                         f"{s['support']:>5} {s['predicted']:>5}")
        confusions = Counter({(g, p): n for g, row in report["confusion"].items() for p, n in row.items() if g != p})
        lines.append("most frequent confusions (gold -> predicted): " + ", ".join(
            f"{g}->{p} {n}" for (g, p), n in confusions.most_common(8)))
    lines.append("misses:")
    for miss in report["misses"]:
        lines.append(f"  [{miss['gold']} -> {miss['predicted']}] {miss['text'][:160]}")
    return "\n".join(lines)
