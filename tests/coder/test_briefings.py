"""A briefing's items each open with their own dateline ("NAIROBI (HW) -", then "KAMPALA (HW) -"): each item is a
story of its own, whose domestic parties take its dateline's country (hand-built parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.coder.stories import briefing_sections
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Article, ParsedArticle, Sentence


def dateline(city: str, index: int, offset: int) -> Sentence:
    # CITY ( HW ) -
    return build_sentence([city, "(", "HW", ")", "-"], [0, 0, 0, 0, 0], ["ROOT", "punct", "appos", "punct", "punct"],
                          pos=["PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT"], ents=[(0, 1, "GPE")], index=index,
                          offset=offset)


def accused(index: int, offset: int) -> Sentence:
    # The opposition accused the government .
    return build_sentence(["The", "opposition", "accused", "the", "government", "."], [1, 2, 2, 4, 2, 2],
                          ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                          pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                          lemmas=["the", "opposition", "accuse", "the", "government", "."], index=index, offset=offset)


def test_each_item_of_a_briefing_is_its_dateline_s_story(resources: CoderResources) -> None:
    sentences = (dateline("NAIROBI", 0, 0), accused(1, 20), dateline("KAMPALA", 2, 60), accused(3, 80))
    parsed = ParsedArticle(Article("t", " ".join(s.text for s in sentences)), sentences)
    assert {i: place.country for i, place in briefing_sections(parsed, resources.gazetteer).items()} == {
        0: "KEN", 1: "KEN", 2: "UGA", 3: "UGA"}
    events = code_article(parsed, resources, make_options().with_(screen=False)).events
    assert {(e.sentence_index, e.actor.country, e.recipient.country if e.recipient else None)
            for e in events if e.trigger == "accused"} == {(1, "KEN", "KEN"), (3, "UGA", "UGA")}
    # the screen keeps each item's parties in its own story
    kept = code_article(parsed, resources, make_options().with_(min_confidence=0.0)).events
    assert {(e.sentence_index, e.actor.country) for e in kept} == {(1, "KEN"), (3, "UGA")}


def test_one_dateline_or_datelines_of_one_country_make_no_briefing(resources: CoderResources) -> None:
    one = (dateline("NAIROBI", 0, 0), accused(1, 20), accused(2, 60))
    assert briefing_sections(ParsedArticle(Article("t", " ".join(s.text for s in one)), one),
                             resources.gazetteer) == {}
    same = (dateline("NAIROBI", 0, 0), accused(1, 20), dateline("MOMBASA", 2, 60), accused(3, 80))
    assert briefing_sections(ParsedArticle(Article("t", " ".join(s.text for s in same)), same),
                             resources.gazetteer) == {}


def heading(words: list[str], index: int, offset: int) -> Sentence:
    # a line of its own: SEOUL
    n = len(words)
    return build_sentence(words, [n - 1] * n, [*(["compound"] * (n - 1)), "ROOT"], pos=["PROPN"] * n,
                          index=index, offset=offset)


def test_a_place_in_capitals_on_a_line_of_its_own_heads_a_briefing_item(resources: CoderResources) -> None:
    sentences = (heading(["NAIROBI"], 0, 0), accused(1, 10), heading(["DAR", "ES", "SALAAM"], 2, 50),
                 accused(3, 70))
    parsed = ParsedArticle(Article("t", " ".join(s.text for s in sentences)), sentences)
    assert {i: place.country for i, place in briefing_sections(parsed, resources.gazetteer).items()} == {
        0: "KEN", 1: "KEN", 2: "TZA", 3: "TZA"}
    accented = (heading(["SÃO", "PAULO"], 0, 0), accused(1, 20), heading(["KAMPALA"], 2, 60), accused(3, 80))
    assert briefing_sections(ParsedArticle(Article("t", " ".join(s.text for s in accented)), accented),
                             resources.gazetteer)[0].country == "BRA"
    # a heading that names no town, or a country's name, heads no item
    for words in (["NATO"], ["BREAKING", "NEWS"], ["KENYA"]):
        lone = (heading(words, 0, 0), accused(1, 20), heading(["KAMPALA"], 2, 60), accused(3, 80))
        assert set(briefing_sections(ParsedArticle(Article("t", " ".join(s.text for s in lone)), lone),
                                     resources.gazetteer)) <= {2, 3}
