"""The relay's MCP server end to end: the mcp SDK's own client over streamable HTTP against the app served
by uvicorn on loopback, a board shared with a real CPU peer (PeerRunner + CpuBackend) over the loopback net."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

mcp = pytest.importorskip("mcp")
httpx2 = pytest.importorskip("httpx2")

import uvicorn  # noqa: E402
from fastapi import FastAPI, Response  # noqa: E402
from mcp import Client  # noqa: E402
from mcp.client.streamable_http import streamable_http_client  # noqa: E402
from PIL import Image  # noqa: E402

from mesh import const  # noqa: E402
from mesh.model.jobs import jobs  # noqa: E402
from mesh.model.replica import Replica  # noqa: E402
from mesh.net.loopback import LoopbackNet  # noqa: E402
from mesh.storage.assets import AssetStore  # noqa: E402
from mesh.storage.hub import BoardHub  # noqa: E402
from relay.mcp import TOOL_ROLES, McpSettings, mount_mcp  # noqa: E402
from relay.mcp_fetch import FetchRefused, fetch_bytes  # noqa: E402
from relay.tokens import Role, TokenStore  # noqa: E402

BOARD = "film"


@dataclass
class Relay:
    url: str
    hub: BoardHub
    assets: AssetStore
    tokens: dict[Role, str]
    net: LoopbackNet

    @property
    def board(self) -> Any:
        return self.hub.replicas[BOARD].board

    @contextlib.asynccontextmanager
    async def client(self, role: Role, **kwargs: Any) -> AsyncIterator[Client]:
        headers = {"Authorization": f"Bearer {self.tokens[role]}"}
        async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(60.0)) as http:
            async with Client(streamable_http_client(f"{self.url}/mcp", http_client=http), **kwargs) as c:
                yield c


@pytest.fixture
def fast_timing(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"CLAIM_SETTLE_S": 0.05, "LEASE_S": 3.0, "LEASE_RENEW_S": 0.3, "RANK_DELAY_S": 0.05,
                        "PEER_TTL_S": 5.0, "PEER_BEAT_S": 0.3, "SCHEDULER_TICK_S": 0.05}.items():
        monkeypatch.setattr(const, name, value)


@pytest.fixture
async def relay(tmp_path: Path, fast_timing: None) -> AsyncIterator[Relay]:
    hub = BoardHub(tmp_path / "relay")
    replica = hub.open(BOARD)
    replica.board.init_meta(BOARD, origin="user:test")
    assets = AssetStore(tmp_path / "assets")
    store = TokenStore(tmp_path / "tokens.json")
    tokens = {role: store.create(BOARD, role, label=f"{role.value}-client")[0]
              for role in (Role.VIEW, Role.EDIT, Role.RENDER)}
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    app = FastAPI()

    @app.get("/ref.png")
    def reference() -> Response:  # a real image on loopback: only the address rule keeps it out
        return Response(_png(), media_type="image/png")

    mount_mcp(app, hub, assets, store, McpSettings(public_url=url))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    serving = asyncio.create_task(server.serve(sockets=[sock]))
    async with asyncio.timeout(10):
        while not server.started:  # noqa: ASYNC110 - uvicorn exposes only a flag
            await asyncio.sleep(0.02)
    net = LoopbackNet()
    net.join("relay", replica)
    try:
        yield Relay(url, hub, assets, tokens, net)
    finally:
        server.should_exit = True
        await serving
        sock.close()
        hub.close()


@contextlib.asynccontextmanager
async def cpu_peer(relay: Relay, tmp_path: Path) -> AsyncIterator[Any]:
    """A home peer with the built-in CPU backend, sharing the board with the relay (and, like one machine's
    disk in tests/integration/test_runner.py, its asset store, standing in for the relay's asset cache)."""
    from peers.backends.cpu import CpuBackend
    from peers.runner import PeerRunner

    replica = Replica(BOARD)
    relay.net.join("cpu", replica)
    runner = PeerRunner({BOARD: replica}, peer_id="cpu", name="cpu-box",
                        backends=[CpuBackend(clip_long_side=160, max_fps=8)], assets=relay.assets,
                        workdir=tmp_path / "cpu")
    async with runner:
        yield runner


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 24), "red").save(out, "PNG")
    return out.getvalue()


def _data(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content
    return result.structured_content


async def test_without_a_token_mcp_answers_401_with_resource_metadata(relay: Relay) -> None:
    async with httpx2.AsyncClient() as http:
        body = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {}}
        refused = await http.post(f"{relay.url}/mcp", json=body)
        wrong = await http.post(f"{relay.url}/mcp", json=body,
                                headers={"Authorization": "Bearer mxr_00000000_" + "A" * 43})
        assert refused.status_code == 401 and wrong.status_code == 401
        challenge = refused.headers["www-authenticate"]
        assert challenge.startswith("Bearer") and "resource_metadata=" in challenge
        metadata_url = challenge.split('resource_metadata="')[1].split('"')[0]
        assert metadata_url == f"{relay.url}/.well-known/oauth-protected-resource/mcp"
        metadata = (await http.get(metadata_url)).json()
        assert metadata["resource"] == f"{relay.url}/mcp"


