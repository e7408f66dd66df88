"""Intentions: "agreed to", "pledged to", "promised to" and the act they take (CAMEO's 03 codes).
A hostile act promised or threatened ("vowed to retaliate", "threatened to expel the ambassador") is a threat of
it (CAMEO 13), not an intent to cooperate.

An intention verb with a coded complement ("pledged to cooperate") is one event coded with the intention's CAMEO
code (AGREE in PLOVER). A meeting or aid agreed or promised ("agreed to meet again in Bishkek", "promised to visit",
"agreed to hold another round of talks", "agreed to lend Papua New Guinea 300 million dollars") is that act,
planned, instead: CONSULT or AID with modality planned, as the annotation guide ("Planned meetings and aid") and the
project's judges code it (PLV codes it AGREE, after CAMEO 036 and 033).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import Sentence, Token
from .lexicon import PredicateLexicon, PredicateMatch
from .phrases import with_to

INTENT_VERBS = frozenset({"agree", "pledge", "promise", "vow", "commit", "offer", "propose", "threaten"})
# a meeting or aid agreed or promised ("agreed to meet again in Bishkek", "promised to visit", "agreed to lend") is
# a planned meeting or planned aid, CONSULT or AID with modality planned (the annotation guide's rule); an offer or
# a proposal to meet is not yet a plan
PLANNING_VERBS = frozenset({"agree", "pledge", "promise", "vow", "commit", "propose"})
# "agreed to hold talks", "to resume negotiations": a verb whose object names the meeting; "agreed to open
# negotiations on a trade agreement" starts a process, an agreement (AGREE), not a meeting set
MEETING_HOLD_VERBS = frozenset({"hold", "have", "resume", "continue", "reconvene", "convene", "arrange"})

# what an intention to do X is, in CAMEO: the 03 code for each root of X
INTENT_CODE_BY_ROOT = {"04": "036", "05": "030", "06": "0311", "07": "033", "08": "035", "03": "030"}
INTENT_CODE_BY_CODE = {"045": "039", "085": "0355", "0841": "0354", "084": "0354", "087": "0357", "0871": "0357",
                       "061": "0311", "062": "0312", "064": "031"}  # no 0314 in GDELT numbering


def fold_intent(sentence: Sentence, match: PredicateMatch, found: dict[int, PredicateMatch],
                lexicon: PredicateLexicon) -> tuple[str, PredicateMatch | None]:
    """An intention verb with a coded complement gives one AGREE code, or the act's own code for a meeting or aid
    agreed or promised (:func:`planned_by_promise`); returns (code, complement)."""
    token = sentence.tokens[match.token]
    if token.lemma.lower() not in INTENT_VERBS:
        return match.entry.cameo, None
    for child in sentence.children(token.i):
        intended = intended_act(sentence, child) or agreed_meeting(sentence, child, found)
        inner = found.get(child.i) or (held_meeting(sentence, child, lexicon) if intended else None)
        if intended and inner is not None and planned_by_promise(sentence, match.token, inner):
            return inner.entry.cameo, inner
        if intended and inner is None and child.lemma.lower() in RETALIATION_VERBS:
            return "130", None  # "vowed to retaliate", "promised to hit back": a threat, whatever the means
        if intended and inner is not None and token.lemma.lower() == "threaten":
            return threat_code(inner.entry.cameo) or "130", inner  # "threatened to expel the ambassador"
        if intended and inner is not None:
            code = INTENT_CODE_BY_CODE.get(inner.entry.cameo) or INTENT_CODE_BY_ROOT.get(inner.entry.cameo[:2], "030")
            negated = any(c.dep == "neg" for c in sentence.children(child.i))
            if negated and inner.entry.cameo[:2] in ("16", "17", "18", "19", "20", "13"):
                code = "035"
            elif (threat := threat_code(inner.entry.cameo)) is not None:
                code = threat  # "vowed to retaliate", "pledged to punish": a hostile act promised is a threat of it
            return code, inner
    return match.entry.cameo, None


# a hostile act promised ("vowed to retaliate", "pledged to impose sanctions", "promised to crush the rebels") is
# CAMEO's threat of it (13), not an intent to cooperate (03): the threat each root of the act makes, and the
# threats CAMEO names for single acts; a promised verbal conflict (10-12: "vowed to fight the ruling in court")
# and a threat (13) keep their own codes
THREAT_CODE_BY_ROOT = {"14": "133", "15": "138", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}
THREAT_CODE_BY_CODE = {"161": "1313", "162": "1311", "166": "1312", "172": "132", "1722": "1322", "1724": "1324",
                       "191": "1381", "192": "1382", "195": "1384"}


# verbs of answering a hostile act in kind, which the lexicon leaves alone (told as done, "retaliated with tariffs",
# the means is the act), but which promised are a threat
# ("promised to respond" may answer a letter: a response is a threat only with the words of one, in the lexicon)
RETALIATION_VERBS = frozenset({"retaliate", "avenge", "punish", "hit"})


def threat_code(cameo: str) -> str | None:
    """The CAMEO code of promising the act ``cameo`` codes, when the act is hostile; None otherwise."""
    if cameo[:2] in ("10", "11", "12", "13"):
        return cameo
    return THREAT_CODE_BY_CODE.get(cameo) or THREAT_CODE_BY_ROOT.get(cameo[:2])


# an act of cooperation or yielding its doer says they will not do is a rejection (CAMEO 12): "would not negotiate
# with the unions" rejects talks (124; mediation 125), "would not resign" a change of leadership (1231), "would not
# comply with the ruling" defies it (126), "will not withdraw its troops" rejects a withdrawal (1211)
REFUSAL_CODE_BY_CODE = {"045": "125", "080": "126", "0831": "1231", "087": "1211"}
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})


# not allowing is preventing ("would not allow its territory to be used against the kingdom" reassures), not a refusal
PERMITTING_VERBS = frozenset({"allow", "permit", "let", "tolerate"})


def refusal_code(cameo: str, lemma: str = "") -> str | None:
    """The CAMEO code of refusing the act ``cameo`` codes (told by the verb ``lemma``), when the act is cooperative;
    None otherwise."""
    if cameo[:2] not in COOPERATIVE_ROOTS or lemma in PERMITTING_VERBS:
        return None
    return REFUSAL_CODE_BY_CODE.get(cameo) or ("124" if cameo[:2] == "04" else "120")


def intended_act(sentence: Sentence, verb: Token) -> bool:
    """The verb is what the verb it hangs from intends: its open complement ("offered to mediate"), or a clause with
    "to" the parser reads as one of purpose when words come between ("offered on Thursday to mediate")."""
    return verb.dep == "xcomp" or (verb.dep == "advcl" and verb.tag == "VB" and with_to(sentence, verb))


def held_meeting(sentence: Sentence, verb: Token, lexicon: PredicateLexicon) -> PredicateMatch | None:
    """The meeting a verb's object names ("hold another round of talks", "resume negotiations"), as a lexicon
    match of the noun, when the noun's code is a meeting's (CAMEO 04)."""
    if verb.lemma.lower() not in MEETING_HOLD_VERBS:
        return None
    for obj in sentence.children(verb.i):
        if obj.dep in ("dobj", "obj"):
            named = obj.i if obj.lemma.lower() != "round" else next(
                (o.i for p in sentence.children(obj.i) if p.lower == "of" for o in sentence.children(p.i)
                 if o.dep == "pobj"), obj.i)  # "another round of talks"
            found = lexicon.match(sentence, sentence.tokens[named])
            if found is not None and found.entry.cameo.startswith("04") and not standing(sentence, named):
                return found
    return None


# "agreed to hold annual summits": meetings held as a practice, an agreement (AGREE), not one meeting set
FREQUENCY_WORDS = frozenset({"annual", "regular", "yearly", "monthly", "quarterly", "periodic", "biannual",
                             "weekly", "routine", "frequent"})
# meeting nouns whose plural names one meeting ("another round of talks")
PLURAL_MEETINGS = frozenset({"talk", "negotiation", "consultation", "discussion"})


def standing(sentence: Sentence, noun: int) -> bool:
    """Meetings agreed as a practice ("annual summits", "regular meetings"), not one meeting."""
    token = sentence.tokens[noun]
    return any(c.lower in FREQUENCY_WORDS for c in sentence.children(noun)) or (
        token.tag in ("NNS", "NNPS") and token.lemma.lower() not in PLURAL_MEETINGS)


# the acts an agreement or a promise plans rather than makes (CAMEO roots): meetings (04) and aid (07)
PLANNED_ROOTS = ("04", "07")


def planned_by_promise(sentence: Sentence, verb: int, inner: PredicateMatch) -> bool:
    """The intention verb agrees or promises a meeting or aid: "agreed to meet again", "promised to visit",
    "agreed to lend"."""
    return inner.entry.cameo.startswith(PLANNED_ROOTS) and sentence.tokens[verb].lemma.lower() in PLANNING_VERBS


def agreed_meeting(sentence: Sentence, verb: Token, found: Mapping[int, PredicateMatch]) -> bool:
    """A meeting told in a clause that an agreement or a promise holds ("agreed that their foreign ministers would
    meet in Paramaribo next week"): a meeting planned, as "agreed to meet" is."""
    match = found.get(verb.i)
    return (verb.dep == "ccomp" and verb.head != verb.i and match is not None and match.entry.cameo[:2] == "04"
            and sentence.tokens[verb.head].lemma.lower() in PLANNING_VERBS)


# what an appeal (CAMEO 02) or a demand (10) to do an act is, by the act's code, in the code table's numbering
# (PLOVER's CAMEO): (the act's code or its prefix, the appeal's code, the demand's code), the longest prefix first;
# None where the table has no such appeal or demand (a demand to ease a curfew is a demand, 100)
ASKED_CODES: tuple[tuple[str, str | None, str | None], ...] = (
    ("0831", "0241", "1041"), ("0832", "0242", "1042"), ("0833", "0243", "1043"), ("0834", "0244", "1044"),
    ("083", "024", "104"), ("084", "025", "1053"), ("0871", "025", "107"), ("0874", "025", "106"), ("08", "025", None),
    ("071", "0231", "103"), ("072", "0232", "103"), ("073", "0233", "103"), ("074", "0234", "103"),
    ("07", "023", "103"),
    ("063", "0213", None), ("064", "0214", None), ("06", "0212", None),
    ("045", "028", "105"), ("04", "026", "108"), ("05", "0211", "102"), ("09", None, "101"),
)
# the codes of an appeal and a demand whose content is not told
GENERIC_ASKING_CODES = {"020": 1, "100": 2}  # the column of ASKED_CODES each reads


def asked_code(cameo: str, sentence: Sentence, token: int, lexicon: PredicateLexicon) -> str:
    """The code of an appeal or a demand by what it asks, when the lexicon gives the asking word the generic code
    (020, 100) and the act asked for, its complement, has a code of its own in the lexicon: "called on the
    authorities to release the detainees" is an appeal to yield (025), "urged Bangkok to hold talks" one to meet
    (026), "demanded that the minister resign" a demand for a change in leadership (1041). Else ``cameo``."""
    column = GENERIC_ASKING_CODES.get(cameo)
    if column is None:
        return cameo
    for child in sentence.children(token):
        if not intended_act(sentence, child) and child.dep != "ccomp":  # "demanded that the minister resign"
            continue
        inner = lexicon.match(sentence, child) or held_meeting(sentence, child, lexicon)
        if inner is None or not inner.entry.cameo.isdigit():
            return cameo
        for prefix, *codes in ASKED_CODES:
            if inner.entry.cameo.startswith(prefix):
                return codes[column - 1] or cameo
        return cameo
    return cameo


# a promise made in winning or taking office ("who took office in November promising a more pragmatic
# relationship with Santiago", "won the election vowing to end the strikes"): campaign talk, no act between parties
PROMISING_VERBS = frozenset({"promise", "pledge", "vow"})
# the verbs of seeking or winning office, and the words of the office their object or "to" names
CAMPAIGN_VERBS = frozenset({"campaign", "run", "elect", "swear", "inaugurate"})
OFFICE_WORDS = frozenset({"office", "power", "election", "presidency", "vote", "seat", "ballot", "poll", "mandate",
                          "premiership", "runoff", "run-off"})


def campaign_promises(sentence: Sentence) -> set[int]:
    """The promising participles told as the manner of seeking or taking office: the promise is campaign talk, not a
    promise made to the party it names."""
    found: set[int] = set()
    for token in sentence.tokens:
        if token.lemma.lower() not in PROMISING_VERBS or token.tag != "VBG" or token.dep not in ("advcl", "xcomp"):
            continue
        holder = sentence.tokens[token.head]
        named = {g.lemma.lower() for c in sentence.children(holder.i)
                 for g in ([c] if c.dep in ("dobj", "attr") else sentence.children(c.i) if c.dep == "prep" else [])}
        if holder.lemma.lower() in CAMPAIGN_VERBS or named & OFFICE_WORDS:
            found.add(token.i)
    return found
