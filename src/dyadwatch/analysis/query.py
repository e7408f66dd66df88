"""The shared query layer: every read of the store by the CLI, the Python API (:class:`EventDB`) and
the web app goes through these functions, so all of them give the same answers.

Every function takes ``db``: a DuckDB connection or cursor, an :class:`~dyadwatch.store.eventstore.EventStore`
or an :class:`~dyadwatch.analysis.eventdb.EventDB`. All SQL is parameterised; user input never
becomes SQL text. Rows are plain dicts (dates as :class:`datetime.date`).

Terms:

- a *mention* is one stored event (one report in one sentence); an *event* is a merged event
  (reports of one real-world event merged, GDELT's events/mentions model). ``count="events"``
  counts merged events, ``count="mentions"`` counts reports.
- :class:`EventFilters` select mentions: ``actor``/``recipient`` (a party code, see
  :mod:`dyadwatch.analysis.parties`, or a country name), PLOVER ``type``, ``cameo`` (a code or its
  prefix: ``03`` is every 03x code), ``modality`` (a tuple; ``None`` is every modality), ``since``
  and ``until`` (ISO prefixes ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, inclusive; undated mentions
  are left out when either is given, and ``since`` leaves out a mention dated less precisely
  than itself), ``min_confidence``, and ``q`` (words the sentence contains, case-insensitive).
  With ``count="events"`` an event counts when any of its mentions passes the filters, in the
  period of the event's date (the earliest date of its reports).
- Series and rankings count what happened by default (:data:`HAPPENED`: ``asserted`` and
  ``reported``); listings show every modality unless one is asked for.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import BadOptionError
from .filters import (
    COUNTS,
    HAPPENED,
    MODALITIES,
    EventFilters,
    coded_cte,
    connection,
    fetch_rows,
    parse_modality,
    precision_of,
    units_cte,
    with_filters,
)
from .parties import parties, resolve_party
from .series import PERIODS, SERIES_COLUMNS, dyad_series

__all__ = [
    "COUNTS",
    "DYAD_COLUMNS",
    "HAPPENED",
    "MAX_PAGE",
    "MODALITIES",
    "PERIODS",
    "SERIES_COLUMNS",
    "EventFilters",
    "Page",
    "article_sentences",
    "commitments",
    "connection",
    "dyad_series",
    "event_columns",
    "get_event",
    "iter_events",
    "latest_events",
    "list_events",
    "list_pair_events",
    "merged_events",
    "parse_modality",
    "precision_of",
    "ranked_dyads",
    "search_actors",
    "stats",
    "type_counts",
    "volume",
]

#: the largest page :func:`list_events` returns
MAX_PAGE = 500
#: the columns of :func:`ranked_dyads`
DYAD_COLUMNS = ("a", "b", "events", "mentions", "cooperative", "conflictual", "goldstein_sum", "first_date",
                "last_date", "count")
#: what :func:`list_events` adds to the events table's columns
EVENT_EXTRA = ("actor_code", "recipient_code", "date_precision", "merged_id", "title", "url", "published", "source")


def event_columns(db: Any) -> list[str]:
    """The columns of a :func:`list_events` row, in order (for empty frames)."""
    names = [r[0] for r in connection(db).execute("DESCRIBE events").fetchall()]
    return [*names, *EVENT_EXTRA]


# --- events ----------------------------------------------------------------------------------------

@dataclass
class Page:
    """One page of :func:`list_events`: ``items`` and the cursor of the next page (None at the end)."""

    items: list[dict[str, Any]]
    next_cursor: str | None
    limit: int
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "next_cursor": self.next_cursor, "limit": self.limit, **self.extra}


def _encode_cursor(key: str, event_id: str) -> str:
    return base64.urlsafe_b64encode(json.dumps([key, event_id]).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[str, str]:
    try:
        key, event_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        return str(key), str(event_id)
    except (ValueError, TypeError, binascii.Error):
        raise BadOptionError(f"not a page cursor: {cursor!r}") from None


_EVENT_SELECT = """SELECT s.*, coalesce(s.event_date, '~') AS _key, m.merged_id, a.title, a.url, a.published,
       a.source
