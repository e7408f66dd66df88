"""Bad input: hypothesis throws arbitrary values at every parameter of every API endpoint (and the
pages' own); nothing answers 500, and every refusal is a one-line JSON error."""

from __future__ import annotations

from urllib.parse import quote

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

values = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789-:.,%_\\'\"<>&;#/ ", max_size=14),
    st.sampled_from(["", "0", "-1", "1e309", "nan", "inf", "9" * 30, "2025-02-30", "2025-13", "0000", "9999-12-31",
                     "USA", "usa", "China", "UN", "all", "happened", "asserted,planned", "AGREE", "03", "0311",
                     "%", "_", "\x00", "' OR 1=1 --", "<script>", "..%2f", "eyJ4IjoxfQ", "WyJ4IiwgInkiXQ"]),
    st.integers(-10**12, 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)

ENDPOINTS = {
    "/api/events": ["actor", "recipient", "type", "cameo", "modality", "since", "until", "min_confidence", "q",
                    "limit", "cursor", "format"],
    "/api/dyads": ["actor", "type", "modality", "since", "until", "min_confidence", "count", "limit", "page"],
    "/api/dyads/{a}/{b}": ["by", "since", "until", "count", "type", "modality", "min_confidence", "format"],
    "/api/commitments/{a}/{b}": ["status"],
    "/api/actors": ["q", "limit"],
    "/api/events/{id}": [],
    "/api/stats": [],
}
PARAMS = sorted({p for ps in ENDPOINTS.values() for p in ps})


def check(response) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code < 500, (response.request.url, response.text[:300])
    if response.status_code >= 400:
        assert response.text.count("\n") <= 1 and set(response.json()) == {"status", "code", "error"}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(endpoint=st.sampled_from(sorted(ENDPOINTS)), params=st.dictionaries(st.sampled_from(PARAMS), values,
                                                                            max_size=5),
       a=values, b=values)
def test_no_parameter_makes_the_api_fail(client: TestClient, endpoint: str, params: dict[str, str], a: str,
                                         b: str) -> None:
    path = endpoint.replace("{a}", quote(a, safe="") or "USA").replace("{b}", quote(b, safe="") or "CHN")
    path = path.replace("{id}", quote(a, safe="") or "x")
    check(client.get(path, params=params))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.dictionaries(st.sampled_from([*PARAMS, "dir", "cpage"]), values, max_size=5), a=values)
def test_no_parameter_makes_a_page_fail(client: TestClient, params: dict[str, str], a: str) -> None:
    for path in ("/events", f"/dyads/USA/{quote(a, safe='') or 'CHN'}", "/dyads", "/actors"):
        response = client.get(path, params=params, headers={"accept": "text/html"})
        assert response.status_code < 500, (response.request.url, response.text[:300])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode)))
def test_no_review_body_makes_the_api_fail(review_client: TestClient, body: bytes) -> None:
    from .conftest import TOKEN

    event_id = "x"
    for auth in ("Bearer " + TOKEN, "Bearer wrong"):
        check(review_client.post(f"/api/events/{event_id}/reviews", content=body,
                                 headers={"authorization": auth, "content-type": "application/json"}))
