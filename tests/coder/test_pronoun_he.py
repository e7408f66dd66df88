"""A "he" after a person the knowledge base lacks is that person, not whoever was named before (hand-built
parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .candidates import candidate_events
from .test_wire_style import resolved


def three_sentences(middle_subject: str) -> list[Sentence]:
    # President Aleksandar Vucic made a demand . SUBJECT rejected the demand . He accused Belgrade of stalling .
    first = build_sentence(["President", "Aleksandar", "Vucic", "made", "a", "demand", "."],
                           [2, 2, 3, 3, 5, 3, 3], ["compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                           pos=["PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                           lemmas=["President", "Aleksandar", "Vucic", "make", "a", "demand", "."],
                           tags=["NNP", "NNP", "NNP", "VBD", "DT", "NN", "."], ents=[(1, 3, "PERSON")], index=0)
    person = middle_subject[0].isupper()
    second = build_sentence([middle_subject, "rejected", "the", "demand", "."], [1, 1, 3, 1, 1],
                            ["nsubj", "ROOT", "det", "dobj", "punct"],
                            pos=["PROPN" if person else "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                            lemmas=[middle_subject.lower(), "reject", "the", "demand", "."],
                            tags=["NNP" if person else "NNS", "VBD", "DT", "NN", "."],
                            ents=[(0, 1, "PERSON")] if person else [], index=1, offset=60)
    third = build_sentence(["He", "accused", "Belgrade", "of", "stalling", "."], [1, 1, 1, 1, 3, 1],
                           ["nsubj", "ROOT", "dobj", "prep", "pcomp", "punct"],
                           pos=["PRON", "VERB", "PROPN", "ADP", "VERB", "PUNCT"],
                           lemmas=["he", "accuse", "Belgrade", "of", "stall", "."],
                           tags=["PRP", "VBD", "NNP", "IN", "VBG", "."], ents=[(2, 3, "GPE")], index=2, offset=120)
    return [first, second, third]


def spoke(title: str, given: str, family: str) -> Sentence:
    """TITLE GIVEN FAMILY spoke .   (the first sentence: a person named with a title, of no act)"""
    return build_sentence([title, given, family, "spoke", "."], [2, 2, 3, 3, 3],
                          ["compound", "compound", "nsubj", "ROOT", "punct"],
                          pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], lemmas=[title, given, family, "speak", "."],
                          tags=["NNP", "NNP", "NNP", "VBD", "."], ents=[(1, 3, "PERSON")], index=0)


def test_he_after_an_unlisted_person_is_that_person(resources: CoderResources) -> None:
    he = resolved(resources, three_sentences("Bislimi"), 0)
    assert he.name == "Bislimi" and he.country is None  # not Serbia's president, who made the demand


def test_he_after_no_person_is_the_one_named_before(resources: CoderResources) -> None:
    he = resolved(resources, three_sentences("officials"), 0)
    assert he.country == "SRB" and he.kind == "person"


def test_him_after_two_joined_verbs_is_the_first_verb_s_object(resources: CoderResources) -> None:
    # President Aleksandar Vucic spoke .  Mali arrested an Ivorian businessman and charged him .
    first = spoke("President", "Aleksandar", "Vucic")
    second = build_sentence(["Mali", "arrested", "an", "Ivorian", "businessman", "and", "charged", "him", "."],
                            [1, 1, 4, 4, 1, 1, 1, 6, 1],
                            ["nsubj", "ROOT", "det", "amod", "dobj", "cc", "conj", "dobj", "punct"],
                            pos=["PROPN", "VERB", "DET", "ADJ", "NOUN", "CCONJ", "VERB", "PRON", "PUNCT"],
                            lemmas=["Mali", "arrest", "an", "ivorian", "businessman", "and", "charge", "he", "."],
                            tags=["NNP", "VBD", "DT", "JJ", "NN", "CC", "VBD", "PRP", "."],
                            ents=[(0, 1, "GPE"), (3, 4, "NORP")], index=1, offset=40)
    assert resolved(resources, [first, second], 7).country == "CIV"  # not Vucic's Serbia


def test_he_under_an_unlisted_person_s_saying_is_that_person(resources: CoderResources) -> None:
    # President Aleksandar Vucic spoke .  Minister Ramesh Lekhak said he had invited Shah .
    first = spoke("President", "Aleksandar", "Vucic")
    second = build_sentence(["Minister", "Ramesh", "Lekhak", "said", "he", "had", "invited", "Shah", "."],
                            [2, 2, 3, 3, 6, 6, 3, 6, 3],
                            ["compound", "compound", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"],
                            pos=["PROPN", "PROPN", "PROPN", "VERB", "PRON", "AUX", "VERB", "PROPN", "PUNCT"],
                            lemmas=["Minister", "Ramesh", "Lekhak", "say", "he", "have", "invite", "Shah", "."],
                            tags=["NNP", "NNP", "NNP", "VBD", "PRP", "VBD", "VBN", "NNP", "."],
                            ents=[(1, 3, "PERSON"), (7, 8, "PERSON")], index=1, offset=40)
    he = resolved(resources, [first, second], 4)
    assert he.name == "Ramesh Lekhak"  # the one who says it, not Serbia's president named before


def test_he_after_a_titled_subject_of_another_country_is_that_one(resources: CoderResources) -> None:
    # Minister Mahamadou Sana spoke .  The Ivorian government 's spokesman called the charges baseless .
    # He urged Ouagadougou to act .
    first = spoke("Minister", "Mahamadou", "Sana")
    second = build_sentence(["The", "Ivorian", "government", "'s", "spokesman", "called", "the", "charges", "baseless",
                             "."], [2, 2, 4, 2, 5, 5, 7, 5, 5, 5],
                            ["det", "amod", "poss", "case", "nsubj", "ROOT", "det", "dobj", "oprd", "punct"],
                            pos=["DET", "ADJ", "NOUN", "PART", "NOUN", "VERB", "DET", "NOUN", "ADJ", "PUNCT"],
                            lemmas=["the", "ivorian", "government", "'s", "spokesman", "call", "the", "charge",
                                    "baseless", "."],
                            tags=["DT", "JJ", "NN", "POS", "NN", "VBD", "DT", "NNS", "JJ", "."], ents=[(1, 2, "NORP")],
                            index=1, offset=30)
    third = build_sentence(["He", "urged", "Ouagadougou", "to", "act", "."], [1, 1, 1, 4, 1, 1],
                           ["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
                           pos=["PRON", "VERB", "PROPN", "PART", "VERB", "PUNCT"],
                           lemmas=["he", "urge", "Ouagadougou", "to", "act", "."],
                           tags=["PRP", "VBD", "NNP", "TO", "VB", "."], ents=[(2, 3, "GPE")], index=2, offset=100)
    he = resolved(resources, [first, second, third], 0)
    assert he.country == "CIV"  # the spokesman no act of his sentence named, not the minister before him


def test_the_bloc_under_its_own_saying_is_that_body_and_never_a_state(resources: CoderResources) -> None:
    # The EU said the bloc backed Guyana .   /   France said the bloc backed Guyana .
    def said(speaker: str, ent: str) -> Sentence:
        return build_sentence(["The", speaker, "said", "the", "bloc", "backed", "Guyana", "."],
                              [1, 2, 2, 4, 5, 2, 5, 2],
                              ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "dobj", "punct"],
                              pos=["DET", "PROPN", "VERB", "DET", "NOUN", "VERB", "PROPN", "PUNCT"],
                              lemmas=["the", speaker, "say", "the", "bloc", "back", "Guyana", "."],
                              ents=[(1, 2, ent), (6, 7, "GPE")])

    events = candidate_events(resources, said("EU", "ORG"), "backed")
    assert [(e.event_type, e.actor.kind, e.actor.text) for e in events] == [("SUPPORT", "organisation", "EU")]
    assert not candidate_events(resources, said("France", "GPE"), "backed")
