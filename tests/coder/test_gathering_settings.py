"""A gathering at which an act is done is the doer's, with whom the act is aimed at or done beside: also when the
gathering hangs on the act an agreement or a request completes ("agreed to set up a commission at talks": the agreeing
parties met). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.actnouns import setting_verb
from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_lexicon_rows import coded


def agreed_at_talks() -> Sentence:
    # Kyrgyzstan and Tajikistan agreed to set up a commission at talks .
    return build_sentence(
        ["Kyrgyzstan", "and", "Tajikistan", "agreed", "to", "set", "up", "a", "commission", "at", "talks", "."],
        [3, 0, 0, 3, 5, 3, 5, 8, 5, 5, 9, 3],
        ["nsubj", "cc", "conj", "ROOT", "aux", "xcomp", "prt", "det", "dobj", "prep", "pobj", "punct"],
        pos=["PROPN", "CCONJ", "PROPN", "VERB", "PART", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
        lemmas=["Kyrgyzstan", "and", "Tajikistan", "agree", "to", "set", "up", "a", "commission", "at", "talk", "."],
        ents=((0, 1, "GPE"), (2, 3, "GPE")))


def test_talks_at_which_an_agreed_act_is_done_are_the_agreeing_parties(resources: CoderResources) -> None:
    # the talks hang on "set up", which says nothing of who met; the agreement it completes does
    sentence = agreed_at_talks()
    assert setting_verb(sentence, sentence.tokens[5]) is sentence.tokens[3]
    talks = {(e.actor.country, e.recipient.country if e.recipient else None)
             for e in coded(resources, sentence).events if e.trigger == "talks"}
    assert talks == {("KGZ", "TJK"), ("TJK", "KGZ")}
