"""A listed name that is only part of a longer one names another body: "the Democratic Party of Socialists"
(Montenegro's), "the United Democratic Party" (the Gambia's) are no Democratic Party of the United States. Hand-built
parses: no model is loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.mentions import find_mentions
from dyadwatch.parse import build_sentence


def test_a_party_name_that_goes_on_is_not_the_listed_party(resources: CoderResources) -> None:
    # The Democratic Party of Socialists accused the government .
    s = build_sentence(["The", "Democratic", "Party", "of", "Socialists", "accused", "the", "government", "."],
                       [2, 2, 5, 2, 3, 5, 7, 5, 5],
                       ["det", "compound", "nsubj", "prep", "pobj", "ROOT", "det", "dobj", "punct"],
                       pos=["DET", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       tags=["DT", "NNP", "NNP", "IN", "NNPS", "VBD", "DT", "NN", "."],
                       lemmas=["the", "Democratic", "Party", "of", "Socialists", "accuse", "the", "government", "."],
                       ents=[(1, 5, "ORG")])
    found = find_mentions(s, resources.actors, date(2026, 5, 1))
    assert not any(m.actor.country == "USA" for m in found)


def test_the_listed_party_alone_is_still_found(resources: CoderResources) -> None:
    # The Democratic Party accused the government .
    s = build_sentence(["The", "Democratic", "Party", "accused", "the", "government", "."], [2, 2, 3, 3, 5, 3, 3],
                       ["det", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["DET", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       tags=["DT", "NNP", "NNP", "VBD", "DT", "NN", "."],
                       lemmas=["the", "Democratic", "Party", "accuse", "the", "government", "."],
                       ents=[(1, 3, "ORG")])
    found = find_mentions(s, resources.actors, date(2026, 5, 1))
    assert any(m.actor.sector == "PTY" and m.start == 1 for m in found)


def test_a_party_name_inside_an_office_or_a_law_is_not_the_party(resources: CoderResources) -> None:
    def labour_mentions(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> list[str | None]:
        s = build_sentence(words, heads, deps, pos=pos, lemmas=[w.lower() for w in words])
        return [m.actor.name for m in find_mentions(s, resources.actors, date(2026, 5, 1))]

    # The union met the Ministry of Labour .
    assert labour_mentions(["The", "union", "met", "the", "Ministry", "of", "Labour", "."],
                           [1, 2, 2, 4, 2, 4, 5, 2], ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                           ["DET", "NOUN", "VERB", "DET", "PROPN", "ADP", "PROPN", "PUNCT"]) == []
    # The strike broke the Labour Code .
    assert labour_mentions(["The", "strike", "broke", "the", "Labour", "Code", "."], [1, 2, 2, 5, 5, 2, 2],
                           ["det", "nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                           ["DET", "NOUN", "VERB", "DET", "PROPN", "PROPN", "PUNCT"]) == []
    # A Labour minister resigned .  (one of the party's ministers)
    assert labour_mentions(["A", "Labour", "minister", "resigned", "."], [2, 2, 3, 3, 3],
                           ["det", "compound", "nsubj", "ROOT", "punct"],
                           ["DET", "PROPN", "NOUN", "VERB", "PUNCT"]) == ["Labour Party"]


def test_a_body_named_as_of_many_countries_is_an_international_body_of_none(resources: CoderResources) -> None:
    # The Inter - American Commission asked Nicaragua .
    words = ["The", "Inter", "-", "American", "Commission", "asked", "Nicaragua", "."]
    s = build_sentence(words, [4, 4, 4, 4, 5, 5, 5, 5],
                       ["det", "amod", "amod", "amod", "nsubj", "ROOT", "dobj", "punct"],
                       pos=["DET", "PROPN", "PUNCT", "ADJ", "PROPN", "VERB", "PROPN", "PUNCT"],
                       lemmas=["the", "Inter", "-", "american", "Commission", "ask", "Nicaragua", "."],
                       ents=[(0, 5, "ORG"), (6, 7, "GPE")])
    # the words as written: no space around the hyphen
    s = replace(s, tokens=tuple(replace(t, start=t.start - (1 if t.i >= 2 else 0) - (1 if t.i >= 3 else 0))
                                for t in s.tokens))
    found = find_mentions(s, resources.actors, date(2026, 5, 1))
    assert [(m.actor.text, m.actor.country, m.actor.sector) for m in found] == [
        ("Inter-American Commission", None, "IGO"), ("Nicaragua", "NIC", "GOV")]


def test_a_listed_body_s_name_joined_by_and_inside_a_longer_name_is_not_that_body(resources: CoderResources) -> None:
    def bodies(words: list[str], ent: tuple[int, int]) -> list[str | None]:
        n = len(words)
        s = build_sentence([*words, "met", "."], [n - 1] * (n - 1) + [n, n, n],
                           ["compound"] * (n - 1) + ["nsubj", "ROOT", "punct"],
                           pos=["PROPN"] * n + ["VERB", "PUNCT"], ents=[(ent[0], ent[1], "ORG")])
        return [m.actor.name for m in find_mentions(s, resources.actors, date(2026, 5, 1))]

    # Peace and Security Council met .  (the African Union's organ)
    assert "UN Security Council" not in bodies(["Peace", "and", "Security", "Council"], (0, 4))
    # Security Council met .
    assert bodies(["Security", "Council"], (0, 2)) == ["UN Security Council"]


def test_a_party_named_as_of_many_countries_is_no_international_body(resources: CoderResources) -> None:
    # The opposition Pan - African Union for Social Democracy accused the government .
    words = ["The", "opposition", "Pan", "-", "African", "Union", "for", "Social", "Democracy", "accused", "the",
             "government", "."]
    s = build_sentence(words, [1, 9, 5, 5, 5, 1, 5, 8, 6, 9, 11, 9, 9],
                       ["det", "nsubj", "compound", "punct", "compound", "appos", "prep", "compound", "pobj", "ROOT",
                        "det", "dobj", "punct"],
                       pos=["DET", "NOUN", "PROPN", "PUNCT", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "DET",
                            "NOUN", "PUNCT"],
                       ents=[(2, 9, "ORG")])
    s = replace(s, tokens=tuple(replace(t, start=t.start - (1 if t.i >= 3 else 0) - (1 if t.i >= 4 else 0))
                                for t in s.tokens))
    found = find_mentions(s, resources.actors, date(2025, 8, 20))
    assert not any(m.actor.sector == "IGO" or m.actor.name == "African Union" for m in found)


def test_a_party_name_that_goes_on_with_for_and_a_name_is_not_the_listed_party(resources: CoderResources) -> None:
    # He accused the ruling Democrats for Andorra .
    s = build_sentence(["He", "accused", "the", "ruling", "Democrats", "for", "Andorra", "."], [1, 1, 4, 4, 1, 4, 5, 1],
                       ["nsubj", "ROOT", "det", "amod", "dobj", "prep", "pobj", "punct"],
                       pos=["PRON", "VERB", "DET", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
                       tags=["PRP", "VBD", "DT", "VBG", "NNPS", "IN", "NNP", "."],
                       lemmas=["he", "accuse", "the", "rule", "Democrats", "for", "Andorra", "."],
                       ents=[(4, 7, "ORG")])
    found = find_mentions(s, resources.actors, date(2026, 5, 1))
    assert not any(m.actor.country == "USA" for m in found)
    # "the Democrats" alone stay the listed party
    s = build_sentence(["He", "accused", "the", "Democrats", "."], [1, 1, 3, 1, 1],
                       ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["PRON", "VERB", "DET", "PROPN", "PUNCT"],
                       tags=["PRP", "VBD", "DT", "NNPS", "."], lemmas=["he", "accuse", "the", "Democrats", "."])
    assert [m.actor.country for m in find_mentions(s, resources.actors, date(2026, 5, 1))] == ["USA"]


def test_a_listed_name_after_a_proper_noun_of_the_same_name_is_not_the_listed_body(resources: CoderResources) -> None:
    def actors(words: list[str], heads: list[int], pos: list[str]) -> list[tuple[str | None, str | None]]:
        n = len(words)
        deps = ["det", *["compound"] * (n - 2), "nsubj", "ROOT", "punct"]
        s = build_sentence([*words, "met", "."], [*heads, n, n], deps, pos=[*pos, "VERB", "PUNCT"])
        return [(m.actor.country, m.actor.name) for m in find_mentions(s, resources.actors, date(2026, 5, 1))]

    # The United Democratic Party met .  (the Gambia's opposition)
    assert actors(["The", "United", "Democratic", "Party"], [3, 3, 3, 4], ["DET", "PROPN", "PROPN", "PROPN"]) == []
    # The West Papua National Liberation Army met .  (no Colombian ELN)
    assert actors(["The", "West", "Papua", "National", "Liberation", "Army"], [5, 2, 5, 5, 5, 6],
                  ["DET", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN"]) == []
    # The National Democratic Party met .  (Suriname's: "national" is a word for private people, no office)
    assert actors(["The", "National", "Democratic", "Party"], [3, 3, 3, 4], ["DET", "PROPN", "PROPN", "PROPN"]) == []
    # The Senate Democrats met .  (a house before the party leaves it the listed one)
    assert actors(["The", "Senate", "Democrats"], [2, 2, 3], ["DET", "PROPN", "PROPN"]) == [("USA", "Democratic Party")]
    # The Colombian National Liberation Army met .  (a people's adjective is no part of the name)
    assert ("COL", "National Liberation Army") in actors(["The", "Colombian", "National", "Liberation", "Army"],
                                                         [4, 4, 4, 4, 5], ["DET", "ADJ", "PROPN", "PROPN", "PROPN"])


def test_a_road_or_a_contest_named_as_of_many_countries_is_no_international_body(resources: CoderResources) -> None:
    def found(head: str) -> list[str | None]:
        # Drivers blocked the Pan - American HEAD .
        words = ["Drivers", "blocked", "the", "Pan", "-", "American", head, "."]
        s = build_sentence(words, [1, 1, 6, 6, 6, 6, 1, 1], ["nsubj", "ROOT", "det", "amod", "amod", "amod", "dobj",
                                                             "punct"],
                           pos=["NOUN", "VERB", "DET", "PROPN", "PUNCT", "ADJ", "PROPN", "PUNCT"], ents=[(2, 7, "ORG")])
        s = replace(s, tokens=tuple(replace(t, start=t.start - (1 if t.i >= 4 else 0) - (1 if t.i >= 5 else 0))
                                    for t in s.tokens))
        return [m.actor.sector for m in find_mentions(s, resources.actors, date(2026, 5, 1))]

    assert found("Highway") == []
    assert found("Games") == []
    assert found("Commission") == ["IGO"]  # "the Pan-American Commission": a body of many countries
