"""Limits that keep one request from holding the server: request bodies, series lengths, page numbers."""

from __future__ import annotations

from datetime import date

from fastapi import Request

from ..errors import BadOptionError

MAX_BODY = 16_384
#: the most periods one series may have (ten years of days)
MAX_PERIODS = 3_700
DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}


async def read_body(request: Request, limit: int = MAX_BODY) -> bytes:
    """The request body, refused (D201, 413) past ``limit`` bytes even when no length was sent."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLargeError(f"request body over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


class BodyTooLargeError(BadOptionError):
    """A request body over the limit (answered 413)."""


def _as_day(value: str, side: str) -> date:
    if len(value) == 10:
        return date.fromisoformat(value)
    if len(value) == 7:
        return date.fromisoformat(value + "-01") if side == "start" else date.fromisoformat(value + "-28")
    return date(int(value), 1, 1) if side == "start" else date(int(value), 12, 31)


def check_series_span(span: tuple[str | None, str | None], since: str | None, until: str | None, by: str) -> None:
    """Refuse (D201) a series longer than :data:`MAX_PERIODS` periods: ``since``/``until`` where
    given, else the store's first and last event dates (``span``)."""
    lo, hi = since or span[0], until or span[1]
    if not lo or not hi:
        return
    try:
        days = (_as_day(hi, "end") - _as_day(lo, "start")).days
    except ValueError:
        return  # the query layer names the bad date
    periods = days / DAYS[by] + 1
    if periods > MAX_PERIODS:
        raise BadOptionError(f"a series by {by} from {lo} to {hi} has about {int(periods)} periods, more than "
                             f"{MAX_PERIODS}: use since/until or a coarser 'by'")
