"""Records built by library callers: an article's publication date may be given as an ISO string."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.errors import BadRecordError
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
