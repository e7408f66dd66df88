"""Asking a court to act against a party is a lawsuit: ACCUSE (CAMEO 115, "bring lawsuit against"), aimed at the
party the court is asked to act on, not a request of the court.

"The Bundesrat had asked the court to ban the party", "the council has asked the High Court to declare the
directive unlawful", "Cambodia has asked the International Court of Justice to rule on the temples", "said he would
appeal to the Almaty city court": the lexicon reads an appeal (REQUEST, CAMEO 02x) aimed at the court. The guide
codes lawsuits and appeals as ACCUSE aimed at the other side. The target is the party the court is asked to act on
(the object of what it is asked to do); a thing asked about ("the directive") is kept as written, for the screen to
give its owner (a policy's owner in a story about one country); with neither, the other country of a story between
two (:func:`dyadwatch.coder.pairs.with_implied_recipient`). A court asked to give an opinion ("asked the court
whether") and appeals to anyone but a court stay requests.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from ..records import Actor, Event, Sentence
from .attributes import clause_chain, condition_of
from .codes import CodeTable, recoded
from .pairs import with_implied_recipient
from .phrases import noun_phrase, words_text

LAWSUIT_CODE = "115"
COURT_WORDS = frozenset({"court", "courts", "tribunal", "tribunals"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
PARTY_KINDS = frozenset({"person", "country", "organisation", "group"})
# the verbs of going to court ("asked the court to", "would appeal to the court", "petitioned the court"); a demand
# that a court act ("said the high court must decide", "urged the court to direct ...") stays a request of it
SUING_VERBS = frozenset({"ask", "appeal", "petition", "apply"})


def is_court(actor: Actor | None) -> bool:
    """The party is a court: of the judiciary (or an international court), named as a court or a tribunal."""
    return actor is not None and actor.sector in ("JUD", "IGO") and bool(
        COURT_WORDS & set(actor.text.lower().replace(",", " ").split()))


def asked_object(sentence: Sentence, predicate: int, resolve: Callable[[Sentence, int], Actor | None]) -> Actor | None:
    """What the court is asked to act on: the party the object of the asked act names ("to ban the party", by
    ``resolve``), or the object's words as a thing ("to declare the directive unlawful"); None when the act has no
    object."""
    for asked in sentence.children(predicate):
        if asked.dep not in ("xcomp", "ccomp") or asked.pos not in ("VERB", "AUX"):
            continue
        for obj in sentence.children(asked.i):
            if obj.dep not in OBJECT_DEPS:
                continue
            named = resolve(sentence, obj.i)
            if named is not None and named.kind in PARTY_KINDS:
                return replace(named, span=None)
            text, _ = words_text(sentence, noun_phrase(sentence, obj.i))
            return Actor(text, None, None, None, "other")
    return None


def as_lawsuits(events: Sequence[Event], sentences: Mapping[int, Sentence], predicate_of: Mapping[str, int],
                table: CodeTable, resolve: Callable[[Sentence, int], Actor | None],
                pair: tuple[Actor, Actor] | None) -> list[Event]:
    """The article's candidates with each appeal to a court coded as a lawsuit against the party the court is asked
    to act on (in the article's order)."""
    if LAWSUIT_CODE not in table:
        return list(events)
    code = table.get(LAWSUIT_CODE)
    coded: list[Event] = []
    for event in events:
        sentence = sentences.get(event.sentence_index)
        predicate = predicate_of.get(event.id)
        if (event.event_type != "REQUEST" or sentence is None or predicate is None or not is_court(event.recipient)
                or sentence.tokens[predicate].lemma.lower() not in SUING_VERBS
                or condition_of(sentence, clause_chain(sentence, predicate) + [
                    c for c in sentence.children(predicate) if c.dep in ("xcomp", "ccomp")]) is not None):
            coded.append(event)  # "would ask the court to hold the ministry in contempt if ...": a threat's term
            continue
        target = asked_object(sentence, predicate, resolve)
        sued = recoded(event, code, target)
        coded.append(sued if target is not None else with_implied_recipient(sued, pair))
    return coded
