"""Who may use the relay: an ASGI gate in front of everything it serves, deciding by relay tokens.

The relay faces the internet, so, as on a peer (`multiplex.access`), the gate wraps the whole app and a
route added later is refused by default. A request passes with a grant (`relay.tokens.Grant`) from:

- the invite link ``/board/NAME?t=TOKEN``: a valid token for that board sets a session cookie for the
  board (HttpOnly, SameSite=Strict, signed with the relay's session key) and redirects to the same URL
  without the token, so it leaves no trace in history or referrers;
- that cookie, which carries the token's *id*, never the token: every request re-checks that the id is
  still in the token store, so revoking a token ends its browser sessions too;
- ``Authorization: Bearer mxr_...`` (scripts, `curl`, other views).

What each path needs: a canvas page ``/board/NAME`` a grant for that board; ``/assets/{sha}`` a grant
for a board that names the asset (`Needs.asset_named`); an upload an edit grant; anything else a valid
grant. Open: `/healthz` (no data), package code the page loads (NiceGUI's static files), and the paths
that authenticate themselves: ``/yjs/`` (closes with 4401/4403 and a reason) and ``/mcp`` (the MCP
SDK's bearer check, which answers with protected-resource metadata). Refusals are 401 (no or a bad
credential) or 403 (a credential for another board, or a role too low), as JSON or, for a browser, a
short dark page saying what to ask for. Cookie-authenticated unsafe methods and websockets from another
origin are 403.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from starlette.datastructures import Headers
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Receive, Scope, Send

from mesh._log import QuietLogger, get_logger
from mesh.storage.secrets import write_secret

from .tokens import Grant, Role, TokenStore

__all__ = ["GRANTS_SCOPE_KEY", "Needs", "RelayGate", "SessionKeys", "grants_of", "role_of"]

log = get_logger("relay.gate")
quiet = QuietLogger(log)

TOKEN_PARAM = "t"
GRANTS_SCOPE_KEY = "multiplex.relay.grants"  # the request's grants, for the canvas's read-only check
SESSION_MAX_AGE_S = 30 * 24 * 3600
CLOCK_SKEW_S = 300
SESSION_KEY_FILE = "session.key"
PUBLIC_PREFIXES = ("/_nicegui/{version}/static/", "/_nicegui/{version}/libraries/",
                   "/_nicegui/{version}/components/", "/_nicegui/{version}/resources/",
                   "/_nicegui/{version}/esm/", "/canvas/static/", "/favicon.ico")
OPEN_PATHS = ("/healthz",)
SELF_AUTHENTICATED_PREFIXES = ("/yjs/", "/mcp", "/.well-known/oauth-protected-resource")
UPLOAD_PATH = "/canvas/api/upload"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_BOARD_PAGE = "/board/"
_ASSET_PREFIX = "/assets/"


def grants_of(scope: Scope) -> tuple[Grant, ...]:
    """The grants the gate found on this request (empty outside the gate)."""
    return tuple(scope.get(GRANTS_SCOPE_KEY) or ())


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class SessionKeys:
    """Signs and checks the relay's session cookies (one per board a browser holds a grant for)."""

    def __init__(self, key: bytes, *, max_age_s: int = SESSION_MAX_AGE_S) -> None:
        self._key = hmac.new(key, b"multiplex/relay-session/v1", hashlib.sha256).digest()
        self.max_age_s = max_age_s
        self.prefix = "mx_relay_" + hmac.new(key, b"cookie-name", hashlib.sha256).hexdigest()[:6] + "_"

    @classmethod
    def for_dir(cls, directory: Path) -> SessionKeys:
        """The key in DIR/session.key, created once (deleting it ends every browser session)."""
        path = Path(directory) / SESSION_KEY_FILE
        try:
            key = path.read_bytes()
        except FileNotFoundError:
            key = b""
        if len(key) < 32:
            path.parent.mkdir(parents=True, exist_ok=True)
            key = secrets.token_bytes(32)
            write_secret(path, key)
        return cls(key)

    def cookie_name(self, board: str) -> str:
        return self.prefix + hashlib.blake2b(board.encode(), digest_size=5).hexdigest()

    def _mac(self, payload: str) -> str:
        return _b64(hmac.new(self._key, payload.encode(), hashlib.sha256).digest()[:18])

    def issue(self, grant: Grant, now: float | None = None) -> str:
        payload = f"{grant.token_id}:{grant.board}:{int(time.time() if now is None else now)}:{secrets.token_hex(6)}"
        return f"{payload}:{self._mac(payload)}"

    def read(self, value: str, now: float | None = None) -> tuple[str, str] | None:
        """(token id, board) of a cookie this relay signed and that has not expired, else None."""
        payload, _, mac = value.rpartition(":")
        parts = payload.split(":")
        if len(parts) != 4 or not parts[2].isdigit() or not hmac.compare_digest(mac.encode(),
                                                                               self._mac(payload).encode()):
            return None
        age = (time.time() if now is None else now) - int(parts[2])
        if not -CLOCK_SKEW_S <= age <= self.max_age_s:
            return None
        return parts[0], parts[1]

    def set_cookie(self, grant: Grant) -> str:
        return (f"{self.cookie_name(grant.board)}={self.issue(grant)}; Path=/; Max-Age={self.max_age_s}; HttpOnly; "
                "SameSite=Strict")


