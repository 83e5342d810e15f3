"""The real canvas (NiceGUI pages, socket.io websocket, uploads, assets) behind the access gate.

One canvas server in a subprocess (`tests.browser.serve`, the same gate as `multiplex up`), spoken to
over real HTTP and websockets: no browser needed.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import httpx
import pytest

from mesh.model.schema import BlockKind
from mesh.storage.assets import AssetStore
from mesh.storage.hub import BoardHub
from peers.asset_http import BOARD_HEADER, PROOF_HEADER, asset_proof

ROOT = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)


@dataclass(frozen=True)
class Served:
    base: str
    link: str
    home: Path
    named: str  # an asset a block of board "main" names
    loose: str  # an asset in the store that no board names
    key: bytes  # board main's key


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    home = tmp_path_factory.mktemp("canvas") / "home"
    store = AssetStore(home / "assets")
    named = store.put_bytes(PNG).sha256
    loose = store.put_bytes(PNG + b"loose").sha256
    hub = BoardHub(home)
    board = hub.open("main").board
    board.init_meta("main", origin="user:test")
    board.add_block(BlockKind.COMP, "image", origin="user:test", asset=named, mime="image/png", title="ref")
    key = hub.replicas["main"].key
    hub.close()
    env = dict(os.environ, PYTHONUNBUFFERED="1", MULTIPLEX_HOME=str(home))
    proc = subprocess.Popen([sys.executable, "-m", "tests.browser.serve", "--home", str(home), "--port", "0"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    port, link = 0, ""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not link:
        line = proc.stdout.readline()
        if line.startswith("LISTENING"):
            port = int(line.split()[1])
        elif line.startswith("LINK"):
            link = line.split()[1]
        elif not line and proc.poll() is not None:
            break
    if not link:
        proc.kill()
        raise RuntimeError("canvas server did not start")
    base = f"http://127.0.0.1:{port}"
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{base}/canvas/static/", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.1)
    try:
        yield Served(base, link, home, named, loose, key)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _logged_in(served: Served) -> httpx.Client:
    client = httpx.Client(base_url=served.base, timeout=10)
    r = client.get(served.link)
    assert r.status_code == 303
    return client


def test_anonymous_board_page_is_refused_and_creates_nothing(served: Served) -> None:
    for name in ("junk1", "junk2", "main"):
        r = httpx.get(f"{served.base}/board/{name}")
        assert r.status_code == 401
    assert not (served.home / "boards" / "junk1").exists()
    assert httpx.get(f"{served.base}/").status_code == 401
    page = httpx.get(f"{served.base}/board/main", headers={"Accept": "text/html"})
    assert page.status_code == 401 and "multiplex up" in page.text


def test_link_sets_http_only_cookie_redirects_without_token_then_the_page_works(served: Served) -> None:
    client = httpx.Client(base_url=served.base, timeout=10)
    r = client.get(served.link)
    assert r.status_code == 303 and r.headers["location"] == "/board/main"
    assert "HttpOnly" in r.headers["set-cookie"] and "SameSite=Strict" in r.headers["set-cookie"]
    page = client.get("/board/main")
    assert page.status_code == 200 and "nicegui" in page.text.lower()
    assert client.get(f"/assets/{served.named}").content == PNG  # the canvas shows images


def test_a_valid_session_opening_unknown_boards_creates_none(served: Served) -> None:
    client = _logged_in(served)
    before = sorted(p.name for p in (served.home / "boards").iterdir())
    for i in range(5):
        assert client.get(f"/board/junk{i}").status_code == 200  # a page offering "Create board"
    assert client.get("/board/..%2Fx").status_code in (200, 404)  # a bad name: an error label, no board
    assert sorted(p.name for p in (served.home / "boards").iterdir()) == before


def test_anonymous_assets_and_uploads_are_refused(served: Served) -> None:
    assert httpx.get(f"{served.base}/assets/{served.named}").status_code == 401
    assert httpx.head(f"{served.base}/assets/{served.named}").status_code == 401
    r = httpx.post(f"{served.base}/canvas/api/upload?token=anything", content=PNG,
                   headers={"Content-Type": "image/png"})
    assert r.status_code == 401


def test_peer_credential_fetches_an_asset_its_board_names(served: Served) -> None:
    def get(sha: str, board: str, proof: str) -> int:
        return httpx.get(f"{served.base}/assets/{sha}", headers={BOARD_HEADER: board, PROOF_HEADER: proof}).status_code

    good = asset_proof(served.key, "main", served.named)
    assert get(served.named, "main", good) == 200
    assert get(served.named, "main", asset_proof(os.urandom(32), "main", served.named)) == 401  # wrong key
    assert get(served.loose, "main", asset_proof(served.key, "main", served.loose)) == 401  # no block names it
    assert get(served.loose, "main", good) == 401  # a proof is for one asset
    assert get(served.named, "other", asset_proof(served.key, "other", served.named)) == 401  # not served here
    r = httpx.get(f"{served.base}/board/main", headers={BOARD_HEADER: "main", PROOF_HEADER: good})
    assert r.status_code == 401  # the peer credential opens /assets only


async def _socket_io(served: Served, cookies: dict[str, str], origin: str | None = None) -> int:
    url = served.base.replace("http", "ws") + "/_nicegui_ws/socket.io/?EIO=4&transport=websocket"
    headers = {"Origin": origin or served.base}
    async with aiohttp.ClientSession(cookies=cookies) as session:
        try:
            async with session.ws_connect(url, headers=headers) as ws:
                msg = await ws.receive(timeout=10)
                assert str(msg.data).startswith("0")  # engine.io open packet
                return 101
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status


def test_nicegui_websocket_handshake_needs_the_session(served: Served) -> None:
    assert asyncio.run(_socket_io(served, {})) == 403
    client = _logged_in(served)
    cookies = {c.name: c.value for c in client.cookies.jar}
    assert asyncio.run(_socket_io(served, cookies)) == 101
    assert asyncio.run(_socket_io(served, cookies, origin="http://evil.example")) == 403
    polling = httpx.get(f"{served.base}/_nicegui_ws/socket.io/?EIO=4&transport=polling")
    assert polling.status_code == 401
