from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from dyadwatch.errors import MissingInputError
from dyadwatch.readers import Problem, ReaderOptions, read_inputs, split_title
from dyadwatch.records import Article


def test_title_split_on_blank_line_or_short_second_line() -> None:
    assert split_title("Leaders meet\n\nThe leaders met.") == ("Leaders meet", "The leaders met.")
    assert split_title("Leaders meet\nA standfirst without a stop\nBody.")[0] == "Leaders meet"
    assert split_title("The leaders met.\nThey talked.") == (None, "The leaders met.\nThey talked.")


def test_jsonl_bad_lines_are_named_and_good_ones_kept(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text('{"id": "a", "text": "Xi met Trump.", "published": "2025-10-30"}\n'
                 '{"id": "b", "text": \n'
                 '{"id": "c", "text": ""}\n'
                 '["not", "an", "object"]\n'
                 '{"text": "Putin met Modi."}\n', encoding="utf-8")
    items = list(read_inputs([str(f)]))
    articles = [i for i in items if isinstance(i, Article)]
    problems = [i for i in items if isinstance(i, Problem)]
    assert [a.id for a in articles] == ["a", "batch-5"]
    assert articles[0].published == date(2025, 10, 30)
    assert [p.origin.rsplit(":", 1)[1] for p in problems] == ["2", "3", "4"]
    assert all(p.code.startswith("D1") for p in problems)


def test_binary_empty_and_bad_encoding_are_problems(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 1000)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Title\n\nIndia met Japan.", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    kinds = {Path(i.origin or "").name: type(i).__name__ for i in items}
    assert kinds == {"bin.txt": "Problem", "empty.txt": "Problem", "latin.txt": "Problem", "good.txt": "Article"}


def test_missing_path_raises_before_reading(tmp_path: Path) -> None:
    with pytest.raises(MissingInputError, match=r"\[D101\]"):
        list(read_inputs([str(tmp_path / "nope.txt")]))


def test_stdin_and_size_limit() -> None:
    items = list(read_inputs(["-"], stdin=io.StringIO("x" * 2000), options=ReaderOptions(max_chars=1000,
                                                                                         oversize="skip")))
    assert isinstance(items[0], Problem) and items[0].code == "D104"
