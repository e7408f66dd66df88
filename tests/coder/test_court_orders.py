"""A court's order binds whom it is given to (COERCE, CAMEO 170); a government's order to its own officers does not.
Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.lexicon import PredicateEntry, PredicateMatch
from dyadwatch.coder.wording import court_orders
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_lexicon_rows import coded


def ordered_police(subject: str, subject_lemma: str, ents: tuple[tuple[int, int, str], ...] = ()) -> Sentence:
    # The Kenyan <subject> ordered police to release the activists .
    return build_sentence(
        ["The", "Kenyan", subject, "ordered", "police", "to", "release", "the", "activists", "."],
        [2, 2, 3, 3, 3, 6, 3, 8, 6, 3],
        ["det", "amod", "nsubj", "ROOT", "dobj", "aux", "xcomp", "det", "dobj", "punct"],
        pos=["DET", "ADJ", "NOUN", "VERB", "NOUN", "PART", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["the", "kenyan", subject_lemma, "order", "police", "to", "release", "the", "activist", "."],
        ents=ents)


def test_a_court_ordering_the_police_to_act_coerces_the_police(resources: CoderResources) -> None:
    events = coded(resources, ordered_police("court", "court")).events
    order = [e for e in events if e.trigger == "ordered"]
    assert [(e.event_type, e.cameo, e.actor.country, e.actor.sector) for e in order] == [
        ("COERCE", "170", "KEN", "JUD")]
    assert order[0].recipient is not None and order[0].recipient.sector == "COP"


def test_a_governments_order_to_its_own_police_is_no_coercion() -> None:
    s = ordered_police("government", "government")
    assert court_orders(s, {}) == {}


def test_an_order_with_no_one_told_to_act_is_no_order_of_a_party() -> None:
    # The court ordered a retrial .
    s = build_sentence(["The", "court", "ordered", "a", "retrial", "."], [1, 2, 2, 4, 2, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["the", "court", "order", "a", "retrial", "."])
    assert court_orders(s, {}) == {}


def test_an_order_the_lexicon_codes_keeps_its_code() -> None:
    # "ordered him held in custody" is the lexicon's arrest (173): the court's order adds no second act
    s = ordered_police("court", "court")
    custody = PredicateMatch(3, PredicateEntry("order", None, "VERB", "173", frozenset({"custody"})), True)
    assert court_orders(s, {3: custody}) == {}
    assert set(court_orders(s, {})) == {3}
