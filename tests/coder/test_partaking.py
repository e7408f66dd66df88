"""Taking part in an act and sitting on one: "ministers took part in talks with the Indian government",
"participated in the protest", "MLAs sat on a dharna" are their subject's acts. Hand-built parses: no model is
loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_lexicon_rows import coded


def built(text: str, heads: list[int], deps: str, pos: str, tags: str, lemmas: str,
          ents: tuple[tuple[int, int, str], ...] = ()) -> Sentence:
    return build_sentence(text.split(), heads, deps.split(), pos=pos.split(), tags=tags.split(),
                          lemmas=lemmas.split(), ents=ents)


def parties(resources: CoderResources, sentence: Sentence) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.event_type, e.actor.text, e.actor.country, e.recipient.country if e.recipient else None)
            for e in coded(resources, sentence).events]


def talks(verb: str, lemma: str, part: str) -> Sentence:
    return built(f"Kenyan ministers {verb} {part} in talks with the Indian government .",
                 [1, 2, 2, 2, 2, 4, 5, 9, 9, 6, 2], "amod nsubj ROOT dobj prep pobj prep det amod pobj punct",
                 "ADJ NOUN VERB NOUN ADP NOUN ADP DET ADJ NOUN PUNCT", "JJ NNS VBD NN IN NNS IN DT JJ NN .",
                 f"Kenyan minister {lemma} {part} in talk with the Indian government .",
                 ((0, 1, "NORP"), (8, 9, "NORP")))


def test_those_who_take_part_in_talks_hold_them(resources: CoderResources) -> None:
    assert parties(resources, talks("took", "take", "part")) == [("CONSULT", "Kenyan ministers", "KEN", "IND")]


def test_taking_something_else_in_talks_is_no_part_in_them(resources: CoderResources) -> None:
    # "took a break in talks": "take" partakes only with "part"
    assert ("CONSULT", "Kenyan ministers", "KEN", "IND") not in parties(resources, talks("took", "take", "break"))


def test_those_who_sit_on_a_dharna_protest(resources: CoderResources) -> None:
    sentence = built("Kenyan lawmakers sat on a dharna .", [1, 2, 2, 2, 5, 3, 2], "amod nsubj ROOT prep det pobj punct",
                     "ADJ NOUN VERB ADP DET NOUN PUNCT", "JJ NNS VBD IN DT NN .", "Kenyan lawmaker sit on a dharna .",
                     ((0, 1, "NORP"),))
    assert [(t, a, c) for t, a, c, _ in parties(resources, sentence)] == [("PROTEST", "Kenyan lawmakers", "KEN")]
