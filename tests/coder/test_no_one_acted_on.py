"""An act done to no one, or by no one, did not happen: "no one was detained", "police arrested nobody", "no activist
has been arrested" are denied, as "was not detained" is. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.attributes import modality_of
from dyadwatch.parse import build_sentence


def test_no_one_detained_is_denied() -> None:
    # no one was detained .
    s = build_sentence(["no", "one", "was", "detained", "."], [1, 3, 3, 3, 3],
                       ["det", "nsubjpass", "auxpass", "ROOT", "punct"], pos=["DET", "PRON", "AUX", "VERB", "PUNCT"],
                       tags=["DT", "NN", "VBD", "VBN", "."], lemmas=["no", "one", "be", "detain", "."])
    got = modality_of(s, 3, None, False)
    assert (got.modality, got.negated) == ("denied", True)


def test_arresting_nobody_is_denied_and_arresting_five_is_not() -> None:
    # Police arrested nobody .
    s = build_sentence(["Police", "arrested", "nobody", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                       pos=["NOUN", "VERB", "PRON", "PUNCT"], lemmas=["police", "arrest", "nobody", "."])
    assert modality_of(s, 1, None, False).modality == "denied"
    # Police arrested five activists .
    s = build_sentence(["Police", "arrested", "five", "activists", "."], [1, 1, 3, 1, 1],
                       ["nsubj", "ROOT", "nummod", "dobj", "punct"], pos=["NOUN", "VERB", "NUM", "NOUN", "PUNCT"],
                       lemmas=["police", "arrest", "five", "activist", "."])
    assert modality_of(s, 1, None, False).modality == "asserted"


def test_not_a_single_one_detained_is_denied_and_a_single_one_is_not() -> None:
    # not a single activist was detained .   /   a single activist was detained .
    def detained(words: list[str]) -> str:
        n = len(words)
        heads = [n] * n  # each hangs on "activist"
        deps = {"not": "neg", "a": "det", "single": "amod", "one": "nummod"}
        s = build_sentence([*words, "activist", "was", "detained", "."], [*heads, n + 2, n + 2, n + 2, n + 2],
                           [deps[w] for w in words] + ["nsubjpass", "auxpass", "ROOT", "punct"],
                           pos=[{"not": "PART", "a": "DET", "single": "ADJ", "one": "NUM"}[w] for w in words]
                           + ["NOUN", "AUX", "VERB", "PUNCT"],
                           lemmas=[*words, "activist", "be", "detain", "."])
        return modality_of(s, n + 2, None, False).modality

    assert detained(["not", "a", "single"]) == "denied"
    assert detained(["a", "single"]) == "asserted"

