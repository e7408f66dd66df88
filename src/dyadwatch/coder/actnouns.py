"""Nouns that name acts, and the light verbs that do them: the act itself (the object of a light verb, "held
talks"), the means an act applies ("imposed a curfew on Basra"), and acts of violence a stance may be about
("condemned the invasion of Iraq"); the acts done at a gathering that say who took part in it, and a gathering told
as coming before another party's act. Argument and target searches look through them to the parties they name
(:mod:`dyadwatch.coder.arguments`, :mod:`dyadwatch.coder.targets`)."""

from __future__ import annotations

from ..records import Sentence, Token
from .subjects import subjects_of

# nouns that name the act itself when they are the object of a light verb
ACT_NOUNS = frozenset({"investigation", "probe", "inquiry", "attack", "action", "lawsuit", "case", "criticism",
                       "campaign", "statement", "report", "complaint", "warning", "appeal", "call", "request",
                       "demand", "threat", "offensive", "operation", "strike", "raid", "crackdown", "measure",
                       "step", "decision", "sentence", "charge", "proceeding", "review", "hearing", "trial",
                       "support", "commitment", "agreement", "deal", "accord", "treaty", "pact", "tie",
                       "relation", "assault", "ceasefire", "truce", "talk", "negotiation", "cooperation",
                       "aid", "assistance", "help", "visit", "meeting", "concern", "condemnation",
                       "solidarity", "opposition", "rejection", "protest", "restriction", "ban", "order",
                       "petition", "motion", "resolution", "plea", "ruling", "verdict", "policy", "effort",
                       "suspension", "halt", "freeze", "closure", "reduction", "withdrawal", "expulsion",
                       "lifting", "easing"})
# the means an act applies, not whom it is aimed at ("imposed a curfew on Basra", "sent troops to Mali")
MEANS_NOUNS = frozenset({"sanction", "embargo", "blockade", "curfew", "siege", "state", "emergency", "lockdown",
                         "law", "tariff", "permission", "cessation", "donation", "warfare", "war", "round",
                         "troop", "peacekeeper", "soldier", "force", "weapon", "arm", "warrant", "fine",
                         "penalty", "ultimatum", "deadline", "visa", "airstrike", "strikes", "shelling", "fire",
                         "missile", "rocket", "drone", "projectile", "shell", "bomb", "mortar", "grenade", "bullet",
                         "barrage", "salvo", "munition", "gas", "cannon", "shot", "teargas", "stone", "rock",
                         "brick", "bottle", "firecracker", "firework", "pellet", "stick", "baton", "egg", "molotov",
                         "cocktail"})
# nouns an argument search looks through to the party they name
LOOK_THROUGH_NOUNS = ACT_NOUNS | MEANS_NOUNS
# acts of violence a stance may be about ("condemned the invasion of Iraq", "the attack on kar sevaks"): the
# party they befall is their victim, not whom the stance is aimed at
HOSTILE_ACT_NOUNS = frozenset({
    "invasion", "attack", "occupation", "bombing", "killing", "massacre", "war", "strike", "assault", "raid",
    "shelling", "violence", "riot", "annexation", "blockade", "incursion", "offensive", "airstrike", "murder",
})

# verbs of keeping an act up, whose subject does it again: "the Council renewed its arms embargo on South Sudan",
# "Washington repeated its demand that Iran ..."
KEEPING_UP_VERBS = frozenset({"renew", "repeat", "reiterate", "restate", "extend", "intensify", "escalate",
                              "redouble", "reimpose", "reinstate", "reintroduce"})  # "reimposed the ban"
LIGHT_VERBS = frozenset({
    "hold", "have", "conduct", "launch", "stage", "make", "pay", "carry", "begin", "start", "mount",
    "continue", "resume", "attend", "plan", "schedule", "announce", "open", "host", "issue", "deliver",
    "give", "express", "level", "file", "impose", "join", "organize", "organise", "lodge", "lead", "call",
}) | KEEPING_UP_VERBS
# verbs that keep an act up with "up" ("kept up their strike", "stepped up their protests", "ramped up its attacks")
UP_VERBS = frozenset({"keep", "step", "ramp", "scale"})


def stepped_up(sentence: Sentence, verb: Token) -> bool:
    """The verb keeps its object's act up ("the workers kept up their strike"): its subject does the act again."""
    return verb.lemma.lower() in UP_VERBS and any(c.dep == "prt" and c.lower == "up" for c in sentence.children(verb.i))


# verbs of going on an act ("went on strike", "came out on strike", "remained on hunger strike", "sat on a dharna")
GOING_ON_VERBS = frozenset({"go", "come", "stay", "remain", "sit"})
# verbs of taking part in an act ("took part in talks", "participated in the protest", "engaged in talks"): their
# subject does it; "take" only with "part"
PARTAKING_VERBS = frozenset({"participate", "engage", "partake", "take", "join"})


