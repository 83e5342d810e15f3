"""A peer that stops reading: its sender keeps a bounded amount in memory and nothing is lost once it
reads again. The sends a session makes without awaiting (`Conn.send_now`) must give way to flow
control exactly as the awaited ones do, or a stalled reader grows its sender's transport buffer by
every edit made meanwhile."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from mesh.net.ws import AiohttpConn, StarletteConn
from tests.fakes.mesh_peers import LoopbackPeer, wait_until
from tests.integration.test_sync import BOARD, make_peers

__all__ = ["make_peers"]  # the fixture, shared with test_sync

FIELD_CHARS = 2_000  # a text field's longest (mesh.model.schema)
EDITS = 1_500  # three fields each: ~9 MB, far past loopback's socket buffers
MAX_PENDING = 16


def _session(peer: LoopbackPeer) -> Any:
    (session,) = peer.node._attached[id(peer.replicas[BOARD])][1]
    return session


def _transport(conn: Any) -> asyncio.Transport:
    if isinstance(conn, StarletteConn):  # the protocol that owns it is behind the scope extension
        return conn._set_cap.__self__.transport  # type: ignore[union-attr]
    assert isinstance(conn, AiohttpConn)
    return conn.ws._conn.transport  # type: ignore[union-attr,return-value]


@pytest.mark.parametrize("slow_side", ["dialer", "server"])
async def test_a_reader_that_stalls_costs_its_sender_a_bounded_buffer_and_loses_nothing(make_peers,
                                                                                           slow_side) -> None:
    sender, reader = await make_peers(2, max_pending_frames=MAX_PENDING)
    if slow_side == "dialer":
        reader.node.link(BOARD, sender.url(BOARD))
    else:
        sender.node.link(BOARD, reader.url(BOARD))
    await wait_until(lambda: sender.node.connected_peers(BOARD) == {reader.peer_id}, what="linked")
    board = sender.replicas[BOARD].board
    block = board.add_intent("shot", origin="user:test")
    await wait_until(lambda: reader.replicas[BOARD].board.block(block.id) is not None, what="block there")

    stalled = _transport(_session(reader).conn)
    stalled.pause_reading()
    out = _transport(_session(sender).conn)
    most = 0
    for i in range(EDITS):
        text = f"{i:06d}".ljust(FIELD_CHARS, "x")
        board.update(block.id, title=f"{i:06d}", action=text, dialogue=text, sound=text, origin="user:test")
        most = max(most, out.get_write_buffer_size())
        await asyncio.sleep(0)  # the loop flushes what the socket takes
    pending = len(_session(sender)._pending)
    # Measured: 65-68 KiB (uvicorn: high water plus the frame that crossed it), 194 KiB (aiohttp writes
    # up to its writer's limit past a pause before it drains); everything else waits in the session's
    # own bounded queue, or is dropped for the resync its reconnect does. Unbounded it would be ~9 MB
    # less what the kernel holds.
    assert most < 512 * 1024, f"the sender buffered {most} bytes for a reader that stopped"
    assert pending <= MAX_PENDING

    stalled.resume_reading()
    final = f"{EDITS - 1:06d}"
    await wait_until(lambda: (reader.replicas[BOARD].board.block(block.id).title or "").startswith(final),
                     timeout_s=30, what="the last edit at the reader")
