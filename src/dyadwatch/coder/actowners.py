"""Whose act a stance is on: "Macron called on Hezbollah to disarm. ... Qassem rejected the call" is aimed at
Macron, who made the call; "Japan condemned the launch" at whoever launched.

A stance (ACCUSE, REJECT, SUPPORT) whose direct object names, with a definite article, an act of a kind the
article has already told ("the call", "the request", "the ban", "the ruling", "the launch") is aimed at the doer
of the latest such act told in an earlier sentence, as the annotation guide aims a stance on a policy at its
owner. The target keeps the words of the act ("the call"); its country, sector and kind are the doer's, with
``country_source`` ``"act"``. The acts told so far are the coder's candidate events of the earlier sentences
(:attr:`ArticleActors.acts`); a stance on one's own act, or on an act the article has not told, finds no owner
here and falls to the other rules of :mod:`dyadwatch.coder.targets`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Actor, Sentence, Token
from .phrases import noun_phrase, words_text

# the kinds of act a noun names, by PLOVER type of the event that tells it
ACT_NOUN_TYPES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("call", "request", "demand", "appeal", "plea", "ultimatum"), frozenset({"REQUEST"})),
    **dict.fromkeys(("offer", "proposal"), frozenset({"AGREE", "CONCEDE"})),
    # "challenged her rival to a debate ... Kast turned the challenge down"; "rejected the government's challenge to
    # the ruling": a dare (an appeal, CAMEO 02) or a case brought in court (115)
    "challenge": frozenset({"REQUEST", "ACCUSE"}),
    **dict.fromkeys(("ban", "ruling", "verdict", "curfew", "crackdown", "arrest", "arrests", "detention",
                     "detentions", "seizure", "seizures", "deportation", "deportations", "shutdown"),
                    frozenset({"COERCE"})),
    **dict.fromkeys(("sanction", "sanctions", "expulsion", "expulsions", "embargo"), frozenset({"SANCTION"})),
    # "suspended the private station ... Reporters Without Borders condemned the suspension": a measure told before
    # (a "closure" is as often a border's, which no one owns: tried, look +1 right +2 wrong)
    **dict.fromkeys(("suspension", "suspensions"), frozenset({"SANCTION", "COERCE"})),
    **dict.fromkeys(("launch", "test"), frozenset({"MOBILIZE", "ASSAULT"})),
    **dict.fromkeys(("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing", "shelling",
                     "invasion", "offensive", "killing", "killings", "shooting", "shootings"), frozenset({"ASSAULT"})),
    # "helicopters flew into Norwegian airspace ... called the incursion unacceptable": a crossing (MOBILIZE, 15x)
    # or an armed one
    **dict.fromkeys(("incursion", "incursions", "intrusion", "intrusions"), frozenset({"ASSAULT", "MOBILIZE"})),
    "raid": frozenset({"ASSAULT", "COERCE"}),  # an air raid, or the police's raid on a newspaper's offices
    **dict.fromkeys(("accusation", "accusations", "allegation", "allegations", "criticism", "charge", "charges"),
                    frozenset({"ACCUSE"})),
    **dict.fromkeys(("threat", "threats", "warning"), frozenset({"THREATEN"})),
    "visit": frozenset({"CONSULT"}),
    # "Armenia and Turkey agreed to open their border ... Azerbaijan welcomed the agreement": a deal told before
    **dict.fromkeys(("agreement", "deal", "accord", "pact", "truce", "ceasefire"), frozenset({"AGREE"})),
    "invitation": frozenset({"CONSULT", "REQUEST"}),  # "invited Zurek to talks ... Zurek turned down the invitation"
    "incident": frozenset({"ASSAULT", "COERCE", "MOBILIZE"}),  # "condemned the incident": a clash told before
}
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
STANCE_ON_ACT_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE"})
REACH = 8  # sentences back that a stance may refer to an act told before
# prepositions after an act noun that say what the act was for or about ("the call for talks"), not where or
# how it was made ("the call in a televised speech")
CONTENT_PREPOSITIONS = frozenset({"for", "of", "on", "over", "against", "about"})


# an act told: its sentence index, its PLOVER type, its doer, and the lower-cased lemmas of its sentence
Told = tuple[int, str, Actor, frozenset[str]]


def act_object(sentence: Sentence, predicate: int) -> Token | None:
    """The predicate's direct object when it names a told act with a definite article and no owner of its
    own ("rejected the call"; not "rejected France's call", "rejected a call", "rejected the call by X")."""
    for thing in sentence.children(predicate):
        named = thing.lemma.lower() in ACT_NOUN_TYPES or thing.lower in ACT_NOUN_TYPES
        if thing.dep not in ("dobj", "obj") or not named:
            continue
        below = sentence.children(thing.i)
        if any(c.dep == "poss" for c in below) or any(c.dep == "prep" and c.lower == "by" for c in below):
            return None
        if any(c.dep == "acl" for c in below):
            return None  # "the proposal put forward by Egypt": named there, if anywhere
        if any(c.dep == "det" and c.lower in DEFINITE for c in below):
            return thing
    return None


# what a protest is "at" or "against": "marched ... in protest at the arrests", "protested against the ban"
PROTESTED_PREPOSITIONS = frozenset({"at", "against", "over"})


def protested_act(sentence: Sentence, predicate: int) -> Token | None:
    """The told act a protest is against, named with a definite article: "would march on Friday in protest at the
    arrests", "protested against the ban"; or None."""
    preps = [p for p in sentence.children(predicate) if p.dep == "prep" and p.lower in PROTESTED_PREPOSITIONS]
    for inner in sentence.children(predicate):
        if inner.dep == "prep" and inner.lower == "in":
            preps.extend(p for g in sentence.children(inner.i) if g.dep == "pobj" and g.lemma.lower() == "protest"
                         for p in sentence.children(g.i) if p.dep == "prep" and p.lower in PROTESTED_PREPOSITIONS)
    for prep in preps:
        for thing in sentence.children(prep.i):
            if thing.dep != "pobj" or not (thing.lemma.lower() in ACT_NOUN_TYPES or thing.lower in ACT_NOUN_TYPES):
                continue
            below = sentence.children(thing.i)
            if any(c.dep == "det" and c.lower in DEFINITE for c in below) and not any(c.dep == "poss" for c in below):
                return thing
    return None


