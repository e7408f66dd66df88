"""Readers: files, folders and stdin to :class:`~dyadwatch.records.Article` records.

Every input item comes out as an :class:`Article` or as a :class:`Problem` (bad line, binary or
empty file, undecodable text, article over the size limit) so that one bad input never stops
the batch and never goes unreported. A path that does not exist raises
:class:`~dyadwatch.errors.MissingInputError` before anything is read.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from .errors import BadRecordError, InputTooLargeError, MissingInputError, UnreadableInputError
from .records import Article

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ""})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
TITLE_MAX = 200


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not become an article: where, and the coded error."""

    origin: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"[{self.code}] {self.origin}: {self.message}"


Item = Article | Problem


def check_paths(inputs: Iterable[str]) -> list[str]:
    paths = list(inputs)
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise MissingInputError(f"no such file or directory: {p}")
    return paths


def read_inputs(inputs: Iterable[str], published: date | None = None, max_chars: int = 200_000,
                stdin: IO[str] | None = None) -> Iterator[Item]:
    """Articles and problems from every input, in order; directories are read recursively."""
    for spec in check_paths(inputs):
        if spec == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield from read_text_blob(stream.read(), "stdin", "stdin", published, max_chars)
            continue
        path = Path(spec)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for file in files:
                yield from read_file(file, published, max_chars, ident=str(file.relative_to(path)))
        else:
            yield from read_file(path, published, max_chars)


def read_file(path: Path, published: date | None, max_chars: int, ident: str | None = None) -> Iterator[Item]:
    origin = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield _problem(UnreadableInputError(f"cannot read: {exc.strerror}"), origin)
        return
    if b"\x00" in raw[:8192]:
        yield _problem(UnreadableInputError("binary file, not text"), origin)
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield _problem(UnreadableInputError(f"not UTF-8 text (byte {exc.start})"), origin)
        return
    if path.suffix.lower() in JSONL_SUFFIXES or _looks_like_jsonl(text):
        yield from read_jsonl_text(text, origin, path.stem, published, max_chars)
    else:
        yield from read_text_blob(text, origin, ident or path.stem, published, max_chars)


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip()[:1]
    return first == "{" and text.lstrip().split("\n", 1)[0].rstrip().endswith("}")


def split_title(text: str) -> tuple[str | None, str]:
    """The first line is a title when a blank line or a second line without end punctuation follows."""
    lines = text.lstrip("\n").split("\n")
    if len(lines) < 2:
        return None, text
    first, second = lines[0].strip(), lines[1].strip()
    if not first or len(first) > TITLE_MAX or first[-1] in ".!?\"”":
        return None, text
    if second == "" or (second[-1:] not in (".", "!", "?", "\"", "”")):
        body = "\n".join(lines[1:]).lstrip("\n")
        return first, body
    return None, text


def read_text_blob(text: str, origin: str, ident: str, published: date | None, max_chars: int) -> Iterator[Item]:
    if not text.strip():
        yield _problem(UnreadableInputError("empty text"), origin)
        return
    title, body = split_title(text)
    if len(body) > max_chars:
        yield _problem(InputTooLargeError(f"{len(body)} characters, over the limit of {max_chars}; skipped"), origin)
        return
    yield Article(id=ident, text=body, title=title, published=published, origin=origin)


def read_jsonl_text(text: str, origin: str, stem: str, published: date | None, max_chars: int) -> Iterator[Item]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _problem(BadRecordError(f"broken JSON ({exc.msg})"), where)
            continue
        try:
            yield article_from_record(record, where, f"{stem}-{number}", published, max_chars)
        except (BadRecordError, InputTooLargeError, UnreadableInputError) as exc:
            yield _problem(exc, where)


def article_from_record(record: object, origin: str, default_id: str, published: date | None,
                        max_chars: int) -> Article:
    if not isinstance(record, dict):
        raise BadRecordError("a line must be a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str):
        raise BadRecordError("no 'text' string in the record")
    if not text.strip():
        raise UnreadableInputError("empty text")
    if len(text) > max_chars:
        raise InputTooLargeError(f"{len(text)} characters, over the limit of {max_chars}; skipped")
    pub = published
    raw_date = record.get("published") or record.get("date")
    if raw_date:
        try:
            pub = date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            raise BadRecordError(f"'published' is not an ISO date: {raw_date!r}") from None
    ident = record.get("id")
    return Article(
        id=str(ident) if ident is not None else default_id, text=text,
        title=_opt_str(record.get("title")), published=pub, source=_opt_str(record.get("source")),
        url=_opt_str(record.get("url")), origin=origin,
    )


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def _problem(exc: BadRecordError | UnreadableInputError | InputTooLargeError, origin: str) -> Problem:
    return Problem(origin, exc.code, exc.message)
