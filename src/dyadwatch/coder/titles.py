"""What a title tells about a party: the person an earlier title named, a title the parser hangs outside the name,
a listed person's sector as titled, the international body a title names, and an office's holder on a day.

:class:`TitleReading` is a part of :class:`~dyadwatch.coder.actors.ArticleActors`, as
:class:`~dyadwatch.coder.placing.CountryPlacing` is; the article's state (mentions, people told by title, the day,
warnings) is ``ArticleActors``'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from types import MappingProxyType

from ..records import Actor, Mention, Sentence, Token, Warning
from .actorwords import BODY_NOUNS, BODY_TITLES, TITLE_OFFICES, TITLE_WORDS, titles_one_person
from .kb import OfficeHolder
from .mentions import ActorIndex
from .phrases import noun_phrase, prep_object, words_text
from .pronouns import of_two_countries

# how a parser may hang a body's name that opens a titled phrase outside it ("ECOWAS" of "ECOWAS Commission President
# Omar Alieu Touray urged ..." read as a clause of its own)
LOOSE_DEPS = frozenset({"advcl", "dep", "npadvmod", "nmod", "compound"})


# a state's body a later sentence names again with no country ("Azerbaijan's foreign ministry welcomed the deal. A
# ministry spokesman also urged Yerevan ...", "Congo's army said ... The rebels accused the army"), with how many
# sentences later it may ("China's embassy in Nauru demanded ... the embassy said"): the key it is remembered by in
# ``titled``
TOLD_BODY_NOUNS: Mapping[str, int] = MappingProxyType({"ministry": 1, "army": 3, "navy": 3, "embassy": 4})


def told_body_noun(words: list[Token]) -> str | None:
    """The key a phrase naming a state's body is remembered by ("body:ministry"), if it names one."""
    noun = next((t.lower for t in words if t.lower in TOLD_BODY_NOUNS), None)
    return None if noun is None else f"body:{noun}"


# a state's ruling body told with a word that tells it from other governments ("Niger's military government", "the
# interim authorities"), which later sentences may name again by those words alone ("The military government expelled
# France's ambassador" after "Relations between Niamey and Paris collapsed"): its head nouns, and how many sentences on
DESCRIBED_BODY_HEADS = frozenset({"government", "regime", "administration", "authority", "junta", "leadership"})
DESCRIBED_REACH = 20


def described_body(words: list[Token], head: Token) -> str | None:
    """The key a state's ruling body told with words of its own kind is remembered by ("described:military
    government"): the head noun and the adjectives or nouns that modify it, no country's name among them; None for a
    plain "the government"."""
    if head.lemma.lower() not in DESCRIBED_BODY_HEADS:
        return None
    marks = [t.lower for t in words if t.head == head.i and t.i != head.i and t.dep in ("amod", "compound")
             and t.pos in ("ADJ", "NOUN", "VERB") and t.ent_type not in ("GPE", "NORP")]
    return f"described:{' '.join(marks)} {head.lemma.lower()}" if marks else None


