"""What a thing is likened to names no party to the act (hand-built parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.asides import aside_words, charge_on_object, likenings
from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .candidates import candidate_events


def test_a_thing_likened_to_a_country_s_is_no_target(resources: CoderResources) -> None:
    # Britain is proposing a points system similar to Australia 's .
    s = build_sentence(["Britain", "is", "proposing", "a", "points", "system", "similar", "to", "Australia", "'s", "."],
                       [2, 2, 2, 5, 5, 2, 5, 6, 7, 8, 2],
                       ["nsubj", "aux", "ROOT", "det", "compound", "dobj", "amod", "prep", "pobj", "case", "punct"],
                       pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "NOUN", "ADJ", "ADP", "PROPN", "PART", "PUNCT"],
                       lemmas=["Britain", "be", "propose", "a", "point", "system", "similar", "to", "Australia", "'s",
                               "."],
                       tags=["NNP", "VBZ", "VBG", "DT", "NNS", "NN", "JJ", "IN", "NNP", "POS", "."],
                       ents=[(0, 1, "GPE"), (8, 9, "GPE")])
    assert {7, 8, 9} <= likenings(s, 2) and likenings(s, 2) <= aside_words(s, 2)
    assert 5 not in likenings(s, 2)
    events = candidate_events(resources, s, "proposing")
    # not the words that name Australia (a one-sentence story's other country may still be implied)
    assert events and all(e.recipient is None or e.recipient.span is None for e in events)


def accused_the_company() -> Sentence:
    # Indonesia 's transport minister accused the company of negligence .  ("of" hung on the object)
    return build_sentence(
        ["Indonesia", "'s", "transport", "minister", "accused", "the", "company", "of", "negligence", "."],
        [3, 0, 3, 4, 4, 6, 4, 6, 7, 4],
        ["poss", "case", "compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        pos=["PROPN", "PART", "NOUN", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
        lemmas=["Indonesia", "'s", "transport", "minister", "accuse", "the", "company", "of", "negligence", "."],
        tags=["NNP", "POS", "NN", "NN", "VBD", "DT", "NN", "IN", "NN", "."],
        ents=[(0, 1, "GPE")])


def test_a_charge_hung_on_the_accused_names_no_party(resources: CoderResources) -> None:
    s = accused_the_company()
    assert charge_on_object(s, 6) == {7, 8} and {7, 8} <= aside_words(s, 4)
    [event] = candidate_events(resources, s, "accused")
    assert event.event_type == "ACCUSE" and event.recipient is not None
    # the company, a firm of the story's country; not "negligence", which "company" (also a unit of troops)
    # had handed its place to
    assert (event.recipient.text, event.recipient.sector, event.recipient.country) == ("company", "BUS", "IDN")


def test_an_of_phrase_that_says_who_is_no_charge() -> None:
    # The minister accused some of the organisers of fraud .
    s = build_sentence(["The", "minister", "accused", "some", "of", "the", "organisers", "of", "fraud", "."],
                       [1, 2, 2, 2, 3, 6, 4, 6, 7, 2],
                       ["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "PRON", "ADP", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
                       lemmas=["the", "minister", "accuse", "some", "of", "the", "organiser", "of", "fraud", "."],
                       tags=["DT", "NN", "VBD", "DT", "IN", "DT", "NNS", "IN", "NN", "."])
    assert charge_on_object(s, 3) == set()
    # the head of a body: its "of" says whose head, whatever follows
    t = accused_the_company()
    headed = build_sentence([w.replace("company", "head") for w in (x.text for x in t.tokens)],
                            [x.head for x in t.tokens], [x.dep for x in t.tokens], pos=[x.pos for x in t.tokens],
                            lemmas=[x.lemma.replace("company", "head") for x in t.tokens],
                            tags=[x.tag for x in t.tokens], ents=[(0, 1, "GPE")])
    assert charge_on_object(headed, 6) == set()


def test_a_ferry_operator_is_a_firm(resources: CoderResources) -> None:
    assert resources.actors.sector_of(["operator"]) == "BUS"


def test_what_one_is_charged_with_is_the_charge() -> None:
    # The office will charge the captain with illegal fishing .
    s = build_sentence(["The", "office", "will", "charge", "the", "captain", "with", "illegal", "fishing", "."],
                       [1, 3, 3, 3, 5, 3, 3, 8, 6, 3],
                       ["det", "nsubj", "aux", "ROOT", "det", "dobj", "prep", "amod", "pobj", "punct"],
                       pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "ADJ", "NOUN", "PUNCT"],
                       tags=["DT", "NN", "MD", "VB", "DT", "NN", "IN", "JJ", "NN", "."],
                       lemmas=["the", "office", "will", "charge", "the", "captain", "with", "illegal", "fishing", "."])
    aside = aside_words(s, 3)
    assert {6, 7, 8} <= aside and 5 not in aside
