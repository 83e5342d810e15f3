"""The accepting side's own reading of pushed frames (`CappedWebSocketProtocol.data_received`): bytes
written by hand on a raw socket, so the frames land in reads exactly as a test wants them. Whole binary
frames go to the sink in order; everything else, and everything after it, is websockets' to read: a
frame split across reads, text and control frames, one over the cap, one a client did not mask."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from fastapi import FastAPI, WebSocket

from mesh.net.ws import StarletteConn
from tests.fakes.mesh_peers import wait_until
from tests.integration.test_sync_limits import _serve

CAP = 100_000


def client_frame(opcode: int, payload: bytes, *, fin: bool = True, masked: bool = True,
                 mask: bytes | None = None) -> bytes:
    """One frame as a client writes it (RFC 6455 5.2), masked (by a random key unless given) unless told."""
    n = len(payload)
    head = bytes([(0x80 if fin else 0) | opcode])
    bit = 0x80 if masked else 0
    if n < 126:
        head += bytes([bit | n])
    elif n < 1 << 16:
        head += bytes([bit | 126]) + n.to_bytes(2, "big")
    else:
        head += bytes([bit | 127]) + n.to_bytes(8, "big")
    if not masked:
        return head + payload
    mask = mask or os.urandom(4)
    return head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


async def server_frame(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """(opcode, payload) of the next frame the server sent (unmasked, as a server's are)."""
    b0, b1 = await reader.readexactly(2)
    n = b1 & 0x7F
    if n == 126:
        n = int.from_bytes(await reader.readexactly(2), "big")
    elif n == 127:
        n = int.from_bytes(await reader.readexactly(8), "big")
    return b0 & 0x0F, await reader.readexactly(n)


@contextlib.asynccontextmanager
async def raw_client(app_side: Callable[[StarletteConn], Awaitable[None]], cap: int = CAP
                     ) -> AsyncIterator[tuple[asyncio.StreamReader, asyncio.StreamWriter]]:
    """A sync endpoint under uvicorn with our protocol, whose app lifts the cap to `cap` and runs
    `app_side(conn)`, and a raw socket that did the websocket upgrade to it."""
    app = FastAPI()

    @app.websocket("/sync/{board}")
    async def endpoint(ws: WebSocket, board: str) -> None:
        await ws.accept()
        conn = StarletteConn(ws)
        conn.allow_frames(cap)
        await app_side(conn)

    server, port = await _serve(app)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(b"GET /sync/b HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
        assert (await reader.readuntil(b"\r\n\r\n")).startswith(b"HTTP/1.1 101")
        yield reader, writer
    finally:
        writer.close()
        server.should_exit = True


def pushing(got: list[bytes], started: asyncio.Event, after: Callable[[StarletteConn], Awaitable[Any]]
            ) -> Callable[[StarletteConn], Awaitable[None]]:
    async def app_side(conn: StarletteConn) -> None:
        assert conn.push(got.append)
        started.set()
        await after(conn)
    return app_side


async def test_whole_frames_in_one_read_go_to_the_sink_in_order_and_the_rest_to_websockets() -> None:
    """One write: binary frames of each length encoding, a ping between them, then text and a binary
    frame after it. The sink gets the binary ones before the text in order, the ping gets its pong,
    the text comes by `receive`, and the binary frame behind it is pushed once websockets read it."""
    got: list[bytes] = []
    started, texts = asyncio.Event(), []

    async def after(conn: StarletteConn) -> None:
        texts.append(await conn.receive())
        await asyncio.sleep(5)

    payloads = [b"a", bytes(range(200)), os.urandom(70_000), b""]
    async with raw_client(pushing(got, started, after)) as (reader, writer):
        await started.wait()
        writer.write(client_frame(2, payloads[0]) + client_frame(2, payloads[1]) + client_frame(9, b"hi")
                     + client_frame(2, payloads[2]) + client_frame(2, payloads[3])
                     + client_frame(1, b"bye") + client_frame(2, b"behind the text"))
        assert await server_frame(reader) == (10, b"hi")  # the pong
        await wait_until(lambda: len(got) == 5 and texts, what="every frame read")
    assert got == [*payloads, b"behind the text"]
    assert texts == ["bye"]


async def test_a_frame_split_across_reads_reaches_the_sink_whole_and_later_reads_are_pushed_again() -> None:
    """The first read ends right after a frame's header and mask: websockets has taken them and waits
    for the payload with nothing buffered, so the next read is the rest of that frame, not a new one,
    though that payload (under a zero mask, as sent) reads like a frame of its own."""
    got: list[bytes] = []
    started = asyncio.Event()
    inner = client_frame(2, b"not a frame")
    first = client_frame(2, inner, mask=bytes(4))
    async with raw_client(pushing(got, started, lambda conn: asyncio.sleep(5))) as (_reader, writer):
        await started.wait()
        writer.write(first[:6])  # 2 bytes of header, 4 of mask
        await writer.drain()
        await asyncio.sleep(0.1)
        writer.write(first[6:] + client_frame(2, b"next"))
        await wait_until(lambda: len(got) == 2, what="both frames pushed")
        writer.write(client_frame(2, b"and on"))
        await wait_until(lambda: len(got) == 3, what="the frame after pushed")
    assert got == [inner, b"next", b"and on"]


async def _closed_by(frame: bytes, cap: int = CAP) -> tuple[list[bytes], int]:
    got: list[bytes] = []
    started = asyncio.Event()

    async def after(conn: StarletteConn) -> None:
        with contextlib.suppress(Exception):
            await conn.receive()

    async with raw_client(pushing(got, started, after), cap) as (reader, writer):
        await started.wait()
        writer.write(client_frame(2, b"fine") + frame + client_frame(2, b"after it"))
        async with asyncio.timeout(5):
            opcode, payload = await server_frame(reader)
    assert opcode == 8
    return got, int.from_bytes(payload[:2], "big")


async def test_a_frame_over_the_cap_closes_with_1009_and_never_reaches_the_sink() -> None:
    got, code = await _closed_by(client_frame(2, bytes(1_001)), cap=1_000)  # all in one read
    assert (got, code) == ([b"fine"], 1009)


async def test_an_unmasked_frame_closes_with_1002_and_never_reaches_the_sink() -> None:
    got, code = await _closed_by(client_frame(2, b"unmasked", masked=False))
    assert (got, code) == ([b"fine"], 1002)


async def test_a_fragmented_message_is_websockets_to_join() -> None:
    """A binary message in two frames (the first not final) reaches the sink once, joined."""
    got: list[bytes] = []
    started = asyncio.Event()
    async with raw_client(pushing(got, started, lambda conn: asyncio.sleep(5))) as (_reader, writer):
        await started.wait()
        writer.write(client_frame(2, b"two ", fin=False) + client_frame(0, b"halves") + client_frame(2, b"one"))
        await wait_until(lambda: len(got) == 2, what="both messages pushed")
    assert got == [b"two halves", b"one"]
