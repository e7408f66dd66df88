"""Screening coded events for precision on running news: political parties only, the story's country,
no reporter as the doer, no non-events, background acts flagged, one event per act.

:func:`screen` is a pure function over one article's candidate events. It runs after the events are
built and typed, and returns the events it keeps and the candidates it leaves out, each with the reason
(``dyadwatch code --explain`` shows them). The rules are general: they are stated over the actor's kind
and sector (from the knowledge base, the sector words and the parser's entity types), the trigger's
word class and the sentence's form, never over particular sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

import numpy as np

from ..records import Actor, Event, Mention, Rejected, Sentence
from .actnouns import HOSTILE_ACT_NOUNS
from .actorwords import STATE_SECTORS, force_facility_sector, from_outside
from .arguments import STANCE_TYPES
from .calibration import Calibration, event_texts, target_told_to_act
from .eventtyper import Typing
from .partyrelations import FORCE_SECTORS
from .stories import DEMAND_ROOT, EXECUTIVE_SECTORS, has_target, with_home_recipient
from .tellings import one_per_act

Embedder = Callable[[Sequence[str]], np.ndarray]  # texts to their embeddings, one row each (the typer's encoder)

# parts of a state, and the non-state political bodies: a source of any type
POLITICAL_SECTORS = STATE_SECTORS | frozenset({"PTY", "REB", "OPP", "IGO", "NGO", "HRI", "ELI"})
# mobilised groups: protesters, strikers, unions, villagers, refugees; they act politically when they
# protest, fight or press a demand or a charge, or when their act is aimed at a political party
MOBILISED_SECTORS = frozenset({"CVL", "LAB", "REF", "AGR", "ENV", "EDU"})
MOBILISED_TYPES = frozenset({"PROTEST", "ASSAULT", "MOBILIZE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# bodies of business, media, religion and health: political only when they deal with a political party
INSTITUTION_SECTORS = frozenset({"BUS", "JRN", "REL", "MED"})
PRIVATE_SECTORS = frozenset({"BUS", "JRN", "MED"})  # of those, the ones outside public life
# people who strike: a union's backing of them is solidarity in a dispute
STRIKING_SECTORS = frozenset({"LAB", "MED", "EDU"})
# acts by which a state deals with a suspect: arrests and detentions (COERCE), charges and accusations (ACCUSE)
LAW_ENFORCING_TYPES = frozenset({"COERCE", "ACCUSE"})
ARREST_CODE = "173"  # CAMEO's arrest, detain or charge with legal action: done to people
# types PLOVER lets stand without a target (a curfew, a strike, a bombing, a demand to all); the others are
# acts towards a party, and without one the candidate is left out
TARGET_OPTIONAL = frozenset({"PROTEST", "MOBILIZE", "COERCE", "REQUEST", "ASSAULT", "THREATEN"})
# acts whose target a force's base, post or convoy stands for
FORCE_STRUCK_TYPES = frozenset({"ASSAULT", "THREATEN", "PROTEST", "COERCE"})
MODES_ALONE = frozenset({"resign"})  # an official's resignation (RETREAT) is aimed at no one
# types a statement is itself, which a verb of saying may carry ("X said Y must ...", "critics say Y
# did ..."); what else the typer puts on "said" is the reported act, whose doer is not the speaker
SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST"})
REPORTING_WORDS = frozenset({
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "state",
    "states", "stated", "report", "reports", "reported", "reporting", "describe", "describes", "described",
    "explain", "explains", "explained", "note", "notes", "noted", "write", "writes", "wrote", "written",
    "recall", "recalls", "recalled", "remark", "remarked", "comment", "commented", "reply", "replied",
    "according", "quoted", "quote", "quotes", "claimed", "claims", "observed", "pointed", "confirmed",
    "revealed", "disclosed", "informed", "briefed", "learnt", "learned", "asked", "answered",
})
# ... except a reporting word's own act, which the lexicon codes only with its object named: recalling an envoy
# (161, "recalled its ambassador from Israel") reduces relations; adding firms to a blacklist or an entity list
# (166 in the code table's numbering) sanctions them
ACTS_OF_REPORTING_WORDS = frozenset({"161", "166"})
DROPPED_MODALITIES = frozenset({"hypothetical", "denied"})
# ... except where the negation or the condition is the act: a refusal ("will not lift the ban") is a
# REJECT, and an offer on conditions ("is willing to withdraw if ...") an AGREE
KEPT_MODALITIES = frozenset({("REJECT", "denied"), ("AGREE", "hypothetical")})
CONDITION = re.compile(r"\b(?:if|unless|provided|as long as|so long as|on condition)\b", re.IGNORECASE)
MEMBERS_BODY = re.compile(r"\b(?:association|union|federation|guild)\b", re.IGNORECASE)  # "officers' association"
IN_PLAY = "in play"  # the ``country_source`` of a party placed by the party last in play (``coder/unlisted.py``)
BACKGROUND_DAYS = 30  # an act dated to a period that ended this long before the article is background
QUESTION = re.compile(r"\?\s*[\"'”’)\]]*\s*$")
# a list of links to other stories is no report ("related stories: rajya sabha adjourned ...")
LINK_LIST = re.compile(r"^\W*(related stories|related story|also read|read more|see also)\b", re.IGNORECASE)


def main_pair(mentions: Mapping[int, Sequence[Mention]]) -> tuple[Actor, Actor] | None:
    """The two countries the article is about, when two stand out (60% of country mentions)."""
    counts: dict[str, int] = {}
    first: dict[str, Actor] = {}
    for sentence_mentions in mentions.values():
        for m in sentence_mentions:
            if m.actor.country and m.actor.kind != "organisation":
                counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
                if m.actor.country not in first or first[m.actor.country].kind == "person":
                    first[m.actor.country] = m.actor
    ranked = sorted(counts, key=lambda c: -counts[c])
    if len(ranked) < 2 or counts[ranked[0]] + counts[ranked[1]] < 0.6 * sum(counts.values()):
        return None
    if len(ranked) > 2 and counts[ranked[1]] == counts[ranked[2]]:
        return None
    return first[ranked[0]], first[ranked[1]]


def is_party(actor: Actor) -> bool:
    """Someone who can act or be acted on: a state or its people, an organisation, a group the knowledge
    base, a sector word or the parser names, a person with a role (a title, an office, a sector).
    Phrases that name things, ideas, quantities and fragments ("fear", "the move", "times": kind
    ``phrase`` or ``other``) are not."""
    if actor.kind == "person":
        # ... or a person of no known role whom a stance on the story's politics placed in its country
        # (:func:`critic_of_the_state`)
        return actor.sector is not None or actor.country_source == "story"
    return actor.kind in ("organisation", "country", "group")


def source_problem(event: Event) -> str | None:
    """Why the event's source is not a political actor for this event, or None when it is."""
    actor, target = event.actor, event.recipient
    if not is_party(actor):
        return f"source {actor.text or actor.name!r} is not a political party"
    sector = actor.sector
    if sector is None and actor.kind != "organisation" and (target is None or (
            target.sector is None and target.kind != "organisation")):
        # "Kaveri Systems signed an agreement with Hsinlan Electronics": a body the knowledge base lacks, acting
        # on no one or on another such body, is rarely a political act (5 of 33 kept in the judged samples)
        return f"source {actor.text or actor.name!r} and its target are of no known kind: no political act"
    if event.event_type == "PROTEST" and sector in EXECUTIVE_SECTORS and not MEMBERS_BODY.search(actor.text):
        # "police blocked the road", "a government rally": a state's organs do not dissent (1 of 10 such events right
        # on the report halves and in the judged samples); its officers' association may
        return f"source {actor.text or actor.name!r} ({sector}) is the state, which does not protest against itself"
    if event.event_type == "CONSULT" and head_in(actor, VESSEL_NOUNS):
        # "Turkish naval vessels would continue to visit the port": a ship's or an aircraft's call is no meeting
        return f"source {actor.text or actor.name!r} is a vessel, whose visit is no meeting of parties"
    if actor.kind == "organisation" or sector in POLITICAL_SECTORS or sector is None:
        return None  # a listed body, a part of a state, or a party the text names whose kind is unknown
    aimed_at_politics = target is not None and (target.sector in POLITICAL_SECTORS or target.kind == "organisation")
    if sector in MOBILISED_SECTORS and (event.event_type in MOBILISED_TYPES or aimed_at_politics) and not (
            sector == "CVL" and event.event_type in VOICED_TYPES | {"THREATEN"} and target is not None
            and target.sector in PRIVATE_SECTORS):
        # ... but "a mob had come demanding that we (a bank) close down": people's words to a firm, the press or a
        # hospital are no political act (a union's to a firm are)
        return None
    if sector in INSTITUTION_SECTORS and aimed_at_politics:
        return None
    if (sector in MOBILISED_SECTORS | {"MED"} and event.event_type == "SUPPORT" and target is not None
            and target.sector in STRIKING_SECTORS):
        # "the Public Service Association said it stood behind the teachers": solidarity with strikers
        return None
    if sector in INSTITUTION_SECTORS and event.event_type == "PROTEST" and actor.kind == "group":
        return None  # "doctors went on strike", "traders blocked the road": people of a trade, mobilised
    return f"source {actor.text or actor.name!r} ({sector}) does not act politically here"


