"""Two joined parties acting on "each other" act each on the other ("expelled each other's ambassadors"); a "they"
in a "when" clause of time under a clause with two joined subjects stands for the two ("Estonia and Russia have
had no ambassadors since 2023, when they expelled ..."). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.pronouns import coordinated_above
from dyadwatch.parse import build_sentence

from .candidates import candidate_events
from .test_wire_style import resolved


def test_two_parties_expelling_each_other_s_envoys_act_each_on_the_other(resources: CoderResources) -> None:
    # Estonia and Russia expelled each other 's ambassadors .
    s = build_sentence(["Estonia", "and", "Russia", "expelled", "each", "other", "'s", "ambassadors", "."],
                       [3, 0, 0, 3, 5, 7, 5, 3, 3],
                       ["nsubj", "cc", "conj", "ROOT", "det", "poss", "case", "dobj", "punct"],
                       pos=["PROPN", "CCONJ", "PROPN", "VERB", "DET", "ADJ", "PART", "NOUN", "PUNCT"],
                       tags=["NNP", "CC", "NNP", "VBD", "DT", "JJ", "POS", "NNS", "."],
                       lemmas=["Estonia", "and", "Russia", "expel", "each", "other", "'s", "ambassador", "."],
                       ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    events = candidate_events(resources, s, "expelled")
    assert sorted((e.event_type, e.actor.country, e.recipient and e.recipient.country) for e in events) == [
        ("SANCTION", "EST", "RUS"), ("SANCTION", "RUS", "EST")]


def test_they_in_a_when_clause_of_time_is_the_two_joined_subjects_above(resources: CoderResources) -> None:
    # Estonia and Russia have no envoys since 2023 , when they expelled them .
    words = ["Estonia", "and", "Russia", "have", "no", "envoys", "since", "2023", ",", "when", "they", "expelled",
             "them", "."]
    s = build_sentence(words, [3, 0, 0, 3, 5, 3, 3, 6, 7, 11, 11, 7, 11, 3],
                       ["nsubj", "cc", "conj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "advmod", "nsubj",
                        "relcl", "dobj", "punct"],
                       pos=["PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "ADP", "NUM", "PUNCT", "SCONJ", "PRON",
                            "VERB", "PRON", "PUNCT"],
                       tags=["NNP", "CC", "NNP", "VBP", "DT", "NNS", "IN", "CD", ",", "WRB", "PRP", "VBD", "PRP", "."],
                       lemmas=["Estonia", "and", "Russia", "have", "no", "envoy", "since", "2023", ",", "when", "they",
                               "expel", "they", "."],
                       ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    both = coordinated_above(s, 10, lambda sentence, head: resolved(resources, [sentence], head))
    assert both is not None and {both[0].country, both[1].country} == {"EST", "RUS"}
