"""The dialer's heartbeat (aiohttp's, under an `AiohttpConn`, whose push and parser swaps sit on the same
protocol): no ping while frames keep coming, and a server that goes silent and answers no ping is
dropped in about `heartbeat` + `heartbeat` / 2. The partition fault tests lean on it."""

from __future__ import annotations

import asyncio
import contextlib

import aiohttp
from aiohttp import web

from mesh.net.ws import AiohttpConn, ConnectionClosed
from tests.fakes.ws_server import ws_server

HEARTBEAT_S = 0.4
FRAMES = int(3 * HEARTBEAT_S / 0.05)  # three heartbeats' worth of frames, 50 ms apart


async def test_a_busy_link_is_not_pinged_and_a_silent_one_is_dropped() -> None:
    pings = 0
    over = asyncio.Event()

    async def handler(request: web.Request) -> web.WebSocketResponse:
        nonlocal pings
        ws = web.WebSocketResponse(autoping=False)  # pongs are this test's to send, and it sends none
        await ws.prepare(request)

        async def count_pings() -> None:
            nonlocal pings
            async for msg in ws:
                if msg.type == aiohttp.WSMsgType.PING:
                    pings += 1

        reader = asyncio.create_task(count_pings())
        for _ in range(FRAMES):
            await asyncio.sleep(0.05)
            await ws.send_bytes(b"\x00\x02\x00")
        await over.wait()  # then silence: no frames, no pongs
        reader.cancel()
        return ws

    loop = asyncio.get_running_loop()
    async with ws_server(handler) as port:
        try:
            async with aiohttp.ClientSession() as s, s.ws_connect(f"http://127.0.0.1:{port}/",
                                                                  heartbeat=HEARTBEAT_S) as ws:
                conn = AiohttpConn(ws, "test")
                async with asyncio.timeout(10):
                    for _ in range(FRAMES):
                        await conn.receive()
                assert pings == 0, f"{pings} pings while frames came every 50 ms"
                silent_since = loop.time()
                with contextlib.suppress(ConnectionClosed):
                    async with asyncio.timeout(10):
                        while True:
                            await conn.receive()
                dropped_after = loop.time() - silent_since
            assert pings == 1
            assert HEARTBEAT_S < dropped_after < 3 * HEARTBEAT_S, f"dropped {dropped_after:.2f} s after it went silent"
        finally:
            over.set()  # the handler returns: the server can stop

