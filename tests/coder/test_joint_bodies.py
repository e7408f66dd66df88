"""What a joint body two parties set up is to do is its remit, not an act of one founder on the other.
Hand-built parses: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.coder.jointbodies import remit_tokens
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Article, ParsedArticle, Sentence

CANDIDATES = make_options().with_(screen=False)


def founded(modifier: str, verb: str = "set", particle: str = "up") -> Sentence:
    # Kenya and Uganda set up a joint committee to investigate the killings .
    words = ["Kenya", "and", "Uganda", verb, particle, "a", modifier, "committee", "to", "investigate", "the",
             "killings", "."]
    return build_sentence(words, [3, 0, 0, 3, 3, 7, 7, 3, 9, 3, 11, 9, 3],
                          ["nsubj", "cc", "conj", "ROOT", "prt", "det", "amod", "dobj", "aux", "advcl", "det", "dobj",
                           "punct"],
                          pos=["PROPN", "CCONJ", "PROPN", "VERB", "ADP", "DET", "ADJ", "NOUN", "PART", "VERB", "DET",
                               "NOUN", "PUNCT"],
                          lemmas=["Kenya", "and", "Uganda", verb, particle, "a", modifier, "committee", "to",
                                  "investigate", "the", "killing", "."])


def test_the_purpose_of_a_joint_body_is_its_remit() -> None:
    assert remit_tokens(founded("joint")) == {8, 9, 10, 11}


def test_a_body_of_one_party_or_another_verb_has_no_remit() -> None:
    assert remit_tokens(founded("new")) == set()  # "a new committee to investigate": Kenya may investigate Uganda
    assert remit_tokens(founded("joint", "set", "off")) == set()


def test_the_remit_of_a_joint_body_codes_no_investigation_between_its_founders(resources: CoderResources) -> None:
    def coded(sentence: Sentence) -> list[str]:
        parsed = ParsedArticle(Article("t", sentence.text, published=date(2025, 10, 30)), (sentence,))
        return [e.event_type for e in code_article(parsed, resources, CANDIDATES).events]

    assert "ACCUSE" not in coded(founded("joint"))
    assert "ACCUSE" in coded(founded("new"))
