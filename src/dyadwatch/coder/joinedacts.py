"""Acts joined in one clause that share whom they are aimed at.

"The Russian embassy accused the Romanian authorities of acting on Washington's orders and demanded consular
access": the demand names no one it is made of, and the accusation it is joined to does. One who accuses a party
and, in the same breath, demands something demands it of that party; the held-out writers code it so (a demand
for a release, for access, for an audit, aimed at whom the accusation was). The coder shares targets twice: among a
sentence's candidates, and again after the screen, which names the owner of an act an accusation is aimed at ("called
the detentions a grave violation ... and demanded that the six be released": the detentions are Suriname's). A
demand aimed only at the demander's own people, joined to an accusation aimed abroad, takes the accusation's target
too ("summoned Azerbaijan's ambassador to protest the detention of seven Iranian truck drivers and demanded that its
consular officers be allowed to see them"). Pure over events and the predicate each was coded from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..records import Actor, Event, Sentence
from .speakers_state import NATIONAL_WORDS

# the acts whose target a demand joined to them takes, and the demands that take it ("waved placards outside the
# Belgian embassy and demanded compensation": of Belgium)
AIMING_TYPES = frozenset({"ACCUSE", "PROTEST"})
TAKING_TYPES = frozenset({"REQUEST"})


def joined_predicates(sentence: Sentence, predicate: int) -> list[int]:
    """The verbs coordinated with ``predicate`` ("accused X ... and demanded Y"): its conjunct head and its
    conjuncts."""
    token = sentence.tokens[predicate]
    joined = [c.i for c in sentence.children(predicate) if c.dep == "conj" and c.pos == "VERB"]
    if token.dep == "conj" and sentence.tokens[token.head].pos == "VERB":
        # and what the conjunct head was done for: "summoned the ambassador to protest ... and demanded"
        joined[:0] = [token.head, *(c.i for c in sentence.children(token.head)
                                    if c.dep in ("xcomp", "advcl") and c.pos == "VERB" and c.i < predicate)]
    return joined


def same_doer(one: Event, other: Event) -> bool:
    return (one.actor.country, one.actor.name, one.actor.text) == (other.actor.country, other.actor.name,
                                                                   other.actor.text)


def at_home_only(demand: Event, aimed: Actor) -> bool:
    """The demand's own target is of the demander's country while the accusation it is joined to is aimed abroad:
    "summoned Azerbaijan's ambassador to protest the detention of seven Iranian truck drivers and demanded that its
    consular officers be allowed to see them" asks Azerbaijan, not the drivers it would see. Not a demand a body of
    a state other than its government makes of that government: "Iraqi lawmakers accused Kuwait ... and demanded that
    the government withdraw from the agreement" asks Iraq's."""
    target = demand.recipient
    home = demand.actor.country
    # ... a government only implied (the story's people's demand that names no one) is no party named
    of_own_government = (target is not None and target.sector == "GOV" and demand.actor.sector not in (None, "GOV")
                         and bool(target.text))
    # ... nor one a region's government makes of its state's national government ("Tigray's interim administration
    # called the detentions a violation and demanded that the federal government act": Ethiopia's federal government)
    of_national_government = (target is not None and target.sector == "GOV" and bool(
        NATIONAL_WORDS & set((target.text or "").lower().split())))
    return (target is not None and home is not None and target.country == home and aimed.country not in (None, home)
            and not of_own_government and not of_national_government)


def with_shared_targets(sentences: Sequence[Sentence], events: Sequence[Event], predicate_of: Mapping[str, int]
                        ) -> list[Event]:
    """Each demand with no target that is coordinated with an accusation by the same doer, aimed at whom that
    accusation is aimed ("accused the Romanian authorities ... and demanded consular access": of Romania); every
    other event as it is. The accusation's target may be a thing whose owner is known (the screen's "detentions" of
    Suriname). ``predicate_of`` gives the token each event was coded from, by event id."""
    by_sentence = {s.index: s for s in sentences}
    by_predicate: dict[tuple[int, int], list[Event]] = {}
    for event in events:
        if event.id in predicate_of:
            by_predicate.setdefault((event.sentence_index, predicate_of[event.id]), []).append(event)
    shared: list[Event] = []
    for event in events:
        predicate = predicate_of.get(event.id)
        sentence = by_sentence.get(event.sentence_index)
        if event.event_type in TAKING_TYPES and predicate is not None and sentence:
            aimed = next((other.recipient for joined in joined_predicates(sentence, predicate)
                          for other in by_predicate.get((event.sentence_index, joined), ())
                          if other.event_type in AIMING_TYPES and same_doer(event, other)
                          and other.recipient is not None and other.recipient.country), None)
            if aimed is not None and (event.recipient is None or at_home_only(event, aimed)):
                event = replace(event, recipient=aimed)
        shared.append(event)
    return shared