# sectors whose bodies of one country are rivals when they are named differently: parties and the opposition
RIVAL_SECTORS = frozenset({"PTY", "OPP"})


def same_side(a: Actor, b: Actor) -> bool:
    """One party twice, or two of one country's bodies of one kind: no one takes a stance on their own act."""
    if a.name is not None and a.name == b.name and a.country == b.country:
        return True
    if a.sector in RIVAL_SECTORS and a.name and b.name and a.name != b.name:
        return False  # "Mr Powell (Reform) has challenged Mr Whittle ... Plaid rejected the challenge": two parties
    return a.country is not None and a.country == b.country and a.sector == b.sector


def owner_of_told_act(sentence: Sentence, predicate: int, event_type: str, doers: Sequence[Actor],
                      acts: Sequence[Told]) -> Actor | None:
    """The target of a stance on an act told before: the object's words, coded as the act's doer; or None."""
    if event_type not in STANCE_ON_ACT_TYPES | {"PROTEST"}:
        return None
    thing = act_object(sentence, predicate) if event_type != "PROTEST" else protested_act(sentence, predicate)
    if thing is None:
        return None
    kinds = ACT_NOUN_TYPES.get(thing.lemma.lower()) or ACT_NOUN_TYPES[thing.lower]
    # "rejected the plea for a symbolic puja": an act told with what it was for is the act told with that word
    # (the parse may hang "for" on the verb: "rejecting the plea for a symbolic puja")
    preps = [p for p in sentence.children(thing.i) if p.dep == "prep" and p.lower in CONTENT_PREPOSITIONS] + [
        p for p in sentence.children(predicate) if p.dep == "prep" and p.lower == "for"]
    about = {g.lemma.lower() for p in preps for g in sentence.children(p.i)
             if g.dep == "pobj" and g.pos in ("NOUN", "PROPN")}
    for index, told_type, doer, words in reversed(acts):
        if index >= sentence.index or index < sentence.index - REACH or not about <= words:
            continue
        if told_type not in kinds or not (doer.country or doer.kind == "organisation" or doer.sector == "IGO"):
            continue  # an international body's officer has no country: "Kallas called on ... rejected the call"
        if any(same_side(doer, d) for d in doers):
            continue
        return told_as_doer(sentence, thing, doer)
    return None


