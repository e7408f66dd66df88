"""What every reader shares: the options, the interface, problems, and the finishing step.

A reader turns one byte stream into raw :class:`~dyadwatch.records.Article` records or
:class:`Problem` records; :func:`finish` then repairs mojibake (ftfy), drops empty texts, skips
text that is not English (py3langid) and splits or skips articles over the size limit, the same
way for every reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any, BinaryIO, Protocol

from ..errors import BadRecordError, InputError, InputTooLargeError, NotEnglishError, UnreadableInputError
from ..records import Article
from .limits import clean_text

TITLE_MAX = 200
OVERSIZE = ("split", "skip")
LANGUAGE_SAMPLE = 600  # characters of a text the language detector looks at
LANGUAGE_MIN_LETTERS = 100  # shorter texts are not judged: the detector is unreliable on a sentence
LANGUAGE_MIN_PROB = 0.9  # only a confident verdict skips a text
MAX_INPUT_BYTES = 8 * 2**30  # one input, unpacked
MAX_LINE_BYTES = 8 * 2**20  # one JSONL or CSV line
MAX_RECORD_BYTES = 8 * 2**20  # one file read whole (text, HTML, feed, JSON array), one WARC record


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that did not become an article: where, and the coded error.

    ``skipped`` is True for inputs left out on purpose (text not in English): they are counted as
    skipped, not quarantined.
    """

    origin: str
    code: str
    message: str
    skipped: bool = False

    def __str__(self) -> str:
        return f"[{self.code}] {self.origin}: {self.message}"


Item = Article | Problem


@dataclass(frozen=True, slots=True)
class Fields:
    """Names of the fields (JSONL keys, CSV columns) an article is read from."""

    text: str = "text"
    date: tuple[str, ...] = ("published", "date")
    id: str = "id"
    title: str = "title"
    url: str = "url"
    source: str = "source"


@dataclass(frozen=True, slots=True)
class ReaderOptions:
    """Settings of the read stage.

    ``published``: the date of articles that carry none. ``max_chars``: the size limit of one
    article; ``oversize`` says what happens above it: ``split`` into parts at paragraph boundaries
    (ids ``<id>#p1``, ``<id>#p2``, ...) or ``skip`` (a D104 problem). ``languages``: the languages
    kept (an empty tuple keeps every text). ``fields``: field names of JSONL and CSV records.

    Hard caps, checked before anything is repaired or parsed: ``max_input_bytes`` (the bytes of
    one input after gzip is unpacked: what lies past it is not read, and a D104 problem says so),
    ``max_line_bytes`` (one JSONL or CSV line: a longer line is read past, never held, and is a
    D104 problem) and ``max_record_bytes`` (a file read whole, a JSON array, a WARC record).
    """

    published: date | None = None
    max_chars: int = 200_000
    oversize: str = "split"
    languages: tuple[str, ...] = ("en",)
    fields: Fields = field(default_factory=Fields)
    max_input_bytes: int = MAX_INPUT_BYTES
    max_line_bytes: int = MAX_LINE_BYTES
    max_record_bytes: int = MAX_RECORD_BYTES


@dataclass(slots=True)
class ReadStats:
    """Filled in while reading: bytes consumed (for progress), articles split and their parts."""

    bytes_done: int = 0
    split: int = 0
    parts: int = 0


@dataclass(frozen=True, slots=True)
class Source:
    """One input stream: where it comes from, the default article id, its file-name suffix."""

    origin: str
    ident: str
    suffix: str


class Reader(Protocol):
    """One input format: which file names and first bytes it claims, and how it reads a stream."""

    name: str
    suffixes: frozenset[str]

    def sniff(self, head: bytes, options: ReaderOptions) -> bool: ...

    def read(self, stream: BinaryIO, source: Source, options: ReaderOptions) -> Iterator[Item]: ...


