"""Reviewing in the browser (``--allow-review``): sign in with the start-up token, then mark an event
right or wrong or correct it. Forms post ``application/x-www-form-urlencoded``; every post is
checked for the session, its CSRF token and a same-site ``Origin`` (see :mod:`dyadwatch.web.security`).
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..errors import BadOptionError, NotAuthorizedError, ReviewDisabledError
from ..store.reviews import CORRECTABLE, REVIEWER, ReviewInput
from .api import save_review
from .app import Bench, bench_of
from .limits import read_body
from .render import render_page
from .security import SESSION_COOKIE, same_origin

router = APIRouter(include_in_schema=False)


async def form_of(request: Request) -> dict[str, str]:
    """A url-encoded form body as one value per field (the first)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise BadOptionError("a form must be sent as application/x-www-form-urlencoded")
    body = (await read_body(request)).decode("utf-8", "replace")
    return {k: v[0] for k, v in parse_qs(body, keep_blank_values=True, max_num_fields=20).items()}


def reviews_on(bench: Bench) -> None:
    if not bench.allow_review:
        raise ReviewDisabledError("this server takes no reviews (start it with --allow-review)")


def check_post(request: Request, form: dict[str, str]) -> str:
    """The reviewer of a signed-in form post with a valid CSRF token from this site; else D502."""
    bench = bench_of(request)
    reviews_on(bench)
    if not same_origin(request.headers.get("origin"), request.headers.get("host")):
        raise NotAuthorizedError("a form posted from another site is refused")
    session = request.cookies.get(SESSION_COOKIE)
    reviewer = bench.guard.reviewer(session)
    if reviewer is None:
        raise NotAuthorizedError("sign in with the start-up token first (/review/login)")
    if not bench.guard.csrf_ok(session, form.get("csrf")):
        raise NotAuthorizedError("the form's CSRF token is missing or wrong; reload the page")
    return reviewer


def safe_next(target: str | None) -> str:
    """A local path to go back to (never another site)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/review/login", response_class=HTMLResponse)
def login_form(request: Request, next: str | None = None) -> HTMLResponse:
    return render_page(request, "login.html", {"next": safe_next(next), "failed": False})


@router.post("/review/login")
async def login(request: Request) -> Response:
    bench = bench_of(request)
    reviews_on(bench)
    if not same_origin(request.headers.get("origin"), request.headers.get("host")):
        raise NotAuthorizedError("a form posted from another site is refused")
    form = await form_of(request)
    name = " ".join(form.get("reviewer", "").split())
    if not bench.guard.token_ok(form.get("token", "").strip()):
        return render_page(request, "login.html", {"next": safe_next(form.get("next")), "failed": True},
                           status_code=403)
    if not REVIEWER.match(name):
        raise BadOptionError("your name must be 1-80 letters, digits, spaces or . @ ' -")
    session = bench.guard.open_session(name)
    response = RedirectResponse(safe_next(form.get("next")), status_code=303)
    response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https")
    return response


@router.post("/review/logout")
async def logout(request: Request) -> Response:
    form = await form_of(request)
    check_post(request, form)
    bench_of(request).guard.close_session(request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/events/{event_id}/review")
async def review(request: Request, event_id: Annotated[str, Path(min_length=1, max_length=128)]) -> Response:
    form = await form_of(request)
    reviewer = check_post(request, form)
    verdict = form.get("verdict", "")
    corrections = {k: form.get(k, "") for k in CORRECTABLE}
    if verdict != "corrected":
        corrections = {}
    saved = save_review(bench_of(request), event_id, ReviewInput(event_id, reviewer, verdict, corrections,
                                                                 form.get("note", "")))
    return RedirectResponse(f"/events/{quote(saved['event_id'], safe='')}?saved=1#reviews", status_code=303)
