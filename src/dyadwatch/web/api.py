"""The REST API under ``/api/``: JSON throughout (CSV too for events and series), read through the
library's query layer (:mod:`dyadwatch.analysis.query`), the same functions as the CLI and
``dyadwatch.open()``. Lists page with ``limit`` (capped) and an opaque ``cursor`` (or ``page``)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from ..analysis import query
from ..errors import BadOptionError, NotAuthorizedError, NotFoundError, ReviewDisabledError
from ..store.eventstore import stored_event_dict
from ..store.reviews import ReviewInput, add_review, reviews_of
from .app import Bench, bench_of
from .limits import check_series_span, read_body

router = APIRouter(prefix="/api", tags=["api"])

MAX_LIMIT = query.MAX_PAGE
ARTICLE_FIELDS = ("title", "url", "published", "source")
Code = Annotated[str, Path(min_length=1, max_length=64, description="A party: ISO alpha-3 code (USA), an IGO "
                                                                     "code (UNO) or a country name (China).")]
Party = Annotated[str | None, Query(max_length=64, description="A party code (USA, UNO) or a country name.")]
Type = Annotated[str | None, Query(max_length=20, description="A PLOVER type, e.g. AGREE.")]
Cameo = Annotated[str | None, Query(max_length=4, description="A CAMEO code or its first digits (03, 036).")]
Modality = Annotated[str | None, Query(max_length=80, description="all, happened, or a comma list of asserted, "
                                                                  "planned, hypothetical, denied, reported.")]
Day = Annotated[str | None, Query(max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive).")]
Confidence = Annotated[float, Query(ge=0.0, le=1.0, description="Keep events coded with at least this "
                                                                "confidence.")]
Text = Annotated[str | None, Query(max_length=200, description="Words the sentence contains (all of them).")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size (at most {MAX_LIMIT}).")]
Cursor = Annotated[str | None, Query(max_length=300, description="The next_cursor of the previous page.")]
Count = Annotated[Literal["events", "mentions"], Query(description="Count merged events (default) or "
                                                                    "mentions (reports).")]
Format = Annotated[Literal["json", "csv"], Query(description="json (default) or csv.")]


def to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def dump(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """JSON as one compact document (dates in ISO form)."""
    text = json.dumps(body, ensure_ascii=False, default=to_json, separators=(",", ":"))
    return Response(text, status_code=status, headers=headers, media_type="application/json")


def csv_response(rows: list[dict[str, Any]], columns: list[str], filename: str,
                 headers: dict[str, str] | None = None) -> Response:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: to_json(v) if isinstance(v, date | datetime) else v for k, v in row.items()})
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{filename}"', **(headers or {})})


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event in the output contract's shape, plus its article's fields, party codes, the
    date's precision and its merged event."""
    record = stored_event_dict(row)
    record["article"] = {"id": row["article_id"], **{k: row.get(k) for k in ARTICLE_FIELDS}}
    record.update({k: row.get(k) for k in ("actor_code", "recipient_code", "date_precision", "merged_id")})
    return record


def filters_of(actor: str | None = None, recipient: str | None = None, type: str | None = None,
               cameo: str | None = None, modality: str | None = None, since: str | None = None,
               until: str | None = None, min_confidence: float = 0.0, q: str | None = None,
               default_modality: tuple[str, ...] | None = None) -> query.EventFilters:
    """The query layer's filters from request parameters (empty values mean "not given")."""
    def given(v: str | None) -> str | None:
        return v.strip() if v and v.strip() else None

    return query.EventFilters(actor=given(actor), recipient=given(recipient), type=given(type),
                              cameo=given(cameo), modality=query.parse_modality(given(modality), default_modality),
                              since=given(since), until=given(until), min_confidence=min_confidence, q=given(q))


@router.get("/events", summary="Events (mentions), filtered and paged")
def events(request: Request, actor: Party = None, recipient: Party = None, type: Type = None,
           cameo: Cameo = None, modality: Modality = None, since: Day = None, until: Day = None,
           min_confidence: Confidence = 0.0, q: Text = None, limit: Limit = 50, cursor: Cursor = None,
           format: Format = "json") -> Response:
    """Stored events in date order (undated last), every modality unless `modality` is given. Each item
    is an event of the output contract with its `article` (id, title, url, published, source),
    `actor_code`, `recipient_code`, `date_precision` and `merged_id`. `next_cursor` fetches the next
    page (null at the end); CSV has the store's columns and sends the cursor as `X-Next-Cursor`."""
    bench = bench_of(request)
    f = filters_of(actor, recipient, type, cameo, modality, since, until, min_confidence, q)
    page = bench.read(query.list_events, f, limit=limit, cursor=cursor)
    if format == "csv":
        return csv_response(page.items, bench.event_columns, "events.csv",
                            {"x-next-cursor": page.next_cursor} if page.next_cursor else None)
    return dump({"items": [event_record(r) for r in page.items], "next_cursor": page.next_cursor, "limit": limit})


@router.get("/events/{event_id}", summary="One event with its sentence, article, mentions and reviews")
def event(request: Request, event_id: Annotated[str, Path(min_length=1, max_length=128)]) -> Response:
    """The event (output contract), its sentence with spans, its article, the merged event it belongs
    to, every mention (report) of that merged event, the article's warnings and the reviews."""
    found = bench_of(request).read(event_detail, event_id)
    return dump(found)


def event_detail(cursor: Any, event_id: str) -> dict[str, Any]:
    found = query.get_event(cursor, event_id)
    if found is None:
        raise NotFoundError(f"no event {event_id[:80]!r} in the store")
    row = found["event"]
    found["record"] = event_record(row)
    found["reviews"] = reviews_of(cursor, row["event_id"])
    return found


