"""Joint bodies: a committee, commission or working group two parties set up together.

What a joint body is to do ("agreed to set up a joint committee to investigate incidents along the border") is
its remit: the founders act together, not one on the other, so the remit tells no act of its own.
"""

from __future__ import annotations

from ..records import Sentence, Token

FOUNDING_VERBS = frozenset({"set", "establish", "create", "form", "revive"})
JOINT_WORDS = frozenset({"joint", "bilateral"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
REMIT_DEPS = frozenset({"acl", "relcl"})


def founded_bodies(sentence: Sentence, verb: Token) -> list[int]:
    """The joint bodies ``verb`` founds: its objects a "joint" or "bilateral" modifies ("set up a joint working
    group"); none for another verb ("set" only with "up")."""
    lemma = verb.lemma.lower()
    if verb.pos != "VERB" or lemma not in FOUNDING_VERBS or (
            lemma == "set" and not any(c.dep == "prt" and c.lower == "up" for c in sentence.children(verb.i))):
        return []
    return [c.i for c in sentence.children(verb.i) if c.dep in OBJECT_DEPS
            and any(m.lower in JOINT_WORDS for m in sentence.children(c.i) if m.dep in ("amod", "compound"))]


def remit_tokens(sentence: Sentence) -> set[int]:
    """The tokens of what the joint bodies founded in the sentence are to do, which tell no act of their own: a
    clause of the body ("a joint commission that will investigate") or the founding's purpose ("set up a joint
    committee on Friday to investigate")."""
    remit: set[int] = set()
    for verb in sentence.tokens:
        for body in founded_bodies(sentence, verb):
            clauses = [c for c in sentence.children(body) if c.dep in REMIT_DEPS]
            clauses += [c for c in sentence.children(verb.i) if c.dep == "advcl" and any(
                a.dep == "aux" and a.lower == "to" for a in sentence.children(c.i))]
            for clause in clauses:
                remit.update(t.i for t in sentence.subtree(clause.i))
    return remit
