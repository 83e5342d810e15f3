"""Websockets as `Conn`s: the one small interface `mesh.sync` needs from a transport.

Two adapters: the server side is starlette's `WebSocket` (the peer's FastAPI/NiceGUI app serves
`/sync/{board}`), the dialing side is an aiohttp client websocket. Both turn every way a socket can end
into `ConnectionClosed(code)`, so sync code has a single thing to catch.
"""

from __future__ import annotations

from typing import Protocol

import aiohttp
from starlette.websockets import WebSocket, WebSocketDisconnect

__all__ = ["AiohttpConn", "Conn", "ConnectionClosed", "StarletteConn"]

CLOSE_NORMAL = 1000
CLOSE_GOING_AWAY = 1001
CLOSE_PROTOCOL_ERROR = 1002
CLOSE_POLICY = 1008  # refused: unknown peer, wrong key, unknown board
CLOSE_TOO_BIG = 1009
CLOSE_OVERLOADED = 1013  # "try again later": a slow reader fell too far behind; it resyncs on reconnect


class ConnectionClosed(Exception):
    """The other side went away (or the socket broke); `code` is the websocket close code if known."""

    def __init__(self, code: int | None = None, reason: str = "") -> None:
        super().__init__(f"connection closed ({code}{': ' + reason if reason else ''})")
        self.code = code
        self.reason = reason


class Conn(Protocol):
    remote: str  # "host:port" for logs

    async def send_bytes(self, data: bytes) -> None: ...
    async def send_text(self, data: str) -> None: ...
    async def receive(self) -> bytes | str: ...
    async def close(self, code: int = CLOSE_NORMAL, reason: str = "") -> None: ...


class StarletteConn:
    """The accepting side, over an accepted starlette `WebSocket`."""

    def __init__(self, ws: WebSocket) -> None:
        self.ws = ws
        client = ws.client
        self.remote = f"{client.host}:{client.port}" if client else "?"
        self._closed = False

    async def send_bytes(self, data: bytes) -> None:
        try:
            await self.ws.send_bytes(data)
        except (WebSocketDisconnect, RuntimeError, OSError) as exc:
            self._closed = True
            raise ConnectionClosed(getattr(exc, "code", None)) from exc

    async def send_text(self, data: str) -> None:
        try:
            await self.ws.send_text(data)
        except (WebSocketDisconnect, RuntimeError, OSError) as exc:
            self._closed = True
            raise ConnectionClosed(getattr(exc, "code", None)) from exc

    async def receive(self) -> bytes | str:
        if self._closed:
            raise ConnectionClosed()
        try:
            msg = await self.ws.receive()
        except (RuntimeError, OSError) as exc:
            self._closed = True
            raise ConnectionClosed() from exc
        if msg["type"] == "websocket.disconnect":
            self._closed = True
            raise ConnectionClosed(msg.get("code"), msg.get("reason") or "")
        data = msg.get("bytes")
        if data is not None:
            return data
        text = msg.get("text")
        return text if text is not None else b""

    async def close(self, code: int = CLOSE_NORMAL, reason: str = "") -> None:
        if self._closed:
            return
        self._closed = True
        try:
            await self.ws.close(code, reason[:120])
        except (RuntimeError, OSError, WebSocketDisconnect):
            pass  # already gone: nothing to tell it


class AiohttpConn:
    """The dialing side, over an aiohttp `ClientWebSocketResponse`."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse, remote: str) -> None:
        self.ws = ws
        self.remote = remote

    async def send_bytes(self, data: bytes) -> None:
        if self.ws.closed:
            raise ConnectionClosed(self.ws.close_code)
        try:
            await self.ws.send_bytes(data)
        except (aiohttp.ClientError, ConnectionError, RuntimeError) as exc:
            raise ConnectionClosed(self.ws.close_code) from exc

    async def send_text(self, data: str) -> None:
        if self.ws.closed:
            raise ConnectionClosed(self.ws.close_code)
        try:
            await self.ws.send_str(data)
        except (aiohttp.ClientError, ConnectionError, RuntimeError) as exc:
            raise ConnectionClosed(self.ws.close_code) from exc

    async def receive(self) -> bytes | str:
        msg = await self.ws.receive()
        if msg.type == aiohttp.WSMsgType.BINARY:
            return bytes(msg.data)
        if msg.type == aiohttp.WSMsgType.TEXT:
            return str(msg.data)
        if msg.type == aiohttp.WSMsgType.ERROR:
            raise ConnectionClosed(self.ws.close_code or CLOSE_PROTOCOL_ERROR, repr(msg.data)[:120])
        if msg.type == aiohttp.WSMsgType.CLOSE and isinstance(msg.data, int):
            raise ConnectionClosed(msg.data, str(msg.extra or ""))
        raise ConnectionClosed(self.ws.close_code, str(msg.extra or ""))

    async def close(self, code: int = CLOSE_NORMAL, reason: str = "") -> None:
        try:
            await self.ws.close(code=code, message=reason[:120].encode())
        except (aiohttp.ClientError, ConnectionError, RuntimeError):
            pass
