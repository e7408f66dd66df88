"""Damaged and hostile inputs (issue 15): nothing readable is lost, nothing is unbounded.

Each test is one reproduction of the issue: gzip with junk after it or cut in half, a bad byte in
a CSV row, a WARC cut in a record's body or headers, deep nesting and lone surrogates in JSONL,
decompression bombs and over-long lines, invisible characters inside words.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from dyadwatch.readers import Problem, ReaderOptions, read_inputs
from dyadwatch.readers.limits import Gunzip, capped_lines, clean_text
from dyadwatch.records import Article

TEXT = "President Xi Jinping met President Donald Trump in Busan on Thursday to discuss trade."


def jsonl_lines(n: int, start: int = 1) -> bytes:
    return b"".join(json.dumps({"id": f"a{k}", "text": f"{TEXT} Story {k}."}).encode() + b"\n"
                    for k in range(start, start + n))


def items(path: Path, options: ReaderOptions | None = None) -> tuple[list[Article], list[Problem]]:
    got = list(read_inputs([str(path)], options=options or ReaderOptions(languages=())))
    return ([x for x in got if isinstance(x, Article)], [x for x in got if isinstance(x, Problem)])


def test_gzip_with_junk_after_it_keeps_every_article(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl_lines(40)) + b"JUNK")
    articles, problems = items(path)
    assert [a.id for a in articles] == [f"a{k}" for k in range(1, 41)]
    assert [(p.code, "junk" in p.message) for p in problems] == [("D102", True)]


def test_half_a_gzip_file_yields_its_complete_lines(tmp_path: Path) -> None:
    data = gzip.compress(jsonl_lines(400))
    path = tmp_path / "half.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    articles, problems = items(path)
    assert len(articles) > 20
    assert [a.id for a in articles] == [f"a{k}" for k in range(1, len(articles) + 1)]
    assert problems[-1].code == "D102" and "cut short" in problems[-1].message
    assert all(p.code in ("D102", "D103") for p in problems)  # the cut line itself, then the cut


def test_several_gzip_members_are_read_in_turn() -> None:
    raw = io.BytesIO(gzip.compress(b"one\n") + gzip.compress(b"two\n") + b"\x00" * 8)
    unpacked = Gunzip(raw)
    assert io.BufferedReader(unpacked).read() == b"one\ntwo\n"
    assert unpacked.damage is None


def test_a_bad_byte_in_a_csv_row_costs_that_row_only(tmp_path: Path) -> None:
    rows = [f'r{k},"{TEXT} Row {k}."'.encode() for k in range(1, 41)]
    rows[19] = rows[19].replace(b"Busan", b"Bus\xffan")
    path = tmp_path / "in.csv"
    path.write_bytes(b"id,text\n" + b"\n".join(rows) + b"\n")
    articles, problems = items(path)
    assert len(articles) == 39 and "r20" not in {a.id for a in articles}
    assert [(p.code, p.origin.rsplit(":", 1)[1]) for p in problems] == [("D102", "21")]


def test_a_warc_cut_in_a_body_or_in_headers_keeps_the_records_before(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for n in range(2):
        body = f"<html><body><article><p>{TEXT * 5} Story {n}.</p></article></body></html>".encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://example.com/{n}", "response",
                                                      payload=io.BytesIO(body), http_headers=http))
    data = buf.getvalue()
    second = data.index(b"WARC/1", 10)
    for name, cut, message in (("body", second + 700, "cut short"), ("headers", second + 60, "not a readable")):
        path = tmp_path / f"{name}.warc"
        path.write_bytes(data[:cut])
        articles, problems = items(path)
        assert [a.url for a in articles] == ["http://example.com/0"], name
        assert [(p.code, p.origin.endswith("record 2"), message in p.message) for p in problems] == [
            ("D102", True, True)], name


def test_a_gzipped_warc_cut_in_its_second_record_keeps_the_first(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    sizes = []
    for n in range(2):
        body = f"<html><body><article><p>{TEXT * 5} Story {n}.</p></article></body></html>".encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://example.com/{n}", "response",
                                                      payload=io.BytesIO(body), http_headers=http))
        sizes.append(buf.tell())
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(buf.getvalue()[: sizes[0] + (sizes[1] - sizes[0]) // 2])
    articles, problems = items(path)
    assert [a.url for a in articles] == ["http://example.com/0"]
    assert problems and all(p.code == "D102" for p in problems)


def test_deep_nesting_and_lone_surrogates_cost_one_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "ok1", "text": TEXT}), "[" * 3000 + "]" * 3000,
             '{"id": "s\\ud83d", "title": "t\\ud83d", "text": "' + TEXT + ' \\ud83d"}',
             json.dumps({"id": "ok2", "text": TEXT})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = items(path)
    assert [a.id for a in articles] == ["ok1", "s\ufffd", "ok2"]
    assert articles[1].text.endswith("\ufffd") and articles[1].title == "t\ufffd"
    articles[1].text.encode("utf-8")  # no lone surrogate left to break the output or the store
    assert [(p.code, p.origin.endswith(":2")) for p in problems] == [("D103", True)]


def test_a_gzip_bomb_and_a_long_line_stop_at_the_caps(tmp_path: Path) -> None:
    bomb = tmp_path / "nul.jsonl.gz"
    bomb.write_bytes(gzip.compress(b"\x00" * 3_000_000 + b"\n" + jsonl_lines(1)))
    options = ReaderOptions(languages=(), max_line_bytes=100_000, max_input_bytes=2_000_000)
    articles, problems = items(bomb, options)
    assert articles == [] and [p.code for p in problems] == ["D104", "D104"]  # the line, then the input
    assert "--max-input-bytes" in problems[-1].message

    long_line = tmp_path / "long.jsonl"
    long_line.write_bytes(jsonl_lines(1) + b'{"text": "' + b"0" * 500_000 + b'"}\n' + jsonl_lines(1, start=2))
    articles, problems = items(long_line, ReaderOptions(languages=(), max_line_bytes=100_000))
    assert [a.id for a in articles] == ["a1", "a2"]
    assert [(p.code, p.origin.endswith(":2")) for p in problems] == [("D104", True)]


def test_a_whole_file_over_the_record_cap_is_d104(tmp_path: Path) -> None:
    path = tmp_path / "zeros.txt.gz"
    path.write_bytes(gzip.compress(b"0" * 300_000))
    articles, problems = items(path, ReaderOptions(languages=(), max_record_bytes=100_000))
    assert articles == [] and [p.code for p in problems] == ["D104"]


def test_capped_lines_skip_a_long_line_without_holding_it() -> None:
    stream = io.BufferedReader(io.BytesIO(b"short\n" + b"x" * 1000 + b"\nafter\n"))
    assert list(capped_lines(stream, 100)) == [b"short\n", None, b"after\n"]


def test_oversize_skip_is_decided_before_repair(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "â€œ" * 3000}) + "\n", encoding="utf-8")
    articles, problems = items(path, ReaderOptions(languages=(), max_chars=1000, oversize="skip"))
    assert articles == [] and [p.code for p in problems] == ["D104"]


def test_invisible_characters_are_removed_in_repair(tmp_path: Path) -> None:
    assert clean_text("In\u200ddia and Pak\u200bistan\u2060") == "India and Pakistan"
    assert clean_text("a\x00b\tc\nd\x1b") == "a b\tc\nd "
    path = tmp_path / "zw.txt"
    path.write_text("In\u200ddia accused Pakistan of shelling.\n", encoding="utf-8")
    articles, _ = items(path)
    assert articles[0].text.startswith("India accused")