def opens_as_markup(head: bytes, markers: tuple[bytes, ...]) -> bool:
    """The first bytes open with one of ``markers``, or an XML declaration followed by one."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(markers):
        return True
    return start.startswith(b"<?xml") and any(marker in start for marker in markers)


def problem(exc: InputError, origin: str) -> Problem:
    return Problem(origin, exc.code, exc.message, skipped=isinstance(exc, NotEnglishError))


# --- records (JSONL lines, CSV rows) ---------------------------------------------------------


def article_from_record(record: object, origin: str, default_id: str, published: date | None = None,
                        fields: Fields | None = None) -> Article:
    """An article from a JSON object or CSV row; raises :class:`BadRecordError` when it has no text."""
    names = fields or Fields()
    if not isinstance(record, Mapping):
        raise BadRecordError(f"a record must be a JSON object with a {names.text!r} field")
    text = record.get(names.text)
    if not isinstance(text, str):
        raise BadRecordError(f"no {names.text!r} string in the record")
    pub = published
    raw_date = next((record[k] for k in names.date if record.get(k)), None)
    if raw_date:
        pub = parse_date(raw_date)
        if pub is None:
            raise BadRecordError(f"{names.date[0]!r} is not a date: {raw_date!r}")
    ident = _opt_str(record.get(names.id))
    return Article(
        id=ident or default_id, text=text, title=_opt_str(record.get(names.title)), published=pub,
        source=_opt_str(record.get(names.source)), url=_opt_str(record.get(names.url)), origin=origin,
    )


def parse_date(raw: Any) -> date | None:
    """An ISO date (``2025-10-30``, ``2025-10-30T08:00Z``) or an e-mail/RSS date; None otherwise."""
    value = str(raw).strip()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


# --- text ------------------------------------------------------------------------------------


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


# UTF-8 read as Latin-1 or Windows-1252 leaves a lead byte (Â..ô) before a continuation byte
# (U+0080..U+00BF, or what cp1252 puts there: € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ)
_MOJIBAKE_SIGN = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                            "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
                            "\u2039\u203a\u20ac\u2122]")


def repair(text: str) -> str:
    """Mojibake repaired (``â€œ`` -> ``“``) with ftfy; curly quotes stay curly. Only a text with a
    sign of mojibake goes through ftfy (ASCII and clean Unicode are left alone, and fast)."""
    if text.isascii() or not _MOJIBAKE_SIGN.search(text):
        return text
    import ftfy

    return ftfy.fix_text(text, uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False)


class LanguageDetector:
    """py3langid, loaded on first use (about a second), judging the first 600 characters."""

    def __init__(self) -> None:
        self._identifier: Any = None

    def language(self, text: str) -> str | None:
        """The language of ``text`` when the detector is confident, else None (too short, unsure)."""
        sample = text[:LANGUAGE_SAMPLE]
        if sum(ch.isalpha() for ch in sample) < LANGUAGE_MIN_LETTERS:
            return None
        if self._identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        lang, prob = self._identifier.classify(sample)
        return str(lang) if prob >= LANGUAGE_MIN_PROB else None


_PARAGRAPH_END = re.compile(r"\n")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+")


def split_text(text: str, limit: int) -> list[str]:
    """Parts of at most ``limit`` characters, cut at paragraph ends (else sentence ends, else spaces)."""
    parts: list[str] = []
    current = ""
    for paragraph in text.split("\n"):
        for piece in _pieces(paragraph, limit):
            candidate = f"{current}\n{piece}" if current else piece
            if len(candidate) <= limit:
                current = candidate
            else:
                if current.strip():
                    parts.append(current.strip("\n"))
                current = piece
    if current.strip():
        parts.append(current.strip("\n"))
    return parts


def _pieces(paragraph: str, limit: int) -> Iterator[str]:
    """A paragraph, or cuts of it no longer than ``limit`` when it is longer."""
    rest = paragraph
    while len(rest) > limit:
        window = rest[:limit]
        cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
        if cut < limit // 4:
            cut = window.rfind(" ") + 1
        if cut < limit // 4:
            cut = limit
        yield rest[:cut].rstrip()
        rest = rest[cut:]
    yield rest


def finish(item: Item, options: ReaderOptions, detector: LanguageDetector | None,
           stats: ReadStats | None = None) -> Iterator[Item]:
    """The common end of every reader: skip or split oversize, repair (invisible characters, lone
    surrogates, mojibake), drop empty, skip non-English. Each part is repaired apart, so repair
    never runs on more than ``max_chars`` characters."""
    if isinstance(item, Problem):
        yield item
        return
    origin = item.origin or item.id
    # the size is checked before repair: ftfy on a huge text is slow, and a skipped text needs none
    if len(item.text) > options.max_chars and options.oversize == "skip":
        message = f"{len(item.text)} characters, over the limit of {options.max_chars}; skipped"
        yield problem(InputTooLargeError(message), origin)
        return
    pieces = [item.text] if len(item.text) <= options.max_chars else split_text(item.text, options.max_chars)
    texts = [t for t in (repair(clean_text(p)) for p in pieces) if t.strip()]
    if not texts:
        yield problem(UnreadableInputError("empty text"), origin)
        return
    if detector is not None and options.languages:
        lang = detector.language(texts[0])
        if lang is not None and lang not in options.languages:
            yield problem(NotEnglishError(f"not English ({lang}); skipped"), origin)
            return
    fields = {name: clean_text(value) for name in ("id", "title", "source", "url", "origin")
              if isinstance(value := getattr(item, name), str)}
    if fields.get("title"):
        fields["title"] = repair(fields["title"])
    article = replace(item, **fields, text=texts[0], published=item.published or options.published)
    if len(pieces) == 1:
        yield article
        return
    if stats is not None:
        stats.split += 1
        stats.parts += len(texts)
    for number, part in enumerate(texts, start=1):
        yield replace(article, id=f"{article.id}#p{number}", text=part)
