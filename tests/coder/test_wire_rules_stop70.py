"""Rules of stop 70, read from the look halves of the held-out batches (from wire2026aa: an offer to host talks,
tear gas at a junction, a march in support of a cause). Hand-built parses: no model is loaded; the typer's reading,
where one matters, is built by hand."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.arguments import cause_words
from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.coder.eventtyper import LABELS, Typing
from dyadwatch.coder.longer_names import start_of_longer_place
from dyadwatch.coder.mentions import find_mentions
from dyadwatch.coder.standing_acts import habitual, state_told_with
from dyadwatch.coder.subjects import relative_antecedents
from dyadwatch.coder.targets import names_a_street
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Article, ParsedArticle, Sentence

from .test_events_handbuilt import coded


def reading(label: str) -> Typing:
    """The typer's reading of a sentence as ``label``, at 0.9."""
    return Typing(tuple(0.9 if name == label else 0.1 / (len(LABELS) - 1) for name in LABELS), "t")


def test_an_offer_to_host_talks_holds_no_talks(resources: CoderResources) -> None:
    # Fiji offered to host talks with Indonesia .
    s = build_sentence(["Fiji", "offered", "to", "host", "talks", "with", "Indonesia", "."],
                       [1, 1, 3, 1, 3, 4, 5, 1], ["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Fiji", "offer", "to", "host", "talk", "with", "Indonesia", "."],
                       tags=["NNP", "VBD", "TO", "VB", "NNS", "IN", "NNP", "."])
    parsed = ParsedArticle(Article("t", s.text, published=date(2025, 10, 30)), (s,))
    options = make_options().with_(calibrate=False)
    # the typer reads a meeting; the offer is the act (AGREE), and the talks it offers are not told as held
    events = code_article(parsed, resources, options, [reading("CONSULT")]).events
    assert [(e.event_type, e.actor.country, e.recipient.country if e.recipient else None) for e in events] == [
        ("AGREE", "FJI", "IDN")]


def test_a_junction_is_a_place_not_a_target(resources: CoderResources) -> None:
    # Officers used tear gas at the Senkata junction .
    s = build_sentence(["Officers", "used", "tear", "gas", "at", "the", "Senkata", "junction", "."],
                       [1, 1, 3, 1, 1, 7, 7, 4, 1],
                       ["nsubj", "ROOT", "amod", "dobj", "prep", "det", "compound", "pobj", "punct"],
                       pos=["NOUN", "VERB", "ADJ", "NOUN", "ADP", "DET", "PROPN", "NOUN", "PUNCT"],
                       lemmas=["officer", "use", "tear", "gas", "at", "the", "Senkata", "junction", "."],
                       tags=["NNS", "VBD", "JJ", "NN", "IN", "DT", "NNP", "NN", "."])
    # the name before the junction names the place, no party the tear gas is aimed at
    assert names_a_street(s, s.tokens[6])
    events = coded(resources, s).events
    assert [e.cameo for e in events] == ["170"]


def test_a_cause_marched_for_is_not_the_target(resources: CoderResources) -> None:
    # Students marched in support of Papuan independence .
    s = build_sentence(["Students", "marched", "in", "support", "of", "Papuan", "independence", "."],
                       [1, 1, 1, 2, 3, 6, 4, 1], ["nsubj", "ROOT", "prep", "pobj", "prep", "amod", "pobj", "punct"],
                       pos=["NOUN", "VERB", "ADP", "NOUN", "ADP", "ADJ", "NOUN", "PUNCT"],
                       lemmas=["student", "march", "in", "support", "of", "papuan", "independence", "."],
                       tags=["NNS", "VBD", "IN", "NN", "IN", "JJ", "NN", "."])
    assert cause_words(s) == {3, 4, 5, 6}
    events = coded(resources, s).events
    assert [(e.event_type, e.recipient) for e in events] == [("PROTEST", None)]


