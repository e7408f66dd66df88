from __future__ import annotations

from dyadwatch.evaluation.actors import code_of, head_of
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor


def test_code_of_states_bodies_and_people() -> None:
    assert code_of(Actor("Beijing", "China", "CHN", "GOV")) == "CHN"
    assert code_of(Actor("UN", "United Nations", None, "IGO", "organisation")) == "IGO"
    assert code_of(Actor("UN troops", "United Nations", None, "MIL", "organisation")) == "IGO"
    assert code_of(Actor("Amnesty", "Amnesty International", None, "NGO", "organisation")) == "NGO"
    assert code_of(Actor("some group", "some group", None, None, "group")) is None
    assert code_of(None) is None


def test_head_of_a_modifier_span_is_its_noun() -> None:
    # five Panamanian army officers left .   gold span "Panamanian army" -> the head "officers"
    s = build_sentence(["five", "Panamanian", "army", "officers", "left", "."], [3, 3, 3, 4, 4, 4],
                       ["nummod", "amod", "compound", "nsubj", "ROOT", "punct"])
    start = s.tokens[1].start
    end = s.tokens[2].end
    assert head_of(s, start, end) == 3
    assert head_of(s, 1000, 1001) is None
