"""Who does what to whom, from the dependency parse alone.

Given a predicate token, :func:`find_arguments` returns the tokens that head its source
(the doer) and candidate targets, in order of preference. Word order plays no part: subjects,
passive agents, objects, prepositional and possessive arguments do, and a subject is inherited
through control ("agreed to buy"), coordination ("met and agreed") and participles
("pledging to ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Sentence, Token
from .asides import venues
from .phrases import is_gathering, name_after_fronted_place, names_a_gathering

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
TARGET_PREPOSITIONS = ("with", "to", "against", "on", "toward", "towards", "from", "for", "over", "between", "at")
LIGHT_VERBS = frozenset({
    "hold", "have", "conduct", "launch", "stage", "make", "pay", "carry", "begin", "start", "mount",
    "continue", "resume", "attend", "plan", "schedule", "announce", "open", "host", "issue", "deliver",
    "give", "express", "level", "file", "impose", "join", "organize", "organise", "lodge",
})
INHERIT_SUBJECT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@dataclass(frozen=True, slots=True)
class Arguments:
    """Token indices heading the source and the candidate targets (best first)."""

    sources: tuple[int, ...]
    targets: tuple[int, ...]
    passive: bool = False
    light_verb: int | None = None


def subjects_of(sentence: Sentence, verb: int, depth: int = 0) -> tuple[list[int], bool]:
    """Subject heads of a verb (with their conjuncts), inherited where the verb has none.

    Returns the heads and whether the clause is passive (then the heads are the agents).
    """
    children = sentence.children(verb)
    subjects = [c.i for c in children if c.dep in SUBJECT_DEPS]
    if subjects:
        return with_conjuncts(sentence, relative_antecedents(sentence, verb, subjects)), False
    passive = [c.i for c in children if c.dep in PASSIVE_SUBJECT_DEPS]
    if passive:
        passive = relative_antecedents(sentence, verb, passive)
        agents = [g.i for c in children if c.dep == "agent" for g in sentence.children(c.i) if g.dep == "pobj"]
        if not agents and sentence.tokens[verb].lemma.lower() in DEPLOY_VERBS:
            # "2,000 soldiers were deployed along the corridor": the forces act
            return with_conjuncts(sentence, passive), False
        agents = agents or force_in(sentence, verb)
        return with_conjuncts(sentence, agents), True
    token = sentence.tokens[verb]
    agents = [g.i for c in children if c.dep == "agent" for g in sentence.children(c.i) if g.dep == "pobj"]
    if agents and token.tag == "VBN" and depth == 0:
        # "a resolution, moved by the treasury benches and backed by some opposition members": a participle's
        # own agent does it, not the subject of the clause it hangs on (a clause below it keeps inheriting that)
        return with_conjuncts(sentence, agents), True
    # a name before the verb that the parser attached as a modifier ("USAID provided ...", tagged advmod)
    misread = [c.i for c in children if c.i < verb and c.dep in MISREAD_SUBJECT_DEPS
               and (c.pos == "PROPN" or c.ent_type in ("ORG", "GPE", "PERSON", "NORP"))]
    if misread:
        return misread[-1:], False
    if (joined := name_after_fronted_place(sentence, verb)) is not None:
        return [joined.i], False
    if depth > 4 or token.head == token.i:
        return [], False
    if token.dep == "pobj" and (doers := force_party(sentence, token)) and doers != [token.i]:
        return doers, False  # "injured in army shelling": the shelling as a gerund, the army its doer
    head = sentence.tokens[token.head]
    if token.dep in ("relcl",):
        return [head.i], False
    if token.dep == "acl" and token.tag == "VBN" and token.lemma.lower() in DEPLOY_VERBS:
        return [head.i], False  # "the platoons posted outside the mosque": the forces act, as when "deployed"
    if token.dep == "acl" and token.tag not in ("VBN", "VBD"):
        # "the men wanted by the police": a participle (a VBD there is one mistagged) says what befell its noun
        return [head.i], False
    if token.dep == "ccomp" and head.lemma.lower() in ("let", "help", "make") and head.pos == "VERB":
        return subjects_of(sentence, head.i, depth + 1)  # "Ethiopia let free 74 leaders"
    if token.dep == "conj" and token.tag in FINITE_TAGS and head.tag not in FINITE_TAGS and not any(
            c.dep in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or (c.dep in ("aux", "auxpass") and c.tag in FINITE_TAGS)
            for c in sentence.children(head.i)):
        # "flayed the plan to hold X ... and accused Y": a finite verb the parse joined to an infinitive or a
        # participle shares the subject of the finite clause above them
        finite = next((a for a in sentence.ancestors(head.i) if a.tag in FINITE_TAGS), None)
        if finite is not None:
            return subjects_of(sentence, finite.i, depth + 1)
    if reported_then_done(sentence, token):
        # "Idris said the strike was illegal and urged workers to return": the parse joins the speaker's second
        # act to what was said; the speaker does it
        return subjects_of(sentence, sentence.tokens[head.head].i, depth + 1)
    if token.dep in INHERIT_SUBJECT_DEPS and head.pos in ("VERB", "AUX"):
        if token.dep == "xcomp":
            # object control: "urged Washington to focus" -> Washington
            objects = [c.i for c in sentence.children(head.i) if c.dep in ("dobj", "obj")]
            if objects and head.lemma.lower() in OBJECT_CONTROL_VERBS:
                return objects, False
        return subjects_of(sentence, head.i, depth + 1)
    if token.dep == "xcomp" and head.pos == "ADJ" and head.dep == "acomp":  # "Ethiopia was ready to resume talks"
        return subjects_of(sentence, head.head, depth + 1)
    return [], False


CONTACT_VERBS = frozenset({"call", "phone", "telephone", "invite", "meet", "visit", "receive", "host", "summon",
                           "write"})
DEPLOY_VERBS = frozenset({"deploy", "station", "dispatch", "post", "redeploy", "rush", "send"})
MISREAD_SUBJECT_DEPS = frozenset({"advmod", "npadvmod", "dep", "nmod", "intj"})
OBJECT_CONTROL_VERBS = frozenset({"urge", "ask", "persuade", "force", "order", "tell", "call", "press",
                                  "invite", "encourage", "request", "push", "allow", "help", "prompt", "compel",
                                  "oblige", "spur"})


RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})


def relative_antecedents(sentence: Sentence, verb: int, heads: list[int]) -> list[int]:
    """In a relative clause, a relative pronoun stands for the noun the clause hangs on: in "the DCP,
    who agreed to the plan" the DCP agreed; in "Turkey, which occupies northern Cyprus" Turkey does."""
    token = sentence.tokens[verb]
    if token.dep != "relcl" or token.head == verb:
        return heads
    return [token.head if sentence.tokens[h].lower in RELATIVE_PRONOUNS and sentence.tokens[h].tag in ("WP", "WDT")
            else h for h in heads]


