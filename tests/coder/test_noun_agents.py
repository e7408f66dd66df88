"""Who does an act the parse does not give a plain subject: the doer of an act noun named after it ("criticism
of X by Y", "X faced opposition from Y"), the party of an act of force a passive happened in ("killed in police
firing"), the subject of the clause above a finite verb joined to an infinitive. Hand-built parses: no model is
loaded."""

from __future__ import annotations

from dyadwatch.coder.arguments import find_arguments
from dyadwatch.coder.targets import object_target
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


def test_noun_agent_after_by_acts_on_the_of_party() -> None:
    # the criticism of Russia by China
    s = build_sentence(["the", "criticism", "of", "Russia", "by", "China"], [1, 1, 1, 2, 1, 4],
                       ["det", "ROOT", "prep", "pobj", "prep", "pobj"],
                       pos=["DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN"])
    args = find_arguments(s, 1)
    assert args.sources == (5,)
    assert args.targets[0] == 3


def test_noun_agent_after_from_acts_on_who_faced_it() -> None:
    # Russia faced strong criticism from China .
    s = build_sentence(["Russia", "faced", "strong", "criticism", "from", "China", "."], [1, 1, 3, 1, 3, 4, 1],
                       ["nsubj", "ROOT", "amod", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Russia", "face", "strong", "criticism", "from", "China", "."])
    args = find_arguments(s, 3)
    assert args.sources == (5,)  # not the adjective "strong"
    assert args.targets[0] == 0


def test_a_passive_with_no_agent_is_done_by_the_party_of_the_act_of_force_it_happened_in() -> None:
    # 99 persons were killed in police firing .   (the small model hangs "firing" on "police")
    s = build_sentence(["99", "persons", "were", "killed", "in", "police", "firing", "."], [1, 3, 3, 3, 3, 4, 5, 3],
                       ["nummod", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "acl", "punct"],
                       pos=["NUM", "NOUN", "AUX", "VERB", "ADP", "NOUN", "VERB", "PUNCT"],
                       tags=["CD", "NNS", "VBD", "VBN", "IN", "NNS", "VBG", "."],
                       lemmas=["99", "person", "be", "kill", "in", "police", "fire", "."])
    args = find_arguments(s, 3)
    assert args.sources == (5,) and args.passive and args.targets[0] == 1
    # 99 persons were killed in a clash .   (no party named: no doer)
    s = build_sentence(["99", "persons", "were", "killed", "in", "a", "clash", "."], [1, 3, 3, 3, 3, 6, 4, 3],
                       ["nummod", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "punct"],
                       pos=["NUM", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                       tags=["CD", "NNS", "VBD", "VBN", "IN", "DT", "NN", "."],
                       lemmas=["99", "person", "be", "kill", "in", "a", "clash", "."])
    assert find_arguments(s, 3).sources == ()


def test_the_party_that_modifies_an_act_of_force_does_it_to_whoever_underwent_it() -> None:
    # three boys sustained injuries in a mob attack .
    s = build_sentence(["three", "boys", "sustained", "injuries", "in", "a", "mob", "attack", "."],
                       [1, 2, 2, 2, 3, 7, 7, 4, 2],
                       ["nummod", "nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "punct"],
                       pos=["NUM", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "NOUN", "PUNCT"],
                       tags=["CD", "NNS", "VBD", "NNS", "IN", "DT", "NN", "NN", "."],
                       lemmas=["three", "boy", "sustain", "injury", "in", "a", "mob", "attack", "."])
    args = find_arguments(s, 7)
    assert args.sources == (6,) and args.targets[0] == 1


def test_a_finite_verb_joined_to_an_infinitive_shares_the_subject_of_the_clause_above() -> None:
    # parties flayed the plan to hold rallies and accused the government .
    words = ["parties", "flayed", "the", "plan", "to", "hold", "rallies", "and", "accused", "the", "government", "."]
    s = build_sentence(words, [1, 1, 3, 1, 5, 3, 5, 5, 5, 10, 8, 1],
                       ["nsubj", "ROOT", "det", "dobj", "aux", "acl", "dobj", "cc", "conj", "det", "dobj", "punct"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "NOUN", "CCONJ", "VERB", "DET", "NOUN",
                            "PUNCT"],
                       tags=["NNS", "VBD", "DT", "NN", "TO", "VB", "NNS", "CC", "VBD", "DT", "NN", "."])
    assert find_arguments(s, 8).sources == (0,)  # the parties accused, not "the plan"
    # her party had proposed talks and asked the government .   (a clause with its own subject keeps it)
    words = ["she", "said", "her", "party", "had", "proposed", "talks", "and", "asked", "the", "government", "."]
    s = build_sentence(words, [1, 1, 3, 5, 5, 1, 5, 5, 5, 10, 8, 1],
                       ["nsubj", "ROOT", "poss", "nsubj", "aux", "ccomp", "dobj", "cc", "conj", "det", "dobj", "punct"],
                       pos=["PRON", "VERB", "PRON", "NOUN", "AUX", "VERB", "NOUN", "CCONJ", "VERB", "DET", "NOUN",
                            "PUNCT"],
                       tags=["PRP", "VBD", "PRP$", "NN", "VBD", "VBN", "NNS", "CC", "VBD", "DT", "NN", "."])
    assert find_arguments(s, 8).sources == (3,)


def test_an_act_counted_by_a_light_verb_s_object_is_its_subject_s() -> None:
    def held(count: str, count_lemma: str) -> list[int]:
        # Bahrain and Iran held a <count> of talks .
        s = build_sentence(["Bahrain", "and", "Iran", "held", "a", count, "of", "talks", "."],
                           [3, 0, 0, 3, 5, 3, 5, 6, 3],
                           ["nsubj", "cc", "conj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                           pos=["PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
                           lemmas=["Bahrain", "and", "Iran", "hold", "a", count_lemma, "of", "talk", "."])
        return list(find_arguments(s, 7).sources)

    assert held("round", "round") == [0, 2]  # "a round of talks" is talks the two held
    assert held("transcript", "transcript") == []  # "a transcript of talks" is no talks they held


def test_what_is_thrown_is_the_means_and_whom_it_is_thrown_at_the_target() -> None:
    # protesters threw stones at officers .
    s = build_sentence(["protesters", "threw", "stones", "at", "officers", "."], [1, 1, 1, 1, 3, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                       pos=["NOUN", "VERB", "NOUN", "ADP", "NOUN", "PUNCT"],
                       tags=["NNS", "VBD", "NNS", "IN", "NNS", "."],
                       lemmas=["protester", "throw", "stone", "at", "officer", "."])
    target = object_target(s, find_arguments(s, 1))
    assert target is not None and target.text == "officers"


def test_an_act_kept_up_is_its_subjects_own_and_its_possessive_stands_for_that_subject() -> None:
    def council(verb: str, lemma: str) -> Sentence:
        # the Council VERB its arms embargo on Sudan .
        return build_sentence(["the", "Council", verb, "its", "arms", "embargo", "on", "Sudan", "."],
                              [1, 2, 2, 5, 5, 2, 5, 6, 2],
                              ["det", "nsubj", "ROOT", "poss", "compound", "dobj", "prep", "pobj", "punct"],
                              pos=["DET", "PROPN", "VERB", "PRON", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"],
                              tags=["DT", "NNP", "VBD", "PRP$", "NNS", "NN", "IN", "NNP", "."],
                              lemmas=["the", "Council", lemma, "its", "arm", "embargo", "on", "Sudan", "."])

    args = find_arguments(council("renewed", "renew"), 5)
    assert args.sources == (1,)  # the Council, and no "its" left to stand for no one
    assert args.light_verb == 2 and args.targets[0] == 7
    # a stance on an act ("criticised its arms embargo"): whose act it is, the text says, not the stance's subject
    assert find_arguments(council("criticised", "criticise"), 5).sources == (3,)


def put_on_alert(verb: str) -> Sentence:
    # The army <verb> its units on high alert .
    lemma = {"put": "put", "left": "leave", "placed": "place"}[verb]
    return build_sentence(["The", "army", verb, "its", "units", "on", "high", "alert", "."],
                          [1, 2, 2, 4, 2, 2, 7, 5, 2],
                          ["det", "nsubj", "ROOT", "poss", "dobj", "prep", "amod", "pobj", "punct"],
                          pos=["DET", "NOUN", "VERB", "PRON", "NOUN", "ADP", "ADJ", "NOUN", "PUNCT"],
                          tags=["DT", "NN", "VBD", "PRP$", "NNS", "IN", "JJ", "NN", "."],
                          lemmas=["the", "army", lemma, "its", "unit", "on", "high", "alert", "."])


def test_whoever_puts_units_on_alert_raises_the_alert() -> None:
    assert find_arguments(put_on_alert("put"), 7).sources == (1,)
    assert find_arguments(put_on_alert("placed"), 7).sources == (1,)


def test_a_state_left_is_not_put() -> None:
    assert find_arguments(put_on_alert("left"), 7).sources == ()


def test_the_agent_of_a_light_verbs_participle_does_the_act_it_modifies() -> None:
    # a rally organised by the Sena against the government was held .
    words = ["a", "rally", "organised", "by", "the", "Sena", "against", "the", "government", "was", "held", "."]
    s = build_sentence(words, [1, 10, 1, 2, 5, 3, 2, 8, 6, 10, 10, 10],
                       ["det", "nsubjpass", "acl", "agent", "det", "pobj", "prep", "det", "pobj", "auxpass", "ROOT",
                        "punct"],
                       pos=["DET", "NOUN", "VERB", "ADP", "DET", "PROPN", "ADP", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
                       tags=["DT", "NN", "VBN", "IN", "DT", "NNP", "IN", "DT", "NN", "VBD", "VBN", "."],
                       lemmas=["a", "rally", "organise", "by", "the", "Sena", "against", "the", "government", "be",
                               "hold", "."])
    args = find_arguments(s, 1)
    assert args.sources == (5,)
    assert args.targets == (8,)
    # talks hosted by Qatar : the host is not who talks
    s = build_sentence(["talks", "hosted", "by", "Qatar"], [0, 0, 1, 2], ["ROOT", "acl", "agent", "pobj"],
                       pos=["NOUN", "VERB", "ADP", "PROPN"], tags=["NNS", "VBN", "IN", "NNP"],
                       lemmas=["talk", "host", "by", "Qatar"])
    assert find_arguments(s, 0).sources == ()
