"""In-process peers for sync tests and the sync benchmark: a FastAPI app with `/sync/{board}` served by
uvicorn on 127.0.0.1:0, a dict of replicas, and the `SyncNode` that connects them.

Test infrastructure only (not shipped): each `LoopbackPeer` is one machine's worth of sync.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any

import uvicorn
from fastapi import FastAPI

from mesh.model.replica import Replica
from mesh.net.sync import SyncNode, SyncSettings, mount_sync
from mesh.net.topology import neighbours_to_dial
from mesh.net.ws import CappedWebSocketProtocol


class LoopbackPeer:
    def __init__(self, peer_id: str, boards: dict[str, bytes], **limits: Any) -> None:
        self.peer_id = peer_id
        self.replicas: dict[str, Replica] = {name: Replica(name, key=key) for name, key in boards.items()}
        for replica in self.replicas.values():
            replica.presence.set("peer", {"id": peer_id, "name": peer_id})
        self.app = FastAPI()
        self.node: SyncNode = mount_sync(self.app, self, peer_id=peer_id, settings=SyncSettings(**limits))
        self.port = 0
        self._server: uvicorn.Server | None = None
        self._task: asyncio.Task[None] | None = None

    def url(self, board: str) -> str:
        return f"ws://127.0.0.1:{self.port}/sync/{board}"

    async def start(self, port: int = 0) -> None:
        config = uvicorn.Config(
            self.app, host="127.0.0.1", port=port, log_level="warning", lifespan="off", ws=CappedWebSocketProtocol
        )
        self._server = uvicorn.Server(config)
        self._server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
        self._task = asyncio.create_task(self._server.serve())
        async with asyncio.timeout(10):
            while not self._server.started:
                if self._task.done():
                    self._task.result()
                await asyncio.sleep(0.005)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Graceful stop: goodbye presence, close sockets, stop the server."""
        await self.node.aclose()
        await self._stop_server()

    async def _stop_server(self) -> None:
        if self._server is not None and self._task is not None:
            self._server.should_exit = True
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(self._task, 5)
            self._server = None

    async def crash(self) -> None:
        """Like a killed process: sockets drop, no goodbye."""
        for link in list(self.node.links.values()):
            if link._task is not None:
                link._task.cancel()
        for session in self.node.sessions():
            with contextlib.suppress(Exception):
                await session.conn.close(1006 if False else 1011, "crash")
        self.node.links.clear()
        if self.node._presence_task is not None:
            self.node._presence_task.cancel()
        if self.node._http is not None:
            await self.node._http.close()
        if self._server is not None:
            self._server.force_exit = True
        await self._stop_server()


async def wait_until(predicate: Callable[[], bool], *, timeout_s: float = 10.0, what: str = "") -> None:
    """Poll `predicate` until true; AssertionError naming `what` after the deadline."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {timeout_s} s waiting for {what or predicate}")
        await asyncio.sleep(0.01)


def connect_topology(peers: list[LoopbackPeer], board: str, *, fanout: int = 3) -> None:
    """Dial the ring-with-chords links for every peer (what MeshService does from discovery)."""
    by_id = {p.peer_id: p for p in peers}
    for p in peers:
        p.node.set_members(board, by_id, fanout=fanout)
        for other in neighbours_to_dial(p.peer_id, by_id, fanout=fanout):
            p.node.link(board, by_id[other].url(board))


def state_vector(encoded: bytes) -> dict[int, int]:
    """Decode a Yjs state vector (client id -> clock); its byte order is not canonical."""
    pos = 0

    def var_uint() -> int:
        nonlocal pos
        value = shift = 0
        while True:
            byte = encoded[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return value

    return {var_uint(): var_uint() for _ in range(var_uint())}


def board_state(peer: LoopbackPeer, board: str) -> dict[str, Any]:
    """A replica's content, comparable across replicas (map iteration order is not)."""
    state = peer.replicas[board].board.to_json()
    state["blocks"] = sorted(state["blocks"], key=lambda b: b["id"])
    return state