def partaking(sentence: Sentence, verb: Token) -> bool:
    """The verb takes part in what its "in" (or "at") phrase names: "participated in", "took part in", "would join
    residents at a protest"."""
    lemma = verb.lemma.lower()
    if lemma not in PARTAKING_VERBS or verb.pos != "VERB":
        return False
    return lemma != "take" or any(c.dep in ("dobj", "obj") and c.lower == "part" for c in sentence.children(verb.i))


# what an act's possessor says when a light verb's subject does the act: "its" or "their" is that subject
OWN_POSSESSIVES = frozenset({"its", "their"})
# nouns that count an act ("a round of talks", "days of protests") and stand for it as a light verb's object
PARTITIVE_NOUNS = frozenset({"round", "series", "day", "week", "month", "hour", "wave", "spate", "string", "flurry",
                             "night"})
# what a body sends another in writing, and the verbs of sending it: the act a letter is of ("a protest note", "a
# note of protest", "a letter of complaint") is its sender's, aimed at whom it is sent to
LETTER_NOUNS = frozenset({"note", "letter", "memorandum", "message"})
SENDING_VERBS = frozenset({"send", "hand", "deliver", "lodge", "issue", "submit", "present", "write", "dispatch",
                           "address"})
# the participles of light verbs whose agent does the act they modify ("the bandh called by the VHP", "a rally
# organised by the Shiv Sena", "the attack carried out by militants", "a meeting chaired by the prime minister"); not
# a host, whose guests are the ones that meet ("talks hosted by Oman")
ORGANISING_VERBS = (LIGHT_VERBS - {"host", "have", "attend", "join", "open"}) | {"chair", "convene", "sponsor",
                                                                                  "spearhead"}


def protesting_verb(sentence: Sentence, preposition: Token) -> tuple[Token, list[int]] | None:
    """The nearest verb with a subject above "in protest", and its subjects, who protest; or None."""
    for above in sentence.ancestors(preposition.i):
        if above.pos == "VERB" and (subjects := subjects_of(sentence, above.i)[0]):
            return above, subjects
    return None


# the acts done at a gathering that say who took part in it (:func:`setting_verb`): talking, agreeing and asking
SETTING_VERBS = frozenset({
    "say", "tell", "announce", "state", "add", "ask", "urge", "press", "agree", "sign", "raise", "discuss",
    "present", "propose", "offer", "pledge", "promise", "express", "reaffirm", "hand", "deliver", "exchange",
    "seek", "demand", "request", "invite", "thank", "welcome", "praise", "assure", "brief", "outline", "unveil",
    "seal", "reach", "accuse", "criticise", "criticize", "complain", "protest", "warn", "stress", "insist",
    "voice", "convey", "reiterate", "emphasise", "emphasize", "underline", "describe", "call"})


def setting_verb(sentence: Sentence, verb: Token) -> Token | None:
    """The act done at a gathering that says who took part: ``verb`` when it is one of :data:`SETTING_VERBS`, else
    the one it completes ("asked Cambodia to share its studies at talks", "agreed to set up a commission at talks":
    the gathering is the asker's and the asked's, the agreeing parties')."""
    if verb.lemma.lower() in SETTING_VERBS:
        return verb
    head = sentence.tokens[verb.head]
    if verb.dep == "xcomp" and head.pos == "VERB" and head.lemma.lower() in SETTING_VERBS:
        return head
    return None


# the conjunctions of a clause told as what came before or after the act of the clause it hangs on
SEQUENCE_MARKS = frozenset({"after", "before", "following", "until", "when", "once"})


def doers_after(sentence: Sentence, noun: Token) -> list[int]:
    """The subjects of the verb whose clause a gathering's own clause is told as coming before or after: "called the
    strike after talks with government officials broke down" (the callers held the talks); else none."""
    verb = sentence.tokens[noun.head]
    if noun.dep != "nsubj" or verb.pos != "VERB" or verb.dep != "advcl" or not any(
            c.dep == "mark" and c.lower in SEQUENCE_MARKS for c in sentence.children(verb.i)):
        return []
    above = sentence.tokens[verb.head]
    return subjects_of(sentence, above.i)[0] if above.pos == "VERB" else []


# the nouns of a street demonstration, held at the seat of whom it is aimed at
DEMONSTRATION_NOUNS = frozenset({"protest", "rally", "demonstration", "march", "sit-in", "vigil", "picket"})


def letter_of(sentence: Sentence, token: Token) -> Token | None:
    """The letter an act noun names the kind of: "a protest note", "a note of protest"; None when there is none."""
    head = sentence.tokens[token.head]
    if token.dep == "compound" and head.pos == "NOUN" and head.lemma.lower() in LETTER_NOUNS:
        return head
    if token.dep == "pobj" and head.lower == "of" and head.dep == "prep":
        governor = sentence.tokens[head.head]
        if governor.pos == "NOUN" and governor.lemma.lower() in LETTER_NOUNS:
            return governor
    return None
