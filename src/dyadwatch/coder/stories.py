"""Which country a story is about, from more than who it names: its dateline (one per item of a briefing), the
towns a home paper names without naming its country, and the towns that are the scene of a story between two
countries.

The count of the parties a story names is :func:`story_country`; these are the ways the
coder finds the country when that count cannot.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from ..parse import CAPITALS, DATELINE
from ..records import Actor, Entity, Event, Location, Mention, ParsedArticle, Sentence, Token
from .actorwords import SHARED_PARTY_NAMES
from .gazetteer import Gazetteer


def find_dateline(parsed: ParsedArticle, gazetteer: Gazetteer) -> Location | None:
    for sentence in parsed.sentences[:3]:
        place = dateline_place(sentence, gazetteer)
        if place is not None:
            return place
    return None


def venue_mentions(parsed: ParsedArticle, mentions: Mapping[int, Sequence[Mention]], dateline: Location | None) -> int:
    """How many of the mentions of the dateline's country name only the place the story was filed from: the
    dateline's own words ("ADDIS ABABA, Ethiopia (HW) -") and its city named again ("the council said in Addis
    Ababa")."""
    if dateline is None or dateline.country is None or not parsed.sentences:
        return 0
    first = parsed.sentences[0]
    match = DATELINE.match(first.text + " ")
    filed_end = first.start + match.end() if match else first.start
    city = dateline.text.lower()
    count = 0
    by_index = {s.index: s for s in parsed.sentences}
    for index, found in mentions.items():
        sentence = by_index.get(index)
        for m in found:
            if m.actor.country != dateline.country or sentence is None:
                continue
            words = sentence.tokens[m.start:m.end]
            in_dateline = index == first.index and bool(words) and words[0].start < filed_end
            if in_dateline or " ".join(t.text for t in words).lower() == city:
                count += 1
    return count


def dateline_place(sentence: Sentence, gazetteer: Gazetteer) -> Location | None:
    """The place of a dateline sentence ("BRASILIA (HW) -"), or None."""
    match = DATELINE.match(sentence.text + " ")
    text = sentence.text.strip()
    # a place's name in capitals on a line of its own heads an item of a briefing ("SEOUL", then "TAIPEI")
    city = (match.group("city") or match.group("lowcity") or "").strip() if match else (
        text if HEADING_PLACE.fullmatch(text) else "")
    place = gazetteer.lookup(city.title()) if city else None
    named = gazetteer.lookup(match.group("country")) if match and match.group("country") else None
    if place is not None and named is not None and named.lat is None and named.country != place.country:
        # "SAN JOSE, Costa Rica (HW) -": the country the dateline names, not the largest town of the name abroad
        place = gazetteer.lookup(city.title(), prefer=named.country) or place
        if place.country != named.country:
            place = Location(city, city.title(), named.country, None, None)
    if place is not None and (match or place.lat is not None):  # a heading names a town, not a country
        return Location(city, place.name, place.country, place.lat, place.lon)
    if place is None and named is not None and named.lat is None and named.country:
        # "WENO, Micronesia (HW) -": a town the gazetteer lacks, in the country the dateline names
        return Location(city, city.title(), named.country, None, None)
    return None


HEADING_PLACE = re.compile(rf"[{CAPITALS}][{CAPITALS}'’-]{{2,}}(?: [{CAPITALS}][{CAPITALS}'’-]+){{0,3}}")


def briefing_sections(parsed: ParsedArticle, gazetteer: Gazetteer) -> dict[int, Location]:
    """A briefing's items, each opened by its own dateline ("LA PAZ (HW) - ...", then "BRASILIA (HW) - ..."): the
    dateline of each sentence from the first item on, by sentence index; empty for a story with one dateline, or
    with datelines of one country only."""
    starts = [(s.index, place) for s in parsed.sentences if (place := dateline_place(s, gazetteer)) is not None]
    if len({place.country for _, place in starts}) < 2:
        return {}
    sections: dict[int, Location] = {}
    for k, (start, place) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(parsed.sentences)
        sections.update({i: place for i in range(start, end)})
    return sections


# prepositions of where one is or goes: a one-word proper noun after them may be a town the tagger missed
TOWN_PREPOSITIONS = frozenset({"in", "to", "near", "from", "at"})
# the parser's entities that are no town missed: a place it found, a person, a people
NOT_TOWN_LABELS = frozenset({"GPE", "PERSON", "NORP", "DATE", "TIME"})


