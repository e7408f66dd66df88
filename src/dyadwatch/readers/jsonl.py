"""JSONL (one article per line) and JSON arrays of articles, read line by line.

The text, date, id, title and URL fields are configurable (:class:`~.core.Fields`). A line that
is broken JSON, binary, not UTF-8 or has no text is a problem named with its line number; the
lines around it are read as usual. The file is streamed, never read whole (a JSON array is).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import BadRecordError, InputTooLargeError, RecordFailedError, UnreadableInputError
from .core import Item, ReaderOptions, Source, article_from_record, problem
from .limits import capped_lines, read_whole


class JsonlReader:
    name = "jsonl"
    suffixes = frozenset({".jsonl", ".ndjson", ".json"})

    def sniff(self, head: bytes, options: ReaderOptions) -> bool:
        return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"

    def read(self, stream: BinaryIO, source: Source, options: ReaderOptions) -> Iterator[Item]:
        if _peek(stream).lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"[":
            yield from self._read_array(stream, source, options)
            return
        for number, raw in enumerate(capped_lines(stream, options.max_line_bytes), start=1):
            where = f"{source.origin}:{number}"
            if raw is None:
                yield problem(InputTooLargeError(f"line over the limit of {options.max_line_bytes} bytes "
                                                 "(--max-line-bytes); skipped"), where)
                continue
            line = raw.strip()
            if number == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line:
                continue
            if b"\x00" in line:
                yield problem(UnreadableInputError("binary data, not a JSON line"), where)
                continue
            yield _line_item(line, where, f"{source.ident}-{number}", options)

    def _read_array(self, stream: BinaryIO, source: Source, options: ReaderOptions) -> Iterator[Item]:
        try:
            records = json.loads(read_whole(stream, options.max_record_bytes, "JSON array").decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield problem(BadRecordError(f"broken JSON ({exc})"), source.origin)
            return
        except RecursionError:
            yield problem(BadRecordError("broken JSON (nested too deeply)"), source.origin)
            return
        if not isinstance(records, list):
            records = [records]
        for number, record in enumerate(records, start=1):
            where = f"{source.origin}:item {number}"
            try:
                yield article_from_record(record, where, f"{source.ident}-{number}", options.published,
                                          options.fields)
            except BadRecordError as exc:
                yield problem(exc, where)


def _line_item(line: bytes, where: str, default_id: str, options: ReaderOptions) -> Item:
    """One JSONL line as an article, or the problem with it (any failure costs this line only)."""
    try:
        record = json.loads(line.decode("utf-8"))
        return article_from_record(record, where, default_id, options.published, options.fields)
    except UnicodeDecodeError as exc:
        return problem(UnreadableInputError(f"not UTF-8 text (byte {exc.start})"), where)
    except json.JSONDecodeError as exc:
        return problem(BadRecordError(f"broken JSON ({exc.msg})"), where)
    except RecursionError:
        return problem(BadRecordError("broken JSON (nested too deeply)"), where)
    except BadRecordError as exc:
        return problem(exc, where)
    except Exception as exc:  # a bug on one line quarantines the line
        return problem(RecordFailedError(f"{type(exc).__name__}: {exc}"), where)


def _peek(stream: BinaryIO) -> bytes:
    peek = getattr(stream, "peek", None)
    return bytes(peek(64)[:64]) if peek is not None else b""
