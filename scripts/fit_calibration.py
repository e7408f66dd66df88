"""Fit the confidence calibration, the act detector (``src/dyadwatch/data/calibration.json``), on events
judged right or wrong on real news; never on the development set's *test* split, whose figures
``dyadwatch eval --kind articles --split test`` reports, nor on a fresh judged sample.

Usage: .venv/bin/python scripts/fit_calibration.py [--gold ../shared/gold] [--out PATH] [--l2 1.0]
       [--target 0.6] [--threshold-sample fit1 fit2] [--max-threshold 0.58|none]
       [--vectors sentence window parties] [--blend PATH [--blend-share 0.5]] [--threshold X] [--version NAME]

The shipped calibration-v7 (stop 69): ``.venv/bin/python scripts/fit_calibration.py --blend
data/calibration/calibration-v2.json --threshold 0.58`` (the judged samples, the dev set's tune and train splits,
the twenty-seven held-out wire corpora's look halves and the sample corpus, as stop 69's coder codes them, blended
half and half with calibration-v2): calibration-v6's recipe (stop 68, on stop 68's coder and twenty-six look halves)
and calibration-v5's (stop 54, on stop 54's coder and seventeen look halves), which weighs two more pieces of
evidence than calibration-v4 (stop 52): whether the target is told what to do ("urged workers to return"), and else
whether it is named right after the act's word ("accused the government of ..."). calibration-v3 (stop 29) was the
same recipe on stop 29's coder and nine corpora.

The judgements:

- the hand-judged samples of ``data/judged`` (``*.judged.jsonl`` named by ``--judged``): each event the
  coder gives again (same sentence, type, code, trigger and country codes) takes the judge's keep;
- every event the screen keeps on a *tune* or *train* article of the development set: right when it
  matches an unmatched gold event of the article told in the event's sentence (the located match of
  ``dyadwatch.evaluation.articles``);
- every event in a labelled sentence of the sample corpus (whose labels are not exhaustive: unlabelled
  sentences are not judged).

A logistic model over the event's evidence (``dyadwatch.coder.calibration.features``) and the embeddings
of its sentence, trigger window and parties is fitted to them. The threshold is chosen out of fold:
the model is fitted five times, each time without a fifth of the articles, and scores the events of the
left-out fifth; the default output's threshold is the lowest at which the ``--threshold-sample``s' events
(``fit1`` and ``fit2``: every event the screen kept, judged; the population the default output is cut
from) score at or above it are kept at the ``--target`` share (0.6: the owners' bar for a fresh judged
sample), but never above ``--max-threshold`` (0.58: the score of the canonical story's least confident
event that must stay coded, Xi's planned visit).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np

from dyadwatch.coder.calibration import VECTORS, Calibration, Row, features, fit_model
from dyadwatch.coder.eventtyper import Typing
from dyadwatch.coder.screen import embedded_texts
from dyadwatch.config import make_options
from dyadwatch.evaluation.articles import GoldArticle, gold_records, load_devset, locator, match_events
from dyadwatch.evaluation.wirecorpus import corpus_names, judge_events, load_corpus
from dyadwatch.parse import DATELINE
from dyadwatch.pipeline import Pipeline
from dyadwatch.readers import read_inputs
from dyadwatch.records import Actor, Article, CodedArticle, Event

ROOT = Path(__file__).resolve().parents[1]
# the sample labels' codes for organisations, as the coder names them
ORG_CODES = {"UNO": "United Nations", "EUU": "European Union", "NAT": "NATO"}


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


Judged = tuple[Row, str, str]  # the row, its article (the folds group by it), where its judgement comes from


def event_rows(pipeline: Pipeline, coded: CodedArticle, label: Callable[[Event], bool | None], group: str,
               origin: str) -> list[Judged]:
    """The judged events of a coded article, with their evidence; ``label`` judges an event (None: not judged)."""
    typings = sentence_typings(pipeline, coded)
    judged = [(e, label(e)) for e in coded.events]
    judged = [(e, right) for e, right in judged if right is not None]
    events = [e for e, _ in judged]
    texts = (embedded_texts(events, VECTORS, {s.index: s for s in coded.sentences}, pipeline.typer.embed)
             if pipeline.typer is not None else [{} for _ in events])
    out: list[Judged] = []
    for (event, right), embedded in zip(judged, texts, strict=True):
        typing = typings.get(event.sentence_index)
        if typing is not None and typing.embedding is not None:
            embedded["sentence"] = typing.embedding
        out.append(((features(event, typing), embedded, bool(right)), group, origin))
    return out


def corpus_rows(pipeline: Pipeline) -> list[Judged]:
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
    rows: list[Judged] = []
    for article_id, result in coded.items():
        def label(event: Event, article_id: str = article_id) -> bool | None:
            free = gold.get((article_id, event.sentence_index))
            if free is None:
                return None
            key = (event.event_type, code_of(event.actor), code_of(event.recipient))
            if key in free:
                free.remove(key)
                return True
            return False
        # the most confident event of a sentence takes its gold label first
        ordered = replace(result, events=tuple(sorted(result.events, key=lambda e: -e.confidence)))
        rows += event_rows(pipeline, ordered, label, f"corpus:{article_id}", "corpus")
    return rows


def devset_rows(pipeline: Pipeline, devset: Path, gold_dir: Path, split: str) -> tuple[list[Judged], int]:
    """The events the screen keeps on a development-set split, judged by the located match; and the gold count."""
    articles = load_devset(devset, gold_dir, split)
    rows: list[Judged] = []
    total = 0
    for gold, coded in zip(articles, pipeline.code_articles([a.article() for a in articles]), strict=True):
        pairs, _ = match_events(gold.events, coded.events, locator(gold, coded))
        hits = {id(event): hit is not None for event, hit in pairs}
        total += len(gold.events)
        rows += event_rows(pipeline, coded, lambda e, h=hits: h.get(id(e)), f"{gold.file}:{gold.article_id}",
                           f"dev:{split}")
    return rows, total


def wire_rows(pipeline: Pipeline, folder: Path) -> tuple[list[Judged], int]:
    """The events of the held-out wire corpora's *look* half (never the report half), each right when a label
    of its sentence matches it; and the number of labels."""
    rows: list[Judged] = []
    total = 0
    for name in corpus_names(folder):
        corpus = load_corpus(folder, name, "look")
        total += len(corpus.labels)
        for coded in pipeline.code_articles(list(corpus.articles)):
            hits = {id(event): hit is not None for event, hit in judge_events(coded, corpus.labels)}
            rows += event_rows(pipeline, coded, lambda e, h=hits: h.get(id(e)), f"{name}:{coded.article.id}",
                               f"wire:{name}")
    return rows, total


JudgedKey = tuple[str, str, int, str, str, str, str | None, str | None]


def wire_judged_rows(pipeline: Pipeline, folder: Path, path: Path) -> tuple[list[Judged], int]:
    """The events of the held-out wire corpora's *look* half that a judged file of them (``wire_look``) holds,
    each right as the judge kept it by the rubric; and the number of lines read."""
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    keep: dict[JudgedKey, bool] = {
        (ln["file"], ln["article_id"], ln["sentence_index"], ln["event_type"], ln["cameo"], ln["trigger"],
         ln["source"]["country"], (ln["target"] or {}).get("country")): bool(ln["keep"]) for ln in lines}
    rows: list[Judged] = []
    for name in sorted({ln["file"].removesuffix(".jsonl") for ln in lines}):
        corpus = load_corpus(folder, name, "look")
        for coded in pipeline.code_articles(list(corpus.articles)):
            def label(e: Event, file: str = f"{name}.jsonl", article: str = coded.article.id) -> bool | None:
                return keep.get((file, article, e.sentence_index, e.event_type, e.cameo, e.trigger, e.actor.country,
                                 e.recipient.country if e.recipient else None))
            rows += event_rows(pipeline, coded, label, f"{name}:{coded.article.id}", f"wire:{name}")
    return rows, len(lines)


def judged_rows(pipeline: Pipeline, path: Path, gold_dir: Path) -> tuple[list[Judged], int]:
    """The events of a judged sample that the coder gives again (same sentence, type, code, trigger and
    country codes), with the judge's keep; and the number of lines read."""
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    keep: dict[JudgedKey, bool] = {
        (ln["file"], ln["article_id"], ln["sentence_index"], ln["event_type"], ln["cameo"], ln["trigger"],
         ln["source"]["country"], ln["target"]["country"]): bool(ln["keep"]) for ln in lines}
    keys = list(dict.fromkeys((ln["file"], ln["article_id"]) for ln in lines))
    records = gold_records(gold_dir, keys)
    golds = []
    for file, article_id in keys:
        record = records[(file, article_id)]
        published = date.fromisoformat(record["date"]) if record.get("date") else None
        golds.append(GoldArticle(file, article_id, "judged", True, str(record["text"]), published, ()))
    rows: list[Judged] = []
    for gold, coded in zip(golds, pipeline.code_articles([g.article() for g in golds]), strict=True):
        seen: set[tuple[int, str, str]] = set()

        def label(event: Event, gold: GoldArticle = gold, seen: set[tuple[int, str, str]] = seen) -> bool | None:
            key = (gold.file, gold.article_id, event.sentence_index, event.event_type, event.cameo, event.trigger,
                   event.actor.country, event.recipient.country if event.recipient else None)
            if key not in keep or (event.sentence_index, event.trigger, event.event_type) in seen:
                return None  # not judged, or a second record of one judged line
            seen.add((event.sentence_index, event.trigger, event.event_type))
            return keep[key]
        rows += event_rows(pipeline, coded, label, f"{gold.file}:{gold.article_id}", f"judged:{sample_name(path)}")
    return rows, len(lines)


