"""Mentions: the knowledge base as a phrase index, and the actors each sentence names.

:class:`ActorIndex` turns the knowledge base (``dyadwatch.coder.kb``) into a phrase index once per
pipeline; :func:`find_mentions` finds, in one sentence, the longest phrases the index knows (countries,
their adjectives and capitals, organisations, office holders, titles) as :class:`~dyadwatch.records.Mention`.
``ArticleActors`` (``coder/actors.py``) resolves arguments with them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from types import MappingProxyType

from ..records import Actor, Mention, Sentence, Token
from .actorwords import PLACE_LABELS, TITLE_WORDS
from .gazetteer import Gazetteer
from .homenames import home_name_actors
from .kb import ActorKnowledge, OfficeHolder
from .longer_names import (
    inside_a_longer_name,
    inside_a_name,
    joined_in_a_longer_name,
    joined_to_a_prefix,
    name_goes_on,
    names_a_treaty,
    names_an_office,
    own_short_name,
    start_of_longer_place,
)
from .phrases import hyphens_joined, hyphens_joined_at, surname

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
_SPACES = re.compile(r"\s+")
_PIECE = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Candidate:
    kind: str  # person | country | capital | adjective | metonym | organisation
    name: str
    country: str | None
    sector: str | None
    holders: tuple[OfficeHolder, ...] = ()


KIND_RANK: Mapping[str, int] = MappingProxyType(
    {"person": 0, "organisation": 1, "metonym": 2, "capital": 3, "country": 4, "adjective": 5}
)


def phrase_key(text: str) -> str:
    """A phrase as it is written, lower-cased, with single spaces (so "to go" is not "Togo")."""
    return _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip().lower()


def first_piece(text: str) -> str:
    """The leading run of letters and digits, lower-cased ("u" of "U.S.", "people" of "People's")."""
    match = _PIECE.match(text.lower())
    return match.group(0) if match else text[:1].lower()


def tokens_text(tokens: list[Token]) -> str:
    """The text the tokens cover, with a space wherever the source had whitespace."""
    parts = [tokens[0].text]
    for before, token in pairwise(tokens):
        parts.append((" " if token.start > before.end else "") + token.text)
    return "".join(parts)


def word_starts(tokens: list[Token]) -> list[Token]:
    """The tokens that begin a written word: "Lee Jae-myung" is written with two capitals ("myung" follows a
    hyphen)."""
    return [t for k, t in enumerate(tokens) if t.is_alpha and (k == 0 or t.start > tokens[k - 1].end
                                                               or tokens[k - 1].text not in ("-", "\u2010"))]


# words that make a phrase a government's minister or ministry, whatever modifies them
MINISTER_WORDS = frozenset({"minister", "ministers", "ministry", "ministries"})
TRADE_UNION_WORDS = frozenset({"union", "unions"})
STUDENT_WORDS = frozenset({"student", "students", "students'"})
# sectors that put a minister out of the government: an opposition's or rebels' "ministers"
OUT_OF_GOVERNMENT = frozenset({"OPP", "REB"})
# the titles an opposition's front bench holds "in shadow" (Westminster's "shadow home secretary"); not "the shadow
# fleet" or "shadow banking"
SHADOW = "shadow"
SHADOWED_TITLES = frozenset({"secretary", "secretaries", "minister", "ministers", "chancellor", "cabinet",
                             "spokesman", "spokeswoman", "spokesperson", "attorney", "treasurer", "leader"})
# small words inside family names, written in lower case ("Alberto van Klaveren", "Ursula von der Leyen")
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "das", "do", "dos", "del", "della", "di", "du",
                            "la", "le", "ter", "ten", "bin", "al", "el", "e"})


def name_before_particles(sentence: Sentence, start: int) -> int | None:
    """Where a person's name begins when the word at ``start`` is its family name after small words ("Lars van den
    Broek", whose "Broek" the parser may tag as a place): the first of the capitalised words before the small
    words; None when no small word, or no capitalised name, comes before."""
    k = start - 1
    while k >= 0 and sentence.tokens[k].text in NAME_PARTICLES:
        k -= 1
    if k == start - 1 or k < 0:
        return None
    first = k
    while first >= 0 and sentence.tokens[first].pos == "PROPN" and sentence.tokens[first].text[:1].isupper():
        first -= 1
    return first + 1 if first < k else None


def written_as_a_name(tokens: list[Token]) -> bool:
    """Every word of the name is capitalised, but for small words inside it ("van Klaveren"), which a capitalised
    word must follow."""
    starts = word_starts(tokens)
    return not starts or (starts[-1].text[:1].isupper() and all(
        t.text[:1].isupper() or t.lower in NAME_PARTICLES for t in starts))


def is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 0 < len(letters) <= 4 and all(c.isupper() for c in letters)


class ActorIndex:
    """Phrase index over the knowledge base; built once, read by every article."""

    def __init__(self, kb: ActorKnowledge, places: Gazetteer | None = None) -> None:
        table: dict[str, list[Candidate]] = {}

        def add(phrase: str, cand: Candidate) -> None:
            phrase = phrase.strip()
            if phrase.lower().startswith("the "):
                phrase = phrase[4:]
            if not phrase:
                return
            key = phrase_key(phrase)
            if is_acronym(phrase):
                key = "=" + _SPACES.sub(" ", phrase).strip()
            table.setdefault(key, []).append(cand)

        for c in kb.countries:
            for phrase in (c.name, *c.aliases):
                add(phrase, Candidate("country", c.name, c.iso3, "GOV"))
            for phrase in c.adjectives:
                add(phrase, Candidate("adjective", c.name, c.iso3, None))
            for phrase in c.capitals:
                add(phrase, Candidate("capital", c.name, c.iso3, "GOV"))
        for m in kb.metonyms:
            add(m.phrase, Candidate("metonym", m.phrase, m.iso3, m.sector))
        for o in kb.organisations:
            for phrase in (o.name, *o.aliases):
                add(phrase, Candidate("organisation", o.name, o.home, o.sector))
        # an international body's own code by its name, for those who speak for it ("EU Commissioner Marta Kos")
        self.body_codes: Mapping[str, str] = MappingProxyType({o.name: o.code for o in kb.organisations})
        people: dict[str, list[OfficeHolder]] = {}
        for h in kb.office_holders:
            for phrase in {h.name, *h.aliases}:
                people.setdefault(phrase, []).append(h)
        for phrase, holders in people.items():
            add(phrase, Candidate("person", holders[0].name, None, None, tuple(holders)))
        self._table: Mapping[str, tuple[Candidate, ...]] = MappingProxyType(
            {k: tuple(sorted(v, key=lambda c: KIND_RANK[c.kind])) for k, v in table.items()}
        )
        # the first word-piece of every phrase: a token that starts none is skipped at once
        self.starts = frozenset(first_piece(key.lstrip("=")) for key in table)
        self.max_tokens = 6
        self.sector_words: Mapping[str, str] = kb.sector_words
        self.state_names = frozenset(c.name for c in kb.countries)  # what a state (or its capital) resolves to
        self.holders = kb.office_holders
        terms: dict[str, list[OfficeHolder]] = {}
        for holder in kb.office_holders:
            terms.setdefault(holder.name, []).append(holder)
        self.terms: Mapping[str, tuple[OfficeHolder, ...]] = MappingProxyType({k: tuple(v) for k, v in terms.items()})
        self.women = kb.women  # the listed people who are women; the others listed are men
        self.version = kb.version
        self.places = places
        self.home_names = home_name_actors(kb)

    def lookup(self, tokens: list[Token]) -> tuple[Candidate, ...]:
        text = tokens_text(tokens)
        exact = self._table.get("=" + text)
        if exact:
            return exact
        if is_acronym(text) and len(tokens) == 1:
            return ()
        return self._table.get(phrase_key(text), ())

    def title_sector(self, words: list[str], at: int) -> str | None:
        """The sector of a title of two to four words that holds the word at ``at`` ("attorney - general" read as
        "attorney-general")."""
        words, where = hyphens_joined_at(words)
        at = where[at]
        sizes = (4, 3, 2, 1) if "-" in words[at] else (4, 3, 2)  # one hyphened word may be a title of its own
        spans = ((k, n) for n in sizes for k in range(max(0, at - n + 1), min(at, len(words) - n) + 1))
        return next((sec for k, n in spans if (sec := self.sector_word(" ".join(words[k:k + n])))), None)

    def sector_word(self, key: str) -> str | None:
        """The sector a word or phrase names, hyphened or not ("attorney-general" as "attorney general")."""
        return self.sector_words.get(key) or (
            self.sector_words.get(key.replace("-", " ")) if "-" in key else None)

    def sector_of(self, words: list[str]) -> str | None:
        words = hyphens_joined(words)  # "secretary - general" as the parser splits it: no general
        if SHADOW in words and not SHADOWED_TITLES.isdisjoint(words[words.index(SHADOW) + 1:]):
            return "OPP"  # "the shadow housing secretary", "the shadow chancellor": the opposition's front bench
        for n in (4, 3, 2):
            for k in range(len(words) - n + 1):
                sector = self.sector_word(" ".join(words[k:k + n]))
                if sector:
                    return sector
        # one word alone: a minister is of a government whatever portfolio the words before name ("the union
        # health minister" is of India's central government, not of a trade union; "the parliamentary affairs
        # minister" is no legislator), unless they put them out of it ("the opposition's shadow minister"); the
        # portfolios with sectors of their own are longer rows ("defence minister")
        minister = not MINISTER_WORDS.isdisjoint(words)
        if not minister and not TRADE_UNION_WORDS.isdisjoint(words) and STUDENT_WORDS.isdisjoint(words):
            return "LAB"  # "the nurses' union Tehy", "the teachers' union": a trade union, whatever its trade
        people = None  # a word for private people before a word of another sector qualifies it: "the National
        # Police Service", "citizen journalists"
        for word in words:
            sector = self.sector_word(word)
            if sector == "CVL":
                people = people or sector
            elif sector and (not minister or word in MINISTER_WORDS or sector in OUT_OF_GOVERNMENT):
                return sector
        return people

    def office_word(self, word: str) -> bool:
        """A title or a word of a sector ("President", "Senate"), lower-cased; a word for private people ("national",
        "resident") is none: "the National Democratic Party" of Suriname is a longer name."""
        return word in TITLE_WORDS or self.sector_of([word]) not in (None, "CVL")

    def titled_name(self, sentence: Sentence, phrase: list[Token], head: int) -> str | None:
        """The name in "TITLE NAME": a proper-noun head whose compound modifiers hold a title or sector
        word, followed by proper nouns only; else None."""
        token = sentence.tokens[head]
        # lower-cased news: the parser takes a name's last word for a common noun ("sp chief mulayam singh yadav")
        lowered_name = token.pos == "NOUN" and token.tag == "NN" and lower_cased(sentence)
        if (token.pos != "PROPN" and not lowered_name) or self.sector_of([token.lower]) is not None or (
                lowered_name and token.lower in TITLE_WORDS):
            return None
        before = [t for t in phrase if t.i < head and t.dep in ("compound", "amod", "flat")]
        marked = [t for t in before if t.lower in TITLE_WORDS or self.sector_of([t.lower]) is not None]
        if not marked:
            return None
        given = [t for t in before if t.i > marked[-1].i]
        if any(t.pos != "PROPN" for t in given) or (lowered_name and not given):
            return None
        tail = [t for t in phrase if t.i > head]
        if len(tail) == 1 and self.family_name_after(sentence, token) is tail[0]:
            given, token = [*given, token], tail[0]
        return " ".join(t.text for t in [*given, token])

    def family_name_after(self, sentence: Sentence, name: Token) -> Token | None:
        """The common noun right after a name's last word that heads it, in lower-cased news, where the parser takes
        a family name for the head noun ("sp chief mulayam singh yadav": "yadav"); None for a title or a party word
        ("singh minister") and in text with capitals."""
        if name.dep != "compound" or name.head != name.i + 1 or not lower_cased(sentence):
            return None
        noun = sentence.tokens[name.head]
        if noun.pos != "NOUN" or noun.tag != "NN" or noun.lower in TITLE_WORDS or self.sector_of([noun.lower]):
            return None
        return noun

    def holder_for(self, country: str, office: str, day: date | None) -> OfficeHolder | None:
        """Who held ``office`` of ``country`` on ``day``; no one when there is no day (an undated
        "the US president" names no person)."""
        if day is None:
            return None
        best: OfficeHolder | None = None
        for h in self.holders:
            if h.iso3 == country and h.office == office:
                if day is None or h.holds_office_on(day):
                    return h
                if best is None or h.start > best.start:
                    best = h
        return best

    def out_of_office(self, name: str | None, day: date | None) -> bool:
        """A listed person who held none of their listed offices on ``day``."""
        terms = self.terms.get(name or "")
        return bool(terms) and day is not None and not any(t.holds_office_on(day) for t in terms)

    def former_holder(self, name: str | None, day: date | None) -> bool:
        """The person held a listed office that ended before ``day``."""
        return day is not None and any(t.end is not None and t.end <= day for t in self.terms.get(name or "", ()))

    def term_warning(self, name: str | None, day: date | None) -> str | None:
        """The W202 message for a person titled as in office on ``day``, outside all their listed terms."""
        if day is None or not self.out_of_office(name, day):
            return None
        terms = self.terms.get(name or "", ())
        spans = ", ".join(f"{t.office} {t.start.isoformat()}..{t.end.isoformat() if t.end else ''}" for t in terms)
        return f"{name} is titled as in office on {day.isoformat()}, outside their terms ({spans})"


def pick_holder(holders: tuple[OfficeHolder, ...], day: date | None) -> OfficeHolder:
    if day is not None:
        for h in holders:
            if h.holds_office_on(day):
                return h
    return max(holders, key=lambda h: h.start)


def name_word_tagged_det(tokens: tuple[Token, ...], at: int) -> bool:
    """A name's first word the parser tags as a determiner: written with a capital inside the sentence, no article
    ("the opposition All People's Congress")."""
    return at > 0 and tokens[at].text[:1].isupper() and tokens[at].lower not in ("the", "a", "an")


def find_mentions(sentence: Sentence, index: ActorIndex, day: date | None) -> list[Mention]:
    """Every knowledge-base match in the sentence, longest first, without overlaps."""
    mentions: list[Mention] = []
    tokens = sentence.tokens
    # lower-cased news (archives, some wires) names people in lower case: a full name of two words or more
    # still names them ("tony blair"), a lone lower-case word does not ("brown", "may")
    caseless = not any(c.isupper() for c in sentence.text)
    # in a sentence written in case, a name is written with a capital: "labour unions" are no Labour Party,
    # "turkey" is no Turkey (lower-cased news begins its sentences in lower case; a stray "Â" is no word)
    in_case = next((t.text[0].isupper() for t in tokens if t.is_alpha and len(t.text) > 1), False)
    i = 0
    while i < len(tokens):
        if first_piece(tokens[i].text) not in index.starts:
            i += 1
            continue
        found = None
        for width in range(min(index.max_tokens, len(tokens) - i), 0, -1):
            span = list(tokens[i:i + width])
            if span[0].pos == "PUNCT" or (span[0].pos == "DET" and not name_word_tagged_det(tokens, i)) or (
                    span[-1].pos == "PUNCT" and not closes_a_bracket(span)):
                continue
            cands = index.lookup(span)
            if cands:
                found = (width, cands)
                break
        if found is None:
            i += 1
            continue
        width, cands = found
        cand = cands[0]
        span_tokens = tokens[i:i + width]
        if in_case and not any(c.isupper() for t in span_tokens for c in t.text):
            i += width
            continue
        if cand.kind == "person" and not written_as_a_name(span_tokens) and not (
                caseless and (width >= 2 or titled(tokens, i))):
            i += width
            continue
        if cand.kind == "person" and _cut_name(sentence, i, i + width):
            i += 1  # "President Xi" of "President Xi Jinping": look again from the next word
            continue
        if cand.kind == "person" and another_given_name(sentence, i, cand):
            i += width  # "Sajith Premadasa" is not Ranasinghe Premadasa
            continue
        if cand.kind == "person" and width == 1 and named_as_a_place(sentence, i):
            i += width  # "shelled army positions near Masisi" (a town of North Kivu), not Botswana's former president
            continue
        if cand.kind == "organisation" and width == 1 and ends_a_person_s_name(tokens, i, index):
            i += width  # "Congo's foreign minister, Thérèse Kayikwamba Wagner" is no Wagner Group
            continue
        if cand.kind != "person" and inside_a_name(sentence, i, cand.kind == "adjective"):
            i += width  # "Volker Turk" is no Turk, "Michael Jordan" no Jordan, the "Královo Pole" district no Pole
            continue
        if cand.kind == "organisation" and inside_a_longer_name(
                sentence, i, i + width, mentions[-1].end if mentions else 0, index.office_word):
            i += width  # the Gambia's "United Democratic Party" is no Democratic Party of the United States
            continue
        if cand.kind == "organisation" and width == 1 and own_short_name(
                sentence, i, cand.name, mentions[-1].end if mentions else 0):
            i += width  # Suriname's "Progressive Reform Party (VHP)" is no Vishwa Hindu Parishad
            continue
        if cand.kind == "organisation" and joined_in_a_longer_name(sentence, i):
            i += width  # the African Union's "Peace and Security Council" is not the UN Security Council
            continue
        if cand.kind != "person" and joined_to_a_prefix(tokens, i):
            # the "Inter-American" Commission, "Pan-African" bodies: of many countries, not of one
            body = body_of_many(sentence, i)
            if body is not None:
                mentions.append(body)
            i = body.end if body is not None else i + width
            continue
        if cand.kind != "person" and start_of_longer_place(sentence, i, i + width, cand.country, index.places):
            i += width  # "San Juan de Lurigancho" is a district of Lima, not San Juan, Puerto Rico
            continue
        if cand.kind == "capital" and names_a_treaty(tokens, i + width):
            i += width  # "the Vienna Convention", "the Paris Agreement": where a treaty was made, no party to it
            continue
        if cand.kind == "organisation" and cand.sector == "PTY" and name_goes_on(tokens, i + width):
            i += width  # "the Democratic Party of Socialists" (Montenegro) is no Democratic Party of the United States
            continue
        if caseless and cand.kind == "organisation" and cand.sector == "PTY" and width == 1 and described_as_a_thing(
                sentence, i, index):
            i += width  # lower-cased news: "the surplus labour", "cheap labour" are no Labour Party
            continue
        if cand.kind == "organisation" and cand.sector == "PTY" and names_an_office(tokens, i, i + width):
            i += width  # "the Ministry of Labour", "the Labour Code" are no Labour Party
            continue
        head = next((t.i for t in span_tokens if not (i <= t.head < i + width) or t.head == t.i), i + width - 1)
        actor = actor_of(cand, span_tokens, day)
        if cand.kind == "metonym" and (owner := owning_state(sentence, mentions, i)) is not None:
            # "Pakistan's Foreign Office", "the German Foreign Office": a state's own office of that name
            actor = Actor(actor.text, owner.name, owner.country, cand.sector, "country")
        elif cand.kind == "metonym" and (town := town_before(sentence, i, index)) not in (None, cand.country):
            # "the Johannesburg Metropolitan Police Department" is no London police: a town's own body of that name
            actor = Actor(actor.text, None, town, cand.sector, "country")
        elif cand.kind == "organisation" and cand.sector == "PTY" and (
                owner := owning_state(sentence, mentions, i)) is not None and owner.country != cand.country:
            # "the Slovenian Democratic Party" is no party of the United States
            actor = replace(actor, country=owner.country)
        mentions.append(Mention(sentence.index, i, i + width, head, actor))
        i += width
    return mentions


# adjectives a party's own name takes ("New Labour")
PARTY_ADJECTIVES = frozenset({"new", "old"})


def described_as_a_thing(sentence: Sentence, at: int, index: ActorIndex) -> bool:
    """A one-word party name of lower-cased news that an adjective describes as a common noun ("the surplus labour",
    "cheap labour"), not one of a country or a nation ("scottish labour") or of the party's own name ("new labour")."""
    return any(c.dep == "amod" and c.i < at and c.lower not in PARTY_ADJECTIVES and not index.lookup([c])
               for c in sentence.children(at))