# acts of force a party does, named by a noun ("police firing", "a mob attack", "army shelling")
FORCE_NOUNS = frozenset({"attack", "firing", "fire", "shelling", "bombing", "raid", "assault", "lathicharge",
                         "lathi-charge", "crackdown", "action", "stabbing", "shooting"})
FORCE_LEMMAS = frozenset({"attack", "fire", "shell", "bomb", "raid", "assault", "shoot", "stab"})


def force_party(sentence: Sentence, noun: Token) -> list[int]:
    """The party that does an act of force named by ``noun``: the common noun that modifies it ("a mob
    attack", "army shelling"), or the noun itself when the parse hangs the act on it ("police firing" as
    "police" with the participle "firing")."""
    kids = sentence.children(noun.i)
    if noun.lemma.lower() in FORCE_LEMMAS or noun.lower in FORCE_NOUNS:
        doers = [c.i for c in kids if c.dep in ("compound", "nmod") and c.pos == "NOUN"]
        if doers:
            return doers[:1]
    if noun.pos == "NOUN" and any(c.dep == "acl" and c.tag == "VBG" and c.lemma.lower() in FORCE_LEMMAS
                                  for c in kids):
        return [noun.i]
    return []


def force_in(sentence: Sentence, verb: int) -> list[int]:
    """Who did a passive act with no agent, told by the act of force it happened in: "99 persons were killed
    in police firing" (the police), "two were injured in army shelling" (the army)."""
    for prep in sentence.children(verb):
        if prep.dep == "prep" and prep.lower in ("in", "during"):
            for obj in sentence.children(prep.i):
                if obj.dep == "pobj" and (doers := force_party(sentence, obj)):
                    return doers
    return []


