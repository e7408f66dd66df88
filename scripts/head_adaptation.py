"""An experiment, not a build step: refit the typer's linear head on the held-out look halves, the encoder frozen.

The shipped typer (``models/eventtyper``) learned its types from PLV and the project's corpus. On the
held-out wire corpora it gives one of a labelled sentence's types less often than on PLV. This script asks
how much a head refitted with those sentences would gain, without touching the encoder (whose sentence
vectors the calibration also reads):

- rows: the typer's training rows (PLV, the project's corpus, the BBC NONE sentences; as ``dyadwatch train``
  draws them) and every sentence of the look halves of ``data/heldout`` (a labelled sentence takes its labels'
  types, any of them right; an unlabelled one NONE, at weight ``--unlabelled``);
- fit: softmax regression at the shipped temperature, from the shipped head, with a pull
  ``--pull * ||W - W0||^2`` towards it (Adam, full batch, fixed steps: deterministic);
- scored leave one corpus out: each corpus's look half is typed (and, with ``--coder``, coded by the whole
  coder) with a head fitted without it. The report halves are never used.

Usage: .venv/bin/python scripts/head_adaptation.py [--labelled W] [--unlabelled W] [--pull L] [--freeze-none]
       [--coder] [--out FOLDER]

``--out`` writes a typer folder with the head fitted on all look halves (``DYADWATCH_TYPER=FOLDER`` codes with
it, e.g. for ``dyadwatch eval --kind gsr``). Stop 48's figures are in the README.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import numpy as np

from dyadwatch.coder.eventtyper import LABELS, YIELD_TYPES, sentence_features, softmax
from dyadwatch.config import make_options
from dyadwatch.evaluation.wirecorpus import corpus_names, load_corpus, sentence_of
from dyadwatch.pipeline import Pipeline
from dyadwatch.records import CodedArticle
from dyadwatch.training import train as training

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "data" / "heldout"
sys.path.insert(0, str(ROOT / "benchmarks"))


def targets(label_sets: list[list[str]]) -> np.ndarray:
    """One row per example: 1 for each label that counts as right (YIELD: CONCEDE or RETREAT)."""
    out = np.zeros((len(label_sets), len(LABELS)), np.float32)
    for i, labels in enumerate(label_sets):
        for label in labels:
            for t in sorted(YIELD_TYPES) if label == "YIELD" else [label]:
                out[i, LABELS.index(t)] = 1
    return out


def probabilities(x: np.ndarray, w: np.ndarray, b: np.ndarray, temperature: float) -> np.ndarray:
    """As the typer's head gives them (``EventTyper.predict``)."""
    return softmax((x @ w.T + b) / temperature)


