"""An office title with no date names no person (issue 12, finding 5): the actor keeps its country
and sector, with warning W204; with a date it is that day's holder (no model)."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.kb import load_knowledge
from dyadwatch.coder.mentions import ActorIndex


def test_an_undated_title_names_no_one() -> None:
    index = ActorIndex(load_knowledge())
    assert index.holder_for("USA", "head_of_state", None) is None
    assert index.holder_for("USA", "head_of_state", date(1995, 6, 1)).name == "Bill Clinton"  # type: ignore[union-attr]
    assert index.holder_for("USA", "head_of_state", date(2025, 10, 30)).name == "Donald Trump"  # type: ignore[union-attr]


def test_an_undated_title_warns_once() -> None:
    actors = ArticleActors(ActorIndex(load_knowledge()), None)
    assert actors.title_holder("USA", ["the", "us", "president"]) is None
    assert actors.title_holder("USA", ["the", "us", "president"]) is None
    assert [w.code for w in actors.warnings] == ["W204"]
    dated = ArticleActors(ActorIndex(load_knowledge()), date(2025, 10, 30))
    assert dated.title_holder("CHN", ["chinese", "president"]).name == "Xi Jinping"  # type: ignore[union-attr]
    assert dated.warnings == []