def undergoers(sentence: Sentence, noun: Token) -> list[int]:
    """Who underwent the act of force that ``noun`` names "in" a clause: the passive subject ("were injured
    in a mob attack") or the subject of "suffered" or "sustained" ("sustained injuries in a mob attack")."""
    prep = sentence.tokens[noun.head]
    if noun.dep != "pobj" or prep.lower not in ("in", "during") or prep.head == prep.i:
        return []
    holder = sentence.tokens[prep.head]
    if holder.pos == "NOUN" and holder.dep in ("dobj", "obj") and holder.head != holder.i:
        holder = sentence.tokens[holder.head]  # "sustained injuries in a mob attack"
    kids = sentence.children(holder.i)
    if holder.tag == "VBN" and any(c.dep == "nsubjpass" for c in kids):
        return [c.i for c in kids if c.dep == "nsubjpass"]
    if holder.lemma.lower() in ("sustain", "suffer", "receive"):
        return [c.i for c in kids if c.dep == "nsubj"]
    return []


def with_conjuncts(sentence: Sentence, heads: list[int]) -> list[int]:
    out: list[int] = []
    for head in heads:
        out.append(head)
        out.extend(c.i for c in sentence.children(head) if c.dep == "conj")
    return out


def names_a_party(token: Token) -> bool:
    """A modifier that may name a party: a proper noun, or an adjective of a people or a place ("Indian",
    "Pakistani"); "an indefinite nationwide strike" names no one."""
    return token.pos == "PROPN" or (token.pos == "ADJ" and (token.ent_type in ("NORP", "GPE", "ORG", "LOC")
                                                           or token.text[:1].isupper()))


# verbs of going somewhere for an act ("flew to Singapore for talks", "is in Beijing for talks")
TRAVEL_VERBS = frozenset({"fly", "travel", "arrive", "come", "go", "head", "leave", "depart", "return", "land",
                          "be", "reach", "sail", "drive", "jet"})


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
                         "barrage", "salvo", "munition", "gas", "cannon", "shot"})
# nouns an argument search looks through to the party they name
LOOK_THROUGH_NOUNS = ACT_NOUNS | MEANS_NOUNS
OBJECT_PREPOSITIONS = ("into", "against", "by", "from", "of", *TARGET_PREPOSITIONS)
# a consultation's topic is no party to it: the object of "discussed Iran's nuclear programme", what talks are
# "on", "about" or "over" ("talks on Kashmir")
TOPIC_VERBS = frozenset({"discuss", "debate", "review"})
TOPIC_PREPOSITIONS = frozenset({"on", "about", "over", "regarding", "concerning"})


def topic_words(sentence: Sentence, predicate: int, light_verb: int | None = None) -> set[int]:
    """The words of what a consultation is about, not whom it is with: the object of a verb of discussing and
    the objects of "on", "about" or "over" below the predicate or its light verb ("held talks on Kashmir"),
    with all their own words, except a partner named with "with" inside them. "called on the governor" is a
    visit: its "on" names whom."""
    out: set[int] = set()
    for head in (predicate, light_verb):
        if head is None:
            continue
        lemma = sentence.tokens[head].lemma.lower()
        for child in sentence.children(head):
            if (child.dep in ("dobj", "obj") and lemma in TOPIC_VERBS) or (
                    child.dep == "prep" and child.lower in TOPIC_PREPOSITIONS and not (
                        child.lower == "on" and lemma == "call")):
                partners = {t.i for p in sentence.subtree(child.i) if p.dep == "prep" and p.lower == "with"
                            for t in sentence.subtree(p.i)}
                out |= {t.i for t in sentence.subtree(child.i)} - partners
    return out


