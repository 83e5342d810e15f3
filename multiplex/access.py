"""Who may use this peer's HTTP port: the gate in front of the canvas, its websocket, uploads and assets.

One port serves everything (canvas, its NiceGUI websocket, uploads, `/assets`, `/api`, `/sync`) and it
listens on the LAN, so every request must prove something. `AccessMiddleware` is a plain ASGI
middleware on the whole app, so a route added later is refused by default. A request passes with one of:

- the canvas session cookie, which a browser gets by opening the canvas link (`canvas_link`, printed
  and opened by `multiplex up`): ``/board/NAME?t=TOKEN`` sets an HttpOnly, SameSite=Strict cookie and
  redirects to the same URL without the token, so the token stays out of history and referrers;
- ``Authorization: Bearer <api token>`` (the CLI; it can read the home anyway);
- a route-specific credential given as a `Check` (another peer fetching an asset proves that it holds
  the key of a board naming it: `peers.asset_http.peer_asset_check`).

Exempt: package code the page loads (NiceGUI's and the canvas's static files, no user data) and the
paths that authenticate themselves (``/sync/``: the board-key handshake). Refused: 401, as JSON, or as
a short dark page saying how to get the link when a browser asks for HTML; a websocket is closed
before it is accepted (uvicorn answers 403). Unsafe methods and websockets from another origin: 403.

Why a separate canvas token (HOME/canvas.token) rather than the API token: a canvas link is made to be
shared with a colleague on the LAN; it must not also script the peer through the API, and deleting
canvas.token (then restarting) revokes every link and session without touching the CLI.
The session cookie is stateless and signed (issued-at, nonce, HMAC under a key derived from the token),
so it survives a restart of the peer and dies with the token or after `SESSION_MAX_AGE_S`. The mechanics
(signing, cookies, refusals, the origin rule, the login redirect) are shared with the relay's gate in
`mesh.net.http_gate`; this module is the policy.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from mesh._log import QuietLogger, get_logger
from mesh.net.http_gate import (
    PAGE_CODE_PREFIXES,
    SESSION_MAX_AGE_S,
    TOKEN_PARAM,
    GateRequest,
    RefusalStyle,
    SessionSigner,
    client_address,
    cookie_tag,
    location_without,
    page_code_prefixes,
    refuse,
    send_login,
    session_cookie,
)
from mesh.storage.secrets import write_secret

__all__ = [
    "CANVAS_TOKEN_FILE",
    "AccessMiddleware",
    "CanvasAccess",
    "Check",
    "canvas_link",
    "canvas_token",
    "install_access",
    "running_canvas_link",
]

log = get_logger("multiplex.access")
quiet = QuietLogger(log)

CANVAS_TOKEN_FILE = "canvas.token"
PUBLIC_PREFIXES = PAGE_CODE_PREFIXES
SELF_AUTHENTICATED_PREFIXES = ("/sync/",)  # the board-key handshake (mesh.net.auth)

Check = Callable[[str, str, Headers], bool]
"""(method, path, headers) -> True when the request carries a valid route-specific credential."""


def canvas_token(home: Path) -> str:
    """This home's canvas token, created once (0600, fsynced, replaced atomically)."""
    path = Path(home) / CANVAS_TOKEN_FILE
    with contextlib.suppress(FileNotFoundError):
        token = path.read_text(encoding="utf-8").strip()
        if token:
            return token
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(24)
    write_secret(path, token.encode())
    return token


def canvas_link(home: Path, port: int, board: str, host: str = "127.0.0.1") -> str:
    """The link that opens `board` on this peer's canvas and logs the browser in (treat it as a secret)."""
    netloc = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{netloc}:{port}/board/{quote(board, safe='')}?{TOKEN_PARAM}={canvas_token(home)}"


