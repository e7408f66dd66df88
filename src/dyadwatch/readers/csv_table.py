"""CSV and TSV with a header row: one article per row, fields named as for JSONL.

Chosen by suffix (``.csv``, ``.tsv``) or when the first line is a header that names the text
column. Rows are streamed; a row that cannot be read is a problem named with its line number.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import BadRecordError, InputTooLargeError, UnreadableInputError
from .core import Item, ReaderOptions, Source, article_from_record, problem
from .limits import capped_lines

FIELD_LIMIT = 2**31 - 1  # the csv module's default (128 KiB a field) is smaller than an article
_ESCAPED = re.compile("[\udc80-\udcff]")  # the bytes surrogateescape could not decode


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
        # bytes that are not UTF-8 are kept as lone surrogates (surrogateescape) so that they cost
        # their own row only; a line over the cap is read past and its row is a problem
        too_long: list[int] = []
        lines = _decoded_lines(capped_lines(stream, options.max_line_bytes), too_long)
        first = next(lines, "").removeprefix("\ufeff")
        if too_long or _undecodable(first):
            yield problem(UnreadableInputError("the header line is not UTF-8 text or too long"), f"{source.origin}:1")
            return
        csv.field_size_limit(min(FIELD_LIMIT, options.max_record_bytes))  # an unclosed quote stops here
        delimiter = _delimiter(first, source.suffix)
        header = next(csv.reader([first], delimiter=delimiter), [])
        if options.fields.text not in header:
            message = f"no {options.fields.text!r} column in the header ({', '.join(header[:8])})"
            yield problem(BadRecordError(message), f"{source.origin}:1")
            return
        rows = csv.DictReader(lines, fieldnames=header, delimiter=delimiter)
        line = 1
        while True:
            start = line + 1
            where = f"{source.origin}:{start}"
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                line = rows.line_num + 1
                yield problem(BadRecordError(f"unreadable CSV row ({exc})"), where)
                continue
            line = rows.line_num + 1  # the header line was read apart
            if too_long and too_long[-1] >= start:
                yield problem(InputTooLargeError(f"a line over the limit of {options.max_line_bytes} bytes "
                                                 "(--max-line-bytes); row skipped"), where)
                continue
            if any(_undecodable(v) for v in row.values() if isinstance(v, str)):
                yield problem(UnreadableInputError("not UTF-8 text; row skipped"), where)
                continue
            try:
                yield article_from_record(row, where, f"{source.ident}-{start}", options.published, options.fields)
            except BadRecordError as exc:
                yield problem(exc, where)


def _decoded_lines(lines: Iterator[bytes | None], too_long: list[int]) -> Iterator[str]:
    for number, raw in enumerate(lines, start=1):
        if raw is None:
            too_long.append(number)
            yield "\n"
        else:
            yield raw.decode("utf-8", "surrogateescape")


def _undecodable(value: str) -> bool:
    return not value.isascii() and _ESCAPED.search(value) is not None


def _delimiter(first_line: str, suffix: str) -> str:
    if suffix == ".tsv" or ("\t" in first_line and "," not in first_line):
        return "\t"
    return ","