# ships and aircraft, which call at ports and fly over, but meet no one
VESSEL_NOUNS = frozenset({"vessel", "vessels", "ship", "ships", "warship", "warships", "frigate", "frigates", "boat",
                          "boats", "destroyer", "destroyers", "submarine", "submarines", "carrier", "aircraft",
                          "plane", "planes", "jet", "jets", "drone", "drones", "helicopter", "helicopters"})
# stances one takes on a state's politics by speaking: an accusation, a demand, a refusal
VOICED_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT"})


def critic_of_the_state(event: Event, country: str | None) -> Actor | None:
    """A person named with no role and placed nowhere, who accuses, makes demands of or rebuffs a political party
    of the story's country ("Sanusi accused Chow of playing the victim", "Bobi Wine said the vote had been rigged"),
    placed in the story's country, or None. Their role stays unknown (no sector): such critics are opposition
    leaders, clerics and chief ministers as often as citizens."""
    actor, target = event.actor, event.recipient
    if (actor.kind != "person" or actor.sector is not None or actor.country is not None or country is None
            or event.event_type not in VOICED_TYPES or target is None or target.sector not in POLITICAL_SECTORS
            or target.country not in (None, country) or bare_officials(target)):
        return None
    return replace(actor, country=country, country_source="story")


def home_demand(event: Event, country: str | None) -> Event:
    """A body or a group of no known kind, placed nowhere, that makes a demand (CAMEO 10) of no one named in a story
    about one country ("The Dordoi traders' association demanded that everyone detained be released"): a body of
    the story's country, whose demand is aimed at its government, as
    :func:`~dyadwatch.coder.stories.with_home_recipient` aims such demands of the story's people. Its kind stays
    unknown. Any other event is returned as it is."""
    actor = event.actor
    if (country is None or event.event_type != "REQUEST" or not event.cameo.startswith(DEMAND_ROOT)
            or has_target(event) or actor.country is not None or actor.kind not in ("group", "organisation")
            or actor.sector not in (None, *INSTITUTION_SECTORS)):
        return event
    return with_home_recipient(replace(event, actor=replace(actor, country=country, country_source="story")), country)


