"""The event store: one embedded DuckDB file, with numbered migrations recorded in it.

Articles are keyed by a hash of their text, so ingesting the same story twice stores it once;
re-coding an article with another coder version replaces its events in one transaction.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..coder.events import content_hash
from ..errors import StoreDamagedError, StoreError, StoreOpenError
from ..readers import Problem
from ..records import Article, CodedArticle, Warning
from .integrity import cheap_problems, check_path, check_schema
from .reviews import MIGRATION as REVIEWS_MIGRATION
from .versions import MIGRATION as VERSIONS_MIGRATION
from .versions import mark_stale, record_mention, retire_older_versions

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "articles, sentences, events, quotes, warnings, runs, quarantine", """
CREATE TABLE articles (content_hash VARCHAR PRIMARY KEY, article_id VARCHAR, title VARCHAR, published DATE,
  source VARCHAR, url VARCHAR, origin VARCHAR, text VARCHAR, coder VARCHAR, run_id VARCHAR);
CREATE TABLE sentences (content_hash VARCHAR, sentence_index INTEGER, start_char INTEGER, end_char INTEGER,
  text VARCHAR, PRIMARY KEY (content_hash, sentence_index));
CREATE TABLE events (event_id VARCHAR PRIMARY KEY, content_hash VARCHAR, article_id VARCHAR,
  event_type VARCHAR, mode VARCHAR, context VARCHAR, cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
  actor_text VARCHAR, actor_name VARCHAR, actor_country VARCHAR, actor_sector VARCHAR,
  recipient_text VARCHAR, recipient_name VARCHAR, recipient_country VARCHAR, recipient_sector VARCHAR,
  event_date VARCHAR, date_text VARCHAR, location_text VARCHAR, location_name VARCHAR,
  location_country VARCHAR, lat DOUBLE, lon DOUBLE, modality VARCHAR, negated BOOLEAN, quantity VARCHAR,
  speaker_name VARCHAR, speaker_country VARCHAR, sentence_index INTEGER, span_start INTEGER,
  span_end INTEGER, sentence VARCHAR, trigger VARCHAR, confidence DOUBLE, coder VARCHAR);
CREATE TABLE quotes (content_hash VARCHAR, quote_index INTEGER, speaker_name VARCHAR, speaker_country VARCHAR,
  text VARCHAR, cue VARCHAR, via VARCHAR, sentence_index INTEGER, span_start INTEGER, span_end INTEGER,
  PRIMARY KEY (content_hash, quote_index));
CREATE TABLE warnings (content_hash VARCHAR, code VARCHAR, message VARCHAR, sentence_index INTEGER);
CREATE TABLE runs (run_id VARCHAR PRIMARY KEY, coder VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP,
  inputs VARCHAR, articles_read INTEGER, articles_coded INTEGER, articles_skipped INTEGER,
  quarantined INTEGER, events INTEGER);
CREATE TABLE quarantine (origin VARCHAR, code VARCHAR, message VARCHAR, run_id VARCHAR, seen_at TIMESTAMP);
"""),
    (2, "merged events, mentions, commitments (rebuilt by EventStore.merge)", """
CREATE TABLE merged_events (merged_id VARCHAR PRIMARY KEY, global_event_id BIGINT, event_type VARCHAR,
  mode VARCHAR, context VARCHAR, cameo VARCHAR, cameo_base VARCHAR, cameo_root VARCHAR, quad_class INTEGER,
  goldstein DOUBLE, actor_text VARCHAR, actor_name VARCHAR, actor_country VARCHAR, actor_sector VARCHAR,
  recipient_text VARCHAR, recipient_name VARCHAR, recipient_country VARCHAR, recipient_sector VARCHAR,
  event_date VARCHAR, date_precision VARCHAR, location_text VARCHAR, location_name VARCHAR,
  location_country VARCHAR, lat DOUBLE, lon DOUBLE, factuality VARCHAR, modality VARCHAR, num_mentions INTEGER,
  num_sources INTEGER, num_articles INTEGER, first_seen DATE, last_seen DATE, first_added TIMESTAMP,
  best_event_id VARCHAR, article_id VARCHAR, url VARCHAR, sentence VARCHAR, sentence_index INTEGER,
  trigger VARCHAR, confidence DOUBLE);
