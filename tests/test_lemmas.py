"""Verb forms the small English model cuts to another word's stem ("staged" to "stag", "fined" to "fin") get their own
lemma in the coder's parse, so that "Teachers staged a protest" has the teachers as protesters."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dyadwatch.parse import lemma_of, sentence_from_span


def test_miscut_forms_get_their_own_lemma() -> None:
    assert lemma_of("staged", "stag") == "stage"
    assert lemma_of("Staging", "stag") == "stage"
    assert lemma_of("fined", "fin") == "fine"
    assert lemma_of("waged", "wag") == "wage"
    assert lemma_of("raped", "rap") == "rape"
    assert lemma_of("sentencing", "sentencing") == "sentence"
    # a stag is a stag, and a lemma the model gets right is kept
    assert lemma_of("stag", "stag") == "stag"
    assert lemma_of("staged", "stage") == "stage"


def test_the_parse_carries_the_corrected_lemma() -> None:
    nlp = spacy.blank("en")
    words = ["Teachers", "staged", "a", "protest", "."]
    doc = Doc(nlp.vocab, words=words, lemmas=["teacher", "stag", "a", "protest", "."],
              pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT"], deps=["nsubj", "ROOT", "det", "dobj", "punct"],
              heads=[1, 1, 3, 1, 1])
    sentence = sentence_from_span(doc[:], 0, 0)
    assert [t.lemma for t in sentence.tokens] == ["teacher", "stage", "a", "protest", "."]


def test_a_name_in_capitals_read_as_a_plural_is_a_name() -> None:
    """"ECOWAS suspended Guinea ..., though it lifted ...": the model tags "ECOWAS" as the plural of "ecowa", and a
    plural subject is no body that "it" can stand for."""
    nlp = spacy.blank("en")
    words = ["ECOWAS", "suspended", "Guinea", ",", "but", "MPs", "objected", "."]
    doc = Doc(nlp.vocab, words=words, lemmas=["ecowa", "suspend", "Guinea", ",", "but", "mp", "object", "."],
              pos=["NOUN", "VERB", "PROPN", "PUNCT", "CCONJ", "NOUN", "VERB", "PUNCT"],
              tags=["NNS", "VBD", "NNP", ",", "CC", "NNS", "VBD", "."],
              deps=["nsubj", "ROOT", "dobj", "punct", "cc", "nsubj", "conj", "punct"],
              heads=[1, 1, 1, 1, 1, 6, 1, 1])
    tokens = sentence_from_span(doc[:], 0, 0).tokens
    assert (tokens[0].lemma, tokens[0].pos, tokens[0].tag) == ("ECOWAS", "PROPN", "NNP")
    assert (tokens[5].lemma, tokens[5].pos, tokens[5].tag) == ("mp", "NOUN", "NNS")  # "MPs" is a plural
