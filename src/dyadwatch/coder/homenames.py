"""Home names: words that name a country's own body only in a story about that country.

"The centre" is India's central government in Indian news and a place or a building anywhere else;
"congress" alone is the Indian National Congress in an Indian story and the US Congress in an American
one. The knowledge base lists them (``home_names.tsv``); once an article's country is known, each one
standing alone in a sentence becomes a mention of that body. A home name with words of its own ("the
city centre", "a relief centre", "the centre of the town") or told as the place where ("in the centre")
is left alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType

from ..records import Actor, Mention, Sentence, Token
from .attributes import LOCATIVE_PREPOSITIONS
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
