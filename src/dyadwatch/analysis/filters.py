"""Filters and counting units shared by the query layer (:mod:`dyadwatch.analysis.query`) and the
series (:mod:`dyadwatch.analysis.series`): which mentions a query keeps, how parties are coded in
SQL, and whether mentions or merged events are counted. All SQL is parameterised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..coder.codes import PLOVER_TYPES
from ..errors import BadOptionError
from .parties import parties, resolve_party

MODALITIES = ("asserted", "planned", "hypothetical", "denied", "reported")
HAPPENED = ("asserted", "reported")
COUNTS = ("events", "mentions")
_ISO_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_PRECISION_SQL = ("CASE length({c}) WHEN 10 THEN 'day' WHEN 7 THEN 'month' WHEN 4 THEN 'year' "
                  "ELSE 'none' END")


def precision_of(day: str | None) -> str:
    """How precise a stored date is: ``day``, ``month``, ``year`` or ``none``."""
    return {10: "day", 7: "month", 4: "year"}.get(len(day or ""), "none")


def connection(db: Any) -> Any:
    """The DuckDB connection behind ``db`` (a connection, cursor, EventStore or EventDB)."""
    if hasattr(db, "store") and hasattr(db.store, "db"):
        return db.store.db
    if hasattr(db, "db") and hasattr(db.db, "execute"):
        return db.db
    return db


def fetch_rows(db: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = connection(db).execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def parse_modality(value: str | list[str] | tuple[str, ...] | None, default: tuple[str, ...] | None = HAPPENED
                   ) -> tuple[str, ...] | None:
    """``None`` -> ``default``; ``"all"`` -> None (every modality); ``"happened"`` -> asserted and
    reported; ``"planned,denied"`` or a list -> those; anything else is D201."""
    if value is None:
        return default
    items = [v.strip().lower() for v in (value.split(",") if isinstance(value, str) else value) if v.strip()]
    if items == ["all"]:
        return None
    out: list[str] = []
    for item in items:
        for m in (HAPPENED if item == "happened" else (item,)):
            if m not in MODALITIES:
                raise BadOptionError(f"--modality must be all, happened or some of {', '.join(MODALITIES)}, "
                                     f"not {item!r}")
            if m not in out:
                out.append(m)
    if not out:
        raise BadOptionError("--modality is empty")
    return tuple(out)


def _check_day(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    if not _ISO_PREFIX.fullmatch(value):
        raise BadOptionError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    try:
        date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
        if len(value) == 7:
            date.fromisoformat(value + "-01")
    except ValueError:
        raise BadOptionError(f"{name} is not a calendar date: {value!r}") from None
    return value


@dataclass(frozen=True)
class EventFilters:
    """Which mentions a query keeps (see the module docstring). Values are checked on creation."""

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    cameo: str | None = None
    modality: tuple[str, ...] | None = None
    since: str | None = None
    until: str | None = None
    min_confidence: float = 0.0
    q: str | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        for name in ("actor", "recipient"):
            value = getattr(self, name)
            if value is not None and value != "":
                set_(self, name, resolve_party(value))
            elif value == "":
                set_(self, name, None)
        if self.type is not None:
            kind = self.type.strip().upper()
            if kind not in PLOVER_TYPES:
                raise BadOptionError(f"--type must be a PLOVER type ({', '.join(PLOVER_TYPES)}), not {self.type!r}")
            set_(self, "type", kind)
        if self.cameo is not None and not re.fullmatch(r"\d{2,4}", self.cameo.strip()):
            raise BadOptionError(f"--cameo must be a CAMEO code or its first digits (03, 036), not {self.cameo!r}")
        if self.modality is not None and not isinstance(self.modality, tuple):
            set_(self, "modality", parse_modality(self.modality, None))
        elif self.modality is not None:
            parse_modality(list(self.modality), None)
        set_(self, "since", _check_day("--since", self.since))
        set_(self, "until", _check_day("--until", self.until))
        if self.since and self.until and self.since[:len(self.until)] > self.until:
            raise BadOptionError(f"--since {self.since} is after --until {self.until}")
        try:
            confidence = float(self.min_confidence)
        except (TypeError, ValueError):
            raise BadOptionError(f"--min-confidence must be a number, not {self.min_confidence!r}") from None
        if not 0.0 <= confidence <= 1.0:
            raise BadOptionError(f"--min-confidence must be between 0 and 1, not {self.min_confidence}")
        set_(self, "min_confidence", confidence)

    def where(self, alias: str = "s") -> tuple[list[str], list[Any]]:
        """SQL conditions on a source with ``actor_code``/``recipient_code`` columns, and their parameters."""
        a = f"{alias}."
        where: list[str] = []
        params: list[Any] = []
        for column, value in (("actor_code", self.actor), ("recipient_code", self.recipient),
                              ("event_type", self.type)):
            if value is not None:
                where.append(f"{a}{column} = ?")
                params.append(value)
        if self.cameo is not None:
            where.append(f"starts_with({a}cameo, ?)")
            params.append(self.cameo.strip())
        if self.modality is not None:
            where.append(f"{a}modality IN ({', '.join(['?'] * len(self.modality))})")
            params += list(self.modality)
        if self.since is not None:
            where.append(f"{a}event_date >= ?")
            params.append(self.since)
        if self.until is not None:
            where.append(f"substr({a}event_date, 1, ?) <= ?")
            params += [len(self.until), self.until]
        if self.min_confidence > 0:
            where.append(f"{a}confidence >= ?")
            params.append(self.min_confidence)
        for word in (self.q or "").split():
            where.append(f"{a}sentence ILIKE ? ESCAPE '\\'")
            params.append("%" + re.sub(r"([%_\\])", r"\\\1", word) + "%")
        return where, params


def with_filters(filters: EventFilters | None, **over: Any) -> EventFilters:
    base = filters or EventFilters()
    return replace(base, **over) if over else base


def coded_cte(table: str, name: str = "src", with_igo: bool = True) -> tuple[str, list[Any]]:
    """CTEs (``igo`` when ``with_igo``, then ``name``) over ``table`` (events or merged_events),
    adding ``actor_code``/``recipient_code`` (the country, else an IGO's entity code) and, for
    events, ``date_precision`` (day, month, year or none)."""
    params: list[Any] = []
    head = ""
    if with_igo:
        names = parties().igo_names
        head = f"igo(name, code) AS (VALUES {', '.join(['(?, ?)'] * len(names))}), "
        params = [v for pair in names for v in pair]
    precision = "" if table == "merged_events" else f", {_PRECISION_SQL.format(c='t.event_date')} AS date_precision"
    sql = f"""{head}{name} AS (
      SELECT t.*, coalesce(t.actor_country, ia.code) AS actor_code,
             coalesce(t.recipient_country, ir.code) AS recipient_code{precision}
      FROM {table} t
      LEFT JOIN igo ia ON t.actor_country IS NULL AND t.actor_sector = 'IGO' AND ia.name = lower(t.actor_name)
      LEFT JOIN igo ir ON t.recipient_country IS NULL AND t.recipient_sector = 'IGO'
                          AND ir.name = lower(t.recipient_name))"""
    return sql, params


def units_cte(filters: EventFilters, count: str, pair: tuple[str, str] | None = None) -> tuple[str, list[Any]]:
    """CTEs ending in ``units``: one row per counted unit (mention, or merged event) that passes the
    filters, with ``actor_code``, ``recipient_code``, ``event_date``, ``event_type``, ``quad_class``,
    ``goldstein``, ``unit_id``, ``mentions``. With ``pair``, only the units between its two parties
    (either way) are kept, before merged events are looked up (a series reads one pair of a store)."""
    if count not in COUNTS:
        raise BadOptionError(f"--count must be events or mentions, not {count!r}")
    cte, params = coded_cte("events")
    where, wparams = filters.where("s")
    if pair is not None:
        where.append("((s.actor_code = ? AND s.recipient_code = ?) OR (s.actor_code = ? AND s.recipient_code = ?))")
        wparams += [pair[0], pair[1], pair[1], pair[0]]
    cond = " WHERE " + " AND ".join(where) if where else ""
    if count == "mentions":
        sql = f"""{cte}, units AS (
          SELECT s.actor_code, s.recipient_code, s.event_date, s.event_type, s.quad_class, s.goldstein,
                 s.event_id AS unit_id, 1 AS mentions, s.content_hash FROM src s{cond})"""
        return sql, params + wparams
    mcte, _ = coded_cte("merged_events", "msrc", with_igo=False)
    sql = f"""{cte}, {mcte}, picked AS (
          SELECT DISTINCT m.merged_id FROM src s JOIN mentions m ON m.event_id = s.event_id{cond}),
        units AS (
          SELECT ms.actor_code, ms.recipient_code, ms.event_date, ms.event_type, ms.quad_class, ms.goldstein,
                 ms.merged_id AS unit_id, ms.num_mentions AS mentions, NULL AS content_hash
          FROM msrc ms JOIN picked USING (merged_id))"""
    return sql, params + wparams
