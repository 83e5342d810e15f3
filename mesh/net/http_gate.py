"""The mechanics both HTTP access gates share (a home peer's canvas gate and the relay's gate).

Each gate keeps its own policy (which credentials exist, what each path needs) in its own module:
`multiplex.access` and `relay.gate`. What is the same on the wire lives here, once, so a fix to a cookie,
a refusal or the origin rule reaches both:

- `SessionSigner`: stateless session values (fields, issued-at, nonce, HMAC) a gate can check after a
  restart without a session table, refused once forged, expired or issued too far in the future;
- `session_cookie`, `cookie_tag`: the HttpOnly, SameSite=Strict cookie carrying such a value;
- `RefusalStyle` and `refuse`: a refusal as JSON, as a short dark page for a browser, or, for a
  websocket, a close before accept (the server answers the upgrade with 403);
- `same_origin`, `GateRequest.cross_site_write`: the check that stops another site's page from
  writing through a browser's cookie (unsafe methods and websockets);
- `page_code_prefixes`: NiceGUI's and the canvas's static files, exempt because they hold no user data;
- `send_login`: the reply to a link ``...?t=TOKEN``: set the cookie and drop the token from the URL.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from starlette.datastructures import Headers
from starlette.requests import cookie_parser
from starlette.types import Scope, Send

__all__ = [
    "CLOCK_SKEW_S",
    "PAGE_CODE_PREFIXES",
    "SESSION_MAX_AGE_S",
    "TOKEN_PARAM",
    "UNSAFE_METHODS",
    "GateRequest",
    "RefusalStyle",
    "SessionSigner",
    "client_address",
    "cookie_tag",
    "location_without",
    "nicegui_version",
    "page_code_prefixes",
    "redirect",
    "refuse",
    "same_origin",
    "send_login",
    "session_cookie",
]

Header = tuple[bytes, bytes]

TOKEN_PARAM = "t"  # the query parameter of a login link: /board/NAME?t=TOKEN
SESSION_MAX_AGE_S = 30 * 24 * 3600
CLOCK_SKEW_S = 300  # a value issued this far in the future still passes: clocks drift
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Code the page loads, the same for everyone: no board data lives under these. "{version}" stands for
# NiceGUI's version, which is part of its static URLs.
PAGE_CODE_PREFIXES = ("/_nicegui/{version}/static/", "/_nicegui/{version}/libraries/",
                      "/_nicegui/{version}/components/", "/_nicegui/{version}/resources/",
                      "/_nicegui/{version}/esm/", "/canvas/static/", "/favicon.ico")
_MAC_BYTES = 18  # 144 bits: unforgeable, and a short cookie


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _now(now: float | None) -> int:
    return int(time.time() if now is None else now)


class SessionSigner:
    """Signs and checks ``FIELD<sep>...<sep>ISSUED<sep>NONCE<sep>MAC`` session values.

    Stateless, so a session survives a restart and ends when its secret changes or it grows older than
    `max_age_s`; the nonce makes two values issued in the same second differ. The signing key is derived
    from the secret and a `purpose`, so one secret never signs two kinds of value interchangeably.
    """

    def __init__(self, secret: bytes, purpose: bytes, *, sep: str, fields: int = 0, nonce_bytes: int = 8,
                 max_age_s: int = SESSION_MAX_AGE_S, clock_skew_s: int = CLOCK_SKEW_S) -> None:
        if len(sep) != 1:
            raise ValueError(f"the separator must be one character, not {sep!r}")
        self._key = hmac.new(secret, purpose, hashlib.sha256).digest()
        self.sep = sep
        self.fields = fields
        self.nonce_bytes = nonce_bytes
        self.max_age_s = max_age_s
        self.clock_skew_s = clock_skew_s

    def _mac(self, payload: str) -> str:
        return _b64(hmac.new(self._key, payload.encode("utf-8", "surrogatepass"), hashlib.sha256).digest()[:_MAC_BYTES])

    def issue(self, *fields: str, now: float | None = None) -> str:
        """A value carrying `fields`, issued at `now` (default: the current time)."""
        if len(fields) != self.fields or any(self.sep in f for f in fields):
            raise ValueError(f"a session value takes {self.fields} fields without {self.sep!r}, not {fields!r}")
        payload = self.sep.join((*fields, str(_now(now)), secrets.token_hex(self.nonce_bytes)))
        return f"{payload}{self.sep}{self._mac(payload)}"

    def read(self, value: str, now: float | None = None) -> tuple[str, ...] | None:
        """The fields of a value this signer issued and that is neither expired nor from the future, else None."""
        payload, _, mac = value.rpartition(self.sep)
        parts = payload.split(self.sep)
        if len(parts) != self.fields + 2 or not hmac.compare_digest(mac.encode("utf-8", "surrogatepass"),
                                                                    self._mac(payload).encode()):
            return None
        issued, nonce = parts[-2], parts[-1]
        if not (issued.isascii() and issued.isdigit()) or not nonce:
            return None
        age = (time.time() if now is None else now) - int(issued)
        if not -self.clock_skew_s <= age <= self.max_age_s:
            return None
        return tuple(parts[:-2])


def cookie_tag(secret: bytes, length: int) -> str:
    """Hex derived from `secret` for a cookie's name: cookies are per host, not per port, so two gates
    served on one machine (two homes, or a home and a relay) need names of their own."""
    return hmac.new(secret, b"cookie-name", hashlib.sha256).hexdigest()[:length]


def session_cookie(name: str, value: str, max_age_s: int) -> str:
    """A Set-Cookie value: HttpOnly (no script reads it) and SameSite=Strict (no other site sends it)."""
    return f"{name}={value}; Path=/; Max-Age={max_age_s}; HttpOnly; SameSite=Strict"


def same_origin(headers: Headers) -> bool:
    """No Origin (not sent by a browser, or a same-origin GET) or an Origin naming this very host."""
    origin = headers.get("origin")
    if origin is None:
        return True
    return bool(origin != "null" and urlsplit(origin).netloc.lower() == headers.get("host", "").lower())


def nicegui_version() -> str:
    """NiceGUI's version as it appears in its static URLs ("-" on a headless install without it)."""
    try:
        from nicegui import __version__
    except ImportError:
        return "-"
    return str(__version__)


