"""Where a listed name is only part of a longer one: the words before or after it that make it another name.

A name the knowledge base lists is often a piece of a longer name it does not list: "the United Democratic Party" of
the Gambia holds the Democratic Party of the United States, "the Democratic Party of Socialists" (Montenegro) too,
"San Juan de Lurigancho" (Lima) holds San Juan. :func:`dyadwatch.coder.mentions.find_mentions` asks these before it
takes a match.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ..records import Actor, Mention, Sentence, Token
from .gazetteer import Gazetteer

# the words of direction a region's name opens with ("West Papuan", "South Sudanese")
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                           "upper", "lower", "greater"})


def inside_a_name(sentence: Sentence, start: int, people_word: bool = False) -> bool:
    """The word is inside a person's name, after its first word: a family name, not a country or its people; a
    word for a country's people (``people_word``) after another name inside a place's name is no more ("the
    Královo Pole district"; not "the Czech Republic" nor "West Papuan")."""
    if any(ent.label == "PERSON" and ent.start < start < ent.end for ent in sentence.entities):
        return True
    return people_word and any(ent.label in ("LOC", "GPE", "FAC") and ent.start < start < ent.end and any(
        t.pos == "PROPN" and t.lower not in COMPASS_WORDS for t in sentence.tokens[ent.start:start])
        for ent in sentence.entities)


def inside_a_longer_name(sentence: Sentence, start: int, end: int, after_mention: int,
                         office_word: Callable[[str], bool]) -> bool:
    """The listed body's name matched from ``start`` to ``end`` is the end of a longer proper name: a capitalised
    proper noun right before it hangs in the name ("the opposition United Democratic Party" of the Gambia is no
    Democratic Party of the United States, "the West Papua National Liberation Army" no Colombian ELN). A country or
    a body matched before it (``after_mention``: where the last match ended; "US Democratic Party") or a word of
    office or house before it ("Senate Democrats", ``office_word``) leaves the name as it is."""
    if start == 0 or start - 1 < after_mention:
        return False
    before = sentence.tokens[start - 1]
    if before.pos != "PROPN" or not before.text[:1].isupper() or office_word(before.lower):
        return False
    return before.dep in ("compound", "flat", "amod") and start <= before.head < end


def name_goes_on(tokens: tuple[Token, ...] | list[Token], end: int) -> bool:
    """The name matched so far is the start of a longer one: "of" or "for" and a capitalised word after it
    ("Democratic Party of Socialists", "Labour Party of Malta", "Democrats for Andorra")."""
    return (end + 1 < len(tokens) and tokens[end].lower in ("of", "for") and tokens[end + 1].pos == "PROPN"
            and tokens[end + 1].text[:1].isupper())


# what a party's name may name when it is not the party: an office, a body or a law of a state ("the Ministry of
# Labour", "Labour Minister Juan Castillo", "the Labour Code", "the Labour Court")
OFFICE_NOUNS = frozenset({"ministry", "minister", "department", "secretary", "code", "court", "law", "laws",
                          "inspectorate", "inspector", "commissioner", "day"})


def names_an_office(tokens: tuple[Token, ...] | list[Token], start: int, end: int) -> bool:
    """The party's name is a word of an office, a body or a law's name: after "of" that follows such a noun
    ("Ministry of Labour"), or before such a noun written with a capital ("the Labour Code", "Labour Minister Juan
    Castillo"; "a Labour minister" is one of the party's)."""
    if start >= 2 and tokens[start - 1].lower == "of" and tokens[start - 2].lower in OFFICE_NOUNS:
        return True
    return end < len(tokens) and tokens[end].lower in OFFICE_NOUNS and tokens[end].text[:1].isupper()


# what a treaty's name ends in: a city before it is where the treaty was made ("the Vienna Convention", "the Minsk
# agreements", "the Dayton Accords", "the Paris Agreement")
TREATY_NOUNS = frozenset({"convention", "conventions", "agreement", "agreements", "accord", "accords", "treaty",
                          "protocol", "protocols", "charter", "consensus"})


def names_a_treaty(tokens: tuple[Token, ...] | list[Token], end: int) -> bool:
    """The city named up to ``end`` is the first word of a treaty's name: a treaty's noun follows it."""
    return end < len(tokens) and tokens[end].lower in TREATY_NOUNS


# prefixes that make a people's or a continent's name one of many countries ("Inter-American", "Pan-African")
MANY_PREFIXES = frozenset({"inter", "pan", "trans", "intra"})


def joined_to_a_prefix(tokens: tuple[Token, ...] | list[Token], start: int) -> bool:
    """The name is joined by a hyphen to a prefix of many ("Inter-American", "Pan-African"): no one state's."""
    if start < 2 or tokens[start - 1].text != "-" or tokens[start - 2].lower not in MANY_PREFIXES:
        return False
    prefix, hyphen = tokens[start - 2], tokens[start - 1]
    return prefix.start + len(prefix.text) == hyphen.start and hyphen.start + 1 == tokens[start].start


def joined_in_a_longer_name(sentence: Sentence, start: int) -> bool:
    """The name matched from ``start`` is the last part of a longer name joined by "and" to a capitalised word
    before it, inside one organisation the parser tags: "Peace and Security Council", "Trade and Industry
    Ministry"."""
    tokens = sentence.tokens
    if start < 2 or tokens[start - 1].lower not in ("and", "&") or not tokens[start - 2].text[:1].isupper():
        return False
    return any(e.label == "ORG" and e.start <= start - 2 and start < e.end for e in sentence.entities)


# the small words that join a place name's parts ("San Juan de Lurigancho", "Santiago de Cuba", "Reggio di Calabria")
PLACE_JOINERS = frozenset({"de", "del", "do", "da", "dos", "das", "di", "du", "des"})


def start_of_longer_place(sentence: Sentence, start: int, end: int, country: str | None = None,
                          places: Gazetteer | None = None) -> bool:
    """A name matched from ``start`` to ``end`` is only the first part of a longer place name: one joined by "de",
    "da", "di" ... and a capitalised word ("San Juan de Lurigancho" (Lima), "Santiago de Cuba" are not the capitals
    they begin with), or one the gazetteer (``places``) knows in another country than ``country``, the next word a
    capitalised name ("San Juan Nepomuceno" is no San Juan, Puerto Rico; "Kuwait City" stays Kuwait's)."""
    tokens = sentence.tokens
    if end + 1 < len(tokens) and tokens[end].text in PLACE_JOINERS:
        after = tokens[end + 1]
        if after.text.lower() == "la" and end + 2 < len(tokens):
            after = tokens[end + 2]
        return after.text[:1].isupper() and after.pos == "PROPN"
    if places is None or end >= len(tokens) or tokens[end].pos != "PROPN" or not tokens[end].text[:1].isupper():
        return False
    longer = " ".join(t.text for t in tokens[start:end + 1])
    place = places.lookup(longer)
    return place is not None and place.name.lower() == longer.lower() and place.country != country


# the small words inside a body's name
NAME_PARTICLES = frozenset({"of", "for", "and", "the", "in", "on", "de", "du", "des", "la", "le", "el", "&"})


def own_short_name(sentence: Sentence, start: int, listed_name: str, after_mention: int) -> bool:
    """A short name in brackets right after a longer capitalised name that shares no word with the listed body's
    name is the longer name's own short name: Suriname's "Progressive Reform Party (VHP)" is no Vishwa Hindu
    Parishad. The longer name must not be a listed name itself (``after_mention``: where the last match ended)."""
    tokens = sentence.tokens
    if start < 3 or not alone_in_brackets(sentence, start):
        return False
    words: list[str] = []
    k = start - 2
    while k >= max(after_mention, 0) and (
            (tokens[k].text[:1].isupper() and tokens[k].pos in ("PROPN", "NOUN", "ADJ"))
            or (tokens[k].lower in NAME_PARTICLES and words)):
        words.append(tokens[k].lower)
        k -= 1
    named = [w for w in words if w not in NAME_PARTICLES]
    listed = {w for w in listed_name.lower().replace("-", " ").split() if w not in NAME_PARTICLES}
    return len(named) >= 2 and not listed & set(named)


def kind_word_of_bracketed_name(sentence: Sentence, at: int, kinds: frozenset[str]) -> int | None:
    """The word of a body's kind inside the capitalised name right before a short name in brackets at ``at``:
    "Party" of "the African Party for the Independence of Cape Verde (PAICV)", whose short name the parser may hang
    on the place that ends the name; None when the name holds no such word."""
    tokens = sentence.tokens
    found = None
    k = at - 2
    while k >= 0 and ((tokens[k].text[:1].isupper() and tokens[k].pos in ("PROPN", "NOUN", "ADJ"))
                      or (tokens[k].lower in NAME_PARTICLES and k < at - 2)):
        if tokens[k].pos == "PROPN" and tokens[k].text[:1].isupper() and tokens[k].lemma.lower() in kinds:
            found = k
        k -= 1
    return found


def alone_in_brackets(sentence: Sentence, at: int) -> bool:
    """The word at ``at`` stands alone in brackets: "(VHP)", "(KontraS)"."""
    tokens = sentence.tokens
    return 0 < at < len(tokens) - 1 and tokens[at - 1].text == "(" and tokens[at + 1].text == ")"


def bracketed_short_name(sentence: Sentence, at: int) -> bool:
    """The word at ``at`` is a short name in capitals alone in brackets: "(VHP)", "(SINA)"."""
    letters = [c for c in sentence.tokens[at].text if c.isalpha()]
    return alone_in_brackets(sentence, at) and 2 <= len(letters) <= 6 and all(c.isupper() for c in letters)


def body_by_last_word(sentence: Sentence, found: Sequence[Mention], bodies: Mapping[str, Actor]) -> list[Mention]:
    """A body named again by the last word of its name, with "the" and a capital: "the Pacific Islands Forum ... The
    Forum's mission", "the European Commission ... the Commission said". ``bodies``: the listed bodies the article has
    named by a name of two words or more, by the last word of that name, lower-cased (the latest of a word)."""
    taken = {i for m in found for i in range(m.start, m.end)}
    tokens = sentence.tokens
    out = []
    for t in tokens:
        if (t.i in taken or t.i == 0 or tokens[t.i - 1].lower != "the" or not t.text[:1].isupper()
                or t.pos not in ("PROPN", "NOUN") or t.lower not in bodies or t.dep == "compound"):
            continue
        if t.i + 1 < len(tokens) and tokens[t.i + 1].pos == "PROPN":
            continue  # "the Forum Fisheries Agency": another name
        out.append(Mention(sentence.index, t.i, t.i + 1, t.i, replace(bodies[t.lower], text=t.text, span=None)))
    return out


def last_words_of_bodies(found: Sequence[Mention]) -> dict[str, Actor]:
    """The listed bodies among the mentions named by two words or more, by the last word of their name."""
    return {m.actor.name.split()[-1].lower(): m.actor for m in found
            if m.actor.kind == "organisation" and m.actor.name and len(m.actor.name.split()) > 1
            and m.end - m.start > 1}


def bracketed_names_of_bodies(sentence: Sentence, found: Sequence[Mention]) -> dict[str, Actor]:
    """The short names the article gives listed bodies in brackets right after their name: "the opposition All
    People's Congress (APC)" names the party "APC" for the rest of the article."""
    tokens = sentence.tokens
    return {tokens[m.end + 1].text: m.actor for m in found
            if m.actor.kind == "organisation" and m.end + 1 < len(tokens) and tokens[m.end].text == "("
            and bracketed_short_name(sentence, m.end + 1)}


def body_by_bracketed_name(sentence: Sentence, found: Sequence[Mention], shorts: Mapping[str, Actor]) -> list[Mention]:
    """A body named again by the short name the article gave it in brackets ("the APC", "APC's chairman")."""
    taken = {i for m in found for i in range(m.start, m.end)}
    return [Mention(sentence.index, t.i, t.i + 1, t.i, replace(shorts[t.text], text=t.text, span=None))
            for t in sentence.tokens if t.i not in taken and t.text in shorts and not alone_in_brackets(sentence, t.i)]


@dataclass
class ListedBodyNames:
    """The listed bodies an article has named, by the last word of their name and by the short name it gave them in
    brackets, so that "The Forum's mission" and "the APC" are those bodies when told again (part of
    :class:`~dyadwatch.coder.actors.ArticleActors`)."""

    by_last_word: dict[str, Actor] = field(default_factory=dict)
    by_short_name: dict[str, Actor] = field(default_factory=dict)

    def named_again(self, sentence: Sentence, found: Sequence[Mention]) -> list[Mention]:
        """The sentence's mentions with the listed bodies it names again; call once per sentence, in order."""
        found = [*found, *body_by_last_word(sentence, found, self.by_last_word)]
        found = sorted([*found, *body_by_bracketed_name(sentence, found, self.by_short_name)], key=lambda m: m.start)
        self.by_last_word.update(last_words_of_bodies(found))
        self.by_short_name.update(bracketed_names_of_bodies(sentence, found))
        return found
