"""Places taken for parties: whether a phrase the parse offers as an act's party names a place the act happens in or
is aimed at ("deployed troops in the town", "a rally in Ahmedabad") rather than a party.

Pure functions of the parse and word classes, testable on a hand-built parse; :mod:`dyadwatch.coder.targets` and
:mod:`dyadwatch.coder.events` use them when they choose a target.
"""

from __future__ import annotations

from collections.abc import Collection

from ..records import Actor, Sentence, Token
from .actorwords import LOCATIVE_WORDS, PLACE_NOUNS
from .phrases import noun_phrase, of_object, span_head


def taken_as_place(sentence: Sentence, actor: Actor, states: Collection[str]) -> bool:
    """A place named as a place: a building or an area named by a common noun ("the temple", "the town"),
    or a region or a town (a place whose name is not a state's, ``states``) after a preposition of place
    ("in Gujarat", "to the Middle East"). A state, its capital and its government stay parties ("sent envoys
    to Beijing", "deployed troops in Pakistan")."""
    if actor.span is None or actor.kind not in ("group", "country"):
        return False
    words = sentence.text[actor.span[0] - sentence.start:actor.span[1] - sentence.start].lower().split()
    last = words[-1].strip(".,;:'\"") if words else ""
    head = span_head(sentence, actor.span)
    if actor.kind == "group" and (last in PLACE_NOUNS or last.removesuffix("s") in PLACE_NOUNS) and (
            head is None or not held_by_people(sentence, head)):
        return True
    if head is not None and head.pos == "NOUN" and head.lemma.lower() in PLACE_NOUNS and of_object(sentence, head.i):
        return True  # "shelled the city of El Obeid": a place told by its name after "of"
    # "moved an extra infantry company to Koindu": a town the parser names as a place, the knowledge base as nothing
    named_place = actor.kind == "group" and head is not None and head.ent_type in ("GPE", "LOC", "FAC")
    if (actor.kind != "country" and not named_place) or actor.name in states:
        return False
    start = actor.span[0]
    first = span_head(sentence, actor.span)
    while first is not None and first.dep == "conj" and first.head != first.i:
        # "in ahmedabad, vadodara, gandhinagar": each place of a list after one preposition of place
        first = sentence.tokens[first.head]
        start = min(t.start for t in noun_phrase(sentence, first.i))
    before = sentence.text[:start - sentence.start].lower().split()
    while before and before[-1] in ("the", "a", "an"):
        before.pop()
    return bool(before) and before[-1] in LOCATIVE_WORDS


def held_by_people(sentence: Sentence, head: Token) -> bool:
    """The phrase's head is people (an office, a title) whose "of" names the place they hold: "the governor of the
    Vakinankaratra region" is the governor, though the phrase ends in a place."""
    return head.pos == "NOUN" and head.lemma.lower() not in PLACE_NOUNS and of_object(sentence, head.i) is not None


def at_place(sentence: Sentence, actor: Actor) -> bool:
    """The actor's words are the object of "in" or "at" (a place the act happens in)."""
    if actor.span is None:
        return False
    start, end = actor.span
    return any(start <= t.start < end and t.dep == "pobj" and sentence.tokens[t.head].lower in ("in", "at")
               and sentence.tokens[t.head].start < start for t in sentence.tokens)