def page_code_prefixes(public: Sequence[str] = PAGE_CODE_PREFIXES, self_authenticated: Sequence[str] = ()
                       ) -> tuple[str, ...]:
    """The path prefixes a gate lets through: `public` (with NiceGUI's version filled in) and the paths
    that check their own credential."""
    version = nicegui_version()
    return tuple(p.replace("{version}", version) for p in public) + tuple(self_authenticated)


@dataclass(frozen=True, slots=True)
class GateRequest:
    """What a gate reads from an HTTP or websocket scope, parsed once."""

    kind: str  # "http" or "websocket"
    path: str
    method: str  # "WEBSOCKET" for a websocket
    headers: Headers
    query: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, scope: Scope) -> GateRequest:
        kind = scope["type"]
        pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        return cls(kind=kind, path=scope.get("path", ""),
                   method="WEBSOCKET" if kind == "websocket" else scope.get("method", "GET"),
                   headers=Headers(scope=scope), query=tuple(pairs))

    @property
    def cookies(self) -> dict[str, str]:
        return cookie_parser(self.headers.get("cookie", ""))

    @property
    def cross_site_write(self) -> bool:
        """A websocket or an unsafe method sent by a page of another site: a browser would attach our
        cookie to it (CSRF), so a cookie must not authorise it."""
        return (self.kind == "websocket" or self.method in UNSAFE_METHODS) and not same_origin(self.headers)

    def login_token(self, param: str = TOKEN_PARAM) -> str | None:
        """The token of a login link (an HTTP GET/HEAD with ``?param=``), else None."""
        if self.kind != "http" or self.method not in ("GET", "HEAD"):
            return None
        return next((v for k, v in self.query if k == param), None)


def client_address(scope: Scope) -> str:
    """The client's address for a log line ("?" when the server gives none)."""
    return str((scope.get("client") or ("?",))[0])


