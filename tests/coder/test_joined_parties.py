"""Three or more parties joined in a list act each: the parser hangs each on the one before ("Britain, France and
Germany": Germany on France), and every one of them is a party. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.subjects import with_conjuncts
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_lexicon_rows import coded


def three_condemned() -> Sentence:
    # Britain , France and Germany condemned Iran .
    return build_sentence(["Britain", ",", "France", "and", "Germany", "condemned", "Iran", "."],
                          [5, 0, 0, 2, 2, 5, 5, 5],
                          ["nsubj", "punct", "conj", "cc", "conj", "ROOT", "dobj", "punct"],
                          pos=["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "PUNCT"],
                          lemmas=["Britain", ",", "France", "and", "Germany", "condemn", "Iran", "."],
                          ents=((0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE"), (6, 7, "GPE")))


def test_every_party_of_a_list_is_joined() -> None:
    assert with_conjuncts(three_condemned(), [0]) == [0, 2, 4]


def test_each_of_three_parties_in_a_list_acts(resources: CoderResources) -> None:
    events = coded(resources, three_condemned()).events
    assert sorted(e.actor.country for e in events if e.event_type == "ACCUSE") == ["DEU", "FRA", "GBR"]
    assert {e.recipient.country for e in events if e.recipient is not None} == {"IRN"}


def test_words_the_parse_joins_with_no_conjunction_between_are_one_party() -> None:
    # police commissioner n v babu held a meeting .   (the small model reads the initials as "n" and "versus")
    s = build_sentence(["police", "commissioner", "n", "v", "babu", "held", "a", "meeting", "."],
                       [1, 5, 1, 1, 1, 5, 7, 5, 5],
                       ["compound", "nsubj", "cc", "conj", "conj", "ROOT", "det", "dobj", "punct"],
                       pos=["NOUN", "NOUN", "PROPN", "ADP", "PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    assert with_conjuncts(s, [1]) == [1]
    # Britain , France and Germany met .
    t = build_sentence(["Britain", ",", "France", "and", "Germany", "met", "."], [5, 0, 0, 2, 2, 5, 5],
                       ["nsubj", "punct", "conj", "cc", "conj", "ROOT", "punct"],
                       pos=["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"])
    assert with_conjuncts(t, [0]) == [0, 2, 4]
