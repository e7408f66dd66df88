"""Running the app: uvicorn on one host and port, with the start-up token announced."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import BadOptionError
from .app import LOCAL_HOSTS, create_app
from .security import new_token

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, allow_review: bool = False,
          query_timeout: float = 10.0, announce: Callable[[str], None] = lambda line: None) -> None:
    """Serve the store at ``db`` until interrupted. ``announce`` gets the lines a person needs: the
    address, whether the store is read-only, and (with ``allow_review``) the token for writing."""
    if not 0 < port < 65536:
        raise BadOptionError(f"--port must be 1-65535, not {port}")
    if query_timeout <= 0:
        raise BadOptionError(f"--query-timeout must be positive, not {query_timeout}")
    import uvicorn

    token = new_token() if allow_review else None
    hosts = LOCAL_HOSTS if host in LOOPBACK else None
    app = create_app(db, allow_review=allow_review, token=token, query_timeout=query_timeout, allowed_hosts=hosts,
                     warm=True)
    shown = f"[{host}]" if ":" in host else host
    announce(f"dyadwatch serve: http://{shown}:{port}/ (API docs at /api/docs) over {db}, "
             f"{'reviews allowed' if allow_review else 'read-only'}")
    if token:
        announce(f"review token: {token} (sign in at http://{shown}:{port}/review/login, or send "
                 f"'Authorization: Bearer {token}' to the API)")
    if host not in LOOPBACK:
        announce(f"warning: listening on {host}, reachable from other machines")
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
