"""The HTTP gate mechanics both gates share: signed session values, the origin rule, refusals, the login reply."""

from __future__ import annotations

import json
from typing import Any

import pytest
from starlette.datastructures import Headers

from mesh.net.http_gate import (
    CLOCK_SKEW_S,
    GateRequest,
    RefusalStyle,
    SessionSigner,
    cookie_tag,
    location_without,
    nicegui_version,
    page_code_prefixes,
    refuse,
    same_origin,
    send_login,
    session_cookie,
)

T0 = 1_700_000_000
MAX_AGE = 3600


def _signer(secret: bytes = b"secret", purpose: bytes = b"test/v1", **kw: Any) -> SessionSigner:
    return SessionSigner(secret, purpose, sep=":", fields=2, max_age_s=MAX_AGE, **kw)


class Sent:
    """An ASGI `send` that keeps what it was given."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []

    async def __call__(self, message: dict[str, Any]) -> None:
        self.messages.append(message)

    @property
    def status(self) -> int:
        return int(self.messages[0]["status"])

    @property
    def headers(self) -> dict[str, str]:
        return {k.decode(): v.decode() for k, v in self.messages[0]["headers"]}

    @property
    def body(self) -> bytes:
        return b"".join(m.get("body", b"") for m in self.messages[1:])


def _scope(kind: str = "http", method: str = "GET", path: str = "/board/main", query: bytes = b"",
           headers: dict[str, str] | None = None) -> dict[str, Any]:
    raw = [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    scope: dict[str, Any] = {"type": kind, "path": path, "query_string": query, "headers": raw}
    if kind == "http":
        scope["method"] = method
    return scope


# -- signed session values ----------------------------------------------------------------------------

def test_a_value_reads_back_its_fields_until_it_expires() -> None:
    signer = _signer()
    value = signer.issue("id1", "main", now=T0)
    assert signer.read(value, now=T0) == ("id1", "main")
    assert signer.read(value, now=T0 + MAX_AGE) == ("id1", "main")
    assert _signer().read(value, now=T0) == ("id1", "main")  # stateless: a restarted gate reads it too


def test_an_expired_value_is_refused() -> None:
    signer = _signer()
    assert signer.read(signer.issue("id1", "main", now=T0), now=T0 + MAX_AGE + 1) is None


def test_a_value_from_too_far_in_the_future_is_refused() -> None:
    signer = _signer()
    assert signer.read(signer.issue("id1", "main", now=T0 + CLOCK_SKEW_S), now=T0) == ("id1", "main")
    assert signer.read(signer.issue("id1", "main", now=T0 + CLOCK_SKEW_S + 1), now=T0) is None


@pytest.mark.parametrize("other", [_signer(secret=b"another secret"), _signer(purpose=b"other/v1")],
                         ids=["other secret", "other purpose"])
def test_a_value_signed_under_another_key_is_refused(other: SessionSigner) -> None:
    assert _signer().read(other.issue("id1", "main", now=T0), now=T0) is None


def test_a_tampered_value_is_refused() -> None:
    signer = _signer()
    token_id, board, issued, nonce, mac = signer.issue("id1", "main", now=T0).split(":")
    for forged in (f"id2:{board}:{issued}:{nonce}:{mac}",          # another token's id
                   f"{token_id}:other:{issued}:{nonce}:{mac}",      # another board
                   f"{token_id}:{board}:{T0 + 10}:{nonce}:{mac}",   # renewed by hand
                   f"{token_id}:{board}:{issued}:{nonce}:{mac[:-1]}x",
                   f"{token_id}:{board}:{issued}:{nonce}", "", "::::", "garbage"):
        assert signer.read(forged, now=T0) is None, forged
    # signed under the same key but with another number of fields: not a value of this kind
    fewer = SessionSigner(b"secret", b"test/v1", sep=":", fields=1, max_age_s=MAX_AGE)
    assert signer.read(fewer.issue("id1", now=T0), now=T0) is None


def test_two_values_issued_in_one_second_differ() -> None:
    signer = _signer()
    assert signer.issue("a", "b", now=T0) != signer.issue("a", "b", now=T0)


def test_fields_that_would_not_read_back_are_refused_when_issuing() -> None:
    signer = _signer()
    with pytest.raises(ValueError, match="fields"):
        signer.issue("has:colon", "main")
    with pytest.raises(ValueError, match="fields"):
        signer.issue("only-one")


def test_a_value_without_fields_carries_issued_nonce_and_mac() -> None:
    signer = SessionSigner(b"tok", b"canvas/v1", sep=".", max_age_s=MAX_AGE)
    value = signer.issue(now=T0)
    issued, nonce, _mac = value.split(".")
    assert issued == str(T0) and len(nonce) == 16
    assert signer.read(value, now=T0) == ()


def test_cookie_names_and_attributes() -> None:
    assert cookie_tag(b"home-a", 10) != cookie_tag(b"home-b", 10)  # two gates on one host
    assert len(cookie_tag(b"home-a", 6)) == 6
    header = session_cookie("mx_x", "v", 60)
    assert header.startswith("mx_x=v;")
    assert {"Path=/", "Max-Age=60", "HttpOnly", "SameSite=Strict"} <= {p.strip() for p in header.split(";")}


# -- origin and request parsing -----------------------------------------------------------------------

@pytest.mark.parametrize(("origin", "host", "same"), [
    (None, "peer:8470", True),                      # not a browser, or a same-origin GET
    ("http://peer:8470", "peer:8470", True),
    ("http://PEER:8470", "peer:8470", True),        # host names are case-insensitive
    ("http://peer:8471", "peer:8470", False),       # another port is another origin
    ("http://evil.example", "peer:8470", False),
    ("null", "peer:8470", False),                   # sandboxed frames and file: pages
    ("null", "", False),                            # ... even where no Host names this peer
    ("http://peer:8470", "", False),
])
def test_same_origin(origin: str | None, host: str, same: bool) -> None:
    headers = {"host": host} | ({"origin": origin} if origin is not None else {})
    assert same_origin(Headers(headers)) is same


@pytest.mark.parametrize(("kind", "method", "cross"), [
    ("http", "GET", False), ("http", "HEAD", False), ("http", "POST", True), ("http", "DELETE", True),
    ("websocket", "", True),
])
def test_cross_site_writes_are_unsafe_methods_and_websockets(kind: str, method: str, cross: bool) -> None:
    evil = {"host": "peer:8470", "origin": "http://evil.example"}
    assert GateRequest.of(_scope(kind, method, headers=evil)).cross_site_write is cross
    assert not GateRequest.of(_scope(kind, method, headers=evil | {"origin": "http://peer:8470"})).cross_site_write


def test_a_login_token_comes_only_from_a_get_or_head() -> None:
    assert GateRequest.of(_scope(query=b"t=abc&x=1")).login_token() == "abc"
    assert GateRequest.of(_scope(method="HEAD", query=b"t=")).login_token() == ""
    assert GateRequest.of(_scope(method="POST", query=b"t=abc")).login_token() is None
    assert GateRequest.of(_scope("websocket", query=b"t=abc")).login_token() is None
    assert GateRequest.of(_scope(query=b"x=1")).login_token() is None
    assert GateRequest.of(_scope()).method == "GET" and GateRequest.of(_scope("websocket")).method == "WEBSOCKET"


def test_page_code_is_exempt_under_nicegui_s_versioned_prefix() -> None:
    exempt = page_code_prefixes(("/_nicegui/{version}/static/",), ("/sync/",))
    assert exempt == (f"/_nicegui/{nicegui_version()}/static/", "/sync/")
    assert "{version}" not in "".join(page_code_prefixes())


# -- refusals -----------------------------------------------------------------------------------------

STYLE = RefusalStyle(head_title="gate: {title}", help_html="<p>Ask for a <code>link</code>.</p>")
STRICT = RefusalStyle(head_title="gate", help_html="", json_status=True, challenge=b'Bearer realm="x"')


async def test_an_api_client_gets_json() -> None:
    sent = Sent()
    await refuse(_scope(), sent, Headers({}), STYLE, 401, "No entry", "bring a token")
    assert sent.status == 401
    assert sent.headers["content-type"] == "application/json" and sent.headers["cache-control"] == "no-store"
    assert json.loads(sent.body) == {"error": "No entry: bring a token"}
    assert int(sent.headers["content-length"]) == len(sent.body)
    assert "www-authenticate" not in sent.headers


async def test_a_style_may_repeat_the_status_and_challenge_a_401() -> None:
    sent = Sent()
    await refuse(_scope(), sent, Headers({}), STRICT, 401, "No entry", "bring a token")
    assert json.loads(sent.body) == {"error": "No entry: bring a token", "status": 401}
    assert sent.headers["www-authenticate"] == 'Bearer realm="x"'
    forbidden = Sent()
    await refuse(_scope(), forbidden, Headers({}), STRICT, 403, "Not allowed", "view only")
    assert "www-authenticate" not in forbidden.headers  # a challenge would not help: the token is known


async def test_a_browser_gets_the_dark_page_with_its_text_escaped() -> None:
    sent = Sent()
    await refuse(_scope(), sent, Headers({"accept": "text/html,*/*"}), STYLE, 403, "<b>No</b>",
                 "board 'x' <script>")
    page = sent.body.decode()
    assert sent.headers["content-type"].startswith("text/html")
    assert "#0a0a0b" in page and "<p>Ask for a <code>link</code>.</p>" in page
    assert "<title>gate: &lt;b&gt;No&lt;/b&gt;</title>" in page
    assert "<script>" not in page and "&lt;script&gt;" in page


async def test_head_gets_the_headers_without_a_body() -> None:
    sent = Sent()
    await refuse(_scope(method="HEAD"), sent, Headers({"accept": "text/html"}), STYLE, 401, "No", "link")
    assert sent.status == 401 and sent.body == b"" and int(sent.headers["content-length"]) > 0


async def test_a_websocket_is_closed_before_it_is_accepted() -> None:
    sent = Sent()
    await refuse(_scope("websocket"), sent, Headers({}), STYLE, 403, "Refused", "x" * 300)
    assert sent.messages == [{"type": "websocket.close", "code": 1008, "reason": "x" * 120}]


# -- the login reply ----------------------------------------------------------------------------------

def test_the_token_is_dropped_from_the_url_and_the_rest_kept() -> None:
    assert location_without("/board/main", [("t", "secret")]) == "/board/main"
    assert location_without("/board/my board", [("x", "1"), ("t", "s"), ("y", "a b"), ("t", "again")]) == \
        "/board/my%20board?x=1&y=a+b"


@pytest.mark.parametrize("site", [None, "none", "same-origin"])
async def test_a_link_opened_directly_redirects_with_the_cookie(site: str | None) -> None:
    sent = Sent()
    await send_login(sent, Headers({"sec-fetch-site": site} if site else {}), "/board/main?x=1", "c=v; HttpOnly")
    assert sent.status == 303 and sent.body == b""
    assert sent.headers["location"] == "/board/main?x=1"
    assert sent.headers["set-cookie"] == "c=v; HttpOnly"
    assert sent.headers["referrer-policy"] == "no-referrer" and sent.headers["cache-control"] == "no-store"


async def test_a_link_opened_from_another_site_steps_through_a_page_of_ours() -> None:
    sent = Sent()
    await send_login(sent, Headers({"sec-fetch-site": "cross-site"}), '/board/a"<x>', "c=v")
    page = sent.body.decode()
    assert sent.status == 200 and sent.headers["set-cookie"] == "c=v"
    assert sent.headers["referrer-policy"] == "no-referrer"
    assert 'location.replace("/board/a\\"<x>")' in page and 'href="/board/a&quot;&lt;x&gt;"' in page
