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
so it survives a restart of the peer and dies with the token or after `SESSION_MAX_AGE_S`.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import html
import json
import secrets
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from starlette.datastructures import Headers
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Receive, Scope, Send

from mesh._log import QuietLogger, get_logger
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
TOKEN_PARAM = "t"
SESSION_MAX_AGE_S = 30 * 24 * 3600
CLOCK_SKEW_S = 300
# Code the page loads, the same for everyone: no board data lives under these.
PUBLIC_PREFIXES = ("/_nicegui/{version}/static/", "/_nicegui/{version}/libraries/",
                   "/_nicegui/{version}/components/", "/_nicegui/{version}/resources/",
                   "/_nicegui/{version}/esm/", "/canvas/static/", "/favicon.ico")
SELF_AUTHENTICATED_PREFIXES = ("/sync/",)  # the board-key handshake (mesh.net.auth)
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

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


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class CanvasAccess:
    """The canvas token of one home and the session cookies it signs."""

    def __init__(self, token: str, *, max_age_s: int = SESSION_MAX_AGE_S) -> None:
        self._token = token.encode()
        self._key = hmac.new(self._token, b"multiplex/canvas-session/v1", hashlib.sha256).digest()
        self.max_age_s = max_age_s
        # Cookies are per host, not per port: two homes served on one machine need two names.
        self.cookie_name = "mx_canvas_" + hmac.new(self._token, b"cookie-name", hashlib.sha256).hexdigest()[:10]

    @classmethod
    def for_home(cls, home: Path) -> CanvasAccess:
        return cls(canvas_token(home))

    def valid_token(self, given: str) -> bool:
        return hmac.compare_digest(given.encode(), self._token)

    def _mac(self, payload: str) -> str:
        return _b64(hmac.new(self._key, payload.encode(), hashlib.sha256).digest()[:18])

    def new_session(self, now: float | None = None) -> str:
        payload = f"{int(time.time() if now is None else now)}.{secrets.token_hex(8)}"
        return f"{payload}.{self._mac(payload)}"

    def valid_session(self, value: str, now: float | None = None) -> bool:
        payload, _, mac = value.rpartition(".")
        issued, _, nonce = payload.partition(".")
        if not issued.isdigit() or not nonce or not hmac.compare_digest(mac.encode(), self._mac(payload).encode()):
            return False
        age = (time.time() if now is None else now) - int(issued)
        return -CLOCK_SKEW_S <= age <= self.max_age_s

    def set_cookie_header(self) -> str:
        return (f"{self.cookie_name}={self.new_session()}; Path=/; Max-Age={self.max_age_s}; HttpOnly; "
                "SameSite=Strict")


