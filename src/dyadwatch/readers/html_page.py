"""HTML pages: the article's text, title, date and URL, extracted with trafilatura.

Boilerplate (navigation, footers, comments) is left out; a page with no article text is a D102
problem. :func:`html_to_text` is the light converter used for HTML fragments (feed entries).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import UnreadableInputError
from ..records import Article
from .core import Item, ReaderOptions, Source, opens_as_markup, parse_date, problem
from .limits import read_whole

_MARKUP_START = (b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<meta", b"<title", b"<div", b"<p>")
_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
                     "article", "header", "footer", "pre", "ul", "ol", "table", "figure", "figcaption"})


class HtmlReader:
    name = "html"
    suffixes = frozenset({".html", ".htm", ".xhtml", ".shtml"})

    def sniff(self, head: bytes, options: ReaderOptions) -> bool:
        # an XML declaration counts only before <html> itself, not before any tag below
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        return start.startswith(_MARKUP_START) or opens_as_markup(head, (b"<html",))

    def read(self, stream: BinaryIO, source: Source, options: ReaderOptions) -> Iterator[Item]:
        yield html_article(read_whole(stream, options.max_record_bytes), source.origin, source.ident, options)


def html_article(page: bytes | str, origin: str, ident: str, options: ReaderOptions,
                 url: str | None = None) -> Item:
    """One article from one HTML page; ``url`` (a crawl record's URI) wins over the page's own."""
    import trafilatura

    doc = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return problem(UnreadableInputError("no article text found in the HTML page"), origin)
    title = _clean(getattr(doc, "title", None))
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title:
        text = "\n".join(lines[1:]).lstrip("\n")
    raw_date = getattr(doc, "date", None)
    published = parse_date(raw_date) if raw_date else None
    return Article(id=ident, text=text, title=title, published=published or options.published,
                   source=_clean(getattr(doc, "sitename", None)), url=url or _clean(getattr(doc, "url", None)),
                   origin=origin)


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment, one block (paragraph, heading, list item) a line."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    lines = (re.sub(r"\s+", " ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None
