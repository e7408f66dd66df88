"""The ASGI app of ``dyadwatch serve``: a REST API under ``/api/`` and server-rendered pages.

Both read the store through the library's query layer (:mod:`dyadwatch.analysis.query`); the
only writes are reviews (:mod:`dyadwatch.store.reviews`), with ``--allow-review``. Every query
runs on its own cursor with a time limit, every response carries a Content-Security-Policy, and
every error is one line: ``{"status": 400, "code": "D201", "error": "..."}`` under ``/api/``, a
short page elsewhere, never a traceback.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles

from ..errors import BadOptionError, DyadwatchError, NotFoundError, QueryTimeoutError, ServeError, StoreOpenError
from .limits import MAX_BODY, BodyTooLargeError
from .security import SECURITY_HEADERS, Guard

HERE = Path(__file__).resolve().parent
QUERY_SLOTS = max(2, os.cpu_count() or 2)
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]", "testserver")
T = TypeVar("T")
log = logging.getLogger("dyadwatch.web")


@dataclass
class Bench:
    """What one running app holds: the store, its settings and its guard."""

    path: Path
    db: Any                     # the EventDB (read-only unless reviews are allowed)
    allow_review: bool
    guard: Guard
    query_timeout: float = 10.0
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    # what does not change while the app runs (the store is read-only, or takes only reviews)
    stats: dict[str, Any] = field(default_factory=dict)
    date_span: tuple[str | None, str | None] = (None, None)
    event_columns: list[str] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict)
    cache_lock: threading.Lock = field(default_factory=threading.Lock)
    # at most this many queries run at once (the others wait their turn): DuckDB already spreads one
    # query over the cores, and more at once only share them, so each would take longer and run past
    # the time limit under load
    slots: threading.BoundedSemaphore = field(default_factory=lambda: threading.BoundedSemaphore(QUERY_SLOTS))

    def cached(self, key: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``read(fn, ...)`` once per key for the life of the app (for answers over the whole store)."""
        with self.cache_lock:
            if key in self.cache:
                return self.cache[key]  # type: ignore[no-any-return]
        value = self.read(fn, *args, **kwargs)
        with self.cache_lock:
            if len(self.cache) > 256:
                self.cache.clear()
            self.cache[key] = value
        return value

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn(cursor, ...)`` on a fresh cursor of the store once one of the query slots is free,
        interrupted after ``query_timeout`` seconds of running (D503)."""
        import duckdb

        with self.slots:
            cursor = self.db.store.db.cursor()
            timer = threading.Timer(self.query_timeout, cursor.interrupt)
            timer.daemon = True
            timer.start()
            try:
                return fn(cursor, *args, **kwargs)
            except duckdb.InterruptException:
                raise QueryTimeoutError(f"the query took longer than {self.query_timeout:g} s; narrow it down"
                                        ) from None
            finally:
                timer.cancel()
                cursor.close()

    def write(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn(cursor, ...)`` for a write, one at a time (DuckDB has one writer)."""
        with self.write_lock:
            cursor = self.db.store.db.cursor()
            try:
                return fn(cursor, *args, **kwargs)
            finally:
                cursor.close()


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    """The one error shape; the library's option names (``--min-confidence``) become parameter names."""
    text = re.sub(r"(?<![\w-])--([a-z]+(?:-[a-z]+)*)", lambda m: m.group(1).replace("-", "_"), message)
    return {"status": status, "code": code, "error": " ".join(text.split())[:500]}


def status_of(exc: DyadwatchError) -> int:
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, BodyTooLargeError):
        return 413
    if isinstance(exc, QueryTimeoutError):
        return 503
    if isinstance(exc, StoreOpenError):
        return 503
    if isinstance(exc, ServeError):
        return 403
    if exc.code.startswith(("D1", "D2", "D3")):
        return 400
    return 500


def validation_message(exc: RequestValidationError) -> str:
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ())[1:]) or "request"
    return f"{where}: {first.get('msg', 'invalid value')}"


