"""Merging reports of one event (GDELT's events/mentions model) and the commitments derived from it.

Every stored event is a *mention*. Mentions are one *merged event* when they share

- the directed dyad: actor and recipient country (the actor's name when it has no country; an
  absent recipient is its own value),
- the PLOVER type and the CAMEO base code (first three digits),
- the factuality: ``asserted`` and ``reported`` are the same fact (it happened); ``planned``,
  ``hypothetical`` and ``denied`` are each kept apart from it,
- a date window: day-precise dates within one day of the group's earliest date; month-precise
  dates in the same month (only with other month-precise dates); an event dated to the year only,
  or not dated, is never merged with another,
- a compatible place: the same location country, or one of them unknown;
- when a party has no country or there is no recipient ("police fired"): the same actor as named,
  and the same article or the same named place; otherwise every unnamed "police" of a day would
  be one event.

Clustering is deterministic (events are taken in date, then id order), so the merged ids depend on
the stored events only, not on the order in which articles were ingested.

A commitment is a merged AGREE event (CAMEO 03x, "express intent to ...") that happened or is
planned and says that something is promised; its status (``pledged``, ``confirmed``, ``carried
out``, each with the merged event that earned it) is decided in :mod:`dyadwatch.store.commitments`.

``what`` is the best-supported sentence from the trigger word on (e.g. "agreed to buy US
soybeans"), cut at 160 characters: a quotation of the text, not a paraphrase.

:func:`cluster` and :func:`commitments` are pure functions over row dicts; :func:`rebuild`
rewrites the ``mentions``, ``merged_events`` and ``commitments`` tables in one transaction.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlparse

from .commitments import commitments as commitments_of
from .commitments import party_words

HAPPENED = ("asserted", "reported")
MERGED_COLUMNS = (
    "merged_id", "global_event_id", "event_type", "mode", "context", "cameo", "cameo_base", "cameo_root",
    "quad_class", "goldstein", "actor_text", "actor_name", "actor_country", "actor_sector", "recipient_text",
    "recipient_name", "recipient_country", "recipient_sector", "event_date", "date_precision", "location_text",
    "location_name", "location_country", "lat", "lon", "factuality", "modality", "num_mentions", "num_sources",
    "num_articles", "first_seen", "last_seen", "first_added", "best_event_id", "article_id", "url", "sentence",
    "sentence_index", "trigger", "confidence",
)
MENTION_COLUMNS = ("event_id", "merged_id", "content_hash", "article_id", "source", "url", "published",
                   "sentence_index", "confidence", "is_best")
COMMITMENT_COLUMNS = (
    "commitment_id", "merged_id", "actor_country", "actor_name", "recipient_country", "recipient_name", "cameo",
    "what", "event_date", "modality", "status", "evidence_merged_id", "num_sources", "num_articles", "first_seen",
    "sentence",
)


def factuality(modality: str | None) -> str:
    return "happened" if modality in HAPPENED else (modality or "unknown")


def party(country: str | None, name: str | None, text: str | None) -> str:
    if country:
        return country
    label = (name or text or "").strip().lower()
    return f"name:{label}" if label else ""


def precision(day: str | None) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(day or ""), "none")


def source_of(row: dict[str, Any]) -> str:
    if row.get("source"):
        return str(row["source"]).strip().lower()
    if row.get("url"):
        host = urlparse(str(row["url"])).netloc.lower()
        if host:
            return host.removeprefix("www.")
    return f"article:{row['content_hash']}"


def merge_key(row: dict[str, Any]) -> tuple[str, ...]:
    recipient = party(row.get("recipient_country"), row.get("recipient_name"), row.get("recipient_text"))
    return (party(row.get("actor_country"), row.get("actor_name"), row.get("actor_text")), recipient,
            row["event_type"], (row["cameo"] or "")[:3], factuality(row.get("modality")))


def who(row: dict[str, Any]) -> str:
    """The actor as written (lower-cased), for parties that have no country to tell them apart."""
    return " ".join(str(row.get("actor_text") or row.get("actor_name") or "").lower().split())


def global_event_id(merged_id: str) -> int:
    """A stable positive 60-bit integer for GDELT's GLOBALEVENTID."""
    return int(merged_id[:15], 16)


@dataclass
class Group:
    key: tuple[str, ...]
    anchor: str | None
    country: str | None
    members: list[dict[str, Any]] = field(default_factory=list)
    vague: bool = False  # a party without a country ("police"): needs the same article or the same place

    def accepts(self, row: dict[str, Any]) -> bool:
        day, grain = row.get("event_date"), precision(row.get("event_date"))
        if grain == "day" and precision(self.anchor) == "day":
            assert self.anchor is not None and day is not None
            if date.fromisoformat(day) - date.fromisoformat(self.anchor) > timedelta(days=1):
                return False
        elif grain == "month" and precision(self.anchor) == "month":
            if day != self.anchor:
                return False
        else:
            return False
        place = row.get("location_country")
        if self.vague:
            if who(row) != who(self.members[0]):
                return False  # "police" and "the opposition" are not one party because both lack a country
            same_article = any(m.get("content_hash") == row.get("content_hash") for m in self.members)
            same_place = place is not None and row.get("location_name") is not None and any(
                m.get("location_name") == row.get("location_name") for m in self.members)
            return same_article or same_place
        return place is None or self.country is None or place == self.country

    def add(self, row: dict[str, Any]) -> None:
        self.members.append(row)
        if self.country is None and row.get("location_country"):
            self.country = row["location_country"]

    def merged_id(self, taken: set[str]) -> str:
        seed = "|".join([*self.key, self.anchor or "", self.country or ""])
        if precision(self.anchor) not in ("day", "month"):
            seed += "|" + self.members[0]["event_id"]
        ident = hashlib.sha1(seed.encode("utf-8")).hexdigest()[:16]
        while ident in taken:  # never in practice: a group's key, date and place make it unique
            ident = hashlib.sha1((ident + seed).encode("utf-8")).hexdigest()[:16]
        taken.add(ident)
        return ident


