"""Fines, cases brought before a court, the EU's court, and protests called for a day. Hand-built parses: no model
is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.pronouns import person_antecedent, title_above
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Mention, Sentence

from .test_lexicon_rows import LEXICON, coded


def fined_poland(lemma: str) -> Sentence:
    # The Luxembourg court fined Poland a million euros .
    return build_sentence(
        ["The", "Luxembourg", "court", "fined", "Poland", "a", "million", "euros", "."],
        [2, 2, 3, 3, 3, 6, 7, 3, 3],
        ["det", "compound", "nsubj", "ROOT", "dative", "quantmod", "nummod", "dobj", "punct"],
        pos=["DET", "PROPN", "NOUN", "VERB", "PROPN", "DET", "NUM", "NOUN", "PUNCT"],
        lemmas=["the", "Luxembourg", "court", lemma, "Poland", "a", "million", "euro", "."])


def test_a_fine_is_a_sanction_whichever_lemma_the_parser_gives() -> None:
    # the small English model lemmatises "fined" as "fin"
    for lemma in ("fine", "fin"):
        match = LEXICON.match(fined_poland(lemma), fined_poland(lemma).tokens[3])
        assert match is not None and match.entry.cameo == "166"


def test_the_luxembourg_court_is_the_eus_court_not_luxembourgs(resources: CoderResources) -> None:
    events = coded(resources, fined_poland("fin")).events
    assert [(e.event_type, e.actor.country, e.actor.sector) for e in events] == [("SANCTION", None, "IGO")]
    assert events[0].actor.name == "Court of Justice of the European Union"
    assert events[0].recipient is not None and events[0].recipient.country == "POL"


def took_to_court(obj: str, obj_lemma: str) -> Sentence:
    # The European Commission took Hungary to the EU Court of Justice .
    return build_sentence(
        ["The", "European", "Commission", "took", obj, "to", "the", "EU", "Court", "of", "Justice", "."],
        [2, 2, 3, 3, 3, 3, 8, 8, 5, 8, 9, 3],
        ["det", "compound", "nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "prep", "pobj", "punct"],
        pos=["DET", "PROPN", "PROPN", "VERB", "PROPN", "ADP", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
        lemmas=["the", "European", "Commission", "take", obj_lemma, "to", "the", "EU", "Court", "of", "Justice", "."])


def test_taking_a_state_to_court_accuses_the_state_not_the_court(resources: CoderResources) -> None:
    events = coded(resources, took_to_court("Hungary", "Hungary")).events
    assert [(e.event_type, e.cameo) for e in events] == [("ACCUSE", "115")]
    assert events[0].actor.sector == "IGO"
    assert events[0].recipient is not None and events[0].recipient.country == "HUN"


def test_taking_children_to_school_is_no_case() -> None:
    # Ahmed took his children to school .
    s = build_sentence(["Ahmed", "took", "his", "children", "to", "school", "."], [1, 1, 3, 1, 1, 4, 1],
                       ["nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "PRON", "NOUN", "ADP", "NOUN", "PUNCT"],
                       lemmas=["Ahmed", "take", "his", "child", "to", "school", "."])
    assert LEXICON.match(s, s.tokens[1]) is None


def called_for_a_day(noun: str, prep: str, day: str) -> Sentence:
    # The Nigeria Labour Congress called a strike for Friday .
    return build_sentence(
        ["The", "Nigeria", "Labour", "Congress", "called", "a", noun, prep, day, "."],
        [3, 3, 3, 4, 4, 6, 4, 4, 7, 4],
        ["det", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        pos=["DET", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        lemmas=["the", "Nigeria", "Labour", "Congress", "call", "a", noun, prep, day, "."])


def test_a_day_after_the_object_is_no_call_for_or_call_on() -> None:
    for prep, day in (("for", "Friday"), ("on", "Wednesday")):
        s = called_for_a_day("bandh", prep, day)
        assert LEXICON.match(s, s.tokens[4]) is None


def test_calling_on_a_party_is_still_an_appeal() -> None:
    # The union called on the government .
    s = build_sentence(["The", "union", "called", "on", "the", "government", "."], [1, 2, 2, 2, 5, 3, 2],
                       ["det", "nsubj", "ROOT", "prep", "det", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["the", "union", "call", "on", "the", "government", "."])
    match = LEXICON.match(s, s.tokens[2])
    assert match is not None and match.entry.cameo == "020"


def test_a_called_bandh_is_the_callers_protest(resources: CoderResources) -> None:
    events = coded(resources, called_for_a_day("bandh", "on", "Wednesday")).events
    assert [(e.event_type, e.cameo, e.trigger) for e in events] == [("PROTEST", "143", "bandh")]
    assert events[0].actor.country == "NGA"


def ordered_held(subject: str) -> Sentence:
    # The judge ordered SUBJECT held in custody .
    return build_sentence(
        ["The", "judge", "ordered", subject, "held", "in", "custody", "."], [1, 2, 2, 4, 2, 4, 5, 2],
        ["det", "nsubj", "ROOT", "nsubj", "ccomp", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "PRON" if subject.islower() else "PROPN", "VERB", "ADP", "NOUN", "PUNCT"],
        lemmas=["the", "judge", "order", subject, "hold", "in", "custody", "."],
        tags=["DT", "NN", "VBD", "PRP" if subject.islower() else "NNP", "VBN", "IN", "NN", "."])


def test_ordering_a_person_held_in_custody_is_a_detention_by_whoever_orders_it() -> None:
    s = ordered_held("Vujovic")
    match = LEXICON.match(s, s.tokens[2])
    assert match is not None and (match.entry.cameo, match.object_matched) == ("173", True)
    # "ordered the ministry to reopen the schools" holds no custody: no detention
    t = build_sentence(["The", "judge", "ordered", "the", "ministry", "to", "reopen", "schools", "."],
                       [1, 2, 2, 4, 2, 6, 2, 6, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "NOUN", "PUNCT"],
                       lemmas=["the", "judge", "order", "the", "ministry", "to", "reopen", "school", "."])
    assert LEXICON.match(t, t.tokens[2]) is None


def test_him_held_on_a_judges_order_is_not_the_judge() -> None:
    judge = Actor("judge", None, "XKX", "JUD", "person")

    def resolve(sentence: Sentence, i: int) -> Actor | None:
        return judge if sentence.tokens[i].lower == "judge" else None

    assert title_above(ordered_held("him"), 3, resolve) is None
    # "The judge said he was held": the subject "he" of the judge's own saying may be the judge
    said = build_sentence(["The", "judge", "said", "he", "was", "held", "."], [1, 2, 2, 5, 5, 2, 2],
                          ["det", "nsubj", "ROOT", "nsubjpass", "auxpass", "ccomp", "punct"],
                          pos=["DET", "NOUN", "VERB", "PRON", "AUX", "VERB", "PUNCT"],
                          lemmas=["the", "judge", "say", "he", "be", "hold", "."],
                          tags=["DT", "NN", "VBD", "PRP", "VBD", "VBN", "."])
    assert title_above(said, 3, resolve) is judge


def test_him_held_on_a_named_judges_order_is_the_person_in_play() -> None:
    # Dino ordered him held in custody .   (a named judge: "him" is someone else, the person in play)
    s = build_sentence(["Dino", "ordered", "him", "held", "in", "custody", "."], [1, 1, 3, 1, 3, 4, 1],
                       ["nsubj", "ROOT", "nsubj", "ccomp", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "PRON", "VERB", "ADP", "NOUN", "PUNCT"],
                       lemmas=["Dino", "order", "he", "hold", "in", "custody", "."],
                       tags=["NNP", "VBD", "PRP", "VBN", "IN", "NN", "."])
    dino = Actor("Dino", "Flavio Dino", "BRA", "JUD", "person")
    detainee = Actor("Vujovic", None, "BRA", None, "person")
    assert person_antecedent(s, 2, [Mention(0, 0, 1, 0, dino)], detainee) is detainee
