"""Server-side rendering: one Jinja2 environment with autoescaping on, and helpers the templates use.

Article text comes from the web, so every value is escaped; the only markup built in Python is
:func:`highlight`, which escapes each piece of the sentence itself before wrapping spans in ``<mark>``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from .security import SESSION_COOKIE

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def make_environment() -> Environment:
    """The templates' environment (one per app, kept on ``app.state.env``)."""
    from .app import HERE

    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["iso"] = iso
    env.filters["pct"] = lambda v: "" if v is None else f"{float(v):.0%}"
    env.filters["party"] = party
    env.filters["is_web_url"] = is_web_url
    env.globals["QUAD_NAMES"] = QUAD_NAMES
    env.globals["url_with"] = url_with
    return env


def iso(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def is_web_url(value: Any) -> bool:
    """Only http(s) URLs become links (an article's URL comes from the web: no ``javascript:``)."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def party(code: str | None) -> str:
    return code or "—"


def url_with(path: str, params: dict[str, Any], **over: Any) -> str:
    """``path`` with the query ``params`` changed by ``over`` (None or "" drops a key): links that
    keep every filter in the URL."""
    merged = {**params, **over}
    clean = {k: v for k, v in merged.items() if v is not None and v != ""}
    return path + ("?" + urlencode(clean) if clean else "")


def highlight(text: str, spans: list[tuple[int, int, str]]) -> Markup:
    """``text`` escaped, with each ``(start, end, css_class)`` span (offsets into ``text``) wrapped in
    ``<mark class=...>``; overlapping or out-of-range spans are dropped."""
    out: list[str] = []
    at = 0
    for start, end, css in sorted(spans):
        if start < at or end <= start or end > len(text):
            continue
        out.append(str(escape(text[at:start])))
        out.append(f'<mark class="{escape(css)}">{escape(text[start:end])}</mark>')
        at = end
    out.append(str(escape(text[at:])))
    return Markup("".join(out))


def render_page(request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    """A page from ``template`` with what every page needs: the request, the review state and CSRF token."""
    bench = request.app.state.bench
    session = request.cookies.get(SESSION_COOKIE)
    reviewer = bench.guard.reviewer(session) if bench.allow_review else None
    html = request.app.state.env.get_template(template).render(
        request=request, path=request.url.path, allow_review=bench.allow_review, reviewer=reviewer,
        csrf=bench.guard.csrf_token(session) if reviewer else "", store_name=bench.path.name, **context)
    return HTMLResponse(html, status_code=status_code)
