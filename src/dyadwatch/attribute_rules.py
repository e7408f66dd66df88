"""The matching step of spaCy's attribute ruler, by table lookup, with the same matches.

spaCy's ``AttributeRuler`` sets coarse tags, morphology and lemma exceptions from patterns: in
``en_core_web_sm`` 179 of them, nearly all one token long, testing a token's fine tag, its lower-cased
form or its dependency. Its general ``Matcher`` tries every pattern on every token, which costs about an
eighth of the whole parse (0.8 s of about 7 s for 80 news articles on one core). Patterns of that simple
kind can be looked up instead: each is filed under the fine tag or the word its first token must have,
and a token is tried only against the patterns filed under its own tag and word (and the few filed under
neither).

:func:`speed_up` gives a loaded pipeline's ruler the table when every one of its patterns is of a kind the
table reads (an attribute equal to a value, in a list or not in a list; no operators), and leaves the
ruler as spaCy made it otherwise. The matches are the very list spaCy's ``AttributeRuler.match`` gives
(tests compare them on real text), and spaCy's own ``set_annotations`` still applies them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# attributes whose value is a string (compared by its hash in the vocabulary), and boolean flags
STRING_ATTRS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "NORM": "NORM", "TAG": "TAG", "DEP": "DEP"}
FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE")
# the attributes a first token is filed under, the most telling first
FILING_ATTRS = ("LOWER", "ORTH", "NORM", "TAG", "DEP", *FLAG_ATTRS)
MAX_VERDICTS = 200_000  # rows whose verdict is kept; the store starts again when it is full


@dataclass(frozen=True)
class Test:
    """One attribute of one token: its value equal to one of ``values`` (or, ``negated``, to none of them)."""

    column: int  # position of the attribute in the token rows
    values: frozenset[int]
    negated: bool = False

    def passes(self, row: Sequence[int]) -> bool:
        return (row[self.column] in self.values) != self.negated


class RegexTest:
    """One string attribute of one token searched with a regular expression (``re.search``, as spaCy's
    REGEX predicate does); the verdict on each value is kept."""

    negated = False

    def __init__(self, column: int, expression: str, strings: Any) -> None:
        self.column = column
        self.expression = re.compile(expression)
        self.strings = strings
        self.verdicts: dict[int, bool] = {}

    def passes(self, row: Sequence[int]) -> bool:
        value = row[self.column]
        verdict = self.verdicts.get(value)
        if verdict is None:
            verdict = self.verdicts[value] = bool(self.expression.search(self.strings[value]))
        return verdict


@dataclass(frozen=True)
class Pattern:
    """A pattern of the ruler: its index (its attribute set) and one list of tests per token."""

    index: int
    tokens: tuple[tuple[Test | RegexTest, ...], ...]

    def fits(self, rows: Sequence[Sequence[int]], start: int) -> bool:
        if start + len(self.tokens) > len(rows):
            return False
        return all(test.passes(rows[start + k]) for k, tests in enumerate(self.tokens) for test in tests)


class RuleTable:
    """The ruler's patterns filed by what their first token must be."""

    def __init__(self, patterns: Sequence[Pattern], columns: Sequence[str], keys: Sequence[int]) -> None:
        self.columns = tuple(columns)
        self.keys = tuple(keys)  # the matcher's key of each pattern index (the hash of its index as text)
        self.filed: list[dict[int, list[Pattern]]] = [{} for _ in self.columns]
        self.unfiled: list[Pattern] = []
        # what a token's row of attributes matches, by row (rows repeat: "the" is nearly always DT and det)
        self.verdicts: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[Pattern, ...]]] = {}
        for pattern in patterns:
            self._file(pattern)

    def _file(self, pattern: Pattern) -> None:
        first = {self.columns[test.column]: test for test in pattern.tokens[0]
                 if isinstance(test, Test) and not test.negated}
        for name in FILING_ATTRS:
            test = first.get(name)
            if test is not None:
                for value in test.values:
                    self.filed[test.column].setdefault(value, []).append(pattern)
                return
        self.unfiled.append(pattern)

    def rows(self, doc: Any) -> list[list[int]]:
        from spacy.attrs import IDS

        return doc.to_array([IDS[name] for name in self.columns]).tolist()  # type: ignore[no-any-return]

    def first_tokens(self, row: Sequence[int]) -> tuple[tuple[int, ...], tuple[Pattern, ...]]:
        """The indices of the one-token patterns a token with ``row`` matches, and the longer patterns whose
        first token it matches."""
        candidates = [p for column, table in enumerate(self.filed) for p in table.get(row[column], ())]
        fitting = [p for p in (*candidates, *self.unfiled) if all(test.passes(row) for test in p.tokens[0])]
        return (tuple(p.index for p in fitting if len(p.tokens) == 1),
                tuple(p for p in fitting if len(p.tokens) > 1))

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """``(index, key, start, end)`` of every match, sorted, as ``AttributeRuler.match`` gives them."""
        rows = self.rows(doc) if len(doc) else []
        found: set[tuple[int, int, int]] = set()
        verdicts = self.verdicts
        if len(verdicts) > MAX_VERDICTS:
            verdicts.clear()
        for start, row in enumerate(rows):
            key = tuple(row)
            verdict = verdicts.get(key)
            if verdict is None:
                verdict = verdicts[key] = self.first_tokens(row)
            singles, longer = verdict
            for index in singles:
                found.add((index, start, start + 1))
            for pattern in longer:
                if pattern.fits(rows, start):
                    found.add((pattern.index, start, start + len(pattern.tokens)))
        return [(index, self.keys[index], start, end) for index, start, end in sorted(found)]


