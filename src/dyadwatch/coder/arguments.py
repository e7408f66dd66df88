"""Who does what to whom, from the dependency parse alone.

Given a predicate token, :func:`find_arguments` returns the tokens that head its source
(the doer) and candidate targets, in order of preference. Word order plays no part: subjects,
passive agents, objects, prepositional and possessive arguments do, and a subject is inherited
through control ("agreed to buy"), coordination ("met and agreed") and participles
("pledging to ..."): :mod:`dyadwatch.coder.subjects`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..records import Sentence, Token
from .actnouns import (
    DEMONSTRATION_NOUNS,
    GOING_ON_VERBS,
    LIGHT_VERBS,
    LOOK_THROUGH_NOUNS,
    ORGANISING_VERBS,
    OWN_POSSESSIVES,
    PARTITIVE_NOUNS,
    SENDING_VERBS,
    doers_after,
    letter_of,
    partaking,
    protesting_verb,
    setting_verb,
    stepped_up,
)
from .asides import venues
from .phrases import after_a_gerund, is_gathering, medium_prepositions, names_a_gathering, owners_told
from .quotes import quoted_before
from .subjects import (
    LETTER_ACT_VERBS,
    PASSIVE_SUBJECT_DEPS,
    WRITING_VERBS,
    force_party,
    relative_antecedents,
    subjects_of,
    with_conjuncts,
)

TARGET_PREPOSITIONS = ("with", "to", "against", "on", "toward", "towards", "from", "for", "over", "between", "at")
@dataclass(frozen=True, slots=True)
class Arguments:
    """Token indices heading the source and the candidate targets (best first)."""

    sources: tuple[int, ...]
    targets: tuple[int, ...]
    passive: bool = False
    light_verb: int | None = None


CONTACT_VERBS = frozenset({"call", "phone", "telephone", "invite", "meet", "visit", "receive", "host", "summon",
                           "write"})
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


def names_a_party(token: Token) -> bool:
    """A modifier that may name a party: a proper noun, or an adjective of a people or a place ("Indian",
    "Pakistani"); "an indefinite nationwide strike" names no one."""
    return token.pos == "PROPN" or (token.pos == "ADJ" and (token.ent_type in ("NORP", "GPE", "ORG", "LOC")
                                                           or token.text[:1].isupper()))


# verbs of going somewhere for an act ("flew to Singapore for talks", "is in Beijing for talks")
TRAVEL_VERBS = frozenset({"fly", "travel", "arrive", "come", "go", "head", "leave", "depart", "return", "land",
                          "gather", "assemble", "converge", "mass",
                          "be", "reach", "sail", "drive", "jet"})


# verbs that close a gathering or a visit, whose subject took part in it ("ended two weeks of talks in Lusaka",
# "concluded a working visit to Botswana")
CLOSING_VERBS = frozenset({"end", "conclude", "wrap", "complete", "close"})
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "mission", "call"})
# a gathering named as where or when another act was done ("asked Cambodia ... at talks on the canal"); the
# acts are those of talking, agreeing and asking (:func:`setting_verb`), not an arrest made at a meeting
SETTING_PREPOSITIONS = frozenset({"at", "after", "during", "following", "in"})


def met_in(token: Token) -> bool:
    """A gathering or a visit: what its doer meets others in."""
    return is_gathering(token) or (token.pos == "NOUN" and token.lemma.lower() in VISIT_NOUNS)


# the prepositions of whom an act is aimed at, less "over" (what it is over: "sanctions on Lithuania over the office")
AIMED_PREPOSITIONS = tuple(p for p in TARGET_PREPOSITIONS if p != "over")
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


# nouns of a cause an act is done for ("marched in support of West Papuan independence", "in solidarity with the
# strikers"): whom it is for, not whom it is aimed at
CAUSE_NOUNS = frozenset({"support", "solidarity", "favour", "favor", "backing"})


def cause_words(sentence: Sentence) -> set[int]:
    """The words of a cause told with "in" ("in support of X", "in solidarity with X"), with all their own words."""
    return {t.i for p in sentence.tokens if p.dep == "prep" and p.lower == "in"
            for o in sentence.children(p.i) if o.dep == "pobj" and o.lemma.lower() in CAUSE_NOUNS
            for t in sentence.subtree(o.i)}


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
    if "with" in prepositions:
        # "spoke by telephone with Ruto", the parser hanging "with Ruto" on the telephone
        found.extend((prepositions.index("with"), i) for p in medium_prepositions(sentence, token)
                     if p.lower == "with" for g in sentence.children(p.i) if g.dep == "pobj"
                     for i in with_conjuncts(sentence, [g.i]))
    return [i for _, i in sorted(found)]


def find_arguments(sentence: Sentence, predicate: int) -> Arguments:
    token = sentence.tokens[predicate]
    if token.pos in ("NOUN", "PROPN"):
        return noun_arguments(sentence, token)
    return verb_arguments(sentence, token)


# the object pronouns that, in what a letter says, stand for whom it is written to
ADDRESSEE_PRONOUNS = frozenset({"him", "her", "them"})
# verbs that bring a party before a court ("took Hungary to the EU's top court", "hauled the firm to court")
HAUL_VERBS = frozenset({"take", "haul", "drag"})
# verbs whose subject undergoes what the object of "from" does ("faced criticism from the UN",
# "received an invitation from Putin")
RECEIVE_VERBS = frozenset({"receive", "face", "get", "draw", "suffer", "come"})
# of those, the ones whose subject only ever undergoes: "the forces would face a threat" names no doer,
# while "Putin received the ambassador" is Putin's act
UNDERGO_VERBS = frozenset({"face", "suffer", "draw"})


def letter_addressee(sentence: Sentence, act: Token, sources: Sequence[int]) -> int | None:
    """Whom a letter is written to, when ``act`` is a participle that tells what the letter says: hung on the
    addressee ("written to Tony Blair demanding", whose doer is not the addressee) or on the verb of writing
    ("wrote to the prime minister on Tuesday accusing him"); None otherwise."""
    if act.head == act.i or act.tag != "VBG" or not sources:
        return None
    head = sentence.tokens[act.head]
    if act.dep == "acl" and head.i not in sources and head.dep == "pobj" and sentence.tokens[head.head].lower == "to":
        return head.i
    if act.dep == "advcl" and head.lemma.lower() in WRITING_VERBS and act.lemma.lower() in LETTER_ACT_VERBS:
        return next(iter(prepositional_objects(sentence, head.i, ("to",))), None)
    return None


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
    if (token.dep in ("xcomp", "advcl") and governor.lemma.lower() in CONTACT_VERBS
            and not reason_clause(sentence, token)):
        # "called Lavrov to discuss Syria", "received the ambassador to discuss ...": whom one contacts (not
        # in a clause of reason or of another time: "summoned the ambassador after soldiers detained miners")
        targets.extend(c.i for c in sentence.children(governor.i) if c.dep in ("dobj", "obj") and c.i != token.i)
    # "returned the paintings to Italy", "gave Ukraine loans": the recipient before the thing given
    targets.extend(c.i for c in children if c.dep in ("dative", "iobj"))
    targets.extend(i for i in prepositional_objects(sentence, token.i, ("to",))
                   if not after_a_gerund(sentence, token, i))
    if token.pos == "VERB" and not any(c.dep in ("dobj", "obj") for c in children) and (
            misread := next((c for c in children if c.i == token.i + 1 and c.pos == "PROPN"
                             and c.dep in ("advmod", "npadvmod")), None)) is not None:
        targets.append(misread.i)  # "detained Bayarsaikhan in September": a name right after the verb is its object
    for child in children:
        if child.dep in ("dobj", "obj", "dative", "iobj"):
            # "the seer, whom the PM praised": the object pronoun stands for the noun the clause hangs on
            targets.extend(with_conjuncts(sentence, relative_antecedents(sentence, token.i, [child.i])))
    targets.extend(prepositional_objects(sentence, token.i))
    for child in children:
        if child.dep in ("dobj", "obj"):
            # "rejected a request by X", "condemned the attacks by X", "froze accounts belonging to X": the party
            # inside the object
            targets.extend(prepositional_objects(sentence, child.i, OBJECT_PREPOSITIONS))
            targets.extend(owners_told(sentence, child.i) or owners_told(sentence, token.i))
    if (addressee := letter_addressee(sentence, token, sources)) is not None:
        # "has written to Tony Blair demanding an inquiry": what a letter says is aimed at whom it is written to, and
        # a "him" it names is they ("wrote to Mr McConnell accusing him of an error of judgement")
        targets = [addressee if sentence.tokens[t].lower in ADDRESSEE_PRONOUNS else t for t in targets]
        targets.append(addressee)
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
    if token.lemma.lower() in COMPLAINT_VERBS:
        # "wrote to the Security Council to complain that Ethiopia's handling of the dam had caused floods": a
        # complaint is aimed at whom its clause blames (its subject, or the owner of the thing that is its subject),
        # not at whom it is lodged with
        blamed = [g for c in children if c.dep == "ccomp" for g in sentence.children(c.i)
                  if g.dep in ("nsubj", "nsubjpass")]
        owners = [o.i for g in blamed for o in sentence.children(g.i) if o.dep == "poss" and g.pos == "NOUN"]
        targets = [*owners, *(g.i for g in blamed), *targets]
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
    if token.lemma.lower() in HAUL_VERBS and any(c.dep in ("dobj", "obj") for c in children):
        # "took Poland to the EU Court of Justice": the court is where the case goes, the object whom it is against
        venues = set(prepositional_objects(sentence, token.i, ("to",)))
        targets = [t for t in targets if t not in venues]
    # last resort, the place the act is aimed at: "mobilized troops in the border area"
    for holder in (token, *(c for c in children if c.dep in ("dobj", "obj"))):
        targets.extend(g.i for p in sentence.children(holder.i) if p.dep == "prep" and p.lower in PLACE_PREPOSITIONS
                       for g in sentence.children(p.i) if g.dep == "pobj")
    return Arguments(tuple(sources), tuple(_unique(targets)), passive)


DEMAND_MODALS = frozenset({"must", "should", "ought"})
COMPLAINT_VERBS = frozenset({"complain", "protest", "object"})


def demand_frame(sentence: Sentence, predicate: int, modal: bool = True,
                 passive_only: bool = False) -> Arguments | None:
    """"X says Y must do Z": X is the source, Y the target (the demand's addressee), when the predicate is
    the complement of a verb of saying and carries "must", "should" or "ought to". With ``modal`` off, any
    such complement: "critics say Putin has given him free rein" (an accusation of Putin by the critics).
    ``passive_only``: the predicate is itself an act its active subject does ("said the Government would
    appeal", "said Russia had accused Kyiv": the speaker reports it), so only a passive subject is the one the
    speaker's act is aimed at ("Police said the two would be charged")."""
    token = sentence.tokens[predicate]
    if token.dep != "ccomp" or token.head == token.i:
        return None
    speech = sentence.tokens[token.head]
    # "X said Y ...", not "Y did ..., X said" (there the speaker only reports); but a demand quoted first ("'The
    # government must go,' X said") is X's
    if speech.lemma.lower() not in SPEECH_LEMMAS or (speech.i > predicate and not (
            modal and quoted_before(sentence, token, speech))):
        return None
    children = sentence.children(predicate)
    if modal and not any(c.dep == "aux" and c.lower in DEMAND_MODALS for c in children):
        return None
    speakers, _ = subjects_of(sentence, speech.i)
    addressees = [c.i for c in children if c.dep == "nsubjpass" or (c.dep == "nsubj" and not passive_only)]
    if not speakers or not addressees:
        return None
    return Arguments(tuple(speakers), tuple(with_conjuncts(sentence, addressees)))


# stances on a policy, a plan, a decision or an act ("condemned", "rejected", "welcomed"): aimed at whoever owns
# it, not at whom it befalls
STANCE_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
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
                found.extend(prepositional_objects(sentence, c.i, AIMED_PREPOSITIONS))
                found.extend(objects)
                for holder in (c.i, *objects):
                    found.extend(prepositional_objects(sentence, holder,
                                                       AIMED_PREPOSITIONS if holder == c.i else TARGET_PREPOSITIONS))
                    found.extend(g.i for p in sentence.children(holder)
                                 if p.dep == "prep" and p.lower in PLACE_PREPOSITIONS
                                 for g in sentence.children(p.i) if g.dep == "pobj")
                # "threatened to impose sanctions on Lithuania over the Taiwan office": what the act is over comes
                # after whom its object is on
                found.extend(prepositional_objects(sentence, c.i, ("over",)))
                if depth < 2 and c.dep in COMPLEMENT_DEPS:
                    found.extend(complement_targets(sentence, c.i, depth + 1))
                found[before:] = [i for i in found[before:] if i not in venue]
    return found


# clauses that carry what a verb of saying, intending or being ready is about ("said it would free X",
# "is ready to send aid to Y")
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acomp"})


PLACE_PREPOSITIONS = ("in", "into", "at")
# verbs that put someone in a state told by a noun after "on" ("put its units on high alert")
STATE_VERBS = frozenset({"put", "place", "keep"})


def noun_arguments(sentence: Sentence, token: Token) -> Arguments:
    children = sentence.children(token.i)
    sources = [c.i for c in children if c.dep == "poss"]
    modifiers = [c.i for c in children if c.dep in ("compound", "amod", "nmod") and names_a_party(c)]
    preposition = sentence.tokens[token.head]
    governor = sentence.tokens[preposition.head]
    if not sources and token.dep == "pobj" and preposition.lower == "for" and governor.lemma.lower() in TRAVEL_VERBS:
        # "is due to fly to Singapore for talks with Wong", "was in Beijing for talks": who travels for the act
        # does it ("due to fly": the subject of the clause above)
        sources = next((found for verb in (governor, *sentence.ancestors(governor.i))
                        if (found := subjects_of(sentence, verb.i)[0])), [])
    if not sources and token.dep == "pobj" and preposition.lower == "on" and governor.lemma.lower() in STATE_VERBS:
        # "put its units on high alert", "placed troops on standby": whoever puts them there raises the alert
        sources = subjects_of(sentence, governor.i)[0]
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
    organised: list[int] = []
    if not sources and not agents:
        agents, organised = organised_by(sentence, token)
    victims: list[int] = []
    if not sources and not agents and (force := force_party(sentence, token)) and force != [token.i]:
        # "a mob attack", "army shelling": the party that modifies the act does it, to whoever underwent it
        sources, victims = force, undergoers(sentence, token)
    light: int | None = None
    # "held a second round of talks", "led 18 days of protests": the act counted stands where its count does
    anchor = governor if (token.dep == "pobj" and preposition.lower == "of"
                          and governor.lemma.lower() in PARTITIVE_NOUNS and governor.pos == "NOUN") else token
    letter = letter_of(sentence, token)
    anchor = letter if letter is not None else anchor
    head = sentence.tokens[anchor.head]
    sent = letter is not None and head.lemma.lower() in SENDING_VERBS
    if anchor.dep == "pobj" and head.dep == "prep" and head.lower == "on" and head.head != head.i and (
            sentence.tokens[head.head].lemma.lower() in GOING_ON_VERBS):
        head = sentence.tokens[head.head]  # "doctors went on strike", "stayed on strike": the strikers
        light = head.i
        sources = subjects_of(sentence, head.i)[0] + sources
    elif anchor.dep == "pobj" and head.dep == "prep" and head.lower in ("in", "at") and head.head != head.i and (
            partaking(sentence, sentence.tokens[head.head])):
        head = sentence.tokens[head.head]  # "took part in talks with the Indian government": who takes part
        light = head.i
        sources = subjects_of(sentence, head.i)[0] + sources
    elif anchor.dep == "pobj" and head.dep == "prep" and head.lower == "in" and anchor.lemma.lower() == "protest" and (
            not sources and (doing := protesting_verb(sentence, head)) is not None):
        # "kept the market closed in protest at the curfew", "parked their cars across the road in protest": whoever
        # does what is done in protest protests
        head, sources = doing
        light = head.i
    elif anchor.dep in ("dobj", "obj", "attr") and head.pos == "VERB" and (
            sent or head.lemma.lower() in LIGHT_VERBS or stepped_up(sentence, head)
            or (head.lemma.lower() in CLOSING_VERBS and met_in(token))):
        light = head.i
        subj, _ = subjects_of(sentence, head.i)
        if subj:
            sources = [i for i in sources if sentence.tokens[i].lower not in OWN_POSSESSIVES]
        sources = subj + sources
    setting: int | None = None
    if (not sources and met_in(token) and token.dep == "pobj" and preposition.dep == "prep"
            and preposition.lower in SETTING_PREPOSITIONS and governor.pos == "VERB"
            and (held_at := setting_verb(sentence, governor)) is not None):
        # "Vietnam asked Cambodia to share its studies at talks on the canal", "announced the deal at a news
        # conference with his counterpart": whoever acts at a gathering takes part in it
        setting = held_at.i
        sources = subjects_of(sentence, held_at.i)[0]
    if not sources and met_in(token):
        sources = doers_after(sentence, token)  # "called the strike after talks with officials broke down"
    if not sources:
        # "talks between X and Y": the first party acts, the rest are targets
        between = [i for c in children if c.dep == "prep" and c.lower == "between"
                   for g in sentence.children(c.i) if g.dep == "pobj" for i in with_conjuncts(sentence, [g.i])]
        if between:
            return Arguments((between[0],), tuple(between[1:]), False, light)
    targets = victims + prepositional_objects(sentence, token.i)
    if token.lemma.lower() in DEMONSTRATION_NOUNS:
        # "a protest outside the Durrës municipality": a demonstration held outside a body's seat is aimed at the body
        targets += prepositional_objects(sentence, token.i, ("outside",))
    if agents and not sources:
        sources = agents
        patients = prepositional_objects(sentence, token.i, ("of",))
        held = sentence.tokens[head.head] if token.dep == "pobj" and head.lower == "of" else token  # "words of praise"
        taker = sentence.tokens[held.head]
        if held.dep in ("dobj", "obj") and taker.pos == "VERB" and taker.lemma.lower() in RECEIVE_VERBS:
            patients = subjects_of(sentence, taker.i)[0] + patients
        targets = patients + [t for t in targets + organised if t not in agents]
    if light is not None:
        if sent:  # "handed the Kazakh ambassador a protest note": whom the letter is handed
            targets += [c.i for c in sentence.children(light) if c.dep == "dative"]
        targets += prepositional_objects(sentence, light)
    if setting is not None:
        # the gathering's own "with" party first, then whom the act done there is aimed at ("asked Cambodia")
        targets += [c.i for c in sentence.children(setting) if c.dep in ("dobj", "obj", "dative")]
        targets += prepositional_objects(sentence, setting, ("with", "to"))
    return Arguments(tuple(_unique(sources)), tuple(_unique(targets)), False, light)


def organised_by(sentence: Sentence, noun: Token) -> tuple[list[int], list[int]]:
    """The agent of a light verb's participle that modifies the act ("the bandh called by the VHP", "a rally
    organised by the Shiv Sena against the government"), and the participle's other prepositional objects."""
    for verb in sentence.children(noun.i):
        if verb.dep == "acl" and verb.tag == "VBN" and verb.lemma.lower() in ORGANISING_VERBS and (
                agents := prepositional_objects(sentence, verb.i, ("by",))):
            return agents, [i for i in prepositional_objects(sentence, verb.i) if i not in agents]
    return [], []


def reciprocal(sentence: Sentence, heads: tuple[int, ...]) -> bool:
    """A target told as the doers' own, each of the other's: "each other's ambassadors", "one another"."""
    for head in heads:
        words = [t.lower for t in sentence.subtree(head)]
        if any((a, b) in (("each", "other"), ("one", "another")) for a, b in pairwise(words)):
            return True
    return False


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
SEQUENCE_MARKS = frozenset({"after", "before", "until", "till", "once", "while", "whilst"})


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
