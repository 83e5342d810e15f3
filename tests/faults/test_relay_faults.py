"""Restart the relay mid-sync: a real `multiplex relay` process is killed (-9) while editors stream edits
through it, and started again on the same home and port.

An edit counts as acknowledged once another client received it through the relay: the relay makes what
it forwards durable first (`SessionRules.durable_first`), so that edit must survive the kill. The writer
keeps editing while the relay is down (offline edits), reconnects with its document and resyncs; a
client that joins afterwards must see every acknowledged edit and every offline one. Loopback only, so
this runs anywhere Python does (no namespaces needed).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import aiohttp
import pytest

from tests.integration.relay_helpers import RelayProcess, YClient

pytestmark = [pytest.mark.faults, pytest.mark.timeout(240)]

BOARD = "demo"


def titles(client: YClient) -> set[str]:
    return {i.title for i in client.board.intents()}


async def wait_until(check: Callable[[], bool], *, timeout_s: float = 20.0, what: str = "") -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not check():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def test_relay_killed_mid_sync_loses_no_acknowledged_edit(tmp_path: Path) -> None:
    relay = RelayProcess(tmp_path / "home", env={"MULTIPLEX_RELAY_RATE": "1000", "MULTIPLEX_RELAY_BURST": "5000"})
    token = relay.token(BOARD, "edit")
    relay.start()
    url = f"{relay.ws}/yjs/{BOARD}?token={token}"
    acked: set[str] = set()
    written: list[str] = []
    try:
        async with aiohttp.ClientSession() as s:
            writer = await YClient.connect(s, url)
            watcher = await YClient.connect(s, url)
            for c in (writer, watcher):
                await asyncio.wait_for(c.synced.wait(), 10)

            async def stream(n: int, prefix: str, pause_s: float = 0.01) -> None:
                for i in range(n):
                    text = f"{prefix} {i}"
                    writer.board.add_intent(text, origin="user:ana")
                    written.append(text)
                    await asyncio.sleep(pause_s)

            streaming = asyncio.create_task(stream(400, "before"))
            await wait_until(lambda: len(titles(watcher)) >= 80, what="edits flowing through the relay")
            relay.kill()  # mid-stream: frames in flight, a snapshot perhaps half written
            acked |= titles(watcher)  # everything the watcher got came from the relay's disk
            await streaming  # the writer edits on while the relay is down
            for c in (writer, watcher):
                await c.closed(10)
            await stream(20, "offline", 0.0)
            relay.start()
            writer = await YClient.connect(s, url, doc=writer.doc)  # reconnect with its own document
            await asyncio.wait_for(writer.synced.wait(), 10)
            late = await YClient.connect(s, url)
            await asyncio.wait_for(late.synced.wait(), 10)
            await wait_until(lambda: set(written) <= titles(late), what="every edit on a client that joined later")
            assert acked and acked <= titles(late)
            relay.kill()  # once more, right after the resync: what the late client saw is durable
            relay.start()
            check = await YClient.connect(s, url)
            await asyncio.wait_for(check.synced.wait(), 10)
            lost = acked - titles(check)
            assert not lost, f"acknowledged edits lost by the relay: {sorted(lost)[:5]}"
            assert titles(late) <= titles(check), "an edit a client saw after the restart was lost"
            for c in (writer, late, check):
                await c.aclose()
    finally:
        relay.stop()
        assert "Traceback" not in relay.log(), relay.log()[-3000:]