CREATE TABLE mentions (event_id VARCHAR PRIMARY KEY, merged_id VARCHAR, content_hash VARCHAR, article_id VARCHAR,
  source VARCHAR, url VARCHAR, published DATE, sentence_index INTEGER, confidence DOUBLE, is_best BOOLEAN);
CREATE TABLE commitments (commitment_id VARCHAR PRIMARY KEY, merged_id VARCHAR, actor_country VARCHAR,
  actor_name VARCHAR, recipient_country VARCHAR, recipient_name VARCHAR, cameo VARCHAR, what VARCHAR,
  event_date VARCHAR, modality VARCHAR, status VARCHAR, evidence_merged_id VARCHAR, num_sources INTEGER,
  num_articles INTEGER, first_seen DATE, sentence VARCHAR);
"""),
    (3, "events: background flag, retellings of the same act, where the parties' countries come from", """
ALTER TABLE events ADD COLUMN background BOOLEAN DEFAULT false;
ALTER TABLE events ADD COLUMN retellings VARCHAR;
ALTER TABLE events ADD COLUMN actor_country_source VARCHAR;
ALTER TABLE events ADD COLUMN recipient_country_source VARCHAR;
"""),
    VERSIONS_MIGRATION,  # 5: article versions and mentions, keyed quarantine, merge state (store/versions.py)
    REVIEWS_MIGRATION,  # 6: reviews (store/reviews.py)
)


QUARANTINE_BATCH = 1000


def open_error(path: str, exc: Exception) -> StoreError:
    """The one-line error for a store DuckDB cannot open: locked by a writer, or damaged."""
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    lowered = first.lower()
    if "could not set lock" in lowered or "conflicting lock" in lowered:
        hint = (" (DuckDB lets one process at a time open a store that is being written, even to read:"
                " wait for the ingest to finish, or query from inside its process)")
        return StoreOpenError(f"cannot open the store {path}: {first}{hint}")
    if any(sign in lowered for sign in ("corrupt", "checksum", "could not read enough bytes", "invalid",
                                        "serializ", "not a valid duckdb")):
        return StoreDamagedError(f"the store {path} is damaged: {first}")
    return StoreOpenError(f"cannot open the store {path}: {first}")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class EventStore:
    """A DuckDB event store. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path = "dyadwatch.duckdb", read_only: bool = False) -> None:
        import duckdb

        self.path = str(path)
        self._quarantined: dict[tuple[str, str], list[Any]] = {}  # problems not yet written (see quarantine)
        check_path(self.path)  # a .csv or .json --db would open as an empty in-memory database
        try:
            self.db = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise open_error(self.path, exc) from None
        try:
            damage = cheap_problems(self.db, self.path)
            if damage:
                raise StoreDamagedError(f"the store {self.path} is damaged: {damage[0]} (dyadwatch check --db "
                                        f"{self.path} looks further)")
            check_schema(self.db, self.path, [m[0] for m in MIGRATIONS], empty_ok=not read_only)
            if not read_only:
                self.migrate()
        except duckdb.Error as exc:
            self.db.close()
            raise open_error(self.path, exc) from None
        except BaseException:
            self.db.close()
            raise

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.flush_quarantine()
        finally:
            self.db.close()

    def migrate(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                        "description VARCHAR, applied_at TIMESTAMP)")
        done = {row[0] for row in self.db.execute("SELECT version FROM schema_migrations").fetchall()}
        for version, description, sql in MIGRATIONS:
            if version in done:
                continue
            self.db.execute("BEGIN TRANSACTION")
            for statement in filter(str.strip, sql.split(";")):
                self.db.execute(statement)
            self.db.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, description, _now()])
            self.db.execute("COMMIT")

    def schema_version(self) -> int:
        row = self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def start_run(self, coder: str, inputs: Iterable[str]) -> str:
        run_id = uuid.uuid4().hex[:16]
        self.db.execute("INSERT INTO runs (run_id, coder, started_at, inputs) VALUES (?, ?, ?, ?)",
                        [run_id, coder, _now(), json.dumps(list(inputs))])
        return run_id

    def finish_run(self, run_id: str, counts: dict[str, int]) -> None:
        self.flush_quarantine()
        self.db.execute(
            "UPDATE runs SET finished_at = ?, articles_read = ?, articles_coded = ?, articles_skipped = ?, "
            "quarantined = ?, events = ? WHERE run_id = ?",
            [_now(), counts.get("read", 0), counts.get("coded", 0), counts.get("skipped", 0),
             counts.get("quarantined", 0), counts.get("events", 0), run_id])

    def has_article(self, text: str, coder: str) -> bool:
        row = self.db.execute("SELECT 1 FROM articles WHERE content_hash = ? AND coder = ?",
                              [content_hash(text), coder]).fetchone()
        return row is not None

    def quarantine(self, problem: Problem, run_id: str | None) -> None:
        """Keep ``problem`` for the quarantine table, keyed by its input, position and code (a re-run
        of the same bad input adds nothing). Rows are written a thousand at a time (one row a
        statement took 4 ms), and by :meth:`flush_quarantine`, :meth:`finish_run` and :meth:`close`."""
        self._quarantined[(problem.origin, problem.code)] = [problem.origin, problem.code, problem.message, run_id,
                                                            _now()]
        if len(self._quarantined) >= QUARANTINE_BATCH:
            self.flush_quarantine()

    def flush_quarantine(self) -> int:
        """Write the problems kept by :meth:`quarantine`; the number of new rows."""
        if not self._quarantined:
            return 0
        import pandas

        rows = pandas.DataFrame(list(self._quarantined.values()),
                                columns=["origin", "code", "message", "run_id", "seen_at"])
        self._quarantined = {}
        self.db.register("_dyadwatch_quarantined", rows)
        try:
            return len(self.db.execute("INSERT INTO quarantine SELECT * FROM _dyadwatch_quarantined "
                                       "ON CONFLICT DO NOTHING RETURNING 1").fetchall())
        finally:
            self.db.unregister("_dyadwatch_quarantined")

    def mention(self, article: Article, run_id: str | None = None) -> bool:
        """Note a sighting of a stored text under this id, URL and source; False when seen before."""
        return record_mention(self.db, content_hash(article.text), article, run_id, _now())

    def store(self, coded: CodedArticle, run_id: str | None = None, coder: str | None = None) -> bool:
        """Store one coded article atomically (see :meth:`store_version`); always True."""
        self.store_version(coded, run_id, coder)
        return True

    def store_version(self, coded: CodedArticle, run_id: str | None = None, coder: str | None = None) -> list[str]:
        """Store one coded article in one transaction, with its mention; retire the older versions
        of its id (their events go); mark the merged tables stale. ``coder`` is recorded even when
        the article holds no events, so it is not coded again. The hashes of the retired versions."""
        a = coded.article
        digest = content_hash(a.text)
        coder = coder or (coded.events[0].coder if coded.events else None)
        first: dict[str, Any] = {}
        for e in coded.events:
            first.setdefault(e.id, e)
        events = list(first.values())
        warnings = list(coded.warnings)
        if len(events) < len(coded.events):
            warnings.append(Warning("W401", f"{len(coded.events) - len(events)} event(s) with the id of an earlier "
                                    "event of the article were not stored"))
        self.db.execute("BEGIN TRANSACTION")
        try:
            for table in ("events", "sentences", "quotes", "warnings", "articles"):
                self.db.execute(f"DELETE FROM {table} WHERE content_hash = ?", [digest])
            retired = retire_older_versions(self.db, digest, a)
            self.db.execute("INSERT INTO articles (content_hash, article_id, title, published, source, url, origin, "
                            "text, coder, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                digest, a.id, a.title, a.published, a.source, a.url, a.origin, a.text, coder or "", run_id])
            record_mention(self.db, digest, a, run_id, _now())
            mark_stale(self.db, True)
            if coded.sentences:
                self.db.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)",
                                    [[digest, s.index, s.start, s.end, s.text] for s in coded.sentences])
            if events:
                self.db.executemany(f"INSERT INTO events ({', '.join(EVENT_ROW_COLUMNS)}) "
                                    f"VALUES ({', '.join(['?'] * len(EVENT_ROW_COLUMNS))})",
                                    [event_row(digest, a.id, e) for e in events])
            if coded.quotes:
                self.db.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                    [digest, n, q.speaker.name if q.speaker else None, q.speaker.country if q.speaker else None,
                     q.text, q.cue, q.via, q.sentence_index, q.span[0], q.span[1]]
                    for n, q in enumerate(coded.quotes)])
            if warnings:
                self.db.executemany("INSERT INTO warnings VALUES (?, ?, ?, ?)",
                                    [[digest, w.code, w.message, w.sentence_index] for w in warnings])
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise
        return retired

    def merge(self) -> dict[str, int]:
        """Rebuild ``merged_events``, ``mentions`` and ``commitments`` from the events (one transaction)."""
        from .merge import rebuild

        counts = rebuild(self.db)
        mark_stale(self.db, False)  # a kill before this line leaves it stale: the next run merges again
        return counts

    def count(self, table: str) -> int:
        if table not in ("articles", "events", "sentences", "quotes", "warnings", "runs", "quarantine",
                         "merged_events", "mentions", "commitments", "article_mentions"):
            raise ValueError(table)
        row = self.db.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def events(self, limit: int | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM events ORDER BY event_date, article_id, sentence_index"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cur = self.db.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


# the events table's columns as migration 1 made them (exports write these)
BASE_EVENT_COLUMNS = (
    "event_id", "content_hash", "article_id", "event_type", "mode", "context", "cameo", "quad_class", "goldstein",
    "actor_text", "actor_name", "actor_country", "actor_sector", "recipient_text", "recipient_name",
    "recipient_country", "recipient_sector", "event_date", "date_text", "location_text", "location_name",
    "location_country", "lat", "lon", "modality", "negated", "quantity", "speaker_name", "speaker_country",
    "sentence_index", "span_start", "span_end", "sentence", "trigger", "confidence", "coder",
)
# the columns event_row fills, in its order (migration 1's, then migration 3's)
EVENT_ROW_COLUMNS = (*BASE_EVENT_COLUMNS, "background", "retellings", "actor_country_source",
                     "recipient_country_source")


def event_row(digest: str, article_id: str, e: Any) -> list[Any]:
    loc = e.location
    return [
        e.id, digest, article_id, e.event_type, e.mode, ";".join(e.context), e.cameo, e.quad_class, e.goldstein,
        e.actor.text, e.actor.name, e.actor.country, e.actor.sector,
        e.recipient.text if e.recipient else None, e.recipient.name if e.recipient else None,
        e.recipient.country if e.recipient else None, e.recipient.sector if e.recipient else None,
        e.date, e.date_text, loc.text if loc else None, loc.name if loc else None, loc.country if loc else None,
        loc.lat if loc else None, loc.lon if loc else None, e.modality, e.negated,
        json.dumps(e.quantity.to_dict()) if e.quantity else None,
        e.speaker.name if e.speaker else None, e.speaker.country if e.speaker else None,
        e.sentence_index, e.span[0], e.span[1], e.sentence, e.trigger, e.confidence, e.coder,
        e.background, json.dumps([list(m) for m in e.retellings]) if e.retellings else None,
        e.actor.country_source, e.recipient.country_source if e.recipient else None,
    ]


def stored_event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row back in the output contract's shape."""
    def actor(prefix: str) -> dict[str, Any] | None:
        if row.get(f"{prefix}_text") is None:
            return None
        out = {k: row.get(f"{prefix}_{k}") for k in ("text", "name", "country", "sector")}
        out["country_source"] = row.get(f"{prefix}_country_source") or ("text" if out["country"] else None)
        return out

    location = None
    if row.get("location_name") is not None:
        location = {"text": row["location_text"], "name": row["location_name"], "country": row["location_country"],
                    "lat": row["lat"], "lon": row["lon"]}
    speaker = None
    if row.get("speaker_name") is not None:
        speaker = {"text": row["speaker_name"], "name": row["speaker_name"], "country": row["speaker_country"],
                   "sector": None}
    return {
        "article_id": row["article_id"], "id": row["event_id"], "event_type": row["event_type"],
        "mode": row["mode"], "context": [c for c in (row["context"] or "").split(";") if c],
        "cameo": row["cameo"], "quad_class": row["quad_class"], "goldstein": row["goldstein"],
        "actor": actor("actor"), "recipient": actor("recipient"), "date": row["event_date"],
        "date_text": row["date_text"], "background": bool(row.get("background")), "location": location,
        "modality": row["modality"],
        "negated": row["negated"], "quantity": json.loads(row["quantity"]) if row["quantity"] else None,
        "speaker": speaker, "sentence_index": row["sentence_index"], "span": [row["span_start"], row["span_end"]],
        "sentence": row["sentence"],
        "retellings": [{"sentence_index": r[0], "span": [r[1], r[2]]} for r in json.loads(row["retellings"])]
        if row.get("retellings") else [],
        "confidence": row["confidence"], "coder": row["coder"],
    }
