"""Exports of the store: GDELT 2.0 events and mentions, PLOVER JSONL, Parquet (partitioned by month), CSV.

What is exported: by default the events that happened (modality ``asserted`` or ``reported``), as
in every series; ``filters`` (an :class:`~dyadwatch.analysis.query.EventFilters`, the CLI's
``--modality``, ``--since``, ``--actor``, ...) choose otherwise, and the sidecar records them.

- ``gdelt``: one row per *merged* event, the 61 tab-separated columns of the GDELT 2.0 event
  export, no header (see :mod:`dyadwatch.analysis.gdelt` for dates, QuadClass and actor codes).
- ``gdelt-mentions``: the GDELT 2.0 mentions table, one row per report of an exported event.
- ``plover``: one JSON line per stored event (mention), with PLOVER's field names (``id``, ``date``,
  ``actor``, ``recipient``, ``event``, ``mode``, ``context``, ``quad_code``, ``event_loc``,
  ``event_text``, ``link``, ``text``, ``text_info``, ``cite_info``, ``coder``) and named extensions
  (``cameo``, ``goldstein``, ``modality``, ``negated``, ``date_text``, ``date_precision``,
  ``quantity``, ``speaker``, ``confidence``, ``content_hash``). An actor's ``code`` is its country, or
  an intergovernmental body's entity code (``UNO``, ``EUR``, ``NAT``). ``link`` is the merged event.
  ``date`` is ``YYYY-MM-DD``, or shorter (``YYYY-MM``, ``YYYY``) when the text gives no day, or
  null. :func:`read_plover` reads it back.
- ``parquet``: a directory, hive-partitioned ``month=YYYY-MM/`` (``month=unknown`` for undated
  events or events dated to the year), every column of the events table plus
  :data:`EXTRA_COLUMNS`; :func:`read_parquet` reads it back.
- ``csv``: the same columns in one file.

Every export is written to a temporary file (or folder) beside its target and then moved into
place, so a re-run replaces the old export whole and an interrupted one leaves the old export as
it was; a folder that holds something other than a dyadwatch export is never replaced (D403).
Each names the code table and coder versions it used: a sidecar ``OUT.meta.json`` (for Parquet
``OUT/_dyadwatch.json`` and the schema metadata), and ``cite_info.codebook`` in PLOVER records.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from ..coder.codes import CODE_TABLE_VERSION
from ..errors import BadOptionError, ExportError
from ..store.eventstore import BASE_EVENT_COLUMNS
from . import query
from .gdelt import MENTION_COLUMNS, gdelt_columns, gdelt_mention_rows, gdelt_rows
from .parties import party_code

__all__ = ["EVENT_COLUMNS", "EXTRA_COLUMNS", "FORMATS", "MENTION_COLUMNS", "event_from_plover", "export",
           "gdelt_columns", "gdelt_rows", "plover_record", "read_parquet", "read_plover"]

FORMATS = ("gdelt", "gdelt-mentions", "plover", "parquet", "csv")
EVENT_COLUMNS = BASE_EVENT_COLUMNS
#: what CSV and Parquet add to the events table's columns
EXTRA_COLUMNS = ("merged_id", "date_precision", "actor_code", "recipient_code", "title", "url", "published",
                 "source")


def metadata(db: Any, fmt: str, rows: int, filters: query.EventFilters, skipped: int = 0,
             **extra: Any) -> dict[str, Any]:
    from .. import __version__

    conn = query.connection(db)
    coders = [r[0] for r in conn.execute("SELECT DISTINCT coder FROM events ORDER BY 1").fetchall()]
    version = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    chosen = {k: v for k, v in vars(filters).items() if v not in (None, 0.0) and k != "modality"}
    return {"format": fmt, "dyadwatch": __version__, "code_table": CODE_TABLE_VERSION, "coders": coders,
            "schema_version": version[0] if version else None, "rows": rows, "skipped": skipped,
            "modality": list(filters.modality or query.MODALITIES), "filters": chosen, **extra,
            "exported_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}


def export(db: Any, fmt: str, out: str | Path, filters: query.EventFilters | None = None) -> dict[str, Any]:
    """Write the store ``db`` (a DuckDB connection, an EventStore, or what :func:`dyadwatch.open`
    returns) to ``out`` in ``fmt``; returns the metadata, also written to the sidecar."""
    if fmt not in FORMATS:
        raise BadOptionError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    f = filters if filters is not None else query.EventFilters(modality=query.HAPPENED)
    out = Path(out)
    try:
        if fmt == "parquet":
            meta = write_parquet(db, out, f)
            return {**meta, "path": str(out), "sidecar": str(out / "_dyadwatch.json")}
        if out.is_dir():
            raise ExportError(f"cannot write {out}: it is a folder")
        if fmt == "gdelt":
            merged = query.merged_events(db, f)
            lines, skipped = gdelt_rows(merged)
            precision = Counter(m["date_precision"] for m in merged)
            _atomic(out, lambda s: s.writelines("\t".join(line) + "\n" for line in lines))
            meta = metadata(db, fmt, len(lines), f, skipped, quad_class="GDELT codebook: from the CAMEO root code",
                            date_precision=dict(sorted(precision.items())),
                            dated_by_publication=precision.get("none", 0) - skipped)
        elif fmt == "gdelt-mentions":
            merged = {m["merged_id"]: m for m in query.merged_events(db, f)}
            lines = gdelt_mention_rows(_with_ingest(db, query.iter_events(db, f)), merged)
            _atomic(out, lambda s: s.writelines("\t".join(line) + "\n" for line in lines))
            meta = metadata(db, fmt, len(lines), f, columns=list(MENTION_COLUMNS))
        elif fmt == "plover":
            records = [plover_record(r) for r in query.iter_events(db, f)]
            _atomic(out, lambda s: s.writelines(json.dumps(r, ensure_ascii=False, default=str) + "\n"
                                                for r in records))
            meta = metadata(db, fmt, len(records), f)
        else:
            rows = query.iter_events(db, f)
            columns = [*EVENT_COLUMNS, *EXTRA_COLUMNS]

            def write_csv(stream: IO[str]) -> None:
                writer = csv.writer(stream)
                writer.writerow(columns)
                for r in rows:
                    writer.writerow(["" if r.get(c) is None else r[c] for c in columns])

            _atomic(out, write_csv)
            meta = metadata(db, fmt, len(rows), f)
        sidecar = out.with_name(out.name + ".meta.json")
        _atomic(sidecar, lambda s: s.write(json.dumps(meta, indent=2) + "\n"))
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    return {**meta, "path": str(out), "sidecar": str(sidecar)}


def _atomic(out: Path, write: Callable[[IO[str]], None]) -> None:
    """Write ``out`` through a temporary file beside it, moved into place when complete."""
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as stream:
            write(stream)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def _with_ingest(db: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Event rows with ``added_at`` (when their article was ingested) and ``doc_len`` (its length)."""
    extra = {r[0]: r[1:] for r in query.connection(db).execute(
        "SELECT a.content_hash, r.started_at, length(a.text) FROM articles a "
        "LEFT JOIN runs r ON r.run_id = a.run_id").fetchall()}
    return [{**r, "added_at": extra.get(r["content_hash"], (None, None))[0],
             "doc_len": extra.get(r["content_hash"], (None, None))[1]} for r in rows]