# stances that answer a demand by what was demanded ("ruled out a guaranteed minimum price")
ANSWER_TYPES = frozenset({"REJECT", "CONCEDE", "AGREE"})


def owner_of_demanded_thing(sentence: Sentence, predicate: int, event_type: str, doers: Sequence[Actor],
                            acts: Sequence[Told]) -> Actor | None:
    """The party that demanded what a rejection or a concession names: "farmers demanding a guaranteed minimum
    price ... she ruled out a guaranteed minimum price" is aimed at the farmers. The direct object's noun and one of
    its modifiers must be words of the sentence of a demand told before (within :data:`REACH`), by a party not on
    the doer's side; the target keeps the object's words, coded as the demander."""
    if event_type not in ANSWER_TYPES:
        return None
    thing = next((c for c in sentence.children(predicate) if c.dep in ("dobj", "obj") and c.pos == "NOUN"), None)
    if thing is None:
        return None
    head = thing.lemma.lower()
    modifiers = {c.lemma.lower() for c in sentence.children(thing.i)
                 if c.dep in ("amod", "compound") and c.pos in ("NOUN", "ADJ", "VERB")}
    if not modifiers:
        return None  # "rejected the plan": one word is no telling of what was demanded
    for index, told_type, doer, words in reversed(acts):
        if index >= sentence.index or index < sentence.index - REACH or told_type != "REQUEST" or (
                head not in words or not modifiers & words):
            continue
        if not doer.country or any(same_side(doer, d) for d in doers):
            continue
        return told_as_doer(sentence, thing, doer)
    return None


def told_as_doer(sentence: Sentence, thing: Token, doer: Actor) -> Actor:
    """The target a stance or an answer names by a thing ("the call", "a guaranteed minimum price"): the thing's words,
    coded as whoever did or demanded it."""
    phrase = [t for t in noun_phrase(sentence, thing.i) if t.dep != "det"] or [thing]
    text, span = words_text(sentence, phrase)
    return Actor(text, doer.name, doer.country, doer.sector, doer.kind, span, country_source="act")


# acts two parties do together: a stance on one is aimed at both
JOINT_ACT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def partner_in_told_act(target: Actor, acts: Sequence[Told]) -> Actor | None:
    """The other side of a joint act a stance is aimed at through its doer (``owner_of_told_act``): "Armenia and
    Turkey agreed to open their border ... Azerbaijan welcomed the agreement" is aimed at both. The partner keeps the
    target's words; None when the act was one party's, or the target was not found through a told act."""
    words = (target.text or "").lower().split()
    kinds = ACT_NOUN_TYPES.get(words[-1], frozenset()) & JOINT_ACT_TYPES if words else frozenset()
    if target.country_source != "act" or not kinds:
        return None  # "rejected the demand": one party's act
    for index, told_type, doer, _ in reversed(acts):
        if told_type in kinds and doer.country == target.country and doer.name == target.name:
            partner = next((d for i, t, d, _ in acts if i == index and t == told_type and d.country
                            and d.country != doer.country), None)
            return None if partner is None else Actor(target.text, partner.name, partner.country, partner.sector,
                                                      partner.kind, target.span, country_source="act")
    return None