def closes_a_bracket(span: list[Token]) -> bool:
    """The span ends with the bracket its own words opened: "CPI(M)", which the tokenizer splits as "CPI(M" ")"."""
    return span[-1].text == ")" and len(span) > 1 and "(" in "".join(t.text for t in span[:-1])


def owning_state(sentence: Sentence, mentions: list[Mention], start: int) -> Actor | None:
    """The state named just before a metonym, as its possessor or adjective ("Pakistan's Foreign Office")."""
    if not mentions:
        return None
    before = mentions[-1]
    gap = [t.text for t in sentence.tokens[before.end:start]]
    if gap not in ([], ["'s"], ["’s"]) or before.actor.kind != "country" or before.actor.country is None:
        return None
    return before.actor


def town_before(sentence: Sentence, start: int, index: ActorIndex) -> str | None:
    """The country of the place named just before ``start`` ("Johannesburg" of "the Johannesburg Metropolitan
    Police"), as the gazetteer has it: a place the parser tags that ends there, or the first words of the name the
    parser tags around it when they name a country or a large city ("the Federal Foreign Office" is no office of
    Federal, a town in Argentina); None where no such place comes first."""
    places = index.places
    if places is None:
        return None
    for ent in sentence.entities:
        inside = ent.label in ("ORG", "FAC") and ent.start < start < ent.end
        if not (inside or (ent.label in ("GPE", "LOC") and ent.end == start)):
            continue
        name = " ".join(t.text for t in sentence.tokens[ent.start:start] if t.pos != "DET")
        found = places.lookup(name) if name else None
        if found is not None and (not inside or found.lat is None or name in places.large_cities):
            return found.country
    return None


