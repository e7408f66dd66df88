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
from .lexicon import PredicateLexicon, PredicateMatch, worded_match

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
        if told_as_not_done(sentence, clause) or clause.lemma.lower() in PERSISTING_VERBS:
            return clause
    return None


def told_as_not_done(sentence: Sentence, clause: Token) -> bool:
    """The clause says its act is not done: negated ("if the Government did not ..."), or with "no" or "nothing"
    as its object ("if the talks brought no new offer", "if the ministry offered nothing")."""
    kids = sentence.children(clause.i)
    return any(c.dep == "neg" for c in kids) or any(
        c.dep in ("dobj", "obj") and (c.lower == "nothing" or any(
            g.dep == "det" and g.lower == "no" for g in sentence.children(c.i))) for c in kids)


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
    if subject is None or pressing_condition(sentence, verb) is None:
        return False
    speech = reporting_verb(sentence, verb)
    return speech is not None and (subject.lower not in NO_PARTY or body_s_own_it(sentence, subject, speech))


def body_s_own_it(sentence: Sentence, subject: Token, speech: Token) -> bool:
    """An "it" that stands for the body that says the clause: "FENPROF said it would call regional strikes if ...",
    not the "it" of "it would be" (whose verb is no act)."""
    return subject.lower == "it" and any(
        c.dep == "nsubj" and c.lower not in NO_PARTY and c.pos in ("PROPN", "NOUN")
        for c in sentence.children(speech.i))


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


# a hostile act promised on a condition, or warned of, is a threat of it (the guide: a conditional threat is
# THREATEN): "will hold demonstrations if the march is allowed" threatens dissent (CAMEO 133); "would file a complaint
# if Croatia did not suspend the project" threatens legal action (no CAMEO code of its own: 130)
THREATENED_CODES = {"PROTEST": "133", "ASSAULT": "138", "FIGHT": "138", "MOBILIZE": "138", "COERCE": "137",
                    "SANCTION": "131", "REDUCE": "131", "REJECT": "130", "ACCUSE": "130"}
# verbs that carry the act their object names ("would launch protests", "would hold a rally", "would join a general
# strike", "would ballot members for industrial action")
ACT_CARRYING_VERBS = frozenset({"launch", "hold", "stage", "join", "call", "begin", "start", "mount", "organise",
                                "organize", "ballot"})


# CAMEO 137, "threaten with repression": "threats to imprison as well as to use force to clamp down on opposition
# activities" (the CAMEO manual), told as what will be done to those who defy ("warned that anyone who took part would
# be arrested", "said those who blocked roads would face terrorism charges")
REPRESSION_THREAT_CODE = "137"
REPRESSING_VERBS = frozenset({"arrest", "detain", "prosecute", "jail", "imprison", "punish", "charge", "disperse",
                              "crush", "deport", "expel", "deal"})
# what those who defy "will face": the law's force, prosecution, jail
FACED_REPRESSION = frozenset({"law", "prosecution", "arrest", "charge", "jail", "imprisonment", "action",
                              "punishment", "proceeding"})
# CAMEO 132, "threaten with administrative sanctions" ("to impose or expand non-force administrative restrictions and
# penalties"): pay withheld or docked, permits lost, dismissals and fines ("warned that salaries would be withheld for
# every day not worked", "owners who cut supply would lose their permits")
ADMINISTRATIVE_THREAT_CODE = "132"
PENALISING_VERBS = frozenset({"withhold", "deduct", "dock", "dismiss", "sack", "fine", "revoke", "suspend", "cancel",
                              "withdraw", "strip"})
LOST_THINGS = frozenset({"permit", "licence", "license", "pay", "salary", "wage", "job", "accreditation",
                         "registration", "benefit", "subsidy"})
FACED_PENALTIES = frozenset({"dismissal", "fine", "penalty", "sanction", "suspension", "sack", "disciplinary"})


# how a warning tells what will be done: "would be arrested", "could face dismissal", "may lose their permits"
WARNED_AUX = FUTURE_AUX | {"could", "may", "might", "can"}


def warned_acts(sentence: Sentence, verb: Token) -> list[Token]:
    """The acts a warning says will be done: the verbs of its clause (and those joined to it) told with "will",
    "would", "could" or "may", not negated ("warned that anyone who took part would be arrested")."""
    acts: list[Token] = []
    for clause in sentence.children(verb.i):
        if clause.dep != "ccomp":
            continue
        told = any(c.dep in ("aux", "auxpass") and c.lower in WARNED_AUX for c in sentence.children(clause.i))
        for act in (clause, *(c for c in sentence.children(clause.i) if c.dep == "conj" and c.pos == "VERB")):
            kids = sentence.children(act.i)
            # "would be arrested and charged" shares its "would"; "that the stoppage had not been called and that
            # those who took part could face dismissal" has its own
            own = any(c.dep in ("aux", "auxpass") and c.lower in WARNED_AUX for c in kids)
            shared = told and (act.i == clause.i or not any(c.dep == "aux" for c in kids))
            if (own or shared) and not any(c.dep == "neg" for c in kids):
                acts.append(act)
    return acts


PESSIMISTIC_CODE = "012"  # make pessimistic comment: a public statement, no event of PLOVER's
# the tags of a verb that tells what has happened or is so, not what will be done
DONE_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})


