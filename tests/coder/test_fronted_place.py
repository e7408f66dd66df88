"""Subjects the parse leaves out or misplaces (``coder/subjects.py``): a name the parser joins to a place fronted
before the verb ("In Bangkok, X, leader of ..., accused ...") is the verb's subject, places joined by "and" are not;
the subject of a readiness ("Ethiopia was ready to resume talks") does what it is ready for; a participle after a
request's complement is the asker's; the comma after a fronted place is no word of the doer (hand-built parses, no
model)."""

from __future__ import annotations

from dyadwatch.coder.arguments import subjects_of
from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_bodies_told_again import story_actors


def fronted(joiner: str, second: str, label: str) -> Sentence:
    # In Bangkok JOINER SECOND , leader of the party , accused the government .
    # (the parse joins SECOND to "Bangkok" as a conjunct and leaves "accused" without a subject)
    words = ["In", "Bangkok", joiner, second, ",", "leader", "of", "the", "party", ",", "accused", "the",
             "government", "."]
    heads = [10, 0, 1, 1, 3, 3, 5, 8, 6, 1, 10, 12, 10, 10]
    deps = ["prep", "pobj", "punct" if joiner == "," else "cc", "conj", "punct", "appos", "prep", "det", "pobj",
            "punct", "ROOT", "det", "dobj", "punct"]
    pos = ["ADP", "PROPN", "PUNCT" if joiner == "," else "CCONJ", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "NOUN",
           "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    return build_sentence(words, heads, deps, pos=pos, ents=[(1, 2, "GPE"), (3, 4, label)],
                          tags=[p if p != "VERB" else "VBD" for p in pos])


def test_a_name_joined_to_a_fronted_place_by_a_comma_is_the_subject() -> None:
    assert subjects_of(fronted(",", "Natthaphong", "PERSON"), 10) == ([3], False)


def test_places_joined_by_and_are_no_subject() -> None:
    assert subjects_of(fronted("and", "Nonthaburi", "GPE"), 10) == ([], False)


def test_a_place_joined_by_a_comma_with_no_apposition_is_no_subject() -> None:
    sentence = build_sentence(["In", "Bangkok", ",", "Thailand", ",", "troops", "fired", "."],
                              [6, 0, 1, 1, 6, 6, 6, 6],
                              ["prep", "pobj", "punct", "conj", "punct", "nsubj", "ROOT", "punct"],
                              pos=["ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"],
                              ents=[(1, 2, "GPE"), (3, 4, "GPE")])
    assert subjects_of(sentence, 6) == ([5], False)


def test_the_subject_of_a_readiness_is_the_subject_of_the_act_it_is_ready_for() -> None:
    # Ethiopia was ready to resume talks .
    sentence = build_sentence(["Ethiopia", "was", "ready", "to", "resume", "talks", "."], [1, 1, 1, 4, 2, 4, 1],
                              ["nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj", "punct"],
                              pos=["PROPN", "AUX", "ADJ", "PART", "VERB", "NOUN", "PUNCT"],
                              tags=["NNP", "VBD", "JJ", "TO", "VB", "NNS", "."], ents=[(0, 1, "GPE")])
    assert subjects_of(sentence, 4) == ([0], False)


def test_a_participle_after_a_request_s_complement_is_the_asker_s() -> None:
    # Egypt asked the Council to hold a session , accusing Ethiopia .
    sentence = build_sentence(["Egypt", "asked", "the", "Council", "to", "hold", "a", "session", ",", "accusing",
                               "Ethiopia", "."], [1, 1, 3, 1, 5, 1, 7, 5, 5, 5, 9, 1],
                              ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "det", "dobj", "punct", "advcl", "dobj",
                               "punct"],
                              pos=["PROPN", "VERB", "DET", "PROPN", "PART", "VERB", "DET", "NOUN", "PUNCT", "VERB",
                                   "PROPN", "PUNCT"],
                              lemmas=["Egypt", "ask", "the", "Council", "to", "hold", "a", "session", ",", "accuse",
                                      "Ethiopia", "."],
                              tags=["NNP", "VBD", "DT", "NNP", "TO", "VB", "DT", "NN", ",", "VBG", "NNP", "."])
    assert subjects_of(sentence, 5) == ([3], False)  # the Council holds the session
    assert subjects_of(sentence, 9) == ([0], False)  # Egypt accuses


def test_an_it_under_a_clause_whose_subject_is_joined_to_a_fronted_place_is_that_subject() -> None:
    # In Kampala , Natthaphong , leader of the party , said it would go .
    from dyadwatch.coder.pronouns import clause_subjects

    words = ["In", "Kampala", ",", "Natthaphong", ",", "leader", "of", "the", "party", ",", "said", "it", "would",
             "go", "."]
    heads = [10, 0, 1, 1, 3, 3, 5, 8, 6, 1, 10, 13, 13, 10, 10]
    deps = ["prep", "pobj", "punct", "conj", "punct", "appos", "prep", "det", "pobj", "punct", "ROOT", "nsubj", "aux",
            "ccomp", "punct"]
    pos = ["ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PRON", "AUX",
           "VERB", "PUNCT"]
    sentence = build_sentence(words, heads, deps, pos=pos, ents=[(1, 2, "GPE"), (3, 4, "ORG")],
                              tags=[p if p != "VERB" else "VBD" for p in pos])
    assert [t.i for t in clause_subjects(sentence, 11)] == [3]


def test_a_comma_after_a_fronted_place_is_no_word_of_the_doer(resources: CoderResources) -> None:
    # In Managua , Murillo accused Honduras .   (the parser hangs the comma on the name)
    s = build_sentence(["In", "Managua", ",", "Murillo", "accused", "Honduras", "."], [4, 0, 3, 4, 4, 4, 4],
                       ["prep", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
                       pos=["ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"],
                       tags=["IN", "NNP", ",", "NNP", "VBD", "NNP", "."],
                       lemmas=["in", "Managua", ",", "Murillo", "accuse", "Honduras", "."],
                       ents=[(1, 2, "GPE"), (3, 4, "PERSON"), (5, 6, "GPE")])
    actors = story_actors(resources, "NIC")
    actors.read(s)
    got = actors.resolve(s, 3)
    assert got is not None and got[0].text == "Murillo"
