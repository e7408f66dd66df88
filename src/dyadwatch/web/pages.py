"""The web app's pages, rendered on the server: Overview, Events, Event, Dyads, Dyad, Actor search.

Every filter is a URL parameter, so a view can be shared as a link; every list is paged. Pages read
through the same query layer as the API (:mod:`dyadwatch.analysis.query`).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from ..analysis import query
from ..store.reviews import CORRECTABLE
from .api import (
    Cameo,
    Confidence,
    Count,
    Cursor,
    Day,
    Modality,
    Party,
    Text,
    Type,
    event_detail,
    event_record,
    filters_of,
)
from .app import Bench, bench_of
from .limits import check_series_span
from .render import highlight, render_page

router = APIRouter(include_in_schema=False)

PageSize = Annotated[int, Query(ge=1, le=200)]
PageNo = Annotated[int, Query(ge=1, le=10_000)]


def params_of(request: Request) -> dict[str, str]:
    """The request's query parameters (for links that keep them)."""
    return {k: v for k, v in request.query_params.items() if v}


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    return render_page(request, "overview.html", overview_data(bench_of(request)))


def overview_data(bench: Bench) -> dict[str, Any]:
    """What the overview shows. Its answers over the whole store are computed once per app (the
    store does not change while it is served; reviews do not change events); ``dyadwatch serve``
    computes them right after start-up."""
    monthly = bench.cached("volume:month", query.volume, by="month")
    volume, left_out = recent_bulk(monthly)
    by = "month"
    if len(volume) > MAX_MONTHS:
        volume, left_out, by = bench.cached("volume:year", query.volume, by="year"), 0, "year"
    return {
        "stats": bench.stats, "by": by, "volume": volume, "left_out": left_out,
        "dyads": bench.cached("dyads:10", query.ranked_dyads, limit=10),
        "types": bench.cached("types", query.type_counts),
        "latest": [event_record(r) for r in bench.cached("latest:10", query.latest_events, limit=10)],
    }


MAX_MONTHS = 480


def recent_bulk(rows: list[dict[str, Any]], share: float = 0.01) -> tuple[list[dict[str, Any]], int]:
    """The volume from the first period at which ``share`` of all events is reached, and how many
    events fall before it: a few events dated decades back ("wars since 1947") would otherwise
    squeeze the chart into its last pixels. Series of 30 years or less are kept whole."""
    if len(rows) <= 360:
        return rows, 0
    total = sum(r["events"] for r in rows)
    seen = 0
    for n, row in enumerate(rows):
        seen += row["events"]
        if seen > total * share:
            cut = max(n - 1, 0)
            return rows[cut:], sum(r["events"] for r in rows[:cut])
    return rows, 0


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, actor: Party = None, recipient: Party = None, type: Type = None,
           cameo: Cameo = None, modality: Modality = None, since: Day = None, until: Day = None,
           min_confidence: Confidence = 0.0, q: Text = None, limit: PageSize = 50, cursor: Cursor = None
           ) -> HTMLResponse:
    f = filters_of(actor, recipient, type, cameo, modality, since, until, min_confidence, q)
    page = bench_of(request).read(query.list_events, f, limit=limit, cursor=cursor)
    params = params_of(request)
    return render_page(request, "events.html", {
        "params": params, "filters": f, "items": [event_record(r) for r in page.items],
        "next_cursor": page.next_cursor, "first_page": bool(cursor), "limit": limit,
        "types": query_types(), "modalities": query.MODALITIES,
        "csv": "/api/events?" + _query_string(params, format="csv", cursor=None)})


def query_types() -> tuple[str, ...]:
    from ..coder.codes import PLOVER_TYPES

    return PLOVER_TYPES


def _query_string(params: dict[str, str], **over: Any) -> str:
    from urllib.parse import urlencode

    merged = {**params, **over}
    return urlencode({k: v for k, v in merged.items() if v is not None and v != ""})


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: Annotated[str, Path(min_length=1, max_length=128)]) -> HTMLResponse:
    bench = bench_of(request)
    found = bench.read(event_detail, event_id)
    row = found["event"]
    sentences = bench.read(query.article_sentences, row["content_hash"])
    text = row["sentence"] or ""
    return render_page(request, "event.html", {
        **found, "e": row, "highlighted": highlight(text, spans_of(row, text)), "context": sentences,
        "types": query_types(), "correctable": CORRECTABLE,
        "saved": request.query_params.get("saved") == "1"})