def prepositional_objects(sentence: Sentence, token: int,
                          prepositions: tuple[str, ...] = TARGET_PREPOSITIONS) -> list[int]:
    """Objects of the token's prepositions, in the order of ``prepositions``."""
    found: list[tuple[int, int]] = []
    for child in sentence.children(token):
        if child.dep in ("prep", "dative", "agent") and child.lower in prepositions and not absolute_clause(
                sentence, child):
            rank = prepositions.index(child.lower)
            for obj in sentence.children(child.i):
                if obj.dep in ("pobj", "pcomp"):
                    found.extend((rank, i) for i in with_conjuncts(sentence, [obj.i]))
    return [i for _, i in sorted(found)]


def find_arguments(sentence: Sentence, predicate: int) -> Arguments:
    token = sentence.tokens[predicate]
    if token.pos in ("NOUN", "PROPN"):
        return noun_arguments(sentence, token)
    return verb_arguments(sentence, token)


# verbs whose subject undergoes what the object of "from" does ("faced criticism from the UN",
# "received an invitation from Putin")
RECEIVE_VERBS = frozenset({"receive", "face", "get", "draw", "suffer", "come"})
# of those, the ones whose subject only ever undergoes: "the forces would face a threat" names no doer,
# while "Putin received the ambassador" is Putin's act
UNDERGO_VERBS = frozenset({"face", "suffer", "draw"})


def verb_arguments(sentence: Sentence, token: Token) -> Arguments:
    sources, passive = subjects_of(sentence, token.i)
    children = sentence.children(token.i)
    if token.lemma.lower() in RECEIVE_VERBS and sources and not passive:
        objects = [c.i for c in children if c.dep in ("dobj", "obj")]
        givers = [i for h in (token.i, *objects) for i in prepositional_objects(sentence, h, ("from", "by"))]
        if givers:  # "faced a call by Lord Mackay": Lord Mackay called
            return Arguments(tuple(givers), tuple(sources), False)
        if objects and token.lemma.lower() in UNDERGO_VERBS:
            return Arguments((), tuple(sources), False)  # the subject undergoes an act of no one named
    targets: list[int] = undergoers(sentence, token) if token.dep == "pobj" else []
    if passive:
        targets.extend(relative_antecedents(sentence, token.i,
                                            [c.i for c in children if c.dep in PASSIVE_SUBJECT_DEPS]))
    if token.dep == "amod" and token.head != token.i:  # "the UN-backed government": the government
        targets.append(token.head)
    governor = sentence.tokens[token.head]
    if token.dep in ("xcomp", "advcl") and governor.lemma.lower() in CONTACT_VERBS:
        # "called Lavrov to discuss Syria", "received the ambassador to discuss ...": whom one contacts
        targets.extend(c.i for c in sentence.children(governor.i) if c.dep in ("dobj", "obj") and c.i != token.i)
    # "returned the paintings to Italy", "gave Ukraine loans": the recipient before the thing given
    targets.extend(c.i for c in children if c.dep in ("dative", "iobj"))
    targets.extend(prepositional_objects(sentence, token.i, ("to",)))
    for child in children:
        if child.dep in ("dobj", "obj", "dative", "iobj"):
            # "the seer, whom the PM praised": the object pronoun stands for the noun the clause hangs on
            targets.extend(with_conjuncts(sentence, relative_antecedents(sentence, token.i, [child.i])))
    targets.extend(prepositional_objects(sentence, token.i))
    for child in children:
        if child.dep in ("dobj", "obj"):
            # "rejected a request by X", "condemned the attacks by X": the party inside the object
            targets.extend(prepositional_objects(sentence, child.i, OBJECT_PREPOSITIONS))
    if not targets and token.dep in ("xcomp", "advcl") and token.head != token.i and not reason_clause(sentence, token):
        # "summoned the ambassador to complain", "sent experts to Riyadh to investigate": the
        # governing verb names whom the purpose clause is about (not whom a clause of reason or of another time
        # with its own doer is: "ratified a treaty with Australia after opposition lawmakers walked out")
        head = sentence.tokens[token.head]
        if head.pos == "VERB":
            for child in sentence.children(head.i):
                if child.dep in ("dobj", "obj", "dative") and child.i != token.i:
                    targets.append(child.i)
            targets.extend(prepositional_objects(sentence, head.i))
    if not targets:
        if token.lemma.lower() in SPEECH_LEMMAS:
            # "said Ethiopia is committed to ...": the complement's subject, when it is another party
            # (when it is the speaker, "said it would free X", the resolver drops it as the same party)
            targets.extend(g.i for c in children if c.dep == "ccomp"
                           for g in sentence.children(c.i) if g.dep in ("nsubj", "nsubjpass"))
        targets.extend(complement_targets(sentence, token.i))
    # "conceded to the demands of X", "condemned the government's decision": the act noun's parties
    # come right after it
    expanded: list[int] = []
    for head in targets:
        expanded.append(head)
        if sentence.tokens[head].lemma.lower() in LOOK_THROUGH_NOUNS:
            expanded.extend(act_parties(sentence, head))
    targets = expanded
    if token.lemma.lower() not in SPEECH_LEMMAS:
        # "found Barbarin guilty": the subject of a small clause is who the act is about
        targets.extend(g.i for c in children if c.dep in ("ccomp", "oprd", "xcomp")
                       for g in sentence.children(c.i) if g.dep in ("nsubj", "nsubjpass"))
    # last resort, the place the act is aimed at: "mobilized troops in the border area"
    for holder in (token, *(c for c in children if c.dep in ("dobj", "obj"))):
        targets.extend(g.i for p in sentence.children(holder.i) if p.dep == "prep" and p.lower in PLACE_PREPOSITIONS
                       for g in sentence.children(p.i) if g.dep == "pobj")
    return Arguments(tuple(sources), tuple(_unique(targets)), passive)


