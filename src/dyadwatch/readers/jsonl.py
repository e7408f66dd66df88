"""JSONL (one article per line) and JSON arrays of articles, read line by line.

The text, date, id, title and URL fields are configurable (:class:`~.core.Fields`). A line that
is broken JSON, binary, not UTF-8 or has no text is a problem named with its line number; the
lines around it are read as usual. The file is streamed, never read whole (a JSON array is).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import BadRecordError, UnreadableInputError
from .core import Item, ReaderOptions, Source, article_from_record, problem


class JsonlReader:
    name = "jsonl"
    suffixes = frozenset({".jsonl", ".ndjson", ".json"})

    def sniff(self, head: bytes, options: ReaderOptions) -> bool:
        return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"

    def read(self, stream: BinaryIO, source: Source, options: ReaderOptions) -> Iterator[Item]:
        if _peek(stream).lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"[":
            yield from self._read_array(stream, source, options)
            return
        for number, raw in enumerate(stream, start=1):
            line = raw.strip()
            if number == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line:
                continue
            where = f"{source.origin}:{number}"
            if b"\x00" in line:
                yield problem(UnreadableInputError("binary data, not a JSON line"), where)
                continue
            try:
                record = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield problem(UnreadableInputError(f"not UTF-8 text (byte {exc.start})"), where)
                continue
            except json.JSONDecodeError as exc:
                yield problem(BadRecordError(f"broken JSON ({exc.msg})"), where)
                continue
            try:
                yield article_from_record(record, where, f"{source.ident}-{number}", options.published,
                                          options.fields)
            except BadRecordError as exc:
                yield problem(exc, where)

    def _read_array(self, stream: BinaryIO, source: Source, options: ReaderOptions) -> Iterator[Item]:
        try:
            records = json.loads(stream.read().decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield problem(BadRecordError(f"broken JSON ({exc})"), source.origin)
            return
        for number, record in enumerate(records, start=1):
            where = f"{source.origin}:item {number}"
            try:
                yield article_from_record(record, where, f"{source.ident}-{number}", options.published,
                                          options.fields)
            except BadRecordError as exc:
                yield problem(exc, where)


def _peek(stream: BinaryIO) -> bytes:
    peek = getattr(stream, "peek", None)
    return bytes(peek(64)[:64]) if peek is not None else b""
