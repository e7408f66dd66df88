"""WARC and WARC.gz web archives (warcio): one article per HTML response.

Only ``response`` records whose HTTP content type is HTML and whose status is 2xx become
articles (through the HTML reader, so trafilatura extracts text, title and date); the record's
target URI is the article's URL and id. Requests, metadata, images and other records are passed
over without a note: they are not articles. A damaged archive is one problem, after the records
read before the damage.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from ..errors import InputTooLargeError, RecordFailedError, UnreadableInputError
from .core import Item, ReaderOptions, Source, problem
from .html_page import html_article

HTML_TYPES = ("text/html", "application/xhtml+xml")


class WarcReader:
    name = "warc"
    suffixes = frozenset({".warc"})

    def sniff(self, head: bytes, options: ReaderOptions) -> bool:
        return head.startswith((b"WARC/1.", b"WARC/0."))

    def read(self, stream: BinaryIO, source: Source, options: ReaderOptions) -> Iterator[Item]:
        from warcio.archiveiterator import ArchiveIterator

        number = 0
        records = iter(ArchiveIterator(stream))
        while True:
            where = f"{source.origin}:record {number + 1}"
            try:
                record = next(records)
            except StopIteration:
                return
            except Exception as exc:  # a record cut in its headers, or not WARC: the ones before are kept
                yield problem(UnreadableInputError(f"not a readable WARC record ({type(exc).__name__}: "
                                                   f"{str(exc)[:200]}); the rest of the archive was not read"), where)
                return
            number += 1
            if not _is_html_response(record):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{source.ident}-{number}"
            try:
                page = record.content_stream().read(options.max_record_bytes + 1)
            except Exception as exc:
                yield problem(UnreadableInputError(f"damaged WARC record ({type(exc).__name__}: {exc})"), where)
                return
            if len(page) > options.max_record_bytes:
                yield problem(InputTooLargeError(f"record over the limit of {options.max_record_bytes} bytes "
                                                 "(--max-record-bytes); skipped"), where)
                continue
            if _cut_short(record):
                yield problem(UnreadableInputError("the record is cut short (fewer bytes than its "
                                                   "Content-Length); not coded"), where)
                return
            try:
                yield html_article(page, where, uri, options, url=uri)
            except Exception as exc:  # one page the extractor fails on costs that record only
                yield problem(RecordFailedError(f"{type(exc).__name__}: {str(exc)[:200]}"), where)


def _cut_short(record: Any) -> bool:
    """The record's body ended before its declared length (a truncated archive)."""
    raw = record.raw_stream
    try:
        if raw.read(1):
            return False  # more body left than we read (a page with trailing bytes): not cut short
    except Exception:
        return True
    limit = getattr(raw, "limit", 0)
    return bool(limit and limit > 0)


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = (record.http_headers.get_statuscode() or "").strip()
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and content_type.startswith(HTML_TYPES)
