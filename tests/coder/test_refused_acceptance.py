"""What a party says it will not accept is a rejection, whatever it is ("would never accept the closure"), and a
refusal's target is chosen as the rejection's: the thing refused, whose owner the screen may find. Accepting told
as done, of a thing no lexicon row names, is no act. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.wording import refused_acceptances
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .candidates import candidate_events


def refused(thing: str = "closure") -> Sentence:
    # Austria would never accept the <thing> .
    return build_sentence(["Austria", "would", "never", "accept", "the", thing, "."],
                          [3, 3, 3, 3, 5, 3, 3],
                          ["nsubj", "aux", "neg", "ROOT", "det", "dobj", "punct"],
                          pos=["PROPN", "AUX", "ADV", "VERB", "DET", "NOUN", "PUNCT"],
                          lemmas=["Austria", "would", "never", "accept", "the", thing, "."],
                          ents=((0, 1, "GPE"),))


def accepted() -> Sentence:
    # Austria accepted the closure .
    return build_sentence(["Austria", "accepted", "the", "closure", "."], [1, 1, 3, 1, 1],
                          ["nsubj", "ROOT", "det", "dobj", "punct"],
                          pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                          lemmas=["Austria", "accept", "the", "closure", "."], ents=((0, 1, "GPE"),))


def test_what_a_party_will_never_accept_it_rejects(resources: CoderResources) -> None:
    events = candidate_events(resources, refused(), "accept")
    assert [(e.event_type, e.cameo, e.actor.country) for e in events] == [("REJECT", "120", "AUT")]
    # the target is chosen as the rejection's: the thing refused, not nothing (as an agreement's would be)
    assert events[0].recipient is not None and events[0].recipient.text == "closure"


def test_accepting_told_as_done_is_no_act() -> None:
    assert refused_acceptances(accepted(), {}) == {}
    assert set(refused_acceptances(refused(), {})) == {3}
