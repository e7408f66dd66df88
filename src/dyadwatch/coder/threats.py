"""Threats told as what a party will do on a condition: "the union said its members would return to the streets
if the decree was not revoked", "Azerbaijan would respond unless the restrictions were lifted".

The lexicon codes a conditional act that is itself hostile ("would launch a strike if ...") and the coder recodes
it as the threat of that act (``events.conditional_threat``). But what a party says it will do to press a demand is
as often an act of no hostile word of its own ("return to the campus", "come back to Sarajevo", "close their
stalls", "respond"): the condition makes it a threat (the guide: a conditional threat is THREATEN, CAMEO 13). This
module finds such acts, told in a party's reported speech, and codes them as threats of dissent.

A condition makes a threat only when it is one the other side can meet: something they fail to do ("if the
Government did not put forward a plan", "unless the ban was suspended") or go on doing ("if the shelling
continued"). "Would show it in court if necessary", "would step down if the plan was voted down" or "would declare
general average if the cost rose" press no one.
"""

from __future__ import annotations

from ..records import Sentence, Token
from .attributes import FUTURE_AUX
from .codes import CameoCode, CodeTable
from .lexicon import PredicateMatch, worded_match

# what people, parties and unions threaten to do if their demand is not met is to protest, strike or boycott:
# CAMEO 133, "threaten with political dissent, protest" ("traders would close their stalls", "the miners would come
# back to Sarajevo"); a state's threat of the kind ("Moscow would take retaliatory measures if ...") is the generic
# threat, 130 (``events.refine_code``)
DISSENT_THREAT_CODE = "133"
THREAT_CODE = "130"
# verbs that tell what a party says it will do
THREAT_SPEECH_VERBS = frozenset({"say", "tell", "add", "state", "declare", "insist", "stress", "warn", "vow",
                                 "threaten", "announce", "write", "reiterate", "repeat"})
# a condition the other side meets by going on: "if the shelling continued", "if Chisinau kept obstructing"
PERSISTING_VERBS = frozenset({"continue", "keep", "persist", "refuse", "fail"})
# what a party "would be" or "would have" is a state, not an act; "would need", "would cost" a forecast
NOT_ACTS = frozenset({"be", "have", "need", "cost", "mean", "require", "take", "lose", "face", "get", "want",
                      "like", "remain", "seem", "appear", "become", "happen"})
# subjects that name no party: "it would be ...", "there would be ..."
NO_PARTY = frozenset({"it", "there", "this", "that", "which", "what", "who"})


def pressing_condition(sentence: Sentence, verb: Token) -> Token | None:
    """The clause of a condition on ``verb`` that presses someone ("if the Government did not ...", "unless the
    ban was suspended", "if attacks continued"), or None."""
    for clause in sentence.children(verb.i):
        if clause.dep != "advcl":
            continue
        marks = {c.lower for c in sentence.children(clause.i) if c.dep == "mark"}
        if "unless" in marks:
            return clause
        if "if" not in marks:
            continue
        kids = sentence.children(clause.i)
        if any(c.dep == "neg" for c in kids) or clause.lemma.lower() in PERSISTING_VERBS:
            return clause
    return None


def reporting_verb(sentence: Sentence, verb: Token) -> Token | None:
    """The verb of saying whose clause ``verb`` is, past coordinated clauses ("said it backed the nurses and
    would call a stayaway"), or None."""
    current = verb
    for _ in range(4):
        if current.head == current.i:
            return None
        head = sentence.tokens[current.head]
        if current.dep == "ccomp":
            return head if head.lemma.lower() in THREAT_SPEECH_VERBS and head.i < current.i else None
        if current.dep != "conj":
            return None
        current = head
    return None