def running_canvas_link(home: Path, board: str | None = None) -> str | None:
    """The canvas link of the `multiplex up` running on `home` (from its running.json), or None."""
    try:
        running = json.loads((Path(home) / "running.json").read_text(encoding="utf-8"))
        port = int(running["port"])
        name = str(board or running["board"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return canvas_link(home, port, name)


class CanvasAccess:
    """The canvas token of one home and the session cookies it signs (``ISSUED.NONCE.MAC``)."""

    def __init__(self, token: str, *, max_age_s: int = SESSION_MAX_AGE_S) -> None:
        self._token = token.encode()
        self._signer = SessionSigner(self._token, b"multiplex/canvas-session/v1", sep=".", nonce_bytes=8,
                                     max_age_s=max_age_s)
        self.max_age_s = max_age_s
        self.cookie_name = "mx_canvas_" + cookie_tag(self._token, 10)

    @classmethod
    def for_home(cls, home: Path) -> CanvasAccess:
        return cls(canvas_token(home))

    def valid_token(self, given: str) -> bool:
        return hmac.compare_digest(given.encode(), self._token)

    def new_session(self, now: float | None = None) -> str:
        return self._signer.issue(now=now)

    def valid_session(self, value: str, now: float | None = None) -> bool:
        return self._signer.read(value, now) is not None

    def set_cookie_header(self) -> str:
        return session_cookie(self.cookie_name, self.new_session(), self.max_age_s)


REFUSAL = RefusalStyle(
    head_title="multiplex: link needed",
    help_html="""<p>On the machine running multiplex, <code>multiplex up</code> prints the canvas link (it ends in
<code>?t=&hellip;</code>); <code>multiplex canvas-link</code> prints it again. Open that link in this browser.
Whoever has the link can edit this peer's boards: share it like a password.</p>""")


class AccessMiddleware:
    """Refuse every HTTP request and websocket that carries none of the accepted credentials."""

    def __init__(self, app: ASGIApp, *, access: CanvasAccess, api_token: str | None = None,
                 checks: Sequence[Check] = (), public_prefixes: Sequence[str] = PUBLIC_PREFIXES,
                 self_authenticated: Sequence[str] = SELF_AUTHENTICATED_PREFIXES) -> None:
        self.app = app
        self.access = access
        self._bearer = f"Bearer {api_token}".encode() if api_token else None
        self.checks = tuple(checks)
        self.exempt = page_code_prefixes(public_prefixes, self_authenticated)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or scope.get("path", "").startswith(self.exempt):
            await self.app(scope, receive, send)
            return
        req = GateRequest.of(scope)
        if req.cross_site_write:
            await refuse(scope, send, req.headers, REFUSAL, 403, "Refused",
                         "this request came from a page of another site")
            return
        token = req.login_token()
        if token is not None:
            await self._login(scope, send, req, token)
            return
        if self._allowed(req):
            await self.app(scope, receive, send)
            return
        client = client_address(scope)
        quiet.warning(f"refused:{client}", "refused %s %s from %s: no canvas session, API token or peer "
                      "credential (logged once per address)", req.method, req.path[:120], client)
        if req.path.startswith("/api/"):
            await refuse(scope, send, req.headers, REFUSAL, 401, "missing or wrong API token",
                         "the CLI reads it from MULTIPLEX_HOME/api.token")
            return
        await refuse(scope, send, req.headers, REFUSAL, 401, "This canvas needs its link",
                     "this request carries no canvas session, API token or peer credential")

    def _allowed(self, req: GateRequest) -> bool:
        cookie = req.cookies.get(self.access.cookie_name)
        if cookie and self.access.valid_session(cookie):
            return True
        given = req.headers.get("authorization", "").encode()
        if self._bearer is not None and given and hmac.compare_digest(given, self._bearer):
            return True
        return any(check(req.method, req.path, req.headers) for check in self.checks)

    async def _login(self, scope: Scope, send: Send, req: GateRequest, token: str) -> None:
        if not self.access.valid_token(token):
            await refuse(scope, send, req.headers, REFUSAL, 401, "This link is not valid here",
                         "its token is not this peer's canvas token (an old link, or another machine's)")
            return
        await send_login(send, req.headers, location_without(req.path, req.query), self.access.set_cookie_header())


def install_access(app: Any, home: Path, *, api_token: str | None, checks: Sequence[Check] = ()) -> CanvasAccess:
    """Put the gate in front of everything `app` serves; returns the home's `CanvasAccess`."""
    access = CanvasAccess.for_home(home)
    app.add_middleware(AccessMiddleware, access=access, api_token=api_token, checks=checks)
    return access
