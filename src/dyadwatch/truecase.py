"""Case for lower-cased news, so that the parser sees names and sentence starts.

Archives and some wires publish news in lower case ("prime minister atal bihari vajpayee on
thursday assured parliament ..."). A parser trained on cased text reads such text badly: names
become verbs and nouns, and the parse around them breaks. :class:`NameCaser` writes a cased copy
of a lower-cased block for the parser:

- the first letter of each sentence, and a lone "i";
- names the knowledge base and the gazetteer write with capitals ("Atal Bihari Vajpayee",
  "VHP", "New Delhi"), and week days; a month name only next to a number ("march 15");
- a one-word name only when its lower-case form is no English word ("modi", "gujarat"), since
  "brown", "bush" or "may" in lower-case text are more often words than names; country names are
  the exception ("china", "turkey": in news they are the country).

Case changes no length, so every offset still points into the source text. Text that is already
cased (most sentence starts upper case) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

_WORD = re.compile(r"\S+")
_CORE = re.compile(r"[^\W_](?:[\w.'’&-]*[^\W_])?\.?")  # the word inside its punctuation: "(vhp)," -> "vhp"
_START = r"(?:^|[.!?][\"'”’)]*\s+)[\"'“‘(]*"  # the text's start or a sentence end, then opening quotes
_SENTENCE_START = re.compile(_START + r"([a-z])")  # a sentence that starts lower case
_ANY_START = re.compile(_START + r"[^\W\d_]")  # the first letter of any sentence
_LONE_I = re.compile(r"(?<![\w'’])i(?=(?:['’](?:m|ve|ll|d))?(?![\w'’]))")
_MONTHS = "(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# "march 15", "2 may", "15 march": a month name next to a day number ("march" alone is a protest)
_MONTH_BY_NUMBER = re.compile(rf"\b{_MONTHS}(?=\s+\d{{1,2}}\b)|(?<=\b\d\s){_MONTHS}\b|(?<=\b\d\d\s){_MONTHS}\b")
# a full stop that ends these ends no sentence: "u.s.", "k.", "mr.", "gen."
_ABBREVIATION = re.compile(
    r"(?:\b(?:[a-z]\.)+|\b(?:mr|mrs|ms|dr|st|gen|lt|col|maj|capt|prof|sen|rep|gov|no|vs|jr|sr)\.)$")
WEEK_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# a text is lower-cased when at most this share of its sentences start with a capital
CASED_STARTS = 0.5
MAX_NAME_WORDS = 6


def is_caseless(text: str) -> bool:
    """True when ``text`` reads as lower-cased news: at most half its sentences start with a capital
    (an acronym or a name inside may still be upper case)."""
    starts = [m.group(0)[-1] for m in _ANY_START.finditer(text)]
    return bool(starts) and sum(c.isupper() for c in starts) <= CASED_STARTS * len(starts)


class NameCaser:
    """Writes the cased form of known names, sentence starts and calendar words into caseless text.

    ``names`` maps a lower-case phrase (words joined by single spaces) to its cased form of the
    same length.
    """

    def __init__(self, names: Mapping[str, str]) -> None:
        self.names: Mapping[str, str] = MappingProxyType(
            {k: v for k, v in names.items() if len(k) == len(v) and v.lower() == k})
        self.max_words = max((k.count(" ") + 1 for k in self.names), default=1)

    @classmethod
    def build(cls, countries: Iterable[str], names: Iterable[str], english_words: frozenset[str],
              stop_words: frozenset[str]) -> NameCaser:
        """A caser over ``countries`` (country names and adjectives, cased even when they are English
        words: "turkey", "german") and other ``names``; a one-word name that is an English word
        (``english_words``, lower case) is left out unless it is a two-letter acronym ("EU"), and a
        stop word or a name written without a capital always is."""
        table: dict[str, str] = {}

        def add(name: str, a_country_word: bool) -> None:
            name = " ".join(name.split())
            if name.lower().startswith("the "):
                name = name[4:]
            key = name.lower()
            if not name or name == key or key in table or key in stop_words:
                return
            two_letters = len(key) == 2 and name.isupper()  # "EU", "UN": two-letter words are stop words
            if " " not in key and key in english_words and not (a_country_word or two_letters):
                return
            table[key] = name

        for name in countries:
            add(name, True)
        for name in (*names, *WEEK_DAYS):
            add(name, False)
        return cls(table)

    def case(self, text: str) -> str:
        """``text`` with names and sentence starts cased when it is caseless; else ``text`` itself."""
        if not is_caseless(text):
            return text
        chars = list(text)
        words = [(m.start(), m.group(0)) for m in _WORD.finditer(text)]
        cores: list[tuple[int, int, str] | None] = []
        for start, word in words:
            core = _CORE.search(word)
            cores.append((start + core.start(), start + core.end(), core.group(0)) if core else None)
        n = 0
        while n < len(words):
            found = self._longest_name(text, words, cores, n)
            if found is None:
                n += 1
                continue
            width, begin, end = found
            cased = iter(self.names[" ".join(text[begin:end].lower().split())].replace(" ", ""))
            for k in range(begin, end):
                if not chars[k].isspace():
                    chars[k] = next(cased)
            n += width
        for match in _SENTENCE_START.finditer(text):
            if not _ABBREVIATION.search(text, 0, match.start() + 1):
                chars[match.start(1)] = chars[match.start(1)].upper()
        for match in (*_LONE_I.finditer(text), *_MONTH_BY_NUMBER.finditer(text)):
            chars[match.start()] = chars[match.start()].upper()
        return "".join(chars)

    def _longest_name(self, text: str, words: list[tuple[int, str]], cores: list[tuple[int, int, str] | None],
                      n: int) -> tuple[int, int, int] | None:
        """The longest known name from the ``n``-th word: (words, start, end), or None. Inner words
        must have no punctuation around them ("new delhi" but not "new, delhi"); a name may end
        before a full stop ("u.s." or "delhi.")."""
        for width in range(min(self.max_words, len(words) - n), 0, -1):
            span = cores[n:n + width]
            if any(c is None for c in span):
                continue
            first, last = span[0], span[-1]
            assert first is not None and last is not None
            bare = all(c is not None and c[0] == w[0] and c[1] == w[0] + len(w[1])
                       for c, w in zip(span[1:], words[n + 1:n + width], strict=True))
            if not bare or (width > 1 and first[1] != words[n][0] + len(words[n][1])):
                continue
            begin, end = first[0], last[1]
            for stop in (end, end - 1) if text[end - 1] == "." else (end,):
                if " ".join(text[begin:stop].lower().split()) in self.names:
                    return width, begin, stop
        return None