@dataclass(frozen=True, slots=True)
class Needs:
    """Route knowledge the gate asks for: whether a board names an asset (sha256)."""

    asset_named: Callable[[str, str], bool]


_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>multiplex relay: {title}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>
body{{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#0a0a0b;
color:#f8f9fa;font:16px/1.6 system-ui,sans-serif}}main{{max-width:36rem;padding:2rem;border:1px solid #252527;
border-radius:12px;background:#141416}}h1{{font-size:1.3rem;margin:0 0 .8rem}}code{{font-family:ui-monospace,
monospace;color:#00e5ff}}p{{color:#9ca3af}}</style></head><body><main><h1>{title}</h1><p>{detail}</p>
<p>Ask whoever runs this relay for an invite link to the board (they make one with
<code>multiplex relay token create --board NAME --role view</code>; it ends in <code>?t=mxr_&hellip;</code>),
then open it in this browser.</p></main></body></html>"""


class RelayGate:
    """ASGI middleware: every request and websocket needs a grant that covers it."""

    def __init__(self, app: ASGIApp, *, tokens: TokenStore, keys: SessionKeys, needs: Needs,
                 public_prefixes: Sequence[str] = PUBLIC_PREFIXES,
                 self_authenticated: Sequence[str] = SELF_AUTHENTICATED_PREFIXES) -> None:
        self.app = app
        self.tokens = tokens
        self.keys = keys
        self.needs = needs
        version = _nicegui_version()
        self.exempt = tuple(p.replace("{version}", version) for p in public_prefixes) + tuple(self_authenticated)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        if path in OPEN_PATHS or path.startswith(self.exempt):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        method = "WEBSOCKET" if kind == "websocket" else scope.get("method", "GET")
        pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        if kind == "http" and method in ("GET", "HEAD") and path.startswith(_BOARD_PAGE) and \
                any(k == TOKEN_PARAM for k, _ in pairs):
            await self._login(scope, send, headers, path, pairs)
            return
        grants, by_cookie = self._grants(headers)
        if by_cookie and (kind == "websocket" or method in UNSAFE_METHODS) and not _same_origin(headers):
            await _refuse(scope, send, headers, 403, "Refused", "this request came from a page of another site")
            return
        if not grants:
            client = str((scope.get("client") or ("?",))[0])
            quiet.warning(f"refused:{client}", "refused %s %s from %s: no relay token or session (logged once "
                          "per address)", method, path[:120], client)
            await _refuse(scope, send, headers, 401, "This relay needs an invite link",
                          "this request carries no valid relay token or session (a token may have been revoked)")
            return
        refusal = self._refusal(method, path, grants)
        if refusal is not None:
            await _refuse(scope, send, headers, 403, "Not allowed", refusal)
            return
        if path in ("/", ""):
            await _redirect(send, f"/board/{quote(grants[0].board, safe='')}", [])
            return
        scope[GRANTS_SCOPE_KEY] = grants
        await self.app(scope, receive, send)

    def _grants(self, headers: Headers) -> tuple[tuple[Grant, ...], bool]:
        """Grants from the bearer token, else from the session cookies; (grants, came from cookies)."""
        auth = headers.get("authorization", "")
        if auth[:7].lower() == "bearer ":
            grant = self.tokens.verify(auth[7:].strip())
            return ((grant,) if grant is not None else ()), False
        cookies = cookie_parser(headers.get("cookie", ""))
        out = []
        for name, value in cookies.items():
            if not name.startswith(self.keys.prefix):
                continue
            read = self.keys.read(value)
            if read is None:
                continue
            grant = self.tokens.get(read[0])  # revoked -> None: the session ends with its token
            if grant is not None and grant.board == read[1] and name == self.keys.cookie_name(grant.board):
                out.append(grant)
        return tuple(out), True

    def _refusal(self, method: str, path: str, grants: tuple[Grant, ...]) -> str | None:
        """Why these grants do not cover the request (None: they do)."""
        if path.startswith(_BOARD_PAGE):
            board = path[len(_BOARD_PAGE):].split("/", 1)[0]
            if not any(g.board == board for g in grants):
                return f"your invite is for board {grants[0].board!r}, not {board!r}"
        elif path.startswith(_ASSET_PREFIX):
            sha = path[len(_ASSET_PREFIX):]
            if not any(self.needs.asset_named(g.board, sha) for g in grants):
                return "this asset is not on a board your invite opens"
        elif path == UPLOAD_PATH and not any(g.allows(Role.EDIT) for g in grants):
            return "your invite is view-only: it cannot upload"
        return None

    async def _login(self, scope: Scope, send: Send, headers: Headers, path: str,
                     pairs: list[tuple[str, str]]) -> None:
        given = next((v for k, v in pairs if k == TOKEN_PARAM), "")
        grant = self.tokens.verify(given)
        if grant is None:
            await _refuse(scope, send, headers, 401, "This invite link is not valid",
                          "its token is unknown here or has been revoked")
            return
        board = path[len(_BOARD_PAGE):].split("/", 1)[0]
        if grant.board != board:
            await _refuse(scope, send, headers, 403, "This invite is for another board",
                          f"it opens board {grant.board!r}, not {board!r}")
            return
        rest = urlencode([(k, v) for k, v in pairs if k != TOKEN_PARAM])
        location = quote(path, safe="/%:@!$&'()*+,;=-._~") + (f"?{rest}" if rest else "")
        common = [(b"set-cookie", self.keys.set_cookie(grant).encode()), (b"cache-control", b"no-store"),
                  (b"referrer-policy", b"no-referrer")]
        if headers.get("sec-fetch-site", "none") in ("none", "same-origin"):
            await _redirect(send, location, common)
            return
        # Opened from another site: a SameSite=Strict cookie is not sent along a cross-site redirect.
        body = (f'<!doctype html><meta charset="utf-8"><title>multiplex</title><script>location.replace('
                f'{json.dumps(location)})</script><a href="{html.escape(location)}">Open the canvas</a>').encode()
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(body)).encode()), *common]})
        await send({"type": "http.response.body", "body": body})


async def _redirect(send: Send, location: str, extra: list[tuple[bytes, bytes]]) -> None:
    await send({"type": "http.response.start", "status": 303,
                "headers": [(b"location", location.encode()), (b"content-length", b"0"), *extra]})
    await send({"type": "http.response.body", "body": b""})


async def _refuse(scope: Scope, send: Send, headers: Headers, status: int, title: str, detail: str) -> None:
    if scope["type"] == "websocket":  # before accept: the server answers the upgrade with 403
        await send({"type": "websocket.close", "code": 1008, "reason": detail[:120]})
        return
    if "text/html" in headers.get("accept", ""):
        body = _PAGE.format(title=html.escape(title), detail=html.escape(detail)).encode()
        ctype = b"text/html; charset=utf-8"
    else:
        body = json.dumps({"error": f"{title}: {detail}", "status": status}).encode()
        ctype = b"application/json"
    head = [(b"content-type", ctype), (b"content-length", str(len(body)).encode()), (b"cache-control", b"no-store")]
    if status == 401:
        head.append((b"www-authenticate", b'Bearer realm="multiplex relay"'))
    await send({"type": "http.response.start", "status": status, "headers": head})
    await send({"type": "http.response.body", "body": body if scope.get("method") != "HEAD" else b""})


def _same_origin(headers: Headers) -> bool:
    origin = headers.get("origin")
    if origin is None:
        return True
    return bool(origin != "null" and urlsplit(origin).netloc.lower() == headers.get("host", "").lower())


def _nicegui_version() -> str:
    try:
        from nicegui import __version__
    except ImportError:
        return "-"
    return str(__version__)


def role_of(scope: Scope, board: str) -> Role | None:
    """The highest role this request holds on `board` (None: none)."""
    best: Role | None = None
    for grant in grants_of(scope):
        if grant.board == board and (best is None or grant.allows(best)):
            best = grant.role
    return best