# the words of accusing whose object is the one accused ("accused X of ...", "blamed X for ...")
ACCUSING_WORDS = ("accus", "blam")


def accused_by_name(event: Event, target: Actor) -> bool:
    """The target is words the coder could not read as a party (kind ``other``, no country) that the event's verb of
    accusing accuses of a deed: "accused the trustees of draining the reserves", "blamed the DA for the cuts"."""
    if (event.event_type != "ACCUSE" or target.kind != "other" or target.country is not None or not target.text
            or not event.trigger.lower().startswith(ACCUSING_WORDS)):
        return False
    return re.search(rf"{re.escape(event.trigger)}\s+(?:the\s+)?{re.escape(target.text)}\s+(?:of|for)\s",
                     event.sentence) is not None


def bare_officials(actor: Actor) -> bool:
    """"the officials": whose officials the words do not say (a match's officials, whom a captain blames, as
    often as a state's)."""
    return actor.kind == "group" and (actor.text or "").lower().removeprefix("the ").strip() in ("official",
                                                                                                 "officials")


def is_the_place(actor: Actor, event: Event) -> bool:
    """The actor is the city the event happens in (a place with coordinates: a country named as the place
    of an act may still be its target)."""
    place = event.location
    if place is None or place.lat is None or actor.kind == "organisation" or stands_for_a_state(actor):
        return False
    words = {(place.text or "").lower(), (place.name or "").lower()}
    return bool({(actor.text or "").lower(), (actor.name or "").lower()} & words)