def sample_name(path: Path) -> str:
    """``fit1`` for ``data/judged/fit1.judged.jsonl``."""
    return path.name.split(".")[0]


def fold_of(group: str, folds: int = 5) -> int:
    return hashlib.sha256(group.encode()).digest()[0] % folds


Model = tuple[dict[str, float], dict[str, np.ndarray]]


def blended(fitted: Model, earlier: Calibration | None, share: float) -> Model:
    """The fitted model's weights averaged with an earlier calibration's (``share`` of the earlier one's), which
    averages the two models' log-odds: one logistic model that weighs what both learned."""
    weights, vectors = fitted
    if earlier is None or share <= 0:
        return weights, vectors
    names = set(weights) | set(earlier.weights)
    mixed = {n: round((1 - share) * weights.get(n, 0.0) + share * earlier.weights.get(n, 0.0), 4) for n in names}
    mixed_vectors = {n: ((1 - share) * vectors[n] + share * earlier.vectors[n]).round(5)
                     for n in vectors if n in earlier.vectors}
    return {n: w for n, w in sorted(mixed.items()) if abs(w) >= 1e-4}, mixed_vectors


def out_of_fold(rows: Sequence[Judged], l2: float, folds: int = 5, earlier: Calibration | None = None,
                share: float = 0.0) -> list[float]:
    """Each row's probability under a model fitted without its fifth of the articles (blended with ``earlier``)."""
    scores = [0.0] * len(rows)
    for fold in range(folds):
        weights, vectors = blended(fit_model([row for row, group, _ in rows if fold_of(group, folds) != fold], l2),
                                   earlier, share)
        model = Calibration("fold", weights, vectors=vectors)
        for n, ((feats, embedded, _), group, _) in enumerate(rows):
            if fold_of(group, folds) == fold:
                scores[n] = model.probability_of(feats, model.vector_score(embedded))
    return scores


