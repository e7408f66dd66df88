"""A party's state told by who speaks of it: the government, a state's body or "the national government" that a
speaker of one state names, read as that speaker's state's rather than the story's ("Iraqi lawmakers demanded that
the government withdraw", "the Taliban said customs officers had impounded the wagons", "the governor of Neuquen, the
Argentine province, criticised the national government's order"). Pure functions of a parse and a resolver, testable
on a hand-built parse."""

from __future__ import annotations

from dataclasses import replace

from ..records import Actor, Sentence
from .pronouns import SUBJECTS, Resolver, bare_the, clause_subjects
from .subjects import SAYING_VERBS

# nouns that a body of a state other than its government uses for that state's government: "Iraqi lawmakers
# demanded that the government withdraw from the agreement" (a government's "the government" may be another's)
OWN_GOVERNMENT_NOUNS = frozenset({"government"})


def own_government_above(sentence: Sentence, head: int, actor: Actor, resolve: Resolver) -> Actor:
    """The actor a subject or object "the government" resolved to, in the state of the subject of the nearest clause
    governing it when that subject is a body of a state other than its government (lawmakers, a party, rebels,
    strikers) and the actor's state was only the story's or the nearest named ("Iraqi lawmakers accused Kuwait ...
    and demanded that the government withdraw": Iraq's, not Kuwait's; a Houthi negotiator in Muscat "accused the
    government": Yemen's, not Oman's); else the actor as it is."""
    if (actor.kind != "group" or actor.sector != "GOV" or actor.country_source not in ("story", "nearby")
            or not bare_the(sentence, head, OWN_GOVERNMENT_NOUNS, (*SUBJECTS, "dobj"))):
        return actor
    subjects = clause_subjects(sentence, head)
    if not subjects:
        return actor
    speaker = resolve(sentence, subjects[0].i)
    if speaker is None or speaker.sector in (None, "GOV", "IGO") or speaker.country in (None, actor.country):
        return actor
    if sentence.tokens[head].dep == "dobj" and subjects[0].pos != "PRON" and (
            speaker.kind == "person" or speaker.country_source is not None):
        # of an object, a pronoun's or a body's whose state its own words tell ("A group of Iraqi lawmakers accused
        # the government"): a named person's own state may be read from the government they accuse ("Opposition
        # leader Sajith Premadasa accused the government in Geneva"), and so may a body's placed by the story alone
        return actor
    return replace(actor, country=speaker.country, country_source="speaker")


# the state's bodies a story's country is lent to when the text places them nowhere ("police", "customs officers")
STATE_BODY_SECTORS = frozenset({"GOV", "COP", "MIL"})


def state_body_of_speaker(sentence: Sentence, head: int, actor: Actor, resolve: Resolver) -> Actor:
    """A state's body the text places nowhere, told as doer in what a body of another state says ("A spokesman for
    the Taliban's finance ministry told reporters that customs officers had impounded the wagons": Afghanistan's
    customs, in a story from Ashgabat): the speaking state's, not the story's; else the actor as it is."""
    token = sentence.tokens[head]
    verb = sentence.tokens[token.head]
    if (actor.kind != "group" or actor.sector not in STATE_BODY_SECTORS or actor.country_source != "story"
            or token.dep not in ("nsubj", "nsubjpass") or verb.dep != "ccomp"
            or sentence.tokens[verb.head].lemma.lower() not in SAYING_VERBS):
        return actor
    subjects = clause_subjects(sentence, head)
    speaker = resolve(sentence, subjects[0].i) if subjects else None
    if (speaker is None or speaker.sector not in STATE_BODY_SECTORS or speaker.country in (None, actor.country)
            or speaker.country_source is not None):
        return actor
    return replace(actor, country=speaker.country, country_source="speaker")


# the words that tell a state's own national government from a region's or a town's ("the federal government", "the
# national government's order", "the central authorities"): a speaker who names it with them names their own state's
NATIONAL_WORDS = frozenset({"national", "federal", "central"})
NATIONAL_BODY_NOUNS = frozenset({"government", "authority", "administration"})


def national_government_of_speaker(sentence: Sentence, head: int, actor: Actor, resolve: Resolver) -> Actor:
    """The actor "the national government" (or "the federal government", "the central authorities") resolved to, in
    the state of the subject of the nearest clause governing it when the text places that subject in a state of its
    own other than the one the actor was only lent (the story's or the nearest named): "The governor of Neuquen, the
    Argentine province, criticised the national government's order", in a story from Santiago, is Argentina's
    government, not Chile's. A governor, a mayor or a region speaks of their own state's national government; else
    the actor as it is."""
    token = sentence.tokens[head]
    if (actor.kind != "group" or actor.sector != "GOV" or actor.country_source not in ("story", "nearby")
            or token.lemma.lower() not in NATIONAL_BODY_NOUNS):
        return actor
    kids = sentence.children(head)
    if not any(c.dep == "amod" and c.lower in NATIONAL_WORDS for c in kids) or any(
            c.dep in ("poss", "compound") or c.ent_type in ("GPE", "NORP") for c in kids):
        return actor  # "Nigeria's federal government", "the Nigerian federal government": placed by its own words
    subjects = clause_subjects(sentence, head)
    speaker = resolve(sentence, subjects[0].i) if subjects and subjects[0].i != head else None
    if (speaker is None or speaker.sector == "IGO" or speaker.country in (None, actor.country)
            or speaker.country_source in ("story", "nearby")):
        return actor
    return replace(actor, country=speaker.country, country_source="speaker")
