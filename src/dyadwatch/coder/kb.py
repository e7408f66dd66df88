"""The actor knowledge base: countries, metonyms, organisations, office holders, sector words.

The facts live in versioned TSV files under ``dyadwatch/data/kb`` (UTF-8; the first line is a
``# dyadwatch actor kb v1 ...`` comment, the second the column header; later lines starting with
``#`` are comments; multi-values are separated by ``|``). :func:`load_knowledge` reads and checks
them and returns one immutable :class:`ActorKnowledge`; a malformed row raises
:class:`~dyadwatch.errors.KnowledgeBaseError` (``[D302]``) naming the file and line.

Office terms run from ``start`` (inclusive) to ``end`` (exclusive: the handover day belongs to
the successor); an empty ``end`` means still in office.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType

from ..errors import KnowledgeBaseError
from ..truecase import NameCaser

__all__ = [
    "KB_VERSION",
    "OFFICES",
    "SECTORS",
    "ActorKnowledge",
    "Country",
    "HomeName",
    "Metonym",
    "OfficeHolder",
    "Organisation",
    "load_knowledge",
]

KB_VERSION = "actors-v1"

MAGIC = "# dyadwatch actor kb v1"

OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "trade_minister"})

# CAMEO/PLOVER actor sector codes the tables may use: state, non-state political, society, international.
_STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY"})
_POLITICAL_SECTORS = frozenset({"PTY", "REB", "OPP"})
_SOCIETY_SECTORS = frozenset(
    {"BUS", "MED", "JRN", "CVL", "REL", "EDU", "LAB", "AGR", "REF", "ELI", "CRM", "ENV", "HRI"}
)
SECTORS = _STATE_SECTORS | _POLITICAL_SECTORS | _SOCIETY_SECTORS | {"IGO", "NGO"}

_ISO3 = re.compile(r"[A-Z]{3}")
_ORG_CODE = re.compile(r"[A-Z][A-Z0-9]{1,9}")


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Metonym:
    phrase: str
    iso3: str
    sector: str


@dataclass(frozen=True, slots=True)
class HomeName:
    """A lower-case word that names a country's own body only in a story about that country ("the centre":
    India's central government in an Indian story, a place or a building anywhere else)."""

    phrase: str
    iso3: str
    sector: str
    name: str


@dataclass(frozen=True, slots=True)
class Organisation:
    code: str
    name: str
    aliases: tuple[str, ...]
    sector: str
    home: str | None = None  # the country a non-state group belongs to


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    name: str
    aliases: tuple[str, ...]
    iso3: str
    sector: str
    office: str
    start: date
    end: date | None

    def holds_office_on(self, day: date) -> bool:
        """Whether ``day`` falls in the term: ``start <= day < end`` (open-ended if no end)."""
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class ActorKnowledge:
    countries: tuple[Country, ...]
    metonyms: tuple[Metonym, ...]
    organisations: tuple[Organisation, ...]
    office_holders: tuple[OfficeHolder, ...]
    sector_words: Mapping[str, str]
    version: str
    home_names: tuple[HomeName, ...] = ()
    women: frozenset[str] = frozenset()  # the office holders who are women, by name (``women.tsv``)


class _Row:
    """One data line of a table, with what is needed to blame it."""

    __slots__ = ("fields", "file", "line")

    def __init__(self, file: str, line: int, fields: dict[str, str]) -> None:
        self.file = file
        self.line = line
        self.fields = fields

    def fail(self, problem: str) -> KnowledgeBaseError:
        return KnowledgeBaseError(f"{self.file} line {self.line}: {problem}")

    def text(self, column: str, *, required: bool = True) -> str:
        value = self.fields[column].strip()
        if required and not value:
            raise self.fail(f"empty {column!r}")
        return value

    def many(self, column: str) -> tuple[str, ...]:
        value = self.fields[column].strip()
        if not value:
            return ()
        parts = tuple(p.strip() for p in value.split("|"))
        if any(not p for p in parts):
            raise self.fail(f"empty item in {column!r}: {value!r}")
        return parts

    def sector(self, column: str = "sector") -> str:
        value = self.text(column)
        if value not in SECTORS:
            raise self.fail(f"unknown sector {value!r}")
        return value

    def day(self, column: str, *, required: bool = True) -> date | None:
        value = self.text(column, required=required)
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(f"{column!r} is not an ISO date: {value!r}") from None