FROM src s LEFT JOIN mentions m ON m.event_id = s.event_id LEFT JOIN articles a ON a.content_hash = s.content_hash"""


def _page(rows: list[dict[str, Any]], limit: int) -> Page:
    """A page of at most ``limit`` rows fetched ``limit + 1`` at a time, with the cursor to the next one."""
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = _encode_cursor(rows[-1]["_key"], rows[-1]["event_id"]) if more and rows else None
    for row in rows:
        del row["_key"]
    return Page(rows, nxt, limit)


def list_events(db: Any, filters: EventFilters | None = None, *, limit: int = 50, cursor: str | None = None
                ) -> Page:
    """Stored events (mentions) that pass ``filters``, by date (undated last) then id, with their
    article's ``title``, ``url``, ``published``, ``source``, the ``merged_id``, ``date_precision``
    and the party codes; at most ``limit`` (capped at :data:`MAX_PAGE`) from ``cursor`` on."""
    if not isinstance(limit, int) or limit < 1:
        raise BadOptionError(f"--limit must be a positive whole number, not {limit!r}")
    limit = min(limit, MAX_PAGE)
    cte, params = coded_cte("events")
    where, wparams = with_filters(filters).where("s")
    if cursor:
        key, last = _decode_cursor(cursor)
        where.append("(coalesce(s.event_date, '~') > ? OR (coalesce(s.event_date, '~') = ? AND s.event_id > ?))")
        wparams += [key, key, last]
    sql = f"WITH {cte} {_EVENT_SELECT}" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY _key, s.event_id LIMIT ?"
    return _page(fetch_rows(db, sql, params + wparams + [limit + 1]), limit)


def iter_events(db: Any, filters: EventFilters | None = None, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Every event :func:`list_events` would page through (at most ``limit``), as one list."""
    if limit is not None and (not isinstance(limit, int) or limit < 1):
        raise BadOptionError(f"--limit must be a positive whole number, not {limit!r}")
    out: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        want = MAX_PAGE if limit is None else min(MAX_PAGE, limit - len(out))
        page = list_events(db, filters, limit=want, cursor=cursor)
        out += page.items
        cursor = page.next_cursor
        if cursor is None or (limit is not None and len(out) >= limit):
            return out


