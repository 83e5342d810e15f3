"""Websockets as `Conn`s: the one small interface `mesh.net.sync` needs from a transport.

Two adapters: the server side is starlette's `WebSocket` (the peer's FastAPI/NiceGUI app serves
`/sync/{board}`), the dialing side is an aiohttp client websocket. Both turn every way a socket can end
into `ConnectionClosed(code)`, so sync code has a single thing to catch.

Frame caps follow the connection's state: until the board-key handshake is done a sync connection takes
frames of at most `PRE_AUTH_MAX_BYTES` (a hello is ~150 bytes), and only then the normal cap. The cap
has to sit in the transport, which reads a frame's length from its header before buffering any payload:
an application check sees a frame only once it has been read into memory. So the server runs uvicorn
with `CappedWebSocketProtocol`, and each `Conn` has `allow_frames(max_bytes)` to lift the cap once the
remote proved the key.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from typing import Any, Protocol

import aiohttp
from starlette.websockets import WebSocket, WebSocketDisconnect
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
from websockets.protocol import OPEN as _WS_OPEN
from websockets.protocol import Protocol as _WSProtocol

try:
    from websockets.speedups import apply_mask as _apply_mask
except ImportError:  # pragma: no cover - websockets built without its C extension
    from websockets.utils import apply_mask as _apply_mask

__all__ = [
    "PRE_AUTH_MAX_BYTES",
    "AiohttpConn",
    "CappedWebSocketProtocol",
    "Conn",
    "ConnectionClosed",
    "StarletteConn",
]

PRE_AUTH_MAX_BYTES = 4 * 1024  # frames before the board-key handshake is done (mesh.net.auth caps them at 1 KiB)
SYNC_PATH_PREFIX = "/sync/"
QUEUED_BEFORE_PAUSE = 8  # messages uvicorn may queue for the app before it stops reading the socket
FRAME_CAP_EXTENSION = "multiplex.frame_cap"  # ASGI scope extension: {"set": callable(max_bytes), "push", …}
_INTERRUPT = "multiplex.interrupt"  # marks the message `Conn.interrupt` queues to wake a waiting receive

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


_PARSE_CODE = getattr(_WSProtocol.parse, "__code__", None)  # where websockets' parser loops over frames


class CappedWebSocketProtocol(WebSocketsSansIOProtocol):
    """uvicorn's websocket protocol with a frame cap per connection, small until the app lifts it.

    Every connection starts at `PRE_AUTH_MAX_BYTES`, so a frame pipelined behind the upgrade request is
    judged by the small cap too. Connections outside `SYNC_PATH_PREFIX` (the canvas's own websocket) get
    the server's `ws_max_size` as soon as their request is read (a browser sends no frame before the 101);
    sync connections keep the small cap until the endpoint lifts it through the `FRAME_CAP_EXTENSION`
    in the ASGI scope, after the handshake. A frame over the cap closes the connection with 1009 from its
    header alone: its payload is never buffered.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._set_frame_cap(PRE_AUTH_MAX_BYTES)
        self._sink: Callable[[bytes], None] | None = None
        self._reads_frames = _PARSE_CODE is not None  # whole binary frames read here while pushing

    def _push_to(self, sink: Callable[[bytes], None] | None) -> list[dict[str, Any]]:
        """Hand whole binary messages to `sink` as they are parsed, instead of queueing them for the
        app's task (`Conn.push`); None queues again. Returns what was queued before, in order: the
        caller handles it first (it is older than anything the sink will get)."""
        queued = []
        while not self.queue.empty():
            queued.append(self.queue.get_nowait())
        self._sink = sink
        return queued

    def _send_now(self, data: bytes) -> bool:
        """Write one binary message on the caller's turn, as uvicorn's `send` would once past its
        checks, without the ASGI send chain (starlette, its exception wrapper, uvicorn's coroutine):
        False where `send` has more to do (flow control paused, closing) and the caller awaits it."""
        if (self.disconnected or self.close_sent or not self.handshake_complete
                or self.initial_response is not None or not self.writable.is_set()):
            return False
        try:
            self.conn.send_binary(data)
        except Exception:  # websockets' InvalidState: `send` reports it as the disconnect it is
            return False
        self.transport.write(b"".join(self.conn.data_to_send()))
        return True

    def data_received(self, data: bytes) -> None:
        """While frames are pushed (`Conn.push`), whole binary frames at the start of a read go to the
        sink from here, websockets' parser skipped: it is a Python generator chain that cost more per
        frame than the frame's own work. Only when that parser waits for a new frame with nothing
        buffered, so it never misses a byte of a frame it started; the first thing that is not a
        whole, final, masked, uncompressed binary frame within the cap, and all after it, goes to
        websockets as before (text, control frames, fragments, a frame split across reads, a frame
        over the cap, which it closes with 1009, a malformed one, which it closes with 1002)."""
        if self._sink is not None and self._reads_frames and self._at_frame_boundary():
            taken = self._take_binary_frames(data)
            if taken == len(data):
                return
            data = data[taken:]
        super().data_received(data)

    def _at_frame_boundary(self) -> bool:
        try:
            return self._parser_waits_for_a_frame()
        except AttributeError:  # pragma: no cover - another websockets: its parser reads every frame
            self._reads_frames = False
            return False

    def _parser_waits_for_a_frame(self) -> bool:
        conn = self.conn
        if (self.close_sent or conn.state is not _WS_OPEN or conn.reader.buffer or conn.current_size is not None
                or conn.extensions):
            return False
        outer, inner = None, conn.parser  # the generator chain down to where the parser waits
        while (deeper := getattr(inner, "gi_yieldfrom", None)) is not None:
            outer, inner = inner, deeper
        return (getattr(outer, "gi_code", None) is _PARSE_CODE
                and getattr(getattr(inner, "gi_code", None), "co_name", None) == "at_eof")

    def _take_binary_frames(self, data: bytes) -> int:
        """Hand the whole binary frames at the start of `data` to the sink; the bytes they took."""
        cap = self.conn.max_message_size
        pos, end = 0, len(data)
        while end - pos >= 6 and self._sink is not None and not self.close_sent:
            if data[pos] != 0x82 or data[pos + 1] < 0x80:  # FIN + binary, no RSV bits; masked (a client's)
                break
            length, head = data[pos + 1] & 0x7F, pos + 2
            if length == 126:
                length, head = int.from_bytes(data[head:head + 2], "big"), head + 2
            elif length == 127:
                length, head = int.from_bytes(data[head:head + 8], "big"), head + 8
            stop = head + 4 + length
            if (cap is not None and length > cap) or stop > end:
                break
            payload = _apply_mask(data[head + 4:stop], data[head:head + 4])
            pos = stop
            self._sink(payload)
        return pos

    def _set_frame_cap(self, max_bytes: int) -> None:
        conn = self.conn
        if hasattr(conn, "max_message_size"):  # websockets >= 14
            conn.max_message_size = max_bytes
        else:  # pragma: no cover - websockets 13
            conn.max_size = max_bytes

    def send_receive_event_to_app(self) -> None:
        sink = self._sink
        if sink is not None and self.curr_msg_data_type == "bytes" and not self.close_sent:
            data = self.frames[0] if len(self.frames) == 1 else b"".join(self.frames)
            self.frames = []
            sink(data)
            return
        # uvicorn pauses reading after every message until the app takes it: two epoll changes per frame,
        # on every inbound sync session. Pause only once the app is QUEUED_BEFORE_PAUSE messages behind
        # (a frame is capped, so that still bounds what a fast sender can park here).
        if self.read_paused or self.queue.qsize() >= QUEUED_BEFORE_PAUSE:
            super().send_receive_event_to_app()
            return
        self.read_paused = True  # read by uvicorn as "already paused": it leaves the transport reading
        try:
            super().send_receive_event_to_app()
        finally:
            self.read_paused = False

    def handle_connect(self, event: Any) -> None:
        if not str(event.path).startswith(SYNC_PATH_PREFIX):
            self._set_frame_cap(self.config.ws_max_size)
        super().handle_connect(event)
        if getattr(self, "scope", None) is not None:
            self.scope.setdefault("extensions", {})[FRAME_CAP_EXTENSION] = {
                "set": self._set_frame_cap, "push": self._push_to, "send_now": self._send_now,
                "interrupt": lambda: self.queue.put_nowait({"type": "websocket.receive", _INTERRUPT: True})}


class Conn(Protocol):
    remote: str  # "host:port" for logs

    def allow_frames(self, max_bytes: int) -> None:
        """Lift the transport's frame cap to `max_bytes` (after the handshake proved the key)."""

    def push(self, sink: Callable[[bytes], None] | None) -> bool:
        """Hand binary frames to `sink` on the transport's own callback as they are parsed, in order,
        instead of through `receive` (no task wake-up per frame); None ends it. False when this
        connection cannot: `receive` keeps returning every frame. Everything else (text frames, the
        close) still comes through `receive`."""

    def interrupt(self, exc: BaseException) -> None:
        """Make the pending (or next) `receive` raise `exc`: how a sink's error reaches the reader."""

    def send_now(self, data: bytes) -> bool:
        """Send a binary frame without awaiting, when the transport takes it at once (no flow control
        pause, not closing): one call instead of a chain of coroutines. False: nothing was sent, await
        `send_bytes` instead."""

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
        cap = ws.scope.get("extensions", {}).get(FRAME_CAP_EXTENSION) or {}
        self._set_cap: Callable[[int], None] | None = cap.get("set")
        self._push_to: Callable[[Callable[[bytes], None] | None], list[dict[str, Any]]] | None = cap.get("push")
        self._wake: Callable[[], None] | None = cap.get("interrupt")
        self._send_now: Callable[[bytes], bool] | None = cap.get("send_now")
        self._held: deque[dict[str, Any]] = deque()  # queued before a push started, not for the sink
        self._interrupted: BaseException | None = None

    def push(self, sink: Callable[[bytes], None] | None) -> bool:
        if self._push_to is None or self._wake is None or (sink is not None and self._closed):
            return False
        queued = self._push_to(sink)
        if sink is None or any(m.get("type") != "websocket.receive" or m.get("bytes") is None for m in queued):
            if sink is not None:
                self._push_to(None)  # a close or a text frame is in line: keep the order, receive it all
            self._held.extend(queued)
            return False
        for message in queued:
            sink(message["bytes"])
        return True

    def interrupt(self, exc: BaseException) -> None:
        self._interrupted = exc
        if self._wake is not None:
            self._wake()

    def send_now(self, data: bytes) -> bool:
        return not self._closed and self._send_now is not None and self._send_now(data)

    def allow_frames(self, max_bytes: int) -> None:
        if self._set_cap is not None:  # absent under another server: its own ws_max_size is all there is
            self._set_cap(max_bytes)

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
        if self._interrupted is not None:
            raise self._interrupted
        try:
            msg = self._held.popleft() if self._held else await self.ws.receive()
        except (RuntimeError, OSError) as exc:
            self._closed = True
            raise ConnectionClosed() from exc
        if msg.get(_INTERRUPT):
            if self._interrupted is not None:
                raise self._interrupted
            return await self.receive()
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


try:  # the parser aiohttp puts behind a client websocket (its C or Python `WebSocketReader`)
    from aiohttp._websocket.reader import WebSocketDataQueue as _WebSocketDataQueue
    from aiohttp._websocket.reader import WebSocketReader as _WebSocketReader
except ImportError:  # pragma: no cover - another aiohttp layout: the dialer keeps one cap throughout
    _WebSocketReader = _WebSocketDataQueue = None

if _WebSocketDataQueue is not None:
    class _PushQueue(_WebSocketDataQueue):  # type: ignore[misc,valid-type]
        """What the lifted parser writes its messages to (`AiohttpConn.push`): a binary message goes
        to the sink on the parser's own callback; everything else, and any binary message while older
        ones still wait to be read, goes on to the response's queue (so `receive` and the sink never
        see messages out of order: what `receive` takes it handles before the loop runs again)."""

        def __init__(self, inner: Any) -> None:
            super().__init__(inner._protocol, 1, loop=asyncio.get_running_loop())  # never fills: all is passed on
            self.inner = inner
            self.sink: Callable[[bytes], None] | None = None

        def feed_data(self, data: Any, size: int) -> None:
            sink = self.sink
            if sink is not None and data[0] == aiohttp.WSMsgType.BINARY and not self.inner._buffer:
                sink(data[1])
                return
            self.inner.feed_data(data, size)

        def feed_eof(self) -> None:
            self.inner.feed_eof()

        def set_exception(self, *args: Any) -> None:
            self.inner.set_exception(*args)
else:  # pragma: no cover
    _PushQueue = None


class _ParserHandoff:
    """Sits in front of aiohttp's websocket parser so the frame cap can be lifted mid-connection.

    aiohttp fixes the cap (`max_msg_size`) when it builds the parser, so lifting it means a new parser;
    this object tracks frame boundaries (headers only, never payloads) and hands the byte stream to the
    new parser exactly at the next boundary, so no frame is split between the two.
    """

    def __init__(self, protocol: Any, inner: Any) -> None:
        self._protocol = protocol
        self._inner = inner
        self._next: Any = None
        self._header = bytearray()
        self._left = 0  # payload bytes of the current frame not yet seen

    @property
    def at_boundary(self) -> bool:
        return self._left == 0 and not self._header

    def _advance(self, data: bytes, *, stop_at_boundary: bool) -> int | None:
        """Walk `data` frame by frame; the offset of the first boundary when asked to stop there."""
        i, n = 0, len(data)
        while i < n:
            if stop_at_boundary and self.at_boundary and i > 0:
                return i
            if self._left:
                step = min(self._left, n - i)
                self._left -= step
                i += step
                continue
            self._header.append(data[i])
            i += 1
            h = self._header
            if len(h) >= 2:
                size_flag = h[1] & 0x7F
                need = 2 + (2 if size_flag == 126 else 8 if size_flag == 127 else 0) + (4 if h[1] & 0x80 else 0)
                if len(h) == need:
                    if size_flag < 126:
                        self._left = size_flag
                    else:
                        self._left = int.from_bytes(h[2:4] if size_flag == 126 else h[2:10], "big")
                    self._header.clear()
        return n if stop_at_boundary and self.at_boundary else None

    def hand_over(self, parser: Any) -> None:
        if self.at_boundary:
            self._protocol._payload_parser = parser
        else:
            self._next = parser

    def feed_data(self, data: bytes) -> tuple[bool, bytes]:
        if self._next is None:
            self._advance(data, stop_at_boundary=False)
            return self._inner.feed_data(data)
        cut = self._advance(data, stop_at_boundary=True)
        if cut is None:
            return self._inner.feed_data(data)
        if cut:
            failed, rest = self._inner.feed_data(data[:cut])
            if failed:
                return failed, rest
        self._protocol._payload_parser = self._next
        return self._next.feed_data(data[cut:]) if cut < len(data) else (False, b"")

    def feed_eof(self) -> None:
        self._inner.feed_eof()


class AiohttpConn:
    """The dialing side, over an aiohttp `ClientWebSocketResponse`.

    Dial with `max_msg_size=PRE_AUTH_MAX_BYTES` when `AiohttpConn.can_lift`: `allow_frames` then swaps in
    a parser with the normal cap once the handshake is done.
    """

    can_lift = _WebSocketReader is not None

    def __init__(self, ws: aiohttp.ClientWebSocketResponse, remote: str) -> None:
        self.ws = ws
        self.remote = remote
        self._handoff: _ParserHandoff | None = None
        try:  # installed before any await: aiohttp has fed it nothing but the bytes that came with the 101
            protocol = ws._conn.protocol  # type: ignore[union-attr]
            inner = protocol._payload_parser  # type: ignore[union-attr]
            if inner is not None and self.can_lift:
                self._handoff = _ParserHandoff(protocol, inner)
                protocol._payload_parser = self._handoff  # type: ignore[union-attr]
        except AttributeError:  # pragma: no cover - another aiohttp: allow_frames cannot lift the cap
            self._handoff = None
        self.liftable = self._handoff is not None
        self._push_queue: Any = None  # set once the cap is lifted: it can hand frames to a sink
        writer = getattr(ws, "_writer", None)  # for send_now; another aiohttp: every send is awaited
        self._writer: Any = writer if all(
            hasattr(writer, a) for a in ("_write_websocket_frame", "_closing", "compress", "protocol",
                                         "transport", "_output_size", "_limit")
        ) and hasattr(writer.protocol, "_paused") else None
        self._interrupted: BaseException | None = None

    def push(self, sink: Callable[[bytes], None] | None) -> bool:
        if self._push_queue is None:
            return False
        self._push_queue.sink = sink
        return sink is not None

    def interrupt(self, exc: BaseException) -> None:
        self._interrupted = exc
        if self._push_queue is not None:  # wakes a waiting receive, which raises `exc`
            self._push_queue.inner.feed_data(aiohttp.WSMessage(aiohttp.WSMsgType.BINARY, b"", None), 0)

    def allow_frames(self, max_bytes: int) -> None:
        if self._handoff is None or _WebSocketReader is None:
            return
        queue = self.ws._reader
        if _PushQueue is not None:
            try:
                queue = self._push_queue = _PushQueue(queue)
            except (TypeError, AttributeError):  # pragma: no cover - another aiohttp: frames come by receive
                self._push_queue = None
        try:
            parser = _WebSocketReader(queue, max_bytes, compress=False, decode_text=True)
        except TypeError:  # pragma: no cover - aiohttp before decode_text
            parser = _WebSocketReader(queue, max_bytes, compress=False)
        self.ws._parser = parser  # type: ignore[assignment]  # the response keeps its parser alive
        self._handoff.hand_over(parser)
        self._handoff = None

    def send_now(self, data: bytes) -> bool:
        """aiohttp's `send_frame` for an uncompressed frame, less its coroutine. False when the writer
        is closing, the transport paused, or the frame would cross the writer's limit: `send_frame`
        waits there for the transport to drain, if paused, and so must the caller."""
        writer = self._writer
        if (writer is None or self.ws.closed or writer._closing or writer.compress
                or writer.protocol._paused or writer.transport.is_closing()
                or writer._output_size + len(data) + 14 > writer._limit):  # 14: the longest header + mask
            return False  # the frame that crosses the writer's limit goes by send_frame: it drains
        writer._write_websocket_frame(data, aiohttp.WSMsgType.BINARY, 0)
        return True

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
        if self._interrupted is not None:
            raise self._interrupted
        msg = await self.ws.receive()
        if self._interrupted is not None:
            raise self._interrupted
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
