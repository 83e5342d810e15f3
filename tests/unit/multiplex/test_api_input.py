"""The local API answers bad input with a clear 4xx, never a 500, and a refused request changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from mesh.storage.assets import AssetStore
from mesh.storage.hub import BoardHub
from multiplex.api import build_api, install_error_handlers

TOKEN = "t0ken"
BOARD = "film"
DEEP = "[" * 10_000 + "]" * 10_000
HUGE = "x" * (2 * 1024 * 1024)


class _Runner:
    previews: dict[str, bytes] = {}

    def __init__(self) -> None:
        self.paused: list[Any] = []

    def set_paused(self, board: str, paused: bool, **_: Any) -> None:
        self.paused.append(paused)

    def live_peers(self, board: str) -> list[Any]:
        return []


@pytest.fixture
async def api(tmp_path: Path):
    hub = BoardHub(tmp_path / "home")
    replica = hub.open(BOARD)
    replica.board.init_meta(BOARD, origin="user:t")
    intent = replica.board.add_intent("castle", origin="user:t")
    runner = _Runner()
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(build_api(hub, AssetStore(tmp_path / "assets"), token=TOKEN, runner=runner,
                                 peer_id="p1", name="t"))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t",
                                 headers={"authorization": f"Bearer {TOKEN}"}) as client:
        yield client, replica, intent.id, runner
    hub.close()


def _hostile(intent: str) -> list[str | dict[str, Any]]:
    return [
        DEEP, '{"a": ' * 5_000 + "1" + "}" * 5_000, HUGE, "[1, 2]", "not json", '"a string"',
        {"fields": {"kind": "comp"}}, {"fields": {"sub": "x"}}, {"fields": {"origin": "user:x"}},
        {"fields": {"text": "x"}}, {"fields": "no"}, {"text": ["a"]}, {"kind": 3}, {"user": {"a": 1}},
        {"intent": ["x"]}, {"intent": intent, "note": {"a": 1}}, {"intent": intent, "asset": 5},
        {"intent": intent, "asset": "../../etc/passwd"}, {"intent": intent, "directives": "seed=1"},
        {"intent": intent, "directives": {"seed": {"deep": [1]}}}, {"intents": "in-1"}, {"jobs": [1, 2]},
        {"paused": "no"}, {"paused": 0}, {"peer": ["p"]}, {"nested": DEEP},
    ]


ROUTES = ["intents", "comps", "render", "preview", "cancel", "pause"]


@pytest.mark.parametrize("route", ROUTES)
async def test_hostile_bodies_get_a_4xx_and_change_nothing(api, route: str) -> None:
    client, replica, intent, _ = api
    for body in _hostile(intent):
        before = replica.doc.get_state()
        if isinstance(body, str):
            r = await client.post(f"/api/boards/{BOARD}/{route}", content=body)
        else:
            r = await client.post(f"/api/boards/{BOARD}/{route}", json=body)
        assert r.status_code < 500, (route, str(body)[:80], r.text[:200])
        if r.status_code >= 400:
            assert replica.doc.get_state() == before, (route, str(body)[:80])
            assert "error" in r.json()


async def test_paused_must_be_a_boolean(api) -> None:
    client, _, _, runner = api
    r = await client.post(f"/api/boards/{BOARD}/pause", json={"paused": "no"})
    assert r.status_code == 400 and "paused" in r.json()["error"]
    assert runner.paused == []
    r = await client.post(f"/api/boards/{BOARD}/pause", json={"paused": False})
    assert r.status_code == 200 and runner.paused == [False]


async def test_reserved_field_names_are_refused_by_name(api) -> None:
    client, _, _, _ = api
    r = await client.post(f"/api/boards/{BOARD}/intents", json={"text": "a", "fields": {"kind": "comp"}})
    assert r.status_code == 400 and "kind" in r.json()["error"]
    r = await client.post(f"/api/boards/{BOARD}/intents", json={"text": "a", "fields": {"shot_no": "4"}})
    assert r.status_code == 200
