"""What is done "in protest" is a protest by whoever does it: "traders shut their shops in protest against the tax",
"drivers parked their cars across the road in protest", the nearest verb above with a subject. Hand-built parses:
no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.arguments import find_arguments
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


def built(text: str, heads: list[int], deps: str, pos: str, lemmas: str) -> Sentence:
    return build_sentence(text.split(), heads, deps.split(), pos=pos.split(), lemmas=lemmas.split())


def test_shops_shut_in_protest_are_the_traders_protest() -> None:
    s = built("Traders shut their shops in protest against the tax .", [1, 1, 3, 1, 1, 4, 5, 8, 6, 1],
              "nsubj ROOT poss dobj prep pobj prep det pobj punct", "NOUN VERB PRON NOUN ADP NOUN ADP DET NOUN PUNCT",
              "trader shut their shop in protest against the tax .")
    args = find_arguments(s, 5)
    assert args.sources == (0,) and args.light_verb == 1


def test_cars_parked_across_a_road_in_protest_are_the_drivers_protest() -> None:
    # "in" hung on the road
    s = built("Drivers parked their cars across the road in protest .", [1, 1, 3, 1, 1, 6, 4, 6, 7, 1],
              "nsubj ROOT poss dobj prep det pobj prep pobj punct", "NOUN VERB PRON NOUN ADP DET NOUN ADP NOUN PUNCT",
              "driver park their car across the road in protest .")
    assert find_arguments(s, 8).sources == (0,)


def test_a_protest_of_its_own_keeps_its_doer() -> None:
    s = built("The protest by farmers blocked roads .", [1, 4, 1, 2, 4, 4, 4], "det nsubj prep pobj ROOT dobj punct",
              "DET NOUN ADP NOUN VERB NOUN PUNCT", "the protest by farmer block road .")
    assert find_arguments(s, 1).sources == (3,)