def get_event(db: Any, event_id: str) -> dict[str, Any] | None:
    """One event with everything known of it, or None: ``event`` (the row, as :func:`list_events`),
    ``sentence`` (``index``, ``start``, ``end``, ``text``), ``span`` and ``trigger``, ``article``
    (``content_hash``, ``article_id``, ``title``, ``url``, ``published``, ``source``, ``origin``),
    ``merged`` (its merged event), ``mentions`` (every report of that merged event, with its
    article and sentence) and ``warnings`` (the article's). ``event_id`` may also be a merged id
    (its best mention is shown) or an unambiguous prefix of at least 6 characters."""
    ident = (event_id or "").strip()
    if not re.fullmatch(r"[0-9A-Za-z_:#.\-]{1,128}", ident):
        return None
    cte, params = coded_cte("events")
    base = f"WITH {cte} {_EVENT_SELECT} WHERE "
    rows = fetch_rows(db, base + "s.event_id = ?", [*params, ident])
    if not rows:
        best = fetch_rows(db, "SELECT best_event_id FROM merged_events WHERE merged_id = ?", [ident])
        if best:
            rows = fetch_rows(db, base + "s.event_id = ?", [*params, best[0]["best_event_id"]])
    if not rows and len(ident) >= 6:
        rows = fetch_rows(db, base + "starts_with(s.event_id, ?) LIMIT 2", [*params, ident])
        if len(rows) != 1:
            return None
    if not rows:
        return None
    row = rows[0]
    del row["_key"]
    sentence = fetch_rows(db, "SELECT sentence_index AS index, start_char AS start, end_char AS end, text "
                         "FROM sentences WHERE content_hash = ? AND sentence_index = ?",
                     [row["content_hash"], row["sentence_index"]])
    article = fetch_rows(db, "SELECT content_hash, article_id, title, url, published, source, origin "
                        "FROM articles WHERE content_hash = ?", [row["content_hash"]])
    merged = fetch_rows(db, "SELECT * FROM merged_events WHERE merged_id = ?", [row["merged_id"]]) \
        if row.get("merged_id") else []
    mentions = fetch_rows(db, """
        SELECT m.event_id, m.is_best, e.article_id, a.title, a.url, a.published, a.source, e.sentence_index,
               e.sentence, e.event_date, e.modality, e.confidence, e.coder
        FROM mentions m JOIN events e USING (event_id) LEFT JOIN articles a ON a.content_hash = e.content_hash
        WHERE m.merged_id = ? ORDER BY a.published NULLS LAST, m.event_id""",
                     [row["merged_id"]]) if row.get("merged_id") else []
    warnings = fetch_rows(db, "SELECT code, message, sentence_index FROM warnings WHERE content_hash = ? "
                         "ORDER BY sentence_index NULLS LAST, code", [row["content_hash"]])
    return {"event": row, "sentence": sentence[0] if sentence else {"index": row["sentence_index"], "start": None,
                                                                    "end": None, "text": row["sentence"]},
            "span": [row["span_start"], row["span_end"]], "trigger": row["trigger"],
            "article": article[0] if article else None, "merged": merged[0] if merged else None,
            "mentions": mentions, "warnings": warnings}


def merged_events(db: Any, filters: EventFilters | None = None) -> list[dict[str, Any]]:
    """Merged events any of whose mentions passes ``filters`` (default: those that happened), with
    ``actor_code`` and ``recipient_code``, ordered by ``global_event_id``."""
    f = filters if filters is not None else EventFilters(modality=HAPPENED)
    cte, params = coded_cte("events")
    mcte, _ = coded_cte("merged_events", "msrc", with_igo=False)
    where, wparams = f.where("s")
    cond = " WHERE " + " AND ".join(where) if where else ""
    sql = f"""WITH {cte}, {mcte}, picked AS (
        SELECT DISTINCT m.merged_id FROM src s JOIN mentions m ON m.event_id = s.event_id{cond})
        SELECT ms.* FROM msrc ms JOIN picked USING (merged_id) ORDER BY ms.global_event_id, ms.merged_id"""
    return fetch_rows(db, sql, params + wparams)


