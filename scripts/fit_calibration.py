"""Fit the confidence calibration (``src/dyadwatch/data/calibration.json``) on the development set's
*tune* split and the sample corpus's hand labels; never on the development set's *test* split, whose
figures ``dyadwatch eval --kind articles --split test`` reports.

Usage: .venv/bin/python scripts/fit_calibration.py [--gold ../shared/gold] [--out PATH] [--l2 1.0]

Every event the screen keeps on a tune article is judged right (type, source country and target
country match an unmatched gold event of the article told in the event's sentence: the located match of
``dyadwatch.evaluation.articles``) or wrong; so is every event in a labelled
sentence of the sample corpus (whose labels are not exhaustive: unlabelled sentences are not
judged); a logistic model over the event's evidence (``dyadwatch.coder.calibration.features``) is
fitted to those judgements, and the threshold that maximises F0.5 on the tune split (real news;
precision weighted over recall: right before plentiful) is stored as the default output's threshold.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from dyadwatch.coder.calibration import Calibration, features, fit
from dyadwatch.coder.eventtyper import Typing
from dyadwatch.config import make_options
from dyadwatch.evaluation.articles import load_devset, locator, match_events
from dyadwatch.parse import DATELINE
from dyadwatch.pipeline import Pipeline
from dyadwatch.readers import read_inputs
from dyadwatch.records import Actor, Article, CodedArticle

ROOT = Path(__file__).resolve().parents[1]
# the sample labels' codes for organisations, as the coder names them
ORG_CODES = {"UNO": "United Nations", "EUU": "European Union", "NAT": "NATO"}


def f_beta(tp: int, fp: int, fn: int, beta: float = 0.5) -> float:
    if tp == 0:
        return 0.0
    p, r = tp / (tp + fp), tp / (tp + fn)
    return (1 + beta**2) * p * r / (beta**2 * p + r)


def judged_sample(pipeline: Pipeline) -> list[tuple[dict[str, float], bool]]:
    """The sample corpus's events in labelled sentences, judged against its hand labels."""
    sample = ROOT / "src" / "dyadwatch" / "data" / "sample"
    with (sample / "expected.tsv").open(encoding="utf-8") as handle:
        labels = [r for r in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                  if r and not r[0].startswith("#") and r[0] != "article_id"]
    articles = [a for a in read_inputs([str(sample / "corpus.jsonl")]) if isinstance(a, Article)]
    coded = {c.article.id: c for c in pipeline.code_articles(articles)}
    gold: dict[tuple[str, int], list[tuple[str, str | None, str | None]]] = {}
    for article_id, snippet, etype, actor, recipient, _ in labels:
        words = DATELINE.sub("", snippet.strip())
        index = next((s.index for s in coded[article_id].sentences if s.text.startswith(words)), None)
        if index is not None:
            gold.setdefault((article_id, index), []).append(
                (etype, ORG_CODES.get(actor, actor) or None, ORG_CODES.get(recipient, recipient) or None))
    rows = []
    for article_id, result in coded.items():
        typings = sentence_typings(pipeline, result)
        for event in sorted(result.events, key=lambda e: -e.confidence):
            free = gold.get((article_id, event.sentence_index))
            if free is None:
                continue
            key = (event.event_type, code_of(event.actor), code_of(event.recipient))
            rows.append((features(event, typings.get(event.sentence_index)), key in free))
            if key in free:
                free.remove(key)
    return rows


def sentence_typings(pipeline: Pipeline, coded: CodedArticle) -> dict[int, Typing | None]:
    """The typer's verdict on each sentence of a coded article, by sentence index, as the coder saw it."""
    if pipeline.typer is None:
        return {}
    resources = pipeline.resources
    verdicts = pipeline.typer.type_sentences(list(coded.sentences), resources.lexicon, resources.codes)
    return {s.index: t for s, t in zip(coded.sentences, verdicts, strict=True)}


def code_of(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    if actor.country:
        return actor.country
    return ORG_CODES.get(actor.name or "", actor.name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    parser.add_argument("--devset", type=Path, default=ROOT / "data" / "devset")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "dyadwatch" / "data" / "calibration.json")
    parser.add_argument("--l2", type=float, default=1.0)
    args = parser.parse_args()
    articles = load_devset(args.devset, args.gold, "tune")
    pipeline = Pipeline(make_options().with_(calibrate=False))
    rows = []
    gold_total = 0
    for gold, coded in zip(articles, pipeline.code_articles([a.article() for a in articles]), strict=True):
        pairs, _ = match_events(gold.events, coded.events, locator(gold, coded))
        gold_total += len(gold.events)
        typings = sentence_typings(pipeline, coded)
        rows += [(features(event, typings.get(event.sentence_index)), hit is not None) for event, hit in pairs]
    sample_rows = judged_sample(pipeline)
    weights = fit(rows + sample_rows, l2=args.l2)
    model = Calibration("calibration-v1", weights)
    # the threshold is chosen on real news (the tune split) alone: it is the domain the default output serves
    scored = sorted(((model.probability_of(f), right) for f, right in rows), reverse=True)
    # (probability, right and wrong events at or above it), most probable first
    cumulative: list[tuple[float, int, int]] = []
    tp = fp = 0
    for p, right in scored:
        tp, fp = tp + right, fp + (not right)
        cumulative.append((p, tp, fp))
    best = (0.0, 0.0)
    for k, (p, tp, fp) in enumerate(cumulative):
        if k + 1 < len(cumulative) and cumulative[k + 1][0] == p:
            continue
        score = f_beta(tp, fp, gold_total - tp)
        if score > best[0]:
            best = (score, round(p, 2))
    note = (f"fitted by scripts/fit_calibration.py on the tune split of data/devset ({len(articles)} articles, "
            f"{len(rows)} judged events, {sum(r for _, r in rows)} right, {gold_total} gold events) and the sample "
            f"corpus ({len(sample_rows)} judged events in labelled sentences, {sum(r for _, r in sample_rows)} right); "
            f"l2 {args.l2}; threshold maximises F0.5 on the tune split ({best[0]:.3f})")
    model = Calibration("calibration-v1", weights, best[1], note)
    args.out.write_text(model.to_json(), encoding="utf-8")
    for cut in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6):
        at = [(t, f) for p, t, f in cumulative if round(p, 2) >= cut]
        t, f = at[-1] if at else (0, 0)
        print(f"tune at {cut:.2f}: precision {t / max(1, t + f):.3f}, recall {t / max(1, gold_total):.3f}, "
              f"kept {t + f}", file=sys.stderr)
    print(f"{note}\nthreshold {best[1]}; wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
