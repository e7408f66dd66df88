"""The server's guards: the start-up token, reviewer sessions, CSRF tokens and response headers.

Writing (reviews) needs ``--allow-review`` and the token printed at start-up:

- API clients send it as ``Authorization: Bearer TOKEN`` (a custom header, which a page of another
  site cannot send without a CORS preflight this server never grants: no CSRF risk);
- people sign in once at ``/review/login`` with the token and their name; the server keeps the
  session (an ``HttpOnly``, ``SameSite=Strict`` cookie holding a random id) and every form carries a
  CSRF token derived from that session with an HMAC (the synchronizer-token pattern). A form post
  whose token does not match, or whose ``Origin`` is another site, is refused.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass, field

SESSION_COOKIE = "dw_session"
MAX_SESSIONS = 1000

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")

SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}


def new_token() -> str:
    """A start-up token: 128 random bits, URL-safe."""
    return secrets.token_urlsafe(16)


@dataclass
class Guard:
    """The token, the signed-in reviewers and the CSRF secret of one running app (no module globals)."""

    token: str | None
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    sessions: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def token_ok(self, given: str | None) -> bool:
        return bool(self.token and given and hmac.compare_digest(given.encode(), self.token.encode()))

    def bearer_ok(self, authorization: str | None) -> bool:
        if not authorization or not authorization.startswith("Bearer "):
            return False
        return self.token_ok(authorization[len("Bearer "):].strip())

    def open_session(self, reviewer: str) -> str:
        session = secrets.token_urlsafe(24)
        with self.lock:
            if len(self.sessions) >= MAX_SESSIONS:
                self.sessions.pop(next(iter(self.sessions)))
            self.sessions[session] = reviewer
        return session

    def reviewer(self, session: str | None) -> str | None:
        if not session:
            return None
        with self.lock:
            return self.sessions.get(session)

    def close_session(self, session: str | None) -> None:
        with self.lock:
            self.sessions.pop(session or "", None)

    def csrf_token(self, session: str | None) -> str:
        """The CSRF token of a session ("" without one)."""
        if not session:
            return ""
        return hmac.new(self.secret, f"csrf:{session}".encode(), hashlib.sha256).hexdigest()

    def csrf_ok(self, session: str | None, given: str | None) -> bool:
        expected = self.csrf_token(session)
        return bool(expected and given and hmac.compare_digest(expected, given))


def same_origin(origin: str | None, host: str | None) -> bool:
    """True when a request's ``Origin`` header is absent or names this server's host."""
    if origin is None:
        return True
    if origin == "null" or not host:
        return False
    return origin.split("://", 1)[-1].rstrip("/") == host
