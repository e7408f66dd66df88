from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coder.dates import resolve_date

PUB = date(2025, 10, 30)  # a Thursday


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("Thursday", False, "2025-10-30"),
    ("on Monday", False, "2025-10-27"),
    ("Tuesday", True, "2025-11-04"),
    ("in April 2025", True, "2025-04"),
    ("April", True, "2026-04"),
    ("March 15", False, "2025-03-15"),
    ("yesterday", False, "2025-10-29"),
    ("last week", False, "2025-10-23"),
    ("next month", True, "2025-11"),
    ("later in the year", True, "2025"),
    ("2025-01-20", False, "2025-01-20"),
    ("six years", False, None),
])
def test_resolve(text: str, future: bool, expected: str | None) -> None:
    assert resolve_date(text, PUB, future) == expected
