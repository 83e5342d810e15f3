"""Frames pushed to a session on the transport's own callback (`Conn.push`): no frame is lost or reordered
when the push starts behind frames already queued, and an error in the sink ends the connection the way
it would have by `receive` (docs/mesh.md, "Receiving without a task wake-up")."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
from aiohttp import web
from fastapi import FastAPI, WebSocket

from mesh.net.ws import PRE_AUTH_MAX_BYTES, AiohttpConn, StarletteConn
from tests.fakes.mesh_peers import wait_until
from tests.fakes.ws_server import ws_server
from tests.integration.test_sync import BOARD, intents, make_peers
from tests.integration.test_sync_limits import _serve

__all__ = ["make_peers"]  # the fixture, shared with test_sync


def _frame(n: int) -> bytes:
    return b"\x00" + n.to_bytes(2, "big")


@contextlib.asynccontextmanager
async def _accepted(app_side: Callable[[StarletteConn], Awaitable[None]]) -> AsyncIterator[tuple[Any, Any]]:
    """A sync endpoint under uvicorn with our protocol whose app runs `app_side(conn)`, and a client
    connected to it: (the server's protocol for that connection, the client websocket)."""
    app = FastAPI()

    @app.websocket("/sync/{board}")
    async def endpoint(ws: WebSocket, board: str) -> None:
        await ws.accept()
        await app_side(StarletteConn(ws))

    server, port = await _serve(app)
    try:
        async with aiohttp.ClientSession() as s, s.ws_connect(f"ws://127.0.0.1:{port}/sync/{BOARD}") as ws:
            await wait_until(lambda: server.server_state.connections, what="connection accepted")
            (proto,) = server.server_state.connections
            yield proto, ws
    finally:
        server.should_exit = True


async def test_the_server_side_hands_the_frames_queued_before_the_push_to_the_sink_first() -> None:
    """Three frames wait in uvicorn's queue when the app starts the push: the sink gets them first, in
    order, then the ones that follow; a text frame later still comes by `receive`."""
    got: list[int] = []
    done = asyncio.Event()
    queued = asyncio.Event()

    async def app_side(conn: StarletteConn) -> None:
        await queued.wait()
        assert conn.push(lambda frame: got.append(int.from_bytes(frame[1:], "big")))
        assert await conn.receive() == "bye"
        done.set()

    async with _accepted(app_side) as (proto, ws):
        for n in range(3):
            await ws.send_bytes(_frame(n))
        await wait_until(lambda: proto.queue.qsize() == 3, what="three frames queued")
        queued.set()
        await wait_until(lambda: got == [0, 1, 2], what="the queued frames pushed")
        for n in range(3, 6):
            await ws.send_bytes(_frame(n))
        await ws.send_str("bye")
        async with asyncio.timeout(5):
            await done.wait()
    assert got == [0, 1, 2, 3, 4, 5]


async def test_the_server_side_does_not_push_past_a_close_or_text_frame_in_line() -> None:
    """A text frame waits in the queue ahead of binary ones: the push does not start (it would hand the
    later frames over before the text is read), and `receive` returns them all, in order."""
    got: list[bytes | str] = []
    queued = asyncio.Event()

    async def app_side(conn: StarletteConn) -> None:
        await queued.wait()
        assert not conn.push(lambda frame: got.append(b"pushed"))
        for _ in range(3):
            got.append(await conn.receive())

    async with _accepted(app_side) as (proto, ws):
        await ws.send_bytes(_frame(0))
        await ws.send_str("text")
        await ws.send_bytes(_frame(1))
        await wait_until(lambda: proto.queue.qsize() == 3, what="three messages queued")
        queued.set()
        await wait_until(lambda: len(got) == 3, what="all three received")
    assert got == [_frame(0), "text", _frame(1)]


async def test_the_dialing_side_reads_what_waits_before_it_pushes_what_follows() -> None:
    """aiohttp's parser has queued three frames when the push starts: those, and any that arrive while
    they still wait, come by `receive`; once the queue is empty a frame goes to the sink. One order."""
    seen: list[tuple[str, int]] = []
    step = asyncio.Event()

    async def handler(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        for n in range(3):
            await ws.send_bytes(_frame(n))
        await step.wait()
        for n in range(3, 6):
            await ws.send_bytes(_frame(n))
        await ws.receive()  # the client's go-ahead: everything before was read
        await ws.send_bytes(_frame(6))
        await ws.receive()
        return ws

    async with ws_server(handler) as port:
        async with aiohttp.ClientSession() as s, s.ws_connect(f"http://127.0.0.1:{port}/",
                                                              max_msg_size=PRE_AUTH_MAX_BYTES) as ws:
            conn = AiohttpConn(ws, "test")
            conn.allow_frames(1 << 20)
            await wait_until(lambda: len(ws._reader._buffer) == 3, what="three frames queued")
            assert conn.push(lambda frame: seen.append(("pushed", int.from_bytes(frame[1:], "big"))))
            step.set()
            await asyncio.sleep(0.1)  # frames 3-5 arrive while 0-2 still wait to be read
            with contextlib.suppress(TimeoutError):  # (a frame pushed out of turn leaves receive waiting)
                async with asyncio.timeout(2):
                    for _ in range(6):
                        seen.append(("received", int.from_bytes((await conn.receive())[1:], "big")))  # type: ignore[index]
            assert seen == [("received", n) for n in range(6)], "frames queued behind unread ones came by receive"
            await ws.send_str("go")
            await wait_until(lambda: len(seen) == 7, what="the last frame pushed")
            await ws.send_str("bye")
        assert seen == [*(("received", n) for n in range(6)), ("pushed", 6)]


async def test_a_malformed_frame_pushed_to_a_dialer_closes_its_session_and_the_link_redials(make_peers,
                                                                                          caplog) -> None:
    """The accepting peer sends garbage down an authenticated session: the dialer's sink raises, its
    reader closes with 1002 exactly as on `receive`, the link dials again and the board still syncs."""
    key = secrets.token_bytes(32)
    a, b = await make_peers(2, key=key)
    link = b.node.link(BOARD, a.url(BOARD))
    await link.wait_synced(5)
    first = link._session
    assert first is not None and first.conn._push_queue.sink == first._pushed  # type: ignore[attr-defined]
    (inbound,) = a.node.sessions(BOARD)
    await inbound.conn.send_bytes(b"\x07\x00\x01")  # an unknown message type
    await wait_until(lambda: link._session is not None and link._session is not first and link._session.synced.is_set(),
                     what="b dialed a again")
    assert first.conn.ws.close_code == 1002  # type: ignore[attr-defined]
    assert any("closing connection" in r.getMessage() for r in caplog.records)
    a.replicas[BOARD].board.add_intent("after the garbage", origin="user:a")
    await wait_until(lambda: intents(b) == {"after the garbage"}, what="a still syncs with b")
