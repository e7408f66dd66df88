"""Is this a dyadwatch store, and is it whole? (``dyadwatch check``; issue 15)

:func:`check_path` runs before DuckDB opens anything: ``--db`` must be named ``.duckdb`` (or
``.db``, ``.ddb``) and, when it exists, be a DuckDB file; DuckDB would otherwise open a CSV or JSON
file as an empty in-memory database and lose everything written to it. :func:`check_schema` runs
on the open connection: a DuckDB file with tables but no ``schema_migrations`` is not a dyadwatch
store, and a store with migrations this dyadwatch does not know was made by a newer one.

:func:`cheap_problems` is the check every open runs: the file is as long as DuckDB's block count
says (a cut file is found before it answers anything). :func:`problems` is ``dyadwatch check``:
the cheap part, then every table read in full (DuckDB verifies each block's checksum as it reads),
then dyadwatch's invariants: every event, sentence, quote and warning has its article; retired
versions hold no events; the merged tables are current and their counts agree with the events.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import NotAStoreError, StoreSchemaError
from .versions import merge_is_stale

SUFFIXES = (".duckdb", ".db", ".ddb")
MAGIC_AT, MAGIC = 8, b"DUCK"
HEADER_BYTES = 3 * 4096  # DuckDB's main header and its two database headers


def check_path(path: str | Path) -> None:
    """Raise :class:`NotAStoreError` unless ``path`` may be a DuckDB store (or does not exist yet)."""
    if str(path) == ":memory:":
        return
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in SUFFIXES:
        named = f"named {suffix}" if suffix else "without an extension"
        raise NotAStoreError(f"--db {path}: a store is a DuckDB file named .duckdb (or .db, .ddb), not one {named}")
    if file.is_dir():
        raise NotAStoreError(f"--db {path} is a folder, not a DuckDB file")
    if file.exists() and file.stat().st_size > 0:
        with file.open("rb") as stream:
            head = stream.read(MAGIC_AT + len(MAGIC))
        if head[MAGIC_AT:] != MAGIC:
            raise NotAStoreError(f"--db {path} is not a DuckDB file (it does not start like one); "
                                 "refusing to open it as a store")


def table_names(db: Any) -> set[str]:
    rows = db.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()
    return {row[0] for row in rows}


def check_schema(db: Any, path: str | Path, known: Iterable[int], empty_ok: bool = True) -> None:
    """Raise :class:`NotAStoreError` for a DuckDB file that is not a dyadwatch store (an empty one
    too, unless ``empty_ok``: it is about to become one), or one made by a newer dyadwatch
    (migrations this one does not know)."""
    tables = table_names(db)
    if not tables:
        if not empty_ok:
            raise StoreSchemaError(f"the store {path} has schema version 0 (an empty DuckDB database): ingest into "
                                   f"it, or open it once for writing (dyadwatch merge --db {path})")
        return
    if "schema_migrations" not in tables:
        shown = ", ".join(sorted(tables)[:5])
        raise NotAStoreError(f"{path} is a DuckDB database but not a dyadwatch store (tables: {shown})")
    applied = {row[0] for row in db.execute("SELECT version FROM schema_migrations").fetchall()}
    unknown = sorted(applied - set(known))
    if unknown:
        raise NotAStoreError(f"{path} was made by a newer dyadwatch (schema migrations {unknown} are unknown "
                             "to this one); upgrade dyadwatch to use it")


def cheap_problems(db: Any, path: str | Path) -> list[str]:
    """What a quick look finds wrong: the file is shorter than its blocks say."""
    if str(path) == ":memory:" or not Path(path).exists():
        return []
    row = db.execute("SELECT block_size, total_blocks FROM pragma_database_size()").fetchone()
    if not row or not row[0]:
        return []
    want = HEADER_BYTES + int(row[0]) * int(row[1])
    have = Path(path).stat().st_size
    if have < want:
        return [f"the file is cut short: {have} bytes where its {row[1]} blocks need {want}"]
    return []


INVARIANTS: tuple[tuple[str, str], ...] = (
    ("events without their article", "SELECT count(*) FROM events e ANTI JOIN articles a USING (content_hash)"),
    ("sentences without their article",
     "SELECT count(*) FROM sentences s ANTI JOIN articles a USING (content_hash)"),
    ("quotes without their article", "SELECT count(*) FROM quotes q ANTI JOIN articles a USING (content_hash)"),
    ("events of retired article versions",
     "SELECT count(*) FROM events e JOIN articles a USING (content_hash) WHERE a.superseded_by IS NOT NULL"),
    ("events missing from the mentions table", "SELECT count(*) FROM events e ANTI JOIN mentions m USING (event_id)"),
    ("mentions of events no longer stored", "SELECT count(*) FROM mentions m ANTI JOIN events e USING (event_id)"),
    ("finished runs whose counts do not add up (read = coded + quarantined + skipped)",
     "SELECT count(*) FROM runs WHERE finished_at IS NOT NULL AND articles_read <> articles_coded + quarantined + "
     "articles_skipped"),
    ("merged events whose mention counts disagree with the mentions table",
     "SELECT count(*) FROM merged_events g LEFT JOIN (SELECT merged_id, count(*) AS n FROM mentions GROUP BY ALL) m "
     "USING (merged_id) WHERE g.num_mentions IS DISTINCT FROM m.n"),
)


def problems(db: Any, path: str | Path) -> list[str]:
    """Everything ``dyadwatch check`` finds wrong with an open store (an empty list: it is whole)."""
    found = cheap_problems(db, path)
    tables = sorted(table_names(db))
    for table in tables:
        columns = [row[0] for row in db.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ? "
            "ORDER BY ordinal_position", [table]).fetchall()]
        reads = ", ".join(f'sum(hash("{c}"))' for c in columns) or "1"
        try:
            db.execute(f'SELECT count(*), {reads} FROM "{table}"').fetchall()
        except Exception as exc:
            found.append(f"table {table} cannot be read: {str(exc).splitlines()[0][:300]}")
    if found:
        return found
    stale = merge_is_stale(db)
    for what, sql in INVARIANTS:
        if not {"events", "articles", "mentions", "merged_events"} <= set(tables):
            break
        if ("superseded_by" in sql and not _has_column(db, "articles", "superseded_by")) or (
                stale and ("mentions" in sql or "merged" in sql)):
            continue
        count = db.execute(sql).fetchone()[0]
        if count:
            found.append(f"{count} {what}")
    if stale:
        found.append("the merged tables are out of date (a run was stopped before merging): "
                     "dyadwatch merge, or the next ingest, rebuilds them")
    return found


def _has_column(db: Any, table: str, column: str) -> bool:
    row = db.execute("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'main' AND "
                     "table_name = ? AND column_name = ?", [table, column]).fetchone()
    return bool(row and row[0])


def check_store(path: str | Path) -> dict[str, int]:
    """``dyadwatch check``: open the store read-only and run every check. The store's counts when
    it is whole; :class:`~dyadwatch.errors.StoreDamagedError` (one line naming what is wrong)
    when it is not; the open errors of :class:`~dyadwatch.store.eventstore.EventStore` otherwise."""
    from ..errors import StoreDamagedError, StoreOpenError
    from .eventstore import EventStore, open_error

    if not Path(path).exists():
        raise StoreOpenError(f"no store at {path}")
    with EventStore(path, read_only=True) as store:
        try:
            found = problems(store.db, path)
            tables = table_names(store.db)
            counts = {t: store.count(t) for t in ("articles", "events", "merged_events", "quarantine") if t in tables}
        except Exception as exc:
            raise open_error(str(path), exc) from None
    if found:
        more = f" (and {len(found) - 1} more: {'; '.join(found[1:])})" if len(found) > 1 else ""
        raise StoreDamagedError(f"the store {path} fails its check: {found[0]}{more}")
    return counts
