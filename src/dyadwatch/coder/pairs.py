"""The story's two main countries: an act of one that names no target is aimed at the other, and one's
"counterpart" is of the other. Pure functions of an event and the article's pair
(:func:`~dyadwatch.coder.screen.main_pair`)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from ..records import Actor, Event
from .screen import STATE_SECTORS
from .stories import has_target

UNDIRECTED_TYPES = frozenset({"PROTEST", "MOBILIZE"})


def with_implied_recipient(event: Event, pair: tuple[Actor, Actor] | None,
                           named_here: dict[str, Actor] | None = None, beside: Collection[str | None] = ()) -> Event:
    """An event with no target, by one of the article's two main countries, is aimed at the other.

    When the sentence names that country, its words are the target; else the target is implied (its
    ``text`` is empty). Either way the confidence drops. Not when the other does the act beside it (``beside``: the
    countries of the act's other doers, "Britain and France condemned the attack").
    """
    if has_target(event) or pair is None or event.event_type in UNDIRECTED_TYPES or not of_the_state(event.actor):
        return event
    countries = [p.country for p in pair]
    if event.actor.country not in countries:
        return event
    other = pair[1] if event.actor.country == countries[0] else pair[0]
    if other.country in beside:
        return event
    here = (named_here or {}).get(other.country or "")
    actor_span = event.actor.span or (-1, -1)
    apart = here is not None and here.span is not None and not (
        here.span[0] < actor_span[1] and actor_span[0] < here.span[1])
    if here is not None and apart:
        return replace(event, recipient=here, confidence=round(max(0.05, event.confidence - 0.1), 2))
    implied = Actor("", other.name if other.kind != "person" else None, other.country,
                    other.sector if other.kind != "person" else "GOV", "country", country_source="pair")
    return replace(event, recipient=implied, confidence=round(max(0.05, event.confidence - 0.15), 2))


def across_from_counterpart(event: Event, pair: tuple[Actor, Actor] | None) -> Event:
    """"The Trade Cabinet Secretary said he would meet his Ugandan counterpart": one's counterpart is of another
    country, so a doer placed in the counterpart's country (a Kenyan paper's story about Uganda) is of the article's
    other main country."""
    target = event.recipient
    if (target is None or pair is None or "counterpart" not in target.text.lower().split()
            or event.actor.kind == "country" or event.actor.country != target.country):
        return event
    countries = [p.country for p in pair]
    other = next((c for c in countries if c != target.country), None)
    if other is None or target.country not in countries:
        return event
    return replace(event, actor=replace(event.actor, country=other, country_source="pair"))


def of_the_state(actor: Actor) -> bool:
    """A state or its organs, whose untargeted acts in a story between two states may be aimed at the other (not
    farmers who "complained of low water", nor a party or a firm)."""
    return actor.kind == "country" or actor.sector in STATE_SECTORS
