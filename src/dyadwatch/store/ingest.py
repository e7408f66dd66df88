"""One ingest run over a stream of articles: skip what is stored, code the rest, store, merge.

:func:`ingest_articles` is what ``dyadwatch ingest`` does once the inputs are read; the CLI only
builds the readers and the coder and prints. Every record is isolated: an article the coder fails
on (a D107 problem from the engine) or the store cannot take is quarantined, and the run goes on.
Counts are of what was stored: an article coded twice because two copies were in flight at once
is stored once and counted once, the second as a duplicate. The run is marked finished only after
the merge, so a run killed anywhere before stays unfinished and its merge is redone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..coder.events import content_hash
from ..errors import DuplicateTextError, NewVersionError, RecordFailedError
from ..readers.core import Problem
from ..records import Article, CodedArticle
from .eventstore import EventStore
from .versions import stored_as

Coder = Callable[[Iterable[Article]], Iterator[CodedArticle | Problem]]


def new_counts() -> dict[str, int]:
    """The counters of a run: read = coded + quarantined + skipped; skipped = not English + already
    stored + duplicates (a text stored under another id or URL); versions: new texts of a known id."""
    return {"read": 0, "coded": 0, "quarantined": 0, "skipped": 0, "events": 0, "not_english": 0, "split": 0,
            "parts": 0, "already": 0, "duplicates": 0, "versions": 0}


def ingest_articles(store: EventStore, articles: Iterable[Article], code: Coder, coder: str, run_id: str,
                    counts: dict[str, Any], note: Callable[[str], None] = lambda line: None,
                    advance: Callable[[int], None] = lambda events: None) -> dict[str, int]:
    """Code and store ``articles`` (already read and counted in ``counts['read']``), then merge and
    finish the run. ``note`` gets each line for the user (``Note: ...``, ``Error: ...``); ``advance``
    the events of each stored article. Returns the merge's counts."""

    def fresh() -> Iterator[Article]:
        for article in articles:
            if store.has_article(article.text, coder):
                _seen_again(store, article, run_id, counts, note)
                continue
            yield article

    for item in code(fresh()):
        if isinstance(item, Problem):
            _quarantine(store, item, run_id, counts, note)
            continue
        article = item.article
        if store.has_article(article.text, coder):  # a copy of it was in flight too, and stored first
            _seen_again(store, article, run_id, counts, note)
            continue
        try:
            retired = store.store_version(item, run_id, coder)
        except Exception as exc:  # one article the store cannot take is quarantined, not the run
            message = f"article {article.id} could not be stored ({type(exc).__name__}: {str(exc).splitlines()[0]})"
            _quarantine(store, Problem(article.origin or article.id, RecordFailedError.code, message[:400]),
                        run_id, counts, note)
            continue
        counts["coded"] += 1
        counts["events"] += len({e.id for e in item.events})
        if retired:
            counts["versions"] += 1
            note(f"Note: {Problem(article.origin or article.id, NewVersionError.code, _version_message(article))}")
        advance(len(item.events))
    merged = store.merge()
    store.finish_run(run_id, counts)
    return merged


def _version_message(article: Article) -> str:
    return f"article {article.id} has new text: this version replaces the stored one, whose events are retired"


def _seen_again(store: EventStore, article: Article, run_id: str, counts: dict[str, Any],
                note: Callable[[str], None]) -> None:
    counts["skipped"] += 1
    first = stored_as(store.db, content_hash(article.text))
    if first is None or (first[0] == article.id and first[1] == article.url and first[2] == article.source):
        counts["already"] += 1  # the very same record, read again
        return
    counts["duplicates"] += 1
    if store.mention(article, run_id):
        message = (f"the text of article {article.id} is stored already as {first[0]}; recorded as another "
                   f"mention (source {article.source or '-'}, url {article.url or '-'})")
        note(f"Note: {Problem(article.origin or article.id, DuplicateTextError.code, message)}")


def _quarantine(store: EventStore, problem: Problem, run_id: str, counts: dict[str, Any],
                note: Callable[[str], None]) -> None:
    counts["quarantined"] += 1
    note(f"Error: {problem}")
    store.quarantine(problem, run_id)