DEMAND_MODALS = frozenset({"must", "should", "ought"})


def demand_frame(sentence: Sentence, predicate: int, modal: bool = True) -> Arguments | None:
    """"X says Y must do Z": X is the source, Y the target (the demand's addressee), when the predicate is
    the complement of a verb of saying and carries "must", "should" or "ought to". With ``modal`` off, any
    such complement: "critics say Putin has given him free rein" (an accusation of Putin by the critics)."""
    token = sentence.tokens[predicate]
    if token.dep != "ccomp" or token.head == token.i:
        return None
    speech = sentence.tokens[token.head]
    # "X said Y ...", not "Y did ..., X said" (there the speaker only reports)
    if speech.lemma.lower() not in SPEECH_LEMMAS or speech.i > predicate:
        return None
    children = sentence.children(predicate)
    if modal and not any(c.dep == "aux" and c.lower in DEMAND_MODALS for c in children):
        return None
    speakers, _ = subjects_of(sentence, speech.i)
    addressees = [c.i for c in children if c.dep in ("nsubj", "nsubjpass")]
    if not speakers or not addressees:
        return None
    return Arguments(tuple(speakers), tuple(with_conjuncts(sentence, addressees)))


# stances on a policy, a plan, a decision or an act ("condemned", "rejected", "welcomed"): aimed at whoever owns
# it, not at whom it befalls
STANCE_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
# acts of violence a stance may be about ("condemned the invasion of Iraq", "the attack on kar sevaks"): the
# party they befall is their victim, not whom the stance is aimed at
HOSTILE_ACT_NOUNS = frozenset({
    "invasion", "attack", "occupation", "bombing", "killing", "massacre", "war", "strike", "assault", "raid",
    "shelling", "violence", "riot", "annexation", "blockade", "incursion", "offensive", "airstrike", "murder",
})
STANCE_NOUNS = frozenset({"support", "commitment", "solidarity", "backing", "readiness", "willingness",
                          "determination", "desire", "intention", "opposition", "concern", "sympathy", "condolence",
                          "gratitude", "appreciation", "respect", "confidence", "trust", "rejection", "condemnation"})


