"""RSS and Atom feeds (feedparser): one article per entry.

An entry's text is its full content when the feed carries it, else its summary (HTML turned
into text); its title, published (or updated) date, link and id come along, and the feed's
title becomes the source.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any, BinaryIO

from ..errors import BadRecordError
from ..records import Article
from .core import Item, ReaderOptions, Source, opens_as_markup, problem
from .html_page import html_to_text
from .limits import read_whole

_FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")


class FeedReader:
    name = "feed"
    suffixes = frozenset({".rss", ".atom", ".rdf", ".xml"})

    def sniff(self, head: bytes, options: ReaderOptions) -> bool:
        return opens_as_markup(head, _FEED_MARKERS)

    def read(self, stream: BinaryIO, source: Source, options: ReaderOptions) -> Iterator[Item]:
        import feedparser

        parsed = feedparser.parse(read_whole(stream, options.max_record_bytes))
        entries = parsed.get("entries") or []
        if not entries:
            reason = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
            yield problem(BadRecordError(f"a feed with no entries{reason}"), source.origin)
            return
        feed_title = (parsed.get("feed") or {}).get("title") or None
        for number, entry in enumerate(entries, start=1):
            yield self._article(entry, number, source, options, feed_title)

    def _article(self, entry: Any, number: int, source: Source, options: ReaderOptions,
                 feed_title: str | None) -> Article:
        contents = entry.get("content") or []
        body = contents[0].get("value", "") if contents else entry.get("summary", "")
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else options.published
        link = entry.get("link") or None
        return Article(
            id=str(entry.get("id") or link or f"{source.ident}-{number}"), text=html_to_text(body or ""),
            title=html_to_text(entry.get("title") or "") or None, published=published, source=feed_title,
            url=link, origin=f"{source.origin}:entry {number}",
        )