def stands_for_a_state(actor: Actor) -> bool:
    """A capital named for its government ("accused Cairo of ...": the knowledge base names it Egypt): a party, not
    the place an act happens in."""
    return actor.kind == "country" and actor.sector == "GOV" and actor.name is not None and bool(actor.text) and (
        actor.name.lower() != actor.text.lower())


# acts the press reports and takes no part in: a newspaper accuses, is sued, or has its reporters arrested
PRESS_FREE_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "CONCEDE", "RETREAT"})


# what is said to voters, the public or the press in a campaign: a demand of them (REQUEST) stays an act
CAMPAIGN_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT"})


def is_the_public(actor: Actor) -> bool:
    """The press, or the public as a crowd of no named body (voters, people, residents); not people who stand for a
    side of the story ("invited the protesters to meet him", "met the families of the victims")."""
    return actor.sector == "JRN" or (actor.sector == "CVL" and actor.kind == "group" and not a_side(actor))


# people a civilian crowd sends or is told by, who stand for a side in the story: a leader meeting them, inviting them
# or promising them something acts on that side, where one canvassing voters or residents does not
SIDE_NOUNS = frozenset({"protesters", "protestors", "demonstrators", "strikers", "marchers", "families", "family",
                        "relatives", "victims", "survivors", "representatives", "delegation", "delegates", "elders",
                        "organisers", "organizers", "hostages", "detainees", "committee"})


def a_side(actor: Actor) -> bool:
    """The group's head word, or the word before its "of" ("representatives of the families"), names a side."""
    words = [w for w in (actor.text or "").lower().split() if w not in DETERMINERS]
    head = words[words.index("of") - 1] if "of" in words[1:] else (words[-1] if words else "")
    return head in SIDE_NOUNS or (bool(words) and words[0] in SIDE_NOUNS)


DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})


def names_a_hostile_act(actor: Actor) -> bool:
    """The phrase is a hostile act of or on a country ("the invasion of Iraq"), not the country."""
    words = [w for w in (actor.text or "").lower().split() if w not in DETERMINERS]
    return len(words) > 1 and (words[0] in HOSTILE_ACT_NOUNS or words[0].removesuffix("s") in HOSTILE_ACT_NOUNS)


# what a party owns and answers for: its policies, decisions, proposals and words ("criticised the bill",
# "rejected the package", "attacked Tory plans")
POLICY_NOUNS = frozenset({
    "bill", "plan", "policy", "proposal", "budget", "law", "act", "legislation", "measure", "scheme", "programme",
    "program", "reform", "decision", "move", "order", "directive", "ruling", "verdict", "curb", "restriction",
    "ban", "package", "formula", "offer", "deal", "agreement", "treaty", "accord", "stand", "stance", "comment",
    "remark", "statement", "speech", "announcement", "promise", "pledge", "manifesto", "strategy", "initiative",
    "amendment", "resolution", "motion", "enactment", "tax", "tariff", "cut", "hike", "appointment", "nomination",
    "rule", "regulation", "ordinance", "guideline", "project", "idea", "demand", "claim", "call", "proposition",
})
OWNER_BREAKS = frozenset({"of", "on", "for", "to", "in", "against", "by", "at", "over", "from", "with", "into"})


def head_noun(actor: Actor) -> str:
    """The phrase's head noun as written, lower-cased: its last word before any preposition."""
    words = []
    for word in (actor.text or "").lower().split():
        if word in OWNER_BREAKS:
            break
        words.append(word.strip(".,;:'\"()"))
    return words[-1] if words else ""


