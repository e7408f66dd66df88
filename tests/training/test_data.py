"""The training data of dyadwatch.training.train that needs no model: BBC NONE rows, the lower-cased share."""

from __future__ import annotations

import json
from pathlib import Path

from dyadwatch.training import card as card_module
from dyadwatch.training import train
from dyadwatch.training.splits import BBC_FILE, bbc_split, dev_ids

ROOT = Path(__file__).resolve().parents[2]


def write_gold(folder: Path, n: int) -> None:
    with (folder / BBC_FILE).open("w", encoding="utf-8") as handle:
        for i in range(n):
            label = "politics" if i % 3 == 0 else "other"
            text = (f"headline {i}  the first sentence of story {i} is here. the second one of {i} follows it! "
                    f"short. is the fourth sentence of story {i} a question?")
            handle.write(json.dumps({"id": f"bbc-train-{i}", "label": label, "text": text}) + "\n")


def test_split_sentences() -> None:
    text = "tv future in the hands of viewers  with home systems. that is according to a panel! ok. why is it so now?"
    assert train.split_sentences(text) == ["tv future in the hands of viewers  with home systems.",
                                           "that is according to a panel!", "why is it so now?"]
    # plain: "u.s." ends a piece, which is then too short to keep (pinned: the sample depends on it)
    assert train.split_sentences("the u.s. firms grew by 2.5% this year, it said.") == [
        "firms grew by 2.5% this year, it said."]
    assert train.split_sentences("one two three") == []


def test_bbc_none_rows_come_from_other_train_articles(tmp_path: Path) -> None:
    write_gold(tmp_path, 90)
    rows = train.bbc_none_rows(tmp_path, 40, seed=3)
    assert len(rows) == 40
    assert rows == train.bbc_none_rows(tmp_path, 40, seed=3)  # seeded
    assert rows != train.bbc_none_rows(tmp_path, 40, seed=4)
    for row in rows:
        assert row.label == "NONE" and row.source == "" and row.target == ""
        article = row.origin.split(":", 1)[1].split("#")[0]
        number = int(article.rsplit("-", 1)[1])
        assert number % 3 != 0  # never a political article
        assert bbc_split(article) == "train" and article not in dev_ids()
        assert f"story {number}" in row.text or f"of {number}" in row.text


def test_bbc_none_rows_absent_file(tmp_path: Path) -> None:
    assert train.bbc_none_rows(tmp_path, 10) == []
    write_gold(tmp_path, 10)
    assert train.bbc_none_rows(tmp_path, 0) == []


def test_own_rows_lower_cases_a_seeded_share(tmp_path: Path) -> None:
    for name in ("handwritten.tsv",):
        (tmp_path / name).write_text((ROOT / "data" / "training" / name).read_text(encoding="utf-8"),
                                     encoding="utf-8")
    cased = train.own_rows(tmp_path)
    lowered = train.own_rows(tmp_path, 0.3, seed=13)
    assert len(cased) == len(lowered)
    changed = [a for a, b in zip(cased, lowered, strict=True) if a.text != b.text]
    assert abs(len(changed) - 0.3 * len(cased)) < 0.05 * len(cased)
    assert all(b.text in (a.text, a.text.lower()) for a, b in zip(cased, lowered, strict=True))
    assert [r.label for r in cased] == [r.label for r in lowered]
    assert lowered == train.own_rows(tmp_path, 0.3, seed=13)


def test_model_card_names_every_source_and_its_terms(tmp_path: Path) -> None:
    (tmp_path / "typer.json").write_text("{}", encoding="utf-8")
    cfg = {"layers": 2, "epochs": 6, "lr": 2e-4, "batch_size": 16, "max_length": 48, "bbc_per_epoch": 350,
           "lower_share": 0.3}
    per_type = {"ACCUSE": {"precision": 0.8, "recall": 0.8, "f1": 0.8, "support": 10}}
    report = {"accuracy": 0.82, "macro_f1": 0.8, "triple": 0.7, "source_overlap": 0.9, "target_overlap": 0.8,
              "source_overlap_typed": 0.9, "target_overlap_typed": 0.8, "no_event": 3, "n": 1050,
              "per_type": per_type}
    results = {"config": cfg, "own_rows": 2, "plv_rows": 1050, "bbc_rows": 1500, "bbc_articles": 600,
               "train_seconds": 900,
               "cv": {"temperature": 1.5, "typer_only_accuracy": 0.83, "ece_before": 0.05, "ece_after": 0.03,
                      "report": report},
               "heldout_bbc": {"other": {"sentences": 400, "typed_none": 0.9, "mean_p_none": 0.85}},
               "news_rate": {"per_label": 150, "at": {"0.5": {"other": 0.4, "politics": 3.0}},
                             "rates": {"other": {"articles": 150, "events_per_article": 1.2},
                                       "politics": {"articles": 130, "events_per_article": 6.0}}}}
    own = [train.Row("A met B.", "CONSULT", "A", "B", "generated.tsv"), train.Row("x", "NONE", "", "", "h.tsv")]
    card = card_module.model_card(results, tmp_path, [r.label for r in own])
    assert card.startswith(f"# {train.VERSION}")
    for needed in ("data/training/*.tsv", "plv_train.csv", "bbc_train.jsonl", "Greene and Cunningham, 2006",
                   "ConfliBERT", "research and non-commercial use", "1500 sentences of 600 non-political",
                   "MIT", "Apache-2.0", "plover_gsr.json", "82.0%", "this build took 15 minutes (wall clock",
                   "| other | 150 | 1.20 | 0.40 |", "| politics | 130 | 6.00 | 3.00 |",
                   "| other | 400 | 90.0% | 0.85 |"):
        assert needed in card, needed


def test_a_rebuilt_card_keeps_the_real_news_section(tmp_path: Path) -> None:
    from dyadwatch.training.card import REAL_NEWS_HEADING, kept_section

    card = tmp_path / "MODEL_CARD.md"
    assert kept_section(card, REAL_NEWS_HEADING) == []
    card.write_text(f"# x\n\n## Figures\n\na\n\n{REAL_NEWS_HEADING}\n\nmeasured 46.7%\n\n## Limits\n\n- b\n")
    assert kept_section(card, REAL_NEWS_HEADING) == [REAL_NEWS_HEADING, "", "measured 46.7%", ""]