def ranked_dyads(db: Any, filters: EventFilters | None = None, *, limit: int | None = 20, count: str = "events"
                 ) -> list[dict[str, Any]]:
    """Pairs of parties (either direction; ``a`` < ``b``) ranked by ``count`` (merged events by
    default) that happened between them: ``events`` (merged), ``mentions`` (reports),
    ``cooperative``/``conflictual`` (quad classes 1-2 / 3-4, in the counted unit), ``goldstein_sum``,
    ``first_date``, ``last_date``, and ``count`` (which unit ranks). Modality defaults to
    :data:`HAPPENED`; ``filters.actor`` keeps pairs that include that party."""
    f = filters or EventFilters(modality=HAPPENED)
    if limit is not None and (not isinstance(limit, int) or limit < 1):
        raise BadOptionError(f"--limit must be a positive whole number, not {limit!r}")
    party = f.actor
    sql, params = units_cte(replace(f, actor=None), count)
    pick = "" if party is None else " AND (actor_code = ? OR recipient_code = ?)"
    order = "events" if count == "events" else "mentions"
    body = f"""WITH {sql}
    SELECT least(actor_code, recipient_code) AS a, greatest(actor_code, recipient_code) AS b,
           count(DISTINCT unit_id) AS events_, sum(mentions) AS mentions,
           count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperative,
           count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflictual,
           round(sum(goldstein), 2) + 0.0 AS goldstein_sum, min(event_date) AS first_date,
           max(event_date) AS last_date
    FROM units WHERE actor_code IS NOT NULL AND recipient_code IS NOT NULL AND actor_code <> recipient_code{pick}
    GROUP BY 1, 2"""
    rows = fetch_rows(db, body, params + ([party, party] if party else []))
    out = []
    for r in rows:
        merged = r.pop("events_")
        events = merged if count == "events" else None
        out.append({"a": r["a"], "b": r["b"], "events": events, "mentions": int(r["mentions"] or 0), **{
            k: r[k] for k in ("cooperative", "conflictual", "goldstein_sum", "first_date", "last_date")},
            "count": count})
    if count == "mentions":  # the merged events those reports belong to, for the same pairs
        merged_counts = {(r["a"], r["b"]): r["events"] for r in ranked_dyads(db, f, limit=None, count="events")}
        for r in out:
            r["events"] = merged_counts.get((r["a"], r["b"]), 0)
    out.sort(key=lambda r: (-r[order], r["a"], r["b"]))
    return out[:limit] if limit is not None else out


# --- commitments, actors, stats --------------------------------------------------------------------

