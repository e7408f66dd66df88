"""Article identity (issue 15): the content hash is the article; ids and URLs are its mentions.

- A text already stored, seen again under another id, URL or source, is another *mention* of the
  same article: a row of ``article_mentions`` (its id, source, URL, where it was read), never a
  second article. Every sighting is keyed, so reading the same input again adds nothing.
- An article id seen again with new text is a new *version*: the newest stored wins, and the
  older version's events, sentences, quotes and warnings are retired (deleted) in the same
  transaction, so no series counts them twice. The old ``articles`` row stays, with
  ``superseded_by`` naming the new version's hash, so re-reading the old text adds nothing either.
  Ids a reader made up (``in-3``: line 3 of ``in.jsonl``; ``story`` for ``story.txt``) are not
  identities: only ids given by the input (a record's id field, a page's or entry's URL) make versions.
- ``store_state`` holds ``merge_stale``: set in each article's transaction, cleared after a merge,
  so a run killed between storing and merging is merged again by the next ingest or merge.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..records import Article

MIGRATION: tuple[int, str, str] = (5, "article versions and mentions, keyed quarantine, store state", """
ALTER TABLE articles ADD COLUMN superseded_by VARCHAR;
CREATE INDEX articles_by_id ON articles (article_id);
CREATE TABLE article_mentions (mention_key VARCHAR PRIMARY KEY, content_hash VARCHAR, article_id VARCHAR,
  source VARCHAR, url VARCHAR, origin VARCHAR, run_id VARCHAR, seen_at TIMESTAMP);
INSERT INTO article_mentions SELECT md5(concat_ws('|', content_hash, coalesce(article_id, ''), coalesce(url, ''),
  coalesce(source, ''))), content_hash, article_id, source, url, origin, run_id, NULL FROM articles;
CREATE TABLE quarantine_keyed (origin VARCHAR, code VARCHAR, message VARCHAR, run_id VARCHAR, seen_at TIMESTAMP,
  PRIMARY KEY (origin, code));
INSERT INTO quarantine_keyed SELECT coalesce(origin, ''), coalesce(code, ''), arg_min(message, seen_at),
  arg_min(run_id, seen_at), min(seen_at) FROM quarantine GROUP BY ALL;
DROP TABLE quarantine;
ALTER TABLE quarantine_keyed RENAME TO quarantine;
CREATE TABLE store_state (key VARCHAR PRIMARY KEY, value VARCHAR);
INSERT INTO store_state VALUES ('merge_stale', 'true')
""")

RETIRED_TABLES = ("events", "sentences", "quotes", "warnings")


def positional_id(article: Article) -> bool:
    """True when the article's id was made up by a reader, not given by the input: from its
    position in a file (``stem-N``: line N of ``stem.jsonl``) or from the file's name (``story``
    for ``story.txt``). Two files named alike in two folders are not two versions of one story."""
    origin = article.origin or ""
    base = article.id.split("#p", 1)[0]
    number = origin.rsplit(":", 1)[-1].removeprefix("item ") if ":" in origin else ""
    if number.isdigit() and base.endswith(f"-{number}"):
        return True
    path = Path(origin)
    return bool(base) and str(path.parent / path.name.split(".", 1)[0]).endswith(base)


def record_mention(db: Any, digest: str, article: Article, run_id: str | None, now: Any) -> bool:
    """Note one sighting of the text ``digest``; False when this id, URL and source were seen before."""
    added = db.execute("INSERT INTO article_mentions VALUES (md5(concat_ws('|', ?, ?, ?, ?)), ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT DO NOTHING RETURNING 1",
                       [digest, article.id, article.url or "", article.source or "", digest, article.id,
                        article.source, article.url, article.origin, run_id, now]).fetchall()
    return bool(added)


def retire_older_versions(db: Any, digest: str, article: Article) -> list[str]:
    """Inside the caller's transaction: retire the current versions of ``article.id`` with other
    text; the hashes retired (none for a made-up id)."""
    if positional_id(article):
        return []
    rows = db.execute("SELECT content_hash FROM articles WHERE article_id = ? AND content_hash <> ? "
                      "AND superseded_by IS NULL", [article.id, digest]).fetchall()
    old = [row[0] for row in rows]
    for table in RETIRED_TABLES:
        for hash_ in old:
            db.execute(f"DELETE FROM {table} WHERE content_hash = ?", [hash_])
    for hash_ in old:
        db.execute("UPDATE articles SET superseded_by = ? WHERE content_hash = ?", [digest, hash_])
    return old


def mark_stale(db: Any, stale: bool) -> None:
    db.execute("INSERT OR REPLACE INTO store_state VALUES ('merge_stale', ?)", ["true" if stale else "false"])


def merge_is_stale(db: Any) -> bool:
    try:
        row = db.execute("SELECT value FROM store_state WHERE key = 'merge_stale'").fetchone()
    except Exception:  # a store from before migration 5: its merge state is unknown
        return False
    return bool(row and row[0] == "true")


def stored_as(db: Any, digest: str) -> tuple[str, str | None, str | None] | None:
    """The id, URL and source the text ``digest`` was first stored under, or None."""
    row = db.execute("SELECT article_id, url, source FROM articles WHERE content_hash = ?", [digest]).fetchone()
    return (row[0], row[1], row[2]) if row else None
