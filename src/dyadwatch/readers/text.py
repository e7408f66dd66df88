"""Plain text and Markdown: one article per file (or stdin).

The first line is the title when a blank line or a standfirst follows it (:func:`split_title`);
Markdown (a ``.md`` file, or text with Markdown headings or links) loses its markup lightly:
headings, emphasis, links and images, lists, quotes, rules, code fences and front matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import UnreadableInputError
from ..records import Article
from .core import Item, ReaderOptions, Source, problem, split_title
from .limits import read_whole

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
BINARY_PROBE = 8192

_LOOKS_MARKDOWN = re.compile(r"^#{1,6} \S|\]\([^)\s]+\)|^```", re.MULTILINE)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_FENCED = re.compile(r"^```.*?^```[^\n]*$", re.DOTALL | re.MULTILINE)
_LINE_RULES = [
    (re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE), ""),  # rules
    (re.compile(r"^#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE), r"\1"),  # headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),  # quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE), ""),  # list items
    (re.compile(r"^[ \t]*\[[^\]]+\]:[ \t]+\S+.*$", re.MULTILINE), ""),  # link definitions
]
_INLINE_RULES = [
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # code
]


class TextReader:
    name = "text"
    suffixes = frozenset({".txt", ".text", ".md", ".markdown", ""})

    def sniff(self, head: bytes, options: ReaderOptions) -> bool:
        return False  # the fallback: chosen by suffix or when nothing else claims the input

    def read(self, stream: BinaryIO, source: Source, options: ReaderOptions) -> Iterator[Item]:
        raw = read_whole(stream, options.max_record_bytes)
        if b"\x00" in raw[:BINARY_PROBE]:
            yield problem(UnreadableInputError("binary file, not text"), source.origin)
            return
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield problem(UnreadableInputError(f"not UTF-8 text (byte {exc.start})"), source.origin)
            return
        text = text.replace("\r\n", "\n")
        if source.suffix in MARKDOWN_SUFFIXES or _LOOKS_MARKDOWN.search(text):
            text = strip_markdown(text)
        title, body = split_title(text)
        yield Article(id=source.ident, text=body, title=title, published=options.published, origin=source.origin)


def strip_markdown(text: str) -> str:
    """Markdown to plain text, lightly: the words stay, the markup goes."""
    text = _FRONT_MATTER.sub("", text)
    text = _FENCED.sub("", text)
    for pattern, repl in _LINE_RULES:
        text = pattern.sub(repl, text)
    for pattern, repl in _INLINE_RULES:
        text = pattern.sub(repl, text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
