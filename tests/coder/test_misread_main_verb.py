"""A sentence's one finite verb that the parse hangs, after a comma, on a noun as a clause (``acl`` tagged VBD) is
the main verb: its subject is the root noun ("The Popular Party, the main opposition, accused Sanchez") or the root
participle's subject ("President Ali, campaigning for a second term, called the shooting a provocation"); a
participle of a noun (VBN) and a clause under a finite verb keep their readings (hand-built parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.subjects import subjects_of
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


def party_then_apposition(tag: str, root_tag: str = "NNP") -> Sentence:
    # The Popular Party , the main opposition , accused Sanchez .
    words = ["The", "Popular", "Party", ",", "the", "main", "opposition", ",", "accused", "Sanchez", "."]
    heads = [2, 2, 2, 2, 6, 6, 2, 6, 6, 8, 2]
    deps = ["det", "compound", "ROOT", "punct", "det", "amod", "appos", "punct", "acl", "dobj", "punct"]
    pos = ["DET", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT"]
    tags = ["DT", "NNP", root_tag, ",", "DT", "JJ", "NN", ",", tag, "NNP", "."]
    return build_sentence(words, heads, deps, pos=pos, tags=tags, ents=[(1, 3, "ORG"), (9, 10, "PERSON")])


def test_a_past_tense_clause_of_an_apposition_is_the_root_noun_s_act() -> None:
    assert subjects_of(party_then_apposition("VBD"), 8) == ([2], False)


def test_a_participle_of_a_noun_stays_a_participle() -> None:
    # "The party, the main opposition, accused of fraud": what befell the opposition, not the party's act
    assert subjects_of(party_then_apposition("VBN"), 8) == ([], False)


def test_a_past_tense_clause_after_a_participle_root_is_its_subject_s_act() -> None:
    # Ali , campaigning for a second term , called the shooting a provocation .
    words = ["Ali", ",", "campaigning", "for", "a", "second", "term", ",", "called", "the", "shooting", "a",
             "provocation", "."]
    heads = [2, 0, 2, 2, 6, 6, 3, 6, 6, 10, 8, 12, 8, 2]
    deps = ["nsubj", "punct", "ROOT", "prep", "det", "amod", "pobj", "punct", "acl", "det", "dobj", "det", "oprd",
            "punct"]
    pos = ["PROPN", "PUNCT", "VERB", "ADP", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "DET", "NOUN",
           "PUNCT"]
    tags = ["NNP", ",", "VBG", "IN", "DT", "JJ", "NN", ",", "VBD", "DT", "NN", "DT", "NN", "."]
    sentence = build_sentence(words, heads, deps, pos=pos, tags=tags, ents=[(0, 1, "PERSON")])
    assert subjects_of(sentence, 8) == ([0], False)


def test_a_clause_under_a_finite_verb_is_no_main_verb() -> None:
    # Police said the man , the driver , fled .   ("fled" hung on "driver" under the finite "said")
    words = ["Police", "said", "the", "man", ",", "the", "driver", ",", "fled", "."]
    heads = [1, 1, 3, 1, 3, 6, 3, 6, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "det", "appos", "punct", "acl", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"]
    tags = ["NNS", "VBD", "DT", "NN", ",", "DT", "NN", ",", "VBD", "."]
    sentence = build_sentence(words, heads, deps, pos=pos, tags=tags)
    assert subjects_of(sentence, 8) == ([], False)


def president_then_relative_clause(called_tag: str = "VBN", agent: bool = False) -> Sentence:
    # President Arce , who is not a candidate , called on both campaigns to accept the result .
    # ("called" hung on "candidate" inside the relative clause; the root is the name)
    words = ["President", "Arce", ",", "who", "is", "not", "a", "candidate", ",", "called", "on", "both",
             "campaigns", "to", "accept", "the", "result", "."]
    heads = [1, 1, 1, 4, 1, 4, 7, 4, 7, 7, 9, 12, 10, 14, 9, 16, 14, 1]
    deps = ["compound", "ROOT", "punct", "nsubj", "relcl", "neg", "det", "attr", "punct", "acl", "prep", "det",
            "pobj", "aux", "xcomp", "det", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PRON", "AUX", "PART", "DET", "NOUN", "PUNCT", "VERB", "ADP", "DET", "NOUN",
           "PART", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["NNP", "NNP", ",", "WP", "VBZ", "RB", "DT", "NN", ",", called_tag, "IN", "DT", "NNS", "TO", "VB", "DT",
            "NN", "."]
    if agent:  # "... , called on by both campaigns" : what befell the candidate
        deps[14], tags[14], pos[14] = "agent", "IN", "ADP"
        words[14] = "by"
    return build_sentence(words, heads, deps, pos=pos, tags=tags, ents=[(1, 2, "PERSON")])


def test_a_clause_hung_inside_a_relative_clause_is_the_root_noun_s_act() -> None:
    # the relative clause's finite "is" is not the sentence's main verb; a participle that calls on someone to
    # act (an open complement) acts, as a finite verb does
    assert subjects_of(president_then_relative_clause(), 9) == ([1], False)


def test_a_participle_with_an_agent_stays_a_participle() -> None:
    assert subjects_of(president_then_relative_clause(agent=True), 9) == ([], False)


def complaint_after_shadowing(comma: bool = True) -> Sentence:
    # Cyprus complained after frigates shadowed a vessel , and asked the EU to act .
    words = ["Cyprus", "complained", "after", "frigates", "shadowed", "a", "vessel", ",", "and", "asked", "the", "EU",
             "to", "act", "."]
    heads = [1, 1, 4, 4, 1, 6, 4, 4, 4, 4, 11, 9, 13, 9, 1]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "advcl", "det", "dobj", "punct", "cc", "conj", "det", "dobj", "aux",
            "xcomp", "punct"]
    pos = ["PROPN", "VERB", "SCONJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "CCONJ", "VERB", "DET", "PROPN", "PART",
           "VERB", "PUNCT"]
    tags = ["NNP", "VBD", "IN", "NNS", "VBD", "DT", "NN", ",", "CC", "VBD", "DT", "NNP", "TO", "VB", "."]
    if not comma:
        del words[7], heads[7], deps[7], pos[7], tags[7]
        heads = [h - 1 if h > 7 else h for h in heads]
    return build_sentence(words, heads, deps, pos=pos, tags=tags)


def test_a_past_verb_after_a_comma_and_joined_to_a_clause_of_time_is_the_main_clause_s_act() -> None:
    assert subjects_of(complaint_after_shadowing(), 9)[0] == [0]  # Cyprus asked, not the frigates
    # with no comma the clause of time goes on: "after frigates shadowed a vessel and asked ..."
    assert subjects_of(complaint_after_shadowing(comma=False), 8)[0] == [3]


def said_then(participle: str, lemma: str, speaker_first: bool = True) -> Sentence:
    # Atta said the airports were targets , accusing Chad .   (the participle hung on the reported clause)
    if speaker_first:
        words = ["Atta", "said", "the", "airports", "were", "targets", ",", participle, "Chad", "."]
        heads = [1, 1, 3, 4, 1, 4, 4, 4, 7, 1]
        deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "attr", "punct", "advcl", "dobj", "punct"]
        tags = ["NNP", "VBD", "DT", "NNS", "VBD", "NNS", ",", "VBG", "NNP", "."]
        lemmas = ["Atta", "say", "the", "airport", "be", "target", ",", lemma, "Chad", "."]
        pos = ["PROPN", "VERB", "DET", "NOUN", "AUX", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT"]
        return build_sentence(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas)
    # the airports were targets , accusing Chad , a charge Atta denied .
    words = ["the", "airports", "were", "targets", ",", participle, "Chad", ",", "a", "charge", "Atta", "denied", "."]
    heads = [1, 2, 11, 2, 2, 2, 5, 11, 9, 11, 11, 11, 11]
    deps = ["det", "nsubj", "ccomp", "attr", "punct", "advcl", "dobj", "punct", "det", "dobj", "nsubj", "ROOT",
            "punct"]
    tags = ["DT", "NNS", "VBD", "NNS", ",", "VBG", "NNP", ",", "DT", "NN", "NNP", "VBD", "."]
    lemmas = ["the", "airport", "be", "target", ",", lemma, "Chad", ",", "a", "charge", "Atta", "deny", "."]
    pos = ["DET", "NOUN", "AUX", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT", "DET", "NOUN", "PROPN", "VERB", "PUNCT"]
    return build_sentence(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas)


def test_a_speech_participle_after_what_was_said_is_the_speaker_s_act() -> None:
    assert subjects_of(said_then("accusing", "accuse"), 7)[0] == [0]
    # another act's participle stays the reported clause's ("said rebels attacked the town, killing 20")
    assert subjects_of(said_then("killing", "kill"), 7)[0] == [3]
    # a saying told after ("..., a charge Atta denied") is no speaker of the participle
    assert subjects_of(said_then("accusing", "accuse", speaker_first=False), 5)[0] == [1]
