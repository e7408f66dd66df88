"""The progress bar: drawn only when asked (a terminal), notes always reach stderr (no model)."""

from __future__ import annotations

import io

from dyadwatch.progress import RunProgress
from dyadwatch.readers import ReadStats


def test_bar_shows_articles_rate_events_and_eta() -> None:
    out, stats = io.StringIO(), ReadStats()
    with RunProgress(1000, stats, enabled=True, stream=out) as progress:
        stats.bytes_done = 500
        progress.advance(3)
        progress.note("Error: [D103] in.jsonl:2: broken JSON")
        progress.advance(2)
    text = out.getvalue()
    assert text.startswith("Error: [D103] in.jsonl:2: broken JSON\n")
    assert "2 articles" in text and "articles/s" in text and "5 events" in text and "ETA" in text


def test_silent_when_not_a_terminal() -> None:
    out = io.StringIO()  # not a terminal
    with RunProgress(1000, ReadStats(), stream=out) as progress:
        progress.advance(4)
        progress.note("Note: [D106] de.txt: not English (de); skipped")
    assert out.getvalue() == "Note: [D106] de.txt: not English (de); skipped\n"
    assert (progress.articles, progress.events) == (1, 4)
