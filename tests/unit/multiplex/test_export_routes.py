"""The export routes of the local API and `multiplex export`: a file built in a worker thread with progress,
downloaded whole; bad kinds and empty sequences refused clearly."""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from typing import Any

import httpx
import pytest
from PIL import Image

from flows.deliverables import KINDS
from multiplex import cli_export
from tests.unit.multiplex.conftest import API_BOARD, ApiHarness

BOARD = API_BOARD


@pytest.fixture
async def api(api_harness: ApiHarness):
    h = api_harness
    yield h.client, h.replica.board, h.assets


async def _finish(client: httpx.AsyncClient, state: dict[str, Any]) -> dict[str, Any]:
    for _ in range(600):
        if state["state"] != "running":
            return state
        await asyncio.sleep(0.05)
        state = (await client.get(f"/api/exports/{state['id']}")).json()
    raise AssertionError(f"export still running: {state}")


async def test_export_builds_in_a_worker_and_downloads(api) -> None:
    client, board, assets = api
    a = board.add_intent("The yard at noon", origin="user:t")
    board.add_intent("The shed", origin="user:t")
    buf = io.BytesIO()
    Image.new("RGB", (64, 36), (200, 10, 10)).save(buf, "PNG")
    meta = assets.put_bytes(buf.getvalue(), mime="image/png")
    board.add_gen_art(a.id, "image", origin="peer:p1", asset=meta.sha256, stage="still", mime="image/png")
    r = await client.post(f"/api/boards/{BOARD}/exports", json={"kind": "zip"})
    assert r.status_code == 200, r.text
    state = await _finish(client, r.json())
    assert state["state"] == "done" and state["summary"]["files"] == 1 and state["fraction"] == 1.0
    data = (await client.get(f"/api/exports/{state['id']}/file")).content
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        manifest = json.loads(z.read("manifest.json"))
        member = manifest["files"][0]["file"]
        assert z.read(member) == buf.getvalue()
    assert [s["title"] for s in manifest["shots"]] == ["The yard at noon", "The shed"]


@pytest.mark.parametrize(("payload", "words"), [
    ({"kind": "mov"}, "kind must be one of"),
    ({"kind": "pdf", "options": []}, "options must be an object"),
    ({"kind": "pdf"}, "no shots"),
])
async def test_bad_exports_are_refused(api, payload, words) -> None:
    client, _board, _assets = api
    r = await client.post(f"/api/boards/{BOARD}/exports", json=payload)
    assert r.status_code == 400 and words in r.json()["error"]


async def test_a_failed_export_reports_why_and_has_no_file(api) -> None:
    client, board, _assets = api
    board.add_intent("One", origin="user:t")
    r = await client.post(f"/api/boards/{BOARD}/exports", json={"kind": "pdf", "options": {"per_page": 4}})
    state = await _finish(client, r.json())
    assert state["state"] == "failed" and "3 or 6 panels" in state["error"]
    r = await client.get(f"/api/exports/{state['id']}/file")
    assert r.status_code == 409 and "3 or 6 panels" in r.json()["error"]
    assert (await client.get("/api/exports/ex-nope")).status_code == 404


def test_cli_offers_every_kind_the_exporter_builds() -> None:
    assert cli_export.KINDS == KINDS
