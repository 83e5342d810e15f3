"""What a stranger can make a sync endpoint (or a dialing peer) hold before the board-key handshake: a
few KiB per connection, and no more connections than the session cap, however many it opens at once."""

from __future__ import annotations

import asyncio
import logging
import secrets

import aiohttp
import uvicorn
from fastapi import FastAPI, WebSocket

from mesh.net.ws import PRE_AUTH_MAX_BYTES, QUEUED_BEFORE_PAUSE, CappedWebSocketProtocol
from tests.fakes.mesh_peers import wait_until
from tests.integration.test_sync import BOARD, _authenticated_ws, _close_code, intents, make_peers

__all__ = ["make_peers"]  # the fixture, shared with test_sync


async def test_a_big_frame_before_the_handshake_is_refused_by_the_transport(make_peers) -> None:
    (a,) = await make_peers(1)
    async with aiohttp.ClientSession() as s:
        for send in ("send_bytes", "send_str"):
            async with s.ws_connect(a.url(BOARD)) as ws:
                payload = b"\x00" * (64 * 1024)
                await getattr(ws, send)(payload if send == "send_bytes" else payload.decode())
                assert await _close_code(ws) == 1009  # from its header, not after reading it into memory


async def test_after_the_handshake_frames_far_over_the_pre_auth_cap_flow_both_ways(make_peers) -> None:
    a, b = await make_peers(2)
    link = b.node.link(BOARD, a.url(BOARD))
    await link.wait_synced(5)
    big = "x" * (3 * PRE_AUTH_MAX_BYTES)  # one update frame of ~12 KiB each way
    a.replicas[BOARD].board.add_intent("from a " + big, origin="user:a")  # server -> dialer
    b.replicas[BOARD].board.add_intent("from b " + big, origin="user:b")  # dialer -> server
    want = {"from a " + big, "from b " + big}
    await wait_until(lambda: intents(a) == want and intents(b) == want, what="big edits synced both ways")
    key = a.replicas[BOARD].key
    async with aiohttp.ClientSession() as s:
        ws = await _authenticated_ws(s, a, key)
        await ws.send_bytes(b"\x00\x02\x05ab")  # still parsed by the app after the lift: malformed -> 1002
        assert await _close_code(ws) == 1002


async def test_concurrent_opens_cannot_overshoot_the_session_cap(make_peers) -> None:
    (a,) = await make_peers(1, max_sessions=5, handshake_timeout_s=3.0)
    async with aiohttp.ClientSession() as s:
        sockets = await asyncio.gather(*(s.ws_connect(a.url(BOARD)) for _ in range(20)))  # none says hello
        codes = await asyncio.gather(*(_close_code(ws) for ws in sockets))
        assert codes.count(1013) == 15  # refused at once; the 5 admitted time out (1008) later
        for ws in sockets:
            await ws.close()
    assert a.node._admitted == 0 and a.node._handshaking == 0


async def test_pending_handshakes_are_capped_too(make_peers) -> None:
    (a,) = await make_peers(1, max_handshakes=3, handshake_timeout_s=3.0)
    async with aiohttp.ClientSession() as s:
        sockets = await asyncio.gather(*(s.ws_connect(a.url(BOARD)) for _ in range(8)))
        codes = await asyncio.gather(*(_close_code(ws) for ws in sockets))
        assert codes.count(1013) == 5
        for ws in sockets:
            await ws.close()


async def test_other_websockets_of_the_app_keep_the_normal_cap() -> None:
    app = FastAPI()

    @app.websocket("/echo")
    async def echo(ws: WebSocket) -> None:
        await ws.accept()
        await ws.send_bytes(await ws.receive_bytes())

    server, port = await _serve(app)
    try:
        async with aiohttp.ClientSession() as s, s.ws_connect(f"ws://127.0.0.1:{port}/echo") as ws:
            data = secrets.token_bytes(256 * 1024)
            await ws.send_bytes(data)
            assert (await ws.receive_bytes()) == data
    finally:
        server.should_exit = True


async def test_a_dialer_refuses_a_big_frame_from_a_server_that_has_not_proved_the_key(make_peers, caplog) -> None:
    app = FastAPI()

    @app.websocket("/sync/{board}")
    async def hostile(ws: WebSocket, board: str) -> None:
        await ws.accept()
        await ws.receive_text()  # our hello
        try:
            await ws.send_text("x" * (64 * 1024))  # instead of a challenge
            await ws.receive_text()
        except Exception:  # the dialer hangs up, as it should
            return

    server, port = await _serve(app)
    try:
        (b,) = await make_peers(1)
        with caplog.at_level(logging.DEBUG, logger="multiplex.mesh.net.sync"):
            b.node.link(BOARD, f"ws://127.0.0.1:{port}/sync/{BOARD}")
            await wait_until(lambda: "ended:" in caplog.text, what="the link to the hostile server ended")
        ended = [r.getMessage() for r in caplog.records if "ended:" in r.getMessage()]
        assert "1009" in ended[0], ended  # aiohttp refused it from the header (message too big)
    finally:
        server.should_exit = True


async def _serve(app: FastAPI) -> tuple[uvicorn.Server, int]:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off",
                                           ws=CappedWebSocketProtocol))
    server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
    asyncio.create_task(server.serve())  # noqa: RUF006 - stopped through should_exit
    await wait_until(lambda: server.started, what="server up")
    return server, server.servers[0].sockets[0].getsockname()[1]


async def test_the_server_reads_on_while_the_app_keeps_up_and_stops_once_it_falls_behind() -> None:
    """uvicorn alone stops reading after every message until the app takes it (two epoll changes per
    frame on every inbound session); ours reads on until QUEUED_BEFORE_PAUSE messages wait, then stops:
    a sender still cannot park more than that here."""
    app = FastAPI()
    release = asyncio.Event()

    @app.websocket("/sync/{board}")
    async def slow(ws: WebSocket, board: str) -> None:
        await ws.accept()
        await release.wait()  # an app that has fallen behind
        while True:
            await ws.receive_bytes()

    server, port = await _serve(app)
    try:
        async with aiohttp.ClientSession() as s, s.ws_connect(f"ws://127.0.0.1:{port}/sync/{BOARD}") as ws:
            await wait_until(lambda: server.server_state.connections, what="connection accepted")
            (proto,) = server.server_state.connections
            for sent in range(1, QUEUED_BEFORE_PAUSE + 2):
                await ws.send_bytes(b"\x00" * 100)
                await wait_until(lambda n=sent: proto.queue.qsize() == n, what=f"{sent} messages queued")
                assert proto.read_paused is (sent > QUEUED_BEFORE_PAUSE), (sent, proto.read_paused)
            release.set()
            await wait_until(lambda: proto.queue.empty() and not proto.read_paused, what="reading resumed")
    finally:
        server.should_exit = True
