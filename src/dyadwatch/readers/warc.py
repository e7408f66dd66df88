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

from ..errors import UnreadableInputError
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
        from warcio.exceptions import ArchiveLoadFailed

        number = 0
        try:
            for record in ArchiveIterator(stream):
                number += 1
                if not _is_html_response(record):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{source.ident}-{number}"
                page = record.content_stream().read()
                yield html_article(page, f"{source.origin}:record {number}", uri, options, url=uri)
        except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
            yield problem(UnreadableInputError(f"not a readable WARC archive ({exc})"),
                          f"{source.origin}:record {number + 1}")


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = (record.http_headers.get_statuscode() or "").strip()
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and content_type.startswith(HTML_TYPES)