async def test_a_viewer_sees_read_tools_only_and_its_writes_are_refused(relay: Relay) -> None:
    intent = relay.board.add_intent("A lighthouse in a storm", origin="user:test")
    before = relay.board.doc.get_state()
    async with relay.client(Role.VIEW) as viewer:
        names = {t.name for t in (await viewer.list_tools()).tools}
        assert names == {n for n, need in TOOL_ROLES.items() if need is Role.VIEW}
        refused = await viewer.call_tool("add_intent", {"text": "a second shot"})
        assert refused.is_error and "403" in refused.content[0].text
        edit = await viewer.call_tool("edit_intent", {"intent_id": intent.id, "text": "changed"})
        assert edit.is_error
        board = _data(await viewer.call_tool("read_board", {}))
        assert [i["title"] for i in board["intents"]] == ["A lighthouse in a storm"]
    async with relay.client(Role.EDIT) as editor:
        names = {t.name for t in (await editor.list_tools()).tools}
        assert "add_intent" in names and "render" not in names
        refused = await editor.call_tool("render", {"intent_ids": [intent.id], "idempotency_key": "k1"})
        assert refused.is_error and "403" in refused.content[0].text
    assert relay.board.doc.get_state() == before
    assert jobs(relay.board) == []


async def test_a_three_shot_storyboard_renders_on_a_cpu_peer(relay: Relay, tmp_path: Path) -> None:
    progress: list[tuple[float, float | None, str | None]] = []

    async def on_progress(value: float, total: float | None, message: str | None) -> None:
        progress.append((value, total, message))

    shots = ["Wide shot of a harbour at dawn", "A fisherman mends a red net", "Gulls lift off the pier"]
    async with cpu_peer(relay, tmp_path), relay.client(Role.RENDER) as llm:
        ids = [_data(await llm.call_tool("add_intent", {"text": s}))["id"] for s in shots]
        for intent_id in ids:
            _data(await llm.call_tool("add_directives", {"intent_id": intent_id,
                                                         "directives": {"duration": 1, "fps": 8}}))
        _data(await llm.call_tool("add_note", {"intent_id": ids[1], "note": "keep the net red"}))
        moved = _data(await llm.call_tool("move_intent", {"intent_id": ids[2], "position": 0}))
        assert moved["position"] == 0
        board = _data(await llm.call_tool("read_board", {}))
        assert [i["id"] for i in board["intents"]] == [ids[2], ids[0], ids[1]]
        assert [c["kind"] for c in board["intents"][2]["comps"]] == ["directive", "note"]
        cost = _data(await llm.call_tool("preview_render", {"intent_ids": ids}))
        assert cost["jobs"] == 6 and cost["unrunnable"] == []

        started = _data(await llm.call_tool("render", {"intent_ids": ids, "idempotency_key": "story-1"}))
        assert len(started["jobs"]) == 6 and not started["reused"]
        status: dict[str, Any] = {"finished": False}
        for _ in range(8):
            status = _data(await llm.call_tool("job_status", {"job_ids": started["jobs"], "wait_s": 45},
                                               progress_callback=on_progress))
            if status["finished"]:
                break
        assert status["finished"] and {j["state"] for j in status["jobs"]} == {"done"}
        assert progress and progress[-1][0] == 1.0 and all(t == 1.0 for _, t, _ in progress)

        board = _data(await llm.call_tool("read_board", {}))
        assert {i["status"] for i in board["intents"]} == {"done"}
        still = next(t for t in board["intents"][0]["takes"] if t["stage"] == "still")
        take = await llm.call_tool("get_take", {"take_id": still["id"]})
        assert not take.is_error
        image, link = take.content[0], take.content[1]
        assert image.type == "image" and image.mime_type == "image/jpeg"
        with Image.open(io.BytesIO(base64.b64decode(image.data))) as thumb:
            assert thumb.format == "JPEG" and max(thumb.size) <= 512
        assert link.type == "resource_link" and link.uri == still["uri"]
        full = await llm.read_resource(link.uri)
        assert base64.b64decode(full.contents[0].blob) == relay.assets.path(still["asset"]).read_bytes()
        clip = next(t for t in board["intents"][0]["takes"] if t["stage"] == "clip")
        clip_take = await llm.call_tool("get_take", {"take_id": clip["id"]})
        assert not clip_take.is_error and clip_take.content[0].type == "image"

        again = _data(await llm.call_tool("render", {"intent_ids": ids, "idempotency_key": "story-1"}))
        assert again["reused"] and sorted(again["jobs"]) == sorted(started["jobs"])
        assert len(jobs(relay.board)) == 6
        listed = json.loads((await llm.read_resource(f"multiplex://boards/{BOARD}")).contents[0].text)
        assert len(listed["intents"]) == 3