def towns(sentences: Sequence[Sentence], gazetteer: Gazetteer, untagged: bool = False
          ) -> Iterator[tuple[Sentence, Entity, Location]]:
    """The places a story names that the gazetteer places as towns (with coordinates), with where they are named:
    the parser's places; with ``untagged``, also the bare one-word proper nouns it takes for no place, person, people
    or date named after a preposition of place, or joined by "and" to one ("night trips to Malindi and Lamu": the
    small model tags Malindi as a product)."""
    for s in sentences:
        for e in s.entities:
            place = gazetteer.lookup(e.text) if e.label == "GPE" else None
            if place is not None and place.lat is not None:
                yield s, e, place
        if not untagged:
            continue
        tagged = {i for e in s.entities if e.label in NOT_TOWN_LABELS for i in range(e.start, e.end)}
        for t in s.tokens:
            if t.i in tagged or t.pos != "PROPN" or not t.text[:1].isupper() or not untagged_town_at(s, t):
                continue
            place = gazetteer.lookup(t.text)
            if place is not None and place.lat is not None:
                yield s, Entity(t.i, t.i + 1, "GPE", t.text), place


def untagged_town_at(sentence: Sentence, token: Token) -> bool:
    """The proper noun stands alone (no name word beside it) as the object of a preposition of place, or as a
    conjunct of one."""
    if token.dep == "compound" or any(c.dep not in ("cc", "conj", "punct") for c in sentence.children(token.i)):
        return False  # "the University of North Sumatra", "Western Province": no bare town's name
    word = token
    while word.dep == "conj" and word.head != word.i:
        word = sentence.tokens[word.head]
    return word.dep == "pobj" and sentence.tokens[word.head].lower in TOWN_PREPOSITIONS


