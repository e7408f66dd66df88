"""The state a noun's words of nationality give it where its name gives none: a second noun of a pair that shares
the first's ("Lao police and soldiers"), and a national section of a body of many countries ("Amnesty International's
Finnish section", "the Kenya branch of Transparency International")."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Actor, Mention, Sentence, Token

# nouns for one country's part of a body of many countries
BRANCH_NOUNS = frozenset({"section", "branch", "chapter", "affiliate"})


def branch_country(sentence: Sentence, token: Token, mentions: Sequence[Mention]) -> str | None:
    """The country a people's adjective or a state's name before a branch noun names ("Amnesty International's
    Finnish section", "the Kenya chapter of Transparency International"), or None."""
    if token.pos != "NOUN" or token.lemma.lower() not in BRANCH_NOUNS:
        return None
    state = nationality_of(sentence, token, mentions)
    return state.country if state is not None else None


def nationality_shared(sentence: Sentence, token: Token, mentions: Sequence[Mention]) -> Actor | None:
    """The state a bare second noun of a pair shares with the first ("Lao police and soldiers": Lao soldiers), told
    by a people's adjective or a state's name before the first; None when the second has words of its own ("Israeli
    troops and Hamas fighters", "the police and the army")."""
    own_words = ("det", "amod", "compound", "poss", "prep", "nummod", "appos")
    if token.dep != "conj" or token.pos != "NOUN" or any(c.dep in own_words for c in sentence.children(token.i)):
        return None
    first = sentence.tokens[token.head]
    if first.pos != "NOUN" or first.i > token.i:
        return None
    return nationality_of(sentence, first, mentions)


def nationality_of(sentence: Sentence, noun: Token, mentions: Sequence[Mention]) -> Actor | None:
    """The state a people's adjective or a state's name modifying the noun names ("Lao police", "Finnish section"),
    or None."""
    marks = {c.i for c in sentence.children(noun.i) if c.dep in ("amod", "compound")}
    return next((m.actor for m in mentions if m.head in marks and m.actor.country is not None
                 and m.actor.kind in ("adjective", "country")), None)


# the words that open an apposition telling who most or all of a counted group are ("11 people, most of them Syrians",
# "nearly all of them Afghan nationals")
SHARE_WORDS = frozenset({"most", "all", "both"})  # not "some of them Kazakhs": a few tell no whole
HEDGE_WORDS = frozenset({"nearly", "almost", "mostly"})


def nationality_told_after(sentence: Sentence, token: Token, mentions: Sequence[Mention]) -> Actor | None:
    """The state a people's name in an apposition after the group names ("arrested 11 people, most of them Syrians",
    "40 people, nearly all of them Afghan nationals"), or None."""
    tokens = sentence.tokens
    at = token.i + 1
    if at >= len(tokens) or tokens[at].text != ",":
        return None
    at += 1
    if at < len(tokens) and tokens[at].lower in HEDGE_WORDS:
        at += 1
    if [t.lower for t in tokens[at:at + 3]] != [tokens[at].lower, "of", "them"] or tokens[at].lower not in SHARE_WORDS:
        return None
    name = at + 3  # the people's name, or its adjective: "Syrians", "Afghan nationals"
    return next((m.actor for m in mentions if m.head in (name, name + 1) and m.actor.country is not None
                 and m.actor.kind in ("adjective", "country")), None)