def head_in(actor: Actor, nouns: Collection[str]) -> bool:
    """The phrase's head noun, or its singular, is one of ``nouns``."""
    head = head_noun(actor)
    singular = head[:-3] + "y" if head.endswith("ies") else head.removesuffix("s")
    return head in nouns or singular in nouns


def names_a_policy(actor: Actor) -> bool:
    """The phrase names something a party owns and answers for (a bill, a plan, a decision, a remark): its
    head noun, the last word before any preposition, is one of :data:`POLICY_NOUNS`."""
    return head_in(actor, POLICY_NOUNS)


# what an inquiry may be into that is no party: an act of violence or an incident ("investigating the ... attack")
INCIDENT_NOUNS = HOSTILE_ACT_NOUNS | {"incident", "blast", "explosion", "shooting", "arson", "stampede", "clash"}


def party_or_person(actor: Actor) -> bool:
    return is_party(actor) or actor.kind == "person"


def target_acceptable(target: Actor) -> bool:
    """A target is a party or a named person; a thing of a country ("tariffs on Chinese imports",
    "American soybeans") stands for the country."""
    return party_or_person(target) or target.country is not None


def with_story_country(actor: Actor | None, country: str | None) -> Actor | None:
    """A domestic party with no country of its own ("the police", "the chief minister") takes the story's."""
    if actor is None or actor.country is not None or country is None or not is_party(actor):
        return actor
    if actor.kind == "organisation" or actor.sector in ("IGO", "NGO") or from_outside(actor.text):
        return actor  # "blamed outside forces", "arrested foreign nationals": not the story's own people
    return replace(actor, country=country, country_source="story")


def of_rivals_country(actor: Actor, target: Actor | None) -> Actor | None:
    """"Supporters of the ruling ZANU-PF party attacked opposition activists" (in a story from Gaborone): the
    opposition a country's party acts on, which the text places nowhere (or only as the story's), is that
    country's."""
    if (target is None or target.sector != "OPP" or target.country_source not in (None, "story")
            or (target.country_source is None and target.country is not None)
            or actor.sector != "PTY" or actor.country is None or actor.country == target.country):
        return target
    return replace(target, country=actor.country, country_source="rivals")


def period_end(value: str) -> date | None:
    """The last day of a date of any precision ("2001", "2001-12", "2001-12-13")."""
    try:
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None
    try:
        if len(parts) == 1:
            return date(parts[0], 12, 31)
        if len(parts) == 2:
            first_next = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return first_next - timedelta(days=1)
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def is_background(event: Event, published: date | None) -> bool:
    """The text dates the act to a period that ended well before the article (the 2001 attack, in 2002)."""
    if published is None or not event.date or not event.date_text or event.modality == "planned":
        return False
    end = period_end(event.date)
    return end is not None and (published - end).days > BACKGROUND_DAYS


# the words of an answer to a hostile act ("would respond in kind", "would take resolute measures"): promised, a
# threat; told as done ("responded with tariffs"), the act it was, which its own words code
ANSWERING_WORDS = ("respond", "retaliat", "tak", "took")  # "tak": take, takes, taken, taking


def promised(event: Event) -> bool:
    """The event's word is told as what one will do ("would take the dispute to arbitration if Singapore refused"):
    a threat on a condition, not an answer given."""
    return re.search(rf"\b(?:would|will|shall)\s+(?:\w+\s+)?{re.escape(event.trigger)}\b", event.sentence) is not None


