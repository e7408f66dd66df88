"""Whether two parties are one, and whether a candidate target is the doer's own: its state's body, its own
forces, a party told with "its", or a partner it acts with. Pure functions of the resolved actors (and, for a
partner, the sentence's words), used by the target's choice (``targets``) and by the events (``events``).
"""

from __future__ import annotations

from ..records import Actor, Sentence
from .unnamed_targets import Resolved

# sectors that are one body in a country, its forces: its police and its armed forces
FORCE_SECTORS = frozenset({"COP", "MIL"})


def own_body(actor: Actor, bodies: set[tuple[str | None, str | None]]) -> bool:
    """The actor's country as a state, when the actor is that state or its government."""
    if actor.country is None or actor.kind != "country":
        return False
    return any(country == actor.country and sector in (None, "GOV") for country, sector in bodies)


def owned_by_source(actor: Actor, own: set[str]) -> bool:
    """A party told as the source's own by a possessive pronoun ("its ambassador", "their envoys") of the source's
    country."""
    first = (actor.text or "").split(" ", 1)[0].lower()
    return first in ("its", "their") and actor.country is not None and actor.country in own


def own_forces(actor: Actor, own: set[str], any_country: bool = False) -> bool:
    """Forces of the actor's country, or forces whose words name no one ("peacekeepers", "its troops": a
    country the context lends them is a guess); any forces, for a mobilization, listed ones too ("rushed the
    Rapid Action Force": the force is what is sent, not whom it is sent against)."""
    kinds = ("group", "organisation") if any_country else ("group",)
    if actor.sector not in FORCE_SECTORS or actor.kind not in kinds:
        return False
    unnamed = not any(word[:1].isupper() for word in actor.text.split())
    return any_country or unnamed or actor.country is None or actor.country in own


def partner_of(sentence: Sentence, actor: Actor, preposition: str = "with") -> bool:
    """The actor's words are the object of "with" (or another ``preposition``)."""
    if actor.span is None:
        return False
    before = sentence.text[:actor.span[0] - sentence.start].rstrip().lower()
    return before.endswith(f" {preposition}") or before.endswith(f" {preposition} the")


def partner_of_owner(sentence: Sentence, actor: Actor, parties: list[Actor]) -> bool:
    """The actor is the "with" partner of another party's act or tie, that party told as its possessor ("blocked
    North Macedonia's membership talks with the European Union"): the partner of the possessor, not of the doer."""
    if actor.span is None or not partner_of(sentence, actor):
        return False
    heads = [t for t in sentence.tokens if t.start == actor.span[0] or (
        t.dep == "pobj" and actor.span[0] <= t.start < actor.span[1])]
    for token in heads:
        prep = sentence.tokens[token.head] if token.dep == "pobj" else None
        while prep is None and token.head != token.i and token.dep in ("det", "compound", "amod"):
            token = sentence.tokens[token.head]
            prep = sentence.tokens[token.head] if token.dep == "pobj" else None
        if prep is None or prep.lower != "with" or prep.head == prep.i:
            continue
        owners = [c for c in sentence.children(prep.head) if c.dep == "poss"]
        if any(p.span is not None and p is not actor and any(p.span[0] <= o.start < p.span[1] for o in owners)
               for p in parties):
            return True
    return False


def same_party(a: Actor, b: Actor) -> bool:
    """The same actor twice ("Xi ... he"): one named alike in one country, one person named alike, or the same
    words."""
    if a.span is not None and a.span == b.span:
        return True
    if a.sector and b.sector and a.sector != b.sector:  # "Indian workers ... the Indian government"
        return False
    # one person, whichever country one mention of them was given ("EU foreign policy chief Kaja Kallas condemned
    # what she called ...": the IGO's officer, and "she" as the knowledge base lists her)
    one_person = a.kind == "person" and b.kind == "person"
    return a.name is not None and a.name == b.name and (a.country == b.country or one_person)


def is_coded(actor: Actor) -> bool:
    """A party the knowledge base or the context codes: a country, an organisation, a person, or a group
    with a country or a sector (not a phrase kept as written)."""
    return actor.kind != "group" or bool(actor.country or actor.sector)


def coded_target(targets: list[Resolved]) -> Resolved | None:
    """The first coded target: "shared evidence with India" is aimed at India, not at the evidence."""
    return next((t for t in targets if is_coded(t[0])), None)
