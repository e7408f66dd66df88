"""One act told more than once: the tellings of an article that are the same act (same type, parties and modality,
compatible dates) become one event whose mentions hold the others, and two readings of one word are one act; so are a
warning and the conditional act it warns of (:func:`threats_told_twice`), and a summons and the meeting with the envoy
it called in (:func:`summons_met_again`). :func:`one_per_act` is the screen's last step (``dyadwatch.coder.screen``);
pure over events."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..records import Actor, Event, Rejected
from .calibration import generic_code

# verbal acts differ by what is said: two pledges between the same leaders are two acts unless told
# with the same word; a meeting, an arrest or an attack between the same parties on one day is one act
VERBAL_TYPES = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"})


def act_key(event: Event) -> tuple[object, ...]:
    def party(actor: Actor | None) -> tuple[str | None, str | None]:
        if actor is None:
            return (None, None)
        return (actor.country, (actor.name or actor.text or "").lower().removeprefix("the ") or None)

    said = (event.cameo, event.trigger.lower()) if event.event_type in VERBAL_TYPES else None
    return (event.event_type, party(event.actor), party(event.recipient), event.modality, said)


def same_predicate(a: Event, b: Event, keys: Mapping[int, tuple[object, ...]] | None = None) -> bool:
    """Two readings of the same word of the same sentence by the same source: between the same parties, or
    of different types (one act, whatever each reading takes as its target); the same type aimed at two
    targets ("met Xi and Putin") is two acts. ``keys``: each event's :func:`act_key`, by ``id``, when known."""
    if a.sentence_index != b.sentence_index or a.trigger.lower() != b.trigger.lower():
        return False
    key_a = keys[id(a)] if keys is not None else act_key(a)
    key_b = keys[id(b)] if keys is not None else act_key(b)
    return key_a[1] == key_b[1] and (key_a[2] == key_b[2] or a.event_type != b.event_type)


