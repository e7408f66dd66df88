"""Criticism told as a judgement in speech: "Tory leader Michael Howard said the chancellor was incompetent", "the
minister said the opposition had failed to condemn the attacks", "Patel said the Congress was responsible for the
riots". No word of accusing is used, yet the speaker denounces the party the judgement is of: an ACCUSE (CAMEO
111, "Criticize or denounce") by the speaker of the complement's subject, as the development set codes it.

Only a judgement the words make plain counts: a complement of a verb of saying, after it, whose predicate is a
word of blame ("corrupt", "a disgrace", "responsible for", "in disarray") or of failing conduct ("failed to",
"misled", "betrayed"), not negated, with a subject that can be blamed (not "we", "it", "there"). Whether that
subject is a party at all ("said the strike was illegal", "the scheme is flawed") is the screen's to judge, as for
any event. A demand ("should", "must") is :mod:`dyadwatch.coder.demands`'s.
"""

from __future__ import annotations

from ..records import Sentence, Token
from .arguments import DEMAND_MODALS
from .demands import NOT_ADDRESSEES
from .lexicon import PredicateMatch, worded_match

# the code of a judgement of blame: CAMEO 111, "Criticize or denounce"
JUDGEMENT_CODE = "111"
# verbs of saying or holding that tell the speaker's own judgement ("warned" and "hoped" tell other things)
JUDGEMENT_SPEECH_VERBS = frozenset({"say", "tell", "add", "state", "declare", "insist", "argue", "claim", "charge",
                                    "allege", "believe", "maintain", "write", "tweet", "post", "complain",
                                    "stress", "reiterate"})
# what a party "is" when the speaker blames it: adjectives and nouns of blame, by lemma
BLAME_WORDS = frozenset({
    "corrupt", "incompetent", "incapable", "irresponsible", "reckless", "dishonest", "deceitful", "hypocritical",
    "arrogant", "complacent", "negligent", "cowardly", "shameful", "disgraceful", "untrustworthy", "callous",
    "authoritarian", "undemocratic", "lawless", "criminal", "guilty", "culpable", "complicit", "partisan", "biased",
    "illegitimate", "unconstitutional", "dictatorial", "anti-people", "anti-national", "treacherous",
    "disgrace", "shambles", "fiasco", "farce", "sham", "travesty", "scandal", "betrayal", "liar", "hypocrite",
    "dictator", "puppet", "stooge", "traitor", "thug", "failure", "gimmick",
})
# blame that takes its cause after a preposition: "responsible for the violence", "to blame for"
BLAME_WITH_CAUSE = frozenset({"responsible", "accountable"})
# a state of a party the speaker blames it for: "in disarray", "in denial"
BLAMED_STATES = frozenset({"disarray", "turmoil", "denial", "chaos"})
# verbs of failing or foul conduct: "had failed to", "misled parliament", "betrayed the voters" (not "lie", whose
# lemma "the blocks lay within its shelf" shares)
CONDUCT_VERBS = frozenset({"fail", "shirk", "mislead", "betray", "bungle", "mishandle", "squander",
                           "neglect", "sabotage", "deceive", "cheat", "dither", "renege", "backtrack"})


# what a party is blamed for playing: "playing politics with pupils"
PLAYED_FOULS = frozenset({"politics", "politic", "game", "games"})  # the model lemmatises "politics" as "politic"


def judgement_speech(sentence: Sentence, verb: Token) -> Token | None:
    """The verb of saying whose complement ``verb`` heads, said before it ("X said Y was ..."), or None."""
    if verb.dep != "ccomp" or verb.head == verb.i or verb.pos not in ("VERB", "AUX"):
        return None
    speech = sentence.tokens[verb.head]
    return speech if speech.lemma.lower() in JUDGEMENT_SPEECH_VERBS and speech.i < verb.i else None


def blames(sentence: Sentence, verb: Token) -> bool:
    """The clause ``verb`` heads blames its subject: "was corrupt", "were a disgrace", "was responsible for the
    riots", "is in disarray", "had failed to act", "misled parliament"."""
    children = sentence.children(verb.i)
    if any(c.dep == "neg" for c in children):
        return False  # "said the government was not corrupt"
    lemma = verb.lemma.lower()
    if lemma in CONDUCT_VERBS:
        return True
    if lemma == "play" and any(c.dep in ("dobj", "obj") and c.lemma.lower() in PLAYED_FOULS for c in children):
        return True  # "was playing politics with pupils", "is playing games"
    if lemma != "be":
        return False
    for child in children:
        word = child.lemma.lower()
        if child.dep in ("acomp", "attr") and (word in BLAME_WORDS or (word in BLAME_WITH_CAUSE and any(
                c.dep == "prep" and c.lower == "for" for c in sentence.children(child.i)))):
            return True
        if child.dep == "prep" and child.lower == "in" and any(
                g.dep == "pobj" and g.lemma.lower() in BLAMED_STATES for g in sentence.children(child.i)):
            return True
    return False


def spoken_judgements(sentence: Sentence, found: dict[int, PredicateMatch]) -> dict[int, PredicateMatch]:
    """The judgements of blame a sentence tells in speech, as matches with the criticism code on the complement's
    verb; a verb the lexicon already codes is left to it."""
    judged: dict[int, PredicateMatch] = {}
    for token in sentence.tokens:
        if token.i in found or judgement_speech(sentence, token) is None or not blames(sentence, token):
            continue
        children = sentence.children(token.i)
        if any(c.dep == "aux" and c.lower in DEMAND_MODALS for c in children):
            continue  # "should have been more careful": a demand or a reproach, told by the demands
        subjects = [c for c in children if c.dep == "nsubj"]
        if not subjects or any(s.lower in NOT_ADDRESSEES for s in subjects):
            continue
        judged[token.i] = worded_match(token, JUDGEMENT_CODE)
    return judged
