"""A warning that those who defy will be arrested, prosecuted or face the law is a threat of repression (CAMEO 137:
"threats to imprison ... are coded here"), not the generic threat (130). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.threats import threatened_penalty, threatened_repression, warned_hostile_act
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_lexicon_rows import coded


def warned(tail: str, verb: int, heads_tail: list[int], deps_tail: str, pos_tail: str, lemmas_tail: str
           ) -> Sentence:
    # Kenya's interior minister warned that anyone who blocked roads <tail> . (the clause's verb at ``verb``)
    words = f"Kenya 's interior minister warned that anyone who blocked roads {tail} ."
    return build_sentence(
        words.split(), [3, 0, 3, 4, 4, verb, verb, 8, 6, 8, *heads_tail, 4],
        f"poss case compound nsubj ROOT mark nsubj nsubj relcl dobj {deps_tail} punct".split(),
        pos=f"PROPN PART NOUN NOUN VERB SCONJ PRON PRON VERB NOUN {pos_tail} PUNCT".split(),
        lemmas=f"Kenya 's interior minister warn that anyone who block road {lemmas_tail} .".split(),
        ents=((0, 1, "GPE"),))


def would_be(verb: str, lemma: str) -> Sentence:
    return warned(f"would be {verb}", 12, [12, 12, 4], "aux auxpass ccomp", "AUX AUX VERB", f"would be {lemma}")


def would_face(thing: str) -> Sentence:
    return warned(f"would face the {thing}", 11, [11, 4, 13, 11], "aux ccomp det dobj", "AUX VERB DET NOUN",
                  f"would face the {thing}")


def test_those_who_defy_will_be_arrested_is_a_threat_of_repression(resources: CoderResources) -> None:
    sentence = would_be("arrested", "arrest")
    assert threatened_repression(sentence, sentence.tokens[4])
    events = [e for e in coded(resources, sentence).events if e.event_type == "THREATEN"]
    assert [(e.cameo, e.actor.country) for e in events] == [("137", "KEN")]


def test_facing_the_law_is_a_threat_of_repression() -> None:
    sentence = would_face("law")
    assert threatened_repression(sentence, sentence.tokens[4])


def test_other_warnings_stay_generic() -> None:
    # "would be welcomed", "would face the cameras": no one is threatened with the state's force
    for sentence in (would_be("welcomed", "welcome"), would_face("cameras")):
        assert not threatened_repression(sentence, sentence.tokens[4])


def minister_warned(tail: str, verb: int, heads_tail: list[int], deps_tail: str, pos_tail: str, lemmas_tail: str
                    ) -> Sentence:
    # The minister warned that <tail> . (the clause's verb at ``verb``; the clause's words from index 4)
    words = f"The minister warned that {tail} ."
    return build_sentence(
        words.split(), [1, 2, 2, verb, *heads_tail, 2], f"det nsubj ROOT mark {deps_tail} punct".split(),
        pos=f"DET NOUN VERB SCONJ {pos_tail} PUNCT".split(), lemmas=f"the minister warn that {lemmas_tail} .".split())


def test_pay_withheld_or_dismissals_are_threats_of_administrative_sanctions() -> None:
    # ... salaries would be withheld .
    withheld = minister_warned("salaries would be withheld", 7, [7, 7, 7, 2], "nsubjpass aux auxpass ccomp",
                               "NOUN AUX AUX VERB", "salary would be withhold")
    assert threatened_penalty(withheld, withheld.tokens[2])
    # ... strikers could face dismissal .
    dismissal = minister_warned("strikers could face dismissal", 6, [6, 6, 2, 6], "nsubj aux ccomp dobj",
                                "NOUN AUX VERB NOUN", "striker could face dismissal")
    assert threatened_penalty(dismissal, dismissal.tokens[2])
    assert not threatened_repression(dismissal, dismissal.tokens[2])


def test_a_warned_protest_is_a_threat_of_dissent(resources: CoderResources) -> None:
    # ... the unions would launch protests .
    protests = minister_warned("the unions would launch protests", 7, [5, 7, 7, 2, 7], "det nsubj aux ccomp dobj",
                               "DET NOUN AUX VERB NOUN", "the union would launch protest")
    lexicon = resources.lexicon
    assert warned_hostile_act(protests, protests.tokens[2], lexicon, resources.codes) == "133"
    # ... the unions would meet .: no hostile act
    meet = minister_warned("the unions would meet", 7, [5, 7, 7, 2], "det nsubj aux ccomp", "DET NOUN AUX VERB",
                           "the union would meet")
    assert warned_hostile_act(meet, meet.tokens[2], lexicon, resources.codes) is None


def test_a_threatened_strike_is_a_threat_of_dissent(resources: CoderResources) -> None:
    # The union threatened a nationwide strike .
    sentence = build_sentence(["The", "union", "threatened", "a", "nationwide", "strike", "."], [1, 2, 2, 5, 5, 2, 2],
                              ["det", "nsubj", "ROOT", "det", "amod", "dobj", "punct"],
                              pos=["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
                              lemmas=["the", "union", "threaten", "a", "nationwide", "strike", "."])
    assert warned_hostile_act(sentence, sentence.tokens[2], resources.lexicon, resources.codes) == "133"