def standing_out(counts: Mapping[str, int]) -> str | None:
    """The country counted most, when it stands out: counted twice at least, and twice as often as the next."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def town_country(sentences: Sequence[Sentence], gazetteer: Gazetteer) -> str | None:
    """The country of the towns a story names, when it names no country itself: a paper's own story ("Police fired
    tear gas ... at the University of North Sumatra ... in Medan") names its towns, not its country. At least two
    towns, and every one the gazetteer places in one country."""
    for untagged in (False, True):  # the towns the parser tags, else those it missed too ("trips to Malindi")
        countries = [place.country for _, _, place in towns(sentences, gazetteer, untagged)]
        if len(countries) >= 2 and len(set(countries)) == 1:
            return countries[0]
    return None


def reported_from_elsewhere(sentences: Sequence[Sentence], gazetteer: Gazetteer) -> set[str]:
    """The countries a story turns to as elsewhere: a sentence that opens with one of their towns ("In Kampala,
    Uganda's Ministry of Trade said ..." in a Nairobi paper's story, "In London, the charity said ..." in a
    Kingston paper's) tells news from away from the story's home."""
    away: set[str] = set()
    for s in sentences:
        tokens = s.tokens
        if len(tokens) < 3 or tokens[0].lower != "in":
            continue
        comma = next((t.i for t in tokens[1:6] if t.text == ","), None)
        if comma is None:
            continue
        town = " ".join(t.text for t in tokens[1:comma])
        place = gazetteer.lookup(town)
        if place is not None and place.lat is not None and place.country:
            away.add(place.country)
    return away


def home_beside(sentences: Sequence[Sentence], gazetteer: Gazetteer, away: set[str]) -> str | None:
    """The country most of a story's towns are in, leaving out the countries it turns to as elsewhere, when it
    stands out (two towns at least, twice the next: a meeting "in Arusha" is a trip)."""
    counts: dict[str, int] = {}
    for _, _, place in towns(sentences, gazetteer):
        if place.country and place.country not in away:
            counts[place.country] = counts.get(place.country, 0) + 1
    return standing_out(counts)


def where_news_happens(sentences: Sequence[Sentence], gazetteer: Gazetteer) -> dict[str, int]:
    """Towns and cities told as where something happens ("a rally in Kuala Lumpur", "speaking in Putrajaya"), by
    country: a place named after "in" or "at", not one that acts ("Washington said") or that things are aimed at."""
    counts: dict[str, int] = {}
    for s, e, place in towns(sentences, gazetteer):
        root = s.tokens[e.end - 1]
        if root.dep == "pobj" and s.tokens[root.head].lower in ("in", "at") and place.country:
            counts[place.country] = counts.get(place.country, 0) + 1
    return counts


def home_of_pair(pair: tuple[Actor, Actor] | None, places: dict[str, int]) -> str | None:
    """The one of a story's two countries where its news happens, when the other's towns are never its scene: a
    Malaysian paper's story of a trade pact with the United States ("a rally in Kuala Lumpur", "speaking in
    Putrajaya") is Malaysian. At least two such places."""
    if pair is None:
        return None
    scenes = [(places.get(a.country or "", 0), a.country) for a in pair]
    (most, country), (other, _) = sorted(scenes, reverse=True)
    return country if most >= 2 and other == 0 else None


def undated_story(pair: tuple[Actor, Actor] | None, sentences: Sequence[Sentence], gazetteer: Gazetteer
                  ) -> str | None:
    """The country of a story with no dateline whose mentions name none: the one all its towns are in, when that
    is one of its two main countries or it has none (an Ontario paper's "Toronto and Ottawa" against a lone
    "French" of French-language schools), else the one of its two countries where its news happens."""
    town = town_country(sentences, gazetteer)
    if town is not None and (pair is None or town in {a.country for a in pair}):
        return town
    return home_of_pair(pair, where_news_happens(sentences, gazetteer))


def sole_country(mentions: Mapping[int, Sequence[Mention]], sentences: Sequence[Sentence], gazetteer: Gazetteer
                 ) -> str | None:
    """The one country a story with no dateline names at all: a home paper names its country once ("Kenyan police
    fired tear gas"), too seldom for the count of mentions to stand out, and then says "the Government", "the
    ministry". Its parties must name that country and no other, and its towns none other. A lone town names no
    country on its own: a town's name is too often shared."""
    named = {m.actor.country for ms in mentions.values() for m in ms if m.actor.country and m.actor.sector != "IGO"}
    placed = {place.country for _, _, place in towns(sentences, gazetteer) if place.country}
    return next(iter(named)) if len(named) == 1 and placed <= named else None


# acts people aim at their own government when they name no one: a protest, a demand (CAMEO 10: "demanded
# tougher penalties"; an appeal, 02, names whom it asks, "asked the city centre to act", party or not)
HOME_AIMED_TYPES = frozenset({"PROTEST", "REQUEST"})
DEMAND_ROOT = "10"
# the state's own organs, whose untargeted protests or demands are aimed at no one in particular
EXECUTIVE_SECTORS = frozenset({"GOV", "MIL", "JUD", "COP", "SPY"})


def called_for(event: Event) -> bool:
    """An appeal told with "for" and no one asked ("called for a fresh election", "appealed for calm"): a demand of
    whoever can grant it."""
    told = re.search(rf"\b{re.escape(event.trigger)}\s+for\b", event.sentence)
    return event.cameo.startswith("02") and told is not None


def has_target(event: Event) -> bool:
    """The event is aimed at a party the coder named (a thing it could not place, kind ``other``, is none)."""
    return event.recipient is not None and event.recipient.kind != "other"


def with_home_recipient(event: Event, story: str | None) -> Event:
    """A protest or a demand that names no target, by people of the story's own country who are not its state
    (protesters, unions, students, an opposition party or its legislators), is aimed at that country's
    government, as event datasets of the ICEWS line and the held-out corpora's writers code it ("members of the
    maritime workers' union rallied at the port to demand tougher penalties"). The target is implied (its
    ``text`` is empty); a convention, not a guess, so the confidence stays."""
    actor = event.actor
    if (has_target(event) or story is None or event.event_type not in HOME_AIMED_TYPES
            or (event.event_type == "REQUEST" and not (event.cameo.startswith(DEMAND_ROOT) or called_for(event)))
            or actor.country != story or actor.kind == "country" or actor.sector in EXECUTIVE_SECTORS):
        return event
    implied = Actor("", None, story, "GOV", "country", country_source="story")
    return replace(event, recipient=implied)


def story_country(mentions: Mapping[int, Sequence[Mention]], dateline: Location | None,
                  pair: tuple[Actor, Actor] | None = None, venue_mentions: int = 0) -> str | None:
    """The country an article is about: its dateline's, else the country named most often when it
    stands out (at least two mentions and twice the next), counting a country's own parties and
    bodies as mentions of it; none for a story between two other countries (a summit in Busan is
    not a South Korean story). ``venue_mentions``: how many of the dateline country's mentions name only where the
    story was filed (:func:`dyadwatch.coder.stories.venue_mentions`)."""
    counts: dict[str, int] = {}
    shared: list[Actor] = []
    for sentence_mentions in mentions.values():
        for m in sentence_mentions:
            if (m.actor.name or "") in SHARED_PARTY_NAMES and m.actor.kind == "organisation":
                shared.append(m.actor)
            elif m.actor.country and m.actor.sector != "IGO":
                counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
    for party in shared:
        # a party by a name many countries' parties share ("Labour" in a story from Port Louis) is of a country the
        # story names twice that has one, when it never names the party's listed home otherwise
        homes = [c for c in SHARED_PARTY_NAMES[party.name or ""] if counts.get(c, 0) >= 2]
        country = max(homes, key=lambda c: counts[c]) if homes and not counts.get(party.country or "") else (
            party.country)
        if country:
            counts[country] = counts.get(country, 0) + 1
    pair_countries = {a.country for a in pair} if pair is not None else set()
    top = standing_out(counts)
    if dateline is not None and dateline.country:
        named = counts.get(dateline.country, 0) - venue_mentions
        if named <= 0 and top is not None and counts[top] >= VENUE_MENTIONS and top != dateline.country:
            # "GENEVA (HW) - The UN Human Rights Council ... urging Sri Lanka": a dateline whose country the story
            # names only as where it was filed ("ADDIS ABABA, Ethiopia (HW) - ... said in Addis Ababa") is where
            # the news was made, not whom it is about
            return top
        return dateline.country if not pair_countries or dateline.country in pair_countries else None
    return top


# mentions of one country that make a story about it, when the dateline's country is never named
VENUE_MENTIONS = 3

