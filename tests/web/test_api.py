"""The REST API against the real app over a real store coded from the sample corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import dyadwatch
from dyadwatch.analysis import query


def one_line_error(response, status: int, code: str) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert response.text.count("\n") <= 1 and "Traceback" not in response.text
    body = response.json()
    assert set(body) == {"status", "code", "error"} and body["status"] == status and body["code"] == code
    return body


def test_events_page_through_every_event_once(client: TestClient, sample_db: Path) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 25, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/events", params=params).json()
        assert len(body["items"]) <= 25
        seen += [e["id"] for e in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    with dyadwatch.open(sample_db) as db:
        stored = db.query("SELECT event_id FROM events")["event_id"].tolist()
    assert len(seen) == len(set(seen)) == len(stored) > 100  # five pages or more
    assert set(seen) == set(stored)


def test_an_event_item_is_the_output_contract_plus_its_article(client: TestClient) -> None:
    item = client.get("/api/events", params={"actor": "CHN", "recipient": "USA", "limit": 1}).json()["items"][0]
    for key in ("id", "event_type", "mode", "context", "cameo", "quad_class", "goldstein", "actor", "recipient",
                "date", "date_text", "location", "modality", "negated", "quantity", "speaker", "sentence_index",
                "span", "sentence", "confidence", "coder"):
        assert key in item
    assert item["actor"]["country"] == "CHN" and item["recipient"]["country"] == "USA"
    assert set(item["article"]) == {"id", "title", "url", "published", "source"}
    assert item["article"]["source"] == "Dyadwatch Sample Wire"
    assert item["actor_code"] == "CHN" and item["merged_id"]


def test_events_filters_agree_with_the_query_layer(client: TestClient, sample_db: Path) -> None:
    params = {"actor": "China", "type": "agree", "modality": "asserted,planned", "since": "2025-03",
              "until": "2025-11", "min_confidence": 0.3, "limit": 500}
    got = [e["id"] for e in client.get("/api/events", params=params).json()["items"]]
    with dyadwatch.open(sample_db) as db:
        want = query.list_events(db, query.EventFilters(actor="CHN", type="AGREE", modality=("asserted", "planned"),
                                                        since="2025-03", until="2025-11", min_confidence=0.3),
                                 limit=500)
    assert got == [r["event_id"] for r in want.items] and got
    words = client.get("/api/events", params={"q": "tariffs"}).json()["items"]
    assert words and all("tariffs" in e["sentence"].lower() for e in words)
    cameo = client.get("/api/events", params={"cameo": "03", "limit": 500}).json()["items"]
    assert cameo and all(e["cameo"].startswith("03") for e in cameo)


def test_events_as_csv_with_the_cursor_in_a_header(client: TestClient) -> None:
    response = client.get("/api/events", params={"format": "csv", "limit": 10})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 10 and "event_id" in rows[0] and "title" in rows[0] and "sentence" in rows[0]
    nxt = response.headers["x-next-cursor"]
    page2 = client.get("/api/events", params={"format": "csv", "limit": 10, "cursor": nxt})
    second = list(csv.DictReader(io.StringIO(page2.text)))
    assert second and not {r["event_id"] for r in second} & {r["event_id"] for r in rows}


def test_one_event_with_sentence_article_mentions_and_reviews(client: TestClient) -> None:
    listed = client.get("/api/events", params={"actor": "USA", "recipient": "CHN", "limit": 1}).json()["items"][0]
    body = client.get(f"/api/events/{listed['id']}").json()
    assert body["record"]["id"] == listed["id"] and body["record"]["sentence"] == listed["sentence"]
    assert body["sentence"]["text"] == listed["sentence"]
    assert body["article"]["article_id"] == listed["article"]["id"] and body["article"]["title"]
    assert any(m["event_id"] == listed["id"] for m in body["mentions"])
    assert body["reviews"] == [] and isinstance(body["warnings"], list)
    assert body["span"] == listed["span"]


def test_dyad_series_is_the_library_series(client: TestClient, sample_db: Path) -> None:
    body = client.get("/api/dyads/USA/China", params={"by": "month"}).json()
    assert (body["a"], body["b"], body["by"], body["count"]) == ("USA", "CHN", "month", "events")
    with dyadwatch.open(sample_db) as db:
        frame = db.dyad("USA", "CHN", by="month")
    assert body["rows"] == json.loads(frame.to_json(orient="records"))
    directions = [r["direction"] for r in body["rows"][:3]]
    assert directions == ["USA->CHN", "CHN->USA", "both"]
    periods = [r["period"] for r in body["rows"][::3]]
    assert periods == sorted(periods) and len(set(periods)) == len(periods)  # zero-filled, no gaps, in order
    mentions = client.get("/api/dyads/USA/CHN", params={"count": "mentions", "by": "year"}).json()
    events = client.get("/api/dyads/USA/CHN", params={"by": "year"}).json()
    both = lambda b: sum(r["events"] for r in b["rows"] if r["direction"] == "both")  # noqa: E731
    assert both(mentions) >= both(events) > 0
    window = client.get("/api/dyads/USA/CHN", params={"since": "2025-01", "until": "2025-12"}).json()["rows"]
    assert [r["period"] for r in window[::3]] == [f"2025-{m:02d}" for m in range(1, 13)]
    text = client.get("/api/dyads/USA/CHN", params={"format": "csv"}).text
    assert text.splitlines()[0].startswith("period,direction,events")


def test_dyads_commitments_actors_stats(client: TestClient, sample_db: Path) -> None:
    dyads = client.get("/api/dyads", params={"limit": 3}).json()
    top = dyads["items"][0]
    assert (top["a"], top["b"]) == ("CHN", "USA") and dyads["next_page"] == 2
    page2 = client.get("/api/dyads", params={"limit": 3, "page": 2}).json()["items"]
    assert len(page2) == 3 and page2[0] != dyads["items"][0]
    pledges = client.get("/api/commitments/USA/CHN").json()["items"]
    assert pledges and all({p["actor_code"], p["recipient_code"]} == {"USA", "CHN"} for p in pledges)
    actors = client.get("/api/actors", params={"q": "china"}).json()["items"]
    assert actors[0]["code"] == "CHN" and actors[0]["mentions"] > 0
    stats = client.get("/api/stats").json()
    with dyadwatch.open(sample_db) as db:
        assert stats["events"] == int(db.query("SELECT count(*) AS n FROM events")["n"][0])
    assert stats["articles"] == 40 and stats["reviews_allowed"] is False
    assert stats["coders"] and stats["last_run"]["articles_coded"] == 40


def test_bad_parameters_get_one_line_json_errors(client: TestClient) -> None:
    one_line_error(client.get("/api/events", params={"limit": 501}), 400, "D201")
    one_line_error(client.get("/api/events", params={"limit": "ten"}), 400, "D201")
    one_line_error(client.get("/api/events", params={"since": "2025-02-30"}), 400, "D201")
    one_line_error(client.get("/api/events", params={"cursor": "garbage!"}), 400, "D201")
    one_line_error(client.get("/api/events", params={"type": "HUG"}), 400, "D201")
    one_line_error(client.get("/api/events", params={"min_confidence": 2}), 400, "D201")
    one_line_error(client.get("/api/dyads/USA/Atlantis"), 400, "D201")
    one_line_error(client.get("/api/dyads/USA/USA"), 400, "D201")
    one_line_error(client.get("/api/dyads/USA/CHN", params={"by": "decade"}), 400, "D201")
    error = one_line_error(client.get("/api/dyads/USA/CHN", params={"by": "day", "since": "1800"}), 400, "D201")
    assert "periods" in error["error"]
    one_line_error(client.get("/api/events/not-an-event"), 404, "D406")
    one_line_error(client.get("/api/nothing-here"), 404, "D406")
    one_line_error(client.delete("/api/events"), 405, "D201")


def test_read_only_server_refuses_reviews(client: TestClient) -> None:
    event_id = client.get("/api/events", params={"limit": 1}).json()["items"][0]["id"]
    response = client.post(f"/api/events/{event_id}/reviews", json={"reviewer": "ann", "verdict": "right"},
                           headers={"authorization": "Bearer anything"})
    one_line_error(response, 403, "D501")


def test_security_headers_on_every_response(client: TestClient) -> None:
    for path in ("/", "/api/events", "/api/nothing", "/static/app.js"):
        response = client.get(path)
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"


def test_other_host_names_are_refused(client: TestClient) -> None:
    """A DNS-rebinding page (evil.example resolving to 127.0.0.1) cannot read the local server."""
    one_line_error(client.get("/api/stats", headers={"host": "evil.example"}), 400, "D201")


def test_openapi_document_and_docs_page(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/dyads", "/api/dyads/{a}/{b}",
                 "/api/commitments/{a}/{b}", "/api/actors", "/api/stats", "/api/events/{event_id}/reviews"):
        assert path in spec["paths"]
    limit = next(p for p in spec["paths"]["/api/events"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 500
    page = client.get("/api/docs")
    assert page.status_code == 200 and "GET" in page.text and "/api/dyads/{a}/{b}" in page.text
    assert "cdn" not in page.text.lower() and "https://" not in page.text


def test_serve_refuses_a_missing_store_or_a_bad_port(tmp_path: Path, sample_db: Path) -> None:
    from typer.testing import CliRunner

    from dyadwatch.cli import app

    missing = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "[D401]" in missing.output
    port = CliRunner().invoke(app, ["serve", "--db", str(sample_db), "--port", "70000"])
    assert port.exit_code == 1 and "[D201]" in port.output


def test_a_query_past_the_time_limit_is_stopped(sample_db: Path) -> None:
    import time

    from dyadwatch.errors import QueryTimeoutError
    from dyadwatch.web import create_app
    from dyadwatch.web.app import error_body, status_of

    app = create_app(sample_db, query_timeout=0.3)
    bench = app.state.bench
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match=r"\[D503\] the query took longer than 0.3 s"):
        bench.read(lambda cursor: cursor.execute("SELECT count(*) FROM range(1000000000000)").fetchall())
    assert time.monotonic() - started < 10
    assert bench.read(lambda cursor: cursor.execute("SELECT 1").fetchone()) == (1,)  # the store still answers
    assert status_of(QueryTimeoutError("x")) == 503
    assert error_body(503, "D503", "--min-confidence too slow") == {"status": 503, "code": "D503",
                                                                    "error": "min_confidence too slow"}
    bench.db.close()
