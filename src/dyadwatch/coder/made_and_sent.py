"""What an act makes or sends, which it is never aimed at: "agreed to set up a joint committee" creates the
committee, "deploying troops, patrol boats and members of the civilian militia" sends them. Pure functions of the
parse, used by :mod:`dyadwatch.coder.targets` to leave those words out of the target search."""

from __future__ import annotations

from ..records import Sentence
from .subjects import with_conjuncts

CREATE_VERBS = frozenset({"set", "establish", "build", "create", "form", "found", "construct"})


def created(sentence: Sentence, predicate: int) -> set[int]:
    """Tokens of what a verb of making below the predicate makes ("set up a new company")."""
    out: set[int] = set()
    for verb in sentence.subtree(predicate):
        if verb.pos == "VERB" and verb.lemma.lower() in CREATE_VERBS and (
                verb.lemma.lower() != "set" or any(c.lower == "up" for c in sentence.children(verb.i))):
            out |= object_words_of(sentence, verb.i)
    return out


# verbs whose object is the force a mobilization sends, never whom it is aimed at
DEPLOYING_VERBS = frozenset({"deploy", "redeploy", "send", "dispatch", "despatch", "rush", "move", "mass", "station",
                             "post", "mobilize", "mobilise", "scramble"})


def object_words_of(sentence: Sentence, verb: int) -> set[int]:
    """The verb's objects with their conjuncts ("troops, patrol boats and members of the militia"), their own
    words and what they are made of ("of the militia", "a group of officials"), not what other prepositions
    name."""
    out: set[int] = set()
    objects = [c.i for c in sentence.children(verb) if c.dep in ("dobj", "obj")]
    for obj in (sentence.tokens[i] for i in with_conjuncts(sentence, objects)):
        out.add(obj.i)
        out |= {t.i for t in sentence.children(obj.i) if t.dep in ("compound", "amod", "det", "nummod")}
        out |= {t.i for c in sentence.children(obj.i) if c.dep == "prep" and c.lower == "of"
                for t in sentence.subtree(c.i)}
    return out