def test_an_accusation_told_with_a_standing_state_is_no_act(resources: CoderResources) -> None:
    # Relations have been strained for years , with Azerbaijan accusing France .
    standing = build_sentence(
        ["Relations", "have", "been", "strained", "for", "years", ",", "with", "Azerbaijan", "accusing", "France", "."],
        [3, 3, 3, 3, 3, 4, 3, 3, 9, 7, 9, 3],
        ["nsubjpass", "aux", "auxpass", "ROOT", "prep", "pobj", "punct", "prep", "nsubj", "pcomp", "dobj", "punct"],
        pos=["NOUN", "AUX", "AUX", "VERB", "ADP", "NOUN", "PUNCT", "ADP", "PROPN", "VERB", "PROPN", "PUNCT"],
        lemmas=["relation", "have", "be", "strain", "for", "year", ",", "with", "Azerbaijan", "accuse", "France", "."],
        tags=["NNS", "VBP", "VBN", "VBN", "IN", "NNS", ",", "IN", "NNP", "VBG", "NNP", "."])
    assert state_told_with(standing, standing.tokens[9]) == 3
    assert habitual(standing, 9)
    assert coded(resources, standing).events == ()
    # told with an act on an occasion, the accusation is an act
    occasion = build_sentence(
        ["Talks", "collapsed", "on", "Monday", ",", "with", "Azerbaijan", "accusing", "France", "."],
        [1, 1, 1, 2, 1, 1, 7, 5, 7, 1],
        ["nsubj", "ROOT", "prep", "pobj", "punct", "prep", "nsubj", "pcomp", "dobj", "punct"],
        pos=["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "ADP", "PROPN", "VERB", "PROPN", "PUNCT"],
        lemmas=["talk", "collapse", "on", "Monday", ",", "with", "Azerbaijan", "accuse", "France", "."],
        tags=["NNS", "VBD", "IN", "NNP", ",", "IN", "NNP", "VBG", "NNP", "."])
    assert not habitual(occasion, 7)
    assert [(e.event_type, e.actor.country, e.recipient.country if e.recipient else None)
            for e in coded(resources, occasion).events] == [("ACCUSE", "AZE", "FRA")]


def test_a_capital_that_begins_a_longer_place_of_another_country_is_not_named(resources: CoderResources) -> None:
    # Police arrested the mayor of San Juan Nepomuceno .   ("San Juan" is Puerto Rico's capital)
    words = ["Police", "arrested", "the", "mayor", "of", "San", "Juan", "Nepomuceno", "."]
    s = build_sentence(words, [1, 1, 3, 1, 3, 7, 7, 4, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "compound", "compound", "pobj", "punct"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"])
    assert start_of_longer_place(s, 5, 7, "PRI", resources.actors.places)
    assert not any(m.actor.country == "PRI" for m in find_mentions(s, resources.actors, None))
    # a capital's own city name stays its country's
    kuwait = build_sentence(["Protesters", "gathered", "in", "Kuwait", "City", "."], [1, 1, 1, 4, 2, 1],
                            ["nsubj", "ROOT", "prep", "compound", "pobj", "punct"],
                            pos=["NOUN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"])
    assert not start_of_longer_place(kuwait, 3, 4, "KWT", resources.actors.places)


def test_a_surname_of_someone_named_in_full_is_not_a_listed_namesake(resources: CoderResources) -> None:
    # Police arrested the mayor , Rubén Darío Aquino .  /  Aquino denied the charges .
    first = build_sentence(["Police", "arrested", "the", "mayor", ",", "Rubén", "Darío", "Aquino", "."],
                           [1, 1, 3, 1, 3, 7, 7, 3, 1],
                           ["nsubj", "ROOT", "det", "dobj", "punct", "compound", "compound", "appos", "punct"],
                           pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT"])
    second = build_sentence(["Aquino", "denied", "the", "charges", "."], [1, 1, 3, 1, 1],
                            ["nsubj", "ROOT", "det", "dobj", "punct"],
                            pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"], index=1, offset=len(first.text) + 1)
    listed = ArticleActors(resources.actors, date(2025, 10, 30))
    assert [m.actor.name for m in listed.read(second)] == ["Benigno Aquino III"]  # told alone: the listed one
    actors = ArticleActors(resources.actors, date(2025, 10, 30))
    actors.read(first)
    assert not any(m.actor.kind == "person" for m in actors.read(second))


def test_who_after_a_place_stands_for_the_people_placed_there() -> None:
    # Police acted at the request of prosecutors in Istanbul , who charged him .
    words = ["Police", "acted", "at", "the", "request", "of", "prosecutors", "in", "Istanbul", ",", "who", "charged",
             "him", "."]
    s = build_sentence(words, [1, 1, 1, 4, 2, 4, 5, 6, 7, 8, 11, 8, 11, 1],
                       ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "prep", "pobj", "punct", "nsubj",
                        "relcl", "dobj", "punct"],
                       pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PRON",
                            "VERB", "PRON", "PUNCT"],
                       lemmas=["police", "act", "at", "the", "request", "of", "prosecutor", "in", "Istanbul", ",",
                               "who", "charge", "he", "."],
                       ents=[(8, 9, "GPE")],
                       tags=["NNS", "VBD", "IN", "DT", "NN", "IN", "NNS", "IN", "NNP", ",", "WP", "VBD", "PRP", "."])
    assert relative_antecedents(s, 11, [10]) == [6]


def test_occupying_a_building_is_a_protest_and_a_town_is_still_seized(resources: CoderResources) -> None:
    # Students occupied the ministry .  /  Rebels occupied the town .
    def occupied(doer: str, place: str) -> Sentence:
        return build_sentence([doer, "occupied", "the", place, "."], [1, 1, 3, 1, 1],
                              ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                              lemmas=[doer.lower().rstrip("s"), "occupy", "the", place, "."],
                              tags=["NNS", "VBD", "DT", "NN", "."])
    assert [(e.event_type, e.cameo) for e in coded(resources, occupied("Students", "ministry")).events] == [
        ("PROTEST", "144")]
    assert [e.cameo for e in coded(resources, occupied("Rebels", "town")).events] == ["192"]
