"""Events per article by label (dyadwatch.evaluation.newsrate), with a stub coder (no model)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest

from dyadwatch.evaluation.newsrate import LabelRate, news_rate, ratio
from dyadwatch.records import Article, CodedArticle

from ..eventfactory import event


class StubCoder:
    """Codes article ``aN`` with the confidences listed for it; counts its calls."""

    def __init__(self, plan: dict[str, list[float]], drop: bool = False) -> None:
        self.plan = plan
        self.calls = 0
        self.drop = drop

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        self.calls += 1
        batch = list(articles)
        if self.drop:
            batch = batch[:-1]
        for article in batch:
            events = tuple(event(article=article.id, sentence_index=k, confidence=c, cameo=cameo)
                           for k, (c, cameo) in enumerate(zip(self.plan[article.id], ["036", "112", "036", "190"],
                                                              strict=False)))
            yield CodedArticle(article, events)


def items(labels: dict[str, str]) -> list[tuple[str, Article]]:
    return [(label, Article(id=aid, text=f"text of {aid}")) for aid, label in labels.items()]


PLAN = {"a1": [0.9, 0.4], "a2": [], "a3": [0.95, 0.8, 0.3, 0.6], "a4": [0.2], "a5": [0.9, 0.9]}
LABELS = {"a1": "other", "a2": "other", "a3": "politics", "a4": "other", "a5": "politics"}


def test_counts_per_label() -> None:
    rates = news_rate(StubCoder(PLAN), items(LABELS))
    assert list(rates) == ["other", "politics"]
    other, politics = rates["other"], rates["politics"]
    assert (other.articles, other.events, other.silent) == (3, 3, 1)
    assert (politics.articles, politics.events, politics.silent) == (2, 6, 0)
    assert other.per_article == pytest.approx(1.0)
    assert politics.per_article == pytest.approx(3.0)
    assert ratio(rates) == pytest.approx(3.0)
    assert politics.by_type == {"AGREE": 3, "ACCUSE": 2, "ASSAULT": 1}


def test_thresholds() -> None:
    rates = news_rate(StubCoder(PLAN), items(LABELS))
    assert rates["other"].per_article_at(0.5) == pytest.approx(1 / 3)
    assert rates["politics"].per_article_at(0.5) == pytest.approx(2.5)
    assert rates["politics"].per_article_at(0.0) == rates["politics"].per_article
    only_high = news_rate(StubCoder(PLAN), items(LABELS), min_confidence=0.85)
    assert only_high["other"].events == 1 and only_high["other"].silent == 2
    assert only_high["politics"].events == 3


def test_batches_keep_labels_paired() -> None:
    coder = StubCoder(PLAN)
    rates = news_rate(coder, iter(items(LABELS)), batch=2)
    assert coder.calls == 3
    assert rates["politics"].events == 6 and rates["other"].events == 3


def test_a_coder_that_loses_articles_is_an_error() -> None:
    with pytest.raises(ValueError):
        news_rate(StubCoder(PLAN, drop=True), items(LABELS))


def test_empty_and_undefined_ratio() -> None:
    assert news_rate(StubCoder({}), []) == {}
    assert ratio({}) is None
    assert ratio({"politics": LabelRate(1, 2), "other": LabelRate(1, 0)}) is None
    assert LabelRate().per_article == 0.0 and LabelRate().per_article_at(0.5) == 0.0
    assert LabelRate(2, 3).as_dict()["events_per_article"] == 1.5
