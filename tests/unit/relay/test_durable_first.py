"""A relay session sends an update only after the store fsynced it (`SessionRules.durable_first`), so a
crash never takes back an edit somebody already saw. The store is a gate the test opens by hand."""

from __future__ import annotations

import asyncio

from mesh.model.replica import Replica
from mesh.net._wire import FrameKind, decode_frame
from mesh.net.sync import SessionRules, SyncNode
from mesh.net.ws import ConnectionClosed


class FakeConn:
    remote = "test:1"

    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self._inbox: asyncio.Queue[bytes | None] = asyncio.Queue()

    def allow_frames(self, max_bytes: int) -> None:
        pass

    def send_now(self, data: bytes) -> bool:
        return False  # every send takes the awaited path

    async def send_bytes(self, data: bytes) -> None:
        self.sent.append(data)

    async def send_text(self, data: str) -> None:
        raise AssertionError("no text frames on a relay session")

    async def receive(self) -> bytes:
        item = await self._inbox.get()
        if item is None:
            raise ConnectionClosed(1000)
        return item

    async def close(self, code: int = 1000, reason: str = "") -> None:
        self._inbox.put_nowait(None)

    def updates(self) -> int:
        return sum(decode_frame(f, max_bytes=1 << 30)[0] == FrameKind.UPDATE for f in self.sent)


async def test_updates_wait_for_the_store() -> None:
    replica = Replica("demo")
    disk = asyncio.Event()

    async def durable() -> None:
        await disk.wait()

    replica.durable = durable
    node = SyncNode({"demo": replica}, peer_id="relay")
    conn = FakeConn()
    task = asyncio.create_task(node.serve_authorized(conn, "demo", remote="view:1",
                                                     rules=SessionRules(write=False, durable_first=True)))
    await asyncio.sleep(0.05)
    replica.board.add_intent("not on disk yet", origin="user:ana")
    await asyncio.sleep(0.1)
    assert conn.updates() == 0  # the store has not fsynced: nothing left the relay
    disk.set()
    async with asyncio.timeout(5):
        while conn.updates() == 0:  # noqa: ASYNC110 - the fake records frames, it has no event
            await asyncio.sleep(0.01)
    await conn.close()
    await task
    await node.aclose()
