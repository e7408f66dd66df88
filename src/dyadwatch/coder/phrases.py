"""Phrases of the parse: a noun phrase and its head, the text a run of words covers, a name after a title, a
person's surname key, words joined across the hyphens the parser splits off. Pure functions over a
:class:`~dyadwatch.records.Sentence`."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from ..records import Entity, Sentence, Token
from .actorwords import NP_DEPS, ONE_PERSON_NOUNS

CLAUSE_COMMAS = frozenset({",", ";", ":", "-", "--", "\u2014", "\u2013"})


def phrase_head(sentence: Sentence, phrase: list[Token]) -> int:
    ids = {t.i for t in phrase}
    return next((t.i for t in phrase if t.head not in ids or t.head == t.i), phrase[-1].i)


def words_text(sentence: Sentence, words: Sequence[Token]) -> tuple[str, tuple[int, int]]:
    """The sentence's text from the first of the words to the end of the last, and its character span."""
    start, end = min(t.start for t in words), max(t.end for t in words)
    return sentence.text[start - sentence.start:end - sentence.start], (start, end)


CLOSING_STOPS = frozenset({".", "!", "?", ";", ":", ","})


def noun_phrase(sentence: Sentence, head: int) -> list[Token]:
    """The head with its pre-modifiers and 'of' complements (no clauses), and the 'for' complement that goes on a
    name ("the Guinean Organisation for the Defence of Human Rights", "Minister for Foreign Affairs")."""
    keep = {head}
    frontier = [head]
    while frontier:
        cur = frontier.pop()
        for child in sentence.children(cur):
            if (child.dep in NP_DEPS or (child.dep == "prep" and child.lower == "of" and any(
                g.dep == "pobj" for g in sentence.children(child.i)))
                    or name_goes_on_with_for(sentence, cur, child)
                    or (child.dep == "pobj" and sentence.tokens[cur].lower in ("of", "for"))) and child.i not in keep:
                keep.add(child.i)
                frontier.append(child.i)
    words = [t for t in sentence.tokens if t.i in keep]
    # a head the parser made the root takes the sentence's closing stop as its punctuation: not a word of the phrase
    while len(words) > 1 and words[-1].text in CLOSING_STOPS and words[-1].i != head:
        words.pop()
    return words


def name_goes_on_with_for(sentence: Sentence, head: int, child: Token) -> bool:
    """A capitalised name's "for" whose object is capitalised too: a part of the name ("Organisation for the Defence
    of Human Rights"), not what the party does something for ("Russia for talks", "Britain for the first time")."""
    return (child.dep == "prep" and child.lower == "for" and sentence.tokens[head].text[:1].isupper()
            and sentence.tokens[head].pos in ("PROPN", "NOUN") and any(
                g.dep == "pobj" and g.text[:1].isupper() and g.pos == "PROPN" for g in sentence.children(child.i)))


def surname(name: str) -> str:
    """The key of a person in an article's people: the last word of their name, lower case and without accents
    ("vajpayee"; "spajic" for "Milojko Spajić", whom news in English writes "Spajic")."""
    return without_accents(name.split()[-1]).lower()


def addressees(sentence: Sentence, verb: int) -> list[Token]:
    """Whom a verb of asking or advising addresses: its object, then the objects of its "on" or "to" ("urged the
    province", "called on both campaigns", "appealed to residents")."""
    kids = sentence.children(verb)
    return [c for c in kids if c.dep in ("dobj", "obj")] + [
        g for c in kids if c.dep == "prep" and c.lower in ("on", "to") for g in sentence.children(c.i)
        if g.dep == "pobj"]


def with_to(sentence: Sentence, verb: Token) -> bool:
    """The verb is an infinitive told with "to" ("urged the province to work", "offered to mediate")."""
    return any(c.dep == "aux" and c.lower == "to" for c in sentence.children(verb.i))


def without_accents(text: str) -> str:
    """"Spajić" -> "Spajic": the letters without their accents (the marks NFKD splits off)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def of_object(sentence: Sentence, head: int) -> Token | None:
    """The noun after the head's "of" ("hundreds of prisoners", "a company of the RAF"), or None."""
    return prep_object(sentence, head, "of")


def prep_object(sentence: Sentence, head: int, preposition: str) -> Token | None:
    """The noun after one of the head's prepositions ("a spokesman for the ministry": ministry), or None."""
    return next((g for p in sentence.children(head) if p.dep == "prep" and p.lower == preposition
                 for g in sentence.children(p.i) if g.dep == "pobj"), None)


