"""Arguments as modern wire copy gives them (hand-built parses, no model): who travels "for talks" holds
them, an adjective that names no people is no party ("an indefinite nationwide strike"), "with X saying ..."
tells another act, and "prompting Tallinn to request" makes Tallinn the one who requests."""

from __future__ import annotations

from dyadwatch.coder.arguments import find_arguments, prepositional_objects, subjects_of
from dyadwatch.coder.lexicon import PredicateLexicon
from dyadwatch.parse import build_sentence


def test_who_travels_for_talks_holds_them() -> None:
    # The leader flew to Singapore for talks with Wong .
    s = build_sentence(["The", "leader", "flew", "to", "Singapore", "for", "talks", "with", "Wong", "."],
                       [1, 2, 2, 2, 3, 2, 5, 6, 7, 2],
                       ["det", "nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "prep", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["the", "leader", "fly", "to", "Singapore", "for", "talk", "with", "Wong", "."])
    args = find_arguments(s, 6)
    assert args.sources == (1,) and 8 in args.targets
    # The president called for talks with the rebels .   (a call for talks is no talks)
    s = build_sentence(["The", "president", "called", "for", "talks", "with", "the", "rebels", "."],
                       [1, 2, 2, 2, 3, 4, 7, 5, 2],
                       ["det", "nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["the", "president", "call", "for", "talk", "with", "the", "rebel", "."])
    assert find_arguments(s, 4).sources == ()


def test_an_adjective_that_names_no_people_is_no_party() -> None:
    # The unions began an indefinite nationwide strike .
    s = build_sentence(["The", "unions", "began", "an", "indefinite", "nationwide", "strike", "."],
                       [1, 2, 2, 6, 6, 6, 2, 2], ["det", "nsubj", "ROOT", "det", "amod", "amod", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "ADJ", "ADJ", "NOUN", "PUNCT"],
                       lemmas=["the", "union", "begin", "an", "indefinite", "nationwide", "strike", "."])
    assert find_arguments(s, 6).sources == (1,)  # the light verb's subject, not "indefinite"


def test_with_a_party_saying_something_is_another_act() -> None:
    # Pyongyang rebuffed the overtures , with Kim saying no .
    s = build_sentence(["Pyongyang", "rebuffed", "the", "overtures", ",", "with", "Kim", "saying", "no", "."],
                       [1, 1, 3, 1, 1, 1, 5, 1, 7, 1],
                       ["nsubj", "ROOT", "det", "dobj", "punct", "prep", "pobj", "advcl", "dobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "ADP", "PROPN", "VERB", "INTJ", "PUNCT"],
                       tags=["NNP", "VBD", "DT", "NNS", ",", "IN", "NNP", "VBG", "UH", "."])
    assert prepositional_objects(s, 1) == []
    # Pyongyang met with Kim .   (a partner after "with")
    s = build_sentence(["Pyongyang", "met", "with", "Kim", "."], [1, 1, 1, 2, 1],
                       ["nsubj", "ROOT", "prep", "pobj", "punct"], pos=["PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
                       tags=["NNP", "VBD", "IN", "NNP", "."])
    assert prepositional_objects(s, 1) == [3]


def test_what_an_act_prompts_a_party_to_do_that_party_does() -> None:
    # Jets entered the airspace , prompting Tallinn to request consultations .
    s = build_sentence(["Jets", "entered", "the", "airspace", ",", "prompting", "Tallinn", "to", "request",
                        "consultations", "."], [1, 1, 3, 1, 1, 1, 5, 8, 5, 8, 1],
                       ["nsubj", "ROOT", "det", "dobj", "punct", "advcl", "dobj", "aux", "xcomp", "dobj", "punct"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PROPN", "PART", "VERB", "NOUN",
                            "PUNCT"],
                       lemmas=["jet", "enter", "the", "airspace", ",", "prompt", "Tallinn", "to", "request",
                               "consultation", "."])
    assert subjects_of(s, 8)[0] == [6]


def test_a_clause_of_another_time_with_its_own_doer_takes_no_target_from_the_main_act() -> None:
    # Parliament ratified a treaty with Australia after opposition lawmakers walked out .
    s = build_sentence(["Parliament", "ratified", "a", "treaty", "with", "Australia", "after", "opposition",
                        "lawmakers", "walked", "out", "."],
                       [1, 1, 3, 1, 3, 4, 9, 8, 9, 1, 9, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "mark", "compound", "nsubj", "advcl", "advmod",
                        "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "SCONJ", "NOUN", "NOUN", "VERB", "ADV",
                            "PUNCT"],
                       lemmas=["Parliament", "ratify", "a", "treaty", "with", "Australia", "after", "opposition",
                               "lawmaker", "walk", "out", "."],
                       tags=["NNP", "VBD", "DT", "NN", "IN", "NNP", "IN", "NN", "NNS", "VBD", "RB", "."],
                       ents=[(0, 1, "ORG"), (5, 6, "GPE")])
    args = find_arguments(s, 9)
    assert args.sources == (8,) and not {3, 5} & set(args.targets)  # the walkout is not aimed at the treaty partner


def test_who_acts_at_a_gathering_takes_part_in_it() -> None:
    # Holness raised the matter with Starmer during a call .
    s = build_sentence(["Holness", "raised", "the", "matter", "with", "Starmer", "during", "a", "call", "."],
                       [1, 1, 3, 1, 1, 4, 1, 8, 6, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "det", "pobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["Holness", "raise", "the", "matter", "with", "Starmer", "during", "a", "call", "."])
    args = find_arguments(s, 8)
    assert args.sources == (0,) and 5 in args.targets
    # Police arrested activists at a meeting .   (an arrest made at a meeting is no part in it)
    s = build_sentence(["Police", "arrested", "activists", "at", "a", "meeting", "."], [1, 1, 1, 1, 5, 3, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
                       pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["police", "arrest", "activist", "at", "a", "meeting", "."])
    assert find_arguments(s, 5).sources == ()


def test_who_ends_a_visit_made_it() -> None:
    # The minister concluded a visit to Botswana .
    s = build_sentence(["The", "minister", "concluded", "a", "visit", "to", "Botswana", "."],
                       [1, 2, 2, 4, 2, 4, 5, 2], ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["the", "minister", "conclude", "a", "visit", "to", "Botswana", "."])
    args = find_arguments(s, 4)
    assert args.sources == (1,) and 6 in args.targets


def test_who_gathers_for_a_sit_in_holds_it() -> None:
    # Teachers gathered outside the ministry for a sit - in .   (the tagger splits "sit-in")
    s = build_sentence(["Teachers", "gathered", "outside", "the", "ministry", "for", "a", "sit", "-", "in", "."],
                       [1, 1, 1, 4, 2, 1, 9, 9, 9, 5, 1],
                       ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "det", "compound", "punct", "pobj", "punct"],
                       pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "NOUN", "PUNCT"],
                       lemmas=["teacher", "gather", "outside", "the", "ministry", "for", "a", "sit", "-", "in", "."])
    assert find_arguments(s, 9).sources == (0,)
    match = PredicateLexicon.load().match(s, s.tokens[9])
    assert match is not None and match.entry.cameo == "141"


def test_a_later_clause_with_its_own_doer_is_not_aimed_at_whom_one_summoned() -> None:
    # Guyana summoned the envoy after soldiers detained miners .
    s = build_sentence(["Guyana", "summoned", "the", "envoy", "after", "soldiers", "detained", "miners", "."],
                       [1, 1, 3, 1, 6, 6, 1, 6, 1],
                       ["nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "advcl", "dobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "SCONJ", "NOUN", "VERB", "NOUN", "PUNCT"],
                       tags=["NNP", "VBD", "DT", "NN", "IN", "NNS", "VBD", "NNS", "."],
                       lemmas=["Guyana", "summon", "the", "envoy", "after", "soldier", "detain", "miner", "."])
    assert find_arguments(s, 6).targets == (7,)
    # Guyana summoned the envoy to protest .   (a purpose clause is aimed at whom one summoned)
    s = build_sentence(["Guyana", "summoned", "the", "envoy", "to", "protest", "."], [1, 1, 3, 1, 5, 1, 1],
                       ["nsubj", "ROOT", "det", "dobj", "aux", "advcl", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT"],
                       tags=["NNP", "VBD", "DT", "NN", "TO", "VB", "."],
                       lemmas=["Guyana", "summon", "the", "envoy", "to", "protest", "."])
    assert 3 in find_arguments(s, 5).targets
