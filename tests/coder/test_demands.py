"""Demands told as speech ("X said Y should ...") are a REQUEST by X of Y, as done as the saying; a reproach ("Y
should have ...") is an ACCUSE; the speaker's own side ("we must") and questions ("whether Y should") are neither
(hand-built parses, no model)."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.demand_targets import meeting_asked_with
from dyadwatch.coder.demands import asked_for_to_act, is_reproach, speech_of_demand, spoken_demands
from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .candidates import candidate_events
from .test_lexicon_rows import coded


def should_lift() -> Sentence:
    # Iran 's foreign minister said the United States should lift its sanctions .
    return build_sentence(
        ["Iran", "'s", "foreign", "minister", "said", "the", "United", "States", "should", "lift", "its", "sanctions",
         "."],
        [3, 0, 3, 4, 4, 7, 7, 9, 9, 4, 11, 9, 4],
        ["poss", "case", "amod", "nsubj", "ROOT", "det", "compound", "nsubj", "aux", "ccomp", "poss", "dobj",
         "punct"],
        pos=["PROPN", "PART", "ADJ", "NOUN", "VERB", "DET", "PROPN", "PROPN", "AUX", "VERB", "PRON", "NOUN",
             "PUNCT"],
        lemmas=["Iran", "'s", "foreign", "minister", "say", "the", "United", "States", "should", "lift", "its",
                "sanction", "."],
        tags=["NNP", "POS", "JJ", "NN", "VBD", "DT", "NNP", "NNP", "MD", "VB", "PRP$", "NNS", "."],
        ents=[(0, 1, "GPE"), (5, 8, "GPE")])


def ruto_said(subject: str, modal: str, verb: str, lemma: str, tag: str, have: bool = False) -> Sentence:
    # Kenya 's President William Ruto said SUBJECT MODAL [have] VERB Nairobi .
    words = ["Kenya", "'s", "President", "William", "Ruto", "said", subject, modal, *(["have"] if have else []),
             verb, "Nairobi", "."]
    v = 9 if have else 8
    heads = [2, 0, 5, 4, 2, 5, v, v, *([v] if have else []), 5, v, 5]
    deps = ["poss", "case", "nsubj", "compound", "appos", "ROOT", "nsubj", "aux", *(["aux"] if have else []),
            "ccomp", "dobj", "punct"]
    pos = ["PROPN", "PART", "PROPN", "PROPN", "PROPN", "VERB", "PRON" if subject == "we" else "PROPN", "AUX",
           *(["AUX"] if have else []), "VERB", "PROPN", "PUNCT"]
    lemmas = ["Kenya", "'s", "President", "William", "Ruto", "say", subject, modal, *(["have"] if have else []),
              lemma, "Nairobi", "."]
    tags = ["NNP", "POS", "NNP", "NNP", "NNP", "VBD", "PRP" if subject == "we" else "NNP", "MD",
            *(["VB"] if have else []), tag, "NNP", "."]
    ents = [(0, 1, "GPE"), (3, 5, "PERSON"), *([] if subject == "we" else [(6, 7, "GPE")]), (v + 1, v + 2, "GPE")]
    return build_sentence(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags, ents=ents)


def test_a_demand_in_speech_is_a_request_of_the_subject_as_done_as_the_saying(resources: CoderResources) -> None:
    events = candidate_events(resources, should_lift(), "lift")
    # the lexicon reads "lift its sanctions" as an act of the United States (hypothetical): it is Iran's demand
    assert [(e.event_type, e.cameo, e.actor.country, e.recipient.country if e.recipient else None, e.modality)
            for e in events] == [("REQUEST", "100", "IRN", "USA", "asserted")]


def test_a_demand_on_a_word_that_is_no_act_is_a_request(resources: CoderResources) -> None:
    events = candidate_events(resources, ruto_said("Uganda", "must", "reassure", "reassure", "VB"), "reassure")
    assert [(e.event_type, e.actor.country, e.recipient.country if e.recipient else None, e.modality)
            for e in events] == [("REQUEST", "KEN", "UGA", "asserted")]


def test_what_a_party_should_have_done_is_a_reproach(resources: CoderResources) -> None:
    s = ruto_said("Uganda", "should", "consulted", "consult", "VBN", have=True)
    assert is_reproach(s, s.tokens[9])
    events = candidate_events(resources, s, "consulted")
    assert [(e.event_type, e.cameo, e.actor.country, e.recipient.country if e.recipient else None, e.modality)
            for e in events] == [("ACCUSE", "111", "KEN", "UGA", "asserted")]


def test_the_speakers_own_side_and_a_question_are_no_demand() -> None:
    we = ruto_said("we", "must", "reassure", "reassure", "VB")
    assert speech_of_demand(we, we.tokens[8]) is None and spoken_demands(we, {}) == {}
    # The minister did not say whether Uganda should lift the ban .
    whether = build_sentence(
        ["The", "minister", "did", "not", "say", "whether", "Uganda", "should", "lift", "the", "ban", "."],
        [1, 4, 4, 4, 4, 8, 8, 8, 4, 10, 8, 4],
        ["det", "nsubj", "aux", "neg", "ROOT", "mark", "nsubj", "aux", "ccomp", "det", "dobj", "punct"],
        pos=["DET", "NOUN", "AUX", "PART", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["the", "minister", "do", "not", "say", "whether", "Uganda", "should", "lift", "the", "ban", "."],
        tags=["DT", "NN", "VBD", "RB", "VB", "IN", "NNP", "MD", "VB", "DT", "NN", "."],
        ents=[(6, 7, "GPE")])
    assert speech_of_demand(whether, whether.tokens[8]) is None
    # a plain report is no demand: "said Uganda reassured Nairobi"
    plain = ruto_said("Uganda", "will", "reassure", "reassure", "VB")
    assert speech_of_demand(plain, plain.tokens[8]) is None


def test_a_call_for_a_party_to_act_is_a_request_of_that_party_not_its_act(resources: CoderResources) -> None:
    # Germany called for Russia to withdraw its troops .   (the parser makes "for" the mark of "to withdraw")
    s = build_sentence(["Germany", "called", "for", "Russia", "to", "withdraw", "its", "troops", "."],
                       [1, 1, 5, 5, 5, 1, 7, 5, 1],
                       ["nsubj", "ROOT", "mark", "nsubj", "aux", "advcl", "poss", "dobj", "punct"],
                       pos=["PROPN", "VERB", "SCONJ", "PROPN", "PART", "VERB", "PRON", "NOUN", "PUNCT"],
                       lemmas=["Germany", "call", "for", "Russia", "to", "withdraw", "its", "troop", "."],
                       tags=["NNP", "VBD", "IN", "NNP", "TO", "VB", "PRP$", "NNS", "."],
                       ents=[(0, 1, "GPE"), (3, 4, "GPE")])
    events = candidate_events(resources, s)
    assert {(e.event_type, e.actor.country, e.recipient.country if e.recipient else None) for e in events} == {
        ("REQUEST", "DEU", "RUS")}


def should_be(word: str) -> Sentence:
    # Kenya said Uganda should be WORD .  ("should be able to ...", "should be transparent")
    return build_sentence(["Kenya", "said", "Uganda", "should", "be", word, "."],
                          [1, 1, 4, 4, 1, 4, 1],
                          ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "acomp", "punct"],
                          pos=["PROPN", "VERB", "PROPN", "AUX", "AUX", "ADJ", "PUNCT"],
                          lemmas=["Kenya", "say", "Uganda", "should", "be", word, "."],
                          tags=["NNP", "VBD", "NNP", "MD", "VB", "JJ", "."],
                          ents=[(0, 1, "GPE"), (2, 3, "GPE")])


def test_what_a_party_should_be_able_to_do_is_a_view_not_a_demand() -> None:
    for word in ("able", "free", "entitled"):
        s = should_be(word)
        assert speech_of_demand(s, s.tokens[4]) is None, word
    s = should_be("transparent")  # a demand on the party's own conduct stays one
    assert speech_of_demand(s, s.tokens[4]) is not None


def asked_for_talks(preposition: str) -> Sentence:
    # Wellington asked for talks <preposition> Kiribati .
    return build_sentence(["Wellington", "asked", "for", "talks", preposition, "Kiribati", "."],
                          [1, 1, 1, 2, 3, 4, 1],
                          ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
                          pos=["PROPN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                          lemmas=["Wellington", "ask", "for", "talk", preposition, "Kiribati", "."],
                          ents=((0, 1, "GPE"), (5, 6, "GPE")))


def meeting_host(resources: CoderResources, sentence: Sentence) -> str | None:
    actors = ArticleActors(resources.actors, date(2025, 10, 30))
    actors.read(sentence)
    host = meeting_asked_with(sentence, 1, [], actors)
    return host.country if host is not None else None


def test_a_meeting_asked_for_is_asked_of_whom_it_would_be_with(resources: CoderResources) -> None:
    assert meeting_host(resources, asked_for_talks("with")) == "KIR"
    events = [e for e in coded(resources, asked_for_talks("with")).events if e.event_type == "REQUEST"]
    assert [(e.actor.country, e.recipient.country if e.recipient else None) for e in events] == [("NZL", "KIR")]


def test_a_meeting_asked_for_about_a_party_is_not_asked_of_it(resources: CoderResources) -> None:
    # "asked for talks on Kiribati": Kiribati is the topic, not whom the talks would be with
    assert meeting_host(resources, asked_for_talks("on")) is None



def test_one_asked_for_to_act_is_whom_a_demand_is_made_of(resources: CoderResources) -> None:
    # The EU renewed its call for Turkey to recognise Cyprus .
    s = build_sentence(["The", "EU", "renewed", "its", "call", "for", "Turkey", "to", "recognise", "Cyprus", "."],
                       [1, 2, 2, 4, 2, 4, 5, 8, 4, 8, 2],
                       ["det", "nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "aux", "acl", "dobj", "punct"],
                       pos=["DET", "PROPN", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PART", "VERB", "PROPN", "PUNCT"],
                       lemmas=["the", "EU", "renew", "its", "call", "for", "Turkey", "to", "recognise", "Cyprus", "."],
                       ents=[(1, 2, "ORG"), (6, 7, "GPE"), (9, 10, "GPE")])
    asked = asked_for_to_act(s, 4)
    assert asked is not None and asked.text == "Turkey"
    events = [e for e in candidate_events(resources, s, "call") if e.event_type == "REQUEST"]
    assert events and all(e.recipient is not None and e.recipient.country == "TUR" for e in events)


def test_those_asked_for_to_be_sent_are_what_is_asked_for() -> None:
    # They asked for forces to be deployed .
    s = build_sentence(["They", "asked", "for", "forces", "to", "be", "deployed", "."], [1, 1, 1, 2, 6, 6, 1, 1],
                       ["nsubj", "ROOT", "prep", "pobj", "aux", "auxpass", "advcl", "punct"],
                       pos=["PRON", "VERB", "ADP", "NOUN", "PART", "AUX", "VERB", "PUNCT"])
    assert asked_for_to_act(s, 1) is None


def test_forces_asked_for_to_act_are_what_is_asked_for(resources: CoderResources) -> None:
    # The commissioner asked for paramilitary forces to control the situation .
    s = build_sentence(["The", "commissioner", "asked", "for", "paramilitary", "forces", "to", "control", "the",
                        "situation", "."], [1, 2, 2, 2, 5, 3, 7, 2, 9, 7, 2],
                       ["det", "nsubj", "ROOT", "prep", "amod", "pobj", "aux", "advcl", "det", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "ADP", "ADJ", "NOUN", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["the", "commissioner", "ask", "for", "paramilitary", "force", "to", "control", "the",
                               "situation", "."])
    assert asked_for_to_act(s, 2) is not None  # read as "for X to <verb>" ...
    events = [e for e in candidate_events(resources, s, "asked") if e.event_type == "REQUEST"]
    assert events and all(e.recipient is None or e.recipient.sector not in ("MIL", "COP") for e in events)


def quoted_first(modal: str) -> Sentence:
    # " Kenya MODAL free them , " Musyoka said .
    return build_sentence(['"', "Kenya", modal, "free", "them", ",", '"', "Musyoka", "said", "."],
                          [3, 3, 3, 8, 3, 8, 8, 8, 8, 8],
                          ["punct", "nsubj", "aux", "ccomp", "dobj", "punct", "punct", "nsubj", "ROOT", "punct"],
                          pos=["PUNCT", "PROPN", "AUX", "VERB", "PRON", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"],
                          lemmas=['"', "Kenya", modal, "free", "they", ",", '"', "Musyoka", "say", "."],
                          tags=["``", "NNP", "MD", "VB", "PRP", ",", "''", "NNP", "VBD", "."],
                          ents=[(1, 2, "GPE"), (7, 8, "PERSON")])


def test_a_demand_quoted_before_its_speaker_is_the_speaker_s() -> None:
    s = quoted_first("must")
    assert speech_of_demand(s, s.tokens[3]) is s.tokens[8]
    assert list(spoken_demands(s, {})) == [3]


def test_an_act_quoted_before_its_speaker_is_no_demand() -> None:
    s = quoted_first("will")
    assert speech_of_demand(s, s.tokens[3]) is None


def test_a_quoted_demand_is_the_speaker_s_request_as_done_as_the_saying(resources: CoderResources) -> None:
    events = [e for e in candidate_events(resources, quoted_first("must"), "free") if e.event_type == "REQUEST"]
    assert events and events[0].actor.text == "Musyoka" and events[0].recipient is not None
    assert events[0].recipient.country == "KEN" and events[0].modality == "asserted"