async def test_an_idempotent_retry_renders_once(relay: Relay) -> None:
    intent = relay.board.add_intent("A train crosses a viaduct", origin="user:test")
    async with relay.client(Role.RENDER) as llm:
        first = _data(await llm.call_tool("render", {"intent_ids": [intent.id], "idempotency_key": "abc"}))
    async with relay.client(Role.RENDER) as reconnected:  # the reply was lost; the client retries anew
        retry = _data(await reconnected.call_tool("render", {"intent_ids": [intent.id], "idempotency_key": "abc"}))
        same = _data(await reconnected.call_tool("render", {"intent_ids": [intent.id], "idempotency_key": "new"}))
        again = _data(await reconnected.call_tool("render", {"intent_ids": [intent.id], "idempotency_key": "newer",
                                                              "force": True}))
    assert retry["jobs"] == first["jobs"] and retry["reused"]
    assert not same["reused"] and "2 reused" in same["preview"]["text"]  # unchanged inputs: the jobs under way
    assert len(jobs(relay.board)) == 4 and not again["reused"]  # force renders anew


async def test_reference_images_by_base64_and_refused_urls(relay: Relay) -> None:
    intent = relay.board.add_intent("A red kite", origin="user:test")
    async with relay.client(Role.EDIT) as editor:
        added = _data(await editor.call_tool("add_reference_image", {
            "intent_id": intent.id, "image_base64": base64.b64encode(_png()).decode()}))
        assert added["kind"] == "image"
        for url, why in ((f"{relay.url}/ref.png", "private or local"), ("http://10.1.2.3/x.png", "private or local"),
                         ("http://[::ffff:127.0.0.1]/a.png", "private or local"), ("file:///etc/passwd", "http(s)")):
            refused = await editor.call_tool("add_reference_image", {"intent_id": intent.id, "url": url})
            assert refused.is_error and why in refused.content[0].text, url
        not_image = await editor.call_tool("add_reference_image", {
            "intent_id": intent.id, "image_base64": base64.b64encode(b"hello world").decode()})
        assert not_image.is_error
        bad = await editor.call_tool("add_directives", {"intent_id": intent.id, "directives": {"seed": -4}})
        assert bad.is_error and "seed" in bad.content[0].text
    assert [c.sub for c in relay.board.comps_of(intent.id)] == ["image"]
    # the same loopback URL is fetched once the operator allows private addresses
    assert await fetch_bytes(f"{relay.url}/ref.png", max_bytes=1 << 20, timeout_s=5, allow_private=True) == _png()
    with pytest.raises(FetchRefused, match="over the limit"):
        await fetch_bytes(f"{relay.url}/ref.png", max_bytes=10, timeout_s=5, allow_private=True)


async def test_pipelines_are_listed_and_an_intent_picks_one(relay: Relay) -> None:
    from flows.pipeline_loader import load_pipelines
    from mesh.model import pipelines

    before = pipelines.install(load_pipelines)  # what the relay's composition root installs
    try:
        intent = relay.board.add_intent("Mara, the harbour keeper", origin="user:test")
        async with relay.client(Role.VIEW) as viewer:
            listed = _data(await viewer.call_tool("list_pipelines", {}))
            refused = await viewer.call_tool("set_pipeline", {"intent_id": intent.id, "pipeline": "character"})
        by_name = {p["name"]: p for p in listed["pipelines"]}
        assert {"scene", "character", "style", "transition"} <= set(by_name)
        character = by_name["character"]
        assert character["stages"][0].endswith(":sheet") and "character" in character["default_for"]
        assert refused.is_error and "set_pipeline needs edit" in refused.content[0].text
        async with relay.client(Role.EDIT) as editor:
            chosen = _data(await editor.call_tool("set_pipeline", {"intent_id": intent.id, "pipeline": "character"}))
            unknown = await editor.call_tool("set_pipeline", {"intent_id": intent.id, "pipeline": "nope"})
        assert chosen == {"intent": intent.id, "pipeline": "character"}
        assert relay.board.intent(intent.id).pipeline == "character"
        assert unknown.is_error and "nope" in unknown.content[0].text and "scene" in unknown.content[0].text
    finally:
        pipelines.install(before)


async def test_a_text_take_is_read_as_its_words(relay: Relay) -> None:
    intent = relay.board.add_intent("A lighthouse keeper's last night", origin="user:test")
    words = "Dusk. The lamp room hums; Ellen counts the seconds of the beam."
    meta = relay.assets.put_bytes(words.encode(), mime="text/plain")
    take = relay.board.add_gen_art(intent.id, "text", origin="peer:p1", stage="flow", asset=meta.sha256,
                                   mime="text/plain")
    async with relay.client(Role.VIEW) as viewer:
        result = await viewer.call_tool("get_take", {"take_id": take.id})
    assert not result.is_error
    assert result.content[0].text == words and result.structured_content["stage"] == "flow"
