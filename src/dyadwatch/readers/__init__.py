"""Readers: files, folders and stdin to :class:`~dyadwatch.records.Article` records.

One module per format, each behind the :class:`~.core.Reader` interface: ``text`` (plain text,
Markdown), ``html_page`` (trafilatura), ``jsonl`` and ``csv_table`` (configurable field names),
``feed`` (RSS/Atom, feedparser) and ``warc`` (warcio). A format is chosen by the first bytes of
the input as well as by its file name (:func:`choose_reader`); gzip is unpacked on the way.

Every input item comes out as an :class:`Article` or as a :class:`Problem` (a bad line, a binary
or empty file, undecodable text, an article over the size limit with ``oversize="skip"``, a text
not in English) so that one bad input never stops the batch and never goes unreported. A path
that does not exist raises :class:`~dyadwatch.errors.MissingInputError` before anything is read.
Inputs are streamed: JSONL, CSV and WARC files are never held whole in memory.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO

from ..errors import InputError, InputTooLargeError, MissingInputError, RecordFailedError, UnreadableInputError
from .core import (
    OVERSIZE,
    Fields,
    Item,
    LanguageDetector,
    Problem,
    Reader,
    ReaderOptions,
    ReadStats,
    Source,
    article_from_record,
    finish,
    problem,
    split_text,
    split_title,
)
from .csv_table import CsvReader
from .feed import FeedReader
from .html_page import HtmlReader
from .jsonl import JsonlReader
from .limits import GZIP_MAGIC, Capped, Gunzip
from .text import TextReader
from .warc import WarcReader

__all__ = [
    "OVERSIZE",
    "READERS",
    "Fields",
    "Item",
    "LanguageDetector",
    "Problem",
    "ReadStats",
    "Reader",
    "ReaderOptions",
    "article_from_record",
    "check_paths",
    "choose_reader",
    "input_size",
    "read_inputs",
    "read_stream",
    "split_text",
    "split_title",
]

# In the order they are asked: the first whose sniff() claims the first bytes wins.
READERS: tuple[Reader, ...] = (WarcReader(), FeedReader(), HtmlReader(), JsonlReader(), CsvReader(), TextReader())
HEAD = 8192
BUFFER = 1 << 16


def check_paths(inputs: Iterable[str]) -> list[str]:
    paths = list(inputs)
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise MissingInputError(f"no such file or directory: {p}")
    return paths


def input_files(spec: str) -> list[Path]:
    path = Path(spec)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    return [path]


def input_size(inputs: Iterable[str]) -> int | None:
    """Bytes in all the input files, or None when one is stdin (for a progress bar's total)."""
    total = 0
    for spec in inputs:
        if spec == "-":
            return None
        total += sum(p.stat().st_size for p in input_files(spec) if p.exists())
    return total


def read_inputs(inputs: Iterable[str], published: date | None = None, max_chars: int = 200_000,
                stdin: IO[str] | IO[bytes] | None = None, options: ReaderOptions | None = None,
                stats: ReadStats | None = None, detector: LanguageDetector | None = None) -> Iterator[Item]:
    """Articles and problems from every input, in order; directories are read recursively.

    ``options`` wins over ``published`` and ``max_chars``; ``stats`` is filled in as reading goes;
    ``detector`` may be shared between calls (it loads its model on first use).
    """
    opts = options or ReaderOptions(published=published, max_chars=max_chars)
    detector = detector or LanguageDetector()
    stats = stats if stats is not None else ReadStats()
    for spec in check_paths(inputs):
        if spec == "-":
            source = Source("stdin", "stdin", "")
            stream = _stdin_stream(stdin)
            yield from _finished(read_stream(stream, source, opts), opts, detector, stats)
            continue
        root = Path(spec)
        for file in input_files(spec):
            ident = _stem(file.relative_to(root)) if root.is_dir() else _stem(Path(file.name))
            source = Source(str(file), ident, _suffix(file))
            yield from _finished(_read_file(file, source, opts, stats), opts, detector, stats)


def _finished(items: Iterator[Item], options: ReaderOptions, detector: LanguageDetector,
              stats: ReadStats) -> Iterator[Item]:
    for item in items:
        try:
            yield from finish(item, options, detector, stats)
        except Exception as exc:  # a bug on one record quarantines that record, never the run
            yield problem(RecordFailedError(f"{type(exc).__name__}: {exc}"),
                          getattr(item, "origin", None) or getattr(item, "id", "?"))


def _read_file(path: Path, source: Source, options: ReaderOptions, stats: ReadStats) -> Iterator[Item]:
    try:
        raw = path.open("rb", buffering=0)
    except OSError as exc:
        yield problem(UnreadableInputError(f"cannot read: {exc.strerror}"), source.origin)
        return
    capped = Capped(_Counted(raw, stats), options.max_input_bytes)  # type: ignore[arg-type]
    with io.BufferedReader(capped, buffer_size=BUFFER) as stream:
        try:
            yield from read_stream(stream, source, options)
        except OSError as exc:
            yield problem(UnreadableInputError(f"cannot read: {exc}"), source.origin)
    raw.close()
    if capped.over_limit:
        yield problem(InputTooLargeError(f"over the limit of {options.max_input_bytes} bytes "
                                         "(--max-input-bytes); the rest was not read"), source.origin)


def read_stream(stream: io.BufferedReader, source: Source, options: ReaderOptions) -> Iterator[Item]:
    """Raw articles and problems from one byte stream, by its first bytes and its suffix.

    gzip data is unpacked on the way; damage in it ends the data where the good bytes end, so
    every complete record before it is read, and is then one D102 problem. A reader that fails
    unexpectedly costs the rest of its input (one D107 problem), never the run."""
    head = stream.peek(HEAD)[:HEAD]
    if not head:
        yield problem(UnreadableInputError("empty file"), source.origin)
        return
    if head.startswith(GZIP_MAGIC):
        gunzip = Gunzip(stream, limit=options.max_input_bytes)
        unpacked = io.BufferedReader(gunzip, buffer_size=BUFFER)
        if unpacked.peek(1) or not gunzip.damage:
            yield from read_stream(unpacked, source, options)
        if gunzip.over_limit:
            yield problem(InputTooLargeError(f"over the limit of {options.max_input_bytes} bytes unpacked "
                                             "(--max-input-bytes); the rest was not read"), source.origin)
        elif gunzip.damage:
            where = f"{source.origin}:byte {gunzip.produced}"
            yield problem(UnreadableInputError(f"{gunzip.damage}; what came before it was read"), where)
        return
    reader = choose_reader(head, source.suffix, options)
    if reader is None:
        yield problem(UnreadableInputError("binary file, not text"), source.origin)
        return
    try:
        yield from reader.read(stream, source, options)
    except InputError as exc:
        yield problem(exc, source.origin)
    except Exception as exc:  # a bug in a reader: its input ends here, the run goes on
        yield problem(RecordFailedError(f"{type(exc).__name__}: {exc}; the rest of this input was not read"),
                      source.origin)


def choose_reader(head: bytes, suffix: str, options: ReaderOptions | None = None) -> Reader | None:
    """The reader for an input: a clear signature in the first bytes (WARC, a feed, HTML) first,
    then the file name's suffix, then weaker signs (a JSON object, a CSV header); None for binary
    data no reader claims; plain text otherwise."""
    opts = options or ReaderOptions()
    strong, weak = READERS[:3], READERS[3:5]
    for reader in strong:
        if reader.sniff(head, opts):
            return reader
    for reader in READERS[:-1]:  # a text suffix (.txt, .md, none) says less than the weak signs below
        if suffix in reader.suffixes:
            return reader
    if b"\x00" in head:
        return None
    for reader in weak:
        if reader.sniff(head, opts):
            return reader
    return READERS[-1]


def _stdin_stream(stdin: IO[str] | IO[bytes] | None) -> io.BufferedReader:
    if stdin is None:
        binary = sys.stdin.buffer
        if isinstance(binary, io.BufferedReader):
            return binary
        return io.BufferedReader(binary, buffer_size=BUFFER)  # type: ignore[arg-type]
    data = stdin.read()
    return io.BufferedReader(io.BytesIO(data.encode("utf-8") if isinstance(data, str) else data))


def _stem(path: Path) -> str:
    name = str(path)
    for suffix in (".gz", _suffix(Path(name.removesuffix(".gz")))):
        if suffix:
            name = name.removesuffix(suffix)
    return name


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


class _Counted(io.RawIOBase):
    """A raw file that adds the bytes read to ``stats.bytes_done`` (for a progress bar)."""

    def __init__(self, raw: io.FileIO, stats: ReadStats) -> None:
        self._raw = raw
        self._stats = stats

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        n = self._raw.readinto(buffer) or 0
        self._stats.bytes_done += n
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()
