"""Doers told without a name: the state body that arrests, charges, sentences or releases people in a passive
with no agent, the authority of the place where a hostile act told with no agent happens, and the stand-in doer
of a candidate whose doer the coder cannot name (shown with its reason by ``--explain``, never output).
:mod:`dyadwatch.coder.events` calls these.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Actor, Sentence, Token
from .actors import ArticleActors
from .arguments import Arguments
from .targets import Resolved, country_after

# acts whose unnamed doer, in a passive, is the authority of the place they happen in ("Ingabire was arrested
# in Rwanda": Rwanda arrested her; "released from the US camp"), as coders of CAMEO and PLOVER record them; the
# sector stays unknown
AGENTLESS_TYPES = frozenset({"COERCE", "SANCTION", "ASSAULT", "RETREAT"})
# the types of the acts of custody below: charging people (ACCUSE) too
CUSTODY_TYPES = AGENTLESS_TYPES | {"ACCUSE"}


def authority_of_place(sentence: Sentence, predicate: int, actors: ArticleActors) -> list[Resolved]:
    got = country_after(sentence, predicate, ("in", "from"), actors)
    return [(replace(got[0], sector=None), ())] if got is not None and got[0].country else []


# acts of custody and prosecution told in the passive with no agent, and the state body that does them, of no
# country yet (the screen gives it the story's): "46 people have been arrested, the police said", "the 14 were
# released from Harare Central Police Station", "will be arraigned next week on 14 counts", "were sentenced to
# five years". The police arrest, hold and charge; courts and prosecutors indict, arraign, prosecute, convict and
# sentence; the authorities let people go and deport them (not "expel": parties expel members)
CUSTODY_DOERS = {
    "arrest": "COP", "detain": "COP", "charge": "COP",
    "indict": "JUD", "arraign": "JUD", "prosecute": "JUD", "convict": "JUD", "sentence": "JUD", "jail": "JUD",
    "imprison": "JUD",
    "release": "GOV", "free": "GOV", "deport": "GOV",
}
# an arrest is the police's even when whom it holds is not named as a party ("46 people have been arrested")
ARREST_VERBS = frozenset({"arrest", "detain"})
# people held by others than a state, whose release is not the authorities' ("the hostages were freed")
HELD_BY_OTHERS = frozenset({"hostage", "captive", "abductee", "kidnapee"})
TAKEN_BY_FORCE = frozenset({"abducted", "kidnapped", "kidnap", "abduct", "seized"})


def custody_authority(sentence: Sentence, predicate: int, actors: ArticleActors) -> list[Resolved]:
    """The state body that does an act of custody told in the passive with no agent (:data:`CUSTODY_DOERS`),
    of no country yet; none for other acts. An act other than an arrest needs whom it is done to as its passive
    subject, a party ("he was released on police bail", with no one before "he", has none), and people held by
    others than a state ("hostages", "the abducted pupils") are released by no authority."""
    lemma = sentence.tokens[predicate].lemma.lower()
    sector = CUSTODY_DOERS.get(lemma)
    if sector is None:
        return []
    if lemma not in ARREST_VERBS:
        subjects = [antecedent_of_relative(sentence, predicate, c) for c in sentence.children(predicate)
                    if c.dep in PASSIVE_SUBJECTS]
        if not subjects or any(held_by_others(sentence, s) for s in subjects) or all(
                actors.resolve(sentence, s.i) is None for s in subjects):
            return []
    elif (force := actors.voice) is not None and force.sector in ARRESTING_FORCES and force.country:
        # "The navy said the 14 men were arrested when a patrol boarded their trawler": the force that tells of
        # its arrest made it
        return [(force, ())]
    return [(Actor("", None, None, sector, "group"), ())]


# state forces that arrest, whose telling of an arrest with no agent is their own arrest
ARRESTING_FORCES = frozenset({"COP", "MIL"})


PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


def antecedent_of_relative(sentence: Sentence, predicate: int, subject: Token) -> Token:
    """The noun a relative pronoun subject stands for ("detained four men, who were charged": the men); else the
    subject itself."""
    head = sentence.tokens[predicate]
    if subject.lower in RELATIVE_PRONOUNS and head.dep == "relcl" and head.head != head.i:
        return sentence.tokens[head.head]
    return subject


def held_by_others(sentence: Sentence, subject: Token) -> bool:
    """Whether a passive subject names people held by others than a state."""
    words = [subject, *(c for c in sentence.children(subject.i) if c.dep in ("amod", "compound", "acl"))]
    return any(w.lemma.lower() in HELD_BY_OTHERS or w.lower in TAKEN_BY_FORCE for w in words)


DOERLESS = "unresolved"  # the kind of the stand-in actor of a candidate whose doer the coder cannot name


def doerless(sentence: Sentence, args: Arguments) -> Actor:
    """The stand-in doer of a candidate whose source words resolve to no actor ("he" with no one before
    it, a body the knowledge base lacks), or that names none (a passive with no agent)."""
    words = " ".join(sentence.tokens[h].text for h in args.sources)
    return Actor(words, None, None, None, DOERLESS)


def doerless_reason(actor: Actor) -> str:
    """Why a candidate with the stand-in doer :func:`doerless` made is no event, for ``--explain``."""
    if actor.text:
        return (f"no doer: {actor.text!r} stands for no actor the coder can name (a pronoun with no one before it, "
                "or a body or person the knowledge base lacks)")
    return ("no doer: the act's clause names no one who does it (a passive with no agent, or a clause the parse "
            "cuts off)")
