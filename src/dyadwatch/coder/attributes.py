"""Attributes of a coded predicate: modality and negation, date, place and quantity.

Each function reads one sentence's parse around the predicate; none needs a model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from ..records import Location, Quantity, Sentence, Token
from .dates import resolve_date
from .gazetteer import Gazetteer
from .subjects import joined_speech_act, obliged

FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "’ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "can"})
PLAN_WORDS = frozenset({"expect", "plan", "intend", "schedule", "prepare", "aim", "hope", "set", "due",
                        "propose", "seek", "want", "consider", "likely"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# verbs that take an act off the calendar: "deferred his visit", "the talks were postponed", "called off the
# strike" tell that the act did not happen (the guide: a deferred visit is no act); "called off" and "put off"
# need their particle
CALL_OFF_VERBS = frozenset({"defer", "postpone", "cancel", "scrap", "shelve", "abandon", "scuttle", "abort"})
CALL_OFF_PHRASALS = frozenset({("call", "off"), ("put", "off"), ("rule", "out")})
# verbs that say an act was not done: "avoided criticising Spain", "declined to condemn Russia", "refrained from
# attacking", "refused to meet the doctors", "failed to reach a deal" (the refusal itself is coded on its own word)
NOT_DOING_VERBS = frozenset({"avoid", "refrain", "decline", "refuse", "fail"})
# an act whose start is blocked did not begin: "Bulgaria blocked the opening of North Macedonia's membership talks",
# "vetoed the launch of negotiations"
START_NOUNS = frozenset({"opening", "start", "launch", "beginning", "resumption"})
BLOCKING_VERBS = frozenset({"block", "veto", "prevent", "stall", "freeze", "obstruct"})
DATE_LABELS = frozenset({"DATE", "TIME"})  # spaCy tags "later in the year" as TIME
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around", "across"})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis"})
_FROM_TO = re.compile(
    r"from\s+(?:\$|€|£)?([\d.,]+)\s*(%|percent|per cent)?\s+to\s+(?:\$|€|£)?([\d.,]+)\s*(%|percent|per cent)?", re.I
)
_MONEY = re.compile(r"(\$|€|£|US\$)\s?([\d.,]+)\s*(million|billion|trillion|bn|m)?", re.I)
_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP"}


@dataclass(frozen=True, slots=True)
class Modality:
    modality: str  # asserted | planned | hypothetical | denied | reported
    negated: bool
    # a planned act on a condition ("will hold demonstrations if the government allows the march"): the
    # act is not announced, it is threatened
    condition: str | None = None
    # an act its doer says they will not do ("would not comply with the ruling", "will not negotiate"): a refusal
    refused: bool = False


def clause_chain(sentence: Sentence, token: int) -> list[Token]:
    """The predicate and its governors up to the first clause boundary above it."""
    chain = [sentence.tokens[token]]
    cur = sentence.tokens[token]
    while cur.head != cur.i:
        if cur.dep in CLAUSE_DEPS or cur.dep == "ROOT" or joined_speech_act(sentence, cur):
            break
        cur = sentence.tokens[cur.head]
        chain.append(cur)
    return chain


# verbs whose infinitive with a subject of its own tells what the subject wants another to do ("expected Brussels
# to open talks", "wants the EU to lift the sanctions")
WISHING_VERBS = frozenset({"expect", "want", "wish", "hope", "like", "prefer"})


def wished_of_another(sentence: Sentence, clause: Token) -> bool:
    """The clause is an infinitive with a subject of its own under a verb of wishing: an act someone wants done."""
    children = sentence.children(clause.i)
    return (clause.dep == "ccomp" and clause.head != clause.i
            and sentence.tokens[clause.head].lemma.lower() in WISHING_VERBS
            and any(c.dep == "aux" and c.lower == "to" for c in children)
            and any(c.dep in ("nsubj", "nsubjpass") for c in children))


def own_clause(sentence: Sentence, chain: list[Token]) -> list[Token]:
    """The chain up to a verb joined by "but" with a subject of its own, which is a clause of its own: "Uzbekistan was
    not a party to the dispute, but Foreign Minister Saidov hosted the two delegations" hosted them, whatever the
    first clause denies."""
    for k, tok in enumerate(chain):
        if tok.dep != "conj":
            continue
        own = list(sentence.children(tok.i)) + [c for c in sentence.children(tok.head) if c.dep == "cc"]
        if any(c.dep in ("nsubj", "nsubjpass") for c in own) and any(c.dep == "cc" and c.lower == "but" for c in own):
            return chain[:k + 1]
    return chain


# the arguments of an act that, quantified by "no", say it did not happen to or by anyone
NONE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
NONE_WORDS = frozenset({"none", "nobody", "nothing", "noone", "no-one"})


def none_of(sentence: Sentence, argument: Token) -> bool:
    """The argument is no one: "no one", "no activist", "nobody", "none", "not a single activist", "not one of them"."""
    children = sentence.children(argument.i)
    if argument.lower in NONE_WORDS or any(c.dep == "det" and c.lower == "no" for c in children):
        return True
    # "not a single activist ... has been arrested", "not one was detained": the negation hangs on the counted noun
    counted = [argument, *(c for c in children if c.lower in ("single", "one"))]
    return (argument.lower == "one" or len(counted) > 1) and any(
        g.dep in ("neg", "advmod", "preconj") and g.lower == "not" for c in counted for g in sentence.children(c.i))


def modality_of(sentence: Sentence, predicate: int, light_verb: int | None, in_quote: bool) -> Modality:
    chain = own_clause(sentence, clause_chain(sentence, light_verb if light_verb is not None else predicate))
    if light_verb is not None:
        chain.insert(0, sentence.tokens[predicate])
    negated = False
    planned = False
    future = False  # "will", "would": the doer's own word for what is to come, not a plan others expect
    hypothetical = False
    # no refusal: "would not have agreed" (what did not happen), or a negation past a coordination ("would not allow
    # X ... and thanked Jordan" refuses nothing it thanked for)
    not_refused = False
    joined = False
    for tok in chain:
        for child in sentence.children(tok.i):
            low = child.lower
            if child.dep == "neg" or (low in NEGATIONS and child.dep in ("advmod", "det", "neg")):
                negated = True
                not_refused = not_refused or joined
            if child.dep in ("aux", "auxpass") and low in FUTURE_AUX:
                planned = future = True
            if child.dep == "aux" and child.lemma.lower() == "have" and future:
                not_refused = True
            if child.dep in ("aux", "auxpass") and low in HYPOTHETICAL_AUX:
                hypothetical = True
            if child.dep == "mark" and low in CONDITION_MARKS:
                hypothetical = True
            if child.dep == "advmod" and low in ("best", "better") and tok.tag == "VBN":
                hypothetical = True  # "were best probed by the judiciary": a view of how it should be done
            if low == "than" and child.dep in ("cc", "mark", "prep"):
                hypothetical = True
        if tok.i != predicate and tok.lemma.lower() in PLAN_WORDS:
            planned = True
        if tok.i != predicate and (calls_off(sentence, tok) or tok.lemma.lower() in NOT_DOING_VERBS):
            negated = True
        if (tok.lemma.lower() in START_NOUNS and tok.head != tok.i
                and sentence.tokens[tok.head].lemma.lower() in BLOCKING_VERBS):
            # ... and is no refusal of its own doers: "Hungary would keep blocking the opening of Ukraine's talks" is
            # Hungary's act (coded on "blocking"), not Ukraine's refusal to talk
            negated = not_refused = True
        if tok.dep == "xcomp" and obliged(sentence, sentence.tokens[tok.head]):
            hypothetical = True  # "Dhaka has to talk to the generals": what one must do is not done
        if tok.dep == "xcomp":
            going = sentence.tokens[tok.head]
            if going.lemma.lower() == "go" and any(c.dep == "aux" for c in sentence.children(going.i)):
                planned = True
        if tok.dep == "conj" and sentence.tokens[tok.head].lower == "than":
            hypothetical = True
        joined = joined or tok.dep == "conj"
    if any(none_of(sentence, c) for c in sentence.children(predicate) if c.dep in NONE_DEPS):
        negated = True  # "no one was detained", "no activist has been arrested", "arrested nobody": none was
    siblings = sentence.children(sentence.tokens[predicate].head)
    if any(s.lower == "than" and s.i < predicate for s in siblings):
        hypothetical = True
    if chain and wished_of_another(sentence, chain[-1]):
        hypothetical = True  # "Kinshasa expected Brussels to open talks": what one wants another to do is not done
    if chain and chain[-1].dep == "relcl" and said_of_anyone(sentence, sentence.tokens[chain[-1].head]):
        hypothetical = True  # "suspend the rallies of any party whose supporters attacked officials": a rule
    if negated:
        return Modality("denied", True, refused=future and not (hypothetical or not_refused))
    if hypothetical:
        return Modality("hypothetical", False)
    if planned:
        if only_if_needed(sentence, chain):
            return Modality("hypothetical", False)  # "if need be army would be rushed there": readiness, no plan
        return Modality("planned", False, condition_of(sentence, chain))
    return Modality("reported" if in_quote else "asserted", False)


# what makes a noun anyone of its kind: the act of a relative clause on it is a rule's case, not a deed
ANY_DETERMINERS = frozenset({"any", "every", "each"})
ANYONE_WORDS = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever"})


def said_of_anyone(sentence: Sentence, noun: Token) -> bool:
    """The noun is anyone of its kind ("any party", "every officer", "anyone"): what its relative clause tells is
    what such a one might do, not what someone did."""
    return noun.lower in ANYONE_WORDS or any(
        c.dep == "det" and c.lower in ANY_DETERMINERS for c in sentence.children(noun.i))


def calls_off(sentence: Sentence, token: Token) -> bool:
    """The word takes an act off the calendar: "deferred", "postponed", "called off", "put off"."""
    lemma = token.lemma.lower()
    if lemma in CALL_OFF_VERBS:
        return True
    return any((lemma, child.lower) in CALL_OFF_PHRASALS for child in sentence.children(token.i)
               if child.dep == "prt")


# the heads of the conditions that make a plan a readiness: "if need be", "if necessary", "if required", "if the need
# arises", "if the situation so warrants"
NEED_WORDS = frozenset({"need", "necessary", "require", "required", "needed", "warrant", "arise", "demand"})


def only_if_needed(sentence: Sentence, chain: list[Token]) -> bool:
    """The act is told as what would be done should the need come ("if need be", "if necessary"), not as planned."""
    if any(clause.dep == "advcl" and (clause.lemma.lower() in NEED_WORDS or clause.lower in NEED_WORDS)
           and any(c.dep == "mark" and c.lower in ("if", "when") for c in sentence.children(clause.i))
           for tok in chain for clause in sentence.children(tok.i)):
        return True
    # the small model may hang "if need be" on the verb's auxiliaries: read the words the clause holds
    words = sentence.subtree(chain[0].i) if chain else []
    return any(a.lower in ("if", "when") and b.lower in NEED_WORDS and b.i == a.i + 1 for a, b in pairwise(words))


def condition_of(sentence: Sentence, chain: list[Token]) -> str | None:
    """The mark ("if", "unless") of a condition clause that hangs from the predicate's own clause."""
    for tok in chain:
        for clause in sentence.children(tok.i):
            if clause.dep != "advcl":
                continue
            marks = (c.lower for c in sentence.children(clause.i) if c.dep == "mark")
            mark = next((m for m in marks if m in ("if", "unless")), None)
            if mark is not None:
                return mark
    return None