def act_parties(sentence: Sentence, noun: int) -> list[int]:
    """The parties an act noun names: its possessor ("the government's decision"), the agent of a
    reduced relative ("an appeal filed by X"), its prepositional objects ("the demands of X")."""
    children = sentence.children(noun)
    # "the U.N.'s commitment to Lebanon": the holder of a stance is not whom it is about
    stance = sentence.tokens[noun].lemma.lower() in STANCE_NOUNS
    found = [c.i for c in children if c.dep == "poss" and c.pos in ("PROPN", "NOUN") and not stance]
    found.extend(g.i for c in children if c.dep == "acl" for a in sentence.children(c.i) if a.dep == "agent"
                 for g in sentence.children(a.i) if g.dep == "pobj")
    # "a meeting at the ministry": where a gathering is held is no party to it
    venue = is_gathering(sentence.tokens[noun])
    found.extend(prepositional_objects(sentence, noun, tuple(p for p in OBJECT_PREPOSITIONS
                                                              if not (venue and p == "at"))))
    return found


SPEECH_LEMMAS = frozenset({"say", "tell", "add", "state", "announce", "claim", "report", "note", "declare",
                           "insist", "stress", "warn", "write", "believe", "think", "hope"})


def complement_targets(sentence: Sentence, verb: int, depth: int = 0) -> list[int]:
    """Targets named inside the verb's complement: "agreed to provide Sri Lanka with ...",
    "offered to send troops to Uganda", "agreed to a ceasefire in eastern Ukraine"."""
    found: list[int] = []
    for child in sentence.children(verb):
        if child.dep in COMPLEMENT_DEPS or (child.dep == "prep" and child.lower == "to"):
            clause = [child] if child.dep != "prep" else [g for g in sentence.children(child.i) if g.dep == "pobj"]
            for c in clause:
                # "agreed that the next session will be held in Windhoek": where a gathering is held is no party
                # to the agreement
                venue = venues(sentence, c.i)
                before = len(found)
                objects = [g.i for g in sentence.children(c.i) if g.dep in ("dobj", "obj", "dative", "iobj")]
                # "agreed to allow UN aid workers access", "would allow the WFP to deliver food": whom the
                # complement lets act
                found.extend(g.i for k in sentence.children(c.i) if k.dep in ("ccomp", "xcomp")
                             for g in sentence.children(k.i) if g.dep in ("nsubj", "nsubjpass"))
                # "refused to send peacekeepers to Iraq": the recipient before the thing sent
                found.extend(prepositional_objects(sentence, c.i))
                found.extend(objects)
                for holder in (c.i, *objects):
                    found.extend(prepositional_objects(sentence, holder))
                    found.extend(g.i for p in sentence.children(holder)
                                 if p.dep == "prep" and p.lower in PLACE_PREPOSITIONS
                                 for g in sentence.children(p.i) if g.dep == "pobj")
                if depth < 2 and c.dep in COMPLEMENT_DEPS:
                    found.extend(complement_targets(sentence, c.i, depth + 1))
                found[before:] = [i for i in found[before:] if i not in venue]
    return found


# clauses that carry what a verb of saying, intending or being ready is about ("said it would free X",
# "is ready to send aid to Y")
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acomp"})


PLACE_PREPOSITIONS = ("in", "into", "at")


