"""A person pronoun stands only for a person it agrees with: "she" is not Daniel Ortega, "he" is not Margaret
Thatcher; an honorific or a gendered title tells the gender of one the knowledge base lacks ("spokeswoman Maria
Zakharova", "Sir Keir Starmer"). Hand-built parses: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.gender import FEMALE, MALE, agrees, gender_of
from dyadwatch.coder.kb import load_knowledge
from dyadwatch.coder.mentions import ActorIndex
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Sentence

INDEX = ActorIndex(load_knowledge())
LISTED, WOMEN = INDEX.terms, INDEX.women


def test_gender_from_the_words_then_from_the_knowledge_base() -> None:
    assert gender_of(Actor("Russian spokeswoman Maria Zakharova", "Maria Zakharova", "RUS", "GOV", "person"),
                     LISTED, WOMEN) == FEMALE
    assert gender_of(Actor("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "RUS", "GOV", "person"),
                     LISTED, WOMEN) == MALE
    assert gender_of(Actor("Ms Marsh", None, "GBR", None, "person"), LISTED, WOMEN) == FEMALE
    assert gender_of(Actor("Ortega", "Daniel Ortega", "NIC", "GOV", "person"), LISTED, WOMEN) == MALE
    assert gender_of(Actor("Thatcher", "Margaret Thatcher", "GBR", "GOV", "person"), LISTED, WOMEN) == FEMALE
    # one the knowledge base lacks, told by name alone, may be either; a state has none; "chairman" tells nothing
    assert gender_of(Actor("Murillo", "Murillo", "NIC", None, "person"), LISTED, WOMEN) is None
    assert gender_of(Actor("Nicaragua", "Nicaragua", "NIC", "GOV", "country"), LISTED, WOMEN) is None
    assert gender_of(Actor("UPA chairman Sonia Gandhi", None, "IND", "PTY", "person"), LISTED, WOMEN) is None


def test_agreement() -> None:
    ortega = Actor("Ortega", "Daniel Ortega", "NIC", "GOV", "person")
    assert agrees("he", ortega, LISTED, WOMEN) and agrees("His", ortega, LISTED, WOMEN)
    assert not agrees("she", ortega, LISTED, WOMEN) and not agrees("her", ortega, LISTED, WOMEN)
    unknown = Actor("Murillo", "Murillo", "NIC", None, "person")
    assert agrees("she", unknown, LISTED, WOMEN) and agrees("he", unknown, LISTED, WOMEN)
    assert agrees("it", ortega, LISTED, WOMEN)  # not a person pronoun: no gender asked


def _sentence(words: list[str], heads: list[int], deps: list[str], pos: list[str], tags: list[str],
              index: int) -> Sentence:
    names = [k for k, p in enumerate(pos) if p == "PROPN"]
    return build_sentence(words, heads, deps, pos=pos, tags=tags, lemmas=[w.lower() for w in words],
                          ents=[(names[0], names[-1] + 1, "PERSON")] if names and index == 0 else (), index=index)


def _she_after(subject: list[str]) -> Actor | None:
    # SUBJECT spoke .   She accused Managua .
    n = len(subject)
    first = _sentence([*subject, "spoke", "."], [n - 1] * (n - 1) + [n, n, n],
                      ["compound"] * (n - 1) + ["nsubj", "ROOT", "punct"],
                      ["PROPN"] * n + ["VERB", "PUNCT"], ["NNP"] * n + ["VBD", "."], 0)
    second = _sentence(["She", "accused", "Managua", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                       ["PRON", "VERB", "PROPN", "PUNCT"], ["PRP", "VBD", "NNP", "."], 1)
    actors = ArticleActors(INDEX, date(2020, 6, 1))
    for sentence in (first, second):
        actors.read(sentence)
    actors.after(first)
    return actors.resolve_actor(second, 0)


def test_she_does_not_stand_for_a_man_named_before() -> None:
    assert _she_after(["Daniel", "Ortega"]) is None
    woman = _she_after(["Angela", "Merkel"])
    assert woman is not None and woman.name == "Angela Merkel"
