"""The attribute ruler's table matcher gives spaCy's own matches: on hand-made docs (no model) and, with the
model, on the sample corpus and the summit story, token for token."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from dyadwatch.attribute_rules import compile_patterns, speed_up

from .conftest import SAMPLE, SUMMIT

PATTERNS: list[dict[str, Any]] = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": {"IN": ["VBD", "VBZ"]}, "LOWER": "got"}], [{"LOWER": "gets"}]], "attrs": {"LEMMA": "get"}},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["NN", "VBD"]}, "DEP": {"NOT_IN": [""]}}]], "attrs": {"MORPH": "X=1"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "cat"}]], "attrs": {"POS": "PROPN"}},  # later, so it overrides NOUN
]


def made_doc(nlp: Any) -> Doc:
    words = ["There", "was", "nothin'", "y'", "all", "got", ",", "the", "cat", "gets", " ", "it", "nuthin"]
    tags = ["EX", "VBD", "NN", "PRP", "DT", "VBD", ",", "DT", "NN", "VBZ", "_SP", "PRP", "NN"]
    deps = ["expl", "ROOT", "attr", "nsubj", "det", "conj", "punct", "det", "nsubj", "conj", "", "dobj", "npadvmod"]
    heads = [1, 1, 1, 5, 3, 1, 5, 8, 9, 5, 9, 9, 9]
    spaces = [True] * len(words)
    return Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads)


def test_the_table_finds_the_matches_spacys_ruler_finds() -> None:
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(PATTERNS)
    table = compile_patterns(ruler.patterns, nlp.vocab.strings)
    assert table is not None
    doc = made_doc(nlp)
    expected = ruler.match(doc)
    assert table.match(doc) == expected
    assert {(index, start) for index, _, start, _ in expected} >= {(1, 5), (1, 9), (2, 0), (3, 2), (6, 3), (7, 8)}
    assert table.match(doc) == expected  # the second time from the stored verdicts
    assert table.match(nlp("")) == ruler.match(nlp("")) == []


def test_the_sped_up_ruler_sets_the_same_attributes() -> None:
    def annotated(sped_up: bool) -> list[tuple[str, str, str]]:
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add_patterns(PATTERNS)
        if sped_up:
            assert speed_up(nlp) is True
        doc = ruler(made_doc(nlp))
        return [(t.pos_, t.lemma_, str(t.morph)) for t in doc]

    stock, fast = annotated(False), annotated(True)
    assert fast == stock
    assert stock[8][0] == "PROPN" and stock[2][1] == "nothing" and stock[3][1] == "you"


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "a", "OP": "+"}],  # operators
    [{"LENGTH": {">=": 3}}],  # comparisons
    [{"LEMMA": "be"}],  # an attribute the table does not read
])
def test_a_ruler_the_table_cannot_read_is_left_as_spacy_made_it(pattern: list[dict[str, Any]]) -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([*PATTERNS, {"patterns": [pattern], "attrs": {"POS": "X"}}])
    assert compile_patterns(ruler.patterns, nlp.vocab.strings) is None
    assert speed_up(nlp) is False
    assert "match" not in vars(ruler)


@pytest.mark.slow
def test_the_model_parses_news_alike_with_the_table_and_with_spacys_matcher() -> None:
    from dyadwatch.config import make_options
    from dyadwatch.parse import _load_spacy, text_blocks
    from dyadwatch.readers import read_inputs
    from dyadwatch.records import Article

    texts = [a.text for a in read_inputs([str(SAMPLE)]) if isinstance(a, Article)]
    if SUMMIT.exists():
        texts.append(SUMMIT.read_text(encoding="utf-8"))
    blocks = [block for text in texts for _, block in text_blocks(text)]
    stock = _load_spacy(make_options().model)
    fast = _load_spacy(make_options().model)
    assert speed_up(fast) is True

    def rows(nlp: Any) -> list[tuple[str, ...]]:
        return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_)
                for doc in nlp.pipe(blocks) for t in doc]

    expected = rows(stock)
    assert len(expected) > 5000
    assert rows(fast) == expected