def screen_event(event: Event, country: str | None, published: date | None) -> Event | Rejected:
    """One candidate: the event to keep (with story countries and the background flag), or why not."""
    if event.modality in DROPPED_MODALITIES and ((event.event_type, event.modality) not in KEPT_MODALITIES or (
            event.modality == "hypothetical" and not CONDITION.search(event.sentence))):
        # an offer stands on its condition; "Beirut and Damascus can agree on paper" offers nothing
        return Rejected(event, f"{event.modality}: not an act that happened or is planned")
    if (event.event_type == "THREATEN" and event.modality in ("asserted", "reported")
            and event.trigger.lower().startswith(ANSWERING_WORDS) and not promised(event)):
        return Rejected(event, f"{event.trigger!r} tells an answer given, which is the act it was, not a threat")
    if not event.event_type:  # "warned that the river had fallen too low": a pessimistic comment (012), no act
        return Rejected(event, f"CAMEO {event.cameo} is a statement, no act of PLOVER's")
    if QUESTION.search(event.sentence):
        return Rejected(event, "the sentence is a question")
    if LINK_LIST.search(event.sentence):
        return Rejected(event, "the sentence lists links to other stories")
    if (event.trigger.lower() in REPORTING_WORDS and event.event_type not in SPEECH_TYPES
            and event.cameo not in ACTS_OF_REPORTING_WORDS):
        return Rejected(event, f"{event.trigger!r} reports the act; its subject is not the doer")
    critic = critic_of_the_state(event, country)
    if critic is not None:
        event = replace(event, actor=critic)
    event = home_demand(event, country)
    problem = source_problem(event)
    if problem is not None:
        return Rejected(event, problem)
    recipient = event.recipient
    guessed = recipient is not None and recipient.country_source == IN_PLAY
    if guessed:
        recipient = None  # placed only by the party last in play ("fined 11 of the detained traders"): a guess
    if recipient is not None and not recipient.text and country is not None:
        # a target implied from the article's two main countries fits a story between them, not a
        # domestic story that names a foreign country ("the government has resisted calls" is not aimed
        # at Iraq in a British story about the Iraq war)
        recipient = None
    if event.event_type == "CONSULT" and recipient is not None and not party_or_person(recipient):
        recipient = None  # "talked about the Labour manifesto": one meets parties, not topics
    if (event.cameo == "052" and recipient is not None and recipient.country == event.actor.country
            and recipient.sector == event.actor.sector == "GOV"):
        return Rejected(event, "a government defending its own side is a rebuttal, no act between parties")
    if recipient is not None and is_the_place(recipient, event):
        recipient = None  # "meeting in Busan, Xi urged ...": where it happens is not whom it is aimed at
    if recipient is not None and event.cameo.startswith("09") and head_in(recipient, INCIDENT_NOUNS):
        # an inquiry into an incident is aimed at no party; a country among its words is where it happened or whom
        # it befell ("investigating the January 22 American Center attack" is no inquiry into the United States)
        recipient = replace(recipient, country=None, country_source=None, kind="other")
    owned_act = False  # a hostile act of a named country's victim: its owner is the story's side
    if (recipient is not None and event.event_type in STANCE_TYPES and names_a_hostile_act(recipient)
            and recipient.country_source != "act"):  # an act told before is its doer's (actowners)
        owned_act = recipient.country is not None
        # "backed the invasion of Iraq", "condemned the killing of X": the country named is the act's victim,
        # not whom the stance is aimed at; the act is a thing, whose owner the rule below finds
        recipient = replace(recipient, country=None, country_source=None, kind="other")
    if (recipient is not None and not target_acceptable(recipient) and event.event_type in STANCE_TYPES and country
            and not event.cameo.startswith("09") and (owned_act or names_a_policy(recipient))):
        # an inquiry into an incident is aimed at no owner; nor is a stance on an event, a state of affairs or
        # an abstraction ("condemned the violence", "criticised the situation"): the guide leaves those empty
        # "criticised the budget", "rejected the plan": in a story about one country, a stance on one of its
        # policies is aimed at whoever owns it there (the guide's rule); the target keeps its words
        recipient = replace(recipient, country=country, country_source="story")
    arrested = recipient is not None and recipient.kind == "other" and event.cameo == ARREST_CODE
    if (recipient is not None and (recipient.kind == "person" or arrested) and recipient.country is None and country
            and event.event_type in LAW_ENFORCING_TYPES and event.actor.sector in STATE_SECTORS
            and (with_story_country(event.actor, country) or event.actor).country == country):
        # "Police arrested Ben Salah", "the bureau said Nyasulu had been charged": one the story's state arrests,
        # charges or accuses, and whom the text places nowhere, is of the story's country (as the held-out
        # writers code a suspect); a foreigner arrested there is told as one ("a Russian national"). Whoever is
        # arrested is people, of whatever kind ("arrested 23 commercial motorcycle riders", "two owners")
        recipient = replace(recipient, country=country, country_source="story",
                            kind="group" if arrested else recipient.kind)
    if (event.event_type == "AID" and country and event.actor.country != country
            and (recipient is None or not target_acceptable(recipient))):
        # "The European Union announced 3 million euros in emergency aid", "Britain said it would send tents" in a
        # story about one country: aid from abroad that names no receiver goes to that country; the target keeps
        # the words of what is given
        recipient = (replace(recipient, country=country, country_source="story") if recipient is not None
                     else Actor("", None, country, None, "country", country_source="story"))
    if (recipient is not None and recipient.kind == "person" and recipient.country is None and country
            and event.event_type in VOICED_TYPES and event.actor.sector in POLITICAL_SECTORS
            and (with_story_country(event.actor, country) or event.actor).country == country):
        # "urged Listyo to release students", "challenged her rival José Antonio Kast to a debate": a person the
        # text places nowhere, on whom a political party of the story's country (a state body, a party, a group of
        # the opposition or of rights) makes a demand or a charge, is of that country; not one a festival's
        # organisers "asked to play"
        recipient = replace(recipient, country=country, country_source="story")
    if recipient is not None and country and accused_by_name(event, recipient):
        # "accused the trustees of draining the reserves", "accused the DA of electioneering": one accused of a deed
        # is a party, of unknown kind, of the story's country
        recipient = replace(recipient, kind="group", country=country, country_source="story")
    if (recipient is not None and recipient.country is None and country and event.event_type in FORCE_STRUCK_TYPES
            and (force := force_facility_sector(recipient.text or "")) is not None):
        # "militants attacked an army base", "protesters besieged a police station": the force whose post it is, the
        # story's when the text names no other
        recipient = replace(recipient, country=country, sector=force, kind="group", country_source="story")
    if recipient is not None and not target_acceptable(recipient):
        if event.event_type not in TARGET_OPTIONAL:
            return Rejected(event, f"target {recipient.text or recipient.name!r} is not a party")
        recipient = None  # "attacked a military base", "imposed a curfew": no party named
    if recipient is None and event.event_type not in TARGET_OPTIONAL and event.mode not in MODES_ALONE:
        return Rejected(event, f"{event.event_type} needs a target and none was found")
    if event.trigger.lower() in REPORTING_WORDS and recipient is not None and recipient.sector == "JRN" and not (
            target_told_to_act(event)):
        # ... but "questioned the editor and asked her to name the source" tells the press what to do
        return Rejected(event, "speaking to the press is not an act between parties")
    if event.event_type in PRESS_FREE_TYPES and "JRN" in (event.actor.sector, recipient.sector if recipient else None):
        # "Washington and Xinhua" cooperating: the press reports a meeting, a deal or a gift; it is no party to it
        return Rejected(event, f"the press is no party to {event.event_type}")
    if event.event_type in CAMPAIGN_TYPES and recipient is not None and is_the_public(recipient):
        # "telephoned voters", "assured voters", "talked to reporters": canvassing, campaign promises and
        # briefings are no acts between parties
        return Rejected(event, f"{event.event_type} aimed at {recipient.text or recipient.name!r} is campaign talk, "
                               "no act between parties")
    kept = replace(event, actor=with_story_country(event.actor, country) or event.actor,
                   recipient=with_story_country(of_rivals_country(event.actor, recipient), country))
    kept = kept if guessed else with_home_recipient(kept, country)  # a party was named: no government implied
    if kept.event_type == "CONSULT" and within_one_body(kept.actor, kept.recipient):
        return Rejected(event, "a meeting within one body (its own officers or members) is no act between parties")
    return replace(kept, background=is_background(kept, published))


