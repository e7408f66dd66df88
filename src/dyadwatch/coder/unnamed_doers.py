"""Doers told without a name: the police who make an arrest told in the passive, the authority of the place
where a hostile act told with no agent happens, and the stand-in doer of a candidate whose doer the coder cannot
name (shown with its reason by ``--explain``, never output). :mod:`dyadwatch.coder.events` calls these.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Actor, Sentence
from .actors import ArticleActors
from .arguments import Arguments
from .targets import Resolved, country_after

# acts whose unnamed doer, in a passive, is the authority of the place they happen in ("Ingabire was arrested
# in Rwanda": Rwanda arrested her), as coders of CAMEO and PLOVER record them; the sector stays unknown
AGENTLESS_TYPES = frozenset({"COERCE", "SANCTION", "ASSAULT"})


def authority_of_place(sentence: Sentence, predicate: int, actors: ArticleActors) -> list[Resolved]:
    got = country_after(sentence, predicate, ("in", "from"), actors)
    return [(replace(got[0], sector=None), ())] if got is not None and got[0].country else []


# arrests told with no agent are made by the police ("46 people have been arrested, the police said")
ARREST_VERBS = frozenset({"arrest", "detain"})


def arresting_police(sentence: Sentence, predicate: int) -> list[Resolved]:
    """The police, of no country yet (the screen gives them the story's), as the doer of an arrest told in the
    passive with no agent ("Fourteen vendors were arrested and taken to the police range"); none for other acts."""
    if sentence.tokens[predicate].lemma.lower() not in ARREST_VERBS:
        return []
    return [(Actor("", None, None, "COP", "group"), ())]


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
