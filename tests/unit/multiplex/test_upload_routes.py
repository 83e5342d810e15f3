"""Both upload routes (the API's and the canvas's) judge bytes before keeping them: a refusal leaves nothing.

The canvas handler is driven through a bare FastAPI route (the access gate in front of it is tested in
test_access.py); the API through its router with the bearer token.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from canvas.editing import Person
from canvas.pages import CanvasServer, _Upload
from mesh.storage.assets import SNIFF_BYTES, AssetStore, sniff_mime
from mesh.storage.hub import BoardHub
from multiplex.api import build_api, install_error_handlers

TOKEN = "t0ken"
UPLOAD_TOKEN = "canvas-page-token"
BOARD = "film"
MIB = 1024 * 1024
QUOTA = 8 * MIB


class _Runner:
    previews: dict[str, bytes] = {}

    def live_peers(self, board: str) -> list[Any]:
        return []


def _noise(n: int, seed: int = 5) -> bytes:
    data = b"\x00" + random.Random(seed).randbytes(n - 1)
    assert sniff_mime(data[:SNIFF_BYTES]) == "application/octet-stream"
    return data


def _png_sized(n: int, seed: int = 1) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + random.Random(seed).randbytes(n - 8)


def _footprint(store: AssetStore) -> tuple[int, list[str]]:
    files = [p for p in store.root.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), sorted(p.name for p in (store.root / ".tmp").iterdir())


def _app(hub: BoardHub, store: AssetStore) -> FastAPI:
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(build_api(hub, store, token=TOKEN, runner=_Runner(), peer_id="p1", name="t"))
    canvas = CanvasServer(hub, assets=store, default_board=BOARD)
    canvas.uploads[UPLOAD_TOKEN] = _Upload(BOARD, Person("ana", "c1"), store)

    @app.post("/canvas/api/upload")
    async def _upload(request: Request, token: str) -> JSONResponse:
        return await canvas.upload(request, token)

    return app


PATHS = {"api": f"/api/boards/{BOARD}/assets", "canvas": f"/canvas/api/upload?token={UPLOAD_TOKEN}"}


@pytest.fixture(params=sorted(PATHS))
async def upload(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[tuple[Callable[..., Any],
                                                                                       AssetStore, BoardHub]]:
    hub = BoardHub(tmp_path / "home")
    hub.open(BOARD).board.init_meta(BOARD, origin="user:t")
    store = AssetStore(tmp_path / "assets", upload_quota=QUOTA)
    transport = httpx.ASGITransport(app=_app(hub, store))
    async with httpx.AsyncClient(transport=transport, base_url="http://t",
                                 headers={"authorization": f"Bearer {TOKEN}"}) as client:
        path = PATHS[request.param]

        async def post(content: Any, **headers: str) -> httpx.Response:
            return await client.post(path, content=content, headers=headers)

        yield post, store, hub
    hub.close()


async def test_random_bytes_called_an_image_are_refused_and_leave_no_bytes(upload) -> None:
    post, store, _ = upload
    before = _footprint(store)
    r = await post(_noise(5 * MIB), **{"content-type": "image/png"})
    assert r.status_code == 415, r.text
    assert "image" in r.json()["error"]
    assert _footprint(store) == before  # no new bytes, no temp file


async def test_an_image_is_kept_with_its_sniffed_type(upload) -> None:
    post, store, _ = upload
    data = _png_sized(256 * 1024)
    r = await post(data, **{"content-type": "application/octet-stream"})
    assert r.status_code == 200, r.text
    sha = r.json().get("sha256") or r.json()["asset"]
    assert store.has(sha) and store.meta(sha).mime == "image/png"
    assert store.quota.used(BOARD) == len(data)


async def test_over_the_quota_is_refused_naming_it_and_nothing_is_kept(upload) -> None:
    post, store, _ = upload
    assert (await post(_png_sized(5 * MIB, seed=1))).status_code == 200
    before = _footprint(store)
    r = await post(_png_sized(5 * MIB, seed=2))  # declared: refused before the body is read
    assert r.status_code == 413, r.text
    assert "upload quota of 8 MiB" in r.json()["error"] and "MULTIPLEX_UPLOAD_QUOTA" in r.json()["error"]
    assert _footprint(store) == before

    async def chunked() -> AsyncIterator[bytes]:  # no Content-Length: refused while streaming
        data = _png_sized(5 * MIB, seed=3)
        for i in range(0, len(data), 256 * 1024):
            yield data[i:i + 256 * 1024]

    r = await post(chunked())
    assert r.status_code == 413 and "MULTIPLEX_UPLOAD_QUOTA" in r.json()["error"]
    assert _footprint(store) == before


async def test_the_same_bytes_again_cost_no_quota(upload) -> None:
    post, store, _ = upload
    data = _png_sized(1 * MIB)
    for _ in range(2):
        assert (await post(data)).status_code == 200
    assert store.quota.used(BOARD) == len(data)


@pytest.mark.parametrize("length", ["abc", "-5", "1e9", "0x10", "12 34", "9" * 5000])
async def test_garbage_content_length_is_a_400(upload, length: str) -> None:
    post, store, _ = upload
    before = _footprint(store)
    r = await post(_png_sized(1024), **{"content-length": length})
    assert r.status_code == 400, r.text
    assert "Content-Length" in r.json()["error"]
    assert _footprint(store) == before


async def test_an_upload_cut_off_midway_leaves_no_temp_file(upload) -> None:
    post, store, _ = upload
    before = _footprint(store)

    async def cut_off() -> AsyncIterator[bytes]:
        yield _png_sized(256 * 1024)
        raise ConnectionResetError("client went away")

    with pytest.raises(ConnectionResetError):
        await post(cut_off())
    assert _footprint(store) == before


async def test_the_peer_applies_the_configured_quota(tmp_path: Path) -> None:
    from multiplex.app import api_token, open_peer
    from peers.config import PeerConfig

    config = PeerConfig(home=tmp_path, board=BOARD, name="t", port=0, cpu_slots=0, discovery=False, canvas=False,
                        upload_quota=64 * 1024)
    async with open_peer(config, backends=[]) as peer:
        assert peer.assets.quota.limit == 64 * 1024
        transport = httpx.ASGITransport(app=peer.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            r = await client.post(PATHS["api"], content=_png_sized(100 * 1024),
                                  headers={"authorization": f"Bearer {api_token(tmp_path)}"})
        assert r.status_code == 413 and "upload quota of 64 KiB" in r.json()["error"]
