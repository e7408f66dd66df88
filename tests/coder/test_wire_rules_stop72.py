"""Rules from the look halves of the held-out wire corpora (stop 72): standing "by" or "behind" a party is backing it,
and lodging or delivering a démarche is a formal complaint; flying officers in and stationing boats are shows of force
aimed at no place the text places nowhere;
inmates, a detainee and a building's occupiers are private people; "he" in a clause under things is the person named
above them; the board that governs a party acts for it; closing a border is aimed at no party; a stance on a deal told
before is aimed at both its sides; backing strikers is a political act; a clause joined by "but" with its own subject
is not denied by the clause before. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.actowners import owner_of_told_act, partner_in_told_act
from dyadwatch.coder.attributes import modality_of
from dyadwatch.coder.events import CoderResources, code_article, predicates_of
from dyadwatch.coder.pronouns import named_above
from dyadwatch.coder.screen import source_problem
from dyadwatch.coder.targets import placed_nowhere
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Article, ParsedArticle, Sentence

from ..eventfactory import event


def stood(particle: str, what: str, what_pos: str) -> Sentence:
    """"The Commission stood PARTICLE WHAT ." """
    return build_sentence(["The", "Commission", "stood", particle, what, "."], [1, 2, 2, 2, 3, 2],
                          ["det", "nsubj", "ROOT", "prep", "pobj", "punct"],
                          pos=["DET", "PROPN", "VERB", "ADP", what_pos, "PUNCT"],
                          tags=["DT", "NNP", "VBD", "IN", "NNP" if what_pos == "PROPN" else "NN", "."],
                          lemmas=["the", "Commission", "stand", particle, what, "."])


def test_standing_by_or_behind_a_party_is_backing_it(resources: CoderResources) -> None:
    for particle in ("by", "behind", "with"):
        codes = [m.entry.cameo for m in predicates_of(stood(particle, "Lithuania", "PROPN"), resources.lexicon)]
        assert codes == ["051"], particle
    # standing "in" a place, or "at" a door, backs no one
    assert predicates_of(stood("in", "Vilnius", "PROPN"), resources.lexicon) == []


def test_lodging_or_delivering_a_demarche_is_a_formal_complaint(resources: CoderResources) -> None:
    for verb, lemma in (("lodged", "lodge"), ("delivered", "deliver")):
        # The ministry lodged a démarche .
        s = build_sentence(["The", "ministry", verb, "a", "démarche", "."], [1, 2, 2, 4, 2, 2],
                           ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                           pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                           lemmas=["the", "ministry", lemma, "a", "démarche", "."])
        assert [m.entry.cameo for m in predicates_of(s, resources.lexicon)] == ["114"], verb
    # aid delivered stays aid
    aid = build_sentence(["The", "ministry", "delivered", "food", "."], [1, 2, 2, 2, 2],
                         ["det", "nsubj", "ROOT", "dobj", "punct"], pos=["DET", "NOUN", "VERB", "NOUN", "PUNCT"],
                         lemmas=["the", "ministry", "deliver", "food", "."])
    assert [m.entry.cameo for m in predicates_of(aid, resources.lexicon)] == ["070"]


def test_inmates_and_a_detainee_are_private_people(resources: CoderResources) -> None:
    assert resources.actors.sector_of(["14", "inmates"]) == "CVL"
    assert resources.actors.sector_of(["an", "inmate"]) == "CVL"
    assert resources.actors.sector_of(["the", "detainee"]) == "CVL"
    assert resources.actors.sector_of(["the", "occupiers"]) == "CVL"  # of a building, in protest


def test_he_under_a_clause_of_things_is_the_person_named_above_it() -> None:
    # Carlos Diaz said the pardons came from Washington , which he accused .
    s = build_sentence(["Carlos", "Diaz", "said", "the", "pardons", "came", "from", "Washington", ",", "which", "he",
                        "accused", "."], [1, 2, 2, 4, 5, 2, 5, 6, 7, 11, 11, 7, 2],
                       ["compound", "nsubj", "ROOT", "det", "nsubj", "ccomp", "prep", "pobj", "punct", "dobj", "nsubj",
                        "relcl", "punct"],
                       pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PRON", "PRON",
                            "VERB", "PUNCT"],
                       ents=[(0, 2, "PERSON"), (7, 8, "GPE")])
    diaz = Actor("Carlos Diaz", "Carlos Diaz", "CUB", "GOV", "person")

    def resolve(sentence: Sentence, head: int) -> Actor | None:
        return diaz if head == 1 else None

    assert named_above(s, 10, resolve) == diaz
    # a nearer subject that may be the one "he" stands for ("Diaz said Lopez came from ..., which he") stops it
    s2 = build_sentence(["Carlos", "Diaz", "said", "Lopez", "came", "from", "Washington", ",", "which", "he",
                         "accused", "."], [1, 2, 2, 4, 2, 4, 5, 6, 10, 10, 6, 2],
                        ["compound", "nsubj", "ROOT", "nsubj", "ccomp", "prep", "pobj", "punct", "dobj", "nsubj",
                         "relcl", "punct"],
                        pos=["PROPN", "PROPN", "VERB", "PROPN", "VERB", "ADP", "PROPN", "PUNCT", "PRON", "PRON",
                             "VERB", "PUNCT"],
                        ents=[(0, 2, "PERSON"), (6, 7, "GPE")])
    assert named_above(s2, 9, resolve) is None


def test_the_board_that_governs_a_party_acts_for_it(resources: CoderResources) -> None:
    # The university 's executive board asked the mayor .
    s = build_sentence(["The", "university", "'s", "executive", "board", "asked", "the", "mayor", "."],
                       [1, 4, 1, 4, 5, 5, 7, 5, 5],
                       ["det", "poss", "case", "amod", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["DET", "NOUN", "PART", "ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                       tags=["DT", "NN", "POS", "JJ", "NN", "VBD", "DT", "NN", "."],
                       lemmas=["the", "university", "'s", "executive", "board", "ask", "the", "mayor", "."])
    actors = ArticleActors(resources.actors, date(2026, 3, 1))
    actors.story = "NLD"
    actors.read(s)
    board = actors.resolve_actor(s, 4)
    assert board is not None and (board.country, board.sector) == ("NLD", "EDU")


def test_closing_a_border_is_aimed_at_no_party(resources: CoderResources) -> None:
    # Turkey closed its border with Armenia .  /  Turkey restricted its imports from Armenia .
    def closed(verb: str, lemma: str, what: str, prep: str) -> list[tuple[str, str | None]]:
        s = build_sentence(["Turkey", verb, "its", what, prep, "Armenia", "."], [1, 1, 3, 1, 3, 4, 1],
                           ["nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "punct"],
                           pos=["PROPN", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PUNCT"],
                           lemmas=["Turkey", lemma, "its", what, prep, "Armenia", "."],
                           ents=[(0, 1, "GPE"), (5, 6, "GPE")])
        parsed = ParsedArticle(Article("t", s.text, published=date(2025, 10, 30)), (s,))
        events = code_article(parsed, resources, make_options().with_(screen=False)).events
        return [(e.event_type, e.recipient.country if e.recipient else None) for e in events]

    assert closed("closed", "close", "border", "with") == [("COERCE", None)]
    assert closed("shut", "shut", "crossing", "with") == [("COERCE", None)]
    # a restriction of the same code keeps whom it is aimed at
    assert closed("restricted", "restrict", "imports", "from") == [("COERCE", "ARM")]


def test_a_stance_on_a_deal_told_before_is_aimed_at_both_its_sides() -> None:
    armenia = Actor("Armenia", "Armenia", "ARM", "GOV", "country")
    turkey = Actor("Turkey", "Turkey", "TUR", "GOV", "country")
    words = frozenset({"armenia", "turkey", "agree"})
    acts = [(0, "AGREE", armenia, words), (0, "AGREE", turkey, words)]
    # Armenia and Turkey agreed to open their border .  Azerbaijan welcomed the agreement .
    s = build_sentence(["Azerbaijan", "welcomed", "the", "agreement", "."], [1, 1, 3, 1, 1],
                       ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["Azerbaijan", "welcome", "the", "agreement", "."], index=1)
    owner = owner_of_told_act(s, 1, "SUPPORT", [Actor("Azerbaijan", "Azerbaijan", "AZE", "GOV", "country")], acts)
    assert owner is not None and owner.country == "TUR"  # the latest side told
    partner = partner_in_told_act(owner, acts)
    assert partner is not None and (partner.country, partner.text) == ("ARM", "agreement")
    # a demand is one party's: "rejected the demand" finds no partner, even of a doer who agreed something before
    demand = Actor("demand", "Turkey", "TUR", "GOV", "country", country_source="act")
    assert partner_in_told_act(demand, acts) is None


def test_backing_striking_workers_is_a_political_act() -> None:
    association = Actor("the Public Service Association", None, "ATG", "CVL", "group")
    teachers = Actor("the teachers", None, "ATG", "EDU", "group")
    backing = replace(event(cameo="051"), actor=association, recipient=teachers)
    assert source_problem(backing) is None  # "the association said it stood behind the teachers"
    fans = Actor("the fans", None, "ATG", "CVL", "group")
    assert source_problem(replace(backing, recipient=fans)) is not None  # backing one's own kind is no dispute
    assert source_problem(replace(event(cameo="036"), actor=association, recipient=teachers)) is not None


def test_a_clause_joined_by_but_with_its_own_subject_is_not_denied_by_the_one_before() -> None:
    # Uzbekistan was not a party , but Saidov hosted the delegations .
    s = build_sentence(["Uzbekistan", "was", "not", "a", "party", ",", "but", "Saidov", "hosted", "the", "delegations",
                        "."], [1, 1, 1, 4, 1, 1, 1, 8, 1, 10, 8, 1],
                       ["nsubj", "ROOT", "neg", "det", "attr", "punct", "cc", "nsubj", "conj", "det", "dobj", "punct"],
                       pos=["PROPN", "AUX", "PART", "DET", "NOUN", "PUNCT", "CCONJ", "PROPN", "VERB", "DET", "NOUN",
                            "PUNCT"],
                       lemmas=["Uzbekistan", "be", "not", "a", "party", ",", "but", "Saidov", "host", "the",
                               "delegation", "."])
    assert modality_of(s, 8, None, False).modality == "asserted"
    # Saidov did not host the delegations .
    denied = build_sentence(["Saidov", "did", "not", "host", "the", "delegations", "."], [3, 3, 3, 3, 5, 3, 3],
                            ["nsubj", "aux", "neg", "ROOT", "det", "dobj", "punct"],
                            pos=["PROPN", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                            lemmas=["Saidov", "do", "not", "host", "the", "delegation", "."])
    assert modality_of(denied, 3, None, False).modality == "denied"


def test_forces_flown_or_sent_to_a_place_placed_nowhere_are_aimed_at_no_one(resources: CoderResources) -> None:
    def moved(verb: str, lemma: str, forces: str, force: str) -> list[tuple[str, str, str | None]]:
        # The army VERB FORCES to Tari .
        s = build_sentence(["The", "army", verb, forces, "to", "Tari", "."], [1, 2, 2, 2, 2, 4, 2],
                           ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                           pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                           lemmas=["the", "army", lemma, force, "to", "Tari", "."], ents=[(5, 6, "GPE")])
        parsed = ParsedArticle(Article("t", s.text, published=date(2025, 10, 30)), (s,))
        events = code_article(parsed, resources, make_options().with_(screen=False)).events
        return [(e.event_type, e.cameo, e.recipient.text if e.recipient else None) for e in events]

    assert moved("flew", "fly", "officers", "officer") == [("MOBILIZE", "153", None)]
    assert moved("stationed", "station", "boats", "boat") == [("MOBILIZE", "154", None)]
    # a name taken for a party of no country and no kind is a place placed nowhere; a state, or people, are not
    assert placed_nowhere(Actor("Tari", None, None, None, "group"))
    assert not placed_nowhere(Actor("Haiti", "Haiti", "HTI", "GOV", "country"))
    assert not placed_nowhere(Actor("the area", None, None, None, "other"))
