"""Events per article on running news, by the article's label (e.g. ``politics`` vs ``other``).

On real news most sentences hold no political event: a coder that stays quiet on business, sport
and entertainment stories and speaks on political ones gives few events per non-political article
and several times more per political one. :func:`news_rate` counts them; it needs nothing but
something with ``code_articles`` (a :class:`dyadwatch.pipeline.Pipeline`, or a stub in tests).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Protocol

from ..records import Article, CodedArticle


class Coder(Protocol):
    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]: ...


@dataclass
class LabelRate:
    """The events coded on the articles of one label."""

    articles: int = 0
    events: int = 0
    sentences: int = 0
    silent: int = 0  # articles with no event at all
    by_type: dict[str, int] = field(default_factory=dict)
    confidences: list[tuple[float, ...]] = field(default_factory=list, repr=False)  # one tuple per article

    @property
    def per_article(self) -> float:
        return self.events / self.articles if self.articles else 0.0

    def per_article_at(self, threshold: float) -> float:
        """Events per article counting only those with a confidence at or above ``threshold``."""
        if not self.articles:
            return 0.0
        return sum(c >= threshold for conf in self.confidences for c in conf) / self.articles

    def as_dict(self) -> dict[str, object]:
        return {"articles": self.articles, "events": self.events, "sentences": self.sentences,
                "events_per_article": round(self.per_article, 3), "silent_articles": self.silent,
                "by_type": dict(sorted(self.by_type.items()))}


def news_rate(coder: Coder, items: Iterable[tuple[str, Article]], min_confidence: float = 0.0,
              batch: int = 64) -> dict[str, LabelRate]:
    """Events per article by label over ``(label, article)`` pairs, as ``coder`` codes them.

    ``min_confidence`` counts only the events at or above it (0 counts the coder's whole output).
    Articles are coded in batches of ``batch`` so the labels stay paired with their articles.
    """
    rates: dict[str, LabelRate] = {}
    it = iter(items)
    while chunk := list(islice(it, batch)):
        coded = list(coder.code_articles([article for _, article in chunk]))
        if len(coded) != len(chunk):
            raise ValueError(f"the coder returned {len(coded)} articles for {len(chunk)}")
        for (label, article), result in zip(chunk, coded, strict=True):
            if result.article.id != article.id:
                raise ValueError(f"the coder returned article {result.article.id!r} for {article.id!r}")
            rate = rates.setdefault(label, LabelRate())
            events = [e for e in result.events if e.confidence >= min_confidence]
            rate.articles += 1
            rate.events += len(events)
            rate.sentences += len(result.sentences)
            rate.silent += not events
            rate.confidences.append(tuple(e.confidence for e in events))
            for event in events:
                rate.by_type[event.event_type] = rate.by_type.get(event.event_type, 0) + 1
    return dict(sorted(rates.items()))


def ratio(rates: dict[str, LabelRate], numerator: str = "politics", denominator: str = "other") -> float | None:
    """Events per ``numerator`` article over events per ``denominator`` article (None when undefined)."""
    top, bottom = rates.get(numerator), rates.get(denominator)
    if top is None or bottom is None or bottom.per_article == 0:
        return None
    return top.per_article / bottom.per_article
