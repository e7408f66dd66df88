"""The doer of an act noun named after it: "criticism of X by Y", "X faced opposition from Y". Hand-built
parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.arguments import find_arguments
from dyadwatch.parse import build_sentence


def test_noun_agent_after_by_acts_on_the_of_party() -> None:
    # the criticism of Russia by China
    s = build_sentence(["the", "criticism", "of", "Russia", "by", "China"], [1, 1, 1, 2, 1, 4],
                       ["det", "ROOT", "prep", "pobj", "prep", "pobj"],
                       pos=["DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN"])
    args = find_arguments(s, 1)
    assert args.sources == (5,)
    assert args.targets[0] == 3


def test_noun_agent_after_from_acts_on_who_faced_it() -> None:
    # Russia faced strong criticism from China .
    s = build_sentence(["Russia", "faced", "strong", "criticism", "from", "China", "."], [1, 1, 3, 1, 3, 4, 1],
                       ["nsubj", "ROOT", "amod", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Russia", "face", "strong", "criticism", "from", "China", "."])
    args = find_arguments(s, 3)
    assert args.sources == (5,)  # not the adjective "strong"
    assert args.targets[0] == 0