_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>multiplex: link needed</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>
body{{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#0a0a0b;
color:#f8f9fa;font:16px/1.6 system-ui,sans-serif}}main{{max-width:36rem;padding:2rem;border:1px solid #252527;
border-radius:12px;background:#141416}}h1{{font-size:1.3rem;margin:0 0 .8rem}}code{{font-family:ui-monospace,
monospace;color:#00e5ff}}p{{color:#9ca3af}}</style></head><body><main><h1>{title}</h1><p>{detail}</p>
<p>On the machine running multiplex, <code>multiplex up</code> prints the canvas link (it ends in
<code>?t=&hellip;</code>); <code>multiplex canvas-link</code> prints it again. Open that link in this browser.
Whoever has the link can edit this peer's boards: share it like a password.</p></main></body></html>"""


def _refusal(status: int, title: str, detail: str, *, page: bool) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    if page:
        body = _PAGE.format(title=html.escape(title), detail=html.escape(detail)).encode()
        ctype = b"text/html; charset=utf-8"
    else:
        body = json.dumps({"error": f"{title}: {detail}"}).encode()
        ctype = b"application/json"
    return status, [(b"content-type", ctype), (b"content-length", str(len(body)).encode()),
                    (b"cache-control", b"no-store")], body


class AccessMiddleware:
    """Refuse every HTTP request and websocket that carries none of the accepted credentials."""

    def __init__(self, app: ASGIApp, *, access: CanvasAccess, api_token: str | None = None,
                 checks: Sequence[Check] = (), public_prefixes: Sequence[str] = PUBLIC_PREFIXES,
                 self_authenticated: Sequence[str] = SELF_AUTHENTICATED_PREFIXES) -> None:
        self.app = app
        self.access = access
        self._bearer = f"Bearer {api_token}".encode() if api_token else None
        self.checks = tuple(checks)
        version = _nicegui_version()
        self.exempt = tuple(p.replace("{version}", version) for p in public_prefixes) + tuple(self_authenticated)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        if path.startswith(self.exempt):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        method = "WEBSOCKET" if kind == "websocket" else scope.get("method", "GET")
        if (kind == "websocket" or method in UNSAFE_METHODS) and not _same_origin(headers):
            await self._refuse(scope, send, headers, 403, "Refused",
                               "this request came from a page of another site")
            return
        query = scope.get("query_string", b"").decode("latin-1")
        pairs = parse_qsl(query, keep_blank_values=True)
        if kind == "http" and method in ("GET", "HEAD") and any(k == TOKEN_PARAM for k, _ in pairs):
            await self._login(scope, send, headers, path, pairs)
            return
        if self._allowed(method, path, headers):
            await self.app(scope, receive, send)
            return
        client = str((scope.get("client") or ("?",))[0])
        quiet.warning(f"refused:{client}", "refused %s %s from %s: no canvas session, API token or peer "
                      "credential (logged once per address)", method, path[:120], client)
        if path.startswith("/api/"):
            await self._refuse(scope, send, headers, 401, "missing or wrong API token",
                               "the CLI reads it from MULTIPLEX_HOME/api.token")
            return
        await self._refuse(scope, send, headers, 401, "This canvas needs its link",
                           "this request carries no canvas session, API token or peer credential")

    def _allowed(self, method: str, path: str, headers: Headers) -> bool:
        cookie = cookie_parser(headers.get("cookie", "")).get(self.access.cookie_name)
        if cookie and self.access.valid_session(cookie):
            return True
        given = headers.get("authorization", "").encode()
        if self._bearer is not None and given and hmac.compare_digest(given, self._bearer):
            return True
        return any(check(method, path, headers) for check in self.checks)

    async def _login(self, scope: Scope, send: Send, headers: Headers, path: str,
                     pairs: list[tuple[str, str]]) -> None:
        given = next((v for k, v in pairs if k == TOKEN_PARAM), "")
        if not self.access.valid_token(given):
            await self._refuse(scope, send, headers, 401, "This link is not valid here",
                               "its token is not this peer's canvas token (an old link, or another machine's)")
            return
        rest = urlencode([(k, v) for k, v in pairs if k != TOKEN_PARAM])
        location = quote(path, safe="/%:@!$&'()*+,;=-._~") + (f"?{rest}" if rest else "")
        common = [(b"set-cookie", self.access.set_cookie_header().encode()), (b"cache-control", b"no-store"),
                  (b"referrer-policy", b"no-referrer")]
        if headers.get("sec-fetch-site", "none") in ("none", "same-origin"):
            await send({"type": "http.response.start", "status": 303,
                        "headers": [(b"location", location.encode()), (b"content-length", b"0"), *common]})
            await send({"type": "http.response.body", "body": b""})
            return
        # Opened from another site's page: a SameSite=Strict cookie is not sent along a redirect that
        # started cross-site, so step through a page of our own origin instead.
        body = (f'<!doctype html><meta charset="utf-8"><title>multiplex</title><script>location.replace('
                f'{json.dumps(location)})</script><a href="{html.escape(location)}">Open the canvas</a>').encode()
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(body)).encode()), *common]})
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    async def _refuse(scope: Scope, send: Send, headers: Headers, status: int, title: str, detail: str) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008, "reason": detail[:120]})
            return
        page = "text/html" in headers.get("accept", "")
        code, head, body = _refusal(status, title, detail, page=page)
        await send({"type": "http.response.start", "status": code, "headers": head})
        await send({"type": "http.response.body", "body": body if scope.get("method") != "HEAD" else b""})


def _same_origin(headers: Headers) -> bool:
    """No Origin (not sent by a browser, or a same-origin GET) or an Origin naming this very host."""
    origin = headers.get("origin")
    if origin is None:
        return True
    return bool(origin != "null" and urlsplit(origin).netloc.lower() == headers.get("host", "").lower())


def _nicegui_version() -> str:
    try:
        from nicegui import __version__
    except ImportError:  # a headless peer without the canvas extras
        return "-"
    return str(__version__)


def install_access(app: Any, home: Path, *, api_token: str | None, checks: Sequence[Check] = ()) -> CanvasAccess:
    """Put the gate in front of everything `app` serves; returns the home's `CanvasAccess`."""
    access = CanvasAccess.for_home(home)
    app.add_middleware(AccessMiddleware, access=access, api_token=api_token, checks=checks)
    return access
