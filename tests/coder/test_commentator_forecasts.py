"""What a commentator says parties are likely to do is a forecast, not an act ("a researcher said the case was likely
to be raised"); what they report as done is still told ("a researcher said police had beaten detainees").
Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.wording import forecast
from dyadwatch.parse import build_sentence


def test_a_commentator_s_likely_act_is_a_forecast() -> None:
    # A researcher said Beijing was likely to raise the case .
    words = ["A", "researcher", "said", "Beijing", "was", "likely", "to", "raise", "the", "case", "."]
    s = build_sentence(words, [1, 2, 2, 4, 2, 4, 7, 5, 9, 7, 2],
                       ["det", "nsubj", "ROOT", "nsubj", "ccomp", "acomp", "aux", "xcomp", "det", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "PROPN", "AUX", "ADJ", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                       tags=["DT", "NN", "VBD", "NNP", "VBD", "JJ", "TO", "VB", "DT", "NN", "."],
                       lemmas=["a", "researcher", "say", "Beijing", "be", "likely", "to", "raise", "the", "case", "."])
    assert forecast(s, 7)


def test_what_a_commentator_reports_as_done_is_told() -> None:
    # A researcher said police had beaten detainees .
    words = ["A", "researcher", "said", "police", "had", "beaten", "detainees", "."]
    s = build_sentence(words, [1, 2, 2, 5, 5, 2, 5, 2],
                       ["det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "NOUN", "AUX", "VERB", "NOUN", "PUNCT"],
                       tags=["DT", "NN", "VBD", "NNS", "VBD", "VBN", "NNS", "."],
                       lemmas=["a", "researcher", "say", "police", "have", "beat", "detainee", "."])
    assert not forecast(s, 5)


def test_a_minister_s_likely_act_is_not_a_commentator_s() -> None:
    # The minister said Beijing was likely to raise the case .
    words = ["The", "minister", "said", "Beijing", "was", "likely", "to", "raise", "the", "case", "."]
    s = build_sentence(words, [1, 2, 2, 4, 2, 4, 7, 5, 9, 7, 2],
                       ["det", "nsubj", "ROOT", "nsubj", "ccomp", "acomp", "aux", "xcomp", "det", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "PROPN", "AUX", "ADJ", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                       tags=["DT", "NN", "VBD", "NNP", "VBD", "JJ", "TO", "VB", "DT", "NN", "."],
                       lemmas=["the", "minister", "say", "Beijing", "be", "likely", "to", "raise", "the", "case", "."])
    assert not forecast(s, 7)
