"""CSV and TSV with a header row: one article per row, fields named as for JSONL.

Chosen by suffix (``.csv``, ``.tsv``) or when the first line is a header that names the text
column. Rows are streamed; a row that cannot be read is a problem named with its line number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import BadRecordError, UnreadableInputError
from .core import Item, ReaderOptions, Source, article_from_record, problem

FIELD_LIMIT = 2**31 - 1  # the csv module's default (128 KiB a field) is smaller than an article


class CsvReader:
    name = "csv"
    suffixes = frozenset({".csv", ".tsv"})

    def sniff(self, head: bytes, options: ReaderOptions) -> bool:
        first = head.removeprefix(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("utf-8", "replace").strip()
        delimiter = _delimiter(first, "")
        if delimiter not in first:
            return False
        cells = [c.strip().strip('"') for c in first.split(delimiter)]
        return options.fields.text in cells

    def read(self, stream: BinaryIO, source: Source, options: ReaderOptions) -> Iterator[Item]:
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
        try:
            first = text.readline()
        except UnicodeDecodeError as exc:
            yield problem(UnreadableInputError(f"not UTF-8 text (byte {exc.start})"), source.origin)
            return
        if csv.field_size_limit() < FIELD_LIMIT:
            csv.field_size_limit(FIELD_LIMIT)
        delimiter = _delimiter(first, source.suffix)
        header = next(csv.reader([first], delimiter=delimiter), [])
        if options.fields.text not in header:
            message = f"no {options.fields.text!r} column in the header ({', '.join(header[:8])})"
            yield problem(BadRecordError(message), f"{source.origin}:1")
            return
        rows = csv.DictReader(text, fieldnames=header, delimiter=delimiter)
        line = 1
        while True:
            start = line + 1
            try:
                row = next(rows)
            except StopIteration:
                return
            except UnicodeDecodeError as exc:
                yield problem(UnreadableInputError(f"not UTF-8 text (byte {exc.start}); rest of file not read"),
                              f"{source.origin}:{start}")
                return
            except csv.Error as exc:
                line = rows.line_num + 1
                yield problem(BadRecordError(f"unreadable CSV row ({exc})"), f"{source.origin}:{start}")
                continue
            line = rows.line_num + 1  # the header line was read apart
            where = f"{source.origin}:{start}"
            try:
                yield article_from_record(row, where, f"{source.ident}-{start}", options.published, options.fields)
            except BadRecordError as exc:
                yield problem(exc, where)


def _delimiter(first_line: str, suffix: str) -> str:
    if suffix == ".tsv" or ("\t" in first_line and "," not in first_line):
        return "\t"
    return ","