_DARK_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{head}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>
body{{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#0a0a0b;
color:#f8f9fa;font:16px/1.6 system-ui,sans-serif}}main{{max-width:36rem;padding:2rem;border:1px solid #252527;
border-radius:12px;background:#141416}}h1{{font-size:1.3rem;margin:0 0 .8rem}}code{{font-family:ui-monospace,
monospace;color:#00e5ff}}p{{color:#9ca3af}}</style></head><body><main><h1>{title}</h1><p>{detail}</p>
{help}</main></body></html>"""


@dataclass(frozen=True, slots=True)
class RefusalStyle:
    """How one gate words a refusal: the page's title and help (how to get in) are its policy."""

    head_title: str  # the page's <title>; "{title}" in it stands for the refusal's (escaped) title
    help_html: str  # trusted HTML after the detail, saying how to get a link
    json_status: bool = False  # the JSON body repeats the status code
    challenge: bytes | None = None  # WWW-Authenticate with a 401

    def page(self, title: str, detail: str) -> bytes:
        """The dark page a browser sees; `title` and `detail` are escaped."""
        title = html.escape(title)
        return _DARK_PAGE.format(head=self.head_title.replace("{title}", title), title=title,
                                 detail=html.escape(detail), help=self.help_html).encode()

    def response(self, status: int, title: str, detail: str, *, as_page: bool) -> tuple[int, list[Header], bytes]:
        """(status, headers, body) of an HTTP refusal: the dark page, or JSON ``{"error": ...}``."""
        if as_page:
            body, ctype = self.page(title, detail), b"text/html; charset=utf-8"
        else:
            error: dict[str, object] = {"error": f"{title}: {detail}"}
            if self.json_status:
                error["status"] = status
            body, ctype = json.dumps(error).encode(), b"application/json"
        head = [(b"content-type", ctype), (b"content-length", str(len(body)).encode()), (b"cache-control", b"no-store")]
        if status == 401 and self.challenge is not None:
            head.append((b"www-authenticate", self.challenge))
        return status, head, body


async def refuse(scope: Scope, send: Send, headers: Headers, style: RefusalStyle, status: int, title: str,
                 detail: str) -> None:
    """Refuse: close a websocket before accepting it (1008, the server answers the upgrade with 403), or
    answer HTTP with a page when a browser asks for HTML and JSON otherwise (no body for HEAD)."""
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008, "reason": detail[:120]})
        return
    code, head, body = style.response(status, title, detail, as_page="text/html" in headers.get("accept", ""))
    await send({"type": "http.response.start", "status": code, "headers": head})
    await send({"type": "http.response.body", "body": body if scope.get("method") != "HEAD" else b""})


async def redirect(send: Send, location: str, extra: Sequence[Header] = ()) -> None:
    """303 See Other to `location` (a GET, whatever the method was)."""
    await send({"type": "http.response.start", "status": 303,
                "headers": [(b"location", location.encode()), (b"content-length", b"0"), *extra]})
    await send({"type": "http.response.body", "body": b""})


def location_without(path: str, query: Sequence[tuple[str, str]], param: str = TOKEN_PARAM) -> str:
    """`path` and its query without `param`: where a login link sends the browser once the cookie is set."""
    rest = urlencode([(k, v) for k, v in query if k != param])
    return quote(path, safe="/%:@!$&'()*+,;=-._~") + (f"?{rest}" if rest else "")


async def send_login(send: Send, headers: Headers, location: str, set_cookie: str) -> None:
    """Set the session cookie and send the browser on to `location`, leaving the token out of history and
    referrers. A 303 when the link was opened directly or from our own origin; opened from another site's
    page, a SameSite=Strict cookie is not sent along a redirect that started cross-site, so step through a
    page of our own origin instead."""
    common = [(b"set-cookie", set_cookie.encode()), (b"cache-control", b"no-store"),
              (b"referrer-policy", b"no-referrer")]
    if headers.get("sec-fetch-site", "none") in ("none", "same-origin"):
        await redirect(send, location, common)
        return
    body = (f'<!doctype html><meta charset="utf-8"><title>multiplex</title><script>location.replace('
            f'{json.dumps(location)})</script><a href="{html.escape(location)}">Open the canvas</a>').encode()
    await send({"type": "http.response.start", "status": 200, "headers": [
        (b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(body)).encode()), *common]})
    await send({"type": "http.response.body", "body": body})