def attached_entities(sentence: Sentence, predicate: int, light_verb: int | None, labels: frozenset[str]
                      ) -> list[tuple[int, int]]:
    """Entities of the given labels that hang from the predicate's own clause."""
    anchors = {predicate} | ({light_verb} if light_verb is not None else set())
    out = []
    for ent in sentence.entities:
        if ent.label not in labels:
            continue
        root = next((t.i for t in sentence.tokens[ent.start:ent.end]
                     if not ent.start <= t.head < ent.end or t.head == t.i), ent.start)
        cur = sentence.tokens[root]
        steps = 0
        while cur.i not in anchors and cur.head != cur.i and steps < 8:
            if cur.i != root and cur.pos in ("VERB", "AUX") and cur.i not in anchors:
                break
            cur = sentence.tokens[cur.head]
            steps += 1
        if cur.i in anchors:
            out.append((ent.start, ent.end))
    return out


def date_of(sentence: Sentence, predicate: int, light_verb: int | None, published: date | None,
            future: bool) -> tuple[str | None, str | None]:
    """(resolved date, the text it came from); publication date when the clause names none."""
    for start, end in attached_entities(sentence, predicate, light_verb, DATE_LABELS):
        text = " ".join(t.text for t in sentence.tokens[start:end])
        resolved = resolve_date(text, published, future)
        if resolved is not None:
            return resolved, text
    if future or published is None:
        return None, None
    return published.isoformat(), None