def _rows(directory: Traversable, file: str, columns: tuple[str, ...]) -> Iterator[_Row]:
    try:
        text = directory.joinpath(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise KnowledgeBaseError(f"{file}: cannot read the table ({err})") from None
    lines = text.splitlines()
    if not lines or not lines[0].startswith(MAGIC):
        raise KnowledgeBaseError(f"{file} line 1: expected a '{MAGIC} ...' comment")
    if len(lines) < 2 or tuple(lines[1].split("\t")) != columns:
        raise KnowledgeBaseError(f"{file} line 2: expected the header {'<TAB>'.join(columns)}")
    for number, line in enumerate(lines[2:], start=3):
        if not line.strip() or line.startswith("#"):
            continue
        values = line.split("\t")
        if len(values) != len(columns):
            raise KnowledgeBaseError(f"{file} line {number}: expected {len(columns)} columns, found {len(values)}")
        yield _Row(file, number, dict(zip(columns, values, strict=True)))


def _countries(directory: Traversable) -> tuple[Country, ...]:
    out: list[Country] = []
    seen: set[str] = set()
    for row in _rows(directory, "countries.tsv", ("iso3", "name", "aliases", "adjectives", "capitals")):
        iso3 = row.text("iso3")
        if not _ISO3.fullmatch(iso3):
            raise row.fail(f"{iso3!r} is not an ISO 3166-1 alpha-3 code")
        if iso3 in seen:
            raise row.fail(f"duplicate iso3 {iso3!r}")
        seen.add(iso3)
        out.append(Country(iso3, row.text("name"), row.many("aliases"), row.many("adjectives"), row.many("capitals")))
    return tuple(out)


def _metonyms(directory: Traversable, iso3s: frozenset[str]) -> tuple[Metonym, ...]:
    out: list[Metonym] = []
    for row in _rows(directory, "metonyms.tsv", ("phrase", "iso3", "sector")):
        iso3 = row.text("iso3")
        if iso3 not in iso3s:
            raise row.fail(f"unknown iso3 {iso3!r}")
        out.append(Metonym(row.text("phrase"), iso3, row.sector()))
    return tuple(out)


def _organisations(directory: Traversable, iso3s: frozenset[str]) -> tuple[Organisation, ...]:
    out: list[Organisation] = []
    seen: set[str] = set()
    for row in _rows(directory, "organisations.tsv", ("code", "name", "aliases", "sector", "home")):
        code = row.text("code")
        if not _ORG_CODE.fullmatch(code):
            raise row.fail(f"bad organisation code {code!r}")
        if code in seen or code in iso3s:
            raise row.fail(f"organisation code {code!r} is already used")
        seen.add(code)
        home = row.text("home", required=False) or None
        if home is not None and home not in iso3s:
            raise row.fail(f"unknown home country {home!r}")
        out.append(Organisation(code, row.text("name"), row.many("aliases"), row.sector(), home))
    return tuple(out)


def _office_holders(directory: Traversable, actors: frozenset[str]) -> tuple[OfficeHolder, ...]:
    out: list[OfficeHolder] = []
    columns = ("name", "aliases", "iso3", "sector", "office", "start", "end")
    for row in _rows(directory, "office_holders.tsv", columns):
        iso3 = row.text("iso3")
        if iso3 not in actors:
            raise row.fail(f"unknown country or organisation {iso3!r}")
        office = row.text("office")
        if office not in OFFICES:
            raise row.fail(f"unknown office {office!r}")
        start = row.day("start")
        end = row.day("end", required=False)
        if start is None or (end is not None and end <= start):
            raise row.fail(f"term ends ({end}) before it starts ({start})")
        out.append(OfficeHolder(row.text("name"), row.many("aliases"), iso3, row.sector(), office, start, end))
    return tuple(out)


def _women(directory: Traversable, holders: tuple[OfficeHolder, ...]) -> frozenset[str]:
    names = {h.name for h in holders}
    out: set[str] = set()
    for row in _rows(directory, "women.tsv", ("name",)):
        name = row.text("name")
        if name not in names:
            raise row.fail(f"{name!r} is no office holder's name in office_holders.tsv")
        out.add(name)
    return frozenset(out)


def _home_names(directory: Traversable, iso3s: frozenset[str]) -> tuple[HomeName, ...]:
    out: list[HomeName] = []
    seen: set[tuple[str, str]] = set()
    for row in _rows(directory, "home_names.tsv", ("phrase", "iso3", "sector", "name")):
        phrase, iso3 = row.text("phrase"), row.text("iso3")
        if phrase != phrase.lower():
            raise row.fail(f"home name {phrase!r} is not lower-case")
        if len(phrase.split()) != 1:
            raise row.fail(f"home name {phrase!r} is not one word (a name of more words belongs in metonyms.tsv)")
        if iso3 not in iso3s:
            raise row.fail(f"unknown iso3 {iso3!r}")
        if (iso3, phrase) in seen:
            raise row.fail(f"duplicate home name {phrase!r} of {iso3}")
        seen.add((iso3, phrase))
        out.append(HomeName(phrase, iso3, row.sector(), row.text("name")))
    return tuple(out)


def _sector_words(directory: Traversable) -> Mapping[str, str]:
    words: dict[str, str] = {}
    for row in _rows(directory, "sectors.tsv", ("word", "sector")):
        word = row.text("word")
        if word != word.lower():
            raise row.fail(f"sector word {word!r} is not lower-case")
        if word in words:
            raise row.fail(f"duplicate sector word {word!r}")
        words[word] = row.sector()
    return MappingProxyType(words)


def load_knowledge(directory: Path | None = None) -> ActorKnowledge:
    """Load and check the knowledge base from ``directory`` (default: the packaged tables)."""
    where: Traversable = (
        directory if directory is not None else resources.files("dyadwatch").joinpath("data").joinpath("kb")
    )
    countries = _countries(where)
    iso3s = frozenset(c.iso3 for c in countries)
    organisations = _organisations(where, iso3s)
    actors = iso3s | {o.code for o in organisations}
    return ActorKnowledge(
        countries=countries,
        metonyms=_metonyms(where, iso3s),
        organisations=organisations,
        office_holders=(holders := _office_holders(where, actors)),
        sector_words=_sector_words(where),
        version=KB_VERSION,
        home_names=_home_names(where, iso3s),
        women=_women(where, holders),
    )


def caser_for(kb: ActorKnowledge, cities: Iterable[str] = ()) -> NameCaser:
    """The :class:`NameCaser` of the actor knowledge base (countries, their adjectives and capitals,
    metonyms, organisations, office holders' names of two words or more) plus ``cities``; English words are
    those of Webster's Second (the ``english-words`` package), stop words spaCy's."""
    from english_words import get_english_words_set
    from spacy.lang.en.stop_words import STOP_WORDS

    english = frozenset(w for w in get_english_words_set(["web2"], alpha=True) if w.islower())
    countries = [name for c in kb.countries for name in (c.name, *c.aliases, *c.adjectives)]
    names: list[str] = [name for c in kb.countries for name in c.capitals]
    names += [m.phrase for m in kb.metonyms]
    names += [name for o in kb.organisations for name in (o.name, *o.aliases)]
    # a person by one word ("yunus", "bush") is left lower case: the actor coder takes a lone lower-case
    # word for no one, and a surname alone names too many people
    names += [name for h in kb.office_holders for name in (h.name, *h.aliases) if " " in name.strip()]
    names += sorted(cities)
    return NameCaser.build(countries, names, english, frozenset(STOP_WORDS))
