"""A speech act joined by "and" to what a speaker reports, or to what someone felt, is done by the speaker or the
one who felt it, and takes neither the subject nor the negation of the clause before it."""

from __future__ import annotations

from dyadwatch.coder.attributes import modality_of
from dyadwatch.coder.subjects import speaker_going_on, subjects_of
from dyadwatch.parse import build_sentence


def test_one_moved_by_reports_who_then_urges_urges() -> None:
    # Guterres was alarmed by reports and urged both governments to show restraint .
    words = ["Guterres", "was", "alarmed", "by", "reports", "and", "urged", "both", "governments", "to", "show",
             "restraint", "."]
    s = build_sentence(words, [2, 2, 2, 2, 3, 2, 2, 8, 6, 10, 6, 10, 2],
                       ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "cc", "conj", "det", "dobj", "aux", "xcomp",
                        "dobj", "punct"],
                       pos=["PROPN", "AUX", "VERB", "ADP", "NOUN", "CCONJ", "VERB", "DET", "NOUN", "PART", "VERB",
                            "NOUN", "PUNCT"],
                       tags=["NNP", "VBD", "VBN", "IN", "NNS", "CC", "VBD", "DT", "NNS", "TO", "VB", "NN", "."],
                       lemmas=["Guterres", "be", "alarm", "by", "report", "and", "urge", "both", "government", "to",
                               "show", "restraint", "."])
    assert subjects_of(s, 6) == ([0], False)  # not the reports
    assert subjects_of(s, 2) == ([4], True)  # the feeling itself keeps its agent


def test_a_passive_that_befalls_people_still_passes_its_agent_on() -> None:
    # Ten were arrested by police and charged with obstruction .   (a shared passive, tagged VBD by mistake)
    words = ["Ten", "were", "arrested", "by", "police", "and", "charged", "with", "obstruction", "."]
    s = build_sentence(words, [2, 2, 2, 2, 3, 2, 2, 6, 7, 2],
                       ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "cc", "conj", "prep", "pobj", "punct"],
                       pos=["NUM", "AUX", "VERB", "ADP", "NOUN", "CCONJ", "VERB", "ADP", "NOUN", "PUNCT"],
                       tags=["CD", "VBD", "VBN", "IN", "NNS", "CC", "VBD", "IN", "NN", "."],
                       lemmas=["ten", "be", "arrest", "by", "police", "and", "charge", "with", "obstruction", "."])
    assert subjects_of(s, 6) == ([4], True)


def test_a_speech_act_after_a_reported_passive_is_the_speaker_s() -> None:
    # The group said nine people were injured and accused the police .
    words = ["The", "group", "said", "nine", "people", "were", "injured", "and", "accused", "the", "police", "."]
    s = build_sentence(words, [1, 2, 2, 4, 6, 6, 2, 6, 6, 10, 8, 2],
                       ["det", "nsubj", "ROOT", "nummod", "nsubjpass", "auxpass", "ccomp", "cc", "conj", "det",
                        "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "NUM", "NOUN", "AUX", "VERB", "CCONJ", "VERB", "DET", "NOUN",
                            "PUNCT"],
                       tags=["DT", "NN", "VBD", "CD", "NNS", "VBD", "VBN", "CC", "VBD", "DT", "NN", "."],
                       lemmas=["the", "group", "say", "nine", "people", "be", "injure", "and", "accuse", "the",
                               "police", "."])
    assert subjects_of(s, 8)[0] == [1]  # the group accuses, not the injured


def test_the_speaker_goes_on_when_the_reported_subject_is_a_thing() -> None:
    # The envoy said the detentions showed contempt and called on Iran to stop .
    words = ["The", "envoy", "said", "the", "detentions", "showed", "contempt", "and", "called", "on", "Iran", "to",
             "stop", "."]
    s = build_sentence(words, [1, 2, 2, 4, 5, 2, 5, 5, 5, 8, 9, 12, 8, 2],
                       ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "dobj", "cc", "conj", "prep", "pobj", "aux",
                        "xcomp", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "NOUN", "CCONJ", "VERB", "ADP", "PROPN",
                            "PART", "VERB", "PUNCT"],
                       tags=["DT", "NN", "VBD", "DT", "NNS", "VBD", "NN", "CC", "VBD", "IN", "NNP", "TO", "VB", "."],
                       lemmas=["the", "envoy", "say", "the", "detention", "show", "contempt", "and", "call", "on",
                               "Iran", "to", "stop", "."])
    assert speaker_going_on(s, s.tokens[8]) == [1]
    assert speaker_going_on(s, s.tokens[5]) == []  # what was said is no act joined to it
    # the parse alone still gives the reported clause's subject; the coder falls back on the speaker only when
    # that subject names no party (events.build_events)
    assert subjects_of(s, 8)[0] == [4]


def test_a_speech_act_joined_to_a_denial_is_not_denied() -> None:
    # The spokesman said cooperation does not target anyone and urged Wellington to respect it .
    words = ["The", "spokesman", "said", "cooperation", "does", "not", "target", "anyone", "and", "urged",
             "Wellington", "to", "respect", "it", "."]
    s = build_sentence(words, [1, 2, 2, 6, 6, 6, 2, 6, 6, 6, 9, 12, 9, 12, 2],
                       ["det", "nsubj", "ROOT", "nsubj", "aux", "neg", "ccomp", "dobj", "cc", "conj", "dobj", "aux",
                        "xcomp", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "NOUN", "AUX", "PART", "VERB", "PRON", "CCONJ", "VERB", "PROPN",
                            "PART", "VERB", "PRON", "PUNCT"],
                       tags=["DT", "NN", "VBD", "NN", "VBZ", "RB", "VB", "NN", "CC", "VBD", "NNP", "TO", "VB", "PRP",
                             "."],
                       lemmas=["the", "spokesman", "say", "cooperation", "do", "not", "target", "anyone", "and",
                               "urge", "Wellington", "to", "respect", "it", "."])
    assert modality_of(s, 9, None, False).modality == "asserted"
    assert modality_of(s, 6, None, False).modality == "denied"
