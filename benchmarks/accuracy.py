"""Accuracy of the coder on the gold files in ../shared/gold, and the per-sentence cost of coding.

Usage: .venv/bin/python benchmarks/accuracy.py [--ipe-limit N] [--report out.json] [--no-typer]

The learned event typer (``dyadwatch.coder.eventtyper``) is trained on plv_train.csv, so its PLV figures
are the 5-fold cross-validation ones that ``dyadwatch train`` recorded next to the model
(``training.json``: train on 4/5 of plv_train plus the project's corpus, type the held-out 1/5
with the exported int8 model, score the whole coder). GSR and IPE were never trained on: they are
scored on the shipped model as it stands, and on the lexicon coder alone for comparison. PLV and GSR
sentences are known to hold an event: they are scored with the screen off (the type and parties given
an event). The real-news development set (``data/devset``) is scored as the default output stands
(screen and calibrated threshold on), on its test split, which nothing was fitted on, and on its tune
split, which the calibration was; and so is the report half of the held-out wire corpus (``data/heldout``,
modern wire copy labelled blind to the coder, see ``benchmarks/heldout.py``). The cost of typing is measured
side by side with a bare spaCy parse of the same sentences.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path
from typing import Any

from dyadwatch.coder.eventtyper import EventTyper
from dyadwatch.evaluation.articles import evaluate_articles, threshold_table
from dyadwatch.evaluation.events import evaluate, pct
from dyadwatch.pipeline import Pipeline
from dyadwatch.records import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import score as score_heldout  # a benchmark beside this one

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
FILES = {"plv": "plv_train.csv", "gsr": "plover_gsr.json", "ipe": "ipe_public.jsonl"}


def typing_cost(pipeline: Pipeline, texts: list[str]) -> dict[str, float]:
    """Seconds per sentence: the whole coder vs a bare spaCy ``nlp.pipe`` on the same sentences."""
    import spacy

    nlp = spacy.load(pipeline.options.model, exclude=["senter"])
    list(nlp.pipe(texts[:20]))  # warm both up
    list(pipeline.code_articles([Article(id="w", text=t) for t in texts[:20]]))
    bare = coded = float("inf")
    for _ in range(2):  # interleaved, best of two: neither side gets the warmer cache for free
        t0 = time.perf_counter()
        list(nlp.pipe(texts, batch_size=pipeline.options.batch_size))
        bare = min(bare, time.perf_counter() - t0)
        t0 = time.perf_counter()
        list(pipeline.code_articles([Article(id=f"s{i}", text=t) for i, t in enumerate(texts)]))
        coded = min(coded, time.perf_counter() - t0)
    n = len(texts)
    return {"sentences": n, "spacy_ms": 1000 * bare / n, "coder_ms": 1000 * coded / n, "ratio": coded / bare}


def typer_cost(pipeline: Pipeline, typer: EventTyper, texts: list[str]) -> dict[str, float]:
    """Seconds per sentence: typing (features, encoder, head) vs a bare spaCy parse of the same sentences."""
    import spacy

    nlp = spacy.load(pipeline.options.model, exclude=["senter"])
    parsed = pipeline.parser.parse([Article(id=f"c{i}", text=t) for i, t in enumerate(texts)])
    sentences = [s for p in parsed for s in p.sentences]
    lexicon, codes = pipeline.resources.lexicon, pipeline.resources.codes
    list(nlp.pipe(texts[:20]))
    typer.type_sentences(sentences[:20], lexicon, codes)
    bare = typed = float("inf")
    for _ in range(3):  # interleaved, best of three
        t0 = time.perf_counter()
        list(nlp.pipe(texts, batch_size=pipeline.options.batch_size))
        bare = min(bare, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for start in range(0, len(sentences), pipeline.options.batch_size):
            typer.type_sentences(sentences[start:start + pipeline.options.batch_size], lexicon, codes)
        typed = min(typed, time.perf_counter() - t0)
    n = len(texts)
    return {"sentences": n, "spacy_ms": 1000 * bare / n, "typer_ms": 1000 * typed / n, "ratio": typed / bare}


def cv_rows(training: dict[str, Any]) -> list[tuple[str, str]]:
    cv = training.get("cv")
    if not cv:
        return [("plv 5-fold CV", "not recorded (the model was trained with --no-cv)")]
    r = cv["report"]
    rows = [("plv 5-fold CV sentences", str(r["n"])), ("plv CV top-event accuracy", pct(r["accuracy"])),
            ("plv CV macro-F1", pct(r["macro_f1"])), ("plv CV triple", pct(r["triple"])),
            ("plv CV no event", str(r["no_event"])), ("plv CV typer-only accuracy", pct(cv["typer_only_accuracy"])),
            ("plv CV calibration error (ECE) before / after", f"{cv['ece_before']:.3f} / {cv['ece_after']:.3f}")]
    rows += [(f"plv CV F1 {label}", f"{pct(s['f1'])} (n={s['support']})") for label, s in r["per_type"].items()]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ipe-limit", type=int, default=None, help="score only the first N IPE articles")
    parser.add_argument("--report", type=Path, default=None, help="write all reports here as JSON")
    parser.add_argument("--no-typer", action="store_true", help="score the lexicon coder alone")
    args = parser.parse_args()
    if not GOLD.is_dir():
        print(f"skipped: no gold folder at {GOLD}")
        return 0
    typer = None if args.no_typer else EventTyper.load()
    pipeline = Pipeline(typer=typer)
    print(f"model {pipeline.options.model}; gold {GOLD}; typer {typer.version if typer else 'off (lexicon only)'}")
    reports: dict[str, Any] = {}
    seconds: dict[str, float] = {}
    rows: list[tuple[str, str]] = []
    if typer is not None:
        training_file = typer.folder / "training.json"
        training = json.loads(training_file.read_text(encoding="utf-8")) if training_file.is_file() else {}
        reports["cv"] = training.get("cv")
        rows += cv_rows(training)
        print("plv: the shipped typer was trained on plv_train.csv; its figures are the recorded 5-fold CV ones")
    for kind, name in FILES.items():
        path = GOLD / name
        if not path.is_file():
            print(f"{kind}: skipped ({path} is absent)")
            continue
        if kind == "plv" and typer is not None:
            continue
        t0 = time.perf_counter()
        reports[kind] = evaluate(kind, path, pipeline, args.ipe_limit if kind == "ipe" else None)
        seconds[kind] = time.perf_counter() - t0
    for kind in ("plv", "gsr"):
        if kind in reports:
            r = reports[kind]
            rows += [(f"{kind} sentences", str(r["n"])), (f"{kind} top-event accuracy", pct(r["accuracy"])),
                     (f"{kind} macro-F1", pct(r["macro_f1"])), (f"{kind} triple", pct(r["triple"])),
                     (f"{kind} no event", str(r["no_event"]))]
    if "plv" in reports:
        rows += [("plv source span overlap", pct(reports["plv"]["source_overlap"])),
                 ("plv target span overlap", pct(reports["plv"]["target_overlap"]))]
    if "gsr" in reports:
        a = reports["gsr"]["actors"]
        rows += [(f"gsr {k.replace('_', ' ')} accuracy", f"{pct(a[k])} (n={a[k + '_n']})")
                 for k in ("source_country", "target_country", "source_sector", "target_sector")]
    if "ipe" in reports:
        r = reports["ipe"]
        rows.append(("ipe articles / sentences", f"{r['articles']} / {r['sentences']}"))
        for label, s in r["per_label"].items():
            rows.append((f"ipe {label} recall / precision",
                         f"{pct(s['recall'])} / {pct(s['precision'])} (gold {s['support']})"))
    devset = Path(__file__).resolve().parents[1] / "data" / "devset"
    if (devset / "labels.jsonl").is_file():
        # real news, event by event: the default output (screen and calibrated threshold) on the test split,
        # which nothing was fitted on; the tune split, which the calibration was fitted on, for comparison
        for split in ("test", "tune"):
            t0 = time.perf_counter()
            r = evaluate_articles(devset, GOLD, pipeline, split)
            seconds[f"articles {split}"] = time.perf_counter() - t0
            reports[f"articles_{split}"] = r
            rows += [(f"real news ({split}) event precision / recall",
                      f"{pct(r['precision'])} / {pct(r['recall'])} ({r['right']} right, {r['wrong']} wrong, "
                      f"{r['missed']} missed; {r['articles']} articles)"),
                     (f"real news ({split}) located precision / recall (the gold event is told in its sentence)",
                      f"{pct(r['located']['precision'])} / {pct(r['located']['recall'])}"),
                     (f"real news ({split}) events per article, political / other",
                      f"{r['events_per_article']['political']} / {r['events_per_article']['other']}")]
        default = pipeline.resources.calibration.threshold if pipeline.resources.calibration else 0.0
        table = threshold_table(devset, GOLD, pipeline, "test", (0.0, 0.25, 0.4, default, 0.7))
        reports["articles_test_thresholds"] = table
        rows += [(f"real news (test) at --min-confidence {t['min_confidence']}",
                  f"precision {pct(t['precision'])} (located {pct(t['located_precision'])}), "
                  f"recall {pct(t['recall'])}, {t['kept']} events kept")
                 for t in table]
    # modern wire copy the project wrote and labelled blind to the coder: the half never read for errors
    t0 = time.perf_counter()
    wire = score_heldout(pipeline, "report")
    seconds["held-out wire"] = time.perf_counter() - t0
    reports["heldout_wire_report"] = {"precision": wire.precision, "recall": wire.recall, "right": wire.right,
                                      "wrong": wire.wrong, "labels": wire.labels, "per_article": {
                                          "political": wire.per_article[True], "other": wire.per_article[False]}}
    rows += [("held-out wire (report half) event precision / recall",
              f"{pct(wire.precision)} / {pct(wire.recall)} ({wire.right} right, {wire.wrong} wrong; "
              f"{wire.labels} labelled events, {wire.articles} articles)"),
             ("held-out wire (report half) events per article, political / other",
              f"{wire.per_article[True]:.2f} / {wire.per_article[False]:.2f}")]
    rows += [(f"{kind} seconds", f"{s:.1f}") for kind, s in seconds.items()]
    if (GOLD / FILES["plv"]).is_file():
        with (GOLD / FILES["plv"]).open(encoding="utf-8", newline="") as handle:
            texts = [row["text"] for row in csv.DictReader(handle)]
        if typer is not None:
            tcost = typer_cost(pipeline, typer, texts)
            reports["typer_cost"] = tcost
            rows += [("typing ms/sentence (features + int8 encoder + head)", f"{tcost['typer_ms']:.2f}"),
                     ("bare spaCy ms/sentence, same run", f"{tcost['spacy_ms']:.2f}"),
                     ("typing / parsing cost", f"{100 * tcost['ratio']:.0f}%")]
        cost = typing_cost(pipeline, texts)
        reports["cost"] = cost
        rows += [("bare spaCy nlp.pipe ms/sentence", f"{cost['spacy_ms']:.2f}"),
                 ("Pipeline.code_articles ms/sentence", f"{cost['coder_ms']:.2f}"),
                 ("coder / spaCy time ratio", f"{cost['ratio']:.2f}x")]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    if args.report:
        args.report.write_text(json.dumps(reports, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
