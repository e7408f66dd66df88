"""Who holds an office, and who heads a body: "he also urged the PM", with "he" read as the prime minister, names no
doer (no one urges himself); "ram janambhoomi trust president ramchandra paramhans" heads a trust, not a government.
Hand-built parses and actors: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.kb import load_knowledge
from dyadwatch.coder.mentions import ActorIndex
from dyadwatch.coder.titles import holds_the_office_aimed_at
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor

INDEX = ActorIndex(load_knowledge())
DAY = date(2002, 3, 1)


def test_the_holder_of_the_office_a_title_names_is_not_its_own_doer() -> None:
    vajpayee = Actor("he", "Atal Bihari Vajpayee", "IND", "GOV", "person")
    pm = Actor("the pm", None, "IND", "GOV", "group")
    assert holds_the_office_aimed_at(INDEX, vajpayee, pm, DAY)
    assert not holds_the_office_aimed_at(INDEX, vajpayee, pm, date(2010, 3, 1))  # no longer in office
    assert not holds_the_office_aimed_at(INDEX, vajpayee, Actor("the governor", None, "IND", "GOV", "group"), DAY)
    other = Actor("he", "Sonia Gandhi", "IND", "PTY", "person")
    assert not holds_the_office_aimed_at(INDEX, other, pm, DAY)
    # "urged the PM's supporters": people of the holder's, not the office
    supporters = Actor("the pm's supporters", None, "IND", "CVL", "group")
    assert not holds_the_office_aimed_at(INDEX, vajpayee, supporters, DAY)


def test_a_title_before_a_name_that_heads_a_trust_is_no_government_title() -> None:
    # ram janambhoomi trust president ramchandra paramhans said so .   (the small model reads "ram" as a verb)
    def sector(body: str) -> str | None:
        words = ["ram", "janambhoomi", body, "president", "ramchandra", "paramhans", "said", "so", "."]
        s = build_sentence(words, [5, 3, 3, 0, 5, 6, 6, 6, 6],
                           ["nmod", "compound", "compound", "dobj", "compound", "nsubj", "ROOT", "advmod", "punct"],
                           pos=["VERB", "ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"],
                           lemmas=[w.lower() for w in words], ents=[(4, 6, "PERSON")])
        actors = ArticleActors(INDEX, DAY)
        actors.read(s)
        return actors.title_before_name(s, 5)

    assert sector("trust") is None
    assert sector("party") == "PTY"
    assert sector("state") == "GOV"


def test_a_person_told_as_a_bodys_head_is_no_government_person() -> None:
    # BODY leader NAME SURNAME spoke .
    def sector(body: list[str]) -> str | None:
        n = len(body)
        words = [*body, "leader", "Nikos", "Androulakis", "spoke", "."]
        s = build_sentence(words, [n] * n + [n + 2, n + 2, n + 3, n + 3, n + 3],
                           ["compound"] * n + ["compound", "compound", "nsubj", "ROOT", "punct"],
                           pos=["PROPN"] * n + ["NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                           ents=[(0, n, "ORG"), (n + 1, n + 3, "PERSON")])
        actors = ArticleActors(INDEX, DAY)
        actors.read(s)
        actor = actors.resolve_actor(s, n + 2)
        return actor.sector if actor is not None else "unresolved"

    assert sector(["PASOK"]) is None  # a body of no known kind: no sector, not the government's
    assert sector(["Interior", "Cabinet"]) == "GOV"  # a body of the state: its head is the government's


def test_people_or_forces_from_outside_are_not_the_storys_own() -> None:
    from dyadwatch.coder.actorwords import from_outside
    from dyadwatch.coder.screen import with_story_country

    assert from_outside('"outside forces, including the isi"') and from_outside("foreign nationals")
    assert not from_outside("foreign ministry") and not from_outside("the foreign minister")
    forces = Actor("outside forces", None, None, "MIL", "group")
    assert with_story_country(forces, "IND") == forces  # left unplaced
    police = Actor("the police", None, None, "COP", "group")
    placed = with_story_country(police, "IND")
    assert placed is not None and placed.country == "IND"



def test_a_prime_suspect_holds_no_title() -> None:
    # Aftab Ansari , prime suspect in the attack , fled .
    s = build_sentence(["Aftab", "Ansari", ",", "prime", "suspect", "in", "the", "attack", ",", "fled", "."],
                       [1, 9, 1, 4, 1, 4, 7, 5, 1, 9, 9],
                       ["compound", "nsubj", "punct", "amod", "appos", "prep", "det", "pobj", "punct", "ROOT",
                        "punct"],
                       pos=["PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"],
                       ents=[(0, 2, "PERSON")])
    actors = ArticleActors(INDEX, DAY)
    actors.read(s)
    actor = actors.resolve_actor(s, 1)
    assert actor is not None and actor.sector != "GOV"  # "prime" is a title only in "prime minister"
