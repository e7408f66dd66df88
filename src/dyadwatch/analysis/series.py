"""Country-pair series from the store: counts per quad class, Goldstein sums, a cooperation index.

Only events that happened count (modality ``asserted`` or ``reported``): planned, hypothetical and
denied events are left out of every series.

The cooperation index of a period is ``(cooperative - conflictual) / (cooperative + conflictual)``
over event counts (quad classes 1-2 against 3-4), in [-1, 1]: a net-cooperation share defined by
this project, which weighs every event alike. The weighted alternative is given beside it:
``goldstein_sum`` and ``goldstein_mean`` of the Goldstein scale (J. S. Goldstein, "A
Conflict-Cooperation Scale for WEIS Events Data", Journal of Conflict Resolution 36(2), 1992),
as pinned in the project's code table.
"""

from __future__ import annotations

from typing import Any

from ..coder.codes import PLOVER_TYPES
from ..errors import BadOptionError
from ..store.eventstore import EventStore

PERIODS = {"day": 10, "month": 7, "year": 4}
HAPPENED = ("asserted", "reported")


def period_expr(by: str) -> str:
    if by == "week":
        return ("strftime(date_trunc('week', CAST(CASE WHEN length(event_date) = 10 THEN event_date END AS DATE)),"
                " '%Y-%m-%d')")
    if by not in PERIODS:
        raise BadOptionError(f"--by must be one of day, week, month, year, not {by!r}")
    return f"CASE WHEN length(event_date) >= {PERIODS[by]} THEN substr(event_date, 1, {PERIODS[by]}) END"


def type_column(event_type: str) -> str:
    """The series column that counts one PLOVER type, e.g. ``n_agree``."""
    return f"n_{event_type.lower()}"


def dyad_series(store: EventStore, a: str, b: str, by: str = "month", min_confidence: float = 0.0
                ) -> list[dict[str, Any]]:
    """One row per period and direction (``A->B``, ``B->A``, ``both``): counts per quad class and per
    PLOVER type (``n_agree`` ... ``n_assault``), Goldstein sum and mean, the cooperation index.

    ``min_confidence`` leaves out events the coder is less sure of (0 keeps every event)."""
    if not 0.0 <= min_confidence <= 1.0:
        raise BadOptionError(f"--min-confidence must be between 0 and 1, not {min_confidence}")
    period = period_expr(by)
    type_counts = ", ".join(f"count(*) FILTER (WHERE event_type = '{t}') AS {type_column(t)}" for t in PLOVER_TYPES)
    sql = f"""
    WITH e AS (
      SELECT {period} AS period,
             CASE WHEN actor_country = ? THEN ? ELSE ? END AS direction,
             quad_class, goldstein, event_type
      FROM events
      WHERE modality IN {HAPPENED} AND confidence >= {float(min_confidence)}
        AND ((actor_country = ? AND recipient_country = ?) OR (actor_country = ? AND recipient_country = ?))
    ), both_ways AS (
      SELECT period, direction, quad_class, goldstein, event_type FROM e
      UNION ALL SELECT period, 'both', quad_class, goldstein, event_type FROM e
    )
    SELECT period, direction, count(*) AS events,
           count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
           count(*) FILTER (WHERE quad_class = 2) AS material_coop,
           count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
           count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
           round(sum(goldstein), 2) AS goldstein_sum, round(avg(goldstein), 2) AS goldstein_mean,
           {type_counts}
    FROM both_ways WHERE period IS NOT NULL
    GROUP BY period, direction ORDER BY period, direction
    """
    ab, ba = f"{a}->{b}", f"{b}->{a}"
    cur = store.db.execute(sql, [a, ab, ba, a, b, b, a])
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    for row in rows:
        coop = row["verbal_coop"] + row["material_coop"]
        conf = row["verbal_conflict"] + row["material_conflict"]
        row["coop_index"] = round((coop - conf) / (coop + conf), 3) if coop + conf else None
    return rows
