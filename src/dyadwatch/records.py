"""The records that flow between stages: frozen, typed, model-free.

Stages never pass spaCy objects around: the parser adapter turns its output into
:class:`Sentence` and :class:`Token` records, so that every later stage can be tested on a
hand-built parse (see ``dyadwatch.parse.build_sentence``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .errors import BadRecordError


@dataclass(frozen=True, slots=True)
class Article:
    """One news story. ``text`` is the body that spans point into (the title is kept apart)."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None  # where it was read from: "path" or "path:line"

    def __post_init__(self) -> None:
        if isinstance(self.published, str):
            # Article("a1", text, published="2025-09-24"), as a caller of the library may write it: every stage
            # compares dates, so the string becomes one here, or the record is refused with its id named
            try:
                object.__setattr__(self, "published", date.fromisoformat(self.published))
            except ValueError as exc:
                raise BadRecordError(f"article {self.id!r}: published {self.published!r} is not a date "
                                     "(YYYY-MM-DD)") from exc


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a parsed sentence; ``i`` and ``head`` index the sentence's tokens."""

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    start: int  # character offset in the article text
    ent_type: str = ""
    ent_iob: str = "O"

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def is_alpha(self) -> bool:
        return self.text.isalpha()

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity: tokens ``start`` .. ``end`` (exclusive) of its sentence."""

    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    entities: tuple[Entity, ...] = ()
    # each token's dependents, in sentence order: every stage asks for them, many times a sentence (a token's ``i``
    # is its place in ``tokens``, as the parser and ``build_sentence`` make them)
    _dependents: tuple[tuple[int, ...], ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        dependents: list[list[int]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i and 0 <= t.head < len(dependents):
                dependents[t.head].append(t.i)
        object.__setattr__(self, "_dependents", tuple(tuple(d) for d in dependents))

    def children(self, i: int) -> list[Token]:
        if not 0 <= i < len(self._dependents):
            return []
        return [self.tokens[j] for j in self._dependents[i]]

    def subtree(self, i: int) -> list[Token]:
        """Token ``i`` and everything below it, in sentence order."""
        if not 0 <= i < len(self._dependents):
            return []
        keep = {i}
        stack = [i]
        while stack:
            for j in self._dependents[stack.pop()]:
                if j not in keep:
                    keep.add(j)
                    stack.append(j)
        return [self.tokens[j] for j in sorted(keep)]

    def ancestors(self, i: int) -> list[Token]:
        out: list[Token] = []
        seen = {i}
        cur = self.tokens[i]
        while cur.head != cur.i and cur.head not in seen:
            seen.add(cur.head)
            cur = self.tokens[cur.head]
            out.append(cur)
        return out


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    article: Article
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts or is acted upon: a person, a state, an organisation or a group."""

    text: str
    name: str | None
    country: str | None
    sector: str | None
    kind: str = "country"  # person | country | organisation | group
    span: tuple[int, int] | None = None  # characters of the article text that name it
    # where the country comes from: None (the text names it), "story" (a domestic party with no
    # country of its own, given the country the article is about), "act" (a stance on an act told
    # before, "rejected the call", given the codes of whoever did that act), or how an unplaced party was
    # placed: "place", "opening", "represented", "owner", "governed", "title", "reporter", "in play", "nearby", "pair",
    # "holder", "speaker" ("the foreign minister said the country would ...": the speaker's state), "rivals" (an
    # opposition a country's party acts on) (README)
    country_source: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        source = self.country_source or ("text" if self.country else None)
        return {"text": self.text, "name": self.name, "country": self.country, "sector": self.sector,
                "country_source": source}


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor found in a sentence: tokens ``start`` .. ``end`` (exclusive), its head token."""

    sentence_index: int
    start: int
    end: int
    head: int
    actor: Actor
    members: tuple[Actor, ...] = ()  # for compound actors ("the two leaders"): each party


@dataclass(frozen=True, slots=True)
class Location:
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "name": self.name, "country": self.country,
                "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True, slots=True)
class Quantity:
    measure: str
    from_value: float | None
    to_value: float | None
    unit: str | None

    def to_dict(self) -> dict[str, object]:
        return {"measure": self.measure, "from": self.from_value, "to": self.to_value,
                "unit": self.unit}


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: Actor | None
    text: str
    cue: str | None
    via: str | None
    sentence_index: int
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Warning:
    code: str
    message: str
    sentence_index: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event, with its provenance (article, sentence, character span, coder)."""

    id: str
    article_id: str
    event_type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    quad_class: int | None
    goldstein: float | None
    actor: Actor
    recipient: Actor | None
    date: str | None
    date_text: str | None
    location: Location | None
    modality: str
    negated: bool
    quantity: Quantity | None
    speaker: Actor | None
    sentence_index: int
    span: tuple[int, int]
    sentence: str
    trigger: str
    confidence: float
    coder: str
    # the text dates the act well before the article ("the 2001 attack" in a 2002 story)
    background: bool = False
    # the other tellings of the same act in the article: (sentence index, span start, span end)
    retellings: tuple[tuple[int, int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Rejected:
    """A candidate event the screen left out of the output, and why."""

    event: Event
    reason: str


@dataclass(frozen=True, slots=True)
class CodedArticle:
    article: Article
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[Warning, ...] = ()
    sentences: tuple[Sentence, ...] = field(default=(), repr=False)
    # candidate events the screen left out, each with its reason (``dyadwatch code --explain``)
    rejected: tuple[Rejected, ...] = field(default=(), repr=False)
