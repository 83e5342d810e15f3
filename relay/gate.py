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
origin are 403. The mechanics (signing, cookies, refusals, the origin rule, the login redirect) are
shared with the peer's gate in `mesh.net.http_gate`; this module is the policy.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from starlette.types import ASGIApp, Receive, Scope, Send

from mesh._log import QuietLogger, get_logger
from mesh.net.http_gate import (
    PAGE_CODE_PREFIXES,
    SESSION_MAX_AGE_S,
    GateRequest,
    RefusalStyle,
    SessionSigner,
    client_address,
    cookie_tag,
    location_without,
    page_code_prefixes,
    redirect,
    refuse,
    send_login,
    session_cookie,
)
from mesh.storage.secrets import write_secret

from .tokens import Grant, Role, TokenStore

__all__ = ["GRANTS_SCOPE_KEY", "Needs", "RelayGate", "SessionKeys", "grants_of", "role_of"]

log = get_logger("relay.gate")
quiet = QuietLogger(log)

GRANTS_SCOPE_KEY = "multiplex.relay.grants"  # the request's grants, for the canvas's read-only check
SESSION_KEY_FILE = "session.key"
PUBLIC_PREFIXES = PAGE_CODE_PREFIXES
OPEN_PATHS = ("/healthz",)
SELF_AUTHENTICATED_PREFIXES = ("/yjs/", "/mcp", "/.well-known/oauth-protected-resource")
UPLOAD_PATH = "/canvas/api/upload"
_BOARD_PAGE = "/board/"
_ASSET_PREFIX = "/assets/"


def grants_of(scope: Scope) -> tuple[Grant, ...]:
    """The grants the gate found on this request (empty outside the gate)."""
    return tuple(scope.get(GRANTS_SCOPE_KEY) or ())


class SessionKeys:
    """Signs and checks the relay's session cookies (one per board a browser holds a grant for), each
    ``TOKEN_ID:BOARD:ISSUED:NONCE:MAC``."""

    def __init__(self, key: bytes, *, max_age_s: int = SESSION_MAX_AGE_S) -> None:
        self._signer = SessionSigner(key, b"multiplex/relay-session/v1", sep=":", fields=2, nonce_bytes=6,
                                     max_age_s=max_age_s)
        self.max_age_s = max_age_s
        self.prefix = "mx_relay_" + cookie_tag(key, 6) + "_"

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

    def issue(self, grant: Grant, now: float | None = None) -> str:
        return self._signer.issue(grant.token_id, grant.board, now=now)

    def read(self, value: str, now: float | None = None) -> tuple[str, str] | None:
        """(token id, board) of a cookie this relay signed and that has not expired, else None."""
        fields = self._signer.read(value, now)
        return (fields[0], fields[1]) if fields is not None else None

    def set_cookie(self, grant: Grant) -> str:
        return session_cookie(self.cookie_name(grant.board), self.issue(grant), self.max_age_s)


@dataclass(frozen=True, slots=True)
class Needs:
    """Route knowledge the gate asks for: whether a board names an asset (sha256)."""

    asset_named: Callable[[str, str], bool]


REFUSAL = RefusalStyle(
    head_title="multiplex relay: {title}",
    help_html="""<p>Ask whoever runs this relay for an invite link to the board (they make one with
<code>multiplex relay token create --board NAME --role view</code>; it ends in <code>?t=mxr_&hellip;</code>),
then open it in this browser.</p>""",
    json_status=True, challenge=b'Bearer realm="multiplex relay"')


class RelayGate:
    """ASGI middleware: every request and websocket needs a grant that covers it."""

    def __init__(self, app: ASGIApp, *, tokens: TokenStore, keys: SessionKeys, needs: Needs,
                 public_prefixes: Sequence[str] = PUBLIC_PREFIXES,
                 self_authenticated: Sequence[str] = SELF_AUTHENTICATED_PREFIXES) -> None:
        self.app = app
        self.tokens = tokens
        self.keys = keys
        self.needs = needs
        self.exempt = page_code_prefixes(public_prefixes, self_authenticated)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        if path in OPEN_PATHS or path.startswith(self.exempt):
            await self.app(scope, receive, send)
            return
        req = GateRequest.of(scope)
        token = req.login_token() if path.startswith(_BOARD_PAGE) else None
        if token is not None:
            await self._login(scope, send, req, token)
            return
        grants, by_cookie = self._grants(req)
        if by_cookie and req.cross_site_write:
            await refuse(scope, send, req.headers, REFUSAL, 403, "Refused",
                         "this request came from a page of another site")
            return
        if not grants:
            client = client_address(scope)
            quiet.warning(f"refused:{client}", "refused %s %s from %s: no relay token or session (logged once "
                          "per address)", req.method, path[:120], client)
            await refuse(scope, send, req.headers, REFUSAL, 401, "This relay needs an invite link",
                         "this request carries no valid relay token or session (a token may have been revoked)")
            return
        refusal = self._refusal(req.method, path, grants)
        if refusal is not None:
            await refuse(scope, send, req.headers, REFUSAL, 403, "Not allowed", refusal)
            return
        if path in ("/", ""):
            await redirect(send, f"/board/{quote(grants[0].board, safe='')}")
            return
        scope[GRANTS_SCOPE_KEY] = grants
        await self.app(scope, receive, send)

    def _grants(self, req: GateRequest) -> tuple[tuple[Grant, ...], bool]:
        """Grants from the bearer token, else from the session cookies; (grants, came from cookies)."""
        auth = req.headers.get("authorization", "")
        if auth[:7].lower() == "bearer ":
            grant = self.tokens.verify(auth[7:].strip())
            return ((grant,) if grant is not None else ()), False
        out = []
        for name, value in req.cookies.items():
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

    async def _login(self, scope: Scope, send: Send, req: GateRequest, token: str) -> None:
        grant = self.tokens.verify(token)
        if grant is None:
            await refuse(scope, send, req.headers, REFUSAL, 401, "This invite link is not valid",
                         "its token is unknown here or has been revoked")
            return
        board = req.path[len(_BOARD_PAGE):].split("/", 1)[0]
        if grant.board != board:
            await refuse(scope, send, req.headers, REFUSAL, 403, "This invite is for another board",
                         f"it opens board {grant.board!r}, not {board!r}")
            return
        await send_login(send, req.headers, location_without(req.path, req.query), self.keys.set_cookie(grant))


def role_of(scope: Scope, board: str) -> Role | None:
    """The highest role this request holds on `board` (None: none)."""
    best: Role | None = None
    for grant in grants_of(scope):
        if grant.board == board and (best is None or grant.allows(best)):
            best = grant.role
    return best