def create_app(path: str | Path, allow_review: bool = False, token: str | None = None,
               query_timeout: float = 10.0, allowed_hosts: tuple[str, ...] | None = LOCAL_HOSTS,
               warm: bool = False) -> FastAPI:
    """The app over the store at ``path``: read-only unless ``allow_review`` (which needs ``token``).

    ``allowed_hosts`` are the Host header values answered (loopback names by default, which also
    stops DNS-rebinding pages from reading a local server); ``None`` answers any.
    ``warm`` computes the overview's whole-store answers in the background at once."""
    from ..analysis.eventdb import EventDB

    path = Path(path)
    if not path.exists():
        raise StoreOpenError(f"no store at {path}")
    if allow_review and not token:
        raise BadOptionError("--allow-review needs a token")
    db = EventDB(path, read_only=not allow_review)
    bench = Bench(path, db, allow_review, Guard(token if allow_review else None), query_timeout)
    from ..analysis import query

    bench.stats = bench.read(query.stats)
    bench.date_span = (bench.stats.get("first_date"), bench.stats.get("last_date"))
    bench.event_columns = bench.read(query.event_columns)
    app = FastAPI(title="dyadwatch", version=_version(), docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Political events coded from news: who did what to whom, when, where, on whose "
                              "word. Every error is one line of JSON: {status, code, error}.")
    app.state.bench = bench
    from .render import make_environment

    app.state.env = make_environment()
    hosts = None if allowed_hosts is None else set(allowed_hosts)

    @app.middleware("http")
    async def guard_and_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        host = (request.headers.get("host") or "").rsplit(":", 1)[0] if request.headers.get("host") else ""
        if hosts is not None and host not in hosts:
            response: Response = _error(request, 400, "D201", f"this server does not answer for host {host[:80]!r}")
        elif _length(request) > MAX_BODY:
            response = _error(request, 413, "D201", f"request body over {MAX_BODY} bytes")
        elif request.method == "GET" and not request.url.path.startswith("/api/") and any(
                not v for _, v in request.query_params.multi_items()):
            # a filter form sends its empty fields: go to the same view without them (a clean link)
            kept = urlencode([(k, v) for k, v in request.query_params.multi_items() if v])
            response = RedirectResponse(request.url.path + ("?" + kept if kept else ""), status_code=302)
        else:
            response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.url.path.startswith("/api/"):
            response.headers.setdefault("cache-control", "no-store")
        return response

    @app.exception_handler(DyadwatchError)
    async def on_library_error(request: Request, exc: DyadwatchError) -> Response:
        status = status_of(exc)
        if status >= 500:
            log.error("%s %s: %s", request.method, request.url.path, exc)
        return _error(request, status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def on_bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        return _error(request, 400, "D201", validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = {404: "D406", 403: "D502", 401: "D502", 405: "D201"}.get(exc.status_code, "D201")
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path[:120]}"
        return _error(request, exc.status_code, code, message, dict(exc.headers or {}))

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> Response:
        log.exception("%s %s failed", request.method, request.url.path)
        return _error(request, 500, "D002", f"internal error ({type(exc).__name__})")

    from . import api, docs, pages, review

    app.include_router(api.router)
    app.include_router(docs.router)
    app.include_router(review.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    if warm:
        threading.Thread(target=_warm, args=(bench,), name="dyadwatch-warm", daemon=True).start()
    return app


def _warm(bench: Bench) -> None:
    from .pages import overview_data

    try:
        overview_data(bench)
    except Exception:  # the first visit computes it again and reports what is wrong
        log.exception("computing the overview at start-up failed")


def _error(request: Request, status: int, code: str, message: str, headers: dict[str, str] | None = None
           ) -> Response:
    body = error_body(status, code, message)
    if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
        return Response(json.dumps(body, ensure_ascii=False) + "\n", status_code=status, headers=headers,
                        media_type="application/json")
    from .render import render_page

    try:
        return render_page(request, "error.html", {"error": body}, status_code=status)
    except Exception:  # the error page itself must never fail
        return HTMLResponse(f"<h1>{status}</h1>", status_code=status)


def _length(request: Request) -> int:
    try:
        return int(request.headers.get("content-length") or 0)
    except ValueError:
        return MAX_BODY + 1  # a malformed length is refused like an oversized body


def _version() -> str:
    from .. import __version__

    return __version__


def bench_of(request: Request) -> Bench:
    return request.app.state.bench  # type: ignore[no-any-return]


__all__ = ["Bench", "bench_of", "create_app", "error_body"]
