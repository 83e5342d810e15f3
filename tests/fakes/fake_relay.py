"""A stand-in for the relay's board endpoint, and the network pieces between a home peer and a relay.

`FakeRelay` speaks the relay contract's `/yjs/{board}?token=...` (the standard y-protocols frames, no
handshake; 4401 for a missing/unknown/revoked token, 4403 for another board's; SYNC_STEP1 after accept),
served by `SyncNode.serve_authorized` (what the relay uses), so link tests run without the real
`multiplex relay` and can count refusals or revoke a token mid-session. `TcpProxy` sits between a peer
and a relay: with a server certificate it is a TLS-terminating reverse proxy (what Coolify/Traefik/Caddy
do in front of the relay); stopping it cuts every connection through it (a partition), starting it
again heals it. `self_signed_cert` makes a certificate for 127.0.0.1 with the `openssl` CLI.

Test infrastructure only (not shipped).
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import ssl
import subprocess
from collections.abc import Iterable
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket

from mesh.model.replica import Replica
from mesh.net.sync import SessionRules, SyncNode, SyncSettings, _Session
from mesh.net.ws import StarletteConn
from mesh.storage.asset_channel import AssetChannel
from mesh.storage.assets import AssetStore


class FakeRelay:
    """Board replicas behind `/yjs/{board}`, tokens as a dict, restartable on the same port."""

    def __init__(self, boards: Iterable[str], tokens: dict[str, str], *, assets: AssetStore | None = None,
                 **limits: float) -> None:
        self.replicas: dict[str, Replica] = {name: Replica(name) for name in boards}
        self.tokens = dict(tokens)  # token -> board
        self.node = SyncNode(self, peer_id="relay", settings=SyncSettings(**limits))
        self.assets = assets
        self.channel = AssetChannel(assets) if assets is not None else None
        self.node.side = self.channel
        self.refusals: list[tuple[int, str]] = []
        self.accepted = 0
        self._by_token: dict[str, set[StarletteConn]] = {}
        self.app = Starlette(routes=[WebSocketRoute("/yjs/{board}", self._endpoint)])
        self.port = 0
        self._server: uvicorn.Server | None = None
        self._task: asyncio.Task[None] | None = None

    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    async def _endpoint(self, ws: WebSocket) -> None:
        board = ws.path_params["board"]
        token = ws.query_params.get("token", "")
        await ws.accept()
        if not token or token not in self.tokens:
            await self._refuse(ws, 4401, "unknown or revoked token" if token else "token required")
            return
        if self.tokens[token] != board or board not in self.replicas:
            await self._refuse(ws, 4403, "token for another board")
            return
        conn = StarletteConn(ws)
        self._by_token.setdefault(token, set()).add(conn)
        self.accepted += 1
        try:
            await self.node.serve_authorized(conn, board, remote=f"token:{token[4:12]}:{self.accepted}",
                                             rules=SessionRules())
        finally:
            self._by_token.get(token, set()).discard(conn)

    async def _refuse(self, ws: WebSocket, code: int, reason: str) -> None:
        self.refusals.append((code, reason))
        await ws.close(code, reason)

    async def revoke(self, token: str) -> None:
        """Forget the token and close its open connections with 4401, as the relay does."""
        self.tokens.pop(token, None)
        for conn in list(self._by_token.pop(token, set())):
            await conn.close(4401, "unknown or revoked token")

    def sessions(self, board: str) -> list[_Session]:
        return self.node.sessions(board)

    async def start(self, port: int = 0) -> None:
        config = uvicorn.Config(self.app, host="127.0.0.1", port=port or self.port, log_level="warning",
                                lifespan="off", timeout_graceful_shutdown=1)
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
        """The relay goes away (its replicas stay, like a durable store across a restart)."""
        for session in list(self.node.inbound):
            await session.conn.close(1012, "service restart")
        if self._server is not None and self._task is not None:
            self._server.should_exit = True
            with contextlib.suppress(asyncio.CancelledError):
                await self._task  # the port is free again only once the server is really gone
            self._server = None

    async def aclose(self) -> None:
        await self.stop()
        await self.node.aclose()


class TcpProxy:
    """127.0.0.1:port -> 127.0.0.1:target, byte for byte; TLS-terminating when given a server context."""

    def __init__(self, target_port: int, *, tls: ssl.SSLContext | None = None) -> None:
        self.target_port = target_port
        self.tls = tls
        self.port = 0
        self.connections = 0
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port, ssl=self.tls,
                                                  reuse_address=True)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Stop listening and cut every connection through the proxy."""
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()
        if self._server is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._server.wait_closed(), 5)
            self._server = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.transport.abort()
            return
        self._writers.update((writer, up_writer))
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (OSError, ConnectionError, ssl.SSLError):
            pass
        finally:
            self._writers.discard(writer)
            writer.transport.abort()


def self_signed_cert(folder: Path) -> tuple[Path, Path] | None:
    """(cert.pem, key.pem) for 127.0.0.1 made with the openssl CLI, or None when it is not installed."""
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    cert, key = folder / "relay-cert.pem", folder / "relay-key.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                    "-addext", "keyUsage=critical,digitalSignature,keyEncipherment,keyCertSign",
                    "-addext", "extendedKeyUsage=serverAuth"],
                   check=True, capture_output=True, timeout=60)
    return cert, key
