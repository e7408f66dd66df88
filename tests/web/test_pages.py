"""The server-rendered pages: every page answers, filters live in the URL, lists page, and text from
the web is escaped everywhere."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from dyadwatch.web import create_app

from .conftest import HOSTILE

HTML = {"accept": "text/html"}


def test_every_page_answers(client: TestClient) -> None:
    event_id = client.get("/api/events", params={"actor": "USA", "limit": 1}).json()["items"][0]["id"]
    for path in ("/", "/events", "/events?type=AGREE&modality=happened", f"/events/{event_id}", "/dyads",
                 "/dyads?actor=CHN", "/dyads/USA/CHN", "/dyads/CHN/USA?by=year&count=mentions&dir=ab",
                 "/actors", "/actors?q=united", "/api/docs", "/review/login"):
        response = client.get(path, headers=HTML)
        assert response.status_code == 200, (path, response.text[:300])
        assert response.headers["content-type"].startswith("text/html")
        assert "<script>" not in response.text  # only external scripts of our own
        assert not re.search(r'<script[^>]+src="(?!/static/)', response.text)
        assert ' style="' not in response.text  # the CSP allows no inline styles


def test_filters_are_in_the_url_and_pages_link_onwards(client: TestClient) -> None:
    page = client.get("/events", params={"actor": "CHN", "limit": 5}, headers=HTML).text
    nxt = re.search(r'rel="next" href="([^"]+)"', page)
    assert nxt and "actor=CHN" in nxt.group(1) and "cursor=" in nxt.group(1)
    second = client.get(nxt.group(1).replace("&amp;", "&"), headers=HTML).text
    assert "« first page" in second
    assert 'href="/api/events?actor=CHN&amp;limit=5&amp;format=csv"' in page
    empty = client.get("/events?actor=CHN&type=&since=", follow_redirects=False)
    assert empty.status_code == 302 and empty.headers["location"] == "/events?actor=CHN"
    dyads = client.get("/dyads", params={"limit": 2}, headers=HTML).text
    assert 'href="/dyads?limit=2&amp;page=2"' in dyads


def test_bad_page_parameters_get_an_error_page(client: TestClient) -> None:
    response = client.get("/events?since=yesterday", headers=HTML)
    assert response.status_code == 400 and "D201" in response.text and "<html" in response.text
    assert client.get("/events/nope", headers=HTML).status_code == 404
    assert client.get("/dyads/USA/Narnia", headers=HTML).status_code == 400


def test_text_from_the_web_is_escaped_everywhere(hostile_db: Path) -> None:
    app = create_app(hostile_db)
    with TestClient(app, raise_server_exceptions=False) as c:
        event_id = c.get("/api/events").json()["items"][0]["id"]
        for path in ("/", "/events", f"/events/{event_id}", "/dyads/CHN/USA", "/events?q=script"):
            text = c.get(path, headers=HTML).text
            assert "<script>alert" not in text and "<b>friends</b>" not in text, path
            assert "<img src=x" not in text, path
        page = c.get(f"/events/{event_id}", headers=HTML).text
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page and "&lt;b&gt;friends&lt;/b&gt;" in page
        assert 'href="javascript:' not in page  # a URL from the page is shown, never linked, unless http(s)
        api = c.get(f"/api/events/{event_id}").json()
        assert api["record"]["sentence"] == HOSTILE  # the API gives the text as it is, as JSON
    app.state.bench.db.close()


def test_highlight_marks_actor_target_and_trigger(client: TestClient) -> None:
    item = client.get("/api/events", params={"actor": "CHN", "recipient": "USA", "q": "accused"}).json()["items"][0]
    page = client.get(f"/events/{item['id']}", headers=HTML).text
    quote = page[page.index('<blockquote class="sentence"'):page.index("</blockquote>")]
    assert '<mark class="trigger">' in quote and '<mark class="actor">' in quote
    assert re.sub(r"<[^>]+>", "", quote.split(">", 1)[1]).replace("&#39;", "'") == item["sentence"]


def test_the_overview_is_computed_at_start_up_when_asked(sample_db: Path) -> None:
    import time

    app = create_app(sample_db, warm=True)
    bench = app.state.bench
    for _ in range(200):
        if {"volume:month", "dyads:10", "types", "latest:10"} <= set(bench.cache):
            break
        time.sleep(0.05)
    assert {"volume:month", "dyads:10", "types", "latest:10"} <= set(bench.cache)
    with TestClient(app) as c:
        assert "Top dyads" in c.get("/", headers=HTML).text
    bench.db.close()


def test_actor_search_pages(client: TestClient) -> None:
    first = client.get("/actors", params={"q": "a"}, headers=HTML).text
    second = client.get("/actors", params={"q": "a", "page": 2}, headers=HTML).text
    assert 'href="/actors?q=a&amp;page=2"' in first and "« previous" in second
    names = lambda page: set(re.findall(r"<tr><td>([^<]+)</td>", page))  # noqa: E731
    assert names(first) and names(second) and not names(first) & names(second)
