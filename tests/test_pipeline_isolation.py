"""One record never stops a run, and no input is parsed in one unbounded piece (issue 15).

A stub parser stands in for spaCy: it fails on a poisoned article, so the pipeline must code the
rest of the batch and hand back the poisoned one as a D107 problem.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyadwatch.coder.events import CoderResources
from dyadwatch.config import make_options
from dyadwatch.errors import ModelNotFoundError
from dyadwatch.parse import text_pieces
from dyadwatch.pipeline import Pipeline, batches
from dyadwatch.readers import Problem
from dyadwatch.records import Article, CodedArticle, ParsedArticle


class PoisonParser:
    """Parses nothing (no sentences); raises on an article whose text says 'poison'."""

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error or RecursionError("maximum recursion depth exceeded")
        self.calls = 0

    def parse(self, articles: Sequence[Article]) -> list[ParsedArticle]:
        self.calls += 1
        if any("poison" in a.text for a in articles):
            raise self.error
        return [ParsedArticle(a, ()) for a in articles]


def test_a_failing_article_is_a_problem_and_its_batch_is_coded(resources: CoderResources) -> None:
    pipeline = Pipeline(make_options(batch_size=8), parser=PoisonParser(), resources=resources, typer=None)
    articles = [Article(f"a{n}", "poison" if n == 3 else f"Story {n}.", origin=f"in.jsonl:{n}") for n in range(6)]
    out = list(pipeline.code_safely(articles))
    assert [type(x).__name__ for x in out] == ["CodedArticle"] * 3 + ["Problem"] + ["CodedArticle"] * 2
    problem = out[3]
    assert isinstance(problem, Problem) and problem.code == "D107" and problem.origin == "in.jsonl:3"
    assert "RecursionError" in problem.message
    assert [x.article.id for x in out if isinstance(x, CodedArticle)] == ["a0", "a1", "a2", "a4", "a5"]


def test_configuration_errors_still_stop_the_run(resources: CoderResources) -> None:
    parser = PoisonParser(ModelNotFoundError("no model"))
    pipeline = Pipeline(make_options(), parser=parser, resources=resources, typer=None)
    try:
        list(pipeline.code_safely([Article("a", "poison")]))
    except ModelNotFoundError:
        return
    raise AssertionError("a missing model must stop the run")


def test_long_paragraphs_are_parsed_in_pieces_cut_at_sentence_ends() -> None:
    text = "Headline\n\n" + "Xi met Trump in Busan. " * 2000 + "\nA short paragraph."
    pieces = list(text_pieces(text, limit=5000))
    assert all(len(piece) <= 5000 for _, piece in pieces)
    assert all(text[start:start + len(piece)] == piece for start, piece in pieces)  # offsets into the text
    assert all(piece.endswith((".", "Headline")) for _, piece in pieces)
    no_ends = "x" * 12_000
    assert [len(p) for _, p in text_pieces(no_ends, limit=5000)] == [5000, 5000, 2000]


def test_batches_hold_fewer_long_articles() -> None:
    short = [Article(f"s{n}", "x" * 100) for n in range(100)]
    assert [len(b) for b in batches(short, 64)] == [64, 36]
    long = [Article(f"l{n}", "x" * 150_000) for n in range(5)]
    assert [len(b) for b in batches(long, 64, chars=400_000)] == [2, 2, 1]
