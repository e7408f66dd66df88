"""What a consultation is about, a role held and a time told by another act name no target (hand-built
parses, no model): "discussed Iran's nuclear programme", "held talks on Ukraine", "resigned as ambassador
to Russia", "protested after the visit of Putin"."""

from __future__ import annotations

from dyadwatch.coder.arguments import topic_words
from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Event, Sentence

from .candidates import candidate_events


def assert_aimed_elsewhere(events: list[Event], country: str) -> None:
    """The trigger gives events, none of them aimed at ``country``."""
    assert events and all(e.recipient is None or e.recipient.country != country for e in events)


def discussed_programme() -> Sentence:
    # The minister discussed Iran 's nuclear programme .
    return build_sentence(["The", "minister", "discussed", "Iran", "'s", "nuclear", "programme", "."],
                          [1, 2, 2, 6, 3, 6, 2, 2],
                          ["det", "nsubj", "ROOT", "poss", "case", "amod", "dobj", "punct"],
                          pos=["DET", "NOUN", "VERB", "PROPN", "PART", "ADJ", "NOUN", "PUNCT"],
                          lemmas=["the", "minister", "discuss", "Iran", "'s", "nuclear", "programme", "."],
                          ents=[(3, 4, "GPE")])


def test_what_is_discussed_is_a_topic_not_a_partner(resources: CoderResources) -> None:
    s = discussed_programme()
    assert topic_words(s, 2) == {3, 4, 5, 6}
    assert_aimed_elsewhere(candidate_events(resources, s, "discussed"), "IRN")


def test_a_partner_named_with_with_inside_the_topic_stays_a_partner(resources: CoderResources) -> None:
    # Erdogan discussed the war in Libya with Trump .   (the parse hangs "with Trump" on "war")
    s = build_sentence(["Erdogan", "discussed", "the", "war", "in", "Libya", "with", "Trump", "."],
                       [1, 1, 3, 1, 3, 4, 3, 6, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Erdogan", "discuss", "the", "war", "in", "Libya", "with", "Trump", "."],
                       ents=[(0, 1, "PERSON"), (5, 6, "GPE"), (7, 8, "PERSON")])
    assert topic_words(s, 1) == {2, 3, 4, 5}
    e = candidate_events(resources, s, "discussed")[0]
    assert e.recipient is not None and e.recipient.country == "USA"


def test_what_talks_are_on_is_a_topic(resources: CoderResources) -> None:
    # The minister held talks on Ukraine .
    s = build_sentence(["The", "minister", "held", "talks", "on", "Ukraine", "."], [1, 2, 2, 2, 3, 4, 2],
                       ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["the", "minister", "hold", "talk", "on", "Ukraine", "."], ents=[(5, 6, "GPE")])
    assert_aimed_elsewhere(candidate_events(resources, s, "talks"), "UKR")


def test_whom_one_calls_on_is_whom_one_visits() -> None:
    # The minister called on the governor .
    s = build_sentence(["The", "minister", "called", "on", "the", "governor", "."], [1, 2, 2, 2, 5, 3, 2],
                       ["det", "nsubj", "ROOT", "prep", "det", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["the", "minister", "call", "on", "the", "governor", "."])
    assert topic_words(s, 2) == set()


def test_a_role_after_as_is_no_target(resources: CoderResources) -> None:
    # The minister resigned as ambassador to Russia .
    s = build_sentence(["The", "minister", "resigned", "as", "ambassador", "to", "Russia", "."],
                       [1, 2, 2, 2, 3, 4, 5, 2],
                       ["det", "nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["the", "minister", "resign", "as", "ambassador", "to", "Russia", "."],
                       ents=[(6, 7, "GPE")])
    assert_aimed_elsewhere(candidate_events(resources, s, "resigned"), "RUS")


def test_the_parties_of_a_time_told_by_another_act_are_no_target(resources: CoderResources) -> None:
    # The party protested after the visit of Putin .
    s = build_sentence(["The", "party", "protested", "after", "the", "visit", "of", "Putin", "."],
                       [1, 2, 2, 2, 5, 3, 5, 6, 2],
                       ["det", "nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["the", "party", "protest", "after", "the", "visit", "of", "Putin", "."],
                       ents=[(7, 8, "PERSON")])
    assert_aimed_elsewhere(candidate_events(resources, s, "protested"), "RUS")