def noun_arguments(sentence: Sentence, token: Token) -> Arguments:
    children = sentence.children(token.i)
    sources = [c.i for c in children if c.dep == "poss"]
    modifiers = [c.i for c in children if c.dep in ("compound", "amod", "nmod") and names_a_party(c)]
    preposition = sentence.tokens[token.head]
    travel = sentence.tokens[preposition.head]
    if not sources and token.dep == "pobj" and preposition.lower == "for" and travel.lemma.lower() in TRAVEL_VERBS:
        # "is due to fly to Singapore for talks with Wong", "was in Beijing for talks": who travels for the act
        # does it ("due to fly": the subject of the clause above)
        sources = next((found for verb in (travel, *sentence.ancestors(travel.i))
                        if (found := subjects_of(sentence, verb.i)[0])), [])
    if len(modifiers) > 1:
        # "the Xi-Trump summit": the first named party acts, the second is the target
        return Arguments((modifiers[0],), tuple(modifiers[1:]) + tuple(prepositional_objects(sentence, token.i)))
    # "criticism of the government by the NHRC chairman", "considerable opposition from the communist parties":
    # the doer is named after the act; the "of" party is then whom it is aimed at, and so is whoever "faced"
    # or "drew" it ("the decision faced opposition from X")
    agents = [] if sources else (prepositional_objects(sentence, token.i, ("by",))
                                 or prepositional_objects(sentence, token.i, ("from",)))
    if not sources and modifiers and not agents and prepositional_objects(sentence, token.i):
        sources = modifiers
    victims: list[int] = []
    if not sources and not agents and (force := force_party(sentence, token)) and force != [token.i]:
        # "a mob attack", "army shelling": the party that modifies the act does it, to whoever underwent it
        sources, victims = force, undergoers(sentence, token)
    light: int | None = None
    head = sentence.tokens[token.head]
    if token.dep in ("dobj", "obj", "attr") and head.pos == "VERB" and head.lemma.lower() in LIGHT_VERBS:
        light = head.i
        subj, _ = subjects_of(sentence, head.i)
        sources = subj + sources
    if not sources:
        # "talks between X and Y": the first party acts, the rest are targets
        between = [i for c in children if c.dep == "prep" and c.lower == "between"
                   for g in sentence.children(c.i) if g.dep == "pobj" for i in with_conjuncts(sentence, [g.i])]
        if between:
            return Arguments((between[0],), tuple(between[1:]), False, light)
    targets = victims + prepositional_objects(sentence, token.i)
    if agents and not sources:
        sources = agents
        patients = prepositional_objects(sentence, token.i, ("of",))
        if token.dep in ("dobj", "obj") and head.pos == "VERB" and head.lemma.lower() in RECEIVE_VERBS:
            patients = subjects_of(sentence, head.i)[0] + patients
        targets = patients + [t for t in targets if t not in agents]
    if light is not None:
        targets += prepositional_objects(sentence, light)
    return Arguments(tuple(_unique(sources)), tuple(_unique(targets)), False, light)


def _unique(items: list[int]) -> list[int]:
    seen: set[int] = set()
    return [i for i in items if not (i in seen or seen.add(i))]  # type: ignore[func-returns-value]


# --- the search for a party below a predicate ----------------------------------------------------

DEEP_LIMIT = 7  # arcs below the predicate


def nearest_first(sentence: Sentence, starts: list[int], barred: set[int], skip: frozenset[str]) -> list[Token]:
    """Tokens below the predicate (and its light verb: ``starts``), breadth first (by sentence order within
    a depth), not passing through ``skip`` dependents, the ``barred`` tokens or another verb's clause;
    subjects only below the first level (the predicate's own subject is its source)."""
    out: list[Token] = []
    frontier, seen = list(starts), {*starts, *barred}
    for depth in range(DEEP_LIMIT):
        deps = skip if depth == 0 else skip - {"nsubj", "nsubjpass"}
        below = [c for i in frontier for c in sentence.children(i) if c.i not in seen and c.dep not in deps
                 and not (c.dep == "conj" and c.pos in ("VERB", "AUX"))  # another clause, another act
                 and not reason_clause(sentence, c) and not absolute_clause(sentence, c)
                 and not said_of_an_object(sentence, c) and not role_or_time(sentence, c)
                 and not names_a_gathering(sentence, c)]
        seen.update(c.i for c in below)
        out.extend(sorted(below, key=lambda t: t.i))
        frontier = [c.i for c in below]
        if not frontier:
            break
    return out


# verbs that report or deny what is said as a clause, and the speech acts a speaker goes on to do
SAYING_VERBS = frozenset({"say", "deny", "insist", "claim", "argue", "tell", "state", "assert", "maintain"})
SPEECH_ACT_VERBS = frozenset({"accuse", "urge", "call", "warn", "vow", "pledge", "demand", "appeal", "criticise",
                              "criticize", "condemn", "ask", "threaten", "promise", "blame", "reject", "dismiss"})


