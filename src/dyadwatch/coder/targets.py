"""Which party an event is aimed at: the choice among the parse's candidates.

:func:`choose_target` takes a predicate, its arguments (``arguments``) and their resolutions
(``actors``) and returns the event's target, or none. The order of the rules is documented in the
README ("How the target is chosen"); every rule is a pure function of the parse, the knowledge base
and word classes, testable on a hand-built parse.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Actor, Sentence, Token
from .actnouns import HOSTILE_ACT_NOUNS, LOOK_THROUGH_NOUNS
from .actors import ArticleActors
from .actorwords import PLACE_NOUNS, STREET_NOUNS
from .actowners import owner_of_demanded_thing, owner_of_told_act
from .arguments import (
    STANCE_NOUNS,
    STANCE_TYPES,
    Arguments,
    cause_words,
    nearest_first,
    topic_words,
)
from .asides import aside_words, happened_in_another_act
from .demand_targets import demand_addressee, meeting_asked_with, party_below, requested
from .made_and_sent import DEPLOYING_VERBS, created, object_words_of
from .partyrelations import (
    coded_target,
    is_coded,
    own_body,
    own_forces,
    owned_by_source,
    partner_of,
    partner_of_owner,
    same_party,
)
from .phrases import noun_phrase, span_head, words_text
from .threats import pressed_party
from .unnamed_targets import (
    PEOPLE_TYPES,
    Resolved,
    asked_to_act,
    attributed_to,
    chanted_against,
    counted_people,
    displayed,
    maker_of_annulled,
    warned_public,
)
from .venues import at_place, taken_as_place

# types whose grammatical object is what they are aimed at even when it is no actor ("condemned
# the attacks"); for the others the object is a topic or a thing given ("discussed the issue")
OBJECT_TARGET_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "THREATEN", "SANCTION", "COERCE", "ASSAULT"})
# types whose object may be the actor's own forces, sent or withdrawn ("withdrew its troops", "sent
# peacekeepers"): those are not the target
OWN_FORCES_TYPES = frozenset({"MOBILIZE", "AID", "RETREAT", "SANCTION", "AGREE", "SUPPORT", "COOPERATE", "CONCEDE"})


def choose_target(sentence: Sentence, predicate: int, args: Arguments, event_type: str, sources: list[Resolved],
                  targets: list[Resolved], actors: ArticleActors) -> Actor | None:
    """The target by :func:`aimed_at`, unless it is a place taken as a place ("lifted the curfew in
    Gandhinagar", "deployed forces around the temple") or, for a demand, what is demanded or whom the
    demanded act would befall ("demanded the arrest of VHP leaders", "asked for paramilitary forces"):
    then the event has no target."""
    if event_type == "REQUEST" and (addressee := demand_addressee(sentence, predicate, sources, actors)) is not None:
        return addressee
    if event_type == "REQUEST" and (host := meeting_asked_with(sentence, predicate, sources, actors)) is not None:
        return host  # "asked for a meeting with the court's president": the meeting is asked of whom it would be with
    if event_type == "THREATEN" and (public := warned_public(sentence, predicate, sources, actors.story)) is not None:
        return public
    if event_type == "THREATEN" and (pressed := pressed_party(sentence, predicate)) is not None and (
            got := actors.resolve(sentence, pressed)):
        return got[0]  # "would return to the streets if the Government did not ...": the Government is pressed
    if event_type == "PROTEST" and (against := chanted_against(sentence, predicate)) is not None and (
            chanted := actors.resolve(sentence, against)) is not None and is_coded(chanted[0]):
        return chanted[0]  # "marched to the town hall, chanting slogans against the Algerian army": the army
    if (maker := maker_of_annulled(sentence, predicate, event_type, sources, actors.resolve, actors.story)) is not None:
        return maker  # "struck down the law ratifying an agreement with Kuwait": the law's makers, the court's state
    told = owner_of_told_act(sentence, predicate, event_type, [a for a, _ in sources], actors.acts)
    if told is not None:
        return told  # "Qassem rejected the call": the call Macron made two sentences before
    chosen = aimed_at(sentence, predicate, args, event_type, sources, targets, actors)
    if (chosen is None or not is_coded(chosen) or chosen.kind == "other") and (demander := owner_of_demanded_thing(
            sentence, predicate, event_type, [a for a, _ in sources], actors.acts)) is not None:
        return demander  # "ruled out a guaranteed minimum price": the farmers demanded it
    # one asked to act is a party, whatever its words: "urged the province to work with ..." asks its government
    asked = asked_to_act(sentence, predicate, actors.story) if event_type == "REQUEST" else None
    if asked is not None and (chosen is None or not is_coded(chosen) or chosen.kind == "other"):
        chosen = asked
    place_asked = (asked is not None and chosen is not None and chosen.span is not None and asked.span is not None
                   and asked.span[0] <= chosen.span[0] and chosen.span[1] <= asked.span[1])
    if chosen is None or (taken_as_place(sentence, chosen, actors.index.state_names) and not place_asked) or (
            displayed(sentence, chosen)):
        return None
    if event_type == "CONSULT" and at_place(sentence, chosen):
        return None  # "agreed to meet again in Brussels": where one meets is not whom one meets
    if event_type == "MOBILIZE" and (home_place(chosen, sources, actors.index.state_names) or placed_nowhere(chosen)):
        # "moved an extra infantry company to Koindu": forces raised at home are aimed at no one; nor is a place the
        # text names as a party but places nowhere ("flew a mobile squad from Mount Hagen to Tari"); a place told by a
        # common noun ("to the area") stays, as what the act is about
        return None
    if event_type == "PROTEST" and chosen.kind == "country" and chosen.sector == "LEG" and any(
            actor.sector == "LEG" and actor.country == chosen.country for actor, _ in sources):
        return None  # "MPs walked out of the Dewan Rakyat": their own house is where they protest, not at whom
    if event_type == "REQUEST" and chosen.span is not None and any(
            sentence.tokens[i].start == chosen.span[0] for i in requested(sentence, predicate, actors)):
        return None
    if (event_type == "CONSULT" and sentence.tokens[predicate].lemma.lower() in VISIT_VERBS
            and chosen.kind == "country" and chosen.name not in actors.index.state_names
            and (chosen.country is None or any(chosen.country == s[0].country for s in sources))):
        # "the ministers are touring Gujarat": a region of their own state hosts no one, nor does a place no table
        # places (the story's country is given it later)
        return None
    if event_type in STANCE_TYPES and befallen(sentence, predicate, chosen):
        # "criticised the restrictions imposed on the kar sevaks": the stance is on the restrictions, whose
        # owner the screen finds; those they befall are not whom it is aimed at
        objects = [c.i for c in sentence.children(predicate) if c.dep in ("dobj", "obj")]
        return object_target(sentence, Arguments((), tuple(objects[:1]))) if objects else None
    held = noun_holding(sentence, chosen)
    if held is not None and event_type in STANCE_TYPES and held.lemma.lower() in HOSTILE_ACT_NOUNS:
        # "condemned the attack on kar sevaks": a stance on an act of violence is not aimed at its victim;
        # the target is the act, whose owner the screen finds (the guide's rule for stances on incidents)
        words = [t for t in noun_phrase(sentence, held.i) if t.dep != "det"]
        start, end = min(t.start for t in words), max(chosen.span[1], *(t.end for t in words))
        text = sentence.text[start - sentence.start:end - sentence.start]
        return Actor(text, None, chosen.country, None, "other", (start, end))
    if held is not None and event_type == "MOBILIZE" and held.lemma.lower() in GUARD_NOUNS:
        return None  # "tightened the security of VIPs": whom forces guard is no party they are raised against
    if held is not None and event_type == "PROTEST" and received_by(sentence, chosen):
        return None  # "protest against the transfer of pasture land to Tajikistan": not at whom it goes to
    return chosen


def home_place(chosen: Actor, sources: list[Resolved], state_names: frozenset[str]) -> bool:
    """A place of the doers' own country, not the state itself, and no party of it: no sector ("Koindu")."""
    return (chosen.kind in ("country", "group") and chosen.sector is None and chosen.name not in state_names
            and any(chosen.country == actor.country for actor, _ in sources))


def placed_nowhere(chosen: Actor) -> bool:
    """A name taken for a party that is of no country and no kind: a place the text does not place ("Tari")."""
    return chosen.country is None and chosen.sector is None and chosen.kind in ("country", "group")


VISIT_VERBS = frozenset({"visit", "tour"})
# what forces give to those they guard ("security of VIPs", "protection to the minorities")
GUARD_NOUNS = frozenset({"security", "protection", "cover", "escort", "safety", "guard"})
PARTY_OF_PREPOSITIONS = frozenset({"on", "against", "of", "for", "to"})


def befallen(sentence: Sentence, predicate: int, chosen: Actor) -> bool:
    """The chosen party is found through a participle that modifies the predicate's object, not as its agent:
    "criticised the restrictions imposed on X", "welcomed the aid sent to X" (X undergoes the thing the stance is
    about); "condemned the attack carried out by X" keeps X."""
    if chosen.span is None:
        return False
    head = next((t for t in sentence.tokens if t.start == chosen.span[0]), None)
    if head is None:
        return False
    below = head
    for above in sentence.ancestors(head.i):
        if above.i == predicate:
            return False
        if above.dep == "acl" and above.tag == "VBN" and sentence.tokens[above.head].dep in ("dobj", "obj"):
            return below.dep != "agent" and below.lower != "by"
        below = above
    return False


def received_by(sentence: Sentence, chosen: Actor) -> bool:
    """The chosen target is whom a noun's "to" names after what the noun hands over ("the transfer of land to
    Tajikistan", "the handover of the port to China"): whom the thing goes to ("a march to the electoral board" hands
    nothing over)."""
    head = span_head(sentence, chosen.span) if chosen.span is not None else None
    if head is None or head.dep != "pobj" or sentence.tokens[head.head].lower != "to":
        return False
    holder = sentence.tokens[sentence.tokens[head.head].head]
    return holder.pos == "NOUN" and any(c.dep == "prep" and c.lower == "of" for c in sentence.children(holder.i))


def noun_holding(sentence: Sentence, chosen: Actor) -> Token | None:
    """The noun whose preposition ("on", "against", "of", "for", "to") holds the chosen target's phrase ("the
    attack on kar sevaks", "security of VIPs"), or None."""
    if chosen.span is None:
        return None
    head = span_head(sentence, chosen.span)
    while head is not None and head.dep == "conj" and head.head != head.i:
        head = sentence.tokens[head.head]  # "security of VIPs and hardline leaders"
    if head is None or head.dep != "pobj":
        return None
    preposition = sentence.tokens[head.head]
    if preposition.lower not in PARTY_OF_PREPOSITIONS or preposition.head == preposition.i:
        return None
    holder = sentence.tokens[preposition.head]
    return holder if holder.pos == "NOUN" else None


def aimed_at(sentence: Sentence, predicate: int, args: Arguments, event_type: str, sources: list[Resolved],
             targets: list[Resolved], actors: ArticleActors) -> Actor | None:
    """The target of a directed event, in this order (the README's "How the target is chosen"): the place
    of a mobilization, the recipient of a handover; a coded party among the argument heads (the adversary
    named with "against", then the partner named with "with", places the act happens in last for acts
    aimed at their object); for those acts, the object itself ("condemned the legislation"); the coded
    party nearest the predicate; a party kept as written; the object as a thing; the nearest name or place
    below. Never the actor itself, its own state, or its own forces sent or withdrawn; a mission stands for
    the country it serves in."""
    own = {actor.country for actor, _ in sources if actor.country}
    # "Russia said Moscow ...", "the ministry ... the government": the actor's own body is not its target;
    # other parties of its country are ("workers called off the strike after a deal with the government")
    bodies = {(actor.country, actor.sector) for actor, _ in sources if actor.country}
    # "Ethiopia said it would ...": the speaker again is no target
    targets = [t for t in targets if not any(same_party(t[0], actor) for actor, _ in sources)]
    # "agreed to set up a company in Berlin": what is created is not aimed at; nor, for a consultation, what it
    # is about ("discussed Iran's nuclear programme")
    not_aimed = created(sentence, predicate) | aside_words(sentence, predicate) | attributed_to(sentence)
    if event_type == "CONSULT":
        not_aimed |= topic_words(sentence, predicate, args.light_verb)
    if event_type != "SUPPORT":  # "marched in support of West Papuan independence": for them, not against them
        not_aimed |= cause_words(sentence)
    if event_type == "MOBILIZE" and sentence.tokens[predicate].lemma.lower() in DEPLOYING_VERBS:
        not_aimed |= object_words_of(sentence, predicate)  # "deploying troops, patrol boats and militia": sent
    targets = [t for t in targets if t[0].span is None or not any(
        sentence.tokens[i].start == t[0].span[0] for i in not_aimed)]
    if event_type in OWN_FORCES_TYPES:  # "mobilized troops", "withdrew its peacekeepers"
        # ... but a stance's own object is whom it is aimed at: "praised the police for restoring order"
        praised = direct_object_starts(sentence, predicate) if event_type == "SUPPORT" else set()
        targets = [t for t in targets if not own_forces(t[0], own, event_type == "MOBILIZE") or (
            t[0].span is not None and any(t[0].span[0] <= start < t[0].span[1] for start in praised))]
    # "withdrew its troops from Syria": not the actor's own people, when another party is named
    # ... nor its own envoy ("recalled its ambassador from Israel": Israel)
    others = [t for t in targets if not own_body(t[0], bodies) and not owned_by_source(t[0], own)]
    # "filed a complaint with the council against X": the adversary; "discussed Libya with Trump",
    # "established ties with Bhutan": the partner
    # ... but not the partner of another party's act ("blocked North Macedonia's talks with the EU"), which comes last
    parties = [t[0] for t in others]

    def rank(target: Resolved) -> tuple[bool, bool, bool]:
        owners_partner = partner_of_owner(sentence, target[0], parties)
        return (not partner_of(sentence, target[0], "against"), not partner_of(sentence, target[0]) or owners_partner,
                owners_partner)

    others.sort(key=rank)
    aimed = event_type in OBJECT_TARGET_TYPES
    if event_type == "MOBILIZE" and (place := place_aimed_at(sentence, predicate, args, actors)) is not None:
        return place  # "remained on alert in Manila", "mobilised its men to the area"
    if sentence.tokens[predicate].lemma.lower() in GIVE_VERBS and (
            given := receiver(sentence, predicate, args, actors)) is not None:
        return mission_place(sentence, given, actors) or given
    # a place the act happens in is a last resort: "tortured an inmate in western Iran" is aimed at the inmate
    # (a sanction's object is its means, "suspended aid deliveries in Borno", so not for SANCTION)
    object_first = aimed and event_type != "SANCTION"
    chosen = coded_target([t for t in others if not (object_first and at_place(sentence, t[0]))])
    # "condemned the legislation": the object itself, before any party named further down
    thing = direct_object_target(sentence, predicate) if aimed and chosen is None else None
    if aimed and chosen is None and (owner := object_owner(sentence, predicate, actors)) is not None:
        # "rejected the shankaracharya's formula", "welcomed the president's commitment": the stance is aimed at
        # whoever owns the thing or the act
        return owner
    places = {t.i for t in sentence.tokens for p, _ in others if p.span is not None and at_place(sentence, p)
              and p.span[0] <= t.start < p.span[1]} if object_first and chosen is None and thing is None else set()
    if places and (deep := deep_target(sentence, predicate, args, actors, own, bodies,
                                       event_type in OWN_FORCES_TYPES, not_aimed | places)) is not None:
        # "in Cazenga, youths threw stones at police vehicles": a party further down before the place it happened in
        chosen = deep
    if chosen is None and thing is None:
        chosen = coded_target(others)
    if chosen is None and thing is None and event_type in PEOPLE_TYPES and (
            counted := counted_people(sentence, predicate)) is not None:
        return counted
    if chosen is None and thing is None and event_type == "RETREAT" and (
            sentence.tokens[predicate].lemma.lower() in RESIGNING_LEMMAS) and not any(
            c.dep in ("dobj", "obj") for c in sentence.children(predicate)):
        # "resigned from the government" is aimed at it; "said he was stepping down to protect the good name of
        # the government" at no one: a party deeper down is what one's own resignation is for ("resigned its seat
        # to protest against the United Nations" gives up a seat, and is searched as other acts are)
        chosen = (others or targets or [None])[0]
    elif chosen is None and thing is None:
        skip_forces = event_type in OWN_FORCES_TYPES
        chosen = (deep_target(sentence, predicate, args, actors, own, bodies, skip_forces, not_aimed,
                              event_type == "MOBILIZE")
                  or (others or targets or [None])[0])
    if chosen is not None:
        return mission_place(sentence, chosen[0], actors) or chosen[0]
    last = thing or object_target(sentence, args, aimed) or named_below(sentence, predicate, args)
    starts = {sentence.tokens[i].start for i in not_aimed}
    return None if last is not None and last.span is not None and last.span[0] in starts else last


def direct_object_starts(sentence: Sentence, predicate: int) -> set[int]:
    """Where the predicate's direct objects begin in the text (character offsets, as actors' spans are)."""
    return {c.start for c in sentence.children(predicate) if c.dep in ("dobj", "obj")}


def named_below(sentence: Sentence, predicate: int, args: Arguments) -> Actor | None:
    """The last resort: the nearest name below the predicate, as written, else the nearest place it
    happens in ("imposed blockades in the worst-damaged areas")."""
    barred, starts = source_words(sentence, args), search_starts(predicate, args)
    below = nearest_first(sentence, starts, barred, DEEP_SKIP_DEPS - {"advcl"})
    for token in below:
        if (token.pos == "PROPN" or token.ent_type in ("NORP", "ORG", "GPE", "LOC", "FAC", "PERSON")) and (
                token.ent_type not in NOT_PARTY_ENTITIES):
            while token.dep == "compound" and token.head != token.i:  # "Holocaust survivors"
                token = sentence.tokens[token.head]
            return object_target(sentence, Arguments((), (token.i,)), True)
    for token in below:
        if token.dep == "pobj" and sentence.tokens[token.head].lower in ("in", "at", "into") and (
                token.pos == "NOUN" and token.lemma.lower() not in TIME_NOUNS):
            return object_target(sentence, Arguments((), (token.i,)), True)
    return None


# verbs of handing something over: the recipient is named with "to", however far the parser put it
GIVE_VERBS = frozenset({"return", "hand", "give", "deliver", "transfer", "extradite", "repatriate", "send", "restore"})


def receiver(sentence: Sentence, predicate: int, args: Arguments, actors: ArticleActors) -> Actor | None:
    """The last object of "to" or "into" in the predicate's clause ("returned the skulls that date back to
    A.D. 640 to Peru"), else the last "to" inside a participle's phrase ("a pendant engraved with ... to
    Russian authorities"); as resolved, else as written: a recipient is a party."""
    barred = source_words(sentence, args)
    # not inside a purpose or adverbial clause ("sent teams to investigate rebels opposed to Gaddafi")
    barred |= {t.i for c in sentence.children(predicate) if c.dep in ("xcomp", "advcl", "ccomp")
               for t in sentence.subtree(c.i)}
    participles = {t.i for c in sentence.subtree(predicate) if c.dep == "acl" and c.pos == "VERB"
                   for t in sentence.subtree(c.i)}

    def objects_of(preps: tuple[str, ...], skip: set[int]) -> list[Token]:
        return [t for t in sentence.subtree(predicate) if t.i not in skip and t.dep == "pobj"
                and sentence.tokens[t.head].lower in preps and t.pos in ("NOUN", "PROPN", "PRON")
                and sentence.tokens[sentence.tokens[t.head].head].lower != "according"
                and t.ent_type not in NOT_PARTY_ENTITIES and t.lemma.lower() not in TIME_NOUNS]

    found = objects_of(("to", "into"), barred | participles) or objects_of(("to",), barred)
    if not found:
        return None
    head = found[-1]
    got = actors.resolve(sentence, head.i)
    if got is not None:
        return got[0]
    thing = object_target(sentence, Arguments((), (head.i,)), False)
    return None if thing is None else replace(thing, name=thing.text, kind="group")


MISSION_NOUNS = frozenset({"force", "mission", "operation", "deployment", "contingent"})
PLACE_PREPS = frozenset({"in", "into", "to", "at", "near", "along", "across", "inside"})
# a town's or a region's unit that the knowledge base reads as its council ("the municipality said"), but that forces
# are sent into or patrol as a place
LOCAL_UNIT_NOUNS = frozenset({"municipality", "commune", "parish", "prefecture", "governorate", "canton", "oblast",
                              "rayon", "raion", "ward", "subdistrict"})


def mission_place(sentence: Sentence, actor: Actor, actors: ArticleActors) -> Actor | None:
    """"contribute troops to the peacekeeping force in Somalia": the country a mission serves in; not for a listed
    body's mission, whose officers are the body's ("met the head of the observer mission of ECOWAS in Cotonou")."""
    if actor.span is None or actor.kind in ("country", "organisation"):
        return None
    for token in sentence.tokens:
        if actor.span[0] <= token.start < actor.span[1] and token.lemma.lower() in MISSION_NOUNS:
            got = country_after(sentence, token.i, ("in",), actors)
            if got is not None:
                return got[0]
    return None


def place_aimed_at(sentence: Sentence, predicate: int, args: Arguments, actors: ArticleActors) -> Actor | None:
    """The nearest place a deployment or alert is in or aimed at, named or not ("to the area")."""
    barred, starts = source_words(sentence, args), search_starts(predicate, args)
    for token in nearest_first(sentence, starts, barred, DEEP_SKIP_DEPS):
        holder = sentence.tokens[token.head]
        if token.dep != "pobj" or holder.lower not in PLACE_PREPS or token.ent_type in NOT_PARTY_ENTITIES:
            continue
        got = actors.resolve(sentence, token.i)
        if got is not None and got[0].sector == "GOV" and token.lemma.lower() in LOCAL_UNIT_NOUNS:
            return replace(got[0], sector=None)  # "stepped up patrols in the Ludza municipality": a place, no council
        if got is not None and got[0].kind == "country":
            return got[0]
        if got is None and token.pos in ("NOUN", "PROPN"):
            return object_target(sentence, Arguments((), (token.i,)), False)
    return None


def names_a_street(sentence: Sentence, token: Token) -> bool:
    """The word is a name before a street or an open place of a town ("along the Port Vila seafront"), whether the
    parse hangs the name on the street or, misreading the street's noun, makes the name the object."""
    after = sentence.tokens[token.i + 1] if token.i + 1 < len(sentence.tokens) else None
    if token.pos == "PROPN" and after is not None and after.lower in STREET_NOUNS:
        return True
    if token.dep != "compound":
        return False
    while token.dep == "compound" and token.head != token.i:
        token = sentence.tokens[token.head]
    return token.lower in STREET_NOUNS


# dependents that lead away from what the act is aimed at
DEEP_SKIP_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "punct", "cc", "aux", "auxpass",
                            "neg", "det", "mark", "advmod", "npadvmod", "parataxis", "appos", "relcl", "advcl"})


