"""Home names: a word that names a country's own body only in a story about that country."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Article, Event, ParsedArticle, Sentence

CANDIDATES = make_options().with_(screen=False)


def coded(resources: CoderResources, *sentences: Sentence) -> list[Event]:
    text = "\n".join(s.text for s in sentences)
    parsed = ParsedArticle(Article("t", text, published=date(2002, 3, 10)), tuple(sentences))
    return list(code_article(parsed, resources, CANDIDATES).events)


def opening(country: str, party: str, index: int = 0) -> Sentence:
    # India criticised the VHP .  (two mentions of one country make it the story's)
    return build_sentence([country, "criticised", "the", party, "."], [1, 1, 3, 1, 1],
                          ["nsubj", "ROOT", "det", "dobj", "punct"],
                          pos=["PROPN", "VERB", "DET", "PROPN", "PUNCT"],
                          lemmas=[country, "criticise", "the", party, "."], index=index)


def urged(head_words: list[str], index: int = 1) -> Sentence:
    # The VHP asked the centre to act .  /  ... the city centre ...
    n = len(head_words)
    words = ["The", "VHP", "asked", "the", *head_words, "to", "act", "."]
    head = 3 + n  # the last word of the phrase
    heads = [1, 2, 2, head, *([head] * (n - 1)), 2, 5 + n, 2, 2]
    deps = ["det", "nsubj", "ROOT", "det", *(["compound"] * (n - 1)), "dobj", "aux", "xcomp", "punct"]
    pos = ["DET", "PROPN", "VERB", "DET", *(["NOUN"] * n), "PART", "VERB", "PUNCT"]
    lemmas = ["the", "VHP", "ask", "the", *[w.lower() for w in head_words], "to", "act", "."]
    return build_sentence(words, heads, deps, pos=pos, lemmas=lemmas, index=index, offset=100)


def requests(events: list[Event]) -> list[Event]:
    return [e for e in events if e.event_type == "REQUEST"]


def test_the_centre_is_indias_government_in_an_indian_story(resources: CoderResources) -> None:
    events = requests(coded(resources, opening("India", "VHP"), urged(["centre"])))
    assert events and events[0].recipient is not None
    target = events[0].recipient
    assert (target.country, target.sector, target.name) == ("IND", "GOV", "Government of India")
    assert target.text == "centre"


def test_the_centre_names_no_one_elsewhere_or_with_words_of_its_own(resources: CoderResources) -> None:
    british = requests(coded(resources, opening("Britain", "BBC"), urged(["centre"])))
    assert not any(e.recipient is not None and e.recipient.country == "IND" for e in british)
    city = requests(coded(resources, opening("India", "VHP"), urged(["city", "centre"])))
    assert not any(e.recipient is not None and e.recipient.sector == "GOV" for e in city)


def rejected(owner: str, thing: str, index: int = 1) -> Sentence:
    # The VHP rejected the SC order .  (a policy named by the party that owns it)
    return build_sentence(["The", "VHP", "rejected", "the", owner, thing, "."], [1, 2, 2, 5, 5, 2, 2],
                          ["det", "nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                          pos=["DET", "PROPN", "VERB", "DET", "PROPN", "NOUN", "PUNCT"],
                          lemmas=["the", "VHP", "reject", "the", owner, thing, "."], index=index, offset=100)


def test_a_policy_is_aimed_at_the_body_that_names_it(resources: CoderResources) -> None:
    court = [e for e in coded(resources, opening("India", "BJP"), rejected("SC", "order")) if e.trigger == "rejected"]
    assert court and court[0].recipient is not None
    assert (court[0].recipient.country, court[0].recipient.sector) == ("IND", "JUD")
    assert court[0].recipient.name == "Supreme Court of India"
    party = [e for e in coded(resources, opening("India", "BJP"), rejected("BJP", "proposal"))
             if e.trigger == "rejected"]
    assert party and party[0].recipient is not None and party[0].recipient.kind == "organisation"
    assert party[0].recipient.sector == "PTY"
