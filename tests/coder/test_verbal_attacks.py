"""A politician's or a party's "attack" on a party is words (CAMEO 111, criticize or denounce: ACCUSE), not force:
"the opposition attacked the government", "Sonia Gandhi made a blistering attack on the government"; an army's, a
militia's or a state's attack, or one on a country, stays an assault. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_lexicon_rows import coded


def built(text: str, heads: list[int], deps: str, pos: str, tags: str, lemmas: str,
          ents: tuple[tuple[int, int, str], ...] = ()) -> Sentence:
    return build_sentence(text.split(), heads, deps.split(), pos=pos.split(), tags=tags.split(),
                          lemmas=lemmas.split(), ents=ents)


def acts(resources: CoderResources, sentence: Sentence) -> list[tuple[str, str]]:
    return [(e.event_type, e.cameo) for e in coded(resources, sentence).events]


def test_the_opposition_s_attack_on_the_government_is_criticism(resources: CoderResources) -> None:
    sentence = built("The opposition attacked the government .", [1, 2, 2, 4, 2, 2],
                     "det nsubj ROOT det dobj punct", "DET NOUN VERB DET NOUN PUNCT", "DT NN VBD DT NN .",
                     "the opposition attack the government .")
    assert acts(resources, sentence) == [("ACCUSE", "111")]


def test_an_army_s_attack_and_an_attack_on_a_country_stay_assaults(resources: CoderResources) -> None:
    army = built("The army attacked the rebels .", [1, 2, 2, 4, 2, 2], "det nsubj ROOT det dobj punct",
                 "DET NOUN VERB DET NOUN PUNCT", "DT NN VBD DT NNS .", "the army attack the rebel .")
    assert [t for t, _ in acts(resources, army)] == ["ASSAULT"]
    # the opposition party attacked Iran : a country attacked is force, whoever is said to do it
    country = built("The opposition attacked Iran .", [1, 2, 2, 2, 2], "det nsubj ROOT dobj punct",
                    "DET NOUN VERB PROPN PUNCT", "DT NN VBD NNP .", "the opposition attack Iran .",
                    ((3, 4, "GPE"),))
    assert [t for t, _ in acts(resources, country)] == ["ASSAULT"]
