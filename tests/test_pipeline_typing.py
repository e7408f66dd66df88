"""The typer is asked only about sentences whose typing can change what is coded.

With the screen on, a sentence with no lexicon predicate gets no event whatever the typer says, so
the pipeline does not spend the encoder on it; with the screen off (PLV, GSR) every sentence is typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dyadwatch.coder.events import CoderResources
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.pipeline import Pipeline
from dyadwatch.records import Article, ParsedArticle, Sentence


class HandParser:
    """Gives every article the same two hand-built sentences: one with a lexicon predicate, one without."""

    def parse(self, articles: Sequence[Article]) -> list[ParsedArticle]:
        accused = build_sentence(["Russia", "accused", "Ukraine", "."], [1, 1, 1, 1],
                                 ["nsubj", "ROOT", "dobj", "punct"], pos=["PROPN", "VERB", "PROPN", "PUNCT"],
                                 lemmas=["Russia", "accuse", "Ukraine", "."], ents=[(0, 1, "GPE"), (2, 3, "GPE")])
        weather = build_sentence(["The", "weather", "was", "mild", "."], [1, 2, 2, 2, 2],
                                 ["det", "nsubj", "ROOT", "acomp", "punct"], pos=["DET", "NOUN", "AUX", "ADJ", "PUNCT"],
                                 lemmas=["the", "weather", "be", "mild", "."], index=1, offset=21)
        return [ParsedArticle(a, (accused, weather)) for a in articles]


class RecordingTyper:
    """Stands in for the typer: records what it is asked to type and types nothing."""

    version = "recording"

    def __init__(self) -> None:
        self.asked: list[str] = []

    def type_sentences(self, sentences: Sequence[Sentence], lexicon: Any, codes: Any) -> list[None]:
        self.asked.extend(s.text for s in sentences)
        return [None] * len(sentences)

    def embed(self, texts: Sequence[str]) -> Any:  # pragma: no cover - never reached with no typings
        raise AssertionError("not used")


def test_with_the_screen_on_only_sentences_with_a_predicate_are_typed(resources: CoderResources) -> None:
    typer = RecordingTyper()
    pipeline = Pipeline(make_options().with_(calibrate=False), parser=HandParser(), resources=resources,
                        typer=typer)  # type: ignore[arg-type]
    coded = list(pipeline.code_articles([Article("a", "x"), Article("b", "y")]))
    assert typer.asked == ["Russia accused Ukraine .", "Russia accused Ukraine ."]
    assert [e.event_type for c in coded for e in c.events] == ["ACCUSE", "ACCUSE"]


def test_with_the_screen_off_every_sentence_is_typed(resources: CoderResources) -> None:
    typer = RecordingTyper()
    pipeline = Pipeline(make_options().with_(screen=False, calibrate=False), parser=HandParser(), resources=resources,
                        typer=typer)  # type: ignore[arg-type]
    list(pipeline.code_articles([Article("a", "x")]))
    assert typer.asked == ["Russia accused Ukraine .", "The weather was mild ."]
