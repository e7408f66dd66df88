"""A missile fired into the sea or as a test is a show of force (MOBILIZE, CAMEO 150), not an attack
(hand-built parses, no model); missiles fired at a party stay an attack."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.targets import home_place
from dyadwatch.coder.wording import shows_force
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Sentence

from .candidates import candidate_events


def into_the_sea() -> Sentence:
    # North Korea fired two missiles into the sea on Tuesday .
    return build_sentence(
        ["North", "Korea", "fired", "two", "missiles", "into", "the", "sea", "on", "Tuesday", "."],
        [1, 2, 2, 4, 2, 2, 7, 5, 2, 8, 2],
        ["compound", "nsubj", "ROOT", "nummod", "dobj", "prep", "det", "pobj", "prep", "pobj", "punct"],
        pos=["PROPN", "PROPN", "VERB", "NUM", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        lemmas=["North", "Korea", "fire", "two", "missile", "into", "the", "sea", "on", "Tuesday", "."],
        ents=[(0, 2, "GPE"), (9, 10, "DATE")])


def at_japan() -> Sentence:
    # North Korea fired two missiles at Japan on Tuesday .
    return build_sentence(
        ["North", "Korea", "fired", "two", "missiles", "at", "Japan", "on", "Tuesday", "."],
        [1, 2, 2, 4, 2, 2, 5, 2, 7, 2],
        ["compound", "nsubj", "ROOT", "nummod", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
        pos=["PROPN", "PROPN", "VERB", "NUM", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
        lemmas=["North", "Korea", "fire", "two", "missile", "at", "Japan", "on", "Tuesday", "."],
        ents=[(0, 2, "GPE"), (6, 7, "GPE"), (8, 9, "DATE")])


def test_missiles_fired_into_the_sea_are_a_show_of_force(resources: CoderResources) -> None:
    s = into_the_sea()
    assert shows_force(s, 2, "193")
    events = candidate_events(resources, s, "fired")
    assert events and {e.event_type for e in events} == {"MOBILIZE"} and events[0].cameo == "150"


def test_missiles_fired_at_a_country_are_an_attack(resources: CoderResources) -> None:
    s = at_japan()
    assert not shows_force(s, 2, "193")
    assert {e.event_type for e in candidate_events(resources, s, "fired")} == {"ASSAULT"}


def test_a_test_firing_is_a_show_of_force_and_a_shooting_is_not() -> None:
    # North Korea test - fired a missile .
    s = build_sentence(["North", "Korea", "test", "-", "fired", "a", "missile", "."], [1, 4, 4, 4, 4, 6, 4, 4],
                       ["compound", "nsubj", "npadvmod", "punct", "ROOT", "det", "dobj", "punct"],
                       pos=["PROPN", "PROPN", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["North", "Korea", "test", "-", "fire", "a", "missile", "."], ents=[(0, 2, "GPE")])
    assert shows_force(s, 4, "193")
    # police fired shots into the air .   (no missile: no show of force by this rule)
    s = build_sentence(["police", "fired", "shots", "into", "the", "air", "."], [1, 1, 1, 1, 5, 3, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
                       pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["police", "fire", "shot", "into", "the", "air", "."])
    assert not shows_force(s, 1, "193")


def test_drones_launched_at_a_country_are_an_attack_on_it(resources: CoderResources) -> None:
    # Russia launched drones and missiles at Ukraine .   (the parse hangs "at Ukraine" on the missiles)
    s = build_sentence(["Russia", "launched", "drones", "and", "missiles", "at", "Ukraine", "."],
                       [1, 1, 1, 2, 2, 4, 5, 1],
                       ["nsubj", "ROOT", "dobj", "cc", "conj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "NOUN", "CCONJ", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Russia", "launch", "drone", "and", "missile", "at", "Ukraine", "."],
                       ents=[(0, 1, "GPE"), (6, 7, "GPE")])
    events = candidate_events(resources, s, "launched")
    assert [(e.event_type, e.actor.country, e.recipient and e.recipient.country) for e in events] == [
        ("ASSAULT", "RUS", "UKR")]


def test_two_mediators_do_not_mediate_with_each_other(resources: CoderResources) -> None:
    # Egypt and Qatar mediated a truce for Israel .
    s = build_sentence(["Egypt", "and", "Qatar", "mediated", "a", "truce", "for", "Israel", "."],
                       [3, 0, 0, 3, 5, 3, 5, 6, 3],
                       ["nsubj", "cc", "conj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Egypt", "and", "Qatar", "mediate", "a", "truce", "for", "Israel", "."],
                       ents=[(0, 1, "GPE"), (2, 3, "GPE"), (7, 8, "GPE")])
    events = candidate_events(resources, s, "mediated")
    pairs = {(e.actor.country, e.recipient.country if e.recipient else None) for e in events}
    assert events and not pairs & {("EGY", "QAT"), ("QAT", "EGY")}


def test_forces_raised_at_a_place_of_their_own_country_are_aimed_at_no_one() -> None:
    army = Actor("they", "Sierra Leone", "SLE", "MIL", "country")
    states = frozenset({"Sierra Leone", "Guinea"})
    # "moved an extra infantry company to Koindu": a town at home, placed by the country named nearby
    assert home_place(Actor("Koindu", "Koindu", "SLE", None, "group"), [(army, ())], states)
    # the other country, its state, or a party of one's own country are still targets
    assert not home_place(Actor("Yenga", "Yenga", "GIN", None, "group"), [(army, ())], states)
    assert not home_place(Actor("Guinea", "Guinea", "GIN", "GOV", "country"), [(army, ())], states)
    assert not home_place(Actor("protesters", None, "SLE", "CVL", "group"), [(army, ())], states)
