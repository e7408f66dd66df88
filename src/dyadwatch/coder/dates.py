"""Event dates: date expressions of a clause resolved against the publication date.

Results are ISO strings at the precision the text gives: ``2025-10-30``, ``2025-04`` or
``2025``. Future-facing resolution is used for planned events ("Thursday" after publication).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType

WEEKDAYS: Mapping[str, int] = MappingProxyType(
    {d: n for n, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
)
MONTHS: Mapping[str, int] = MappingProxyType({
    m: n for n, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"], start=1)
} | {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
     "oct": 10, "nov": 11, "dec": 12})
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")


def resolve_date(text: str, published: date | None, future: bool = False) -> str | None:
    """Resolve one date expression; None when it cannot be placed on the calendar."""
    low = text.lower().strip()
    iso = _ISO.search(low)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat()
        except ValueError:
            return None
    words = re.findall(r"[a-z]+", low)
    year_match = _YEAR.search(low)
    year = int(year_match[1]) if year_match else None
    month = next((MONTHS[w] for w in words if w in MONTHS and not (w == "may" and len(words) > 3)), None)
    if month is not None:
        day_match = _DAY.search(_YEAR.sub("", low))
        if year is None and published is not None:
            year = published.year
            if future and month < published.month:
                year += 1
            elif not future and month > published.month:
                year -= 1
        if year is None:
            return None
        if day_match:
            try:
                return date(year, month, int(day_match[1])).isoformat()
            except ValueError:
                pass
        return f"{year:04d}-{month:02d}"
    if (year is not None and not words) or (year is not None and set(words) <= {"in", "the", "year", "of"}):
        return f"{year:04d}"
    if published is None:
        return None
    return _relative(words, published, future)


def _relative(words: list[str], published: date, future: bool) -> str | None:
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None:
        if "next" in words or future:
            ahead = (weekday - published.weekday()) % 7 or 7
            return (published + timedelta(days=ahead)).isoformat()
        back = (published.weekday() - weekday) % 7
        if "last" in words and back == 0:
            back = 7
        return (published - timedelta(days=back)).isoformat()
    if "today" in words or "tonight" in words:
        return published.isoformat()
    if "yesterday" in words:
        return (published - timedelta(days=1)).isoformat()
    if "tomorrow" in words:
        return (published + timedelta(days=1)).isoformat()
    if "week" in words:
        if "last" in words or "past" in words:
            return (published - timedelta(days=7)).isoformat()
        if "next" in words:
            return (published + timedelta(days=7)).isoformat()
        return published.isoformat()
    if "month" in words:
        shift = -1 if "last" in words else 1 if "next" in words else 0
        m = published.month - 1 + shift
        return f"{published.year + m // 12:04d}-{m % 12 + 1:02d}"
    if "year" in words:
        shift = -1 if "last" in words else 1 if "next" in words else 0
        return f"{published.year + shift:04d}"
    return None