def lower_cased(sentence: Sentence) -> bool:
    """The sentence is written all in lower case (archives that strip capitals), where the parser takes names for
    common nouns."""
    return sentence.text == sentence.text.lower() and any(c.isalpha() for c in sentence.text)


# words before a surname that make it a name in lower-cased news ("mr straw", "shri vajpayee"), as a title does
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "shri", "sri", "smt", "lord", "lady", "sir", "dame"})
INITIALS = re.compile(r"^(?:[a-z]\.)*[a-z]\.?$")


def titled(tokens: tuple[Token, ...] | list[Token], i: int) -> bool:
    """Whether the word at ``i`` follows an honorific, a title or initials ("mr straw", "prime minister
    vajpayee", "a.b. vajpayee"): in lower-cased news that, not case, says a lone surname is a name."""
    k = i - 1
    while k >= 0 and tokens[k].text == ".":
        k -= 1
    if k < 0:
        return False
    before = tokens[k].text.lower().rstrip(".")
    if before in HONORIFICS or before in TITLE_WORDS:
        return True
    # initials that modify the surname ("a.b. vajpayee"), not an abbreviation before it ("the u.s. straw poll")
    initials = tokens[k].text.lower()
    return (k < i - 1 or "." in initials) and tokens[k].head == i and bool(INITIALS.match(initials))


