"""What --db may be, article identity, merge staleness, quarantine keys and dyadwatch check (issue 15).

No model is loaded: articles are coded by hand (tests/eventfactory.py) or by a stub coder.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb
import pytest

import dyadwatch
from dyadwatch.errors import NotAStoreError, StoreDamagedError, StoreOpenError, StoreSchemaError
from dyadwatch.readers import Problem
from dyadwatch.records import Article, CodedArticle
from dyadwatch.store.eventstore import EventStore
from dyadwatch.store.ingest import ingest_articles, new_counts
from dyadwatch.store.integrity import check_store, problems
from dyadwatch.store.versions import merge_is_stale

from ..eventfactory import build_store, coded, event, flip_bytes

CODER = "test/1"


@pytest.mark.parametrize("name", ["store.csv", "store.json", "store.jsonl", "store"])
def test_db_with_another_extension_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("id,text\n1,hello\n")
    with pytest.raises(NotAStoreError, match=r"named \.duckdb"):
        EventStore(path)
    assert path.read_text() == "id,text\n1,hello\n"


def test_a_file_that_is_not_a_dyadwatch_store_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.duckdb"
    fake.write_text("not a database at all, but named like one")
    with pytest.raises(NotAStoreError, match="not a DuckDB file"):
        EventStore(fake)
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INTEGER)").close()
    for read_only in (False, True):
        with pytest.raises(NotAStoreError, match="not a dyadwatch store"):
            EventStore(other, read_only=read_only)
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    with pytest.raises(StoreSchemaError):
        EventStore(empty, read_only=True)


def test_a_store_from_a_newer_dyadwatch_is_refused(tmp_path: Path) -> None:
    path = build_store(tmp_path / "s.duckdb", [coded("a", [event()])])
    db = duckdb.connect(str(path))
    db.execute("INSERT INTO schema_migrations VALUES (99, 'from the future', now())")
    db.close()
    with pytest.raises(NotAStoreError, match="newer dyadwatch"):
        EventStore(path)


def test_a_truncated_store_is_damaged_before_it_answers(tmp_path: Path) -> None:
    path = build_store(tmp_path / "s.duckdb", [coded(f"a{n}", [event(article=f"a{n}")]) for n in range(200)])
    assert check_store(path)["events"] == 200
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises((StoreDamagedError, StoreOpenError)) as caught:
        EventStore(path, read_only=True)
    assert "one process at a time" not in str(caught.value)  # not the lock hint: "block" holds "lock"
    with pytest.raises(StoreDamagedError):
        dyadwatch.open(path)


def test_check_finds_flipped_bytes_and_broken_invariants(tmp_path: Path) -> None:
    path = build_store(tmp_path / "s.duckdb", [coded(f"a{n}", [event(article=f"a{n}", sentence=f"Text {n}. " * 30)])
                                               for n in range(300)])
    db = duckdb.connect(str(path))
    db.execute("DELETE FROM articles WHERE article_id = 'a1'")  # an event without its article
    db.close()
    with pytest.raises(StoreDamagedError, match="1 events without their article"):
        check_store(path)

    path.write_bytes(flip_bytes(path.read_bytes()))
    with pytest.raises(StoreDamagedError) as caught:
        check_store(path)
    assert "one process at a time" not in str(caught.value) and "\n" not in str(caught.value)


class StubCoder:
    """Codes each article into one event (none when its text says so); fails on 'poison'."""

    def __call__(self, articles: Iterable[Article]) -> Iterator[CodedArticle | Problem]:
        for article in articles:
            if "poison" in article.text:
                yield Problem(article.origin or article.id, "D107", "RuntimeError: boom")
                continue
            events = [] if "quiet" in article.text else [event(article=article.id, sentence=article.text)]
            made = coded(article.text, events, source=article.source, url=article.url)
            yield CodedArticle(article, made.events, sentences=made.sentences)


def run(store: EventStore, articles: list[Article]) -> tuple[dict[str, int], list[str]]:
    counts, notes = new_counts(), []
    counts["read"] = len(articles)
    run_id = store.start_run(CODER, ["test"])
    ingest_articles(store, articles, StubCoder(), CODER, run_id, counts, notes.append)
    return counts, notes


def test_a_new_text_under_a_known_id_retires_the_old_version(tmp_path: Path) -> None:
    with EventStore(tmp_path / "s.duckdb") as store:
        run(store, [Article("story", "China and the US agreed.", url="http://x/1")])
        counts, notes = run(store, [Article("story", "China and the US agreed, edited.", url="http://x/1")])
        assert counts["coded"] == 1 and counts["versions"] == 1 and "[D108]" in notes[0]
        assert store.count("events") == 1 and store.count("mentions") == 1
        current = store.db.execute("SELECT text FROM articles WHERE superseded_by IS NULL").fetchall()
        assert current == [("China and the US agreed, edited.",)]
        counts, _ = run(store, [Article("story", "China and the US agreed.", url="http://x/1")])  # the old text
        assert counts["already"] == 1 and store.count("events") == 1
        assert problems(store.db, store.path) == []


def test_a_duplicate_text_is_another_mention_and_counts_add_up(tmp_path: Path) -> None:
    text = "China and the US agreed."
    with EventStore(tmp_path / "s.duckdb") as store:
        counts, notes = run(store, [Article("a", text, source="Wire", url="http://a"),
                                    Article("b", text, source="Paper", url="http://b"),
                                    Article("c", "A quiet day.", url="http://c")])
        assert (counts["coded"], counts["skipped"], counts["duplicates"], counts["events"]) == (2, 1, 1, 1)
        assert any("[D109]" in n and "Paper" in n for n in notes)
        assert store.count("articles") == 2 and store.count("events") == 1
        sightings = store.db.execute("SELECT article_id, source, url FROM article_mentions ORDER BY 1").fetchall()
        assert sightings == [("a", "Wire", "http://a"), ("b", "Paper", "http://b"), ("c", None, "http://c")]
        coders = dict(store.db.execute("SELECT article_id, coder FROM articles").fetchall())
        assert coders == {"a": CODER, "c": CODER}  # the article without events is remembered as coded
        counts, notes = run(store, [Article("b", text, source="Paper", url="http://b"),
                                    Article("c", "A quiet day.", url="http://c")])
        assert (counts["coded"], counts["skipped"], notes) == (0, 2, [])
        assert store.count("article_mentions") == 3


def test_a_failed_record_is_quarantined_once_and_the_run_goes_on(tmp_path: Path) -> None:
    with EventStore(tmp_path / "s.duckdb") as store:
        articles = [Article("p", "poison", origin="in.jsonl:1"), Article("ok", "China and the US agreed.")]
        counts, notes = run(store, articles)
        assert (counts["coded"], counts["quarantined"]) == (1, 1)
        assert notes == ["Error: [D107] in.jsonl:1: RuntimeError: boom"]
        run(store, articles)
        assert store.db.execute("SELECT origin, code FROM quarantine").fetchall() == [("in.jsonl:1", "D107")]
        assert store.db.execute("SELECT count(*) FROM runs WHERE finished_at IS NULL").fetchone() == (0,)


def test_a_run_stopped_before_its_merge_is_merged_on_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with EventStore(path) as store:
        store.start_run(CODER, ["x"])
        store.store(coded("a", [event()]), coder=CODER)  # killed here: stored, not merged, not finished
        assert merge_is_stale(store.db)
    with pytest.raises(StoreDamagedError, match="out of date"):
        check_store(path)
    with dyadwatch.open(path) as db:
        assert len(db.merged()) == 1
    check_store(path)


def test_two_copies_in_one_batch_are_stored_and_counted_once(tmp_path: Path) -> None:
    text = "China and the US agreed."

    def batch_coder(articles: Iterable[Article]) -> Iterator[CodedArticle | Problem]:
        yield from StubCoder()(list(articles))  # both copies are coded before either is stored

    with EventStore(tmp_path / "s.duckdb") as store:
        counts, notes = new_counts(), []
        counts["read"] = 2
        ingest_articles(store, [Article("a", text), Article("a", text)], batch_coder, CODER,
                        store.start_run(CODER, ["x"]), counts, notes.append)
        assert (counts["coded"], counts["skipped"], counts["already"], counts["events"]) == (1, 1, 1, 1)
        assert store.count("articles") == 1 and store.count("events") == 1


def test_an_article_the_store_refuses_is_quarantined_and_the_run_goes_on(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    with EventStore(tmp_path / "s.duckdb") as store:
        real = store.store_version

        def refuse_bad(coded_article: CodedArticle, *args: object) -> list[str]:
            if coded_article.article.id == "bad":
                raise duckdb.ConversionException("Conversion Error: cannot store this")
            return real(coded_article, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(store, "store_version", refuse_bad)
        counts, notes = run(store, [Article("bad", "China and the US met.", origin="in.jsonl:1"),
                                    Article("good", "China and the US agreed.", origin="in.jsonl:2")])
        assert (counts["coded"], counts["quarantined"]) == (1, 1)
        assert notes[0].startswith("Error: [D107] in.jsonl:1: article bad could not be stored (ConversionException")
        assert store.count("articles") == 1 and store.count("quarantine") == 1


def test_a_run_killed_during_its_merge_is_not_finished_and_merges_again(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.duckdb"
    with EventStore(path) as store:
        def killed() -> dict[str, int]:
            raise KeyboardInterrupt  # stands in for kill -9 in the middle of the merge

        monkeypatch.setattr(store, "merge", killed)
        with pytest.raises(KeyboardInterrupt):
            run(store, [Article("a", "China and the US agreed.")])
        assert store.db.execute("SELECT count(*) FROM runs WHERE finished_at IS NULL").fetchone() == (1,)
        assert merge_is_stale(store.db)
    with EventStore(path) as store:  # the next ingest merges at its end, whatever it reads
        counts, _ = run(store, [Article("a", "China and the US agreed.")])
        assert counts["already"] == 1 and store.count("mentions") == 1 and not merge_is_stale(store.db)
    check_store(path)


def test_ids_made_up_by_readers_make_no_versions(tmp_path: Path) -> None:
    from dyadwatch.store.versions import positional_id

    assert positional_id(Article("in-3", "t", origin="/x/in.jsonl:3"))
    assert positional_id(Article("sub/index#p2", "t", origin="/x/sub/index.html.gz"))
    assert not positional_id(Article("reuters-123", "t", origin="/x/in.jsonl:3"))
    assert not positional_id(Article("http://a/b", "t", origin="/x/a.warc:record 2"))
    with EventStore(tmp_path / "s.duckdb") as store:
        run(store, [Article("index", "China and the US agreed.", origin="/day1/index.html")])
        counts, _ = run(store, [Article("index", "Russia and Ukraine met.", origin="/day2/index.html")])
        assert counts["versions"] == 0 and store.count("articles") == 2 and store.count("events") == 2
