"""``dyadwatch serve``: the analyst's bench, a REST API and a web app over an event store.

:func:`create_app` builds the ASGI app (FastAPI) over a store; :func:`serve` runs it with uvicorn.
The package holds no SQL of its own: it reads through :mod:`dyadwatch.analysis.query` and writes
reviews through :mod:`dyadwatch.store.reviews`.
"""

from __future__ import annotations

from .app import create_app
from .server import serve

__all__ = ["create_app", "serve"]