def within_one_body(actor: Actor, other: Actor | None) -> bool:
    """Both parties are of one body: one country's police or armed forces ("the police commissioner met
    senior police officials"), or one named body ("BJP leaders met BJP MPs"). Government is many bodies (a
    prime minister meeting chief ministers), and so are parties, faiths and the rest unless named alike
    ("the BJP met the Shiv Sena", "the seer mediated with the RSS")."""
    if other is None or actor.country is None or actor.country != other.country:
        return False
    if actor.sector is None or actor.sector == "GOV" or actor.sector != other.sector:
        return False
    if actor.sector in FORCE_SECTORS and (actor.name is None or other.name is None):
        return True
    if actor.name is None and other.name is None and actor.kind == other.kind == "group":
        return True  # "senior leaders of the party met ... to finalise an all-party delegation": one kind, unnamed
    return actor.name is not None and actor.name == other.name


def screen(events: Iterable[Event], country: str | None, published: date | None, merge: bool = True,
           stories: Mapping[int, str | None] | None = None) -> tuple[tuple[Event, ...], tuple[Rejected, ...]]:
    """The events an analyst would keep, and the candidates left out with the reason for each; ``country`` is the
    story's (:func:`dyadwatch.coder.stories.story_country`), ``stories`` that of the items of a briefing, by sentence
    index. With ``merge`` off, an act told twice stays two events, for :func:`calibrated` to merge once it has
    scored each telling."""
    kept: list[Event] = []
    rejected: list[Rejected] = []
    for event in events:
        story = stories.get(event.sentence_index, country) if stories else country
        result = screen_event(event, story, published)
        (rejected if isinstance(result, Rejected) else kept).append(result)  # type: ignore[arg-type]
    if not merge:
        return tuple(kept), tuple(rejected)
    merged, retold = one_per_act(kept)
    return tuple(merged), tuple(rejected + retold)


