"""Records built by library callers: an article's publication date may be given as an ISO string; a sentence's
dependents (children, subtree) as its heads say."""

from __future__ import annotations

import random
from datetime import date

import pytest

from dyadwatch.errors import BadRecordError
from dyadwatch.parse import build_sentence
from dyadwatch.records import Article


def test_an_iso_string_publication_date_becomes_a_date() -> None:
    assert Article("a1", "Kenya and Tanzania agreed to meet.", published="2025-09-24").published == date(2025, 9, 24)  # type: ignore[arg-type]
    assert Article("a2", "text", published=date(2025, 9, 24)).published == date(2025, 9, 24)
    assert Article("a3", "text").published is None


def test_a_publication_date_that_is_no_date_is_refused_with_the_article_named() -> None:
    with pytest.raises(BadRecordError, match=r"\[D103\] article 'a4': published 'Sept 24'"):
        Article("a4", "text", published="Sept 24")  # type: ignore[arg-type]



def test_code_text_refuses_a_published_string_that_is_no_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadRecordError, match=r"D103.*'text'.*'last week'"):
        pipeline.code_text("Kenya recalled its envoy.", published="last week")
    # an ISO date string is a date
    coded = pipeline.code_text("Kenya recalled its envoy.", published="2025-09-24")
    assert coded.article.published == date(2025, 9, 24)


def test_a_sentences_dependents_are_those_whose_head_it_is_at_any_depth() -> None:
    rng = random.Random(7)
    for _ in range(50):
        n = rng.randint(1, 12)
        heads = [rng.randrange(n) for _ in range(n)]  # any graph: roots, chains, even cycles
        s = build_sentence([f"w{k}" for k in range(n)], heads, ["dep"] * n)
        for i in range(-1, n + 1):
            direct = [t.i for t in s.tokens if t.head == i and t.i != i]
            below = {i} if 0 <= i < n else set()
            while True:
                more = {t.i for t in s.tokens if t.head in below and t.head != t.i} - below
                if not more:
                    break
                below |= more
            assert [t.i for t in s.children(i)] == direct
            assert [t.i for t in s.subtree(i)] == sorted(below)
