"""Hard limits and safe byte plumbing for the readers: nothing unbounded, nothing readable lost.

- :class:`Gunzip` unpacks gzip data member by member with :mod:`zlib` and never loses what it has
  unpacked: damage (a cut-off stream, junk after the last member, a corrupt block) ends the data
  cleanly where the good bytes end and is kept in :attr:`Gunzip.damage` for the reader to report.
- :class:`Capped` counts the (decompressed) bytes of one input and stops at a limit.
- :func:`read_whole` reads a file that is one record (text, HTML, a feed) up to a limit.
- :func:`capped_lines` yields lines up to a limit; a longer line is skipped without being held in
  memory and yielded as ``None`` (the reader names it as a problem).
- :func:`clean_text` drops lone surrogates (they break the parser, the output and the store),
  invisible format characters (a zero-width joiner inside "India" hides the country) and
  control characters.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import InputTooLargeError

CHUNK = 1 << 16
GZIP_MAGIC = b"\x1f\x8b"
# lone UTF-16 surrogates (JSON "\ud83d" decodes to one), and the invisible format characters
# (Unicode category Cf: zero-width space/joiners, directional marks, soft hyphen, word joiner, BOM)
_SURROGATE = re.compile("[\ud800-\udfff]")
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
                        "\ufff9-\ufffb]")


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # C0 controls but tab, newline, return


def clean_text(text: str) -> str:
    """``text`` without lone surrogates (each becomes U+FFFD), invisible format characters, and
    control characters (NUL and the like become spaces)."""
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    if text.isascii():
        return text
    return _INVISIBLE.sub("", _SURROGATE.sub("\ufffd", text))


class Gunzip(io.RawIOBase):
    """The unpacked bytes of a gzip stream (several members too); damage ends the data, never raises.

    ``damage`` names what went wrong (None for a whole stream). ``limit`` caps the unpacked bytes:
    past it the data ends and ``over_limit`` is True.
    """

    def __init__(self, raw: BinaryIO, limit: int | None = None) -> None:
        self._raw = raw
        self._inflater = zlib.decompressobj(wbits=31)
        self._feed = b""  # compressed bytes to give the inflater before reading more
        self._pending = b""
        self._done = False
        self._limit = limit
        self.produced = 0
        self.damage: str | None = None
        self.over_limit = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending and not self._done:
            self._fill()
        n = min(len(buffer), len(self._pending))
        if self._limit is not None and self.produced + n > self._limit:
            n = max(0, self._limit - self.produced)
            self.over_limit, self._done = True, True
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:] if not self.over_limit else b""
        self.produced += n
        return n

    def _read_raw(self) -> bytes:
        if self._feed:
            data, self._feed = self._feed, b""
            return data
        try:
            return self._raw.read(CHUNK)
        except OSError as exc:
            self.damage = f"cannot read: {exc}"
            return b""

    def _fill(self) -> None:
        inflater = self._inflater
        data = inflater.unconsumed_tail or self._read_raw()
        if not data:
            if self.damage is None and not inflater.eof:
                self.damage = "the gzip data is cut short"
            self._done = True
            return
        try:
            self._pending = inflater.decompress(data, CHUNK * 4)
        except zlib.error as exc:
            self.damage, self._done = f"damaged gzip data ({exc})", True
            return
        if inflater.eof:
            self._next_member(inflater.unused_data)

    def _next_member(self, rest: bytes) -> None:
        while len(rest) < 2 or not rest.strip(b"\x00"):
            more = self._read_raw()
            if not more:
                if rest.strip(b"\x00"):
                    self.damage = "junk after the end of the gzip data"
                self._done = True
                return
            rest = rest.lstrip(b"\x00") + more
        rest = rest.lstrip(b"\x00")
        if not rest.startswith(GZIP_MAGIC):
            self.damage, self._done = "junk after the end of the gzip data", True
            return
        self._inflater = zlib.decompressobj(wbits=31)
        self._feed = rest


class Capped(io.RawIOBase):
    """At most ``limit`` bytes of ``raw``; ``over_limit`` tells whether more were there."""

    def __init__(self, raw: BinaryIO, limit: int) -> None:
        self._raw = raw
        self._left = limit
        self.over_limit = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._left <= 0:
            if not self.over_limit and self._raw.read(1):
                self.over_limit = True
            return 0
        want = min(len(buffer), self._left)
        data = self._raw.read(want)
        n = len(data)
        buffer[:n] = data
        self._left -= n
        return n


def read_whole(stream: BinaryIO, limit: int, what: str = "file") -> bytes:
    """All of ``stream`` when it holds at most ``limit`` bytes; else :class:`InputTooLargeError`
    (having read no more than ``limit + 1`` bytes)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLargeError(f"{what} over the limit of {limit} bytes (--max-record-bytes); skipped")
    return data


def capped_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of ``stream`` (with their ``\\n``); a line over ``limit`` bytes is read past in
    chunks, never held whole, and yielded as ``None``."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield line
            continue
        if not line.endswith(b"\n"):
            while True:
                rest = stream.readline(CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
        yield None
