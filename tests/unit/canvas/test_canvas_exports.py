"""The animatic block's exports: built for the page's board only, options checked, the animatic kept on
the block (asset store) so everyone can play it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import av
import httpx
import pytest
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse

from canvas.editing import Person
from canvas.pages import CanvasServer, _Upload
from mesh.model.schema import BlockKind
from mesh.storage.assets import AssetStore
from mesh.storage.hub import BoardHub

BOARD, OTHER = "film", "other"
TOKEN, VIEWER, STRANGER = "page-token", "viewer-token", "other-board-token"


@pytest.fixture
async def canvas(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, BoardHub, CanvasServer]]:
    hub = BoardHub(tmp_path / "home")
    for name in (BOARD, OTHER):
        b = hub.open(name).board
        b.init_meta(name, origin="user:t")
        b.add_intent("The gate opens", origin="user:t", duration_s=1.0)
    store = AssetStore(tmp_path / "assets")
    server = CanvasServer(hub, assets=store, default_board=BOARD)
    server.uploads[TOKEN] = _Upload(BOARD, Person("ana", "c1"), store)
    server.uploads[VIEWER] = _Upload(BOARD, Person("vic", "c2"), store, False)
    server.uploads[STRANGER] = _Upload(OTHER, Person("sam", "c3"), store)
    app = FastAPI()

    @app.post("/canvas/api/export")
    async def _export(request: Request, token: str, kind: str, block: str = "") -> JSONResponse:
        return await server.start_export(request, token, kind, block)

    @app.get("/canvas/api/export/{export_id}")
    def _state(token: str, export_id: str) -> JSONResponse:
        return server.export_state(token, export_id)

    @app.get("/canvas/api/export/{export_id}/file", response_model=None)
    def _file(token: str, export_id: str) -> FileResponse | JSONResponse:
        return server.export_file(token, export_id)

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        yield client, hub, server
    server.exports.close()
    hub.close()


async def _finish(client: httpx.AsyncClient, state: dict, token: str = TOKEN) -> dict:
    for _ in range(300):
        if state["state"] != "running":
            return state
        await asyncio.sleep(0.05)
        state = (await client.get(f"/canvas/api/export/{state['id']}", params={"token": token})).json()
    raise AssertionError("export did not finish")


async def test_an_animatic_built_from_its_block_is_kept_on_the_block(canvas) -> None:
    client, hub, _ = canvas
    board = hub.replicas[BOARD].board
    block = board.add_block(BlockKind.ACTIVITY, "animatic", origin="user:ana").id
    r = await client.post("/canvas/api/export", params={"token": TOKEN, "kind": "animatic", "block": block},
                          json={"burn_in": True})
    assert r.status_code == 200, r.text
    done = await _finish(client, r.json())
    assert done["state"] == "done" and "path" not in done["summary"]
    view = board.block(block)
    assert view.get("mime") == "video/mp4" and view.get("duration_s") == 1.0 and view.get("burn_in") is True
    kept = AssetStore(hub.home.parent / "assets").path(str(view.get("asset")))
    with av.open(str(kept)) as c:
        assert c.streams.video and c.streams.audio
    file = await client.get(done["url"])
    assert file.status_code == 200 and file.headers["content-type"] == "video/mp4"


async def test_every_kind_downloads_and_a_viewer_may_export_but_not_write(canvas) -> None:
    client, hub, _ = canvas
    block = hub.replicas[BOARD].board.add_block(BlockKind.ACTIVITY, "animatic", origin="user:ana").id
    r = await client.post("/canvas/api/export", params={"token": VIEWER, "kind": "animatic", "block": block})
    done = await _finish(client, r.json(), VIEWER)
    assert done["state"] == "done" and not hub.replicas[BOARD].board.block(block).get("asset")
    r = await client.post("/canvas/api/export", params={"token": TOKEN, "kind": "csv"})
    done = await _finish(client, r.json())
    body = (await client.get(done["url"])).text
    assert "The gate opens" in body


@pytest.mark.parametrize(("params", "body", "status"), [
    ({"token": "nope", "kind": "pdf"}, None, 403),
    ({"token": TOKEN, "kind": "exe"}, None, 400),
    ({"token": TOKEN, "kind": "pdf"}, {"per_page": 100}, 400),
    ({"token": TOKEN, "kind": "pdf"}, {"per_page": True}, 400),
    ({"token": TOKEN, "kind": "animatic"}, {"burn_in": 1}, 400),
    ({"token": TOKEN, "kind": "animatic"}, {"width": 99999}, 400),  # sizes are not the browser's to pick
    ({"token": TOKEN, "kind": "pdf"}, [1, 2], 400),
    ({"token": TOKEN, "kind": "animatic", "block": "in-nope"}, None, 400),
])
async def test_bad_requests_are_refused(canvas, params: dict, body: object, status: int) -> None:
    client, _, _ = canvas
    r = await client.post("/canvas/api/export", params=params, json=body)
    assert r.status_code == status, r.text
    assert r.json()["error"]


async def test_another_boards_page_cannot_see_or_fetch_an_export(canvas) -> None:
    client, _, _ = canvas
    r = await client.post("/canvas/api/export", params={"token": TOKEN, "kind": "csv"})
    done = await _finish(client, r.json())
    for path in (f"/canvas/api/export/{done['id']}", f"/canvas/api/export/{done['id']}/file"):
        assert (await client.get(path, params={"token": STRANGER})).status_code == 404
        assert (await client.get(path, params={"token": "nope"})).status_code == 403


async def test_at_most_two_build_at_once(canvas) -> None:
    client, _, server = canvas
    made = [await client.post("/canvas/api/export", params={"token": TOKEN, "kind": "animatic"}) for _ in range(3)]
    assert [r.status_code for r in made] == [200, 200, 429]
    for r in made[:2]:
        server.exports.cancel(r.json()["id"])


async def test_on_a_relay_an_export_first_pulls_the_takes_it_has_not_cached(tmp_path: Path) -> None:
    """The relay passes its asset cache's fetch: a chosen clip on a home peer only is pulled, then used."""
    from PIL import Image

    hub = BoardHub(tmp_path / "home")
    board = hub.open(BOARD).board
    board.init_meta(BOARD, origin="user:t")
    intent = board.add_intent("The gate opens", origin="user:t", duration_s=1.0)
    home_peer = AssetStore(tmp_path / "peer-assets")
    still = tmp_path / "still.png"
    Image.new("RGB", (64, 36), (30, 40, 220)).save(still)
    meta = home_peer.put_file(still, mime="image/png")
    board.add_gen_art(intent.id, "image", origin="peer:a", asset=meta.sha256, stage="still", mime="image/png")
    relay_cache = AssetStore(tmp_path / "relay-assets")
    asked: list[tuple[str, str]] = []

    async def fetch(name: str, sha: str) -> bool:
        asked.append((name, sha))
        relay_cache.put_file(home_peer.path(sha), mime="image/png")
        return True

    server = CanvasServer(hub, assets=relay_cache, default_board=BOARD, fetch=fetch)
    server.uploads[TOKEN] = _Upload(BOARD, Person("ana", "c1"), relay_cache)
    app = FastAPI()

    @app.post("/canvas/api/export")
    async def _export(request: Request, token: str, kind: str, block: str = "") -> JSONResponse:
        return await server.start_export(request, token, kind, block)

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        r = await client.post("/canvas/api/export", params={"token": TOKEN, "kind": "zip"})
        assert r.status_code == 200, r.text
        export = server.exports.get(r.json()["id"])
        await asyncio.wait_for(export.finished.wait(), 20)
    assert asked == [(BOARD, meta.sha256)]
    assert export.state == "done" and export.summary["missing"] == 0  # the zip holds the pulled still
    server.exports.close()
    hub.close()
