"""Names in lower-cased news (archives such as the Times of India and BBC sets): case cannot say that a lone
surname is a name, a title or initials before it can ("mr straw", "a.b. vajpayee"); a person told with a
party title ("tory leader michael howard") is that party's when the surname comes back, even where the parse
runs the name on into the verb ("mr howard accused"). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.kb import load_knowledge
from dyadwatch.coder.mentions import ActorIndex, find_mentions
from dyadwatch.parse import build_sentence


@pytest.fixture(scope="module")
def index() -> ActorIndex:
    return ActorIndex(load_knowledge())


def _people(index: ActorIndex, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> list[str]:
    sentence = build_sentence(words, heads, deps, pos=pos)
    return [m.actor.name or "" for m in find_mentions(sentence, index, date(2005, 3, 1)) if m.actor.kind == "person"]


def test_a_lone_lower_case_surname_names_a_person_after_a_title_or_initials(index: ActorIndex) -> None:
    # mr straw accused the tories .
    assert _people(index, ["mr", "straw", "accused", "the", "tories", "."], [1, 2, 2, 4, 2, 2],
                   ["compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                   ["PROPN", "PROPN", "VERB", "DET", "PROPN", "PUNCT"]) == ["Jack Straw"]
    # a.b . vajpayee spoke .
    assert _people(index, ["a.b", ".", "vajpayee", "spoke", "."], [2, 2, 3, 3, 3],
                   ["compound", "compound", "nsubj", "ROOT", "punct"],
                   ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]) == ["Atal Bihari Vajpayee"]
    # pm vajpayee spoke .   ("pm" is the prime minister's title)
    assert _people(index, ["pm", "vajpayee", "spoke", "."], [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "punct"],
                   ["PROPN", "PROPN", "VERB", "PUNCT"]) == ["Atal Bihari Vajpayee"]
    # without a title the word is a word: the straw broke .
    assert _people(index, ["the", "straw", "broke", "."], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"],
                   ["DET", "NOUN", "VERB", "PUNCT"]) == []
    # an abbreviation that does not modify it is no initial: the u.s. straw poll ended .
    assert _people(index, ["the", "u.s.", "straw", "poll", "ended", "."], [3, 3, 3, 4, 4, 4],
                   ["det", "compound", "compound", "nsubj", "ROOT", "punct"],
                   ["DET", "PROPN", "NOUN", "NOUN", "VERB", "PUNCT"]) == []


def test_lower_case_uk_eu_and_tory_are_listed_names(index: ActorIndex) -> None:
    sentence = build_sentence(["the", "uk", "and", "the", "eu", "met", "tory", "leaders", "."],
                              [1, 5, 1, 4, 1, 5, 7, 5, 5],
                              ["det", "nsubj", "cc", "det", "conj", "ROOT", "compound", "dobj", "punct"],
                              pos=["DET", "PROPN", "CCONJ", "DET", "PROPN", "VERB", "ADJ", "NOUN", "PUNCT"])
    named = {sentence.tokens[m.head].text: (m.actor.name, m.actor.sector)
             for m in find_mentions(sentence, index, None)}
    assert named == {"uk": ("United Kingdom", "GOV"), "eu": ("European Union", "IGO"),
                     "tory": ("Conservative Party", "PTY")}


def test_a_surname_that_comes_back_is_the_person_its_title_named(index: ActorIndex) -> None:
    actors = ArticleActors(index, None)
    # tory leader michael howard spoke .
    first = build_sentence(["tory", "leader", "michael", "howard", "spoke", "."], [1, 3, 3, 4, 4, 4],
                           ["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                           pos=["ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"], ents=[(2, 4, "PERSON")])
    # mr howard accused labour . (the small model's entity runs on: "howard accused")
    second = build_sentence(["mr", "howard", "accused", "labour", "."], [1, 2, 2, 2, 2],
                            ["compound", "nsubj", "ROOT", "dobj", "punct"],
                            pos=["PROPN", "PROPN", "VERB", "NOUN", "PUNCT"], ents=[(1, 3, "PERSON")], index=1,
                            offset=40)
    for sentence in (first, second):
        actors.read(sentence)
    actors.after(first)
    actor = actors.resolve_actor(second, 1)
    assert actor is not None
    assert (actor.name, actor.country, actor.sector, actor.kind) == ("michael howard", "GBR", "PTY", "person")


def test_pm_after_a_number_is_a_time_not_the_prime_minister(index: ActorIndex) -> None:
    # police imposed a curfew from 3 pm .   ("3 pm" a TIME entity)
    sentence = build_sentence(["police", "imposed", "a", "curfew", "from", "3", "pm", "."], [1, 1, 3, 1, 1, 6, 4, 1],
                              ["nsubj", "ROOT", "det", "dobj", "prep", "nummod", "pobj", "punct"],
                              pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "NUM", "NOUN", "PUNCT"],
                              ents=[(5, 7, "TIME")])
    actors = ArticleActors(index, None)
    actors.read(sentence)
    assert actors.resolve_actor(sentence, 6) is None
    police = actors.resolve_actor(sentence, 0)
    assert police is not None and police.sector == "COP"


def test_a_lone_surname_with_no_title_is_the_person_the_article_named_before(index: ActorIndex) -> None:
    actors = ArticleActors(index, date(2002, 3, 2))
    # prime minister atal bihari vajpayee spoke .
    first = build_sentence(["prime", "minister", "atal", "bihari", "vajpayee", "spoke", "."],
                           [1, 4, 4, 4, 5, 5, 5],
                           ["amod", "compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                           pos=["ADJ", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"])
    # vajpayee condemned the straw .   (no entity: the small model tags neither word in lower case)
    second = build_sentence(["vajpayee", "condemned", "the", "straw", "."], [1, 1, 3, 1, 1],
                            ["nsubj", "ROOT", "det", "dobj", "punct"],
                            pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT"], index=1, offset=40)
    for sentence in (first, second):
        actors.read(sentence)
    assert actors.resolve_actor(second, 0) is None  # not yet: no one has been named
    actors.after(first)
    actor = actors.resolve_actor(second, 0)
    assert actor is not None
    assert (actor.name, actor.country, actor.sector, actor.text) == ("Atal Bihari Vajpayee", "IND", "GOV", "vajpayee")
    # a word that is some listed person's surname names no one with a determiner, nor when no one of that
    # name has come up: "the straw"
    straw = actors.resolve_actor(second, 3)
    assert straw is None or straw.kind != "person"


def test_a_title_tagged_as_a_person_names_no_one_and_a_party_title_names_its_holder(index: ActorIndex) -> None:
    actors = ArticleActors(index, date(2002, 3, 14))
    # shiv sena leader uddhav thackeray and sena mla kirtikar came .   ("sena mla" tagged PERSON)
    words = ["shiv", "sena", "leader", "uddhav", "thackeray", "and", "sena", "mla", "kirtikar", "came", "."]
    first = build_sentence(words, [1, 2, 4, 4, 9, 4, 7, 8, 4, 9, 9],
                           ["compound", "compound", "compound", "compound", "nsubj", "cc", "compound", "compound",
                            "conj", "ROOT", "punct"],
                           pos=["PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "VERB",
                                "PUNCT"], ents=[(6, 8, "PERSON")])
    # mr uddhav thackeray spoke .
    second = build_sentence(["mr", "uddhav", "thackeray", "spoke", "."], [2, 2, 3, 3, 3],
                            ["compound", "compound", "nsubj", "ROOT", "punct"],
                            pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], index=1, offset=80)
    for sentence in (first, second):
        actors.read(sentence)
    leader = actors.resolve_actor(first, 4)
    assert leader is not None and (leader.kind, leader.name, leader.sector) == ("person", "uddhav thackeray", "PTY")
    actors.after(first)
    assert "mla" not in actors.people  # the title the model took for a name is no one
    again = actors.resolve_actor(second, 2)
    assert again is not None and (again.name, again.sector) == ("uddhav thackeray", "PTY")


def test_a_family_name_written_first_names_the_person_when_tagged_as_a_name(index: ActorIndex) -> None:
    actors = ArticleActors(index, date(2025, 2, 19))
    # Chinese Foreign Minister Wang Yi spoke .
    first = build_sentence(["Chinese", "Foreign", "Minister", "Wang", "Yi", "spoke", "."], [4, 2, 4, 4, 5, 5, 5],
                           ["amod", "compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                           pos=["ADJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"])
    # Wang urged Rubio .   /   the wang spoke .   (a common noun is no name)
    second = build_sentence(["Wang", "urged", "Rubio", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                            pos=["PROPN", "VERB", "PROPN", "PUNCT"], index=1, offset=40)
    third = build_sentence(["the", "wang", "spoke", "."], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"],
                           pos=["DET", "NOUN", "VERB", "PUNCT"], index=2, offset=60)
    for sentence in (first, second, third):
        actors.read(sentence)
    actors.after(first)
    wang = actors.resolve_actor(second, 0)
    assert wang is not None and (wang.name, wang.country, wang.sector) == ("Wang Yi", "CHN", "GOV")
    common = actors.resolve_actor(third, 1)
    assert common is None or common.kind != "person"


def _parties(index: ActorIndex, modifier: str) -> list[str]:
    # they used the MODIFIER labour .
    sentence = build_sentence(["they", "used", "the", modifier, "labour", "."], [1, 1, 4, 4, 1, 1],
                              ["nsubj", "ROOT", "det", "amod", "dobj", "punct"],
                              pos=["PRON", "VERB", "DET", "ADJ", "NOUN", "PUNCT"])
    return [m.actor.name or "" for m in find_mentions(sentence, index, date(2005, 3, 1))
            if m.actor.kind == "organisation"]


def test_a_party_name_described_by_an_adjective_is_a_common_noun_in_lower_cased_news(index: ActorIndex) -> None:
    assert _parties(index, "surplus") == []  # "the surplus labour" is work, not the Labour Party
    assert _parties(index, "cheap") == []
    assert _parties(index, "new") != []  # "new labour" is the party
    assert any(name.startswith("Labour") for name in _parties(index, "new"))


def test_a_party_name_ending_in_a_bracket_is_matched_whole(index: ActorIndex) -> None:
    # senior cpi(m) leader spoke .   (the tokenizer splits "cpi(m)" as "cpi(m" ")")
    spaced = build_sentence(["senior", "cpi(m", ")", "leader", "spoke", "."], [3, 3, 1, 4, 4, 4],
                            ["amod", "nmod", "punct", "nsubj", "ROOT", "punct"],
                            pos=["ADJ", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"])
    # as the text is written, with no space before the bracket
    tokens = tuple(replace(t, start=t.start - (1 if t.i >= 2 else 0)) for t in spaced.tokens)
    sentence = replace(spaced, text=spaced.text.replace("cpi(m )", "cpi(m)"), end=spaced.end - 1, tokens=tokens)
    parties = [m.actor.name for m in find_mentions(sentence, index, date(2002, 3, 1))]
    assert parties == ["Communist Party of India (Marxist)"]
