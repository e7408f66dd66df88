"""The scoring functions of dyadwatch.evaluation.events, on hand-made predictions (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.errors import BadOptionError, MissingInputError
from dyadwatch.evaluation.events import (
    NONE,
    Guess,
    accepted,
    as_gold_label,
    fix_text,
    format_report,
    ipe_hit,
    label_scores,
    overlaps,
    pick_misses,
    span_of,
    top_guess,
    triple_right,
)

GOLD = Path(__file__).resolve().parents[3] / "shared" / "gold"
TEXT = "Iran condemned the United States on Monday."


def test_span_of_finds_exact_then_case_insensitive() -> None:
    assert span_of(TEXT, "Iran") == (0, 4)
    assert span_of(TEXT, "the united states") == (15, 32)
    assert span_of(TEXT, "France") is None
    assert span_of(TEXT, "") is None
    assert span_of("a b a", "a", near=1) == (4, 5)
    assert span_of("Netanyahu's policies", "netanyahu 's") == (0, 11)
    assert span_of("x Netanyahu's", "Netanyahu 's", near=1) == (2, 13)


def test_overlaps() -> None:
    assert overlaps((0, 4), (3, 10))
    assert not overlaps((0, 4), (4, 10))
    assert not overlaps(None, (0, 1))


def test_yield_and_old_draft_types_map() -> None:
    assert accepted("YIELD") == {"CONCEDE", "RETREAT"}
    assert accepted("DEMAND") == {"REQUEST"}
    assert accepted("FIGHT") == {"ASSAULT"}
    assert as_gold_label("RETREAT", ["YIELD", "ACCUSE"]) == "YIELD"
    assert as_gold_label("RETREAT", ["RETREAT", "ACCUSE"]) == "RETREAT"
    assert as_gold_label(None, ["ACCUSE"]) == NONE


def test_top_guess_highest_confidence_first_wins_ties() -> None:
    a, b, c = Guess("ACCUSE", 0.5), Guess("REJECT", 0.8), Guess("AGREE", 0.8)
    assert top_guess([a, b, c]) is b
    assert top_guess([]) is None


def test_label_scores_by_hand() -> None:
    gold = ["ACCUSE", "ACCUSE", "AGREE", "AGREE"]
    pred = ["ACCUSE", NONE, "ACCUSE", "AGREE"]
    s = label_scores(gold, pred)
    assert s["accuracy"] == 0.5
    assert s["no_event"] == 1
    assert s["per_type"]["ACCUSE"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2, "predicted": 2}
    assert s["per_type"]["AGREE"]["precision"] == 1.0 and s["per_type"]["AGREE"]["recall"] == 0.5
    assert s["macro_f1"] == pytest.approx((0.5 + 2 / 3) / 2, abs=1e-4)
    assert s["confusion"] == {"ACCUSE": {"ACCUSE": 1, NONE: 1}, "AGREE": {"ACCUSE": 1, "AGREE": 1}}
    with pytest.raises(BadOptionError):
        label_scores(["A"], [])


def test_triple_needs_type_source_and_target() -> None:
    src, tgt = span_of(TEXT, "Iran"), span_of(TEXT, "United States")
    assert src and tgt
    right = Guess("ACCUSE", 0.9, actor_span=(0, 4), recipient_span=(19, 32))
    assert triple_right("ACCUSE", [src], [tgt], [Guess("REJECT", 1.0), right])
    assert not triple_right("REJECT", [src], [tgt], [right])
    swapped = Guess("ACCUSE", 0.9, actor_span=(19, 32), recipient_span=(0, 4))
    assert not triple_right("ACCUSE", [src], [tgt], [swapped])
    no_target = Guess("PROTEST", 0.9, actor_span=(0, 4))
    assert triple_right("PROTEST", [src], [], [no_target])
    assert triple_right("YIELD", [src], [tgt], [Guess("RETREAT", 0.9, (0, 4), (15, 20))])


def test_ipe_hit() -> None:
    assert ipe_hit("ARREST", Guess("COERCE", 0.5, cameo="173"))
    assert not ipe_hit("ARREST", Guess("COERCE", 0.5, cameo="171"))
    assert ipe_hit("KILL", Guess("ASSAULT", 0.5, cameo="190"))
    assert not ipe_hit("FORCE", Guess("ACCUSE", 0.5, cameo="112"))


def test_fix_text_undoes_common_mojibake() -> None:
    assert fix_text("â€œwe demand a banâ€\ufffd he said") == "“we demand a ban” he said"


def test_pick_misses_spreads_over_confusions() -> None:
    misses = [{"gold": "A", "predicted": NONE, "text": str(i)} for i in range(10)]
    misses += [{"gold": "B", "predicted": "C", "text": "x"}]
    picked = pick_misses(misses)
    assert len(picked) == 3 and picked[-1]["gold"] == "B"


def test_format_report_on_a_hand_made_report() -> None:
    report = {"kind": "plv", "path": "gold.csv", **label_scores(["ACCUSE"], [NONE]), "triple": 0.0,
              "source_overlap": None, "target_overlap": 0.5,
              "misses": [{"text": TEXT, "gold": "ACCUSE", "predicted": NONE}]}
    text = format_report(report)
    assert "accuracy 0.0%" in text and "source n/a" in text and "[ACCUSE -> NONE]" in text


def test_missing_gold_file_is_a_user_error(tmp_path: Path) -> None:
    from dyadwatch.evaluation.events import evaluate

    with pytest.raises(MissingInputError):
        evaluate("plv", tmp_path / "nope.csv", pipeline=None, limit=None)  # type: ignore[arg-type]
    with pytest.raises(BadOptionError):
        evaluate("xyz", tmp_path / "nope.csv", pipeline=None)  # type: ignore[arg-type]


def test_cli_eval_missing_gold_is_one_line_exit_1(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dyadwatch.cli import app

    result = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path / "nope.csv"), "--kind", "plv"])
    assert result.exit_code == 1
    assert "[D101]" in result.output


@pytest.mark.slow
def test_evaluate_plv_on_gold(pipeline) -> None:  # type: ignore[no-untyped-def]
    path = GOLD / "plv_train.csv"
    if not path.is_file():
        pytest.skip(f"no gold data at {GOLD}")
    from dyadwatch.evaluation.events import evaluate

    report = evaluate("plv", path, pipeline, limit=50)
    assert report["n"] == 50
    for key in ("accuracy", "macro_f1", "triple", "source_overlap", "target_overlap", "per_type",
                "confusion", "misses"):
        assert key in report
    for key in ("accuracy", "macro_f1", "triple"):
        assert 0.0 <= report[key] <= 1.0
    assert sum(sum(row.values()) for row in report["confusion"].values()) == 50
    assert len(report["misses"]) <= 20
