"""Real running news as training rows: the development set's ``train`` split.

The typer learned "no event" from written sentences and from non-political BBC articles, and every
type from PLV, where every sentence holds an event. In a political article most sentences hold no
event either: comment, background, numbers, who said what to the press. The ``train`` split of
``data/devset`` (whole articles annotated by reading, ``data/devset/GUIDE.md``) teaches both: each
sentence that tells an annotated act is a row of the act's type, and every other sentence of those
articles is a NONE row. The tune and test splits are never read here: the calibration is fitted on
tune, and the figures are reported on test.

The texts are read in place from ``../shared/gold`` and repaired as the coder reads them
(:func:`~dyadwatch.evaluation.events.fix_text`); only offsets live in the repository.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from ..evaluation.articles import GoldArticle, GoldEvent, load_devset
from ..evaluation.events import fix_text

# the plain splitter of the BBC NONE rows (``train.split_sentences``), with offsets: at ., ! or ? before
# a space, or at a line break
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)|\n+")
MIN_WORDS, MAX_WORDS = 4, 60  # the sentences both kinds of training rows keep
# a sentence tells an act when the act's words cover this share of the sentence or of the act's words
COVER = 0.5


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` of MIN_WORDS to MAX_WORDS words."""
    spans, start = [], 0
    for cut in SENTENCE_END.finditer(text):
        spans.append((start, cut.start()))
        start = cut.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if MIN_WORDS <= len(text[a:b].split()) <= MAX_WORDS]


def told_in(event: GoldEvent, start: int, end: int) -> int:
    """How many characters of the sentence ``start:end`` tell the event (its span or a retelling), when
    they cover at least COVER of the sentence or of that telling; else 0."""
    best = 0
    for a, b in ((event.start, event.end), *event.mentions):
        overlap = min(b, end) - max(a, start)
        if overlap > 0 and overlap >= COVER * min(end - start, b - a):
            best = max(best, overlap)
    return best


def article_rows(article: GoldArticle) -> list[tuple[str, str, str]]:
    """(text, label, origin) for each sentence of one annotated article: the type of the act it tells
    (the one covering most of it when it tells several), else NONE."""
    rows = []
    for k, (start, end) in enumerate(sentence_spans(article.raw_text)):
        covered = [(told_in(e, start, end), e.event_type) for e in article.events]
        told = max(covered, default=(0, "NONE"))
        label = told[1] if told[0] > 0 else "NONE"
        text = fix_text(article.raw_text[start:end]).strip()
        rows.append((text, label, f"{article.file}:{article.article_id}#{k}"))
    return rows


def news_rows(devset: Path, gold: Path, articles: Sequence[GoldArticle] | None = None
              ) -> list[tuple[str, str, str]]:
    """The rows of every article of the development set's ``train`` split (none when the gold files or the
    labels are absent)."""
    if articles is None:
        if not (devset / "labels.jsonl").is_file() or not gold.is_dir():
            return []
        articles = load_devset(devset, gold, "train")
    return [row for article in articles for row in article_rows(article)]