def compile_patterns(patterns: Iterable[Mapping[str, Any]], strings: Any) -> RuleTable | None:
    """The ruler's patterns (``AttributeRuler.patterns``: dicts with "patterns" and "index", in order) as a
    table; None when one of them tests something the table cannot read."""
    columns: list[str] = []
    compiled: list[Pattern] = []
    keys: list[int] = []
    for index, entry in enumerate(patterns):
        keys.append(strings.add(str(index)))
        for token_specs in entry["patterns"]:
            tokens = []
            for spec in token_specs:
                tests = [_test(name, value, columns, strings) for name, value in spec.items()]
                if not tests or any(test is None for test in tests):
                    return None
                tokens.append(tuple(t for t in tests if t is not None))
            if not tokens:
                return None
            compiled.append(Pattern(index, tuple(tokens)))
    return RuleTable(compiled, columns, keys)


def _test(name: str, value: Any, columns: list[str], strings: Any) -> Test | RegexTest | None:
    name = name.upper()
    if name in STRING_ATTRS:
        column_name = STRING_ATTRS[name]
        encode: Callable[[Any], int | None] = lambda v: strings.add(v) if isinstance(v, str) else None  # noqa: E731
    elif name in FLAG_ATTRS:
        column_name = name
        encode = lambda v: int(v) if isinstance(v, bool) else None  # noqa: E731
    else:
        return None
    if isinstance(value, dict) and name in STRING_ATTRS and set(value) == {"REGEX"} \
            and isinstance(value["REGEX"], str):
        if column_name not in columns:
            columns.append(column_name)
        return RegexTest(columns.index(column_name), value["REGEX"], strings)
    if isinstance(value, dict):
        if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN"):
            return None
        (operator, listed), = value.items()
        values = [encode(v) for v in listed]
        negated = operator == "NOT_IN"
    else:
        values, negated = [encode(value)], False
    if any(v is None for v in values):
        return None
    if column_name not in columns:
        columns.append(column_name)
    return Test(columns.index(column_name), frozenset(v for v in values if v is not None), negated)


def speed_up(nlp: Any) -> bool:
    """Give ``nlp``'s attribute ruler the table when all its patterns fit one; True when it did."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    table = compile_patterns(ruler.patterns, nlp.vocab.strings)
    if table is None:
        return False
    ruler.match = table.match
    return True
