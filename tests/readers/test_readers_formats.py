"""Each reader on small hand-written inputs, chosen by content as well as by file name (no model)."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from dyadwatch.readers import (
    Fields,
    LanguageDetector,
    Problem,
    ReaderOptions,
    ReadStats,
    choose_reader,
    read_inputs,
    split_text,
)
from dyadwatch.readers.text import strip_markdown
from dyadwatch.records import Article

PARAGRAPHS = [
    "The foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss fishing quotas.",
    "They agreed to hold further talks next month, a spokesperson for the Norwegian ministry said.",
    "Both sides praised the constructive tone of the meeting and pledged to keep the talks going.",
]
HTML = f"""<!DOCTYPE html>
<html><head><title>Ministers meet in Oslo | Example Wire</title>
<meta property="og:title" content="Ministers meet in Oslo">
<meta property="og:url" content="https://news.example.org/2024/ministers-meet">
<meta property="article:published_time" content="2024-05-02T09:00:00Z">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ministers meet in Oslo</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article><footer>Copyright Example Wire. All rights reserved.</footer></body></html>
"""
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Wire</title><link>https://news.example.org/</link><description>News</description>
<item><title>Ministers meet in Oslo</title><link>https://news.example.org/1</link>
<guid>urn:example:1</guid><pubDate>Thu, 02 May 2024 09:00:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>The ministers met in Oslo.</p><p>They agreed to talk again.</p>]]></content:encoded>
</item>
<item><title>Talks in Santiago</title><link>https://news.example.org/2</link>
<pubDate>Fri, 03 May 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Chile hosted the second round of talks.&lt;/p&gt;</description></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:example:feed</id>
<updated>2024-05-04T00:00:00Z</updated>
<entry><title>Envoys meet</title><id>urn:example:a1</id><link href="https://news.example.org/a1"/>
<published>2024-05-04T08:00:00Z</published><updated>2024-05-04T08:00:00Z</updated>
<summary>The envoys met in Geneva on Saturday.</summary></entry></feed>
"""
GERMAN = ("Die Außenminister von Norwegen und Chile haben sich am Dienstag in Oslo getroffen, um über "
          "Fangquoten zu sprechen. Beide Seiten lobten den konstruktiven Ton des Treffens und wollen die "
          "Gespräche im nächsten Monat fortsetzen, sagte eine Sprecherin des Ministeriums.")


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


def read(paths: list[Path], detector: LanguageDetector | None = None, **options: object) -> list[Article | Problem]:
    return list(read_inputs([str(p) for p in paths], options=ReaderOptions(**options),  # type: ignore[arg-type]
                            detector=detector))