@router.get("/dyads", summary="Pairs of parties ranked by the events between them")
def dyads(request: Request, actor: Party = None, type: Type = None, modality: Modality = None, since: Day = None,
          until: Day = None, min_confidence: Confidence = 0.0, count: Count = "events",
          limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20, page: Annotated[int, Query(ge=1, le=10_000)] = 1
          ) -> Response:
    """Pairs (either direction) ranked by merged events (or mentions with `count=mentions`) that
    happened (modality defaults to asserted and reported); `actor` keeps pairs with that party."""
    f = filters_of(actor, None, type, None, modality, since, until, min_confidence, None, query.HAPPENED)
    rows = bench_of(request).read(query.ranked_dyads, f, limit=page * limit, count=count)
    items = rows[(page - 1) * limit:]
    return dump({"items": items, "page": page, "limit": limit,
                 "next_page": page + 1 if len(rows) == page * limit else None})


@router.get("/dyads/{a}/{b}", summary="The series of a pair, zero-filled, each direction and both")
def dyad(request: Request, a: Code, b: Code, by: Literal["day", "week", "month", "year"] = "month",
         since: Day = None, until: Day = None, count: Count = "events", type: Type = None,
         modality: Modality = None, min_confidence: Confidence = 0.0, format: Format = "json") -> Response:
    """For every period from the first to the last (or `since` to `until`), three rows: `A->B`,
    `B->A` and `both`, with counts per quad class and PLOVER type, Goldstein sum and mean and the
    cooperation index. Counts merged events that happened unless `count` or `modality` say otherwise."""
    bench = bench_of(request)
    f = filters_of(None, None, type, None, modality, since, until, min_confidence, None, query.HAPPENED)
    check_series_span(bench.date_span, f.since, f.until, by)
    rows = bench.read(query.dyad_series, a, b, f, by=by, count=count)
    if format == "csv":
        return csv_response(rows, list(query.SERIES_COLUMNS), f"{a}-{b}-{by}.csv"[:60])
    return dump({"a": query.resolve_party(a), "b": query.resolve_party(b), "by": by, "count": count,
                 "modality": list(f.modality or query.MODALITIES), "rows": rows})


@router.get("/commitments/{a}/{b}", summary="Pledges and deals between two parties")
def commitments(request: Request, a: Code, b: Code,
                status: Literal["pledged", "confirmed", "carried out"] | None = None) -> Response:
    """Commitments (merged AGREE events that happened or are planned) either way between `a` and `b`,
    each with its status and the evidence that earned it."""
    rows = bench_of(request).read(query.commitments, a, b, status=status)
    return dump({"items": rows})


@router.get("/actors", summary="Search the stored actors and the knowledge base")
def actors(request: Request, q: Annotated[str, Query(min_length=1, max_length=100)],
           limit: Annotated[int, Query(ge=1, le=100)] = 20) -> Response:
    """Countries and organisations of the knowledge base whose names match, then actor names as
    stored, each with the number of stored events it takes part in."""
    return dump({"items": bench_of(request).read(query.search_actors, q, limit=limit)})


@router.get("/stats", summary="What the store holds")
def stats(request: Request) -> Response:
    """Row counts, the span of event and publication dates, coder versions, the schema version, the
    last ingest run, and whether this server takes reviews."""
    bench = bench_of(request)
    return dump({**bench.stats, "reviews_allowed": bench.allow_review})


@router.post("/events/{event_id}/reviews", status_code=201, summary="Review an event (needs --allow-review)")
async def review(request: Request, event_id: Annotated[str, Path(min_length=1, max_length=128)]) -> Response:
    """Append a review: JSON `{"reviewer": "...", "verdict": "right|wrong|corrected", "corrections":
    {"event_type", "actor_name", "actor_country", "recipient_name", "recipient_country"}, "note": "..."}`,
    with the start-up token as `Authorization: Bearer TOKEN`. Reviews are never changed afterwards."""
    bench = bench_of(request)
    if not bench.allow_review:
        raise ReviewDisabledError("this server takes no reviews (start it with --allow-review)")
    if not bench.guard.bearer_ok(request.headers.get("authorization")):
        raise NotAuthorizedError("a review needs the start-up token as 'Authorization: Bearer TOKEN'")
    body = await read_body(request)
    try:
        data = json.loads(body or b"null")
    except ValueError:
        raise BadOptionError("the body must be JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("corrections", {}), dict) or not all(
            isinstance(data.get(k, ""), str) for k in ("reviewer", "verdict", "note")):
        raise BadOptionError('the body must be {"reviewer": str, "verdict": str, "corrections": {...}, "note": str}')
    corrections = {str(k): v if isinstance(v, str) else "" for k, v in data.get("corrections", {}).items()}
    return dump(save_review(bench, event_id, ReviewInput(event_id, data.get("reviewer", ""),
                                                         data.get("verdict", ""), corrections,
                                                         data.get("note", ""))), status=201)


def save_review(bench: Bench, event_id: str, review: ReviewInput) -> dict[str, Any]:
    """Store a review of the event ``event_id`` names (an id, a merged id or a prefix)."""
    found = bench.read(query.get_event, event_id)
    if found is None:
        raise NotFoundError(f"no event {event_id[:80]!r} in the store")
    real = ReviewInput(found["event"]["event_id"], review.reviewer, review.verdict, review.corrections, review.note)
    return bench.write(add_review, real)
