"""Acts joined in one clause share whom they are aimed at: a demand that names no one it is made of, coordinated
with an accusation by the same doer, is made of whom the accusation is aimed at. Hand-built parses: no model is
loaded."""

from __future__ import annotations

from dataclasses import replace

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.joinedacts import joined_predicates, with_shared_targets
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Sentence

from .test_lexicon_rows import coded


def accused_and_demanded(first: str = "accused", first_lemma: str = "accuse") -> Sentence:
    # Russia <first> Romania of spying and demanded consular access .
    return build_sentence(
        ["Russia", first, "Romania", "of", "spying", "and", "demanded", "consular", "access", "."],
        [1, 1, 1, 1, 3, 1, 1, 8, 6, 1],
        ["nsubj", "ROOT", "dobj", "prep", "pcomp", "cc", "conj", "amod", "dobj", "punct"],
        pos=["PROPN", "VERB", "PROPN", "ADP", "VERB", "CCONJ", "VERB", "ADJ", "NOUN", "PUNCT"],
        lemmas=["Russia", first_lemma, "Romania", "of", "spy", "and", "demand", "consular", "access", "."],
        ents=((0, 1, "GPE"), (2, 3, "GPE")))


def shared(resources: CoderResources, sentence: Sentence, other_doer: bool = False
           ) -> list[tuple[str, str | None, str | None]]:
    """The coded events of ``sentence`` with the demand's target taken away (and, with ``other_doer``, the
    accusation given to another doer), then passed through :func:`with_shared_targets`."""
    events = coded(resources, sentence).events
    predicate = {"accused": 1, "visited": 1, "demanded": 6}
    stripped = [replace(e, recipient=None) if e.trigger == "demanded" else
                replace(e, actor=replace(e.actor, country="POL", name="Poland")) if other_doer else e
                for e in events]
    got = with_shared_targets([sentence], stripped, {e.id: predicate[e.trigger] for e in stripped})
    return [(e.event_type, e.actor.country, e.recipient.country if e.recipient else None)
            for e in got if e.trigger == "demanded"]


def test_a_demand_joined_to_an_accusation_is_made_of_the_accused(resources: CoderResources) -> None:
    assert shared(resources, accused_and_demanded()) == [("REQUEST", "RUS", "ROU")]


def test_a_demand_joined_to_no_accusation_keeps_no_target(resources: CoderResources) -> None:
    # "Russia visited Romania ... and demanded consular access": a visit is aimed at no one's wrong
    assert shared(resources, accused_and_demanded("visited", "visit")) == [("REQUEST", "RUS", None)]


def test_a_demand_joined_to_another_doers_accusation_keeps_no_target(resources: CoderResources) -> None:
    assert shared(resources, accused_and_demanded(), other_doer=True) == [("REQUEST", "RUS", None)]


def test_a_demand_takes_an_owned_thing_accused(resources: CoderResources) -> None:
    # after the screen: "called the detentions a grave violation ... and demanded": the detentions are Romania's
    events = coded(resources, accused_and_demanded()).events
    detentions = Actor("detentions", None, "ROU", None, "other", (0, 0))
    stripped = [replace(e, recipient=None) if e.trigger == "demanded" else replace(e, recipient=detentions)
                for e in events]
    got = with_shared_targets([accused_and_demanded()], stripped,
                              {e.id: {"accused": 1, "demanded": 6}[e.trigger] for e in stripped})
    assert [(e.recipient.text, e.recipient.country) for e in got if e.trigger == "demanded" and e.recipient] == [
        ("detentions", "ROU")]


def test_joined_predicates_are_the_verbs_coordinated_either_way() -> None:
    sentence = accused_and_demanded()
    assert joined_predicates(sentence, 1) == [6]
    assert joined_predicates(sentence, 6) == [1]