def articles(items: list[Article | Problem]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def warc_bytes(gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    pages = [("https://news.example.org/oslo", "text/html; charset=utf-8", HTML.encode()),
             ("https://news.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))]
    for uri, ctype, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    writer.write_record(writer.create_warc_record("https://news.example.org/oslo", "request",
                                                  payload=io.BytesIO(b"GET /oslo HTTP/1.1\r\n\r\n")))
    return out.getvalue()


def test_html_page_gives_text_title_date_and_url(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    [article] = articles(read([tmp_path / "page.html"]))
    assert article.title == "Ministers meet in Oslo"
    assert article.published == date(2024, 5, 2)
    assert article.url == "https://news.example.org/2024/ministers-meet"
    assert article.text.split("\n") == PARAGRAPHS  # no navigation, footer or repeated headline


def test_rss_and_atom_entries_are_articles(tmp_path: Path) -> None:
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "feed.atom").write_text(ATOM, encoding="utf-8")
    got = articles(read([tmp_path / "feed.rss", tmp_path / "feed.atom"]))
    assert [a.id for a in got] == ["urn:example:1", "https://news.example.org/2", "urn:example:a1"]
    first, second, atom = got
    assert first.text == "The ministers met in Oslo.\nThey agreed to talk again."  # content, not summary
    assert first.published == date(2024, 5, 2) and first.source == "Example Wire"
    assert second.text == "Chile hosted the second round of talks." and second.url == "https://news.example.org/2"
    assert atom.title == "Envoys meet" and atom.published == date(2024, 5, 4)
    assert first.origin is not None and first.origin.endswith("feed.rss:entry 1")


@pytest.mark.parametrize("gz", [False, True])
def test_warc_takes_html_responses_with_their_uri(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(warc_bytes(gz))
    items = read([path])
    assert len(items) == 1  # the image response and the request record are not articles
    [article] = articles(items)
    assert article.id == article.url == "https://news.example.org/oslo"
    assert article.title == "Ministers meet in Oslo" and article.text.startswith("The foreign ministers")


def test_csv_and_jsonl_with_configured_field_names(tmp_path: Path) -> None:
    (tmp_path / "dump.csv").write_text(
        'story_id,headline,body,day,link\n'
        's1,Talks,"Norway met Chile in Oslo.\n\nThey agreed to meet again.",2024-05-02,https://x.example/1\n'
        's2,,"Chile met Peru.",,\n'
        's3,No body,,2024-05-03,\n', encoding="utf-8")
    (tmp_path / "dump.jsonl").write_text(json.dumps({"story_id": "j1", "body": "Peru met Chile.",
                                                     "day": "Fri, 03 May 2024 10:00:00 GMT"}) + "\n",
                                         encoding="utf-8")
    fields = Fields(text="body", date=("day",), id="story_id", title="headline", url="link")
    items = read([tmp_path / "dump.csv", tmp_path / "dump.jsonl"], fields=fields, published=date(2024, 1, 1))
    got = articles(items)
    assert [a.id for a in got] == ["s1", "s2", "j1"]
    assert got[0].text == "Norway met Chile in Oslo.\n\nThey agreed to meet again."
    assert got[0].title == "Talks" and got[0].published == date(2024, 5, 2) and got[0].url == "https://x.example/1"
    assert got[1].title is None and got[1].published == date(2024, 1, 1)  # empty cells: the defaults
    assert got[2].published == date(2024, 5, 3)
    [bad] = [i for i in items if isinstance(i, Problem)]
    assert bad.code == "D102" and bad.origin.endswith("dump.csv:6")  # s1 spans lines 2-4


def test_csv_without_the_text_column_is_one_problem(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    [item] = read([tmp_path / "x.csv"])
    assert isinstance(item, Problem) and item.code == "D103" and "'text' column" in item.message


@pytest.mark.parametrize(("name", "content", "kind"), [
    ("page.txt", HTML, "html"),
    ("feed.txt", RSS, "feed"),
    ("atom.html", ATOM, "feed"),
    ("records.txt", '{"text": "Norway met Chile."}\n', "jsonl"),
    ("table.dat", "id,text\n1,Norway met Chile.\n", "csv"),
    ("notes.json", "Norway met Chile.", "jsonl"),  # the suffix decides when the content says nothing
    ("story.html", "Just a line of text.", "html"),
])
def test_reader_chosen_by_content_before_suffix(name: str, content: str, kind: str) -> None:
    suffix = Path(name).suffix
    reader = choose_reader(content.encode(), suffix)
    assert reader is not None and reader.name == kind


def test_wrong_suffixes_are_read_by_content(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(HTML, encoding="utf-8")
    (tmp_path / "feed.dat").write_text(RSS, encoding="utf-8")
    (tmp_path / "crawl.bin").write_bytes(warc_bytes(gz=True))
    (tmp_path / "lines.txt.gz").write_bytes(gzip.compress(b'{"id": "g1", "text": "Peru met Chile."}\n'))
    got = articles(read([tmp_path]))
    assert sorted(a.id for a in got) == ["g1", "https://news.example.org/2", "https://news.example.org/oslo",
                                         "page", "urn:example:1"]


def test_binary_data_is_not_text_whatever_the_name(tmp_path: Path) -> None:
    (tmp_path / "blob.dat").write_bytes(bytes(range(256)) * 100)
    (tmp_path / "fake.warc.gz").write_bytes(b"\x1f\x8b" + bytes(100))
    items = read([tmp_path])
    assert [(type(i).__name__, i.code) for i in items if isinstance(i, Problem)] == [("Problem", "D102")] * 2


def test_markdown_loses_its_markup(tmp_path: Path) -> None:
    md = ("# Ministers meet in Oslo\n\n"
          "The **foreign ministers** of [Norway](https://example.org/no) and *Chile* met on `Tuesday`.\n\n"
          "- They agreed to talk again.\n> A quote from the ministry.\n\n![a photo](photo.jpg)\n")
    (tmp_path / "story.md").write_text(md, encoding="utf-8")
    [article] = articles(read([tmp_path / "story.md"]))
    assert article.title == "Ministers meet in Oslo"
    assert article.text.split("\n")[:3] == ["The foreign ministers of Norway and Chile met on Tuesday.", "",
                                            "They agreed to talk again."]
    assert "A quote from the ministry." in article.text and "photo" not in article.text
    assert strip_markdown("snake_case_name stays") == "snake_case_name stays\n"


def test_mojibake_is_repaired(tmp_path: Path) -> None:
    (tmp_path / "m.jsonl").write_text(json.dumps({"id": "m", "title": "Ministers â€” Oslo",
                                                  "text": "â€œWe agreed,â€\x9d the minister said."}) + "\n",
                                      encoding="utf-8")
    [article] = articles(read([tmp_path / "m.jsonl"]))
    assert article.text == "“We agreed,” the minister said."
    assert article.title == "Ministers — Oslo"


def test_non_english_text_is_skipped_with_a_note(tmp_path: Path, detector: LanguageDetector) -> None:
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "en.txt").write_text(" ".join(PARAGRAPHS), encoding="utf-8")
    items = read([tmp_path], detector=detector)
    [note] = [i for i in items if isinstance(i, Problem)]
    assert note.code == "D106" and note.skipped and "not English (de)" in note.message
    assert [a.id for a in articles(items)] == ["en"]
    assert articles(read([tmp_path], detector=detector, languages=()))[0].id == "de"  # no language check


def test_oversize_articles_split_at_paragraphs_or_skip(tmp_path: Path) -> None:
    paragraph = "Norway and Chile met in Oslo to talk about fishing quotas and trade. " * 10
    text = "\n".join([paragraph.strip()] * 5)  # 5 paragraphs of ~690 characters
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    stats = ReadStats()
    items = list(read_inputs([str(tmp_path / "long.txt")], options=ReaderOptions(max_chars=1500), stats=stats))
    got = articles(items)
    assert [a.id for a in got] == ["long#p1", "long#p2", "long#p3"]
    assert all(len(a.text) <= 1500 for a in got) and "\n".join(a.text for a in got) == text
    assert (stats.split, stats.parts) == (1, 3) and stats.bytes_done == len(text.encode())
    [skipped] = read([tmp_path / "long.txt"], max_chars=1500, oversize="skip")
    assert isinstance(skipped, Problem) and skipped.code == "D104"


def test_split_text_cuts_long_paragraphs_at_sentences() -> None:
    text = "One sentence here. " * 200
    parts = split_text(text.strip(), 1000)
    assert all(len(p) <= 1000 for p in parts) and all(p.endswith(".") for p in parts)
    assert " ".join(parts) == text.strip()


def test_jsonl_streams_binary_and_non_utf8_lines_as_problems(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(b'{"id": "a", "text": "Norway met Chile."}\n'
                  b'\x00\x01\x02\xff\xfe binary\n'
                  b'{"id": "b", "text": "caf\xe9"}\n'
                  b'{"id": "c", "text": "Peru met Chile."}\n')
    items = read([f])
    assert [a.id for a in articles(items)] == ["a", "c"]
    assert [(p.origin.rsplit(":", 1)[1], p.code) for p in items if isinstance(p, Problem)] == [("2", "D102"),
                                                                                              ("3", "D102")]


def test_empty_file_is_one_problem(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    [item] = read([tmp_path / "empty.jsonl"])
    assert isinstance(item, Problem) and item.code == "D102" and "empty" in item.message
