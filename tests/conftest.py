"""Shared fixtures. Nothing here loads the spaCy model: model tests are marked ``slow`` and load
it once through the ``pipeline`` fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.coder.events import CoderResources

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SUMMIT = SHARED / "articles" / "busan-summit-2025.txt"
SAMPLE = REPO / "src" / "dyadwatch" / "data" / "sample" / "corpus.jsonl"


@pytest.fixture(scope="session")
def resources() -> CoderResources:
    return CoderResources.load()


@pytest.fixture(scope="session")
def pipeline(resources: CoderResources):  # type: ignore[no-untyped-def]
    from dyadwatch.pipeline import Pipeline

    return Pipeline(resources=resources)