def _cut_name(sentence: Sentence, start: int, end: int) -> bool:
    """True when a name match stops inside a longer name ("Boris" of "Boris Yeltsin")."""
    for ent in sentence.entities:
        if ent.label == "PERSON" and ent.start <= start < ent.end and end < name_end(sentence, ent.end):
            return True
    if end >= len(sentence.tokens):
        return False
    after = sentence.tokens[end]
    last = sentence.tokens[end - 1]
    return after.pos == "PROPN" and after.text[:1].isupper() and (last.head == after.i or after.head == last.i)


def name_end(sentence: Sentence, end: int) -> int:
    """Where a name the parser tags ends, its possessive ending left out: the model often takes the "'s" of "Robert
    Fico's government" into the person's name, which the name "Robert Fico" does not stop inside."""
    while end > 0 and sentence.tokens[end - 1].dep == "case" and sentence.tokens[end - 1].lower in POSSESSIVE_ENDINGS:
        end -= 1
    return end


POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
# prepositions that put a name as the place where something is or happens
PLACE_PREPOSITIONS = frozenset({"near", "in", "at", "outside", "around", "inside", "towards", "toward", "into"})


def named_as_a_place(sentence: Sentence, start: int) -> bool:
    """A one-word name that the parser tags as a place and that is the object of a preposition of place: "near
    Masisi" is the town, not the person of that name."""
    token = sentence.tokens[start]
    return (token.dep == "pobj" and sentence.tokens[token.head].lower in PLACE_PREPOSITIONS
            and any(e.label in PLACE_LABELS and e.start <= start < e.end for e in sentence.entities))


