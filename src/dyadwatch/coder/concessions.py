"""Concessions: giving a party what it demanded is CONCEDE, aimed at the party that demanded it.

"The government agreed to restore the subsidy", "the minister met the union and offered to pay half the arrears",
"the ministry agreed to the growers' request": the lexicon reads an agreement (AGREE, CAMEO 03x) whose object is
what is given, no party, so the screen would leave it out. What the text tells is a concession (CAMEO 080, PLOVER
CONCEDE: "yield to a demand"), and the house codes it so, aimed at whoever asked for it: the party the doer met in
the same sentence, the owner of the demand agreed to, or the last party in the article that made a demand, a protest
or a threat aimed at the doer's side. Where the text names none, the agreement is left as it was.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..records import Actor, Event, Mention, Sentence, Token
from .codes import CodeTable, recoded
from .partyrelations import same_party
from .phrases import prep_object
from .screen import STATE_SECTORS, is_party, target_acceptable

# the verbs of an agreement that gives something: "agreed to lift", "offered to pay", "promised that ... would be
# paid", "undertook to respect"
GIVING_VERBS = frozenset({"agree", "offer", "promise", "undertake", "consent"})
# the nouns of a demand one agrees to ("agreed to the growers' request")
DEMAND_NOUNS = frozenset({"demand", "request", "call", "appeal", "condition", "plea"})
# the acts a concession answers: a demand, a protest, a threat
DEMANDING_TYPES = frozenset({"REQUEST", "PROTEST", "THREATEN"})
YIELD_CODE = "080"


def demand_agreed_to(sentence: Sentence, predicate: int) -> Token | None:
    """The demand the verb agrees to ("agreed to the growers' request": request), or None."""
    demand = prep_object(sentence, predicate, "to")
    return demand if demand is not None and demand.lemma.lower() in DEMAND_NOUNS else None


def given_act(sentence: Sentence, predicate: int) -> bool:
    """The agreement's verb takes what is given as an act of the doer's ("agreed to lift", "promised that the arrears
    would be paid") or a demand ("agreed to the request"), not a party or terms ("agreed with Kyiv", "agreed on a
    price")."""
    return demand_agreed_to(sentence, predicate) is not None or any(
        c.dep in ("xcomp", "ccomp") and c.pos in ("VERB", "AUX") for c in sentence.children(predicate))


def owner_of_demand(sentence: Sentence, predicate: int, named: Sequence[Mention]) -> Actor | None:
    """The party whose demand the verb agrees to: "agreed to the growers' request" (the possessor's actor)."""
    demand = demand_agreed_to(sentence, predicate)
    if demand is None:
        return None
    owners = {c.i for c in sentence.children(demand.i) if c.dep == "poss"}
    return next((m.actor for m in named if any(m.start <= i < m.end for i in owners)), None)


def demanded_by(concession: Event, earlier: Sequence[Event]) -> Actor | None:
    """The last party before the concession (or in its sentence) that made a demand, a protest or a threat aimed at
    the conceding side: the doer itself, or a body of its state when the doer is one."""
    doer = concession.actor
    for event in reversed(earlier):
        target = event.recipient
        if (event.event_type not in DEMANDING_TYPES or target is None or not is_party(event.actor)
                or same_party(event.actor, doer) or event.actor.country != doer.country):
            continue
        if same_party(target, doer) or (target.country == doer.country and target.sector in STATE_SECTORS
                                        and doer.sector in STATE_SECTORS):
            return event.actor
    return None


def met_in_sentence(concession: Event, events: Sequence[Event]) -> Actor | None:
    """"Met federation leaders ... and offered to station more police": the one the doer met in the same sentence."""
    return next((e.recipient for e in events if e.sentence_index == concession.sentence_index
                 and e.event_type == "CONSULT" and e.recipient is not None and is_party(e.recipient)
                 and same_party(e.actor, concession.actor)), None)


def as_concessions(events: Sequence[Event], sentences: Mapping[int, Sentence], predicate_of: Mapping[str, int],
                   table: CodeTable, named: Mapping[int, Sequence[Mention]] | None = None) -> list[Event]:
    """The article's candidates with each agreement that gives what a party asked for, and names no party it is
    made with, coded as a concession to that party (in the article's order); ``named``: the actors named in each
    sentence."""
    if YIELD_CODE not in table:
        return list(events)
    code = table.get(YIELD_CODE)
    coded: list[Event] = []
    for k, event in enumerate(events):
        sentence = sentences.get(event.sentence_index)
        predicate = predicate_of.get(event.id)
        if (event.event_type != "AGREE" or sentence is None or predicate is None
                or (event.recipient is not None and target_acceptable(event.recipient))
                or sentence.tokens[predicate].lemma.lower() not in GIVING_VERBS
                or not given_act(sentence, predicate)):
            coded.append(event)
            continue
        before = [e for e in events[:k] + events[k + 1:] if e.sentence_index <= event.sentence_index]
        asker = (owner_of_demand(sentence, predicate, (named or {}).get(sentence.index, ()))
                 or met_in_sentence(event, events) or demanded_by(event, before))
        if asker is None or same_party(asker, event.actor):
            coded.append(event)
            continue
        coded.append(recoded(event, code, asker))
    return coded
