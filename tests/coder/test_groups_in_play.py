"""People named by a sector word in a story about a country ("the unions", "the teachers") are that country's
people, not its state; and a noun phrase keeps "of" only with the noun it joins ("accused the unions of using
..." names the unions). Hand-built parses, no model."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.coder.phrases import noun_phrase
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Article, Event, ParsedArticle, Sentence

CANDIDATES = make_options().with_(screen=False)


def accused_unions(first: str) -> list[Sentence]:
    # Sri Lanka closed the schools . FIRST accused the unions of using children .
    closed = build_sentence(["Sri", "Lanka", "closed", "the", "schools", "."], [1, 2, 2, 4, 2, 2],
                            ["compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                            pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                            lemmas=["Sri", "Lanka", "close", "the", "school", "."],
                            tags=["NNP", "NNP", "VBD", "DT", "NNS", "."], ents=[(0, 2, "GPE")], index=0)
    accused = build_sentence(["The", first, "accused", "the", "unions", "of", "using", "children", "."],
                             [1, 2, 2, 4, 2, 4, 5, 6, 2],
                             ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "dobj", "punct"],
                             pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "VERB", "NOUN", "PUNCT"],
                             lemmas=["the", first, "accuse", "the", "union", "of", "use", "child", "."],
                             tags=["DT", "NN", "VBD", "DT", "NNS", "IN", "VBG", "NNS", "."], index=1, offset=32)
    return [closed, accused]


def events_of(resources: CoderResources, sentences: list[Sentence]) -> list[Event]:
    text = " ".join(s.text for s in sentences)
    parsed = ParsedArticle(Article("t", text, published=date(2025, 10, 1)), tuple(sentences))
    return list(code_article(parsed, resources, CANDIDATES).events)


def test_of_with_no_noun_after_it_is_not_part_of_the_phrase() -> None:
    accused = accused_unions("government")[1]
    assert [t.text for t in noun_phrase(accused, 4)] == ["the", "unions"]


def test_a_government_s_charge_against_the_unions_of_the_country_in_play_is_aimed_at_them(
        resources: CoderResources) -> None:
    accusations = [e for e in events_of(resources, accused_unions("government")) if e.event_type == "ACCUSE"]
    assert len(accusations) == 1
    target = accusations[0].recipient
    assert target is not None and target.text == "unions"
    assert (target.country, target.sector, target.kind) == ("LKA", "LAB", "group")


def test_a_name_that_goes_on_with_for_and_a_name_keeps_its_words() -> None:
    # The Organisation for the Defence of Human Rights urged Russia for talks .
    words = ["The", "Organisation", "for", "the", "Defence", "of", "Human", "Rights", "urged", "Russia", "for",
             "talks", "."]
    s = build_sentence(words, [1, 8, 1, 4, 2, 4, 7, 5, 8, 8, 9, 10, 8],
                       ["det", "nsubj", "prep", "det", "pobj", "prep", "compound", "pobj", "ROOT", "dobj", "prep",
                        "pobj", "punct"],
                       pos=["DET", "PROPN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "PROPN", "ADP",
                            "NOUN", "PUNCT"])
    assert [t.text for t in noun_phrase(s, 1)] == words[:8]
    assert [t.text for t in noun_phrase(s, 9)] == ["Russia"]  # what one is urged for is no part of a name
