"""Fixtures for the web tests: a real DuckDB store coded from the sample corpus (once per session,
with the parser model), apps over it, and a store of hostile text built by hand."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dyadwatch.web import create_app

from ..conftest import SAMPLE
from ..eventfactory import build_store, coded, event

TOKEN = "test-token-0123456789"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus ingested by the real CLI into a fresh store."""
    path = tmp_path_factory.mktemp("web") / "sample.duckdb"
    done = subprocess.run([sys.executable, "-m", "dyadwatch", "ingest", str(SAMPLE), "--db", str(path)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(scope="module")
def client(sample_db: Path) -> Iterator[TestClient]:
    """A read-only app over the sample store."""
    app = create_app(sample_db)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.bench.db.close()


@pytest.fixture()
def review_db(sample_db: Path, tmp_path: Path) -> Path:
    """A copy of the sample store for tests that write reviews."""
    copy = tmp_path / "review.duckdb"
    shutil.copy(sample_db, copy)
    return copy


@pytest.fixture()
def review_client(review_db: Path) -> Iterator[TestClient]:
    app = create_app(review_db, allow_review=True, token=TOKEN)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.bench.db.close()


HOSTILE = '<script>alert("x")</script> Xi met Trump & <b>friends</b> in Busan.'


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store whose article text, title and URL come from a hostile page."""
    from dataclasses import replace

    article = coded("evil", [event(trigger="met", sentence=HOSTILE)], url="javascript:alert(1)")
    article = replace(article, article=replace(article.article, title='<img src=x onerror="alert(1)">'))
    return build_store(tmp_path_factory.mktemp("hostile") / "hostile.duckdb", [article])
