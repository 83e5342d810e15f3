"""The pipeline routes of the local API: list them (with who can run them), pick one for an intent, render
with it; the same plan the canvas makes in process."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from flows.pipeline_loader import peer_pipelines
from mesh.model.jobs import job
from mesh.model.replica import Replica
from mesh.model.scheduling import PeerCaps
from mesh.model.stages import STAGES
from mesh.storage.assets import AssetStore
from mesh.storage.hub import BoardHub
from multiplex.api import build_api, install_error_handlers

TOKEN = "t0ken"


class Runner:
    previews: dict[str, bytes] = {}

    def live_peers(self, board: str) -> list[Any]:
        return [PeerCaps("p1", name="laptop", stages={"still": ("cpu",), "clip": ("cpu",)}),
                PeerCaps("p2", name="gpu-box", stages={k: ("comfyui",) for k in STAGES})]


@pytest.fixture
async def api(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, Replica, Path]]:
    home = tmp_path / "home"
    hub = BoardHub(home)
    replica = hub.open("film")
    replica.board.init_meta("film", origin="user:t")
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(build_api(hub, AssetStore(tmp_path / "assets"), token=TOKEN, runner=Runner(), peer_id="p1",
                                 name="t", pipelines=functools.partial(peer_pipelines, home, None)))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t",
                                 headers={"authorization": f"Bearer {TOKEN}"}) as client:
        yield client, replica, home
    hub.close()


async def test_pipelines_are_listed_with_their_needs_peers_and_the_users_broken_files(api) -> None:
    client, _, home = api
    (home / "pipelines").mkdir(parents=True)
    (home / "pipelines" / "quick.toml").write_text('[[stages]]\nkind = "still"\n', encoding="utf-8")
    (home / "pipelines" / "loop.toml").write_text(
        '[[stages]]\nkind = "still"\nconsumes = { input_image = "stage:sheet" }\n'
        '[[stages]]\nkind = "sheet"\nconsumes = { input_image = "stage:still" }\n', encoding="utf-8")
    r = await client.get("/api/boards/film/pipelines")
    assert r.status_code == 200
    data = r.json()
    by_name = {p["name"]: p for p in data["pipelines"]}
    assert sorted(by_name) == ["character", "expanded_scene", "quick", "scene", "style", "transition"]
    assert by_name["character"]["needs"] == ["sheet"] and by_name["character"]["runnable_by"] == ["gpu-box"]
    assert by_name["scene"]["runnable_by"] == ["gpu-box", "laptop"]
    assert by_name["scene"]["default_for"] == ["scene"]
    (error,) = data["errors"]
    assert "loop.toml: stages: the stages form a cycle" in error


async def test_an_intent_picks_a_pipeline_and_renders_with_it(api) -> None:
    client, replica, _ = api
    intent = replica.board.add_intent("Mara", sub="scene", origin="user:t")
    r = await client.post(f"/api/boards/film/intents/{intent.id}/pipeline", json={"pipeline": "character"})
    assert r.status_code == 200 and r.json() == {"id": intent.id, "pipeline": "character", "runs": "character"}
    r = await client.post("/api/boards/film/preview", json={"intents": [intent.id]})
    assert r.json()["jobs"] == 1
    r = await client.post("/api/boards/film/render", json={"intents": [intent.id]})
    (sheet,) = r.json()["jobs"]
    assert job(replica.board, sheet).stage == "sheet"
    r = await client.post("/api/boards/film/render", json={"intents": [intent.id]})
    assert r.json()["jobs"] == [] and "1 reused" in r.json()["preview"]["text"]
    r = await client.post("/api/boards/film/render", json={"intents": [intent.id], "force": True, "pipeline": ""})
    assert [job(replica.board, j).stage for j in r.json()["jobs"]] == ["still", "clip"]
    assert replica.board.intent(intent.id).pipeline == ""


@pytest.mark.parametrize(("body", "status", "words"), [
    ({"pipeline": "nope"}, 404,
     "no pipeline named 'nope' (known: character, expanded_scene, scene, style, transition)"),
    ({"pipeline": 3}, 400, "pipeline must be a string"),
])
async def test_a_bad_pick_is_refused_and_changes_nothing(api, body: dict[str, Any], status: int, words: str) -> None:
    client, replica, _ = api
    intent = replica.board.add_intent("Mara", origin="user:t")
    r = await client.post(f"/api/boards/film/intents/{intent.id}/pipeline", json=body)
    assert r.status_code == status and words in r.json()["error"]
    assert replica.board.intent(intent.id).pipeline == ""
    r = await client.post("/api/boards/film/render", json={"intents": [intent.id], "force": "yes"})
    assert r.status_code == 400 and "force must be true or false" in r.json()["error"]


async def test_a_style_comp_makes_the_scene_restyle_its_clip(api, tmp_path: Path) -> None:
    client, replica, _ = api
    intent = replica.board.add_intent("A street at night", origin="user:t")
    from PIL import Image

    path = tmp_path / "look.png"
    Image.new("RGB", (64, 36), (200, 0, 120)).save(path)
    meta = (await client.post("/api/boards/film/assets", content=path.read_bytes())).json()
    r = await client.post("/api/boards/film/comps", json={"intent": intent.id, "asset": meta["sha256"], "style": True})
    assert r.status_code == 200 and r.json()["kind"] == "style"
    r = await client.post("/api/boards/film/render", json={"intents": [intent.id]})
    assert [job(replica.board, j).stage for j in r.json()["jobs"]] == ["still", "clip", "restyle"]
