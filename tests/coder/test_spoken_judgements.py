"""A judgement of blame told in speech ("X said the chancellor was incompetent", "said the government had failed to
act") is X's criticism of the one judged; praise, a negated judgement or a place ("said the blocks lay within its
shelf") is none (hand-built parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.judgements import JUDGEMENT_CODE, spoken_judgements
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


def said_was(word: str, negated: bool = False) -> Sentence:
    """"Howard said the chancellor was (not) WORD ." """
    words = ["Howard", "said", "the", "chancellor", "was"] + (["not"] if negated else []) + [word, "."]
    n = len(words)
    heads = [1, 1, 3, 4, 1] + ([4] if negated else []) + [4, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp"] + (["neg"] if negated else []) + ["acomp", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "AUX"] + (["PART"] if negated else []) + ["ADJ", "PUNCT"]
    lemmas = ["Howard", "say", "the", "chancellor", "be"] + (["not"] if negated else []) + [word, "."]
    assert len(heads) == n
    return build_sentence(words, heads, deps, pos=pos, lemmas=lemmas)


def said_verb(verb: str, lemma: str) -> Sentence:
    """"Musyoka said the government VERB farmers ." """
    return build_sentence(["Musyoka", "said", "the", "government", verb, "farmers", "."], [1, 1, 3, 4, 1, 4, 1],
                          ["nsubj", "ROOT", "det", "nsubj", "ccomp", "dobj", "punct"],
                          pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
                          lemmas=["Musyoka", "say", "the", "government", lemma, "farmer", "."])


def test_a_judgement_of_blame_is_a_criticism_on_the_complement() -> None:
    for word in ("incompetent", "corrupt", "disgrace"):
        judged = spoken_judgements(said_was(word), {})
        assert list(judged) == [4] and judged[4].entry.cameo == JUDGEMENT_CODE, word
    assert list(spoken_judgements(said_verb("betrayed", "betray"), {})) == [4]


def test_praise_a_denial_or_a_place_is_no_criticism() -> None:
    assert spoken_judgements(said_was("competent"), {}) == {}
    assert spoken_judgements(said_was("corrupt", negated=True), {}) == {}
    assert spoken_judgements(said_verb("lay", "lie"), {}) == {}


def test_playing_politics_is_blamed() -> None:
    # Kurti said the union was playing politics .
    s = build_sentence(["Kurti", "said", "the", "union", "was", "playing", "politics", "."], [1, 1, 3, 5, 5, 1, 5, 1],
                       ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "dobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "NOUN", "PUNCT"],
                       lemmas=["Kurti", "say", "the", "union", "be", "play", "politic", "."])
    assert list(spoken_judgements(s, {})) == [5]

