"""Whom a demand is made of, and what it asks for: the subject of "demanded that Pakistan hand over the men", the
party a meeting asked for would be with ("sought talks with Kiribati"), and the words of what is asked ("demanded the
arrest of the leaders"), which are no target. Pure functions of the parse and the article's parties, testable on a
hand-built parse; :func:`targets.choose_target` calls them first for a demand."""

from __future__ import annotations

from ..records import Actor, Sentence
from .actors import ArticleActors
from .demands import asked_for_to_act
from .own_body import MEETING_NOUNS
from .partyrelations import FORCE_SECTORS, is_coded, same_party
from .unnamed_targets import Resolved, named_group

# demands whose object is what is demanded ("demanded the arrest of X"), not whom it is made of ("urged X")
OBJECT_DEMAND_VERBS = frozenset({"demand", "seek", "request", "want", "call", "ask", "press", "plead", "appeal",
                                 "urge", "push", "lobby", "clamour", "clamor", "petition"})


# things asked for whose possessor undergoes them
BEFALLING_NOUNS = frozenset({"release", "freedom", "return", "extradition", "repatriation", "handover", "rescue",
                             "arrest", "detention", "prosecution", "punishment", "reinstatement", "safety"})


def requested(sentence: Sentence, predicate: int, actors: ArticleActors) -> set[int]:
    """Tokens of what a demand asks for: the object of "demanded", "sought" that is no party ("the arrest of
    the leaders", "an inquiry") and the object of "for" ("asked for forces", "called for the release of X");
    the possessor of the thing asked for is whom it is asked of ("sought the Centre's help")."""
    token = sentence.tokens[predicate]
    verb = sentence.tokens[token.head] if token.pos == "NOUN" and token.dep in ("dobj", "obj") else token
    holders = [verb, token] if verb.i != token.i else [token]
    things: list[int] = []
    sector_words = actors.index.sector_words
    named = {k for m in actors.mentions.get(sentence.index, []) for k in range(m.start, m.end)}
    for holder in holders:
        if holder.lemma.lower() not in OBJECT_DEMAND_VERBS and holder.i != token.i:
            continue
        # "asked the council to press Addis Ababa": the object of a verb that tells it what to do is whom it is asked of
        told_to = any(c.dep == "xcomp" and c.i > holder.i for c in sentence.children(holder.i))
        for child in sentence.children(holder.i):
            party_word = (child.lemma.lower() in sector_words or child.lower in sector_words or child.i in named
                          or named_group(sentence, child) or told_to)
            if child.dep in ("dobj", "obj") and child.i != token.i and child.pos == "NOUN" and not (
                    child.ent_type or party_word):
                things.append(child.i)  # "demanded the arrest of ...", not "urged the government"
            if child.dep == "prep" and child.lower == "for":
                things.extend(g.i for g in sentence.children(child.i) if g.dep == "pobj")
            if child.dep in ("ccomp", "xcomp"):  # "asked for forces to be deployed": those to be deployed
                things.extend(g.i for g in sentence.children(child.i) if g.dep == "nsubjpass")
    out: set[int] = set()
    for thing in things:
        # "the villagers' release": those it would befall, not whom it is asked of (the Centre of "the Centre's help")
        owners = set() if sentence.tokens[thing].lemma.lower() in BEFALLING_NOUNS else {
            t.i for c in sentence.children(thing) if c.dep == "poss" for t in sentence.subtree(c.i)}
        out |= {t.i for t in sentence.subtree(thing)} - owners
    return out


def demand_addressee(sentence: Sentence, predicate: int, sources: list[Resolved], actors: ArticleActors
                     ) -> Actor | None:
    """Whom a demand told as a clause is made of: the subject of "demanded that Pakistan hand over the men"
    (not the men, who are what is to be handed over), when it is a coded party other than the demander."""
    if sentence.tokens[predicate].lemma.lower() not in OBJECT_DEMAND_VERBS:
        return None
    # "its call for Turkey to recognise Cyprus"; not "asked for para-military forces to control": those are sent
    if (asked := asked_for_to_act(sentence, predicate)) and (got := actors.resolve(sentence, asked.i)) and is_coded(
            got[0]) and got[0].sector not in FORCE_SECTORS and not any(same_party(got[0], a) for a, _ in sources):
        return got[0]
    return party_below(sentence, predicate, ("ccomp",), "nsubj", actors, [a for a, _ in sources])


# what one asks to hold with another ("asked for talks with Kiribati", "requested a meeting with the Premier")
ASKED_MEETING_NOUNS = MEETING_NOUNS | frozenset({"talk", "audience", "dialogue", "negotiation", "consultation"})


def meeting_asked_with(sentence: Sentence, predicate: int, sources: list[Resolved], actors: ArticleActors
                       ) -> Actor | None:
    """Whom a meeting asked for would be with ("asked for a meeting with the court's president", "sought talks
    with Kiribati's government"): the first coded party after its "with", other than the one asking."""
    if sentence.tokens[predicate].lemma.lower() not in OBJECT_DEMAND_VERBS:
        return None
    asked = [c for c in sentence.children(predicate) if c.dep in ("dobj", "obj")]
    asked += [g for c in sentence.children(predicate) if c.dep == "prep" and c.lower == "for"
              for g in sentence.children(c.i) if g.dep == "pobj"]
    for meeting in asked:
        if meeting.lemma.lower() not in ASKED_MEETING_NOUNS:
            continue
        withs = [c for c in sentence.children(meeting.i) if c.dep == "prep" and c.lower == "with"]
        got = party_below(sentence, meeting.i, ("prep",), "pobj", actors, [a for a, _ in sources]) if withs else None
        if got is not None:
            return got
    return None


def party_below(sentence: Sentence, predicate: int, child_deps: tuple[str, ...], party_dep: str,
                actors: ArticleActors, besides: list[Actor] | None = None) -> Actor | None:
    """The first coded party two arcs below the predicate: a ``party_dep`` child of a ``child_deps`` child
    (the subject of its clause, the possessor of its object), other than any party in ``besides``."""
    for child in sentence.children(predicate):
        if child.dep not in child_deps:
            continue
        for party in sentence.children(child.i):
            got = actors.resolve(sentence, party.i) if party.dep == party_dep else None
            if got is not None and is_coded(got[0]) and not any(same_party(got[0], b) for b in besides or ()):
                return got[0]
    return None