def deep_target(sentence: Sentence, predicate: int, args: Arguments, actors: ArticleActors,
                own: set[str], bodies: set[tuple[str | None, str | None]], skip_forces: bool = False,
                not_aimed: set[int] | None = None, any_forces: bool = False) -> Resolved | None:
    """The coded party nearest the predicate in its objects, prepositions and complements, when none of the
    argument heads is one: "is willing to provide ammunition alongside aid to Turkey" -> Turkey, "said it
    would recognize South Ossetia's independence" -> South Ossetia. Breadth first, so the nearest wins; the
    source's own words and its own state are left out, but a place at home is the target when nothing else
    is ("set up a company in Berlin"). Adverbial clauses are searched last ("will not end the strike until
    the government ..."), not where their acts happen ("imposed curfew after a victim succumbed in hospital")."""
    sources = [got[0] for h in args.sources if (got := actors.resolve(sentence, h)) is not None]
    barred = source_words(sentence, args)
    not_aimed = not_aimed or set()

    def fit(token: Token) -> tuple[Resolved | None, bool]:
        if (token.pos not in ("NOUN", "PROPN", "PRON") or token.ent_type in NOT_PARTY_ENTITIES
                or token.lemma.lower() in TIME_NOUNS or token.i in not_aimed or stance_holder(sentence, token)
                or (token.dep == "compound" and sentence.tokens[token.head].dep == "compound"
                    and sentence.tokens[token.head].pos == "NOUN")
                or (token.dep == "compound" and token.ent_type == "PERSON"
                    and sentence.tokens[token.head].lemma.lower() in PLACE_NOUNS)
                or token.lower in STREET_NOUNS or names_a_street(sentence, token)):
            # a noun that modifies a modifier of a thing names no party: "the local government finance settlement",
            # "four police station areas" ("police excesses", an act of the police, still names them); a town's name
            # before a street names the place ("marched along the Port Vila seafront")
            return None, False
        got = actors.resolve(sentence, token.i)
        if got is None or not is_coded(got[0]) or any(same_party(got[0], s) for s in sources) or (
                skip_forces and own_forces(got[0], own, any_forces)):
            return None, False
        if not own_body(got[0], bodies):
            return got, True
        home = token.ent_type in ("GPE", "LOC", "FAC") and got[0].kind == "country"
        return (got if home else None), False

    home_place: Resolved | None = None
    starts = search_starts(predicate, args)
    for skip in (DEEP_SKIP_DEPS, DEEP_SKIP_DEPS - {"advcl"}):
        for token in nearest_first(sentence, starts, barred, skip):
            if "advcl" not in skip and happened_in_another_act(sentence, token):
                continue
            got, best = fit(token)
            if best:
                return got
            home_place = home_place or got
        if home_place is not None:
            return home_place
    return None


