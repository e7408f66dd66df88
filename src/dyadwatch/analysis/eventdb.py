"""The library's query API: ``dyadwatch.open(path)`` gives an :class:`EventDB` whose methods return
DataFrames (pandas by default, polars with ``backend="polars"`` when polars is installed).

The CLI commands ``events``, ``show``, ``dyad``, ``dyads``, ``commitments`` and ``export`` call these
methods, which read through the shared query layer (:mod:`dyadwatch.analysis.query`), as the web app does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import BadOptionError, NotFoundError, StoreOpenError, StoreSchemaError
from ..store.eventstore import EventStore
from ..store.versions import merge_is_stale
from . import query
from .parties import resolve_party

BACKENDS = ("pandas", "polars")
MODALITIES = query.MODALITIES


def _frame(rows: list[dict[str, Any]], columns: list[str], backend: str) -> Any:
    check_backend(backend)
    if backend == "polars":
        import polars

        return polars.DataFrame(rows) if rows else polars.DataFrame({c: [] for c in columns})
    import pandas

    return pandas.DataFrame(rows, columns=columns)


def check_backend(backend: str) -> None:
    if backend not in BACKENDS:
        raise BadOptionError(f"backend must be pandas or polars, not {backend!r}")
    if backend == "polars":
        try:
            import polars  # noqa: F401
        except ImportError:
            raise BadOptionError("backend='polars' needs polars installed (pip install polars)") from None


class EventDB:
    """Read access to an event store. Opened read-only unless ``read_only=False``."""

    def __init__(self, path: str | Path = "dyadwatch.duckdb", read_only: bool = True) -> None:
        if read_only and not Path(path).exists():
            raise StoreOpenError(f"no store at {path}")
        self.store = EventStore(path, read_only=read_only)
        if read_only and merge_is_stale(self.store.db):  # an ingest was stopped before merging: merge now
            self.store.close()
            with EventStore(path) as writer:
                writer.merge()
            self.store = EventStore(path, read_only=True)
        version = self.store.schema_version() if self._has("schema_migrations") else 0
        if version < 2:
            self.store.close()
            raise StoreSchemaError(f"the store {path} has schema version {version}, this dyadwatch needs 2: "
                                   f"open it once for writing (dyadwatch merge --db {path})")

    def __enter__(self) -> EventDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def _has(self, table: str) -> bool:
        row = self.store.db.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                                    [table]).fetchone()
        return bool(row and row[0])

    def query(self, sql: str, params: list[Any] | None = None, backend: str = "pandas") -> Any:
        """Any SQL over the store's tables, as a DataFrame."""
        check_backend(backend)
        cur = self.store.db.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        return _frame(rows, names, backend)

    def events(self, actor: str | None = None, recipient: str | None = None, type: str | None = None,
               start: str | None = None, end: str | None = None, modality: str | list[str] | None = None,
               limit: int | None = None, backend: str = "pandas", *, since: str | None = None,
               until: str | None = None, cameo: str | None = None, min_confidence: float = 0.0,
               q: str | None = None) -> Any:
        """Stored events (mentions) with their article's ``title``, ``url``, ``published`` and
        ``source``, ``merged_id``, ``date_precision`` and party codes, filtered as
        :class:`~dyadwatch.analysis.query.EventFilters` (``start``/``end`` are older names of
        ``since``/``until``); every modality unless ``modality`` is given."""
        check_backend(backend)
        filters = query.EventFilters(actor=actor, recipient=recipient, type=type, cameo=cameo,
                                     modality=query.parse_modality(modality, None), since=since or start,
                                     until=until or end, min_confidence=min_confidence, q=q)
        rows = query.iter_events(self.store, filters, limit=limit)
        return _frame(rows, query.event_columns(self.store), backend)

    def event(self, event_id: str) -> dict[str, Any]:
        """One event with its sentence, spans, article, merged event and all its mentions
        (see :func:`dyadwatch.analysis.query.get_event`); D406 when the store has no such event."""
        found = query.get_event(self.store, event_id)
        if found is None:
            raise NotFoundError(f"no event {event_id!r} in the store")
        return found

    def mentions(self, merged_id: str | None = None, backend: str = "pandas") -> Any:
        """One row per stored event with the merged event it belongs to."""
        sql = "SELECT * FROM mentions" + (" WHERE merged_id = ?" if merged_id else "")
        return self.query(sql + " ORDER BY merged_id, published, event_id", [merged_id] if merged_id else [],
                          backend)

    def merged(self, actor: str | None = None, recipient: str | None = None, backend: str = "pandas") -> Any:
        """Merged events: one row per real-world event, with ``num_mentions``, ``num_sources``,
        ``num_articles``, first and last seen and the best-supported sentence."""
        where, params = [], []
        for column, value in (("actor_country", actor), ("recipient_country", recipient)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(resolve_party(value))
        sql = "SELECT * FROM merged_events" + (" WHERE " + " AND ".join(where) if where else "")
        return self.query(sql + " ORDER BY event_date, merged_id", params, backend)

    def dyad(self, a: str, b: str, by: str = "month", backend: str = "pandas", min_confidence: float = 0.0, *,
             count: str = "events", modality: str | list[str] | None = None, since: str | None = None,
             until: str | None = None, type: str | None = None, cameo: str | None = None) -> Any:
        """The series of a pair (see :func:`dyadwatch.analysis.query.dyad_series`): merged events
        that happened by default, every period zero-filled, columns
        :data:`~dyadwatch.analysis.query.SERIES_COLUMNS` even when empty."""
        check_backend(backend)
        filters = query.EventFilters(modality=query.parse_modality(modality), since=since, until=until,
                                     min_confidence=min_confidence, type=type, cameo=cameo)
        rows = query.dyad_series(self.store, a, b, filters, by=by, count=count)
        return _frame(rows, list(query.SERIES_COLUMNS), backend)

    def dyads(self, limit: int | None = None, backend: str = "pandas", *, count: str = "events",
              modality: str | list[str] | None = None, since: str | None = None, until: str | None = None,
              actor: str | None = None, min_confidence: float = 0.0) -> Any:
        """Pairs (either direction) ranked by the merged events (``count="mentions"``: reports) that
        happened between them (see :func:`dyadwatch.analysis.query.ranked_dyads`)."""
        check_backend(backend)
        filters = query.EventFilters(modality=query.parse_modality(modality), since=since, until=until,
                                     actor=actor, min_confidence=min_confidence)
        rows = query.ranked_dyads(self.store, filters, limit=limit, count=count)
        return _frame(rows, list(query.DYAD_COLUMNS), backend)

    def commitments(self, a: str | None = None, b: str | None = None, backend: str = "pandas") -> Any:
        """Pledges and deals (merged AGREE events) between ``a`` and ``b``, either direction, with
        the evidence of each status."""
        check_backend(backend)
        rows = query.commitments(self.store, a, b)
        columns = [r[0] for r in self.store.db.execute("DESCRIBE commitments").fetchall()]
        columns += ["actor_code", "recipient_code", "evidence_date", "evidence_cameo", "evidence_sentence",
                    "status_reason"]
        return _frame(rows, columns, backend)

    def stats(self) -> dict[str, Any]:
        """What the store holds (see :func:`dyadwatch.analysis.query.stats`)."""
        return query.stats(self.store)


def open(path: str | Path = "dyadwatch.duckdb", read_only: bool = True) -> EventDB:
    """Open an event store for queries: ``dyadwatch.open("dyadwatch.duckdb").dyad("USA", "CHN")``."""
    return EventDB(path, read_only=read_only)
