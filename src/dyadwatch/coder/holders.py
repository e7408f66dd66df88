"""A demand for a release is made of whoever holds the people or things to be released.

"Police fired tear gas and arrested 23 commercial motorcycle riders ... The riders' union condemned the arrests and
demanded the immediate release of its members": the demand names no one it is made of, and the story told who made
the arrests. A demand with no target that asks for a release, a return or access to those held is aimed at the doer
of the nearest arrest, detention or seizure told before it (or in its own sentence), when that doer is a party with
a country and not the one demanding. The target is implied (its ``text`` is empty; ``country_source`` "holder").
Pure over the article's events, its sentences and the predicate each event was coded from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..records import Actor, Event, Sentence, Token

# words of asking that the held be let go or reached: "demanded the release of", "that the six be released",
# "asked for consular access to the fishermen", "called for their return"
RELEASE_WORDS = frozenset({"release", "free", "freedom", "return", "access", "handover", "repatriation"})
# acts of holding people or things: arrest and detention (CAMEO 173), seizure (171, 1711)
HOLDING_CODES = frozenset({"173", "171", "1711"})
ASKING_TYPES = frozenset({"REQUEST"})


def asks_for_release(sentence: Sentence, predicate: int) -> bool:
    """The demand's own words ask for a release: its object or clause, two steps down at most, holds one of
    :data:`RELEASE_WORDS` ("demanded the immediate release of its members", "demanded that the six be released")."""
    near: list[Token] = []
    for child in sentence.children(predicate):
        if child.dep in ("dobj", "obj", "ccomp", "xcomp", "prep"):
            near.append(child)
            near.extend(sentence.children(child.i))
    return any(t.lemma.lower() in RELEASE_WORDS and t.pos in ("NOUN", "VERB") for t in near)


def holder_of(events: Sequence[Event], before: Event) -> Actor | None:
    """The doer of the nearest act of holding told before ``before`` or in its sentence, or None."""
    holding = [e for e in events if e.cameo in HOLDING_CODES and e.sentence_index <= before.sentence_index
               and e.actor.country and e.id != before.id]
    return holding[-1].actor if holding else None


def with_holders_as_targets(sentences: Sequence[Sentence], events: Sequence[Event], predicate_of: Mapping[str, int]
                            ) -> list[Event]:
    """Each demand with no target that asks for a release, aimed at the doer of the nearest holding act told before
    it (:func:`holder_of`), unless that is the demander's own country's same party; every other event as it is.
    ``events`` are in the order the article tells them."""
    by_sentence = {s.index: s for s in sentences}
    ordered = sorted(events, key=lambda e: e.sentence_index)
    aimed: list[Event] = []
    for event in events:
        predicate = predicate_of.get(event.id)
        sentence = by_sentence.get(event.sentence_index)
        if (event.event_type in ASKING_TYPES and event.recipient is None and predicate is not None
                and sentence is not None and asks_for_release(sentence, predicate)
                and (holder := holder_of(ordered, event)) is not None
                and (holder.country, holder.sector) != (event.actor.country, event.actor.sector)):
            implied = Actor("", holder.name, holder.country, holder.sector, holder.kind, country_source="holder")
            event = replace(event, recipient=implied)
        aimed.append(event)
    return aimed
