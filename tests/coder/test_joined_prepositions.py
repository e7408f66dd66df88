"""A preposition joined to the target's brings its own object ("met with Pakistan and with Iran"): each is a
target; a place joined to people "of" somewhere is where they are from, no party of its own. Hand-built parses: no
model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Article, ParsedArticle

CANDIDATES = make_options().with_(screen=False)


def test_each_object_of_joined_prepositions_is_a_target(resources: CoderResources) -> None:
    # Turkey met with Pakistan and with Iran .
    sentence = build_sentence(["Turkey", "met", "with", "Pakistan", "and", "with", "Iran", "."],
                              [1, 1, 1, 2, 2, 2, 5, 1],
                              ["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "pobj", "punct"],
                              pos=["PROPN", "VERB", "ADP", "PROPN", "CCONJ", "ADP", "PROPN", "PUNCT"],
                              lemmas=["Turkey", "meet", "with", "Pakistan", "and", "with", "Iran", "."],
                              ents=[(0, 1, "GPE"), (3, 4, "GPE"), (6, 7, "GPE")])
    parsed = ParsedArticle(Article("t", sentence.text, published=date(2025, 10, 30)), (sentence,))
    events = code_article(parsed, resources, CANDIDATES).events
    assert {(e.actor.country, e.recipient.country if e.recipient else None)
            for e in events if e.event_type == "CONSULT"} >= {("TUR", "PAK"), ("TUR", "IRN")}


def test_a_place_joined_to_people_of_somewhere_is_where_they_are_from() -> None:
    from dyadwatch.coder.subjects import with_conjuncts

    # Residents of Koindu and nearby villages marched .
    sentence = build_sentence(["Residents", "of", "Koindu", "and", "nearby", "villages", "marched", "."],
                              [6, 0, 1, 0, 5, 0, 6, 6],
                              ["nsubj", "prep", "pobj", "cc", "amod", "conj", "ROOT", "punct"],
                              pos=["NOUN", "ADP", "PROPN", "CCONJ", "ADJ", "NOUN", "VERB", "PUNCT"],
                              lemmas=["resident", "of", "Koindu", "and", "nearby", "village", "march", "."])
    assert with_conjuncts(sentence, [0]) == [0]
    # Residents and traders marched .
    people = build_sentence(["Residents", "and", "traders", "marched", "."], [3, 0, 0, 3, 3],
                            ["nsubj", "cc", "conj", "ROOT", "punct"], pos=["NOUN", "CCONJ", "NOUN", "VERB", "PUNCT"],
                            lemmas=["resident", "and", "trader", "march", "."])
    assert with_conjuncts(people, [0]) == [0, 2]