def location_of(sentence: Sentence, predicate: int, light_verb: int | None, gazetteer: Gazetteer
                ) -> Location | None:
    for start, end in attached_entities(sentence, predicate, light_verb, PLACE_LABELS):
        root = next((t for t in sentence.tokens[start:end] if not start <= t.head < end or t.head == t.i),
                    sentence.tokens[start])
        holder = sentence.tokens[root.head]
        if not (root.dep == "pobj" and holder.lower in LOCATIVE_PREPOSITIONS):
            continue
        text = " ".join(t.text for t in sentence.tokens[start:end])
        place = gazetteer.lookup(text)
        if place is not None:
            return place
    return None


def quantity_of(sentence: Sentence, predicate: int, measure: str | None) -> Quantity | None:
    tokens = sentence.subtree(predicate)
    if not tokens:
        return None
    start, end = tokens[0].start - sentence.start, tokens[-1].end - sentence.start
    text = sentence.text[start:end]
    change = _FROM_TO.search(text)
    if change:
        unit = "%" if (change[2] or change[4]) else None
        return Quantity(measure or "value", _number(change[1]), _number(change[3]), unit)
    money = _MONEY.search(text)
    if money:
        value = _number(money[2])
        if value is not None and money[3]:
            value *= _SCALE[money[3].lower()]
        return Quantity(measure or "money", None, value, _CURRENCY.get(money[1].lower(), "USD"))
    for tok in tokens:
        if tok.pos == "NUM" and tok.dep == "nummod" and tok.head != tok.i:
            counted = sentence.tokens[tok.head]
            value = _number(tok.text)
            if value is not None and counted.pos == "NOUN":
                return Quantity(counted.lemma.lower(), None, value, "count")
    return None


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "").rstrip("."))
    except ValueError:
        return None