def spans_of(row: dict[str, Any], sentence: str) -> list[tuple[int, int, str]]:
    """Where the actor, the recipient and the trigger are in the sentence (their first occurrences;
    the trigger's after the actor's when it occurs more than once)."""
    spans: list[tuple[int, int, str]] = []
    for key, css in (("actor_text", "actor"), ("recipient_text", "target")):
        text = row.get(key) or ""
        at = sentence.find(text) if text else -1
        if at >= 0:
            spans.append((at, at + len(text), css))
    trigger = row.get("trigger") or ""
    if trigger:
        after = spans[0][1] if spans and spans[0][2] == "actor" else 0
        at = sentence.find(trigger, after)
        at = at if at >= 0 else sentence.find(trigger)
        if at >= 0:
            spans.append((at, at + len(trigger), "trigger"))
    return spans


@router.get("/dyads", response_class=HTMLResponse)
def dyads(request: Request, actor: Party = None, count: Count = "events", page: PageNo = 1,
          limit: PageSize = 50) -> HTMLResponse:
    f = filters_of(actor, None, None, None, None, None, None, 0.0, None, query.HAPPENED)
    rows = bench_of(request).read(query.ranked_dyads, f, limit=page * limit, count=count)
    return render_page(request, "dyads.html", {
        "params": params_of(request), "items": rows[(page - 1) * limit:], "page": page, "limit": limit,
        "more": len(rows) == page * limit, "actor": f.actor, "count": count, "offset": (page - 1) * limit})


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad(request: Request, a: Annotated[str, Path(min_length=1, max_length=64)],
         b: Annotated[str, Path(min_length=1, max_length=64)],
         by: Literal["day", "week", "month", "year"] = "month", since: Day = None, until: Day = None,
         count: Count = "events", modality: Modality = None, min_confidence: Confidence = 0.0,
         type: Type = None, q: Text = None, dir: Literal["both", "ab", "ba"] = "both", limit: PageSize = 25,
         cursor: Cursor = None, cpage: PageNo = 1) -> HTMLResponse:
    bench = bench_of(request)
    a, b = query.resolve_party(a), query.resolve_party(b)
    series_filter = filters_of(None, None, None, None, modality, since, until, min_confidence, None, query.HAPPENED)
    check_series_span(bench.date_span, series_filter.since, series_filter.until, by)
    series = bench.read(query.dyad_series, a, b, series_filter, by=by, count=count)
    table_filter = filters_of(None, None, type, None, modality, since, until, min_confidence, q)
    if dir == "both":
        page = bench.read(query.list_pair_events, a, b, table_filter, limit=limit, cursor=cursor)
    else:
        actor, recipient = (a, b) if dir == "ab" else (b, a)
        page = bench.read(query.list_events, filters_of(actor, recipient, type, None, modality, since, until,
                                                        min_confidence, q), limit=limit, cursor=cursor)
    pledges = bench.read(query.commitments, a, b)
    per = 20
    params = params_of(request)
    totals = {d: sum(r["events"] for r in series if r["direction"] == d) for d in (f"{a}->{b}", f"{b}->{a}")}
    names = query.parties()
    return render_page(request, "dyad.html", {
        "a": a, "b": b, "name_a": names.name_of(a) or a, "name_b": names.name_of(b) or b, "by": by,
        "count": count, "params": params, "series": series, "totals": totals,
        "series_modality": list(series_filter.modality or query.MODALITIES), "items":
        [event_record(r) for r in page.items], "next_cursor": page.next_cursor, "first_page": bool(cursor),
        "dir": dir, "types": query_types(), "modalities": query.MODALITIES,
        "commitments": pledges[(cpage - 1) * per: cpage * per], "cpage": cpage,
        "cmore": len(pledges) > cpage * per, "ccount": len(pledges),
        "series_csv": f"/api/dyads/{a}/{b}?" + _query_string(
            {k: v for k, v in params.items() if k in ("by", "since", "until", "count", "modality",
                                                      "min_confidence")}, format="csv"),
        "events_csv": _events_csv(a, b, dir, params)})


def _events_csv(a: str, b: str, dir: str, params: dict[str, str]) -> list[tuple[str, str]]:
    keep = {k: v for k, v in params.items() if k in ("type", "modality", "since", "until", "min_confidence", "q")}
    pairs = [(a, b), (b, a)] if dir == "both" else [(a, b) if dir == "ab" else (b, a)]
    return [(f"{x}→{y}", "/api/events?" + _query_string(keep, actor=x, recipient=y, format="csv", limit=500))
            for x, y in pairs]


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, q: Annotated[str | None, Query(max_length=100)] = None,
           page: Annotated[int, Query(ge=1, le=100)] = 1) -> HTMLResponse:
    per = 50
    found = bench_of(request).read(query.search_actors, q, limit=page * per + 1) if q and q.strip() else []
    return render_page(request, "actors.html", {"q": q or "", "items": found[(page - 1) * per:page * per],
                                                "page": page, "more": len(found) > page * per,
                                                "params": params_of(request)})