# plural nouns for a body's people, whom a later sentence tells again by the noun alone ("40 BJP workers were
# arrested ... The arrested workers were released later": the BJP's, not labour), and how many sentences on it may
PEOPLE_NOUNS = frozenset({"worker", "activist", "supporter", "member", "cadre", "volunteer"})
PEOPLE_REACH = 5
DEFINITE_WORDS = frozenset({"the", "these", "those"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBD", "VBG"})  # "the arrested workers", "the striking workers"


def people_noun(token: Token) -> str | None:
    """The key a plural noun of a body's people is remembered by ("people:worker"), if it is one."""
    return f"people:{token.lemma.lower()}" if token.tag == "NNS" and token.lemma.lower() in PEOPLE_NOUNS else None


# plural nouns for people who speak or act for whoever owns them ("the union's leaders", "the company's managers")
SPOKESPEOPLE_NOUNS = frozenset({"leader", "representative", "manager", "official", "delegate", "negotiator", "head",
                                "chief", "executive", "director"})
# the body that governs a party, which acts for it ("the university's executive board")
GOVERNING_BODY_NOUNS = frozenset({"board", "management", "leadership", "committee", "executive"})


class TitleReading:
    """The ways a title is read; the state they read is :class:`~dyadwatch.coder.actors.ArticleActors`'s."""

    index: ActorIndex
    day: date | None
    mentions: dict[int, list[Mention]]
    titled: dict[str, list[tuple[int, Actor]]]
    warnings: list[Warning]
    resolve_actor: Callable[[Sentence, int], Actor | None]
    resolve: Callable[[Sentence, int], tuple[Actor, tuple[Actor, ...]] | None]

    def told_by_title(self, index: int, token: Token, phrase: list[Token]) -> Actor | None:
        """The one an earlier sentence told by the title that "the TITLE" repeats, when it has a country."""
        if not titles_one_person(token) or [t.lower for t in phrase[:1]] != ["the"] or len(phrase) != 2:
            return None
        return next((actor for at, actor in reversed(self.titled.get(token.lower, [])) if at < index), None)

    def body_told_before(self, index: int, phrase: list[Token]) -> Actor | None:
        """The state's body a sentence just before named with its country, which this phrase names again with none
        ("a ministry spokesman", "the foreign ministry" the next sentence; "the army" up to three sentences on)."""
        body = told_body_noun(phrase)
        if body is None or any(t.pos == "PROPN" or t.ent_type in ("GPE", "NORP") for t in phrase):
            return None
        return self.told_within(body, index, TOLD_BODY_NOUNS[body.removeprefix("body:")])

    def described_body_before(self, index: int, token: Token, phrase: list[Token]) -> Actor | None:
        """The state's ruling body an earlier sentence named with its country and the words this phrase names it by
        again with none ("Niger's military government ... the military government")."""
        key = described_body(phrase, token)
        if key is None or any(t.pos == "PROPN" or t.ent_type in ("GPE", "NORP") for t in phrase):
            return None
        return self.told_within(key, index, DESCRIBED_REACH)

    def people_told_before(self, index: int, token: Token, phrase: list[Token]) -> Actor | None:
        """The body's people an earlier sentence told by this plural noun with their body ("40 BJP workers"), when
        this phrase tells them again by the noun alone, definite ("the arrested workers")."""
        key = people_noun(token)
        if key is None or not phrase or phrase[0].lower not in DEFINITE_WORDS or any(
                t.tag not in PARTICIPLE_TAGS for t in phrase[1:] if t.i != token.i):
            return None  # "the arrested workers", not "the bjym activists": a body of their own
        return self.told_within(key, index, PEOPLE_REACH)

    def told_within(self, key: str, index: int, reach: int) -> Actor | None:
        """The latest party remembered under ``key`` in the ``reach`` sentences before sentence ``index``."""
        return next((actor for at, actor in reversed(self.titled.get(key, [])) if index - reach <= at < index), None)

    def title_before_name(self, sentence: Sentence, head: int) -> str | None:
        """The sector of the title word just before the name the phrase's head ends, when the parser hangs it outside
        the phrase ("Investment, Trade and Industry Minister Tengku Zafrul Aziz", read as a coordination of three
        portfolios, is a minister: GOV)."""
        ent = next((e for e in sentence.entities if e.label == "PERSON" and e.start <= head < e.end), None)
        if ent is None or ent.start == 0 or sentence.tokens[ent.start - 1].pos not in ("NOUN", "PROPN"):
            return None  # the parser may hang the title outside the name's phrase, in a coordination of portfolios
        title = sentence.tokens[ent.start - 1]
        sector = self.index.sector_of([title.lower])
        body = sentence.tokens[ent.start - 2] if ent.start >= 2 else None
        if sector == "GOV" and title.lemma.lower() in BODY_TITLES and body is not None and (
                body.lemma.lower() in BODY_NOUNS or body.ent_type == "ORG"):
            # "ram janambhoomi trust president ramchandra paramhans": the head of a trust, not of a government
            return self.index.sector_of([body.lemma.lower()]) or self.index.sector_of([body.lower])  # "party": PTY
        return sector

    def with_title_sector(self, sentence: Sentence, head: int, words: list[Token], actor: Actor) -> Actor:
        """A listed person's sector as the title the text gives them says: "law minister arun jaitley" in 2002
        is of the government (GOV), though he is listed as a defence minister (MIL) of later years; one out of office
        titled as the opposition's is of it (OPP)."""
        name = {i for m in self.mentions.get(sentence.index, []) if m.start <= head < m.end
                for i in range(m.start, m.end)}
        sector = self.index.sector_of([t.lower for t in words if t.i not in name])
        if sector in ("GOV", "MIL") and actor.sector in ("GOV", "MIL"):
            return replace(actor, sector=sector)
        if sector == "OPP" and self.index.out_of_office(actor.name, self.day):
            return replace(actor, sector=sector)  # "opposition leader Raila Odinga", prime minister years before
        return actor

    def international_bodies(self, sentence: Sentence) -> list[Mention]:
        """The sentence's mentions of international bodies (listed organisations of sector IGO)."""
        return [m for m in self.mentions.get(sentence.index, [])
                if m.actor.kind == "organisation" and m.actor.sector == "IGO"]

    def body_code(self, body: Actor) -> str | None:
        """The code one who speaks for a body takes: its country, or an international body's own code ("EU
        Enlargement Commissioner Marta Kos" is the EU's, EUR, as the knowledge base lists the EU's High
        Representative)."""
        if body.country or body.sector != "IGO" or body.kind != "organisation":
            return body.country
        return self.index.body_codes.get(body.name or "")

    def people_of_owner(self, sentence: Sentence, token: Token, words: list[Token]
                        ) -> tuple[Actor, tuple[Actor, ...]] | None:
        """People who speak for a party named as their owner, when nothing else names them ("the union's leaders",
        "ten workers' representatives", "the company's managers"): that party's people, as "union leaders" are; and
        the body that governs it ("the university's executive board", "the union's executive committee")."""
        spokespeople = token.lemma.lower() in SPOKESPEOPLE_NOUNS and token.tag in ("NNS", "NNPS")
        if not spokespeople and token.lemma.lower() not in GOVERNING_BODY_NOUNS:
            return None
        owner = next((c for c in sentence.children(token.i) if c.dep == "poss" and c.pos in ("NOUN", "PROPN")), None)
        party = self.resolve_actor(sentence, owner.i) if owner is not None else None
        if party is None or party.sector is None:
            return None
        text, span = words_text(sentence, words)
        return Actor(text, party.name, party.country, party.sector, "group", span, party.country_source), ()

    def people_of_two(self, sentence: Sentence, token: Token) -> tuple[Actor, tuple[Actor, ...]] | None:
        """People of the two parties a plural subject above names, told by "their" ("The two neighbours agreed to a
        ceasefire after Anwar hosted their leaders"): a compound of the two, as "the two neighbours" is; None when
        no subject above the phrase stands for two parties of different countries."""
        if token.lemma.lower() not in SPOKESPEOPLE_NOUNS or token.tag not in ("NNS", "NNPS") or not any(
                c.dep == "poss" and c.lower == "their" for c in sentence.children(token.i)):
            return None
        seen: set[int] = {token.i}
        cur = token.head
        while cur not in seen:
            seen.add(cur)
            for subject in sentence.children(cur):
                if subject.dep not in ("nsubj", "nsubjpass") or subject.i in seen:
                    continue
                got = self.resolve(sentence, subject.i)
                if got is not None and of_two_countries(got[1]):
                    text, span = words_text(sentence, noun_phrase(sentence, token.i))
                    return Actor(text, None, None, got[0].sector, "group", span), got[1]
            if sentence.tokens[cur].head == cur:
                break
            cur = sentence.tokens[cur].head
        return None

    def title_body(self, sentence: Sentence, head: int, words: list[Token]) -> Actor | None:
        """The international body a person's title names ("UN", "NATO" in "NATO Secretary General Mark Rutte")."""
        positions = {t.i for t in words} - {head}
        return next((m.actor for m in self.international_bodies(sentence)
                     if m.head in positions and not m.start <= head < m.end), None)

    def title_holder(self, country: str | None, words: list[str], sentence: Sentence | None = None,
                     head: int | None = None) -> OfficeHolder | None:
        """The holder of the office the title names in the country; none for a title that names one of many
        (:func:`one_of_many`, when the ``sentence`` and the title's ``head`` are given)."""
        if country is None or (sentence is not None and head is not None and one_of_many(sentence, head)):
            return None
        joined = " ".join(words)
        office = office_of_title(joined)
        if office is None:
            return None
        if self.day is None:
            message = (f"'{joined}' names no person: without a date the holder of the office is unknown; "
                       "the actor keeps its country and sector (give --published)")
            if all(w.message != message for w in self.warnings):
                self.warnings.append(Warning("W204", message, None))
            return None
        return self.index.holder_for(country, office, self.day)

    def body_hung_before(self, sentence: Sentence, phrase: list[Token]) -> list[Mention]:
        """The international body named just before a titled phrase, when the parser hangs its name elsewhere
        ("ECOWAS Commission President Omar Alieu Touray urged ...": the president is ECOWAS's, not a government's)."""
        if not phrase or not any(t.lower in TITLE_WORDS for t in phrase):
            return []
        start = min(t.i for t in phrase)
        return [m for m in self.international_bodies(sentence)
                if m.end == start and sentence.tokens[m.head].dep in LOOSE_DEPS]


# words that make a title one of many, not the state's office: "a regional leader", "the provincial president"
LESSER_TITLE_WORDS = frozenset({"regional", "local", "provincial", "district", "deputy", "vice", "youth", "student",
                                "party", "opposition", "union", "community", "traditional", "tribal", "village",
                                "municipal", "county", "branch", "assistant"})
STATE_NOUNS = frozenset({"republic", "state", "country", "nation", "government", "kingdom", "federation"})


def one_of_many(sentence: Sentence, head: int) -> bool:
    """The title names one of many, not the holder of a state's office: told with "a" ("a regional leader"), with a
    word of a lesser post ("the provincial president"), or as the title of a body named with "of" that is no country
    ("the leader of Les Démocrates, Benin's main opposition party")."""
    children = sentence.children(head)
    if any(c.dep == "det" and c.lower in ("a", "an") for c in children):
        return True
    if any(c.dep in ("amod", "compound") and c.lower in LESSER_TITLE_WORDS for c in children):
        return True
    return any(c.dep == "prep" and c.lower == "of" and any(
        g.dep == "pobj" and g.ent_type in ("ORG", "NORP", "PERSON") and g.lower not in STATE_NOUNS
        for g in sentence.children(c.i)) for c in children)


def office_of_title(text: str, ending: bool = False) -> str | None:
    """The office a title in the words names ("the US president": head_of_state), or None; with ``ending``, only a
    title the words end in ("the PM", not "the PM's supporters")."""
    end = "$" if ending else r"\b"
    return next((office for title, office in TITLE_OFFICES.items() if re.search(rf"\b{title}{end}", text)), None)


def title_in_apposition(sentence: Sentence, name: int) -> Token | None:
    """The title set beside a name by commas: "the Education Minister, Paul Givan" (the name in apposition to the
    title) or "Paul Givan, the Education Minister" (the title in apposition to the name)."""
    token = sentence.tokens[name]
    if token.dep == "appos" and token.head != token.i and titles_one_person(sentence.tokens[token.head]):
        return sentence.tokens[token.head]
    return next((c for c in sentence.children(name) if c.dep == "appos" and titles_one_person(c)), None)


# who serves a named person or body, set beside a name: "Hikmet Hajiyev, foreign policy adviser to President Ilham
# Aliyev", "Jane Doe, an aide to the prime minister", "John Kirby, a spokesman for the White House"
AIDE_WORDS = frozenset({"adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson"})


# verbs by which a relative clause tells the body a named person heads: "Petar Petković, who heads the Serbian
# government's Office for Kosovo and Metohija"
HEADING_VERBS = frozenset({"head", "lead", "chair", "run", "direct"})


def headed_in_relative(sentence: Sentence, name: int) -> Token | None:
    """The body a relative clause on a name says the person heads ("X, who heads the Serbian government's Office
    for Kosovo"): the clause's object, or None."""
    for clause in relative_clauses(sentence, name, ("nsubj",), ("who", "that")):
        if clause.lemma.lower() in HEADING_VERBS:
            return next((c for c in sentence.children(clause.i) if c.dep in ("dobj", "obj")), None)
        if clause.lemma.lower() in ("be", "serve"):  # "X, who is the party's spokesman", "who serves as minister"
            return next((t for c in sentence.children(clause.i) for t in (
                [c] if c.dep == "attr" else [g for g in sentence.children(c.i) if g.dep == "pobj"]
                if c.dep == "prep" and c.lower == "as" else []) if titles_one_person(t)), None)
    return None


def told_by_who(sentence: Sentence, name: int) -> bool:
    """A relative clause on the name opens with "who": the name is someone's, whatever the parser tagged it."""
    return any(relative_clauses(sentence, name, ("nsubj", "nsubjpass"), ("who",)))


def relative_clauses(sentence: Sentence, name: int, deps: tuple[str, ...], pronouns: tuple[str, ...]
                     ) -> Iterator[Token]:
    """The relative clauses on the name whose subject (of ``deps``) is one of the relative ``pronouns``."""
    return (clause for clause in sentence.children(name) if clause.dep == "relcl" and any(
        c.dep in deps and c.lower in pronouns for c in sentence.children(clause.i)))


def served_in_apposition(sentence: Sentence, name: int) -> Token | None:
    """Whom the aide in apposition to a name serves: the object of the aide's "to" or "for", or None."""
    for c in sentence.children(name):
        if c.dep == "appos" and c.lemma.lower() in AIDE_WORDS:
            return prep_object(sentence, c.i, "to") or prep_object(sentence, c.i, "for")
    return None


def holds_the_office_aimed_at(index: ActorIndex, actor: Actor, target: Actor | None, day: date | None) -> bool:
    """The doer is the one the target's title names on ``day`` ("he also urged the PM", the "he" read as the prime
    minister himself): no one urges himself, so the doer was misread."""
    if target is None or day is None or actor.kind != "person" or not actor.name or target.kind == "person":
        return False
    words = [w for w in target.text.lower().split() if w not in ("the", "a", "an")]
    # the title that ends the target's words ("the PM"); "the premier's supporters" are no premier
    office = office_of_title(" ".join(words[-2:]), ending=True)
    country = target.country or actor.country
    if office is None or country is None:
        return False
    holder = index.holder_for(country, office, day)
    return holder is not None and holder.holds_office_on(day) and holder.name == actor.name