def threatened_on_condition(sentence: Sentence, verb: Token) -> bool:
    """``verb`` tells what a party says it will do if another fails to act: "the union would return to the
    streets if the Government did not ...". Not negated ("would not return to work until ..." refuses, it does not
    threaten), with a subject that names a party."""
    if verb.pos != "VERB" or verb.lemma.lower() in NOT_ACTS:
        return False
    kids = sentence.children(verb.i)
    if not any(c.dep == "aux" and c.lower in FUTURE_AUX for c in kids) or any(c.dep == "neg" for c in kids):
        return False
    subject = next((c for c in kids if c.dep == "nsubj"), None)
    if subject is None or subject.lower in NO_PARTY:
        return False
    return pressing_condition(sentence, verb) is not None and reporting_verb(sentence, verb) is not None


def pressed_party(sentence: Sentence, verb: int) -> int | None:
    """The head of the party a threat on a condition presses: the subject of the condition ("if the Government did
    not put forward a plan", "if Chisinau kept obstructing"), when it is told as doing it (not "if the decree was not
    revoked"), or None."""
    clause = pressing_condition(sentence, sentence.tokens[verb])
    if clause is None:
        return None
    subject = next((c for c in sentence.children(clause.i) if c.dep == "nsubj"), None)
    return None if subject is None or subject.lower in NO_PARTY else subject.i


def conditional_threats(sentence: Sentence, found: dict[int, PredicateMatch]) -> dict[int, PredicateMatch]:
    """The threats a sentence tells as acts on a condition, as lexicon matches with the threat code on the act's
    verb. An act the lexicon already codes keeps its own code (a hostile one becomes the threat of it)."""
    threats: dict[int, PredicateMatch] = {}
    for token in sentence.tokens:
        if token.i in found or not threatened_on_condition(sentence, token):
            continue
        if any(c.i in found for c in sentence.children(token.i) if c.dep in ("dobj", "obj")):
            continue  # "would launch a strike if ...": the strike is the act, and the threat of it
        threats[token.i] = worded_match(token, DISSENT_THREAT_CODE)
    return threats


# CAMEO 137, "threaten with repression": "threats to imprison as well as to use force to clamp down on opposition
# activities" (the CAMEO manual), told as what will be done to those who defy ("warned that anyone who took part would
# be arrested", "said those who blocked roads would face terrorism charges")
REPRESSION_THREAT_CODE = "137"
REPRESSING_VERBS = frozenset({"arrest", "detain", "prosecute", "jail", "imprison", "punish", "charge", "disperse",
                              "crush", "deport", "expel", "deal"})
# what those who defy "will face": the law's force, prosecution, jail
FACED_REPRESSION = frozenset({"law", "prosecution", "arrest", "charge", "jail", "imprisonment", "action", "sanction",
                              "penalty", "punishment", "consequence"})


def threatened_repression(sentence: Sentence, verb: Token) -> bool:
    """A warning whose clause says that those who defy will be arrested, prosecuted or punished, or face the law
    ("warned that anyone who tried to block motorways would be dealt with", "would face the full force of the law").
    """
    for clause in sentence.children(verb.i):
        if clause.dep != "ccomp":
            continue
        acts = [clause, *(c for c in sentence.children(clause.i) if c.dep == "conj" and c.pos == "VERB")]
        for act in acts:
            kids = sentence.children(act.i)
            if any(c.dep == "neg" for c in kids) or not any(c.dep in ("aux", "auxpass") and c.lower in FUTURE_AUX
                                                            for c in sentence.children(clause.i)):
                continue
            lemma = act.lemma.lower()
            if lemma in REPRESSING_VERBS and any(c.dep == "auxpass" for c in kids):
                return True  # "would be arrested", "could be prosecuted"
            faced = (lemma == "face" and any(c.dep in ("dobj", "obj") and c.lemma.lower() in FACED_REPRESSION
                                             for c in kids))
            if faced:
                return True
    return False


def repression_code(code: CameoCode, sentence: Sentence, predicate: int, table: CodeTable) -> CameoCode:
    """The generic threat (130) of a warning that those who defy will be arrested or face the law is a threat of
    repression (137); any other code is returned as it is."""
    if code.cameo != THREAT_CODE or REPRESSION_THREAT_CODE not in table or not threatened_repression(
            sentence, sentence.tokens[predicate]):
        return code
    return table.get(REPRESSION_THREAT_CODE)