def reported_then_done(sentence: Sentence, token: Token) -> bool:
    """A speech act in the simple past that the parse joins to a reported clause ("denied that its troops had
    opened fire and accused Indian forces ..."): the reported clause is backshifted ("had opened", "was") while
    the act is told in the speaker's own tense, so it is the speaker's next act."""
    if token.dep != "conj" or token.tag not in ("VBD", "VBN") or token.lemma.lower() not in SPEECH_ACT_VERBS:
        return False
    clause = sentence.tokens[token.head]
    if token.tag == "VBN" and not (any(c.dep == "dobj" for c in sentence.children(token.i))
                                   and any(c.dep == "auxpass" for c in sentence.children(clause.i))):
        return False  # "had been detained and accused the government": the tagger lends "accused" the passive's tag
    if clause.dep != "ccomp" or clause.head == clause.i:
        return False
    speaker_verb = sentence.tokens[clause.head]
    backshifted = clause.lemma.lower() == "be" or any(c.dep == "aux" and c.lower == "had"
                                                      for c in sentence.children(clause.i))
    has_subject = any(c.dep in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in sentence.children(clause.i))
    speaker = any(c.dep == "nsubj" for c in sentence.children(speaker_verb.i))  # a clause as subject names no one
    return (speaker_verb.lemma.lower() in SAYING_VERBS and speaker_verb.tag == "VBD" and backshifted and speaker
            and has_subject and not any(c.dep in SUBJECT_DEPS for c in sentence.children(token.i)))


# a clause of reason or concession tells why or despite what, not whom the act is aimed at ("would stand down
# because he had lost trust over the Iraq war")
REASON_MARKS = frozenset({"because", "since", "although", "though", "whereas"})


def reason_clause(sentence: Sentence, token: Token) -> bool:
    """A clause of reason or concession, or one of another time with its own subject ("signed agreements, after
    Ruto held talks with Prabowo": the talks' partner is no party to the signing)."""
    if token.dep != "advcl":
        return False
    marks = {c.lower for c in sentence.children(token.i) if c.dep == "mark"}
    own_subject = any(c.dep in ("nsubj", "nsubjpass") for c in sentence.children(token.i))
    return bool(marks & REASON_MARKS) or bool(own_subject and marks & SEQUENCE_MARKS)


def said_of_an_object(sentence: Sentence, token: Token) -> bool:
    """"rejected the request, telling reporters that ...", "rejected the call, saying the group would not give
    up its arms while Israeli troops remained": when the act names what it is aimed at (a direct object), a
    participle of saying after it gives the doer's reasons, and whom it names is no party to the act ("protested,
    saying China's move ...", with no object, still names whom the protest is aimed at)."""
    if token.dep != "advcl" or token.tag != "VBG" or token.lemma.lower() not in ("say", "tell"):
        return False
    return any(c.dep == "dobj" for c in sentence.children(token.head))


# marks of a clause told at another time than the act ("when", "as" and "while" tell the same time, whose
# parties may be the act's: "police fired when protesters stormed the gate")
SEQUENCE_MARKS = frozenset({"after", "before", "until", "till", "once"})


def role_or_time(sentence: Sentence, token: Token) -> bool:
    """"stand down as an MP", "served as envoy": what a verb's "as" names is a role the doer holds or leaves,
    not whom the act is aimed at ("such as X", below a noun, still names parties); "after his arrival",
    "during the visit of X": a time told by another act names that act's parties."""
    if token.dep != "prep":
        return False
    verb_head = sentence.tokens[token.head].pos in ("VERB", "AUX")
    return token.lower in TIME_PREPOSITIONS or (token.lower == "as" and verb_head)


TIME_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till", "upon", "during", "amid"})


def absolute_clause(sentence: Sentence, token: Token) -> bool:
    """"condemned the attack, with the prime minister condemning it too": a clause after "with" that has its
    own subject tells another act by another doer, not whom this one is aimed at."""
    holder = sentence.tokens[token.head]
    if token.dep == "prep" and token.lower == "with":
        # "rebuffed Lee's overtures, with Kim Yo Jong saying ...": the parse hangs the participle on the verb
        party = next((c for c in sentence.children(token.i) if c.dep == "pobj"), None)
        after = sentence.subtree(party.i)[-1].i + 1 if party is not None else len(sentence.tokens)
        return after < len(sentence.tokens) and sentence.tokens[after].tag == "VBG" and (
            sentence.tokens[after].dep in ("advcl", "acl", "conj"))
    return (token.dep == "pcomp" and token.pos in ("VERB", "AUX") and holder.lower == "with"
            and any(c.dep in ("nsubj", "nsubjpass") for c in sentence.children(token.i)))