def compatible_dates(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def told_at_another_time(one: Event, other: Event, dated: Mapping[int, set[str]]) -> bool:
    """One telling is told with no date of its own in a sentence that dates its acts to a time the other telling's
    date cannot be ("Estonia on Tuesday declared a Russian diplomat persona non grata" and, later, "Russia expelled
    Estonia's ambassador in January 2023 ..., and Estonia expelled the Russian ambassador"): two acts."""
    if one.sentence_index == other.sentence_index:
        return False
    return any(undated.date_text is None and told.date is not None
               and any(not compatible_dates(d, told.date) for d in dated.get(undated.sentence_index, ()))
               for undated, told in ((one, other), (other, one)))


def one_per_act(events: Sequence[Event]) -> tuple[list[Event], list[Rejected]]:
    """The same act told again (same type, parties and modality, compatible dates) is one event whose
    mentions hold the other tellings; the most confident telling stands for it."""
    kept: list[Event] = []
    retold: list[Rejected] = []
    # each telling's key, by id, computed once: the kept ones are compared with every later one (hundreds of acts)
    keys: dict[int, tuple[object, ...]] = {id(e): act_key(e) for e in events}
    dated: dict[int, set[str]] = {}  # the dates each sentence's tellings are told with
    for e in events:
        if e.date is not None and e.date_text is not None:
            dated.setdefault(e.sentence_index, set()).add(e.date)
    for event in sorted(events, key=lambda e: (-e.confidence, e.sentence_index)):
        reading = next((k for k in kept if same_predicate(k, event, keys)), None)
        if reading is not None:
            # one word, one act: "MPs backed the invasion" is not both SUPPORT and RETREAT. The lexicon's
            # reading of the word ("suspend ... measures": RETREAT) outranks the typer's reading of the
            # whole sentence put on that word with its type's generic code.
            if generic_code(reading) and not generic_code(event):
                kept[kept.index(reading)] = event
                reading, event = event, reading
            retold.append(Rejected(event, f"another reading of the act of event {reading.id} "
                                          f"({reading.event_type} on {reading.trigger!r})"))
            continue
        twin = next((k for k in kept if keys[id(k)] == keys[id(event)] and (compatible_dates(k.date, event.date) or (
            k.sentence_index == event.sentence_index and None in (k.date_text, event.date_text)))
            and not told_at_another_time(k, event, dated)), None)
        if twin is None:
            kept.append(event)
            continue
        if twin.sentence_index == event.sentence_index:
            # "met ... to talk about": two words of one sentence telling the same act (a date told for one is both's)
            retold.append(Rejected(event, f"the same act as event {twin.id}, in the same sentence"))
            continue
        at = kept.index(twin)
        mention = (event.sentence_index, event.span[0], event.span[1])
        kept[at] = replace(twin, retellings=(*twin.retellings, mention), date=twin.date or event.date)
        keys[id(kept[at])] = keys[id(twin)]  # the same parties, type and modality: the same key
        retold.append(Rejected(event, f"the same act as event {twin.id} (sentence {twin.sentence_index})"))
    aimed = {(e.sentence_index, e.event_type, keys[id(e)][1], e.modality): e for e in kept if e.recipient is not None}
    for event in [e for e in kept if e.recipient is None]:
        # "threw stones at police vehicles and set fire to a filling station": the doer's act of that type aimed at
        # no one, told beside one aimed at someone, is that incident told again
        sibling = aimed.get((event.sentence_index, event.event_type, keys[id(event)][1], event.modality))
        if sibling is not None:
            kept.remove(event)
            retold.append(Rejected(event, f"told with event {sibling.id}, which names whom the act is aimed at"))
    for event in threats_told_twice(kept):
        kept.remove(event)
        retold.append(Rejected(event, "the threat a warning of the same sentence already tells"))
    for event in [e for e in kept if summons_met_again(e, kept)]:
        kept.remove(event)
        retold.append(Rejected(event, "meeting the envoy a summons called in is the summons told again"))
    kept.sort(key=lambda e: (e.sentence_index, e.span[0]))
    return kept, retold


# a summons of an envoy (the lexicon's CAMEO 114 on "summon"): an official complaint, made by meeting the envoy
SUMMONS_CODE = "114"
SUMMONING_TRIGGERS = ("summon",)
# words that tell a state's envoy, whom a summons calls in
ENVOY_TEXT = re.compile(r"\b(ambassador|envoy|diplomat|charg[eé] d'affaires|consul|attach[eé]|emissary|"
                        r"high commissioner)s?\b", re.IGNORECASE)


def summons_met_again(event: Event, events: Sequence[Event]) -> bool:
    """A meeting with another state's envoy, told after the doer's state summoned that state's envoy ("Denmark
    summoned the top US diplomat ... the foreign minister told reporters after meeting the US charge d'affaires"):
    the summons told again, which the complaint already codes."""
    recipient = event.recipient
    if (event.event_type != "CONSULT" or recipient is None or not recipient.country or not event.actor.country
            or not ENVOY_TEXT.search(recipient.text or "")):
        return False
    return any(other.cameo == SUMMONS_CODE and other.trigger.lower().startswith(SUMMONING_TRIGGERS)
               and other.sentence_index <= event.sentence_index and other.actor.country == event.actor.country
               and other.recipient is not None and other.recipient.country == recipient.country
               for other in events)


def threats_told_twice(events: Sequence[Event]) -> list[Event]:
    """A warning and the conditional act it warns of, told in one sentence by the same state to the same party
    ("warned Kigali that Burundi would respond if the attacks continued": the warning and "would respond if"), are
    one threat: the less confident readings, which the most confident stands for."""
    best: dict[tuple[object, ...], Event] = {}
    extra: list[Event] = []
    for event in sorted(events, key=lambda e: -e.confidence):
        if event.event_type != "THREATEN":
            continue
        key = (event.sentence_index, event.actor.country, event.recipient.country if event.recipient else None)
        if event.actor.country is None or key not in best:
            best.setdefault(key, event)
            continue
        extra.append(event)
    return extra