def fit(x: np.ndarray, right: np.ndarray, weight: np.ndarray, start: tuple[np.ndarray, np.ndarray],
        temperature: float, pull: float, freeze_none: bool, steps: int = 300, lr: float = 0.01
        ) -> tuple[np.ndarray, np.ndarray]:
    """The head minimising the weighted log loss of "any right label" plus the pull towards ``start``."""
    w0, b0 = start
    w, b = w0.copy(), b0.copy()
    moments = [np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)]
    for step in range(1, steps + 1):
        p = probabilities(x, w, b, temperature)
        p_right = (p * right).sum(1, keepdims=True)
        grad = (p - p * right / np.maximum(p_right, 1e-9)) * weight[:, None] / weight.sum() / temperature
        for param, g, m, v in ((w, grad.T @ x + 2 * pull * (w - w0), moments[0], moments[1]),
                               (b, grad.sum(0) + 2 * pull * (b - b0), moments[2], moments[3])):
            m[:] = 0.9 * m + 0.1 * g
            v[:] = 0.999 * v + 0.001 * g * g
            param -= lr * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
        if freeze_none:
            w[-1], b[-1] = w0[-1], b0[-1]
    return w, b


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", type=float, default=3.0, help="weight of a labelled look-half sentence")
    parser.add_argument("--unlabelled", type=float, default=0.3, help="weight of an unlabelled one (NONE)")
    parser.add_argument("--pull", type=float, default=1e-4, help="L2 pull towards the shipped head")
    parser.add_argument("--freeze-none", action="store_true", help="keep the shipped head's NONE row")
    parser.add_argument("--coder", action="store_true", help="also score the whole coder, leave one corpus out")
    parser.add_argument("--out", type=Path, default=None, help="write a typer folder with the head fitted on all")
    args = parser.parse_args()
    pipeline = Pipeline(make_options())
    typer = pipeline.typer
    if typer is None or not (training.DEFAULT_GOLD / "plv_train.csv").is_file():
        print("skipped: needs the shipped typer and ../shared/gold")
        return 0
    start, temperature = (typer.weight.copy(), typer.bias.copy()), typer.temperature
    cfg = training.TrainConfig()
    gold = training.DEFAULT_GOLD
    rows = (training.plv_rows(gold) + training.own_rows(ROOT / "data" / "training", cfg.lower_share, cfg.seed)
            + training.bbc_none_rows(gold, cfg.bbc_sentences, cfg.seed))
    texts = [r.text for r in rows]
    parsed = training.parse_all(texts, pipeline.options.model)
    x_own = np.concatenate([typer.embed(texts), training.features_of(parsed)], 1)
    right_own, w_own = targets([[r.label] for r in rows]), np.ones(len(rows))
    corpora, label_sets, look_texts, feats = [], [], [], []
    for name in corpus_names(HELDOUT):
        corpus = load_corpus(HELDOUT, name, "look")
        for article, parsed in zip(corpus.articles, pipeline.parser.parse(list(corpus.articles)), strict=True):
            holder = CodedArticle(article, (), sentences=parsed.sentences)
            told: dict[int, set[str]] = {}
            for label in corpus.labels:
                if label.article_id == article.id and (k := sentence_of(holder, label.snippet)) is not None:
                    told.setdefault(k, set()).add(label.event_type)
            for k, s in enumerate(parsed.sentences):
                corpora.append(name)
                label_sets.append(sorted(told.get(k, {"NONE"})))
                look_texts.append(s.text)
                feats.append(sentence_features(s, pipeline.resources.lexicon, pipeline.resources.codes))
    x_look = np.concatenate([typer.embed(look_texts), np.stack(feats)], 1)
    right_look = targets(label_sets)
    labelled = right_look[:, -1] == 0
    w_look = np.where(labelled, args.labelled, args.unlabelled)
    with_predicate = x_look[:, -1] == 0  # the typer is asked only about sentences with a lexicon predicate
    names = np.array(corpora)

    def head_without(held: str | None) -> tuple[np.ndarray, np.ndarray]:
        keep = names != held
        return fit(np.concatenate([x_own, x_look[keep]]), np.concatenate([right_own, right_look[keep]]),
                   np.concatenate([w_own, w_look[keep]]), start, temperature, args.pull, args.freeze_none)

    def typed(w: np.ndarray, b: np.ndarray, rows_of: np.ndarray) -> tuple[int, int]:
        top = probabilities(x_look[rows_of], w, b, temperature).argmax(1)
        hit = right_look[rows_of][np.arange(len(top)), top] > 0
        return int(hit[labelled[rows_of]].sum()), int(hit[~labelled[rows_of]].sum())

    base, adapted = np.zeros(2, int), np.zeros(2, int)
    coder = {"shipped": np.zeros(4, int), "adapted": np.zeros(4, int)}
    import heldout  # benchmarks/heldout.py: the held-out scorer

    for name in sorted(set(corpora)):
        rows_of = (names == name) & with_predicate
        w, b = head_without(name)
        base += typed(*start, rows_of)
        adapted += typed(w, b, rows_of)
        if args.coder:
            for key, head in (("shipped", start), ("adapted", (w, b))):
                typer.weight, typer.bias = head[0].astype(np.float32), head[1].astype(np.float32)
                s = heldout.score(pipeline, "look", [name])
                coder[key] += (s.right, s.wrong, s.found, s.labels)
            typer.weight, typer.bias = start
    n_labelled = int((labelled & with_predicate).sum())
    n_quiet = int((~labelled & with_predicate).sum())
    print(f"look halves, sentences with a lexicon predicate: {n_labelled} labelled, {n_quiet} unlabelled")
    print(f"  shipped head: {base[0]} typed with one of their labels' types, {base[1]} unlabelled typed NONE")
    print(f"  adapted head (labelled {args.labelled}, unlabelled {args.unlabelled}, pull {args.pull}"
          f"{', NONE row frozen' if args.freeze_none else ''}), leave one corpus out: {adapted[0]} and {adapted[1]}")
    if args.coder:
        for key, (r, wrong, found, n) in coder.items():
            print(f"  whole coder, {key} head: precision {r / max(1, r + wrong):.3f} ({r} right, {wrong} wrong); "
                  f"recall {found / max(1, n):.3f} ({found} of {n})")
    if args.out is not None:
        w, b = head_without(None)
        plv = np.array([r.origin == "plv_train" for r in rows])
        top = probabilities(x_own[plv], w, b, temperature).argmax(1)
        in_sample = np.mean(right_own[plv][np.arange(len(top)), top] > 0)
        print(f"  head fitted on all look halves: PLV typed right in sample {in_sample:.3f}")
        shutil.rmtree(args.out, ignore_errors=True)
        shutil.copytree(typer.folder, args.out)
        np.savez(args.out / "head.npz", weight=w.astype(np.float32), bias=b.astype(np.float32))
        meta = json.loads((args.out / "typer.json").read_text(encoding="utf-8"))
        meta["version"] = f"{meta['version']}-look-head"
        (args.out / "typer.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        print(f"  wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