def ends_a_person_s_name(tokens: tuple[Token, ...] | list[Token], start: int, index: ActorIndex) -> bool:
    """A one-word body's name after two or more capitalised words joined to it (titles aside) that the knowledge
    base does not know and that begin no name of their own: a person's given names before a family name the parser
    may read as an organisation ("Thérèse Kayikwamba Wagner"). "State Duma", "US Congress" begin with a known
    word."""
    before = [t for t in tokens[:start] if t.head == start and t.dep == "compound"
              and t.lower not in TITLE_WORDS and t.lower not in HONORIFICS]
    return len(before) >= 2 and all(t.pos == "PROPN" and t.text[:1].isupper() and t.is_alpha
                                    and first_piece(t.text) not in index.starts for t in before)


def body_of_many(sentence: Sentence, start: int) -> Mention | None:
    """The body whose name holds a name of many countries ("the Inter-American Commission on Human Rights"), as
    an international body of no country; None when the parser tags no organisation around it."""
    ent = next((e for e in sentence.entities if e.label == "ORG" and e.start < start < e.end), None)
    if ent is None:
        return None
    words = [t for t in sentence.tokens[ent.start:ent.end] if t.pos != "DET"]
    if any(t.lower in PARTY_NAME_WORDS for t in words):
        return None  # "the opposition Pan-African Union for Social Democracy", "the Pan Africanist Congress": a party
    head = next((t.i for t in words if not ent.start <= t.head < ent.end or t.head == t.i), words[-1].i)
    if sentence.tokens[head].lower in THINGS_OF_MANY:
        return None  # "the Pan-American Highway", "the Pan-African Games": a road, a contest, no body
    text = " ".join(t.text for t in words).replace(" - ", "-")
    return Mention(sentence.index, words[0].i, ent.end, head, Actor(text, text, None, "IGO", "organisation"))


