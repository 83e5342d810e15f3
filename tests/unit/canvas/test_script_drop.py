"""A .fountain or .txt dropped on the canvas goes to the script import; media still goes to the assets."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from canvas.editing import Person
from canvas.pages import CanvasServer, _Upload, is_script
from mesh.model import sequence
from mesh.storage.assets import AssetStore
from mesh.storage.hub import BoardHub

BOARD = "film"
TOKEN = "page-token"
VIEWER = "viewer-token"


@pytest.fixture
async def canvas(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, BoardHub]]:
    hub = BoardHub(tmp_path / "home")
    hub.open(BOARD).board.init_meta(BOARD, origin="user:t")
    store = AssetStore(tmp_path / "assets")
    server = CanvasServer(hub, assets=store, default_board=BOARD)
    server.uploads[TOKEN] = _Upload(BOARD, Person("ana", "c1"), store)
    server.uploads[VIEWER] = _Upload(BOARD, Person("vic", "c2"), store, False)
    app = FastAPI()

    @app.post("/canvas/api/upload")
    async def _upload(request: Request, token: str, name: str = "") -> JSONResponse:
        return await server.upload(request, token, name=name)

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        yield client, hub
    hub.close()


async def _drop(client: httpx.AsyncClient, data: bytes, name: str, ctype: str, token: str = TOKEN) -> httpx.Response:
    return await client.post("/canvas/api/upload", params={"token": token, "name": name}, content=data,
                             headers={"content-type": ctype})


async def test_a_dropped_fountain_file_is_imported_and_a_second_drop_updates(canvas) -> None:
    client, hub = canvas
    script = b"INT. A - DAY\n\nRain.\n\nBOB\nHi.\n"
    r = await _drop(client, script, "a.fountain", "application/octet-stream")
    assert r.status_code == 200, r.text
    assert len(r.json()["import"]["created"]) == 1
    r = await _drop(client, script.replace(b"Rain.", b"Snow."), "a.fountain", "")
    assert len(r.json()["import"]["updated"]) == 1
    assert [s.description for s in sequence.shots(hub.replicas[BOARD].board)] == ["Snow."]


async def test_a_dropped_text_file_is_one_beat_per_paragraph(canvas) -> None:
    client, _ = canvas
    r = await _drop(client, b"one\n\ntwo\n", "beats.txt", "text/plain")
    assert r.status_code == 200 and len(r.json()["import"]["created"]) == 2


async def test_bad_drops_are_refused_with_the_line(canvas) -> None:
    client, hub = canvas
    board = hub.replicas[BOARD].board
    before = board.doc.get_state()
    r = await _drop(client, b"INT. A\n\n/* open\n", "a.fountain", "")
    assert r.status_code == 400 and "line 3" in r.json()["error"]
    r = await _drop(client, b"ok\n\xff\xfe\n", "a.txt", "text/plain")
    assert r.status_code == 400 and "line 2" in r.json()["error"]
    r = await _drop(client, b"ok\n", "a.fountain", "", token=VIEWER)
    assert r.status_code == 403
    assert board.doc.get_state() == before


def test_what_counts_as_a_script() -> None:
    assert is_script("A.FOUNTAIN", "application/octet-stream") and is_script("x", "text/plain; charset=utf-8")
    assert is_script("notes.txt", "") and not is_script("notes.txt", "image/png")
    assert not is_script("shot.png", "image/png") and not is_script("", "application/octet-stream")