def _order(row: dict[str, Any]) -> tuple[str, str]:
    return (row.get("event_date") or "9999", row["event_id"])


def cluster(rows: Iterable[dict[str, Any]]) -> list[Group]:
    """Group event rows (with their article's ``source``, ``url``, ``published``) into merged events."""
    by_key: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_key[merge_key(row)].append(row)
    groups: list[Group] = []
    for key in sorted(by_key):
        open_groups: list[Group] = []
        for row in sorted(by_key[key], key=_order):
            home = next((g for g in open_groups if g.accepts(row)), None)
            if home is None:
                vague = not (row.get("actor_country") and row.get("recipient_country"))
                home = Group(key, row.get("event_date"), None, vague=vague)
                open_groups.append(home)
                groups.append(home)
            home.add(row)
    return groups


def best_of(members: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The best-supported mention: highest confidence, then the earliest report, then lead sentences."""
    return min(members, key=lambda r: (-(r.get("confidence") or 0.0), str(r.get("published") or "9999"),
                                       r.get("sentence_index") or 0, r["event_id"]))


def merged_rows(groups: Sequence[Group]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The ``merged_events`` and ``mentions`` rows of the groups."""
    merged, mentions, taken = [], [], set()
    for group in groups:
        ident = group.merged_id(taken)
        best = best_of(group.members)
        placed = best if best.get("location_name") else next(
            (m for m in group.members if m.get("location_name")), best)
        published = sorted(str(m["published"]) for m in group.members if m.get("published") is not None)
        added = sorted(m["added_at"] for m in group.members if m.get("added_at") is not None)
        first = min(group.members, key=lambda m: (str(m.get("published") or "9999"), m["event_id"]))
        merged.append({
            "merged_id": ident, "global_event_id": global_event_id(ident),
            **{k: best.get(k) for k in ("event_type", "mode", "context", "cameo", "quad_class", "goldstein",
                                         "actor_text", "actor_name", "actor_country", "actor_sector",
                                         "recipient_text", "recipient_name", "recipient_country",
                                         "recipient_sector", "modality", "sentence", "sentence_index",
                                         "trigger", "confidence", "article_id")},
            "cameo_base": (best["cameo"] or "")[:3], "cameo_root": (best["cameo"] or "")[:2],
            "event_date": group.anchor, "date_precision": precision(group.anchor),
            **{k: placed.get(k) for k in ("location_text", "location_name", "location_country", "lat", "lon")},
            "factuality": group.key[-1], "num_mentions": len(group.members),
            "num_sources": len({source_of(m) for m in group.members}),
            "num_articles": len({m["content_hash"] for m in group.members}),
            "first_seen": published[0] if published else None, "last_seen": published[-1] if published else None,
            "first_added": added[0] if added else None, "best_event_id": best["event_id"], "url": first.get("url"),
        })
        for m in group.members:
            mentions.append({"event_id": m["event_id"], "merged_id": ident, "content_hash": m["content_hash"],
                             "article_id": m["article_id"], "source": m.get("source"), "url": m.get("url"),
                             "published": m.get("published"), "sentence_index": m.get("sentence_index"),
                             "confidence": m.get("confidence"), "is_best": m["event_id"] == best["event_id"]})
    return merged, mentions


def what_of(sentence: str | None, trigger: str | None, limit: int = 160) -> str:
    """The sentence from the trigger word on, cut at a clause break or ``limit`` characters."""
    text = (sentence or "").strip()
    if trigger:
        found = re.search(rf"\b{re.escape(trigger)}\b", text, re.IGNORECASE)
        if found:
            text = text[found.start():]
    text = re.split(r";|\s[—–]\s", text)[0].strip()
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    return text.rstrip(" .")


def commitments(merged: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Commitments (pledges and deals) from merged AGREE events, with their status (see
    :mod:`dyadwatch.store.commitments`)."""
    return commitments_of(merged, party_words(), what_of)


SOURCE_SQL = """
SELECT e.*, a.source, a.url, a.published, r.started_at AS added_at
FROM events e JOIN articles a USING (content_hash) LEFT JOIN runs r ON a.run_id = r.run_id
"""


def rebuild(db: Any) -> dict[str, int]:
    """Rewrite ``mentions``, ``merged_events`` and ``commitments`` from ``events`` in one transaction."""
    import pandas

    cur = db.execute(SOURCE_SQL)
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    for row in rows:
        if isinstance(row.get("added_at"), datetime):
            row["added_at"] = row["added_at"].replace(microsecond=0)
    merged, mentions = merged_rows(cluster(rows))
    pledges = commitments(merged)
    db.execute("BEGIN TRANSACTION")
    try:
        for table, columns, data in (("merged_events", MERGED_COLUMNS, merged),
                                     ("mentions", MENTION_COLUMNS, mentions),
                                     ("commitments", COMMITMENT_COLUMNS, pledges)):
            db.execute(f"DELETE FROM {table}")
            if data:
                frame = pandas.DataFrame([[row[c] for c in columns] for row in data], columns=list(columns))
                db.register("_dyadwatch_rows", frame)
                db.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM _dyadwatch_rows")
                db.unregister("_dyadwatch_rows")
        db.execute("COMMIT")
    except Exception:
        db.execute("ROLLBACK")
        raise
    return {"mentions": len(mentions), "merged_events": len(merged), "commitments": len(pledges)}
