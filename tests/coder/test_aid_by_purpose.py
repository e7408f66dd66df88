"""Aid told by its purpose: what a party sends or pledges "to help" another is AID (CAMEO 070) aimed at whom it
helps; "help" with no verb of giving, or helping no one named, is no act. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.wording import acts_by_wording, purposes_of_help
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_lexicon_rows import coded


def sent_to_help(verb: str = "sent", verb_lemma: str = "send") -> Sentence:
    # Poland <verb> border guards to help Lithuania track the balloons .
    return build_sentence(
        ["Poland", verb, "border", "guards", "to", "help", "Lithuania", "track", "the", "balloons", "."],
        [1, 1, 3, 1, 5, 1, 7, 5, 9, 7, 1],
        ["nsubj", "ROOT", "compound", "dobj", "aux", "advcl", "nsubj", "ccomp", "det", "dobj", "punct"],
        pos=["PROPN", "VERB", "NOUN", "NOUN", "PART", "VERB", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["Poland", verb_lemma, "border", "guard", "to", "help", "Lithuania", "track", "the", "balloon", "."],
        ents=((0, 1, "GPE"), (6, 7, "GPE")))


def test_what_is_sent_to_help_a_party_is_aid_to_it(resources: CoderResources) -> None:
    events = [e for e in coded(resources, sent_to_help()).events if e.trigger == "help"]
    assert [(e.event_type, e.cameo, e.actor.country) for e in events] == [("AID", "070", "POL")]
    assert events[0].recipient is not None and events[0].recipient.country == "LTU"


def test_help_with_no_verb_of_giving_is_no_act() -> None:
    # "Poland trained border guards to help Lithuania track the balloons": training is no giving
    assert purposes_of_help(sent_to_help("trained", "train"), {}) == {}
    assert set(purposes_of_help(sent_to_help(), {})) == {5}


def test_help_that_names_no_one_helped_is_no_act() -> None:
    # Warsaw would send experts to help restore the systems .
    s = build_sentence(["Warsaw", "would", "send", "experts", "to", "help", "restore", "the", "systems", "."],
                       [2, 2, 2, 2, 5, 2, 5, 8, 6, 2],
                       ["nsubj", "aux", "ROOT", "dobj", "aux", "advcl", "xcomp", "det", "dobj", "punct"],
                       pos=["PROPN", "AUX", "VERB", "NOUN", "PART", "VERB", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["Warsaw", "would", "send", "expert", "to", "help", "restore", "the", "system", "."],
                       ents=((0, 1, "GPE"),))
    assert acts_by_wording(s, {}) == {}