def object_of_subject(sentence: Sentence, head: int) -> Token | None:
    """The direct object of the verb the head is the subject of ("senators urged the Marcos administration"), or
    None."""
    token = sentence.tokens[head]
    if token.dep != "nsubj" or token.head == token.i:
        return None
    return next((c for c in sentence.children(token.head) if c.dep in ("dobj", "obj")), None)


def names_someone(sentence: Sentence, entity: Entity) -> bool:
    """A PERSON entity that ends in a name, not in a title ("sena mla", "bjp leader" that the small model
    tags as a person in lower-cased news)."""
    last = sentence.tokens[entity.end - 1].lower
    return entity.label == "PERSON" and last not in ONE_PERSON_NOUNS and last.removesuffix("s") not in ONE_PERSON_NOUNS


def name_after_title(sentence: Sentence, entity: Entity, head: int) -> bool:
    """A name the model did not label a person, told after a title that is its head's modifier ("Liberal
    Democrat Treasury spokesman Vince Cable", where the small model calls "Vince Cable" ORG): proper nouns
    that end at the phrase's head, right after a title ("chip designer Kaveri Systems" is a firm)."""
    tokens = sentence.tokens
    if entity.end - 1 != head or entity.start == 0 or entity.end - entity.start < 2:
        return False
    title = tokens[entity.start - 1]
    return (all(tokens[i].pos == "PROPN" for i in range(entity.start, entity.end))
            and title.pos == "NOUN" and title.dep == "compound" and title.head == head
            and (title.lower in ONE_PERSON_NOUNS or title.lemma.lower() in ONE_PERSON_NOUNS))


def hyphens_joined(words: list[str]) -> list[str]:
    """Words with a lone hyphen joined to its neighbours: ["secretary", "-", "general"] -> ["secretary-general"]."""
    return hyphens_joined_at(words)[0]


def hyphens_joined_at(words: list[str]) -> tuple[list[str], list[int]]:
    """:func:`hyphens_joined`, and where each word went (its index among the joined words)."""
    out: list[str] = []
    where: list[int] = []
    for k, word in enumerate(words):
        hyphen_inside = word == "-" and 0 < k < len(words) - 1
        after_hyphen = k > 0 and words[k - 1] == "-" and out[-1].endswith("-")
        if hyphen_inside or after_hyphen:
            out[-1] += word
        else:
            out.append(word)
        where.append(len(out) - 1)
    return out, where


# nouns for a gathering: an occasion where parties meet, not a party ("the Kuala Lumpur summit", "the Doha talks");
# "congress" and "convention" are left out, as lower-cased news writes parties so
GATHERING_NOUNS = frozenset({"summit", "meeting", "conference", "talk", "talks", "forum", "session", "ceremony",
                             "gathering", "dialogue", "negotiation", "negotiations", "symposium", "summitry"})


def is_gathering(token: Token) -> bool:
    return token.pos == "NOUN" and (token.lemma.lower() in GATHERING_NOUNS or token.lower in GATHERING_NOUNS)


def names_a_gathering(sentence: Sentence, token: Token) -> bool:
    """The token only tells which gathering its head is: its place or its host ("the Kuala Lumpur summit",
    "the bloc's summit", "the G20 meeting"), not a party to what is done there."""
    return token.dep in ("compound", "amod", "nmod", "poss") and is_gathering(sentence.tokens[token.head])


def span_head(sentence: Sentence, span: tuple[int, int]) -> Token | None:
    """The token of a character span whose head lies outside it (the phrase's head), or None."""
    inside = [t for t in sentence.tokens if span[0] <= t.start < span[1]]
    ids = {t.i for t in inside}
    return next((t for t in inside if t.head not in ids or t.head == t.i), None)


def name_after_fronted_place(sentence: Sentence, verb: int) -> Token | None:
    """A name the parser joined to a place fronted before the verb ("In Bangkok, Natthaphong Ruengpanyawut, leader
    of the main opposition, accused ...": the name parsed as a conjunct of "Bangkok", so the verb has no subject):
    the first comma-joined conjunct of the fronted phrase's object that names someone. Places joined by "and" ("In
    Bangkok and Chiang Mai, ...") are not."""
    for prep in sentence.children(verb):
        if prep.dep != "prep" or prep.i > verb:
            continue
        for place in sentence.children(prep.i):
            if place.dep != "pobj" or any(c.dep == "cc" for c in sentence.children(place.i)):
                continue
            joined = next((c for c in sentence.children(place.i) if c.dep == "conj" and c.i < verb), None)
            if joined is not None and sentence.tokens[sentence.subtree(joined.i)[0].i - 1].text == "," and (
                    joined.ent_type in ("PERSON", "ORG", "NORP") or any(
                    c.dep == "appos" for c in sentence.children(joined.i))):
                return joined
        if prep.dep == "prep" and prep.i < verb and (named := appos_of_fronted_place(sentence, prep, verb)) is not None:
            return named
        if (named := person_joined_before_verb(sentence, prep, verb)) is not None:
            return named
    return None


