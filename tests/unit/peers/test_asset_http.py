"""Serving assets over HTTP (Range, HEAD, caching, errors) and fetching them between peers."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import io
import os
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.responses import Response
from PIL import Image

from mesh.errors import AssetError, AssetIntegrityError, AssetNotFound
from mesh.model.schema import BlockKind
from mesh.storage.assets import AssetStore
from mesh.storage.hub import BoardHub
from multiplex.access import install_access
from peers.asset_http import asset_proof, asset_router, fetch_asset, peer_asset_check

PAYLOAD = os.urandom(1000)
PAYLOAD_HASH = hashlib.sha256(PAYLOAD).hexdigest()


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (20, 10), "#64ffda").save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def store(tmp_path: Path) -> AssetStore:
    s = AssetStore(tmp_path / "a")
    s.put_bytes(PAYLOAD)
    return s


@pytest.fixture
async def client(store: AssetStore) -> AsyncIterator[httpx.AsyncClient]:
    app = FastAPI()
    app.include_router(asset_router(store))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://peer") as c:
        yield c


async def test_full_get(client: httpx.AsyncClient, store: AssetStore) -> None:
    png = store.put_bytes(_png())
    r = await client.get(f"/assets/{png.sha256}")
    assert r.status_code == 200
    assert r.content == _png()
    assert r.headers["content-type"] == "image/png"
    assert r.headers["accept-ranges"] == "bytes"
    assert r.headers["content-length"] == str(png.size)
    assert r.headers["etag"] == f'"{png.sha256}"'
    assert "immutable" in r.headers["cache-control"]
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    ("range_header", "start", "end"),
    [
        ("bytes=10-19", 10, 20),
        ("bytes=0-0", 0, 1),
        ("bytes=990-", 990, 1000),
        ("bytes=-5", 995, 1000),
        ("bytes=900-5000", 900, 1000),
    ],
)
async def test_range_gives_206_with_exact_bytes(
    client: httpx.AsyncClient, range_header: str, start: int, end: int
) -> None:
    r = await client.get(f"/assets/{PAYLOAD_HASH}", headers={"Range": range_header})
    assert r.status_code == 206
    assert r.content == PAYLOAD[start:end]
    assert r.headers["content-range"] == f"bytes {start}-{end - 1}/1000"
    assert r.headers["content-length"] == str(end - start)


@pytest.mark.parametrize("range_header", ["bytes=1000-", "bytes=5000-6000", "bytes=-0"])
async def test_unsatisfiable_range_gives_416(client: httpx.AsyncClient, range_header: str) -> None:
    r = await client.get(f"/assets/{PAYLOAD_HASH}", headers={"Range": range_header})
    assert r.status_code == 416
    assert r.headers["content-range"] == "bytes */1000"


@pytest.mark.parametrize("range_header", ["bytes=abc", "items=0-5", "bytes=50-10", "garbage"])
async def test_malformed_range_is_ignored(client: httpx.AsyncClient, range_header: str) -> None:
    # RFC 9110 section 14.2: a server ignores a Range it cannot use and sends the whole representation.
    r = await client.get(f"/assets/{PAYLOAD_HASH}", headers={"Range": range_header})
    assert r.status_code == 200
    assert r.content == PAYLOAD


async def test_head(client: httpx.AsyncClient) -> None:
    r = await client.head(f"/assets/{PAYLOAD_HASH}")
    assert r.status_code == 200
    assert r.content == b""
    assert r.headers["content-length"] == "1000"
    r = await client.head(f"/assets/{PAYLOAD_HASH}", headers={"Range": "bytes=0-99"})
    assert r.status_code == 206
    assert r.headers["content-range"] == "bytes 0-99/1000"


async def test_conditional_get(client: httpx.AsyncClient) -> None:
    r = await client.get(f"/assets/{PAYLOAD_HASH}", headers={"If-None-Match": f'"{PAYLOAD_HASH}"'})
    assert r.status_code == 304
    assert r.content == b""
    r = await client.get(f"/assets/{PAYLOAD_HASH}", headers={"Range": "bytes=0-9", "If-Range": f'"{PAYLOAD_HASH}"'})
    assert (r.status_code, r.content) == (206, PAYLOAD[:10])


@pytest.mark.parametrize(
    "name", ["abc", "A" * 64, "a" * 63, "a" * 65, "..%5C..%5Cwindows", "C:%5Cx", "%00" + "a" * 63, "é" * 64]
)
async def test_bad_hash_gives_400(client: httpx.AsyncClient, name: str) -> None:
    r = await client.get(f"/assets/{name}")
    assert r.status_code == 400
    assert r.json()["error"] == "bad_hash"


async def test_missing_gives_404(client: httpx.AsyncClient) -> None:
    r = await client.get(f"/assets/{hashlib.sha256(b'nope').hexdigest()}")
    assert r.status_code == 404
    assert r.json()["error"] == "not_found"


# --- fetch_asset over a real loopback server -------------------------------------------------------


@contextlib.asynccontextmanager
async def serve(app: FastAPI) -> AsyncIterator[str]:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off"))
    task = asyncio.create_task(server.serve())
    try:
        async with asyncio.timeout(10):
            while not server.started:
                if task.done():
                    task.result()
                await asyncio.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s


async def test_fetch_between_two_stores(store: AssetStore, tmp_path: Path, session: aiohttp.ClientSession) -> None:
    png = store.put_bytes(_png())
    app = FastAPI()
    app.include_router(asset_router(store))
    other = AssetStore(tmp_path / "b")
    async with serve(app) as url:
        meta = await fetch_asset(url, png.sha256, other, session=session)
        assert meta == png
        assert other.path(png.sha256).read_bytes() == _png()
        assert other.verify(png.sha256)
        big = await fetch_asset(url + "/", PAYLOAD_HASH, other, session=session)
        assert big.size == 1000 and other.verify(PAYLOAD_HASH)
        with pytest.raises(AssetNotFound):
            await fetch_asset(url, hashlib.sha256(b"absent").hexdigest(), other, session=session)
        small = AssetStore(tmp_path / "c")
        with pytest.raises(AssetError, match="limit"):
            await fetch_asset(url, PAYLOAD_HASH, small, session=session, max_bytes=999)
        assert not small.has(PAYLOAD_HASH)
    # Already present: no request is made (the server is gone now).
    assert await fetch_asset(url, png.sha256, other, session=session) == png


async def test_fetch_from_a_lying_peer(tmp_path: Path, session: aiohttp.ClientSession) -> None:
    app = FastAPI()

    @app.get("/assets/{sha256}")
    async def liar(sha256: str) -> Response:
        return Response(b"these are not the bytes you asked for", media_type="image/png")

    store = AssetStore(tmp_path / "b")
    async with serve(app) as url:
        with pytest.raises(AssetIntegrityError, match="do not match"):
            await fetch_asset(url, PAYLOAD_HASH, store, session=session)
    assert not store.has(PAYLOAD_HASH)
    assert [p for p in store.root.rglob("*") if p.is_file()] == []


async def test_fetch_rejects_bad_hash_and_dead_peer(tmp_path: Path, session: aiohttp.ClientSession) -> None:
    store = AssetStore(tmp_path / "b")
    with pytest.raises(AssetIntegrityError):
        await fetch_asset("http://127.0.0.1:9", "../" * 22, store, session=session)
    with pytest.raises(AssetError, match="failed"):
        await fetch_asset("http://127.0.0.1:9", PAYLOAD_HASH, store, session=session, connect_timeout_s=2)
    assert [p for p in store.root.rglob("*") if p.is_file()] == []


# --- who may fetch: a peer proves membership of a board naming the asset --------------------------


def _hub_naming(home: Path, sha: str, key: bytes | None = None) -> BoardHub:
    hub = BoardHub(home)
    board = hub.open("main", key=key).board
    board.add_block(BlockKind.COMP, "image", origin="user:test", asset=sha, mime="image/png", title="ref")
    return hub


async def test_peers_fetch_with_a_board_credential_and_strangers_are_refused(
        store: AssetStore, tmp_path: Path, session: aiohttp.ClientSession) -> None:
    png = store.put_bytes(_png())
    server_hub = _hub_naming(tmp_path / "server", png.sha256)
    member = _hub_naming(tmp_path / "member", png.sha256, key=server_hub.replicas["main"].key)
    stranger = _hub_naming(tmp_path / "stranger", png.sha256)  # same board name, another key
    app = FastAPI()
    app.include_router(asset_router(store))
    install_access(app, tmp_path / "server", api_token=None, checks=[peer_asset_check(server_hub.replicas)])
    try:
        async with serve(app) as url:
            with pytest.raises(AssetError, match="refused"):
                await fetch_asset(url, png.sha256, AssetStore(tmp_path / "x"), session=session)
            with pytest.raises(AssetError, match="refused"):
                await fetch_asset(url, png.sha256, AssetStore(tmp_path / "y"), session=session,
                                  boards=stranger.replicas)
            with pytest.raises(AssetError, match="no board here names it"):  # member's boards don't name it
                await fetch_asset(url, PAYLOAD_HASH, AssetStore(tmp_path / "z"), session=session,
                                  boards=member.replicas)
            got = await fetch_asset(url, png.sha256, AssetStore(tmp_path / "m"), session=session,
                                    boards=member.replicas)
            assert got == png
    finally:
        for hub in (server_hub, member, stranger):
            hub.close()


def test_asset_proof_binds_key_board_and_hash() -> None:
    key = bytes(32)
    proof = asset_proof(key, "main", PAYLOAD_HASH)
    assert proof == asset_proof(key, "main", PAYLOAD_HASH)
    assert proof not in {asset_proof(bytes([1]) * 32, "main", PAYLOAD_HASH), asset_proof(key, "other", PAYLOAD_HASH),
                         asset_proof(key, "main", "0" * 64)}
    assert key.hex() not in proof
