"""Country-pair series from the store: counts per quad class, Goldstein sums, a cooperation index.

By default a series counts merged events (``count="events"``: reports of one event count once, as
in GDELT's events table) that happened (modality ``asserted`` or ``reported``); ``count="mentions"``
counts reports, and the filters' ``modality`` widens what counts (see
:mod:`dyadwatch.analysis.filters`). Every period from the first to the last (or from ``since`` to
``until``) has its rows, zeros when nothing happened, in a fixed order: ``A->B``, ``B->A``, ``both``.

The cooperation index of a period is ``(cooperative - conflictual) / (cooperative + conflictual)``
over event counts (quad classes 1-2 against 3-4), in [-1, 1]: a net-cooperation share defined by
this project, which weighs every event alike. The weighted alternative is given beside it:
``goldstein_sum`` and ``goldstein_mean`` of the Goldstein scale (J. S. Goldstein, "A
Conflict-Cooperation Scale for WEIS Events Data", Journal of Conflict Resolution 36(2), 1992),
as pinned in the project's code table.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from ..coder.codes import PLOVER_TYPES
from ..errors import BadOptionError
from .filters import HAPPENED, EventFilters, fetch_rows, units_cte
from .parties import resolve_party

PERIODS = ("day", "week", "month", "year")
QUAD_COLUMNS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
#: the columns of every series row, in order
SERIES_COLUMNS = ("period", "direction", "events", *QUAD_COLUMNS, "goldstein_sum", "goldstein_mean",
                  *(f"n_{t.lower()}" for t in PLOVER_TYPES), "coop_index")


def type_column(event_type: str) -> str:
    """The series column that counts one PLOVER type, e.g. ``n_agree``."""
    return f"n_{event_type.lower()}"


def period_of(day: str | None, by: str) -> str | None:
    need = {"day": 10, "week": 10, "month": 7, "year": 4}[by]
    if not day or len(day) < need:
        return None
    if by == "week":
        d = date.fromisoformat(day[:10])
        return (d - timedelta(days=d.weekday())).isoformat()
    return day[:need]


def period_start(label: str, by: str) -> date:
    return date.fromisoformat(label if by in ("day", "week") else (label + "-01-01")[:10] if by == "year"
                              else label + "-01")


def _next_period(start: date, by: str) -> date:
    if by == "day":
        return start + timedelta(days=1)
    if by == "week":
        return start + timedelta(days=7)
    if by == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def _label(start: date, by: str) -> str:
    return {"day": start.isoformat(), "week": start.isoformat(), "month": start.isoformat()[:7],
            "year": str(start.year)}[by]


def period_range(first: str, last: str, by: str) -> list[str]:
    """Every period label from the one holding ``first`` to the one holding ``last`` (ISO dates)."""
    lo, hi = period_of(_pad(first, "start"), by), period_of(_pad(last, "end"), by)
    assert lo is not None and hi is not None
    start, end = period_start(lo, by), period_start(hi, by)
    out = []
    while start <= end:
        out.append(_label(start, by))
        start = _next_period(start, by)
    return out


def _pad(day: str, side: str) -> str:
    """An ISO prefix as a full date: its first (``start``) or last (``end``) day."""
    if len(day) >= 10:
        return day[:10]
    if len(day) == 7:
        first = date.fromisoformat(day + "-01")
        return first.isoformat() if side == "start" else (_next_period(first, "month") - timedelta(days=1)).isoformat()
    return f"{day}-01-01" if side == "start" else f"{day}-12-31"


def dyad_series(db: Any, a: str, b: str, filters: EventFilters | None = None, *, by: str = "month",
                count: str = "events") -> list[dict[str, Any]]:
    """The series of the pair ``a``-``b``: for every period (``day``, ``week`` (its Monday),
    ``month``, ``year``) from the first to the last with events, widened to ``filters.since`` and
    ``filters.until`` when given, three rows in this order: ``A->B``, ``B->A``, ``both``; periods
    without events are rows of zeros. Columns: :data:`SERIES_COLUMNS`. Only units dated at least
    to the period count (an event dated "2025" is in no monthly series). ``count`` is ``events``
    (merged, the default) or ``mentions``; modality defaults to :data:`HAPPENED`."""
    if by not in PERIODS:
        raise BadOptionError(f"--by must be one of day, week, month, year, not {by!r}")
    a, b = resolve_party(a), resolve_party(b)
    if a == b:
        raise BadOptionError(f"a dyad needs two different parties, not {a} twice")
    f = filters if filters is not None else EventFilters(modality=HAPPENED)
    sql, params = units_cte(replace(f, actor=None, recipient=None), count, (a, b))
    rows = fetch_rows(db, f"""WITH {sql} SELECT actor_code, event_date, event_type, quad_class, goldstein FROM units
        WHERE (actor_code = ? AND recipient_code = ?) OR (actor_code = ? AND recipient_code = ?)""",
                 [*params, a, b, b, a])
    ab, ba = f"{a}->{b}", f"{b}->{a}"
    cells: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        period = period_of(r["event_date"], by)
        if period is None:
            continue
        direction = ab if r["actor_code"] == a else ba
        cells.setdefault((period, direction), []).append(r)
        cells.setdefault((period, "both"), []).append(r)
    periods = sorted({p for p, _ in cells})
    lo = f.since or (periods[0] if periods else None)
    hi = f.until or (periods[-1] if periods else None)
    if lo is None or hi is None:
        return []
    labels = period_range(min(lo, periods[0]) if periods and not f.since else lo,
                          max(hi, periods[-1]) if periods and not f.until else hi, by)
    out = []
    for period in labels:
        for direction in (ab, ba, "both"):
            out.append(_series_row(period, direction, cells.get((period, direction), [])))
    return out


def _series_row(period: str, direction: str, units: list[dict[str, Any]]) -> dict[str, Any]:
    quads = [sum(1 for u in units if u["quad_class"] == q) for q in (1, 2, 3, 4)]
    values = [u["goldstein"] for u in units if u["goldstein"] is not None]
    row: dict[str, Any] = {"period": period, "direction": direction, "events": len(units),
                           **dict(zip(QUAD_COLUMNS, quads, strict=True)),
                           "goldstein_sum": round(sum(values), 2) if values else 0.0,
                           "goldstein_mean": round(sum(values) / len(values), 2) if values else None}
    for t in PLOVER_TYPES:
        row[f"n_{t.lower()}"] = sum(1 for u in units if u["event_type"] == t)
    coop, conf = quads[0] + quads[1], quads[2] + quads[3]
    row["coop_index"] = round((coop - conf) / (coop + conf), 3) if coop + conf else None
    return row