# the words of the reason a candidate scored under the calibration's threshold is given (``--explain``)
UNDER_THRESHOLD = "under the threshold"


def calibrated(events: Iterable[Event], calibration: Calibration, min_confidence: float | None,
               typings: Mapping[int, Typing | None] | None = None, sentences: Mapping[int, Sentence] | None = None,
               embed: Embedder | None = None, merge: bool = False) -> tuple[list[Event], tuple[Rejected, ...]]:
    """Each event with the calibrated confidence (the probability it is right on real news); those under
    ``min_confidence`` (None: the calibration's threshold) are left out with the reason. ``typings``: the
    typer's verdict on each sentence (by sentence index), which the calibration weighs too; ``sentences``
    and ``embed`` (the typer's encoder): the event's own texts are embedded for the calibration's vectors.
    With ``merge``, an act told more than once (:func:`one_per_act`) is merged after scoring, so that the
    telling the calibration trusts most stands for it, before the threshold."""
    threshold = calibration.threshold if min_confidence is None else min_confidence
    events = list(events)
    embedded = (embedded_texts(events, tuple(calibration.vectors), sentences, embed)
                if embed is not None and sentences is not None else [{} for _ in events])
    scored_events: list[Event] = []
    for event, vectors in zip(events, embedded, strict=True):
        typing = typings.get(event.sentence_index) if typings is not None else None
        scored_events.append(replace(event, confidence=round(calibration.probability(event, typing, vectors), 2)))
    retold: list[Rejected] = []
    if merge:
        scored_events, retold = one_per_act(scored_events)
    kept: list[Event] = []
    below: list[Rejected] = []
    for scored in scored_events:
        if scored.confidence < threshold:
            below.append(Rejected(scored, f"confidence {scored.confidence} is {UNDER_THRESHOLD} {threshold}"))
        else:
            kept.append(scored)
    return kept, tuple(below) + tuple(retold)


def embedded_texts(events: Sequence[Event], names: Collection[str], sentences: Mapping[int, Sentence],
                   embed: Embedder) -> list[dict[str, np.ndarray]]:
    """The embeddings of each event's texts (:func:`event_texts`) named in ``names``, in one encoder call."""
    texts = [{name: text for name, text in event_texts(sentences[e.sentence_index], e).items() if name in names}
             for e in events]
    flat = [text for row in texts for text in row.values()]
    vectors = iter(embed(flat) if flat else [])
    return [{name: next(vectors) for name in row} for row in texts]