def stance_holder(sentence: Sentence, token: Token) -> bool:
    """The possessor of a stance ("Turkey's support for X"): its holder, not whom it is about."""
    return token.dep == "poss" and sentence.tokens[token.head].lemma.lower() in STANCE_NOUNS


def source_words(sentence: Sentence, args: Arguments) -> set[int]:
    """The tokens of the source's own words: never searched for a target."""
    return {t.i for h in args.sources for t in sentence.subtree(h)}


def search_starts(predicate: int, args: Arguments) -> list[int]:
    """Where a search for the target starts: the predicate, and a noun predicate's light verb."""
    return [predicate] if args.light_verb is None else [predicate, args.light_verb]


def country_after(sentence: Sentence, head: int, preps: tuple[str, ...], actors: ArticleActors) -> Resolved | None:
    """The first object of one of ``preps`` below ``head`` that resolves to a country or a place in one."""
    for prep in sentence.children(head):
        if prep.dep == "prep" and prep.lower in preps:
            for obj in sentence.children(prep.i):
                got = actors.resolve(sentence, obj.i) if obj.dep == "pobj" else None
                if got is not None and got[0].kind == "country":
                    return got
    return None


# the words of a resignation (RETREAT): "resigned", "quit", "stepped down", "stood down", "his resignation"
RESIGNING_LEMMAS = frozenset({"resign", "resignation", "quit", "step", "stand"})
TIME_NOUNS = frozenset({"time", "hour", "day", "week", "month", "year", "minute", "morning", "evening", "night"})
NOT_PARTY_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})


