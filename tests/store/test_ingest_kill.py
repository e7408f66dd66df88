"""A killed ingest resumes without loss or doubling (slow: the ingest subprocesses load the model).

The ingest holds DuckDB's write lock, so no other process can open the store while it runs, not
even read-only. The test watches a side channel instead: the store's write-ahead log, which grows
with each committed transaction. Once it has grown several times (migrations, the run row, then
articles), the ingest is killed with SIGKILL. Whatever the moment, the store must then hold only
whole articles, and a second ingest must leave it equal to a clean single run.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dyadwatch.store.eventstore import EventStore

from ..conftest import SAMPLE
from ..eventfactory import dump

pytestmark = pytest.mark.slow


def ingest(db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "dyadwatch", "ingest", str(SAMPLE), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def kill_when_wal_has_grown(proc: subprocess.Popen[bytes], wal: Path, changes: int, timeout: float = 60) -> int:
    """SIGKILL ``proc`` once the WAL size has changed ``changes`` times; the number of changes seen."""
    seen, last, deadline = 0, -1, time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        size = wal.stat().st_size if wal.exists() else -1
        if size != last and size > 0:
            seen, last = seen + 1, size
            if seen >= changes:
                break
        time.sleep(0.005)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return seen


def events_by_article(store: EventStore) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for digest, event_id in store.db.execute("SELECT a.content_hash, e.event_id FROM articles a "
                                             "LEFT JOIN events e USING (content_hash)").fetchall():
        out.setdefault(digest, set())
        if event_id is not None:
            out[digest].add(event_id)
    return out


def test_kill_9_mid_ingest_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    clean, killed = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    assert ingest(clean).wait(timeout=120) == 0
    proc = ingest(killed)
    kill_when_wal_has_grown(proc, Path(str(killed) + ".wal"), changes=12)
    assert proc.returncode in (-signal.SIGKILL, 0)

    with EventStore(clean, read_only=True) as store:
        want = dump(store)
        whole = events_by_article(store)
    if killed.exists():
        with EventStore(killed) as store:  # the lock died with the process
            partial = events_by_article(store)
            unfinished = store.db.execute("SELECT count(*) FROM runs WHERE finished_at IS NULL").fetchone()
        # no half-stored article: every stored article has exactly the events of the clean run
        assert all(partial[d] == whole[d] for d in partial)
        assert len(partial) < len(whole) or proc.returncode == 0
        if proc.returncode and partial:
            assert unfinished == (1,)
        print(f"killed after {len(partial)} of {len(whole)} articles")

    assert ingest(killed).wait(timeout=120) == 0
    with EventStore(killed, read_only=True) as store:
        assert dump(store) == want
