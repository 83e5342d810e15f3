"""The stock npm `y-websocket` client joins a board on a real relay with a token (any Yjs client can):
it reads the board, and its edit reaches the relay's replica with an edit token, never with a view one."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from tests.fakes.mesh_peers import wait_until
from tests.integration.relay_helpers import RelayProcess, YClient

FIXTURE = Path(__file__).resolve().parents[1] / "relay_js"
BOARD = "demo"

pytestmark = pytest.mark.skipif(shutil.which("npm") is None or shutil.which("node") is None,
                                reason="node/npm are not installed: the stock y-websocket client cannot run")


@pytest.fixture(scope="module")
def js_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("relay_js")
    for name in ("package.json", "package-lock.json", "client.mjs"):
        shutil.copy(FIXTURE / name, folder / name)
    result = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=folder, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, f"npm ci failed: {result.stderr[-2000:]}"
    return folder


@pytest.fixture(scope="module")
def relay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RelayProcess]:
    proc = RelayProcess(tmp_path_factory.mktemp("relayjs") / "home")
    proc.token(BOARD, "peer")
    proc.start()
    try:
        yield proc
    finally:
        proc.stop()


async def run_js(folder: Path, relay: RelayProcess, token: str, title: str) -> dict[str, object]:
    proc = await asyncio.create_subprocess_exec("node", "client.mjs", relay.ws, BOARD, token, title, cwd=folder,
                                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 0, err.decode()[-2000:]
    return json.loads(out.decode().strip().splitlines()[-1])


async def relay_titles(session: aiohttp.ClientSession, relay: RelayProcess, token: str) -> set[str]:
    client = await YClient.connect(session, f"{relay.ws}/yjs/{BOARD}?token={token}")
    await asyncio.wait_for(client.synced.wait(), 10)
    titles = {i.title for i in client.board.intents()}
    await client.aclose()
    return titles


@pytest.mark.parametrize(("role", "arrives"), [("edit", True), ("view", False)])
async def test_the_stock_y_websocket_client_syncs_within_its_role(js_client: Path, relay: RelayProcess, role: str,
                                                                 arrives: bool) -> None:
    seed = relay.token(BOARD, "edit")
    async with aiohttp.ClientSession() as s:
        writer = await YClient.connect(s, f"{relay.ws}/yjs/{BOARD}?token={seed}")
        await asyncio.wait_for(writer.synced.wait(), 10)
        writer.board.add_intent(f"seeded for {role}", origin="user:ana")
        await asyncio.sleep(0.3)
        result = await run_js(js_client, relay, relay.token(BOARD, role), f"from node ({role})")
        assert result["synced"] is True, result
        assert f"seeded for {role}" in result["titles"]  # it read the board
        if arrives:
            await wait_until(lambda: f"from node ({role})" in {i.title for i in writer.board.intents()},
                             what="the node client's edit relayed to another client")
        titles = await relay_titles(s, relay, seed)
        assert (f"from node ({role})" in titles) is arrives
        await writer.aclose()


async def test_the_stock_client_is_refused_without_a_valid_token(js_client: Path, relay: RelayProcess) -> None:
    result = await run_js(js_client, relay, "mxr_00000000_" + "A" * 43, "never")
    assert result["synced"] is False
    assert [4401, "unknown or revoked token"] in result["closes"]
