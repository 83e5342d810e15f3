"""MCP end to end, as a user deploys it: a real `multiplex relay` process, a real home peer process
(`multiplex peer`, CPU backend) linked out to it with a peer token, and the mcp SDK's own client over
streamable HTTP at /mcp with role tokens made by `multiplex relay token create`.

The LLM builds a three-intent storyboard, renders it (the home peer claims through its relay link),
waits with progress notifications, looks at a take (the relay pulled the file from home over the link),
and retries the render with the same idempotency key (nothing renders twice). A view token sees read
tools only; a relay killed (-9) between two edits keeps every acknowledged edit.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
import json
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

mcp = pytest.importorskip("mcp")
httpx2 = pytest.importorskip("httpx2")

from mcp import Client  # noqa: E402
from mcp.client.streamable_http import streamable_http_client  # noqa: E402
from PIL import Image  # noqa: E402

from mesh.storage.assets import AssetStore  # noqa: E402
from relay.mcp import TOOL_ROLES  # noqa: E402
from relay.tokens import Role  # noqa: E402
from tests.integration.relay_helpers import ROOT, RelayProcess, free_port, stop_process  # noqa: E402

pytestmark = pytest.mark.slow  # two processes, six CPU renders, three relay starts: about 40 s on two cores

BOARD = "film"
SOLO = "solo"  # a board only the relay holds: what survives a kill is the relay's own doing
SHOTS = ["Wide shot of a harbour at dawn", "A fisherman mends a red net", "Gulls lift off the pier"]


class HomePeer:
    """`multiplex peer` on its own MULTIPLEX_HOME, linked out to the relay (no discovery: alone on the LAN)."""

    def __init__(self, home: Path, relay: RelayProcess, token: str) -> None:
        self.home, self.port = home, free_port()
        self.env = {**os.environ, "MULTIPLEX_HOME": str(home), "MULTIPLEX_DISCOVERY": "0", "MULTIPLEX_LOG": "INFO",
                    "MULTIPLEX_NAME": "cpu-box", "MULTIPLEX_BOARD": BOARD, "MULTIPLEX_RELAY": relay.ws,
                    "MULTIPLEX_RELAY_TOKEN": token}
        self.log_path = home.parent / "home-peer.log"
        self.proc: subprocess.Popen[str] | None = None

    def start(self) -> None:
        log = self.log_path.open("a")
        self.proc = subprocess.Popen([sys.executable, "-m", "multiplex", "peer", "--port", str(self.port), "--host",
                                      "127.0.0.1"], cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                     text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"home peer exited {self.proc.returncode}: {self.log()[-3000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"http://127.0.0.1:{self.port}/api/health", timeout=1).status_code in (200, 401):
                    return
            time.sleep(0.2)
        raise RuntimeError(f"home peer did not start: {self.log()[-3000:]}")

    def board(self) -> dict[str, Any]:
        """The board as the home peer holds it (`multiplex board show --json` through its local API)."""
        out = subprocess.run([sys.executable, "-m", "multiplex", "board", "show", "--json"], cwd=ROOT, env=self.env,
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    def stop(self) -> None:
        stop_process(self.proc)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


@contextlib.asynccontextmanager
async def mcp_client(relay: RelayProcess, token: str) -> AsyncIterator[Client]:
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(60.0)) as http:
        async with Client(streamable_http_client(f"{relay.http}/mcp", http_client=http)) as client:
            yield client


def data(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content
    return result.structured_content


async def poll(check: Any, *, timeout_s: float, what: str, every_s: float = 0.5) -> Any:
    """Call the async `check` until it returns something truthy (and return that)."""
    deadline = time.monotonic() + timeout_s
    while True:
        got = await check()
        if got:
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(every_s)


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[RelayProcess]:
    proc = RelayProcess(tmp_path / "relay-home")
    try:
        yield proc
    finally:
        proc.stop()


async def test_an_llm_storyboards_and_renders_on_a_linked_home_peer(relay: RelayProcess, tmp_path: Path) -> None:
    peer_token = relay.token(BOARD, "peer")
    render_token = relay.token(BOARD, "render")
    view_token = relay.token(BOARD, "view")
    relay.start()
    home = HomePeer(tmp_path / "home", relay, peer_token)
    home.start()
    try:
        async with mcp_client(relay, render_token) as llm:
            async def cpu_box_live() -> bool:
                peers = data(await llm.call_tool("list_peers", {}))["peers"]
                return any(p["name"] == "cpu-box" and p["live"] and "still" in p["stages"] for p in peers)

            await poll(cpu_box_live, timeout_s=60, what="the home peer live on the relay (through its link)")

            ids = [data(await llm.call_tool("add_intent", {"text": s, "duration_s": 1}))["id"] for s in SHOTS]
            for intent_id in ids:
                data(await llm.call_tool("add_directives", {"intent_id": intent_id, "directives": {
                    "fps": 8, "width": 320, "height": 180}}))
            data(await llm.call_tool("add_note", {"intent_id": ids[1], "note": "keep the net red"}))
            board = data(await llm.call_tool("read_board", {}))
            ours = [i for i in board["intents"] if i["id"] in ids]  # after the intent a new board opens with
            assert [i["title"] for i in ours] == SHOTS and [i["position"] for i in ours] == [1, 2, 3]
            assert [c["kind"] for c in ours[1]["comps"]] == ["directive", "note"]
            cost = data(await llm.call_tool("preview_render", {"intent_ids": ids}))
            assert cost["jobs"] == 6 and cost["unrunnable"] == [] and cost["machines"] == ["cpu-box"]

            started = data(await llm.call_tool("render", {"intent_ids": ids, "idempotency_key": "story-1"}))
            assert len(started["jobs"]) == 6 and not started["reused"]
            progress: list[tuple[float, float | None, str | None]] = []

            async def on_progress(value: float, total: float | None, message: str | None) -> None:
                progress.append((value, total, message))

            status: dict[str, Any] = {"finished": False}
            for _ in range(8):
                status = data(await llm.call_tool("job_status", {"job_ids": started["jobs"], "wait_s": 45},
                                                  progress_callback=on_progress))
                if status["finished"]:
                    break
            assert status["finished"], status
            assert {j["state"] for j in status["jobs"]} == {"done"}, status
            assert {j["peer"] for j in status["jobs"]} == {"cpu-box"}
            assert len(progress) >= 2 and progress[-1][0] == 1.0 and all(t == 1.0 for _, t, _ in progress)
            assert progress[0][0] < 1.0, "a notification came while the jobs were still running"

            for job in status["jobs"]:  # every take job_status reports can be looked at right away
                for take_id in job["takes"]:
                    got = await llm.call_tool("get_take", {"take_id": take_id})
                    assert not got.is_error, got.content
                    assert got.content[0].type == "image"

            async def still_on_relay() -> dict[str, Any] | None:
                b = data(await llm.call_tool("read_board", {}))
                first = next(i for i in b["intents"] if i["id"] == ids[0])
                takes = [t for t in first["takes"] if t["stage"] == "still"]
                return takes[0] if takes and takes[0]["on_relay"] else None

            still = await poll(still_on_relay, timeout_s=30, what="the relay pulling the still from home")
            take = await llm.call_tool("get_take", {"take_id": still["id"]})
            assert not take.is_error, take.content
            image, link = take.content[0], take.content[1]
            assert image.type == "image" and image.mime_type == "image/jpeg"
            with Image.open(io.BytesIO(base64.b64decode(image.data))) as thumb:
                assert thumb.format == "JPEG" and thumb.size == (320, 180)
            home_board = home.board()
            home_file = Path(next(a["path"] for a in home_board["gen_art"] if a["id"] == still["id"]))
            cached = AssetStore(relay.home / "assets")
            assert cached.has(still["asset"]) and cached.path(still["asset"]) != home_file, "the relay's own copy"
            full = await llm.read_resource(link.uri)
            assert base64.b64decode(full.contents[0].blob) == await asyncio.to_thread(home_file.read_bytes)

        async with mcp_client(relay, render_token) as retried:  # the reply was lost: the client retries anew
            again = data(await retried.call_tool("render", {"intent_ids": ids, "idempotency_key": "story-1"}))
            assert again["reused"] and sorted(again["jobs"]) == sorted(started["jobs"])
            marker = data(await retried.call_tool("add_note", {"intent_id": ids[0], "note": "retried"}))["id"]

        async def marker_at_home() -> dict[str, Any] | None:
            b = home.board()
            return b if any(block["id"] == marker for block in b["blocks"]) else None

        seen = await poll(marker_at_home, timeout_s=30, what="the edit after the retry reaching home")
        assert len(seen["jobs"]) == 6, "the retry rendered nothing new"
        assert len(seen["gen_art"]) == 6 and {a["stage"] for a in seen["gen_art"]} == {"still", "clip"}

        async with mcp_client(relay, view_token) as viewer:
            names = {t.name for t in (await viewer.list_tools()).tools}
            assert names == {n for n, need in TOOL_ROLES.items() if need is Role.VIEW}
            refused = await viewer.call_tool("add_intent", {"text": "a viewer's shot"})
            assert refused.is_error and "403" in refused.content[0].text
            refused = await viewer.call_tool("render", {"intent_ids": ids, "idempotency_key": "view-1"})
            assert refused.is_error and "403" in refused.content[0].text
            board = data(await viewer.call_tool("read_board", {}))
            assert [i["title"] for i in board["intents"]][1:] == SHOTS
    except BaseException:
        print("--- relay log ---\n" + relay.log()[-4000:] + "\n--- home peer log ---\n" + home.log()[-4000:])
        raise
    finally:
        home.stop()


async def test_a_relay_killed_between_two_edits_keeps_every_acknowledged_edit(relay: RelayProcess) -> None:
    edit_token = relay.token(SOLO, "edit")
    relay.start()

    async def add(text: str) -> str:
        async with mcp_client(relay, edit_token) as editor:
            return str(data(await editor.call_tool("add_intent", {"text": text}))["id"])

    first = await add("Acknowledged before the kill")
    relay.kill()  # -9: no flush on the way out
    relay.start()
    second = await add("Acknowledged after the restart")
    relay.kill()
    relay.start()
    async with mcp_client(relay, edit_token) as editor:
        board = data(await editor.call_tool("read_board", {}))
    assert [i["id"] for i in board["intents"]] == [first, second]
    assert [i["title"] for i in board["intents"]] == ["Acknowledged before the kill", "Acknowledged after the restart"]