def warned_of_a_state(sentence: Sentence, verb: Token) -> bool:
    """A warning that says only how things stand, warning no one and naming nothing to be done: "after Kazakhstan
    warned that the river's lower reaches had fallen too low" is a pessimistic comment (012), no threat."""
    if verb.lemma.lower() != "warn":
        return False
    kids = sentence.children(verb.i)
    if any(c.dep in ("dobj", "obj", "dative", "xcomp") or (c.dep == "prep" and c.lower in ("of", "against"))
           for c in kids):
        return False
    clauses = [c for c in kids if c.dep == "ccomp"]
    return bool(clauses) and all(
        clause.tag in DONE_TAGS and not any(a.dep in ("aux", "auxpass") and a.lower in WARNED_AUX | {"must", "should"}
                                            for a in sentence.children(clause.i))
        for clause in clauses)


def threatened_repression(sentence: Sentence, verb: Token) -> bool:
    """A warning whose clause says that those who defy will be arrested, prosecuted or punished, or face the law
    ("warned that anyone who tried to block motorways would be dealt with", "would face the full force of the law").
    """
    for act in warned_acts(sentence, verb):
        kids = sentence.children(act.i)
        lemma = act.lemma.lower()
        if lemma in REPRESSING_VERBS and any(c.dep == "auxpass" for c in kids):
            return True  # "would be arrested", "could be prosecuted"
        if lemma == "face" and objects_among(sentence, act, FACED_REPRESSION):
            return True
    return False


def threatened_penalty(sentence: Sentence, verb: Token) -> bool:
    """A warning whose clause says that pay will be withheld, permits lost, people dismissed or fined ("salaries
    would be withheld for every day not worked", "would lose their permits", "could face dismissal and fines")."""
    for act in warned_acts(sentence, verb):
        lemma = act.lemma.lower()
        if lemma in PENALISING_VERBS and any(c.dep == "auxpass" for c in sentence.children(act.i)):
            return True
        if (lemma == "lose" and objects_among(sentence, act, LOST_THINGS)) or (
                lemma == "face" and objects_among(sentence, act, FACED_PENALTIES)):
            return True
    return False


def objects_among(sentence: Sentence, verb: Token, words: frozenset[str]) -> bool:
    """The verb's object, or a word joined to it or modifying it, is one of ``words`` ("face dismissal and fines",
    "face disciplinary action")."""
    for obj in sentence.children(verb.i):
        if obj.dep not in ("dobj", "obj"):
            continue
        near = [obj, *(c for c in sentence.children(obj.i) if c.dep in ("conj", "amod", "compound"))]
        if any(t.lemma.lower() in words or t.lower in words for t in near):
            return True
    return False


def warned_threat_code(code: CameoCode, sentence: Sentence, predicate: int, table: CodeTable,
                    lexicon: PredicateLexicon | None = None) -> CameoCode:
    """The generic threat (130) of a warning by what it says will be done: those who defy arrested or facing the law,
    a threat of repression (137); pay withheld, permits lost, dismissals, a threat of administrative sanctions
    (132); a hostile act the lexicon codes ("warned that Tamil parties would launch protests", "that the union would
    join a general strike"), the threat of that act (:data:`THREATENED_CODES`). Any other code, or a warning of
    anything else, is returned as it is."""
    if code.cameo != THREAT_CODE:
        return code
    verb = sentence.tokens[predicate]
    if PESSIMISTIC_CODE in table and warned_of_a_state(sentence, verb):
        return table.get(PESSIMISTIC_CODE)
    if REPRESSION_THREAT_CODE in table and threatened_repression(sentence, verb):
        return table.get(REPRESSION_THREAT_CODE)
    if ADMINISTRATIVE_THREAT_CODE in table and threatened_penalty(sentence, verb):
        return table.get(ADMINISTRATIVE_THREAT_CODE)
    threatened = warned_hostile_act(sentence, verb, lexicon, table) if lexicon is not None else None
    return table.get(threatened) if threatened is not None and threatened in table else code


def warned_hostile_act(sentence: Sentence, verb: Token, lexicon: PredicateLexicon, table: CodeTable) -> str | None:
    """The threat code of the hostile act a threat names as its object ("threatened a nationwide strike") or a warning
    says will be done, when the lexicon codes it (the act's verb, or the object of a verb that carries it: "would
    launch protests"), or None."""
    found: list[PredicateMatch | None] = []
    if verb.lemma.lower() == "threaten":
        found += [lexicon.match(sentence, c) for c in sentence.children(verb.i) if c.dep in ("dobj", "obj")]
    for act in warned_acts(sentence, verb):
        found.append(lexicon.match(sentence, act))
        if act.lemma.lower() in ACT_CARRYING_VERBS:
            found += [lexicon.match(sentence, c) for c in sentence.children(act.i) if c.dep in ("dobj", "obj")]
            found += [lexicon.match(sentence, g) for p in sentence.children(act.i) if p.dep == "prep"
                      for g in sentence.children(p.i) if g.dep == "pobj"]  # "ballot members for industrial action"
    for match in found:
        if match is None or not match.entry.cameo.isdigit() or match.entry.cameo not in table:
            continue
        threatened = THREATENED_CODES.get(table.get(match.entry.cameo).event_type or "")
        if threatened is not None and threatened != THREAT_CODE:
            return threatened
    return None
