"""Reviewing through the server: the token, sessions, CSRF, append-only rows, and the export as
training data (real app, real store from the sample corpus)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

import dyadwatch
from dyadwatch.store.reviews import reviews_of

from .conftest import TOKEN
from .test_api import one_line_error

FORM = {"content-type": "application/x-www-form-urlencoded"}


def first_event(client: TestClient) -> dict:  # type: ignore[type-arg]
    return client.get("/api/events", params={"actor": "CHN", "recipient": "USA", "limit": 1}).json()["items"][0]


def sign_in(client: TestClient, name: str = "Ann Analyst") -> str:
    """Sign in through the form; returns the CSRF token of the session's pages."""
    response = client.post("/review/login", data={"token": TOKEN, "reviewer": name, "next": "/events"},
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/events"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("samesite", "SameSite")
    page = client.get("/events", headers={"accept": "text/html"})
    found = re.search(r'name="csrf" value="([0-9a-f]{64})"', page.text)
    assert found and f"reviewing as <strong>{name}</strong>" in page.text
    return found.group(1)


def test_api_review_needs_the_token_and_is_appended(review_client: TestClient, review_db: Path) -> None:
    event = first_event(review_client)
    url = f"/api/events/{event['id']}/reviews"
    body = {"reviewer": "ann", "verdict": "corrected", "corrections": {"event_type": "REJECT",
                                                                        "recipient_country": "twn"}}
    one_line_error(review_client.post(url, json=body), 403, "D502")
    one_line_error(review_client.post(url, json=body, headers={"authorization": "Bearer wrong"}), 403, "D502")
    auth = {"authorization": f"Bearer {TOKEN}"}
    one_line_error(review_client.post(url, json={**body, "verdict": "maybe"}, headers=auth), 400, "D201")
    one_line_error(review_client.post(url, content=b"{not json", headers=auth), 400, "D201")
    one_line_error(review_client.post(url, json=["a"], headers=auth), 400, "D201")
    one_line_error(review_client.post("/api/events/nope/reviews", json=body, headers=auth), 404, "D406")
    one_line_error(review_client.post(url, content=b"x" * 20_000, headers=auth), 413, "D201")
    first = review_client.post(url, json=body, headers=auth)
    assert first.status_code == 201
    saved = first.json()
    assert saved["event_type"] == "REJECT" and saved["recipient_country"] == "TWN" and saved["reviewer"] == "ann"
    second = review_client.post(url, json={"reviewer": "bob", "verdict": "right"}, headers=auth).json()
    detail = review_client.get(f"/api/events/{event['id']}").json()
    assert [r["review_id"] for r in detail["reviews"]] == [saved["review_id"], second["review_id"]]
    # the event keeps its original coding next to the reviews
    assert detail["record"]["event_type"] == event["event_type"]
    assert detail["reviews"][0]["original"]["event_type"] == event["event_type"]


def test_browser_review_flow_with_csrf(review_client: TestClient, review_db: Path) -> None:
    event = first_event(review_client)
    url = f"/events/{event['id']}/review"
    form = {"verdict": "corrected", "event_type": "ACCUSE", "actor_country": "CHN", "note": "reads as blame"}
    # not signed in
    one_line_error(review_client.post(url, data=form), 403, "D502")
    bad = review_client.post("/review/login", data={"token": "nope", "reviewer": "x"}, headers={"accept": "text/html"})
    assert bad.status_code == 403 and "not the token" in bad.text
    csrf = sign_in(review_client)
    # signed in, but no or a wrong CSRF token, or a post from another site
    one_line_error(review_client.post(url, data=form), 403, "D502")
    one_line_error(review_client.post(url, data={**form, "csrf": "0" * 64}), 403, "D502")
    one_line_error(review_client.post(url, data={**form, "csrf": csrf}, headers={"origin": "https://evil.example"}),
                   403, "D502")
    one_line_error(review_client.post(url, content=json.dumps({**form, "csrf": csrf}),
                                      headers={"content-type": "application/json"}), 400, "D201")
    done = review_client.post(url, data={**form, "csrf": csrf}, headers={"origin": "http://testserver"},
                              follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].endswith("?saved=1#reviews")
    page = review_client.get(done.headers["location"].split("#")[0], headers={"accept": "text/html"})
    assert "Review saved" in page.text and "reads as blame" in page.text and "Ann Analyst" in page.text
    with dyadwatch.open(review_db, read_only=False) as db:
        rows = reviews_of(db.store.db, event["id"])
        coded = db.query("SELECT event_type FROM events WHERE event_id = ?", [event["id"]])["event_type"][0]
    assert [(r["reviewer"], r["verdict"], r["event_type"], r["actor_country"]) for r in rows] == [
        ("Ann Analyst", "corrected", "ACCUSE", "CHN")]
    assert coded == event["event_type"]


def test_sign_out_ends_the_session(review_client: TestClient) -> None:
    csrf = sign_in(review_client, "bob")
    out = review_client.post("/review/logout", data={"csrf": csrf}, follow_redirects=False)
    assert out.status_code == 303
    event = first_event(review_client)
    one_line_error(review_client.post(f"/events/{event['id']}/review", data={"verdict": "right", "csrf": csrf}),
                   403, "D502")


def test_login_never_redirects_off_site(review_client: TestClient) -> None:
    for target in ("https://evil.example/", "//evil.example/x", "/\\evil.example"):
        response = review_client.post("/review/login", data={"token": TOKEN, "reviewer": "ann", "next": target},
                                      follow_redirects=False)
        assert response.headers["location"] == "/"


def test_export_reviews_as_training_data(review_client: TestClient, review_db: Path, tmp_path: Path) -> None:
    event = first_event(review_client)
    auth = {"authorization": f"Bearer {TOKEN}"}
    url = f"/api/events/{event['id']}/reviews"
    review_client.post(url, json={"reviewer": "ann", "verdict": "wrong"}, headers=auth)
    review_client.post(url, json={"reviewer": "bob", "verdict": "corrected", "corrections": {"event_type": "AID"}},
                       headers=auth)
    review_client.app.state.bench.db.close()  # type: ignore[attr-defined]
    out = tmp_path / "reviews.jsonl"
    done = subprocess.run([sys.executable, "-m", "dyadwatch", "export", "--format", "reviews", "--db", str(review_db),
                           "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "2 reviews of 1 event" in done.stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["label"], r["latest"], r["reviewer"]) for r in lines] == [("NONE", False, "ann"), ("AID", True, "bob")]
    assert lines[1]["text"] == event["sentence"] and lines[1]["original"]["event_type"] == event["event_type"]
