"""The one a pronoun stands for when a verb before it holds that one as its object: "arrested an Ivorian businessman
and charged him", "Laos expelled the Swiss country director after she wrote to donors"."""

from __future__ import annotations

from ..records import Sentence, Token
from .phrases import with_to
from .pronouns import OBJECT_FORMS


def object_of_first_verb(sentence: Sentence, pronoun: int) -> int | None:
    """The one a "him" or "her" stands for when its verb is the second of two joined verbs and the first has a
    singular object: "arrested an Ivorian businessman last month and charged him" (the businessman, not the last
    person named before), "summoned Myanmar's ambassador and handed him a protest note" (whom it is handed),
    "suspended the governor by decree, accusing him of ..." (a participle hung on the first verb), "summoned
    Belgium's ambassador to hand him a note of protest" (a clause of purpose hung on it), "had
    detained a Nicaraguan man ..., and that prosecutors would seek to charge him" (through "seek to"); also
    a singular noun with "the" alone ("summoned Serbia's ambassador and handed the envoy a protest note")."""
    token = sentence.tokens[pronoun]
    if (token.lower not in OBJECT_FORMS and not bare_definite(sentence, token)) or token.dep not in (
            "dobj", "obj", "dative"):
        return None
    verb = sentence.tokens[token.head]
    while verb.dep == "xcomp" and verb.head != verb.i:  # "... and that prosecutors would seek to charge him"
        verb = sentence.tokens[verb.head]
    # the second of two joined verbs, or a participle hung on the first ("suspended the governor ..., accusing him of
    # ...": the governor, not the president who suspended him)
    participle = verb.dep == "advcl" and verb.tag == "VBG"
    # ... or the clause of purpose of the first ("summoned Belgium's ambassador to hand him a note of protest")
    purpose = verb.dep == "advcl" and verb.tag == "VB" and with_to(sentence, verb)
    if (verb.dep != "conj" and not participle and not purpose) or verb.head == verb.i:
        return None
    first = next((c for c in sentence.children(verb.head) if c.dep in ("dobj", "obj") and c.i < verb.i), None)
    return first.i if first is not None and first.tag in ("NN", "NNP") else None


def bare_definite(sentence: Sentence, token: Token) -> bool:
    """A singular common noun with "the" alone: "(handed) the envoy", as a pronoun would be."""
    kids = sentence.children(token.i)
    return token.tag == "NN" and len(kids) == 1 and kids[0].dep == "det" and kids[0].lower == "the"


# the pronouns that may stand for a person held as an object in a clause of time or cause
PERSON_SUBJECT_FORMS = frozenset({"he", "she"})
# the words that open such a clause
CLAUSE_MARKS = frozenset({"after", "because", "when", "as", "since", "before"})


def object_before_clause(sentence: Sentence, pronoun: int) -> int | None:
    """The one a "he" or "she" stands for as the subject of a clause of time or cause hung on a verb whose subject is
    no person and whose object is one: "Laos expelled the Swiss country director ... after she wrote to donors",
    "Police detained the reporter when he refused" (the director, the reporter; not the last person named before)."""
    token = sentence.tokens[pronoun]
    clause = sentence.tokens[token.head]
    if token.lower not in PERSON_SUBJECT_FORMS or token.dep != "nsubj" or clause.dep != "advcl" or not any(
            c.dep == "mark" and c.lower in CLAUSE_MARKS for c in sentence.children(clause.i)):
        return None
    kids = sentence.children(clause.head)
    doer = next((c for c in kids if c.dep == "nsubj"), None)
    held = next((c for c in kids if c.dep in ("dobj", "obj") and c.i < clause.i), None)
    if doer is None or held is None or doer.ent_type == "PERSON" or doer.pos == "PRON" or held.tag not in ("NN", "NNP"):
        return None
    return held.i