# things, not bodies, that a name of many countries may name ("the Pan-American Highway", "the Pan-African Games")
THINGS_OF_MANY = frozenset({"highway", "highways", "road", "railway", "railroad", "route", "corridor", "pipeline",
                            "canal", "bridge", "games", "championship", "championships", "cup", "tournament",
                            "festival", "airport", "stadium", "film", "awards", "prize"})
# words of a party's name, which no international body's name holds
PARTY_NAME_WORDS = frozenset({"party", "democracy", "democrats", "socialist", "socialists", "liberal", "conservative",
                              "labour", "movement", "front", "rally", "congress"})


# entities whose words before a surname are a given name: a person's, or a place's named after one ("Felipe
# Cardoso"); an organisation's words before a name are most often its leader's title ("Hamas leader Khalil al-Hayya")
NAME_LABELS = frozenset({"PERSON", "FAC", "GPE", "LOC"})


def unlisted_full_names(sentence: Sentence, found: list[Mention], index: ActorIndex) -> set[str]:
    """The surnames (:func:`~dyadwatch.coder.phrases.surname`) ending the names of two words or more that no mention
    covers and whose last two words no listed name has: "Rubén Darío Aquino", not a listed "Benigno Aquino"."""
    tokens = sentence.tokens
    return {surname(t.text) for t in tokens[1:] if t.pos == "PROPN" and tokens[t.i - 1].pos == "PROPN"
            and (t.i + 1 == len(tokens) or tokens[t.i + 1].pos != "PROPN")
            and not any(m.start <= t.i < m.end for m in found) and not index.lookup(tokens[t.i - 1:t.i + 1])}


