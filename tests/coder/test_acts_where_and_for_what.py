"""A participle hung on the place an act happened, and an infinitive of purpose the parse hangs on a protest as a
relative clause, are done by whoever did the act ("The union held rallies in five towns demanding higher pay",
"Unions brought Lima to a standstill with a strike to demand ..."), not by the towns or the strike. Hand-built
parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.subjects import infinitive_of_purpose, place_of_the_act, subjects_of
from dyadwatch.parse import build_sentence


def test_a_participle_on_the_towns_of_a_rally_is_the_rallying_unions() -> None:
    # The union held rallies in five towns demanding higher pay .
    s = build_sentence(["The", "union", "held", "rallies", "in", "five", "towns", "demanding", "higher", "pay", "."],
                       [1, 2, 2, 2, 2, 6, 4, 6, 9, 7, 2],
                       ["det", "nsubj", "ROOT", "dobj", "prep", "nummod", "pobj", "acl", "amod", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "NUM", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"],
                       lemmas=["the", "union", "hold", "rally", "in", "five", "town", "demand", "high", "pay", "."],
                       tags=["DT", "NN", "VBD", "NNS", "IN", "CD", "NNS", "VBG", "JJR", "NN", "."])
    assert subjects_of(s, 7) == ([1], False)
    assert place_of_the_act(s, s.tokens[6]) is s.tokens[2]


def test_a_participle_on_a_party_stays_that_partys() -> None:
    # Police arrested farmers demanding higher prices .
    s = build_sentence(["Police", "arrested", "farmers", "demanding", "higher", "prices", "."],
                       [1, 1, 1, 2, 5, 3, 1], ["nsubj", "ROOT", "dobj", "acl", "amod", "dobj", "punct"],
                       pos=["NOUN", "VERB", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"],
                       lemmas=["police", "arrest", "farmer", "demand", "high", "price", "."],
                       tags=["NNS", "VBD", "NNS", "VBG", "JJR", "NNS", "."])
    assert subjects_of(s, 3) == ([2], False)
    assert place_of_the_act(s, s.tokens[2]) is None


def test_a_strike_to_demand_something_is_the_strikers_demand() -> None:
    # Unions paralysed Lima with a strike to demand action .
    s = build_sentence(["Unions", "paralysed", "Lima", "with", "a", "strike", "to", "demand", "action", "."],
                       [1, 1, 1, 1, 5, 3, 7, 5, 7, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "aux", "relcl", "dobj", "punct"],
                       pos=["NOUN", "VERB", "PROPN", "ADP", "DET", "NOUN", "PART", "VERB", "NOUN", "PUNCT"],
                       lemmas=["union", "paralyse", "Lima", "with", "a", "strike", "to", "demand", "action", "."],
                       tags=["NNS", "VBD", "NNP", "IN", "DT", "NN", "TO", "VB", "NN", "."])
    assert infinitive_of_purpose(s, s.tokens[7])
    assert subjects_of(s, 7) == ([0], False)


def test_a_true_relative_clause_is_its_nouns() -> None:
    # Unions that demand action marched .
    s = build_sentence(["Unions", "that", "demand", "action", "marched", "."], [4, 2, 0, 2, 4, 4],
                       ["nsubj", "nsubj", "relcl", "dobj", "ROOT", "punct"],
                       pos=["NOUN", "PRON", "VERB", "NOUN", "VERB", "PUNCT"],
                       lemmas=["union", "that", "demand", "action", "march", "."],
                       tags=["NNS", "WDT", "VBP", "NN", "VBD", "."])
    assert not infinitive_of_purpose(s, s.tokens[2])
    assert subjects_of(s, 2)[0] == [0]


def test_a_part_of_a_group_the_parse_makes_a_second_subject_is_no_doer_of_its_own() -> None:
    # About a dozen supporters , some of them Kazakhs , held a protest .
    words = ["About", "a", "dozen", "supporters", ",", "some", "of", "them", "Kazakhs", ",", "held", "a", "protest",
             "."]
    s = build_sentence(words, [2, 2, 3, 10, 10, 8, 5, 6, 10, 8, 10, 12, 10, 10],
                       ["advmod", "quantmod", "nummod", "nsubj", "punct", "nsubj", "prep", "pobj", "nsubj", "punct",
                        "ROOT", "det", "dobj", "punct"],
                       pos=["ADV", "DET", "NOUN", "NOUN", "PUNCT", "PRON", "ADP", "PRON", "PROPN", "PUNCT", "VERB",
                            "DET", "NOUN", "PUNCT"],
                       lemmas=["about", "a", "dozen", "supporter", ",", "some", "of", "they", "Kazakhs", ",", "hold",
                               "a", "protest", "."])
    assert subjects_of(s, 10) == ([3], False)
