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



def summoned_to_protest_and_demanded() -> Sentence:
    # Iran summoned the envoy to protest the arrests and demanded access .
    return build_sentence(
        ["Iran", "summoned", "the", "envoy", "to", "protest", "the", "arrests", "and", "demanded", "access", "."],
        [1, 1, 3, 1, 5, 1, 7, 5, 1, 1, 9, 1],
        ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "det", "dobj", "cc", "conj", "dobj", "punct"],
        pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"],
        lemmas=["Iran", "summon", "the", "envoy", "to", "protest", "the", "arrest", "and", "demand", "access", "."],
        ents=((0, 1, "GPE"),))


def test_joined_predicates_take_what_the_conjunct_head_was_done_for() -> None:
    assert joined_predicates(summoned_to_protest_and_demanded(), 9) == [1, 5]


def test_a_demand_aimed_at_home_takes_the_accused_abroad(resources: CoderResources) -> None:
    # "... and demanded that its consular officers be allowed to see them": the demand is made of the accused,
    # not of the demander's own people it names
    events = coded(resources, accused_and_demanded()).events
    own_people = Actor("them", None, "RUS", "CVL", "group", (0, 0))
    aimed_home = [replace(e, recipient=own_people) if e.trigger == "demanded" else e for e in events]
    got = with_shared_targets([accused_and_demanded()], aimed_home,
                              {e.id: {"accused": 1, "demanded": 6}[e.trigger] for e in aimed_home})
    assert [e.recipient.country for e in got if e.trigger == "demanded" and e.recipient] == ["ROU"]
    # aimed at home after an accusation at home too: the demand keeps its own target
    at_home = Actor("the ministry", None, "RUS", "GOV", "group", (0, 0))
    both_home = [replace(e, recipient=own_people if e.trigger == "demanded" else at_home) for e in events]
    got = with_shared_targets([accused_and_demanded()], both_home,
                              {e.id: {"accused": 1, "demanded": 6}[e.trigger] for e in both_home})
    assert [e.recipient.text for e in got if e.trigger == "demanded" and e.recipient] == ["them"]