def another_given_name(sentence: Sentence, start: int, cand: Candidate) -> bool:
    """A name matched from its surname on, inside a longer name whose other words are not the listed
    person's: "Sajith Premadasa" (a leader of 2025) is not Ranasinghe Premadasa (president until 1993), nor
    "Hunter Biden" Joe Biden, nor the place "Felipe Cardoso" Fernando Henrique Cardoso. Titles, honorifics and
    initials before the surname name no other person."""
    known = {word for holder in cand.holders for name in (holder.name, *holder.aliases)
             for word in re.split(r"[\s-]+", name.lower())}
    words: list[str] | None = None
    for ent in sentence.entities:
        if ent.label in NAME_LABELS and ent.start < start < ent.end:
            words = [t.lower.rstrip(".") for t in sentence.tokens[ent.start:start] if t.is_alpha or "." in t.text]
            break
    if words is None and start > 0:
        # a name the parser tags as no entity, or as a place ("a landfill cell at Felipe Cardoso"): the capitalised
        # word joined to the surname before it
        before = sentence.tokens[start - 1]
        words = [before.lower] if before.pos == "PROPN" and before.head == start and before.is_alpha else []
    return any(w and w not in known and w not in HONORIFICS and w not in TITLE_WORDS and not INITIALS.match(w)
               for w in words or [])


def actor_of(cand: Candidate, span: list[Token] | tuple[Token, ...], day: date | None) -> Actor:
    text = " ".join(t.text for t in span)
    if cand.kind == "person":
        holder = pick_holder(cand.holders, day)
        return Actor(text, holder.name, holder.iso3, holder.sector, "person")
    kind = "organisation" if cand.kind == "organisation" else "country"
    return Actor(text, cand.name, cand.country, cand.sector, kind)


def mention_rank(mention: Mention) -> int:
    """People first, then organisations, then states: the mention a phrase is resolved by."""
    return {"person": 0, "organisation": 1, "country": 2}.get(mention.actor.kind, 3)
