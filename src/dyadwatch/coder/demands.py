"""Demands told as speech: "the Conservatives say the home secretary should allow the evidence" is a REQUEST by the
Conservatives of the home secretary, whatever the lexicon makes of "allow"; "said the VHP should not have come into
the picture" is a reproach, an ACCUSE (CAMEO 111, "Criticize or denounce"), as the development set codes it.

The annotation guide and PLV code a demand or an appeal in reported speech as REQUEST (CAMEO 10, "Demand, not
specified below"), from the speaker to the party named as the subject of what must be done. Without this module
such a sentence gave no event (the complement's verb, "take measures", is no act) or the complement's own act as a
hypothetical one ("should lift its sanctions" as RETREAT), which the screen drops.
"""

from __future__ import annotations

from ..records import Sentence, Token
from .arguments import DEMAND_MODALS
from .lexicon import PredicateMatch, worded_match
from .quotes import quoted_before

# the code of a demand whose content the coder does not place in one of CAMEO's 10x codes
DEMAND_CODE = "100"
# the code of a reproach: what a party "should have done"
REPROACH_CODE = "111"
# verbs that tell what a party says or holds ("said", "told reporters", "insisted"); "warned" and "hoped" are not
# demands ("warned that Iran must be ready" is a warning, "hoped the talks should succeed" a wish)
DEMAND_SPEECH_VERBS = frozenset({"say", "tell", "add", "state", "declare", "insist", "stress", "write", "argue",
                                 "believe", "maintain", "reiterate", "repeat", "tweet", "post"})
# subjects that are the speaker's own side or no party at all: "we must act", "it should be noted"
NOT_ADDRESSEES = frozenset({"i", "we", "us", "you", "it", "this", "that", "there", "everyone", "everybody",
                            "nobody", "somebody", "someone", "all", "one"})
# what a party "should be" that is due to it, not done by it
CAPACITY_WORDS = frozenset({"able", "free", "entitled", "eligible", "unable"})
# the codes of requests and demands (CAMEO 02 appeals and 10 demands): a demand the lexicon already codes as one
REQUEST_ROOTS = ("02", "10")
# the codes of disapproval (CAMEO 11): a reproach the lexicon already codes as one
DISAPPROVAL_ROOT = "11"


def speech_of_demand(sentence: Sentence, verb: Token) -> Token | None:
    """The verb of saying that tells ``verb`` as a demand ("said [the government] should take measures"), or None.

    ``verb`` heads a clause complement of the speech verb, after it, with "must", "should" or "ought to" and a
    subject of its own that can be addressed (not "we", "it", "there")."""
    if verb.dep != "ccomp" or verb.head == verb.i or verb.pos not in ("VERB", "AUX"):
        return None
    # a capacity or a right the speaker holds a party ought to have ("said shop workers should be able to enjoy a
    # break", "should be free to choose"): a view of what is due to them, not a demand that they act
    if verb.lemma.lower() == "be" and any(c.dep == "acomp" and c.lemma.lower() in CAPACITY_WORDS
                                          for c in sentence.children(verb.i)):
        return None
    speech = sentence.tokens[verb.head]
    # "'The government must release them,' Musyoka said": a demand quoted before its speaker is told
    if speech.lemma.lower() not in DEMAND_SPEECH_VERBS or (speech.i > verb.i and not quoted_before(sentence, verb,
                                                                                                  speech)):
        return None
    children = sentence.children(verb.i)
    if not any(c.dep == "aux" and c.lower in DEMAND_MODALS for c in children):
        return None
    subjects = [c for c in children if c.dep == "nsubj"]
    if not subjects or any(s.lower in NOT_ADDRESSEES for s in subjects):
        return None
    # "what the government should do", "whether Britain should join": a question, not a demand
    if any(c.dep == "mark" and c.lower in ("whether", "if") for c in children) or any(
            c.tag in ("WDT", "WP", "WRB") for c in children):
        return None
    return speech


def spoken_demands(sentence: Sentence, found: dict[int, PredicateMatch]) -> dict[int, PredicateMatch]:
    """The demands a sentence tells in speech, as lexicon matches with the demand code on the demanded verb.

    A verb the lexicon codes as a request or a demand keeps its own code ("said Israel must end its attacks" is
    one demand either way); a verb the lexicon codes as another act is the demand, not that act ("said the United
    States should lift its sanctions" asks for the act, it does not tell it)."""
    demands: dict[int, PredicateMatch] = {}
    for token in sentence.tokens:
        if speech_of_demand(sentence, token) is None:
            continue
        known = found.get(token.i)
        reproach = is_reproach(sentence, token)
        if known is not None and known.entry.cameo.startswith(DISAPPROVAL_ROOT if reproach else REQUEST_ROOTS):
            continue
        demands[token.i] = worded_match(token, REPROACH_CODE if reproach else DEMAND_CODE)
    return demands


def is_reproach(sentence: Sentence, verb: Token) -> bool:
    """"should have acted", "ought not to have come": what a party should have done and did not, a reproach."""
    children = sentence.children(verb.i)
    return any(c.dep == "aux" and c.lower in ("should", "ought") for c in children) and any(
        c.dep == "aux" and c.lemma.lower() == "have" and c.i > min(m.i for m in children if m.dep == "aux")
        for c in children)


def asked_for_to_act(sentence: Sentence, predicate: int) -> Token | None:
    """The one a demand asks to act when told as "for X to <verb>" ("its call for Turkey to recognise Cyprus",
    "appealed for the Centre to send forces"): the object of "for" that an infinitive's "to" follows at once. Not
    one of "asked for forces to be deployed", whose verb is passive: the forces are what is asked for."""
    for prep in sentence.children(predicate):
        if prep.dep != "prep" or prep.lower != "for":
            continue
        for party in sentence.children(prep.i):
            after = max(t.i for t in sentence.subtree(party.i)) + 1
            if party.dep != "pobj" or after + 1 >= len(sentence.tokens):
                continue
            to, verb = sentence.tokens[after], sentence.tokens[after + 1]
            if to.lower == "to" and to.dep == "aux" and to.head == verb.i and verb.pos == "VERB" and not any(
                    c.dep in ("auxpass", "nsubjpass") for c in sentence.children(verb.i)):
                return party
    return None