def commitments(db: Any, a: str | None = None, b: str | None = None, *, status: str | None = None
                ) -> list[dict[str, Any]]:
    """Commitments (see :mod:`dyadwatch.store.merge`) between ``a`` and ``b`` (either direction), or
    of ``a`` (as pledger or recipient), or all; each with the evidence of its status
    (``evidence_merged_id``, ``evidence_date``, ``evidence_cameo``, ``evidence_sentence``) and
    ``status_reason`` in words."""
    a = resolve_party(a) if a else None
    b = resolve_party(b) if b else None
    cte, params = coded_cte("merged_events")
    where: list[str] = []
    if a and b:
        where.append("((s.actor_code = ? AND s.recipient_code = ?) OR (s.actor_code = ? AND s.recipient_code = ?))")
        params += [a, b, b, a]
    elif a:
        where.append("(s.actor_code = ? OR s.recipient_code = ?)")
        params += [a, a]
    if status is not None:
        where.append("c.status = ?")
        params.append(status)
    sql = f"""WITH {cte}
    SELECT c.*, s.actor_code, s.recipient_code, ev.event_date AS evidence_date, ev.cameo AS evidence_cameo,
           ev.sentence AS evidence_sentence,
           CASE WHEN c.status = 'carried out'
                THEN 'carried out by a later ' || ev.event_type || ' (CAMEO ' || ev.cameo || ') on ' || ev.event_date
                WHEN c.status = 'confirmed' AND c.evidence_merged_id <> c.merged_id
                THEN 'the recipient pledged the same back'
                WHEN c.status = 'confirmed' THEN 'reported by ' || c.num_sources || ' sources'
                ELSE 'reported by one source; no later act of the promised kind' END AS status_reason
    FROM commitments c JOIN src s ON s.merged_id = c.merged_id
    LEFT JOIN merged_events ev ON ev.merged_id = c.evidence_merged_id"""
    sql += (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY c.event_date NULLS LAST, c.commitment_id"
    return fetch_rows(db, sql, params)


def search_actors(db: Any, text: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Parties and stored actor names matching ``text``: ``code`` (party code or None), ``name``,
    ``kind`` (``country``, ``organisation`` or ``actor``: a name as stored), ``mentions`` (stored
    events where it is actor or recipient)."""
    needle = " ".join((text or "").split()).lower()
    if not needle:
        raise BadOptionError("an actor search needs some text")
    index = parties()
    found: dict[str, dict[str, Any]] = {}
    for phrase, code in index.by_name.items():
        name = index.name_of(code) or code
        if needle in phrase or needle == code.lower():
            kind = "country" if code in index.countries else "organisation"
            found.setdefault(code, {"code": code, "name": name, "kind": kind, "mentions": 0})
    cte, params = coded_cte("events")
    counts = fetch_rows(db, f"""WITH {cte}, sides AS (
        SELECT actor_code AS code, actor_name AS name FROM src UNION ALL
        SELECT recipient_code, recipient_name FROM src WHERE recipient_name IS NOT NULL OR recipient_code IS NOT NULL)
        SELECT code, name, count(*) AS n FROM sides GROUP BY 1, 2""", params)
    by_code: dict[str, int] = {}
    names: list[dict[str, Any]] = []
    like = re.compile(re.escape(needle), re.IGNORECASE)
    for r in counts:
        if r["code"]:
            by_code[r["code"]] = by_code.get(r["code"], 0) + r["n"]
        if r["name"] and like.search(r["name"]):
            names.append({"code": r["code"], "name": r["name"], "kind": "actor", "mentions": r["n"]})
    for item in found.values():
        item["mentions"] = by_code.get(item["code"], 0)
    ranked = sorted(found.values(), key=lambda r: (-r["mentions"], r["name"]))
    ranked += sorted(names, key=lambda r: (-r["mentions"], r["name"]))
    return ranked[:limit]


def stats(db: Any) -> dict[str, Any]:
    """What the store holds: row counts, the span of event dates and publication dates, coder
    versions, the schema version and the last ingest run."""
    conn = connection(db)

    def one(sql: str) -> Any:
        row = conn.execute(sql).fetchone()
        return row[0] if row else None

    counts = {t: one(f"SELECT count(*) FROM {t}") for t in (  # fixed table names, no user input
        "articles", "events", "merged_events", "mentions", "commitments", "quarantine", "runs")}
    dates = conn.execute("SELECT min(event_date), max(event_date), count(*) FILTER (WHERE event_date IS NULL) "
                         "FROM events").fetchone()
    published = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
    coders = [r[0] for r in conn.execute("SELECT coder, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1")
              .fetchall()]
    runs = fetch_rows(conn, "SELECT run_id, coder, started_at, finished_at, inputs, articles_read, articles_coded, "
                       "articles_skipped, quarantined, events FROM runs ORDER BY started_at DESC LIMIT 1", [])
    return {**counts, "first_date": dates[0] if dates else None, "last_date": dates[1] if dates else None,
            "undated_events": dates[2] if dates else 0,
            "first_published": published[0] if published else None,
            "last_published": published[1] if published else None, "coders": coders,
            "schema_version": one("SELECT max(version) FROM schema_migrations"),
            "last_run": runs[0] if runs else None}


# --- for the web app's pages (dyadwatch serve) -------------------------------------------------------

def list_pair_events(db: Any, a: str, b: str, filters: EventFilters | None = None, *, limit: int = 50,
                     cursor: str | None = None) -> Page:
    """:func:`list_events` for the pair ``a``-``b`` in either direction (``filters.actor`` and
    ``filters.recipient`` are ignored), same order, rows and cursors."""
    if not isinstance(limit, int) or limit < 1:
        raise BadOptionError(f"--limit must be a positive whole number, not {limit!r}")
    a, b = resolve_party(a), resolve_party(b)
    limit = min(limit, MAX_PAGE)
    cte, params = coded_cte("events")
    where, wparams = with_filters(filters, actor=None, recipient=None).where("s")
    where.append("((s.actor_code = ? AND s.recipient_code = ?) OR (s.actor_code = ? AND s.recipient_code = ?))")
    wparams += [a, b, b, a]
    if cursor:
        key, last = _decode_cursor(cursor)
        where.append("(coalesce(s.event_date, '~') > ? OR (coalesce(s.event_date, '~') = ? AND s.event_id > ?))")
        wparams += [key, key, last]
    sql = f"WITH {cte} {_EVENT_SELECT} WHERE {' AND '.join(where)} ORDER BY _key, s.event_id LIMIT ?"
    return _page(fetch_rows(db, sql, params + wparams + [limit + 1]), limit)


def latest_events(db: Any, filters: EventFilters | None = None, *, limit: int = 10) -> list[dict[str, Any]]:
    """The ``limit`` (at most :data:`MAX_PAGE`) most recently dated events (mentions) that pass
    ``filters``, newest first, as rows of :func:`list_events`."""
    if not isinstance(limit, int) or limit < 1:
        raise BadOptionError(f"--limit must be a positive whole number, not {limit!r}")
    cte, params = coded_cte("events")
    where, wparams = with_filters(filters).where("s")
    where.append("s.event_date IS NOT NULL")
    sql = f"WITH {cte} {_EVENT_SELECT} WHERE {' AND '.join(where)} ORDER BY s.event_date DESC, s.event_id LIMIT ?"
    rows = fetch_rows(db, sql, params + wparams + [min(limit, MAX_PAGE)])
    for row in rows:
        del row["_key"]
    return rows


def volume(db: Any, filters: EventFilters | None = None, *, by: str = "month", count: str = "events"
           ) -> list[dict[str, Any]]:
    """Units (merged events by default, or mentions) per period over the whole store, for every
    period from the first to the last (zeros in between): ``period``, ``events``, ``cooperative``
    (quad classes 1-2), ``conflictual`` (3-4). Modality defaults to :data:`HAPPENED`; only units
    dated at least to the period count."""
    from .series import period_range

    if by not in ("month", "year"):
        raise BadOptionError(f"the volume is by month or year, not {by!r}")
    f = filters if filters is not None else EventFilters(modality=HAPPENED)
    sql, params = units_cte(f, count)
    width = 7 if by == "month" else 4
    rows = fetch_rows(db, f"""WITH {sql} SELECT substr(event_date, 1, {width}) AS period, count(*) AS events,
        count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperative,
        count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflictual
        FROM units WHERE length(event_date) >= {width} GROUP BY 1 ORDER BY 1""", params)
    if not rows:
        return []
    found = {r["period"]: r for r in rows}
    return [found.get(p) or {"period": p, "events": 0, "cooperative": 0, "conflictual": 0}
            for p in period_range(rows[0]["period"], rows[-1]["period"], by)]


def type_counts(db: Any, filters: EventFilters | None = None, *, count: str = "events") -> list[dict[str, Any]]:
    """Units (merged events by default, or mentions) per PLOVER type, with the type's quad class:
    ``event_type``, ``quad_class``, ``events``; by quad class, then most frequent first. Modality
    defaults to :data:`HAPPENED`."""
    f = filters if filters is not None else EventFilters(modality=HAPPENED)
    sql, params = units_cte(f, count)
    return fetch_rows(db, f"""WITH {sql} SELECT event_type, min(quad_class) AS quad_class, count(*) AS events
        FROM units WHERE event_type IS NOT NULL GROUP BY 1 ORDER BY 2, 3 DESC, 1""", params)


def article_sentences(db: Any, content_hash: str, *, limit: int = 300) -> list[dict[str, Any]]:
    """The stored sentences of one article in order (``index``, ``start``, ``end``, ``text``), at most
    ``limit``, with ``events``: how many stored events each one holds."""
    if not isinstance(limit, int) or limit < 1:
        raise BadOptionError(f"--limit must be a positive whole number, not {limit!r}")
    return fetch_rows(db, """SELECT s.sentence_index AS index, s.start_char AS start, s.end_char AS end, s.text,
        (SELECT count(*) FROM events e WHERE e.content_hash = s.content_hash
            AND e.sentence_index = s.sentence_index) AS events
        FROM sentences s WHERE s.content_hash = ? ORDER BY s.sentence_index LIMIT ?""", [content_hash, limit])
