"""The shipped event typer loads and types plain sentences sensibly (slow: loads spaCy and the model)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.eventtyper import EventTyper
from dyadwatch.records import Article

pytestmark = pytest.mark.slow

SENTENCES = [
    ("Russian warplanes bombed a hospital in the city of Aleppo on Tuesday, killing 14 people.", {"ASSAULT"}),
    ("The foreign ministers of Japan and Vietnam held talks in Hanoi on maritime security.", {"CONSULT"}),
    ("Police arrested dozens of opposition supporters in the capital on Sunday.", {"COERCE"}),
    ("The European Union urged both sides to return to the negotiating table.", {"REQUEST"}),
    ("Kenya accused Somalia of violating its airspace.", {"ACCUSE"}),
    ("The country's population grew by two percent last year, the statistics office said.", {"NONE"}),
]


@pytest.fixture(scope="module")
def typer() -> EventTyper:
    found = EventTyper.load()
    if found is None:
        pytest.skip("no event typer model in this checkout")
    return found


def test_shipped_typer_types_plain_sentences(typer: EventTyper, pipeline) -> None:  # type: ignore[no-untyped-def]
    parsed = pipeline.parser.parse([Article(id=str(i), text=t) for i, (t, _) in enumerate(SENTENCES)])
    sentences = [p.sentences[0] for p in parsed]
    typings = typer.type_sentences(sentences, pipeline.resources.lexicon, pipeline.resources.codes)
    got = [t.label for t in typings]
    right = sum(label in want for label, (_, want) in zip(got, SENTENCES, strict=True))
    assert right >= len(SENTENCES) - 1, got
    for t in typings:
        assert abs(sum(t.probs) - 1.0) < 1e-3 and 0.0 < t.confidence <= 1.0
