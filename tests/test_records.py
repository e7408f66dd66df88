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