def person_joined_before_verb(sentence: Sentence, prep: Token, verb: int) -> Token | None:
    """A person's name the parser joined, after a comma and with no "and", to a noun deep in a fronted phrase, right
    before the verb ("At a lunch hosted by business leaders, Ramos-Horta urged Australia ...": Ramos-Horta, parsed as
    a conjunct of "leaders", is the verb's subject)."""
    for token in sentence.subtree(prep.i):
        if token.dep != "conj" or token.ent_type != "PERSON":
            continue
        words = sentence.subtree(token.i)
        if (words[-1].i == verb - 1 and sentence.tokens[words[0].i - 1].text == ","
                and not any(c.dep == "cc" for c in sentence.children(token.head))):
            return token
    return None


def appos_of_fronted_place(sentence: Sentence, prep: Token, verb: int) -> Token | None:
    """A name the parser hung in apposition to the place that ends a fronted phrase, right before the verb ("At a
    rally outside the ministry in Lisbon, FENPROF's secretary-general demanded ...": the secretary-general, parsed
    as in apposition to Lisbon, is the verb's subject)."""
    for token in sentence.subtree(prep.i):
        if token.dep != "appos" or sentence.subtree(token.i)[-1].i != verb - 1:
            continue
        place = sentence.tokens[token.head]
        first = sentence.subtree(token.i)[0]
        if place.ent_type not in ("GPE", "LOC", "FAC") or first.i == 0 or sentence.tokens[first.i - 1].text != ",":
            continue
        if token.ent_type in ("PERSON", "ORG", "NORP") or any(
                c.dep == "poss" and c.pos == "PROPN" for c in sentence.children(token.i)):
            return token
    return None


# how two parties talk apart ("by telephone", "over the phone", "via video link")
MEDIUM_PREPOSITIONS = frozenset({"by", "over", "via", "through"})
MEDIUM_NOUNS = frozenset({"telephone", "phone", "video", "videoconference", "link", "call", "hotline"})


def medium_prepositions(sentence: Sentence, token: int) -> list[Token]:
    """The prepositions the parser hung on how the token's act was done rather than on the act: "with" of
    "spoke by telephone with Ruto"."""
    return [p for child in sentence.children(token) if child.dep == "prep" and child.lower in MEDIUM_PREPOSITIONS
            for obj in sentence.children(child.i) if obj.dep == "pobj" and obj.lemma.lower() in MEDIUM_NOUNS
            for p in sentence.children(obj.i) if p.dep == "prep"]


# participles that tell a thing's owner after "to" or "by" ("assets belonging to the former minister", "houses owned
# by his relatives")
OWNING_PARTICIPLES = frozenset({"belong", "own", "run", "operate"})


def owners_told(sentence: Sentence, head: int) -> list[int]:
    """The owners a participle after a thing names ("froze bank accounts belonging to the former minister"): what is
    done to the thing is done to them, as to the owner "of" it. A verb's own such participle is its object's, the
    parse hanging it on the verb ("froze two buildings in Thimphu belonging to the former minister")."""
    return [g.i for c in sentence.children(head) if c.dep in ("acl", "advcl") and c.tag in ("VBG", "VBN")
            and c.lemma.lower() in OWNING_PARTICIPLES
            for p in sentence.children(c.i) if p.dep in ("prep", "agent") and p.lower in ("to", "by")
            for g in sentence.children(p.i) if g.dep == "pobj"]


def after_a_gerund(sentence: Sentence, verb: Token, obj: int) -> bool:
    """The object of a "to" the parse hangs on the verb, told after the verb's gerund ("accused Ashgabat of lending
    legitimacy to a government that bars girls from school"): what the gerund does, not whom the verb is aimed at."""
    preps = [c for c in sentence.children(verb.i) if c.dep == "prep" and c.i < obj]
    return any(g.dep == "pcomp" and g.tag == "VBG" for p in preps for g in sentence.children(p.i))