def object_owner(sentence: Sentence, predicate: int, actors: ArticleActors) -> Actor | None:
    """The coded party that owns the predicate's direct object: its possessor ("the CM's proposal"), else the
    agent of a participle on it ("the proposal put forward by Egypt", "the curbs imposed by the
    administration")."""
    owner = party_below(sentence, predicate, ("dobj", "obj"), "poss", actors)
    if owner is not None:
        return owner
    for thing in sentence.children(predicate):
        if thing.dep not in ("dobj", "obj"):
            continue
        for participle in sentence.children(thing.i):
            if participle.dep == "acl" and participle.tag == "VBN":
                owner = party_below(sentence, participle.i, ("agent",), "pobj", actors)
                if owner is not None:
                    return owner
    return None


def direct_object_target(sentence: Sentence, predicate: int) -> Actor | None:
    """The predicate's direct object as a target of kind ``other``, unless it names the act itself."""
    objects = [c.i for c in sentence.children(predicate) if c.dep in ("dobj", "obj")
               and c.pos in ("NOUN", "PROPN") and c.ent_type not in NOT_PARTY_ENTITIES
               and c.lemma.lower() not in LOOK_THROUGH_NOUNS]
    return object_target(sentence, Arguments((), tuple(objects[:1])), False) if objects else None


def object_target(sentence: Sentence, args: Arguments, acts_too: bool = True) -> Actor | None:
    """What the act is aimed at when no actor is ("condemned the attacks", "returned the paintings to
    the gallery"): kind ``other``, no codes. Dates and amounts are never targets; an act noun
    ("condemned the attack") only counts for types aimed at their object (``acts_too``)."""
    nouns = [h for h in args.targets if sentence.tokens[h].pos in ("NOUN", "PROPN")
             and sentence.tokens[h].ent_type not in NOT_PARTY_ENTITIES]
    # "launched an investigation into X": the act names no target, X does; "condemned the attacks": it does
    beyond = [h for h in nouns if sentence.tokens[h].lemma.lower() not in LOOK_THROUGH_NOUNS]
    for head in (beyond or (nouns if acts_too else []))[:1]:
        token = sentence.tokens[head]
        words = [t for t in noun_phrase(sentence, head) if t.dep != "det"] or [token]
        text, span = words_text(sentence, words)
        return Actor(text, None, None, None, "other", span)
    return None
