"""The reviews table: append-only, validated, exported as training data and read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyadwatch.errors import BadOptionError, ExportError, NotFoundError
from dyadwatch.store.eventstore import MIGRATIONS, EventStore
from dyadwatch.store.reviews import (
    ReviewInput,
    add_review,
    all_reviews,
    export_reviews,
    has_reviews,
    read_review_file,
    reviews_of,
)
from tests.eventfactory import coded, event


@pytest.fixture()
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with EventStore(tmp_path / "r.duckdb") as s:
        s.store(coded("a1", [
            event("USA", "CHN", cameo="112", trigger="accused",
                  sentence="Washington accused Beijing of dumping steel."),
            event("RUS", "UKR", cameo="040", trigger="met", sentence="Russia met Ukraine in Geneva.",
                  sentence_index=1)]))
        # short names for the two events: e1 (ACCUSE USA->CHN), e2 (CONSULT RUS->UKR)
        ids = dict(s.db.execute("SELECT event_type, event_id FROM events").fetchall())
        s.db.execute("UPDATE events SET event_id = 'e1' WHERE event_id = ?", [ids["ACCUSE"]])
        s.db.execute("UPDATE events SET event_id = 'e2' WHERE event_id = ?", [ids["CONSULT"]])
        yield s


def test_migration_six_creates_the_reviews_table(store: EventStore) -> None:
    assert 6 in [m[0] for m in MIGRATIONS]
    assert has_reviews(store.db)
    versions = {r[0] for r in store.db.execute("SELECT version FROM schema_migrations").fetchall()}
    assert 6 in versions


def test_reviews_are_appended_never_updated(store: EventStore) -> None:
    first = add_review(store.db, ReviewInput("e1", "Ann Lee", "right"))
    second = add_review(store.db, ReviewInput("e1", "bob", "corrected", {"event_type": "reject",
                                                                         "recipient_country": "twn"}))
    rows = reviews_of(store.db, "e1")
    assert [r["review_id"] for r in rows] == [first["review_id"], second["review_id"]]
    assert rows[1]["event_type"] == "REJECT" and rows[1]["recipient_country"] == "TWN"
    assert rows[0]["verdict"] == "right" and rows[0]["event_type"] is None
    # the event keeps its original coding, and each review a snapshot of it
    assert store.db.execute("SELECT event_type, recipient_country FROM events WHERE event_id = 'e1'"
                            ).fetchone() == ("ACCUSE", "CHN")
    assert rows[1]["original"]["event_type"] == "ACCUSE"
    assert rows[1]["original"]["sentence"] == "Washington accused Beijing of dumping steel."
    assert reviews_of(store.db, "e2") == []


@pytest.mark.parametrize(("review", "message"), [
    (ReviewInput("e1", "ann", "maybe"), "verdict"),
    (ReviewInput("e1", "", "right"), "reviewer"),
    (ReviewInput("e1", "<script>", "right"), "reviewer"),
    (ReviewInput("e1", "ann", "corrected"), "at least one correction"),
    (ReviewInput("e1", "ann", "right", {"event_type": "AGREE"}), "no corrections"),
    (ReviewInput("e1", "ann", "corrected", {"event_type": "HUG"}), "PLOVER type"),
    (ReviewInput("e1", "ann", "corrected", {"actor_country": "China"}), "ISO alpha-3"),
    (ReviewInput("e1", "ann", "corrected", {"cameo": "010"}), "cannot correct"),
    (ReviewInput("e1", "ann", "right", note="x" * 3000), "note"),
])
def test_bad_reviews_are_refused_with_a_code(store: EventStore, review: ReviewInput, message: str) -> None:
    with pytest.raises(BadOptionError, match=message):
        add_review(store.db, review)
    assert all_reviews(store.db) == []


def test_unknown_event_is_not_found(store: EventStore) -> None:
    with pytest.raises(NotFoundError, match=r"\[D406\]"):
        add_review(store.db, ReviewInput("nope", "ann", "right"))


def test_export_and_read_back_the_latest_review(store: EventStore, tmp_path: Path) -> None:
    add_review(store.db, ReviewInput("e1", "ann", "right"))
    add_review(store.db, ReviewInput("e1", "bob", "corrected", {"event_type": "THREATEN"}))
    add_review(store.db, ReviewInput("e2", "ann", "wrong"))
    meta = export_reviews(store.db, tmp_path / "reviews.jsonl")
    assert meta == {"rows": 3, "events": 2, "path": str(tmp_path / "reviews.jsonl")}
    lines = [json.loads(line) for line in (tmp_path / "reviews.jsonl").read_text().splitlines()]
    assert [(r["event_id"], r["label"], r["latest"]) for r in lines] == [
        ("e1", "ACCUSE", False), ("e1", "THREATEN", True), ("e2", "NONE", True)]
    latest = read_review_file(tmp_path / "reviews.jsonl")
    assert sorted((r["event_id"], r["label"]) for r in latest) == [("e1", "THREATEN"), ("e2", "NONE")]
    assert latest[0]["text"] == "Washington accused Beijing of dumping steel."


def test_a_file_that_is_not_a_review_export_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x"}\n')
    with pytest.raises(ExportError, match=r"bad\.jsonl:1"):
        read_review_file(bad)
