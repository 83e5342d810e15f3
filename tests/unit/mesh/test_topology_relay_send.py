"""A relay hop's send (`mesh.net.sync._Session._enqueue`): on a session with nothing queued a frame is
written on the caller's turn of the loop, not by waking the writer task (one task wake-up per hop
instead of two), and frames still leave in the order they were queued when such a send has to wait."""

from __future__ import annotations

import asyncio
import contextlib

from mesh.model.replica import Replica
from mesh.net.sync import SessionRules, SyncNode, _Session
from mesh.net.ws import ConnectionClosed


class FakeConn:
    """A `Conn` that records what was sent; a frame in `gates` waits for its gate before completing."""

    remote = "fake:0"

    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self.ended: list[bytes] = []
        self.gates: dict[bytes, asyncio.Future[None]] = {}
        self.closed = asyncio.get_running_loop().create_future()

    def allow_frames(self, max_bytes: int) -> None:
        pass

    def send_now(self, data: bytes) -> bool:
        return False  # every send takes the awaited path, where the gates are

    async def send_bytes(self, data: bytes) -> None:
        try:
            if data in self.gates:
                await self.gates[data]
        finally:
            self.ended.append(data)  # completed, failed or closed
        self.sent.append(data)

    async def send_text(self, data: str) -> None:
        pass

    async def receive(self) -> bytes | str:
        await self.closed
        raise ConnectionClosed(1000)

    async def close(self, code: int = 1000, reason: str = "") -> None:
        if not self.closed.done():
            self.closed.set_result(None)


async def started(rules: SessionRules | None = None) -> tuple[_Session, FakeConn, asyncio.Task[None]]:
    replica = Replica("film")
    node = SyncNode({"film": replica}, peer_id="me")
    conn = FakeConn()
    session = _Session(node, replica, conn, "you", dialer=False, **({"rules": rules} if rules else {}))
    task = asyncio.create_task(session.run())
    for _ in range(5):  # the opening STEP1 and presence go through the writer
        await asyncio.sleep(0)
    assert conn.sent
    conn.sent.clear()
    return session, conn, task


async def stop(conn: FakeConn, task: asyncio.Task[None]) -> None:
    await conn.close()
    with contextlib.suppress(ConnectionClosed):  # how a session ends; its link or server catches it
        await asyncio.wait_for(task, 5)


async def test_an_idle_session_writes_a_frame_at_once() -> None:
    session, conn, task = await started()
    frames = session.node.stats.sent_frames
    session._enqueue("update", b"\x00\x02one")
    assert conn.sent[-1] == b"\x00\x02one", "the frame waited for the writer task"
    assert session.node.stats.sent_frames == frames + 1
    await stop(conn, task)


async def test_a_send_that_waits_keeps_the_order() -> None:
    session, conn, task = await started()
    gate = conn.gates[b"slow"] = asyncio.get_running_loop().create_future()
    frames = session.node.stats.sent_frames
    session._enqueue("update", b"slow")
    session._enqueue("update", b"two")
    session._enqueue("update", b"three")
    for _ in range(5):
        await asyncio.sleep(0)
    assert conn.sent == [], "a frame overtook one still being sent"
    gate.set_result(None)
    for _ in range(10):
        await asyncio.sleep(0)
    assert conn.sent == [b"slow", b"two", b"three"]
    assert session.node.stats.sent_frames == frames + 3
    session._enqueue("update", b"four")  # idle again: at once
    assert conn.sent[-1] == b"four"
    await stop(conn, task)


async def test_a_session_that_ends_mid_send_closes_that_send() -> None:
    session, conn, task = await started()
    conn.gates[b"slow"] = asyncio.get_running_loop().create_future()
    session._enqueue("update", b"slow")
    await stop(conn, task)
    assert b"slow" in conn.ended and b"slow" not in conn.sent, "the suspended send was left open"
    assert session._eager is None


async def test_a_session_cancelled_before_its_writer_took_the_send_closes_it() -> None:
    session, conn, task = await started()
    conn.gates[b"slow"] = asyncio.get_running_loop().create_future()
    session._enqueue("update", b"slow")
    task.cancel()  # same turn: the writer is woken but has not run yet
    with contextlib.suppress(asyncio.CancelledError):
        await task
    assert b"slow" in conn.ended and session._eager is None


async def test_nothing_is_sent_after_the_end() -> None:
    session, conn, task = await started()
    await stop(conn, task)
    session._enqueue("update", b"late")  # e.g. a presence change observed while the session wound up
    assert b"late" not in conn.sent


async def test_durable_first_sessions_still_wait_for_the_store() -> None:
    session, conn, task = await started(SessionRules(durable_first=True))
    session._enqueue("update", b"\x00\x02one")
    assert conn.sent == [], "sent before the store flushed"
    for _ in range(5):
        await asyncio.sleep(0)
    assert conn.sent == [b"\x00\x02one"]
    await stop(conn, task)
