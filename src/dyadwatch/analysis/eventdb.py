"""The library's query API: ``dyadwatch.open(path)`` gives an :class:`EventDB` whose methods return
DataFrames (pandas by default, polars with ``backend="polars"`` when polars is installed).

The CLI commands ``events``, ``dyad``, ``dyads``, ``commitments`` and ``export`` call these methods.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import BadOptionError, StoreOpenError, StoreSchemaError
from ..store.eventstore import EventStore
from .series import dyad_series

BACKENDS = ("pandas", "polars")
MODALITIES = ("asserted", "planned", "hypothetical", "denied", "reported")


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
               limit: int | None = None, backend: str = "pandas") -> Any:
        """Stored events (mentions), filtered by actor/recipient country, PLOVER type, date range
        (``start`` <= event date <= ``end``, ISO prefixes), modality."""
        where, params = [], []
        for column, value in (("actor_country", actor), ("recipient_country", recipient), ("event_type", type)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value.upper())
        if start is not None:
            where.append("event_date >= ?")
            params.append(start)
        if end is not None:
            where.append("substr(event_date, 1, ?) <= ?")
            params += [len(end), end]
        if modality is not None:
            wanted = [modality] if isinstance(modality, str) else list(modality)
            bad = [m for m in wanted if m not in MODALITIES]
            if bad:
                raise BadOptionError(f"modality must be one of {', '.join(MODALITIES)}, not {bad[0]!r}")
            where.append(f"modality IN ({', '.join(['?'] * len(wanted))})")
            params += wanted
        sql = "SELECT * FROM events" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY event_date, article_id, sentence_index, event_id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.query(sql, params, backend)

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
                params.append(value.upper())
        sql = "SELECT * FROM merged_events" + (" WHERE " + " AND ".join(where) if where else "")
        return self.query(sql + " ORDER BY event_date, merged_id", params, backend)

    def dyad(self, a: str, b: str, by: str = "month", backend: str = "pandas", min_confidence: float = 0.0) -> Any:
        """The series of a country pair (see :mod:`dyadwatch.analysis.series`)."""
        check_backend(backend)
        rows = dyad_series(self.store, a.upper(), b.upper(), by, min_confidence)
        return _frame(rows, list(rows[0]) if rows else ["period", "direction", "events"], backend)

    def dyads(self, limit: int | None = None, backend: str = "pandas") -> Any:
        """Country pairs (either direction) ranked by the events that happened between them."""
        sql = """
        SELECT least(actor_country, recipient_country) AS a, greatest(actor_country, recipient_country) AS b,
               count(*) AS events, count(DISTINCT content_hash) AS articles,
               count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperative,
               count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflictual,
               round(sum(goldstein), 2) + 0.0 AS goldstein_sum,
               min(event_date) AS first_date, max(event_date) AS last_date
        FROM events
        WHERE modality IN ('asserted', 'reported') AND actor_country IS NOT NULL AND recipient_country IS NOT NULL
          AND actor_country <> recipient_country
        GROUP BY 1, 2 ORDER BY events DESC, a, b"""
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.query(sql, [], backend)

    def commitments(self, a: str | None = None, b: str | None = None, backend: str = "pandas") -> Any:
        """Pledges and deals (merged AGREE events) between ``a`` and ``b``, either direction."""
        sql, params = "SELECT * FROM commitments", []
        if a is not None and b is not None:
            sql += (" WHERE (actor_country = ? AND recipient_country = ?)"
                    " OR (actor_country = ? AND recipient_country = ?)")
            params = [a.upper(), b.upper(), b.upper(), a.upper()]
        elif a is not None:
            sql += " WHERE actor_country = ? OR recipient_country = ?"
            params = [a.upper(), a.upper()]
        return self.query(sql + " ORDER BY event_date, commitment_id", params, backend)


def open(path: str | Path = "dyadwatch.duckdb", read_only: bool = True) -> EventDB:
    """Open an event store for queries: ``dyadwatch.open("dyadwatch.duckdb").dyad("USA", "CHN")``."""
    return EventDB(path, read_only=read_only)
