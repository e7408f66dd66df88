"""Home names: words that name a country's own body only in a story about that country.

"The centre" is India's central government in Indian news and a place or a building anywhere else;
"congress" alone is the Indian National Congress in an Indian story and the US Congress in an American
one. The knowledge base lists them (``home_names.tsv``); once an article's country is known, each one
standing alone in a sentence becomes a mention of that body. A home name with words of its own ("the
city centre", "a relief centre", "the centre of the town") or told as the place where ("in the centre")
is left alone.

So, once the article's country is known, are the other names whose party depends on it: a capital that names a city
of the story's country too (``home_namesake``), a party name another country's party shares
(``shared_party_at_home``), a bare name two states share (``shared_state_name_at_home``) and a capital that stands
for an international body seated there (``seat_as_body``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType

from ..records import Actor, Mention, Sentence, Token
from .actorwords import SHARED_PARTY_NAMES
from .attributes import LOCATIVE_PREPOSITIONS
from .gazetteer import Gazetteer
from .kb import ActorKnowledge

# dependents that make a home name something else ("the city centre", "a new centre", "the centre of the town")
HOME_NAME_BREAKS = frozenset({"amod", "compound", "nummod", "prep", "poss", "nmod"})
# told as the place where: the attribute stage's prepositions of place, and "into"
WHERE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | {"into"}

HomeNames = Mapping[tuple[str, str], Actor]


def home_name_actors(kb: ActorKnowledge) -> HomeNames:
    """(country, phrase) -> the body it names; a listed organisation keeps that kind ("congress": the
    Indian National Congress), any other body is the state's."""
    organisations = {o.name for o in kb.organisations}
    return MappingProxyType({
        (h.iso3, h.phrase): Actor(h.phrase, h.name, h.iso3, h.sector,
                                  "organisation" if h.name in organisations else "country", country_source="story")
        for h in kb.home_names})


def find_home_names(sentence: Sentence, names: HomeNames, country: str, taken: Sequence[Mention]) -> list[Mention]:
    """The home names of ``country`` that stand alone in the sentence, outside the mentions ``taken``."""
    covered = {k for m in taken for k in range(m.start, m.end)}
    found = []
    for token in sentence.tokens:
        body = names.get((country, token.lower))
        if body is None or token.i in covered:
            continue
        if any(child.dep in HOME_NAME_BREAKS for child in sentence.children(token.i)):
            continue
        if token.dep == "pobj" and sentence.tokens[token.head].lower in WHERE_PREPOSITIONS:
            continue
        found.append(Mention(sentence.index, token.i, token.i + 1, token.i, replace(body, text=token.text)))
    return found


# countries whose constituent parts are called states (or whose news calls them so): "the state" there may be one of
# them, not the country's government
FEDERATIONS = frozenset({"USA", "IND", "NGA", "MYS", "BRA", "MEX", "AUS", "DEU", "AUT", "MMR", "SSD", "SDN", "VEN",
                         "FSM", "PLW", "SOM", "ETH", "PAK", "ARG", "BIH", "CHE", "RUS", "ARE", "COM", "KNA"})


def state_of_story(token: Token, words: Sequence[Token], story: str | None) -> tuple[Actor, tuple[Actor, ...]] | None:
    """"the state" alone, in a story of a country with no constituent states, is its government ("demanding that
    the state pay the arrears", "said the state would comply"), as a home name is; in a federation it may be one of
    its states, and is left alone."""
    if (token.lower != "state" or token.pos != "NOUN" or [t.lower for t in words] != ["the", "state"]
            or story is None or story in FEDERATIONS):
        return None
    return Actor(token.text, None, story, "GOV", "group", country_source="story"), ()


def home_namesake(mention: Mention, story: str, places: Gazetteer | None) -> bool:
    """A capital the knowledge base gives another country that names a city of the story's country as well, one the
    gazetteer does not find dwarfed by the capital ("Tripoli" in a story from Lebanon; not "Paris" in an American
    one): the story's city, not the other country's state."""
    actor = mention.actor
    if places is None or actor.kind != "country" or actor.country in (None, story) or actor.text == actor.name:
        return False
    place = places.lookup(actor.text, prefer=story)
    return place is not None and place.country == story and place.lat is not None


def shared_party_at_home(mention: Mention, story: str) -> Mention:
    """"Labour leader Ivana Bacik" in an Irish story, "Conservative Leader Pierre Poilievre" in a Canadian one: a
    party the knowledge base lists under another country, by a name a party of the story's country has too
    (:data:`SHARED_PARTY_NAMES`), is the story's country's party; so is a union centre ("the TUC" in Accra)."""
    actor = mention.actor
    if (actor.kind != "organisation" or actor.sector not in ("PTY", "LAB") or actor.country == story
            or story not in SHARED_PARTY_NAMES.get(actor.name or "", ())):
        return mention
    return replace(mention, actor=replace(actor, country=story, country_source="story"))


# a bare name two states share, which the knowledge base gives the larger (AP style: "Congo" is the Democratic
# Republic; "Dominican" the Dominican Republic's), with the other state that goes by it in its own news: (the bare
# names, the other state, its name)
SHARED_STATE_NAMES = ((frozenset({"congo", "the congo", "congolese"}), "COG", "Republic of the Congo"),
                      (frozenset({"dominican", "dominicans"}), "DMA", "Dominica"))


def shared_state_name_at_home(mention: Mention, story: str | None) -> Mention:
    """"The Episcopal Conference of the Congo" in a story from Brazzaville: a bare name the story's own state
    shares with another (:data:`SHARED_STATE_NAMES`) is the story's state."""
    actor = mention.actor
    for names, state, name in SHARED_STATE_NAMES:
        if story == state and actor.country != state and actor.kind == "country" and actor.text.lower() in names:
            return replace(mention, actor=replace(actor, name=name, country=state))
    return mention


# capitals that stand for an international body seated there when the story names that body ("called on Brussels to
# hand over its evidence" in a story of EU sanctions), save in a story of the capital's own state
BODY_SEATS = {"Brussels": ("European Union", "BEL")}


def body_seated_in_story(mentions: Mapping[int, list[Mention]], story: str | None) -> dict[str, Actor]:
    """The bodies of :data:`BODY_SEATS` the story names, by their seat, when the story is not of the seat's state."""
    named = {m.actor.name: m.actor for found in mentions.values() for m in found if m.actor.kind == "organisation"}
    return {seat: named[body] for seat, (body, state) in BODY_SEATS.items() if body in named and story != state}


def seat_as_body(mention: Mention, bodies: Mapping[str, Actor]) -> Mention:
    """A seat of a body the story names, told as a state's capital: the body."""
    actor = mention.actor
    body = bodies.get(actor.text) if actor.kind == "country" else None
    return mention if body is None else replace(mention, actor=replace(body, text=actor.text, span=actor.span))