def kept_at(scored: Sequence[tuple[float, bool]], cut: float) -> tuple[float, int, int]:
    """The share kept of the events scoring at or above ``cut`` (two decimals), their count and how many are kept."""
    above = [right for p, right in scored if round(p, 2) >= cut]
    return sum(above) / max(1, len(above)), len(above), sum(above)


def lowest_threshold(scored: Sequence[tuple[float, bool]], target: float, least: int = 30
                     ) -> tuple[float, float, int]:
    """The lowest threshold (two decimals) at which the events scoring at or above it are right at the
    ``target`` share, with at least ``least`` of them; (threshold, share, count)."""
    for step in range(100):
        cut = step / 100
        above = [right for p, right in scored if round(p, 2) >= cut]
        if len(above) >= least and sum(above) / len(above) >= target:
            return cut, sum(above) / len(above), len(above)
    return 0.99, 0.0, 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    parser.add_argument("--devset", type=Path, default=ROOT / "data" / "devset")
    parser.add_argument("--judged", type=Path, nargs="*", default=[
        ROOT / "data" / "judged" / f"{name}.judged.jsonl"
        for name in ("sample60", "sample60b", "sample60c", "sample60d", "fit1", "fit2")])
    parser.add_argument("--heldout", type=Path, default=ROOT / "data" / "heldout",
                        help="the held-out wire corpora, whose look half is fitted on ('none': not read)")
    parser.add_argument("--wire-judged", type=Path, default=None,
                        help="a judged file of the look half's events (data/judged/wire_look.judged.jsonl): its "
                             "rubric verdicts, not the labels, say which wire events are right")
    parser.add_argument("--wire-weight", type=int, default=1,
                        help="how many times each event of the wire corpora's look half counts in the fit")
    parser.add_argument("--vectors", nargs="*", default=list(VECTORS), choices=VECTORS,
                        help="the embeddings the model reads (default all three; none given: the named evidence only)")
    parser.add_argument("--threshold-sample", nargs="+", default=["fit1", "fit2"])
    parser.add_argument("--target", type=float, default=0.6)
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "dyadwatch" / "data" / "calibration.json")
    parser.add_argument("--l2", type=float, default=3.0)
    parser.add_argument("--blend", type=Path, default=None,
                        help="an earlier calibration whose weights the fitted ones are averaged with (the log-odds of "
                             "the two models averaged): calibration-v3 blends calibration-v2, fitted on the judged "
                             "samples as an earlier coder gave them (data/calibration/calibration-v2.json)")
    parser.add_argument("--threshold", type=float, default=None,
                        help="a fixed default threshold instead of the rule's (with --blend: 0.58, calibration-v2's, "
                             "since the earlier calibration has seen fit1 and fit2 and the rule would read them "
                             "in-sample)")
    parser.add_argument("--version", default="calibration-v7", help="the version the calibration is written as")
    parser.add_argument("--blend-share", type=float, default=0.5, help="the earlier calibration's share (default 0.5)")
    parser.add_argument("--max-threshold", type=lambda v: None if v == "none" else float(v), default=0.58,
                        help="the highest threshold allowed: the canonical story (../shared/articles/"
                             "busan-summit-2025.txt), which the project must keep coded whole, has its least "
                             "confident required event, Xi's planned visit to the US, at 0.58 under the fitted "
                             "model; 'none' lifts the cap")
    args = parser.parse_args()
    pipeline = Pipeline(make_options().with_(calibrate=False))
    rows: list[Judged] = []
    counts: list[str] = []
    for path in args.judged:
        got, read = judged_rows(pipeline, path, args.gold)
        rows += got
        counts.append(f"{sample_name(path)} {len(got)} of {read} lines ({sum(r[2] for r, _, _ in got)} kept)")
    for split in ("tune", "train"):
        got, gold_total = devset_rows(pipeline, args.devset, args.gold, split)
        rows += got
        counts.append(f"dev {split} {len(got)} events ({sum(r[2] for r, _, _ in got)} right, {gold_total} gold)")
    if str(args.heldout) != "none":
        got, labels = (wire_judged_rows(pipeline, args.heldout, args.wire_judged) if args.wire_judged is not None
                       else wire_rows(pipeline, args.heldout))
        rows += got * args.wire_weight
        judge = f"{labels} judged lines" if args.wire_judged is not None else f"{labels} labels"
        counts.append(f"wire look half {len(got)} events ({sum(r[2] for r, _, _ in got)} right, {judge})"
                      + (f", each counted {args.wire_weight} times" if args.wire_weight != 1 else ""))
    got = corpus_rows(pipeline)
    rows += got
    counts.append(f"sample corpus {len(got)} events ({sum(r[2] for r, _, _ in got)} right)")
    print("judged events: " + "; ".join(counts), file=sys.stderr)
    if set(args.vectors) != set(VECTORS):
        rows = [((feats, {k: v for k, v in embedded.items() if k in args.vectors}, right), group, origin)
                for (feats, embedded, right), group, origin in rows]
    earlier = Calibration.load(args.blend) if args.blend is not None else None
    mixed = args.blend_share if earlier is not None else 0.0
    scores = out_of_fold(rows, args.l2, earlier=earlier, share=mixed)
    picked = " and ".join(args.threshold_sample)
    pick = {f"judged:{name}" for name in args.threshold_sample}
    scored = [(p, row[2]) for p, (row, _, origin) in zip(scores, rows, strict=True) if origin in pick]
    threshold, share, count = lowest_threshold(scored, args.target)
    if args.threshold is not None:  # fixed: a blend's earlier part has seen fit1 and fit2, so the rule reads them
        threshold = args.threshold  # in-sample
        share, count, _ = kept_at(scored, threshold)
    capped = ""
    if args.max_threshold is not None and threshold > args.max_threshold:
        ruled = threshold
        threshold = args.max_threshold
        share, count, kept = kept_at(scored, threshold)
        capped = (f"; the rule gives {ruled}, capped at {threshold} (--max-threshold) so that the canonical story "
                  f"keeps its required events: {kept}/{count} kept ({share:.1%}) there")
    for cut in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        at_cut, above, kept = kept_at(scored, cut)
        print(f"{picked}, out of fold, at {cut:.2f}: {kept}/{above} kept "
              f"({at_cut:.1%}), {above / max(1, len(scored)):.0%} of its events", file=sys.stderr)
    weights, vectors = blended(fit_model([row for row, _, _ in rows], args.l2), earlier, mixed)
    mix = (f"; blended with {earlier.version} ({args.blend.name}) at a share of {mixed} (the log-odds averaged)"
           if earlier is not None else "")
    rule = (f"the threshold is fixed at {threshold} (--threshold); {picked}'s events score at or above it {count} "
            f"times, {share:.1%} kept (in-sample for the earlier part)" if args.threshold is not None else
            f"the threshold is the lowest at which {picked}'s events, scored out of fold, are kept at "
            f"{args.target:.0%} or more ({count} events, {share:.1%} kept){capped}")
    note = (f"fitted by scripts/fit_calibration.py on {len(rows)} judged events ({'; '.join(counts)}); "
            f"l2 {args.l2}{mix}; {rule}")
    model = Calibration(args.version, weights, threshold, note, vectors)
    args.out.write_text(model.to_json(), encoding="utf-8")
    print(f"{note}\nthreshold {threshold}; wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
