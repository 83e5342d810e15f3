"""The access gate in front of the whole HTTP port: canvas link -> session cookie, API token, route checks."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from starlette.datastructures import Headers
from starlette.websockets import WebSocket

from multiplex.access import CANVAS_TOKEN_FILE, CanvasAccess, canvas_link, canvas_token, install_access

API_TOKEN = "api-secret"


def _app(home: Path) -> tuple[FastAPI, CanvasAccess]:
    app = FastAPI()

    @app.get("/board/{name}")
    async def board(name: str) -> dict[str, str]:
        return {"board": name}

    @app.post("/canvas/api/upload")
    async def upload() -> dict[str, bool]:
        return {"ok": True}

    @app.get("/sync/{board}")
    async def sync(board: str) -> dict[str, str]:
        return {"sync": board}

    @app.get("/canvas/static/x.js")
    async def static() -> dict[str, str]:
        return {"static": "x"}

    @app.get("/peer-only")
    async def peer_only() -> dict[str, str]:
        return {"peer": "yes"}

    @app.websocket("/_nicegui_ws/socket.io/")
    async def ws(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_text("hello")
        await websocket.close()

    def peer_check(method: str, path: str, headers: Headers) -> bool:
        return path == "/peer-only" and headers.get("x-peer") == "good"

    access = install_access(app, home, api_token=API_TOKEN, checks=[peer_check])
    return app, access


@pytest.fixture
async def gate(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, CanvasAccess, Path]]:
    home = tmp_path / "home"
    app, access = _app(home)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8470") as c:
        yield c, access, home


async def test_anonymous_requests_are_refused(gate) -> None:
    client, _, _ = gate
    for method, path in (("GET", "/board/main"), ("POST", "/canvas/api/upload"), ("GET", "/peer-only"),
                         ("GET", "/anything-added-later")):
        r = await client.request(method, path)
        assert r.status_code == 401, path
        assert "canvas" in r.json()["error"]


async def test_a_browser_gets_a_page_saying_how_to_get_the_link(gate) -> None:
    client, _, _ = gate
    r = await client.get("/board/main", headers={"Accept": "text/html,application/xhtml+xml"})
    assert r.status_code == 401
    assert r.headers["content-type"].startswith("text/html")
    assert "multiplex up" in r.text and "#0a0a0b" in r.text


async def test_exempt_paths_stay_open(gate) -> None:
    client, _, _ = gate
    assert (await client.get("/canvas/static/x.js")).status_code == 200
    assert (await client.get("/sync/main")).status_code == 200  # authenticates itself (board-key handshake)


async def test_link_sets_an_http_only_strict_cookie_and_drops_the_token(gate) -> None:
    client, access, home = gate
    link = canvas_link(home, 8470, "main")
    r = await client.get(link.replace("?t=", "?who=ana&t="))
    assert r.status_code == 303
    assert r.headers["location"] == "/board/main?who=ana"
    cookie = r.headers["set-cookie"]
    assert cookie.startswith(f"{access.cookie_name}=")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert canvas_token(home) not in cookie
    assert r.headers["referrer-policy"] == "no-referrer"
    r = await client.get("/board/main")  # the client kept the cookie
    assert r.status_code == 200 and r.json() == {"board": "main"}
    assert (await client.post("/canvas/api/upload")).status_code == 200


async def test_link_opened_from_another_site_bounces_through_our_origin(gate) -> None:
    client, _, home = gate
    r = await client.get(canvas_link(home, 8470, "main"), headers={"Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 200
    assert "set-cookie" in r.headers
    assert 'location.replace("/board/main")' in r.text


async def test_wrong_token_forged_or_expired_cookie_are_refused(gate) -> None:
    client, access, _ = gate
    assert (await client.get("/board/main?t=guess")).status_code == 401
    assert "set-cookie" not in (await client.get("/board/main?t=guess")).headers
    other = CanvasAccess("another-home-token")
    forged = {"Cookie": f"{access.cookie_name}={other.new_session()}"}
    assert (await client.get("/board/main", headers=forged)).status_code == 401
    old = {"Cookie": f"{access.cookie_name}={access.new_session(now=0)}"}
    assert (await client.get("/board/main", headers=old)).status_code == 401
    good = {"Cookie": f"{access.cookie_name}={access.new_session()}"}
    assert (await client.get("/board/main", headers=good)).status_code == 200


async def test_api_token_and_route_checks_are_accepted(gate) -> None:
    client, _, _ = gate
    assert (await client.get("/board/main", headers={"Authorization": f"Bearer {API_TOKEN}"})).status_code == 200
    assert (await client.get("/board/main", headers={"Authorization": "Bearer nope"})).status_code == 401
    assert (await client.get("/peer-only", headers={"x-peer": "good"})).status_code == 200
    assert (await client.get("/board/main", headers={"x-peer": "good"})).status_code == 401  # that path only


async def test_cross_origin_post_is_refused_even_with_a_session(gate) -> None:
    client, access, _ = gate
    cookie = f"{access.cookie_name}={access.new_session()}"
    r = await client.post("/canvas/api/upload", headers={"Cookie": cookie, "Origin": "http://evil.example"})
    assert r.status_code == 403
    r = await client.post("/canvas/api/upload", headers={"Cookie": cookie, "Origin": "http://127.0.0.1:8470"})
    assert r.status_code == 200


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
def test_websocket_needs_the_session(tmp_path: Path) -> None:
    from starlette.testclient import TestClient
    from starlette.websockets import WebSocketDisconnect

    app, access = _app(tmp_path / "home")
    with TestClient(app) as client:
        with pytest.raises(WebSocketDisconnect) as refused, client.websocket_connect("/_nicegui_ws/socket.io/"):
            pass
        assert refused.value.code == 1008
        client.cookies.set(access.cookie_name, access.new_session())
        with client.websocket_connect("/_nicegui_ws/socket.io/") as ws:
            assert ws.receive_text() == "hello"


def test_canvas_token_is_created_once_private_and_links_carry_it(tmp_path: Path) -> None:
    token = canvas_token(tmp_path)
    assert token == canvas_token(tmp_path)
    assert len(token) >= 32
    path = tmp_path / CANVAS_TOKEN_FILE
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [CANVAS_TOKEN_FILE]  # no temporary file left
    assert canvas_link(tmp_path, 8470, "main") == f"http://127.0.0.1:8470/board/main?t={token}"
    assert CanvasAccess(token).cookie_name != CanvasAccess("other").cookie_name  # two homes, one host


def test_running_canvas_link_reads_the_running_peer(tmp_path: Path) -> None:
    from multiplex.access import running_canvas_link

    assert running_canvas_link(tmp_path) is None
    (tmp_path / "running.json").write_text('{"port": 8471, "board": "demo", "pid": 1}', encoding="utf-8")
    token = canvas_token(tmp_path)
    assert running_canvas_link(tmp_path) == f"http://127.0.0.1:8471/board/demo?t={token}"
    assert running_canvas_link(tmp_path, "other") == f"http://127.0.0.1:8471/board/other?t={token}"


async def test_api_refusal_names_the_api_token(gate) -> None:
    client, _, _ = gate
    r = await client.get("/api/health")
    assert r.status_code == 401 and "api.token" in r.json()["error"]