# --- PLOVER ----------------------------------------------------------------------------------------

def _entity(r: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    if r[f"{prefix}_text"] is None and r[f"{prefix}_name"] is None and r[f"{prefix}_country"] is None:
        return []
    code = party_code(r[f"{prefix}_country"], r[f"{prefix}_sector"], r[f"{prefix}_name"])
    return [{"code": code, "sector": r[f"{prefix}_sector"], "entity_text": r[f"{prefix}_text"],
             "identifier_text": r[f"{prefix}_name"]}]


def plover_record(r: dict[str, Any]) -> dict[str, Any]:
    """One stored event as a PLOVER JSON record (field names of the PLOVER manual, ch. 6)."""
    from .. import __version__

    place = None
    if any(r[k] is not None for k in ("location_text", "location_name", "location_country", "lat", "lon")):
        place = {"extracted_place": r["location_text"], "resolved_place": r["location_name"],
                 "country_code": r["location_country"], "lat": r["lat"], "lon": r["lon"]}
    speaker = None
    if r["speaker_name"] is not None or r["speaker_country"] is not None:
        speaker = {"name": r["speaker_name"], "country": r["speaker_country"]}
    return {
        "id": r["event_id"], "date": r["event_date"], "actor": _entity(r, "actor"),
        "recipient": _entity(r, "recipient"), "event": [r["event_type"]],
        "mode": [] if r["mode"] is None else [r["mode"]],
        "context": [c for c in (r["context"] or "").split(";") if c], "quad_code": r["quad_class"],
        "event_loc": place, "event_text": [r["trigger"]], "link": r.get("merged_id"), "text": r["sentence"],
        "text_info": {"sequence": r["sentence_index"], "start": r["span_start"], "end": r["span_end"]},
        "cite_info": {"citation": r["article_id"], "url": r.get("url"), "title": r.get("title"),
                      "publication": r.get("source"), "coder": r["coder"], "codebook": CODE_TABLE_VERSION,
                      "version": f"dyadwatch {__version__}"},
        "coder": r["coder"], "cameo": r["cameo"], "goldstein": r["goldstein"], "modality": r["modality"],
        "negated": r["negated"], "date_text": r["date_text"], "date_precision": query.precision_of(r["event_date"]),
        "quantity": json.loads(r["quantity"]) if r["quantity"] else None, "speaker": speaker,
        "confidence": r["confidence"], "content_hash": r["content_hash"],
    }


def _from_entity(entities: list[dict[str, Any]], prefix: str) -> dict[str, Any]:
    e = entities[0] if entities else {}
    code = e.get("code")
    country = code if code and code not in _bodies() else None
    return {f"{prefix}_text": e.get("entity_text"), f"{prefix}_name": e.get("identifier_text"),
            f"{prefix}_country": country, f"{prefix}_sector": e.get("sector")}


def _bodies() -> dict[str, str]:
    from .parties import parties

    return parties().bodies


def event_from_plover(rec: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER record written by :func:`plover_record` back as an events-table row."""
    place = rec.get("event_loc") or {}
    speaker = rec.get("speaker") or {}
    info = rec.get("text_info") or {}
    row = {
        "event_id": rec["id"], "content_hash": rec.get("content_hash"), "article_id": rec["cite_info"]["citation"],
        "event_type": rec["event"][0], "mode": rec["mode"][0] if rec.get("mode") else None,
        "context": ";".join(rec.get("context") or []), "cameo": rec.get("cameo"), "quad_class": rec.get("quad_code"),
        "goldstein": rec.get("goldstein"), **_from_entity(rec["actor"], "actor"),
        **_from_entity(rec.get("recipient") or [], "recipient"), "event_date": rec["date"],
        "date_text": rec.get("date_text"), "location_text": place.get("extracted_place"),
        "location_name": place.get("resolved_place"), "location_country": place.get("country_code"),
        "lat": place.get("lat"), "lon": place.get("lon"), "modality": rec.get("modality"),
        "negated": rec.get("negated"), "quantity": json.dumps(rec["quantity"]) if rec.get("quantity") else None,
        "speaker_name": speaker.get("name"), "speaker_country": speaker.get("country"),
        "sentence_index": info.get("sequence"), "span_start": info.get("start"), "span_end": info.get("end"),
        "sentence": rec.get("text"), "trigger": (rec.get("event_text") or [None])[0],
        "confidence": rec.get("confidence"), "coder": rec.get("coder"),
    }
    return {c: row[c] for c in EVENT_COLUMNS}


def read_plover(path: str | Path, backend: str = "pandas") -> Any:
    """Read a PLOVER JSONL export back into a DataFrame of events-table rows (:data:`EVENT_COLUMNS`)."""
    from .eventdb import _frame

    out = []
    try:
        with Path(path).open(encoding="utf-8") as stream:
            for n, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                try:
                    out.append(event_from_plover(json.loads(line)))
                except (ValueError, KeyError, IndexError, TypeError) as exc:
                    raise ExportError(f"{path}:{n}: not a dyadwatch PLOVER record ({exc})") from None
    except OSError as exc:
        raise ExportError(f"cannot read {path}: {exc.strerror or exc}") from None
    return _frame(out, list(EVENT_COLUMNS), backend)


# --- Parquet ---------------------------------------------------------------------------------------

def write_parquet(db: Any, out: Path, filters: query.EventFilters) -> dict[str, Any]:
    """Write the Parquet folder beside ``out`` and swap it in; an existing ``out`` must be an export."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    if out.exists() and not (out.is_dir() and ((out / "_dyadwatch.json").exists() or not any(out.iterdir()))):
        raise ExportError(f"cannot write {out}: it exists and is not a dyadwatch Parquet export")
    rows = query.iter_events(db, filters)
    columns = [*EVENT_COLUMNS, *EXTRA_COLUMNS]
    table = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows], schema=_parquet_schema(pa, columns))
    months = [r["event_date"][:7] if r["event_date"] and len(r["event_date"]) >= 7 else "unknown" for r in rows]
    table = table.append_column("month", pa.array(months, pa.string()))
    meta = metadata(db, "parquet", len(rows), filters)
    table = table.replace_schema_metadata({b"dyadwatch": json.dumps(meta).encode()})
    out.parent.mkdir(parents=True, exist_ok=True)
    tag = uuid.uuid4().hex[:8]
    tmp, old = out.with_name(f".{out.name}.{tag}.tmp"), out.with_name(f".{out.name}.{tag}.old")
    try:
        ds.write_dataset(table, tmp, format="parquet", partitioning=["month"], partitioning_flavor="hive",
                         basename_template="part-{i}.parquet")
        tmp.mkdir(parents=True, exist_ok=True)  # no rows: no partitions, but still an export
        (tmp / "_dyadwatch.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        if out.exists():
            os.replace(out, old)
        os.replace(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
    return meta


def _parquet_schema(pa: Any, columns: list[str]) -> Any:
    kinds = {"quad_class": pa.int32(), "sentence_index": pa.int32(), "span_start": pa.int32(),
             "span_end": pa.int32(), "goldstein": pa.float64(), "lat": pa.float64(), "lon": pa.float64(),
             "confidence": pa.float64(), "negated": pa.bool_(), "published": pa.date32()}
    return pa.schema([(c, kinds.get(c, pa.string())) for c in columns])


def read_parquet(path: str | Path, backend: str = "pandas") -> Any:
    """Read a Parquet export back into a DataFrame: events-table rows plus :data:`EXTRA_COLUMNS`."""
    import pyarrow.dataset as ds

    from .eventdb import _frame

    try:
        table = ds.dataset(str(path), format="parquet", partitioning="hive").to_table()
    except (OSError, ValueError) as exc:
        raise ExportError(f"{path}: not a dyadwatch Parquet export ({exc})") from None
    if not table.column_names:  # an export of no rows
        return _frame([], [*EVENT_COLUMNS, *EXTRA_COLUMNS], backend)
    columns = [c for c in (*EVENT_COLUMNS, *EXTRA_COLUMNS) if c in table.column_names]
    rows = [{c: r[c] for c in columns} for r in table.select(columns).to_pylist()]
    return _frame(rows, columns, backend)
