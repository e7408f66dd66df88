"""Reviews of coded events: an append-only table beside the events, and its export as training data.

A review says an event is ``right``, ``wrong`` (no such event in the sentence), or ``corrected``
(its type, actor, recipient or their countries set right). Reviews are only ever inserted: a new
review of the same event is a new row, the latest one counts, and the event keeps its original
coding. Each row also keeps a snapshot of the coding it judged (``original``), so a review stays
meaningful after the store is re-coded.

This module holds the only SQL that writes on behalf of the web app (``dyadwatch serve
--allow-review``); every statement is parameterised.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..coder.codes import PLOVER_TYPES
from ..errors import BadOptionError, ExportError, NotFoundError

MIGRATION = (6, "reviews (append-only human reviews of events)", """
CREATE TABLE reviews (review_id VARCHAR PRIMARY KEY, event_id VARCHAR NOT NULL, reviewer VARCHAR NOT NULL,
  reviewed_at TIMESTAMP NOT NULL, verdict VARCHAR NOT NULL, event_type VARCHAR, actor_name VARCHAR,
  actor_country VARCHAR, recipient_name VARCHAR, recipient_country VARCHAR, note VARCHAR, original VARCHAR);
CREATE INDEX reviews_event ON reviews (event_id);
""")

VERDICTS = ("right", "wrong", "corrected")
CORRECTABLE = ("event_type", "actor_name", "actor_country", "recipient_name", "recipient_country")
COLUMNS = ("review_id", "event_id", "reviewer", "reviewed_at", "verdict", *CORRECTABLE, "note", "original")
MAX_NAME = 120
MAX_NOTE = 2000
COUNTRY = re.compile(r"^[A-Z]{3}$")
REVIEWER = re.compile(r"^[\w .@'-]{1,80}$")
ORIGINAL = ("event_id", "content_hash", "article_id", "event_type", "cameo", "actor_text", "actor_name",
            "actor_country", "actor_sector", "recipient_text", "recipient_name", "recipient_country",
            "recipient_sector", "modality", "sentence", "trigger", "confidence", "coder")


@dataclass(frozen=True)
class ReviewInput:
    """What a reviewer submits. Empty strings count as "not corrected"."""

    event_id: str
    reviewer: str
    verdict: str
    corrections: Mapping[str, str] = field(default_factory=dict)
    note: str = ""


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def has_reviews(con: Any) -> bool:
    """Whether the store has the reviews table (an older store opened read-only may not)."""
    row = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'reviews'").fetchone()
    return bool(row and row[0])


def validate(review: ReviewInput) -> dict[str, str | None]:
    """The cleaned corrections; raises BadOptionError (D201) for anything malformed."""
    if review.verdict not in VERDICTS:
        raise BadOptionError(f"verdict must be one of {', '.join(VERDICTS)}, not {review.verdict[:40]!r}")
    reviewer = review.reviewer.strip()
    if not REVIEWER.match(reviewer):
        raise BadOptionError("reviewer must be 1-80 letters, digits, spaces or . @ ' -")
    if len(review.note) > MAX_NOTE:
        raise BadOptionError(f"note is longer than {MAX_NOTE} characters")
    unknown = sorted(set(review.corrections) - set(CORRECTABLE))
    if unknown:
        raise BadOptionError(f"cannot correct {unknown[0][:40]!r}; correctable: {', '.join(CORRECTABLE)}")
    fixed: dict[str, str | None] = {}
    for key in CORRECTABLE:
        value = (review.corrections.get(key) or "").strip()
        if not value:
            fixed[key] = None
        elif key == "event_type":
            if value.upper() not in PLOVER_TYPES:
                raise BadOptionError(f"event_type must be a PLOVER type, not {value[:40]!r}")
            fixed[key] = value.upper()
        elif key.endswith("_country"):
            if not COUNTRY.match(value.upper()):
                raise BadOptionError(f"{key} must be an ISO alpha-3 code such as USA, not {value[:40]!r}")
            fixed[key] = value.upper()
        else:
            if len(value) > MAX_NAME or not value.isprintable():
                raise BadOptionError(f"{key} must be printable and at most {MAX_NAME} characters")
            fixed[key] = value
    corrected = any(v is not None for v in fixed.values())
    if review.verdict == "corrected" and not corrected:
        raise BadOptionError("a 'corrected' review needs at least one correction")
    if review.verdict != "corrected" and corrected:
        raise BadOptionError(f"a review marked {review.verdict!r} carries no corrections (use 'corrected')")
    return fixed


def add_review(con: Any, review: ReviewInput) -> dict[str, Any]:
    """Append one review of a stored event and return it. Never updates or deletes a row."""
    fixed = validate(review)
    cur = con.execute(f"SELECT {', '.join(ORIGINAL)} FROM events WHERE event_id = ?", [review.event_id])
    row = cur.fetchone()
    if row is None:
        raise NotFoundError(f"no event {review.event_id[:80]!r} in the store")
    original = dict(zip(ORIGINAL, row, strict=True))
    record: dict[str, Any] = {
        "review_id": uuid.uuid4().hex, "event_id": review.event_id, "reviewer": review.reviewer.strip(),
        "reviewed_at": _now(), "verdict": review.verdict, **fixed, "note": review.note.strip() or None,
        "original": json.dumps(original, ensure_ascii=False, default=str),
    }
    con.execute(f"INSERT INTO reviews ({', '.join(COLUMNS)}) VALUES ({', '.join(['?'] * len(COLUMNS))})",
                [record[c] for c in COLUMNS])
    return _public(record)


def _public(record: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(record)
    out["reviewed_at"] = str(record["reviewed_at"])
    out["original"] = json.loads(record["original"]) if record.get("original") else None
    return out


def reviews_of(con: Any, event_id: str) -> list[dict[str, Any]]:
    """Every review of one event, oldest first ([] when the store has no reviews table)."""
    if not has_reviews(con):
        return []
    cur = con.execute(f"SELECT {', '.join(COLUMNS)} FROM reviews WHERE event_id = ? ORDER BY reviewed_at, review_id",
                      [event_id])
    return [_public(dict(zip(COLUMNS, r, strict=True))) for r in cur.fetchall()]


def all_reviews(con: Any) -> list[dict[str, Any]]:
    """Every review in the store, oldest first."""
    if not has_reviews(con):
        return []
    cur = con.execute(f"SELECT {', '.join(COLUMNS)} FROM reviews ORDER BY reviewed_at, review_id")
    return [_public(dict(zip(COLUMNS, r, strict=True))) for r in cur.fetchall()]


def training_label(review: Mapping[str, Any]) -> str:
    """The typer label a review teaches: the corrected type, the original type, or NONE for 'wrong'."""
    original = review.get("original") or {}
    if review["verdict"] == "wrong":
        return "NONE"
    return str(review.get("event_type") or original.get("event_type") or "NONE")


def training_record(review: Mapping[str, Any], latest: bool) -> dict[str, Any]:
    """One line of ``export --format reviews``: the sentence, the label, the parties, the history."""
    original = review.get("original") or {}
    return {
        "text": original.get("sentence"), "label": training_label(review),
        "source": review.get("actor_name") or original.get("actor_text") or "",
        "target": review.get("recipient_name") or original.get("recipient_text") or "",
        "latest": latest, "review_id": review["review_id"], "event_id": review["event_id"],
        "reviewer": review["reviewer"], "reviewed_at": review["reviewed_at"], "verdict": review["verdict"],
        "corrected": {k: review.get(k) for k in CORRECTABLE if review.get(k) is not None},
        "note": review.get("note"), "original": original,
    }


def export_reviews(con: Any, out: Path) -> dict[str, Any]:
    """Write every review as one JSON line of training data (``latest`` marks the review that counts
    for its event). Written to a temporary file and moved into place."""
    reviews = all_reviews(con)
    last = {r["event_id"]: r["review_id"] for r in reviews}
    out = Path(out)
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as handle:
            for review in reviews:
                record = training_record(review, last[review["event_id"]] == review["review_id"])
                handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    return {"rows": len(reviews), "events": len(last), "path": str(out)}


def read_review_file(path: Path) -> list[dict[str, Any]]:
    """The latest review of each event from an ``export --format reviews`` file, for training."""
    path = Path(path)
    if not path.is_file():
        from ..errors import MissingInputError

        raise MissingInputError(f"reviews file not found: {path}")
    latest: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text, label, event_id = record["text"], record["label"], record["event_id"]
            except (ValueError, KeyError, TypeError):
                raise ExportError(f"{path}:{number}: not a line of 'dyadwatch export --format reviews'") from None
            if not isinstance(text, str) or not text or label not in (*PLOVER_TYPES, "NONE"):
                raise ExportError(f"{path}:{number}: a review needs a sentence and a PLOVER type or NONE")
            latest[event_id] = record  # later lines are later reviews
    return list(latest.values())
