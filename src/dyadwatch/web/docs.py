"""``/api/docs``: the API's OpenAPI document rendered as a page of our own (no CDN, works offline);
the document itself is at ``/api/openapi.json``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from .render import render_page

router = APIRouter(include_in_schema=False)


def schema_text(schema: dict[str, Any]) -> str:
    """A parameter's type and limits in a few words: ``integer, 1 to 500``, ``one of day, week``."""
    options = schema.get("anyOf")
    if options:
        return " or ".join(schema_text(s) for s in options if s.get("type") != "null")
    if "enum" in schema:
        return "one of " + ", ".join(str(v) for v in schema["enum"])
    if "const" in schema:
        return repr(schema["const"])
    kind = str(schema.get("type", "any"))
    limits = []
    if "minimum" in schema or "maximum" in schema:
        limits.append(f"{schema.get('minimum', '…')} to {schema.get('maximum', '…')}")
    if "maxLength" in schema:
        limits.append(f"at most {schema['maxLength']} characters")
    return kind + (", " + ", ".join(limits) if limits else "")


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": schema_text(p.get("schema", {})),
                       "default": p.get("schema", {}).get("default"),
                       "description": p.get("description", "")} for p in op.get("parameters", [])]
            out.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "parameters": params,
                        "anchor": f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", "")})
    return out


@router.get("/api/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    return render_page(request, "docs.html", {"spec": spec, "operations": operations(spec)})
