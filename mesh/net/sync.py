"""Replica <-> replica sync over websockets: the standard Yjs protocol behind a board-key handshake.

A `SyncNode` is this process's side of the mesh. It accepts connections at `/sync/{board}` (mounted on
the peer's FastAPI app by `mount_sync`) and dials other peers (`node.link(board, url)`). After the
handshake (`mesh.net.auth`) each connection is a `_Session` that speaks y-protocols:

- both sides send SYNC_STEP1 (their state vector) and answer the other's with SYNC_STEP2 (what it
  misses): a late joiner or a peer back from a partition catches up fully on every (re)connect;
- every transaction on the replica is relayed (`Replica.on_update` gives the source): along the
  shortest-path tree of the peer that made it when this peer can vouch for that tree, as RELAYED frames
  carrying the origin and a hash of the membership, else flooded as SYNC_UPDATE to every session except
  the one it came from (`mesh.net.topology.relay_targets`). The mesh needs only a connected graph, not a
  full mesh (`mesh.net.topology`); an update a replica already has makes no transaction, so a flood
  stops by itself. A tree has one path per peer, so a peer asks its neighbours what it misses (a
  SYNC_STEP1, and a QUERY_AWARENESS for their presence) when a session ends, when its view of the
  membership settles or differs from a sender's, every presence tick while a link it wants is down,
  and (the state vector alone) when an update arrives before one it builds on;
- awareness (presence: GPUs, progress with its thumbnails, who is here) follows the same trees, as
  RELAYED_AWARENESS frames, and floods where an update would; the awareness clock drops what is
  already known, so a flood stops too. Remote states expire after PRESENCE_TIMEOUT_S without renewal.

Why not pycrdt-websocket's YRoom + Provider: the wire protocol is the same, but they give no hook for a
handshake per connection, no size limits per frame, forward every update back to where it came from,
and the client neither notices a dead channel nor reconnects. Sessions here are small
enough to own those rules.

Limits: until the handshake is done, frames over `mesh.net.ws.PRE_AUTH_MAX_BYTES` close the connection with
1009 (the transport refuses them from their header: a stranger's 16 MiB never reaches memory); after
it, frames over `max_frame_bytes` close it with 1009, malformed ones with 1002. A connection counts
against `max_sessions` from the moment its handshake starts, at most `max_handshakes` handshakes run at
once, and each gets `handshake_timeout_s`: a flood of opens is refused with 1013, not queued. A reader
that falls `max_pending_frames` behind is closed with 1013 and catches up by state vector when it
reconnects. Nothing a remote sends can end anything but its own connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import aiohttp
from starlette.websockets import WebSocket

from mesh._log import QuietLogger, get_logger
from mesh.const import MAX_UPDATE_BYTES
from mesh.errors import AuthError, DecodeError, FrameTooLarge, ProtocolError, StoreError
from mesh.model.replica import Replica
from mesh.net._wire import (
    EMPTY_UPDATE,
    FrameKind,
    awareness_client_count,
    check_awareness,
    decode_frame,
    decode_relayed,
    encode_awareness,
    encode_query_awareness,
    encode_relayed,
    encode_relayed_awareness,
    encode_side,
    encode_step1,
    encode_step2,
    encode_update,
)
from mesh.net.auth import ClientHandshake, ServerHandshake, log_refusal, read_hello
from mesh.net.topology import DEFAULT_FANOUT, incident, relay_targets, tree_position, view_hash
from mesh.net.ws import (
    CLOSE_GOING_AWAY,
    CLOSE_OVERLOADED,
    CLOSE_POLICY,
    CLOSE_PROTOCOL_ERROR,
    CLOSE_TOO_BIG,
    PRE_AUTH_MAX_BYTES,
    AiohttpConn,
    Conn,
    ConnectionClosed,
    StarletteConn,
)

__all__ = ["Link", "SessionRules", "SyncNode", "SyncSettings", "WireStats", "mount_sync"]

log = get_logger("mesh.net.sync")
quiet = QuietLogger(log)

MAX_FRAME_BYTES = MAX_UPDATE_BYTES + 64
MAX_PENDING_FRAMES = 4_096
MAX_AWARENESS_BYTES = 256 * 1024
MAX_AWARENESS_CLIENTS = 512
MAX_SESSIONS = 256
MAX_HANDSHAKES = 32  # handshakes in progress at once (each is bounded by HANDSHAKE_TIMEOUT_S)
HANDSHAKE_TIMEOUT_S = 5.0
CONNECT_TIMEOUT_S = 5.0
HEARTBEAT_S = 10.0  # aiohttp pings; no pong within this -> the link is dead (pulled cable)
BACKOFF_MIN_S = 0.25
BACKOFF_MAX_S = 10.0
BACKOFF_REFUSED_S = 30.0  # a peer that refused our key is retried slowly (its key may be fixed)
STABLE_AFTER_S = 5.0  # a connection that lived this long resets the backoff
PRESENCE_TIMEOUT_S = 30.0  # a remote presence state not renewed for this long is dropped
PRESENCE_RENEW_S = 10.0  # our own state is re-sent at least this often (keeps it alive elsewhere)
PRESENCE_TICK_S = 2.0
ANTI_ENTROPY_S = 20.0  # each link re-sends its state vector this often, repairing any lost update
ASK_AGAIN_AFTER_S = 1.0  # an unanswered "what do I miss" is asked again after this
CATCH_UP_AFTER_S = 1.0  # a membership view this long unchanged: ask the neighbours what we missed
ROUTES_AFTER_S = 0.05  # sessions and membership this long unchanged: every origin's route is worked out
SHUTDOWN_TIMEOUT_S = 3.0
MAX_REFUSED_TRACKED = 1_024
CLOSE_INTERNAL_ERROR = 1011  # this side failed (its store cannot write); the other side may retry


@dataclass(frozen=True, slots=True, kw_only=True)
class SyncSettings:
    """Every limit and timing of a `SyncNode`, in one place (tests shrink the timings, the relay will
    tighten the limits); the defaults are the module's named constants above."""

    max_frame_bytes: int = MAX_FRAME_BYTES
    max_pending_frames: int = MAX_PENDING_FRAMES
    max_awareness_bytes: int = MAX_AWARENESS_BYTES
    max_awareness_clients: int = MAX_AWARENESS_CLIENTS
    max_sessions: int = MAX_SESSIONS
    max_handshakes: int = MAX_HANDSHAKES
    handshake_timeout_s: float = HANDSHAKE_TIMEOUT_S
    connect_timeout_s: float = CONNECT_TIMEOUT_S
    heartbeat_s: float = HEARTBEAT_S
    backoff_min_s: float = BACKOFF_MIN_S
    backoff_max_s: float = BACKOFF_MAX_S
    backoff_refused_s: float = BACKOFF_REFUSED_S
    stable_after_s: float = STABLE_AFTER_S
    presence_timeout_s: float = PRESENCE_TIMEOUT_S
    presence_renew_s: float = PRESENCE_RENEW_S
    anti_entropy_s: float = ANTI_ENTROPY_S


Verdict = tuple[int, str] | None
"""What a frame meter says about the next frame: None (go on) or (close code, reason)."""


@dataclass(frozen=True, slots=True)
class SessionRules:
    """What a session may do. A board-key peer may do everything (the default); the relay narrows it
    per token (`SyncNode.serve_authorized`): a viewer's writes are dropped, only peers send side
    frames, every frame passes a meter (message rate), and updates reach it only once on disk."""

    write: bool = True  # False: its STEP2/UPDATE frames are never applied, so never relayed either
    side: bool = True  # False: its SIDE frames are dropped
    meter: Callable[[int], Verdict] | None = None  # called with each frame's size before it is handled
    durable_first: bool = False  # send it an update only after the replica's store fsynced it


FULL_RULES = SessionRules()


class SideChannel(Protocol):
    """Requests between two authenticated peers on a session, beside sync (`mesh.storage.asset_channel`)."""

    def on_frame(self, session: _Session, payload: bytes) -> None: ...

    def on_close(self, session: _Session) -> None: ...


class ReplicaSource(Protocol):
    """What the node needs from `mesh.storage.hub.BoardHub`: the open replicas by board name."""

    replicas: dict[str, Replica]


@dataclass(slots=True)
class WireStats:
    """Bytes and frames this node sent and received (websocket payloads plus websocket frame headers)."""

    sent_bytes: int = 0
    recv_bytes: int = 0
    sent_frames: int = 0
    recv_frames: int = 0
    sent_by_kind: dict[str, int] = field(default_factory=dict)  # bytes
    frames_by_kind: dict[str, int] = field(default_factory=dict)

    def count_sent(self, kind: str, payload: int, *, masked: bool) -> None:
        size = payload + _ws_header(payload, masked=masked)
        self.sent_bytes += size
        self.sent_frames += 1
        self.sent_by_kind[kind] = self.sent_by_kind.get(kind, 0) + size
        self.frames_by_kind[kind] = self.frames_by_kind.get(kind, 0) + 1

    def count_recv(self, payload: int, *, masked: bool) -> None:
        self.recv_bytes += payload + _ws_header(payload, masked=masked)
        self.recv_frames += 1


def _ws_header(n: int, *, masked: bool) -> int:
    """RFC 6455 frame header size: 2 bytes, +2 or +8 for the length, +4 for a client's mask."""
    return 2 + (0 if n < 126 else 2 if n < 65_536 else 8) + (4 if masked else 0)


class _Overflow(Exception):
    pass


class _Resume:
    """Awaits the rest of a send coroutine that `_Session._enqueue` started eagerly and that suspended
    (a full transport buffer: it waits to drain). `fut` is what it yielded; awaiting this object in the
    writer task finishes the coroutine there, as if the task had started it."""

    __slots__ = ("coro", "fut", "kind", "size")

    def __init__(self, coro: Any, fut: Any, kind: str, size: int) -> None:
        self.coro, self.fut, self.kind, self.size = coro, fut, kind, size

    def __await__(self) -> Any:
        fut = self.fut
        while True:
            try:
                yield fut  # a Future (its blocking flag still set) or None (a bare yield): the task waits
            except BaseException as exc:  # cancelled while waiting: the coroutine gets it where it waits
                try:
                    fut = self.coro.throw(exc)
                except StopIteration as stop:
                    return stop.value
                continue
            try:
                fut = self.coro.send(None)
            except StopIteration as stop:
                return stop.value


# FrameKind's members as plain names: an enum attribute costs ~60 ns a lookup, four lookups a frame.
_STEP1, _STEP2, _UPDATE, _RELAYED = FrameKind.STEP1, FrameKind.STEP2, FrameKind.UPDATE, FrameKind.RELAYED
_RELAYED_AWARENESS, _QUERY_AWARENESS = FrameKind.RELAYED_AWARENESS, FrameKind.QUERY_AWARENESS


class _Metered(Exception):
    """The session's meter refused a frame: close with `verdict` (code, reason)."""

    def __init__(self, verdict: tuple[int, str]) -> None:
        super().__init__(verdict[1])
        self.verdict = verdict


class _Session:
    """One authenticated connection carrying one board, in either direction."""

    def __init__(self, node: SyncNode, replica: Replica, conn: Conn, remote_peer: str, *, dialer: bool,
                 rules: SessionRules = FULL_RULES) -> None:
        self.node = node
        self.rules = rules
        self.replica = replica
        self.conn = conn
        self.remote_peer = remote_peer
        self.dialer = dialer  # our frames are masked when we dialed (websocket clients mask)
        self.synced = asyncio.Event()
        self._pending: deque[tuple[str, bytes]] = deque()
        self._wake = asyncio.Event()
        self._idle = False  # the writer waits for work with nothing queued: a frame may be sent at once
        self._eager: _Resume | None = None  # a send started at once that had to wait (the writer ends it)
        self._eager_error: BaseException | None = None  # what a send started at once raised
        self._overflow = False
        self._asked_until = 0.0  # a STEP1 asking for what an update waits on is in flight until then
        self._told_presence_at = -1e9  # when we last answered a presence query (one answer a second)

    def _enqueue(self, kind: str, frame: bytes) -> None:
        if self._overflow:
            return
        if self._idle and not self._pending and not self.rules.durable_first:
            self._send_now(kind, frame)
            return
        if len(self._pending) >= self.node.settings.max_pending_frames:
            self._overflow = True  # stop queueing; the writer closes, the reconnect resyncs by state vector
        else:
            self._pending.append((kind, frame))
        self._wake.set()

    def _send_now(self, kind: str, frame: bytes) -> None:
        """Send on the caller's turn of the loop instead of waking the writer task for it: with nothing
        queued the frame is the next in order anyway. A relay hop is then one task wake-up (the reader's)
        instead of two. The send almost always completes without waiting (the transport buffers it); if
        it has to wait (to drain), the writer finishes it before anything queued after it."""
        if self.conn.send_now(frame):
            self.node.stats.count_sent(kind, len(frame), masked=self.dialer)
            return
        self._idle = False  # until the writer runs again, whatever comes next queues behind this frame
        coro = self.conn.send_bytes(frame)
        try:
            fut = coro.send(None)
        except StopIteration:
            self.node.stats.count_sent(kind, len(frame), masked=self.dialer)
            self._idle = True
            return
        except BaseException as exc:  # the writer raises it in its own task
            self._eager_error = exc
        else:
            self._eager = _Resume(coro, fut, kind, len(frame))
        self._wake.set()

    def _send_presence(self) -> None:
        """Every presence state this replica holds, in one frame (a session's start, a query's answer)."""
        awareness = self.replica.presence.awareness
        if awareness.states:
            self._enqueue("awareness", encode_awareness(awareness.encode_awareness_update(list(awareness.states))))

    def send_side(self, payload: bytes) -> None:
        """Queue a side-channel frame (behind any sync frames already queued: one FIFO per session)."""
        self._enqueue("side", encode_side(payload))

    async def _writer(self) -> None:
        try:
            while True:
                if not self._wake.is_set():
                    self._idle = not self._pending
                    await self._wake.wait()
                self._idle = False
                self._wake.clear()
                if self._eager_error is not None:
                    error, self._eager_error = self._eager_error, None
                    raise error
                if (eager := self._eager) is not None:
                    await eager
                    self._eager = None
                    self.node.stats.count_sent(eager.kind, eager.size, masked=self.dialer)
                batch = len(self._pending)
                if self.rules.durable_first and batch:
                    # What a client learns from here is on disk first, so a crash never takes back an
                    # update someone already saw; frames queued meanwhile wait for the next flush.
                    await self.replica.flushed()
                while self._pending and not self._overflow and batch > 0:
                    kind, frame = self._pending.popleft()
                    batch -= 1
                    await self.conn.send_bytes(frame)
                    self.node.stats.count_sent(kind, len(frame), masked=self.dialer)
                if self._pending and not self._overflow:
                    self._wake.set()
                if self._overflow:
                    quiet.warning(f"overflow:{self.remote_peer}", "peer %s reads too slowly for board %s: "
                                  "closing; it catches up when it reconnects", self.remote_peer,
                                  self.replica.name)
                    self._pending.clear()
                    await self.conn.close(CLOSE_OVERLOADED, "too far behind")
                    return
        except ConnectionClosed:
            await self.conn.close()
        except StoreError as exc:
            log.error("board %s: cannot make updates durable (%s); closing the session to %s",
                      self.replica.name, exc, self.remote_peer)
            await self.conn.close(CLOSE_INTERNAL_ERROR, "the store cannot write")

    async def run(self) -> None:
        replica = self.replica
        self.node._attach(self)
        writer = asyncio.create_task(self._writer(), name=f"sync-writer-{self.remote_peer}")
        resync = asyncio.create_task(self._anti_entropy(), name=f"sync-resync-{self.remote_peer}")
        push: Callable[[Callable[[bytes], None] | None], bool] | None = None
        try:
            self._enqueue("sync", encode_step1(replica.doc.get_state()))
            self._send_presence()
            push = getattr(self.conn, "push", None)
            if push is not None and not push(self._pushed):
                push = None
            while True:
                self._take(await self.conn.receive())
        except _Metered as exc:
            quiet.warning(f"metered:{self.remote_peer}", "closing connection %s (%s), board %s: %s",
                          self.remote_peer, self.conn.remote, self.replica.name, exc.verdict[1])
            await self.conn.close(*exc.verdict)
        except FrameTooLarge as exc:
            self._refuse(CLOSE_TOO_BIG, exc)
            await self.conn.close(CLOSE_TOO_BIG, "frame too large")
        except DecodeError as exc:
            self._refuse(CLOSE_PROTOCOL_ERROR, exc)
            await self.conn.close(CLOSE_PROTOCOL_ERROR, "malformed frame")
        finally:
            if push is not None:
                push(None)  # a late frame must not reach a session that is gone
            self._idle = False  # nothing is sent at once any more: what comes now queues for no one
            self.node._detach(self)
            self.node._session_ended(self)
            if self.node.side is not None:
                self.node.side.on_close(self)
            resync.cancel()
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError, ConnectionClosed):
                await writer
            if self._eager is not None:
                self._eager.coro.close()
                self._eager = None
            with contextlib.suppress(asyncio.CancelledError):
                await resync

    def _take(self, frame: bytes | str) -> None:
        """One frame from the remote, whichever way it came (`receive` or the transport's push)."""
        self.node.stats.count_recv(len(frame), masked=not self.dialer)
        if isinstance(frame, str):
            raise DecodeError("text frame after the handshake")
        if self.rules.meter is not None:
            verdict = self.rules.meter(len(frame))
            if verdict is not None:
                raise _Metered(verdict)
        self._handle(frame)

    def _pushed(self, frame: bytes) -> None:
        """A frame handed over on the transport's callback (`Conn.push`): handled at once, no task
        wakes for it. What it raises stops the push and is raised by the reader's `receive`, so the
        connection ends exactly as if the frame had come that way."""
        try:
            self._take(frame)
        except Exception as exc:
            self.conn.push(None)
            self.conn.interrupt(exc)

    async def _anti_entropy(self) -> None:
        """Re-send our state vector now and then: the other side answers with anything we lack.

        Links are FIFO, but an update can still go missing (a session dropped between frames, or yrs
        leaving an update pending forever when it arrived before its parent — seen with pycrdt 0.14);
        this repairs it without waiting for a reconnect. It costs one state vector plus the peer's
        delete set per link per period.
        """
        while True:
            await asyncio.sleep(self.node.settings.anti_entropy_s)
            self._enqueue("sync", encode_step1(self.replica.doc.get_state()))

    def _refuse(self, code: int, exc: Exception) -> None:
        quiet.warning(f"bad-frame:{self.remote_peer}:{code}", "closing connection to peer %s (%s), board %s: %s",
                      self.remote_peer, self.conn.remote, self.replica.name, exc)

    def _handle(self, frame: bytes) -> None:
        kind, payload = decode_frame(frame, max_bytes=self.node.settings.max_frame_bytes)
        replica = self.replica
        if kind is _STEP1:
            try:
                diff = replica.doc.get_update(payload)
            except ValueError as exc:
                raise DecodeError(f"bad state vector: {exc}") from exc
            self._enqueue("sync", encode_step2(diff))
        elif kind is _RELAYED or kind is _UPDATE or kind is _STEP2:
            tag: tuple[str, bytes] | None = None
            if kind is _RELAYED:
                origin, view, payload = decode_relayed(payload)
                members = self.node.members.get(replica.name)
                if members is not None and self.remote_peer in members:
                    tag = (origin, view)  # only a discovered mesh peer steers our relaying, never a relay
                    if view != self.node.views.get(replica.name):
                        self.node._catch_up_soon(replica.name)  # views differ: a tree may pass us by
            self._apply(payload, tag)
            if kind is _STEP2:
                self._asked_until = 0.0
                self.synced.set()
        elif kind is _RELAYED_AWARENESS:
            origin, view, payload = decode_relayed(payload)
            members = self.node.members.get(replica.name)
            tag = (origin, view) if members is not None and self.remote_peer in members else None
            self._apply_awareness(payload, tag)
        elif kind is _QUERY_AWARENESS:
            now = time.monotonic()  # answered once a second at most: a query is 1 byte, its answer is not
            if now - self._told_presence_at >= ASK_AGAIN_AFTER_S:
                self._told_presence_at = now
                self._send_presence()
        elif kind == FrameKind.SIDE:
            if not self.rules.side:
                quiet.warning(f"side:{self.remote_peer}", "dropped side frames from %s (%s): its token is not "
                              "a peer token", self.remote_peer, self.conn.remote)
            elif self.node.side is not None:
                self.node.side.on_frame(self, payload)
        else:
            self._apply_awareness(payload)

    def _apply(self, update: bytes, tag: tuple[str, bytes] | None) -> None:
        if update == EMPTY_UPDATE:
            return
        if not self.rules.write:  # a viewer: never applied, so never stored nor relayed
            quiet.warning(f"read-only:{self.remote_peer}", "dropped writes from read-only connection %s "
                          "(%s) to board %s", self.remote_peer, self.conn.remote, self.replica.name)
            return
        node = self.node
        node._applying = tag
        try:
            if not self.replica.apply_remote(update, source=self.remote_peer):
                raise DecodeError("update refused by the replica")
        finally:
            node._applying = None
        if self.replica.waits_for_more(update):
            self._ask_for_missing()

    def _ask_for_missing(self) -> None:
        """An update arrived before one it builds on (lost with a session that died, or on its way by
        another tree): the sender has integrated it, so it has what we lack. One question in flight."""
        now = time.monotonic()
        if now < self._asked_until:
            return
        self._asked_until = now + ASK_AGAIN_AFTER_S
        self._enqueue("sync", encode_step1(self.replica.doc.get_state()))

    def _apply_awareness(self, payload: bytes, tag: tuple[str, bytes] | None = None) -> None:
        if len(payload) > self.node.settings.max_awareness_bytes:
            raise FrameTooLarge(f"awareness update of {len(payload)} bytes")
        if awareness_client_count(payload) > self.node.settings.max_awareness_clients:
            raise DecodeError("too many clients in one awareness update")
        check_awareness(payload)  # all or nothing: pycrdt would apply the entries before a bad one
        node = self.node
        node._aware_applying = (self, tag)
        try:  # the session itself is the origin: no peer id can pass for "local"
            self.replica.presence.awareness.apply_awareness_update(payload, self)
        except (ValueError, RuntimeError, IndexError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise DecodeError(f"bad awareness update: {exc!r}") from exc
        finally:
            node._aware_applying = None


class Link:
    """A connection this node keeps open to one peer for one board: reconnects with backoff and jitter."""

    def __init__(self, node: SyncNode, board: str, url: str) -> None:
        self.node = node
        self.board = board
        self.url = url
        self.state = "idle"  # connecting | handshake | open | backoff | refused | stopped
        self.remote_peer: str | None = None
        self.refused = False
        self.connects = 0
        self.last_error = ""  # why the last attempt failed or the last connection ended (status lines)
        self.retry_in_s = 0.0  # the wait chosen before the next dial
        self._session: _Session | None = None
        self._synced = asyncio.Event()
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @property
    def synced(self) -> bool:
        return self._synced.is_set()

    async def wait_synced(self, timeout_s: float | None = None) -> None:
        """Until the current connection has caught up with the peer (TimeoutError after `timeout_s`)."""
        async with asyncio.timeout(timeout_s):
            await self._synced.wait()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"sync-link-{self.board}-{self.url}")

    async def stop(self) -> None:
        self._stop.set()
        if self._session is not None:
            await self._session.conn.close(CLOSE_GOING_AWAY, "peer leaving")
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self.state = "stopped"

    async def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            began = time.monotonic()
            try:
                await self._connect_once()
            except AuthError as exc:
                self.refused = True
                self.state = "refused"
                self.last_error = str(exc)
                self._log_refused(exc)
            except (ConnectionClosed, aiohttp.ClientError, OSError, TimeoutError, ProtocolError) as exc:
                self.last_error = self._describe(exc)
                log.debug("link %s %s ended: %s", self.board, self.url, self.last_error)
            finally:
                self._session = None
                self._synced.clear()
            if self._stop.is_set():
                break
            if time.monotonic() - began > self.node.settings.stable_after_s:
                attempt = 0
            self.retry_in_s = self._backoff_s(attempt)
            attempt = min(attempt + 1, 30)
            if self.state != "refused":
                self.state = "backoff"
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), self.retry_in_s)

    def _backoff_s(self, attempt: int) -> float:
        """Exponential, capped higher after a refusal, with jitter: peers that lost one switch do not
        reconnect in step."""
        settings = self.node.settings
        cap = settings.backoff_refused_s if self.state == "refused" else settings.backoff_max_s
        return min(cap, settings.backoff_min_s * 2**attempt) * random.uniform(0.5, 1.0)

    def _log_refused(self, exc: AuthError) -> None:
        log_refusal(self.remote_peer or "?", self.board, self.url, str(exc))

    def _describe(self, exc: BaseException) -> str:
        return f"{type(exc).__name__}: {str(exc)[:200]}"

    async def _connect_once(self) -> None:
        replica = self.node.replicas.get(self.board)
        if replica is None:
            raise ProtocolError(f"board {self.board} is not open here")
        self.state = "connecting"
        session = await self.node.http_session()
        async with asyncio.timeout(self.node.settings.connect_timeout_s):
            # Until the peer proved the key it gets the small cap; AiohttpConn lifts it after the welcome.
            cap = PRE_AUTH_MAX_BYTES if AiohttpConn.can_lift else self.node.settings.max_frame_bytes
            ws = await session.ws_connect(self.url, max_msg_size=cap,
                                          heartbeat=self.node.settings.heartbeat_s, autoping=True)
        conn = AiohttpConn(ws, self.url)
        if cap < self.node.settings.max_frame_bytes and not conn.liftable:  # pragma: no cover - another aiohttp
            AiohttpConn.can_lift = False
            await conn.close()
            raise ProtocolError("cannot lift the frame cap of this aiohttp: redialling with the normal cap")
        try:
            self.state = "handshake"
            hs = ClientHandshake(self.board, replica.key, self.node.peer_id)
            try:
                async with asyncio.timeout(self.node.settings.handshake_timeout_s):
                    await conn.send_text(hs.hello())
                    await conn.send_text(hs.on_challenge(await conn.receive()))
                    self.remote_peer = hs.on_welcome(await conn.receive())
            except ConnectionClosed as exc:
                if exc.code == CLOSE_POLICY:
                    raise AuthError(f"{self.url} refused us for board {self.board}") from exc
                raise
            conn.allow_frames(self.node.settings.max_frame_bytes)
            await self._run_session(conn, replica, self.remote_peer)
        finally:
            await conn.close()

    async def _run_session(self, conn: Conn, replica: Replica, remote_peer: str) -> None:
        """Sync over an open connection until it ends (the part every kind of link shares)."""
        self.refused = False
        self.connects += 1
        self.state = "open"
        self.last_error = ""
        self._session = _Session(self.node, replica, conn, remote_peer, dialer=True)
        watcher = asyncio.create_task(self._watch_synced(self._session))
        try:
            await self._session.run()
        finally:
            watcher.cancel()

    async def _watch_synced(self, session: _Session) -> None:
        await session.synced.wait()
        log.info("board %s synced with peer %s (%s)", self.board, self.remote_peer, self.url)
        self._synced.set()


class SyncNode:
    """This process's end of the mesh: accepts sessions, dials links, keeps presence alive."""

    def __init__(
        self,
        hub: ReplicaSource | Mapping[str, Replica],
        *,
        peer_id: str,
        settings: SyncSettings | None = None,
    ) -> None:
        self._hub = hub
        self.peer_id = peer_id
        self.settings = settings or SyncSettings()
        self._admitted = 0  # inbound connections from the start of their handshake to their end
        self._handshaking = 0
        self.stats = WireStats()
        self.links: dict[tuple[str, str], Link] = {}
        self.inbound: set[_Session] = set()
        self.refused_inbound: dict[tuple[str, str], str] = {}  # (board, claimed peer id) -> remote host
        self.side: SideChannel | None = None  # set by whoever serves side requests (MeshService: assets)
        self._http: aiohttp.ClientSession | None = None
        self._presence_task: asyncio.Task[None] | None = None
        self._closing = False
        # Each board's mesh as discovery sees it (MeshService keeps it current): updates follow the
        # origin's tree over it (`mesh.net.topology.relay_targets`). A board without an entry floods.
        self.members: dict[str, frozenset[str]] = {}
        self.views: dict[str, bytes] = {}  # each board's membership hash (this peer included), kept with members
        self.fanout = DEFAULT_FANOUT
        self._applying: tuple[str, bytes] | None = None  # while a RELAYED frame is applied: (origin, view)
        # while a session applies awareness: it, and (origin, view) if the frame was RELAYED_AWARENESS
        self._aware_applying: tuple[_Session, tuple[str, bytes] | None] | None = None
        # Sessions by replica, and one update listener per replica: a transaction is routed once and
        # handed to the sessions it goes to (not offered to every session to refuse).
        self._attached: dict[int, tuple[Replica, set[_Session], Callable[[], None]]] = {}
        self._relays: dict[tuple[str, str | None, bytes | None, str | None], tuple[tuple[_Session, bool], ...]] = {}
        self._catch_up: dict[str, asyncio.TimerHandle] = {}
        self._routing: asyncio.TimerHandle | None = None  # the pending `_work_out_routes`

    @property
    def replicas(self) -> Mapping[str, Replica]:
        hub = self._hub
        return hub if isinstance(hub, Mapping) else hub.replicas

    def sessions(self, board: str | None = None) -> list[_Session]:
        """Open sessions (inbound and outbound), optionally only those of one board."""
        out = list(self.inbound) + [link._session for link in self.links.values() if link._session is not None]
        return [s for s in out if board is None or s.replica.name == board]

    def connected_peers(self, board: str) -> set[str]:
        return {s.remote_peer for s in self.sessions(board)}

    def _attach(self, session: _Session) -> None:
        replica = session.replica
        entry = self._attached.get(id(replica))
        if entry is None:
            unsubscribe = replica.on_update(lambda update, source: self._relay_update(replica, update, source))
            aware_sub = replica.presence.observe(lambda topic, args: self._relay_awareness(replica, topic, args))

            def unsubscribe_both() -> None:
                unsubscribe()
                with contextlib.suppress(KeyError):
                    replica.presence.unobserve(aware_sub)

            entry = self._attached[id(replica)] = (replica, set(), unsubscribe_both)
        entry[1].add(session)
        self._routes_changed()

    def _detach(self, session: _Session) -> None:
        entry = self._attached.get(id(session.replica))
        if entry is None:
            return
        entry[1].discard(session)
        if not entry[1]:
            entry[2]()
            del self._attached[id(session.replica)]
        self._routes_changed()

    def _relay_update(self, replica: Replica, update: bytes, source: str | None) -> None:
        """Hand one transaction to the sessions it goes to (`mesh.net.topology.relay_targets`)."""
        if update == EMPTY_UPDATE:
            return
        entry = self._attached.get(id(replica))
        if entry is None:
            return
        board = replica.name
        members = self.members.get(board)
        origin: str | None = None
        view: bytes | None = None
        if members is not None:
            if source is None:
                origin, view = self.peer_id, self.views[board]
            elif self._applying is not None:
                origin, view = self._applying
        route = self._route_of(entry[1], board, members, origin, view, source)
        self._hand_out(route, "update", update, origin, view, encode_update, encode_relayed)

    def _relay_awareness(self, replica: Replica, topic: str, args: tuple[dict[str, Any], Any]) -> None:
        """Hand one presence change to the sessions it goes to: along the tree of the peer whose state
        changed (our own, or the origin a RELAYED_AWARENESS frame named), else as a flood. Flooded, each
        renewal crossed every link in both directions (7,200 frames per 10 s at 32 peers, for 32
        renewals); along the trees it crosses n-1."""
        if topic != "update":
            return
        changes, why = args
        ids = [*changes["added"], *changes["updated"], *changes["removed"]]
        entry = self._attached.get(id(replica))
        if not ids or entry is None:
            return
        board = replica.name
        members = self.members.get(board)
        origin: str | None = None
        view: bytes | None = None
        source: str | None = None
        applying = self._aware_applying
        if applying is not None and why is applying[0]:  # from that session: on along the tree it named
            source, tag = applying[0].remote_peer, applying[1]
            if tag is not None:
                origin, view = tag
        elif why == "local":  # our own state, set or renewed (`tend_presence`)
            if members is not None:
                origin, view = self.peer_id, self.views[board]
        # else a state we dropped (`tend_presence`'s "timeout"): every session is told
        route = self._route_of(entry[1], board, members, origin, view, source)
        if route:
            data = replica.presence.awareness.encode_awareness_update(ids)
            self._hand_out(route, "awareness", data, origin, view, encode_awareness, encode_relayed_awareness)

    def _route_of(self, sessions: set[_Session], board: str, members: frozenset[str] | None, origin: str | None,
                  view: bytes | None, source: str | None) -> tuple[tuple[_Session, bool], ...]:
        """The kept route for this kind of transaction (`_route`), worked out now if it is not kept."""
        key = (board, origin, view, source)
        route = self._relays.get(key)
        if route is None:
            if len(self._relays) > 4_096:
                self._relays.clear()
            route = self._relays[key] = self._route(sessions, members, origin, view, source)
        return route

    @staticmethod
    def _hand_out(route: tuple[tuple[_Session, bool], ...], kind: str, data: bytes, origin: str | None,
                  view: bytes | None, plain: Callable[[bytes], bytes],
                  relayed: Callable[[str, bytes, bytes], bytes]) -> None:
        """Queue `data` on every session of `route`, as a plain frame or along the tree (with origin and
        view), each kind of frame encoded once for all of them."""
        plain_frame: bytes | None = None
        relayed_frame: bytes | None = None
        for session, along_tree in route:
            if along_tree:
                if relayed_frame is None:
                    relayed_frame = relayed(origin, view, data)  # type: ignore[arg-type]
                session._enqueue(kind, relayed_frame)
            else:
                if plain_frame is None:
                    plain_frame = plain(data)
                session._enqueue(kind, plain_frame)

    def _route(self, sessions: set[_Session], members: frozenset[str] | None, origin: str | None,
               view: bytes | None, source: str | None) -> tuple[tuple[_Session, bool], ...]:
        """The sessions one kind of transaction goes to, each with whether it goes along the origin's
        tree (a RELAYED frame: a mesh peer relays it on) or plain. Kept per (board, origin, view, source)
        until a session or the membership changes, so a relay hop costs a lookup, not a tree."""
        if members is None:
            return tuple((s, False) for s in sessions if s.remote_peer != source)
        relay = relay_targets(self.peer_id, origin=origin, view=view, source=source,
                              connected={s.remote_peer for s in sessions}, members=members, fanout=self.fanout)
        tree = relay.tree and origin is not None and view is not None
        return tuple((s, tree and s.remote_peer in members) for s in sessions
                     if s.remote_peer != source and s.remote_peer in relay.targets)

    def _routes_changed(self) -> None:
        """Sessions or membership changed: the kept routes are stale. New ones are worked out once the
        change has settled (`ROUTES_AFTER_S`), off any edit's path."""
        self._relays.clear()
        if self._routing is not None:
            self._routing.cancel()
            self._routing = None
        if not self._closing:
            with contextlib.suppress(RuntimeError):  # no running loop (set up before the node starts)
                self._routing = asyncio.get_running_loop().call_later(ROUTES_AFTER_S, self._work_out_routes)

    def _work_out_routes(self) -> None:
        """Keep the route of every origin's tree through this peer, as it comes from the tree parent,
        and of our own edits. Worked out on an edit's first pass instead, each cost 20-40 µs at 32 peers
        on the edit's path, and after each change every peer paid it once per origin: in a run of 50
        edits from random authors, 14 per edit, ~15 % of its latency."""
        self._routing = None
        for replica, sessions, _ in self._attached.values():
            board = replica.name
            members, view = self.members.get(board), self.views.get(board)
            if members is None or view is None:
                continue  # no trees: every transaction floods, its route one lookup away
            ids = members | {self.peer_id}
            connected = {s.remote_peer for s in sessions}
            for origin in ids:
                source = None
                if origin != self.peer_id:
                    source, _ = tree_position(origin, self.peer_id, ids, fanout=self.fanout)
                    if source not in connected:
                        continue  # its frames come another way, if at all: worked out when they do
                key = (board, origin, view, source)
                if key not in self._relays:
                    self._relays[key] = self._route(sessions, members, origin, view, source)

    def set_members(self, board: str, peer_ids: Iterable[str], *, fanout: int = DEFAULT_FANOUT) -> None:
        """The board's mesh peers as discovery sees them (this peer included or not): the relay trees.

        While views differ, a tree may pass us by; once ours settles (a second without change) we ask
        every neighbour what we miss, so nothing waits for the 20 s repair. A relayed frame computed
        from another view does the same (our view may be the stale one)."""
        members = frozenset(peer_ids) - {self.peer_id}
        self.fanout = fanout
        if self.members.get(board) == members:
            return
        self.members[board] = members
        self.views[board] = view_hash(members | {self.peer_id})
        self._routes_changed()
        if (old := self._catch_up.pop(board, None)) is not None:
            old.cancel()
        self._catch_up_soon(board)

    def _catch_up_soon(self, board: str) -> None:
        """Ask the neighbours what we miss in CATCH_UP_AFTER_S, unless that is already planned."""
        if board in self._catch_up or self._closing:
            return
        with contextlib.suppress(RuntimeError):  # no running loop (set up before the node starts)
            self._catch_up[board] = asyncio.get_running_loop().call_later(
                CATCH_UP_AFTER_S, self._ask_neighbours, board)

    def _ask_neighbours(self, board: str, *, skip: _Session | None = None) -> None:
        """Send our state vector on the board's sessions, and ask the mesh peers among them for their
        presence: each answers with whatever we lack. Presence has no state vector; a change a tree took
        past us would otherwise be missed until the gap closes. Only trees pass a peer by, so a relay
        (no membership) or a Yjs client is never asked."""
        self._catch_up.pop(board, None)
        if self._closing:
            return
        members = self.members.get(board) or frozenset()
        for session in self.sessions(board):
            if session is not skip:
                session._enqueue("sync", encode_step1(session.replica.doc.get_state()))
                if session.remote_peer in members:
                    session._enqueue("awareness", encode_query_awareness())

    def _link_down(self, board: str) -> bool:
        """Whether a session this peer's topology wants for `board` is missing (then its tree parent
        may be unable to reach it, and it asks its neighbours every presence tick instead)."""
        members = self.members.get(board)
        if not members:
            return False
        return not incident(self.peer_id, members | {self.peer_id}, self.fanout) <= self.connected_peers(board)

    def _session_ended(self, ended: _Session) -> None:
        """A session's end loses whatever was in flight on it, and a tree has no second path for it
        (a flood had several): the board's other sessions ask what we miss; the answers are small."""
        self._ask_neighbours(ended.replica.name, skip=ended)

    def _ensure_started(self) -> None:
        if self._presence_task is None and not self._closing:
            self._presence_task = asyncio.create_task(self._presence_loop(), name="sync-presence")

    async def http_session(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession()
        return self._http

    # -- dialing ---------------------------------------------------------------------------------------

    def link(self, board: str, url: str) -> Link:
        """Keep a connection to `url` (ws://host:port/sync/<board>) for `board`; idempotent."""
        existing = self.links.get((board, url))
        return existing if existing is not None else self.keep(Link(self, board, url))

    def keep(self, link: Link) -> Link:
        """Start `link` (a `Link` or a kind of it, e.g. `mesh.net.relay_link.RelayLink`) and keep it until
        `unlink`/`aclose`; idempotent by (board, url): an existing link is returned, `link` is dropped."""
        self._ensure_started()
        existing = self.links.get((link.board, link.url))
        if existing is not None:
            return existing
        self.links[(link.board, link.url)] = link
        link.start()
        return link

    async def unlink(self, board: str, url: str) -> None:
        link = self.links.pop((board, url), None)
        if link is not None:
            await link.stop()

    # -- accepting -------------------------------------------------------------------------------------

    async def serve(self, conn: Conn, board: str) -> None:
        """Run one accepted connection to its end: handshake, then sync. Never raises for a bad peer.

        The connection is counted against `max_sessions` before its first await, so concurrent opens
        cannot all pass the check while none has finished its handshake."""
        self._ensure_started()
        limits = self.settings
        if self._closing or self._admitted >= limits.max_sessions or self._handshaking >= limits.max_handshakes:
            await conn.close(CLOSE_OVERLOADED, "too many sessions")
            return
        self._admitted += 1
        self._handshaking += 1
        shaking = True

        def handshake_over() -> None:
            nonlocal shaking
            if shaking:
                shaking = False
                self._handshaking -= 1

        try:
            await self._serve(conn, board, handshake_over)
        finally:
            handshake_over()
            self._admitted -= 1

    async def _serve(self, conn: Conn, board: str, handshake_over: Callable[[], None]) -> None:
        peer = "?"
        challenged = False
        try:
            async with asyncio.timeout(self.settings.handshake_timeout_s):
                hello_board, peer, nonce = read_hello(await conn.receive())
                replica = self.replicas.get(board)
                if hello_board != board or replica is None or peer == self.peer_id:
                    reason = "unknown board" if replica is None else "bad hello"
                    log_refusal(peer, board, conn.remote, reason)
                    await conn.close(CLOSE_POLICY, "refused")
                    return
                hs = ServerHandshake(board, replica.key, self.peer_id, peer, nonce)
                await conn.send_text(hs.challenge())
                challenged = True
                await conn.send_text(hs.on_proof(await conn.receive()))
            handshake_over()
            conn.allow_frames(self.settings.max_frame_bytes)
        except AuthError as exc:
            log_refusal(peer, board, conn.remote, str(exc))
            self._note_refused(board, peer, conn.remote)
            await conn.close(CLOSE_POLICY, "refused")
            return
        except (DecodeError, TimeoutError) as exc:
            log_refusal(peer, board, conn.remote, f"bad handshake: {exc!r}")
            await conn.close(CLOSE_POLICY, "refused")
            return
        except ConnectionClosed:
            if challenged:  # it saw our proof and hung up: it could not verify it, so it lacks the key
                log_refusal(peer, board, conn.remote, "left after our challenge (it does not hold the key?)")
                self._note_refused(board, peer, conn.remote)
            return
        session = _Session(self, replica, conn, peer, dialer=False)
        self.inbound.add(session)
        log.info("peer %s (%s) joined board %s", peer, conn.remote, board)
        try:
            await session.run()
        except ConnectionClosed:
            pass
        finally:
            self.inbound.discard(session)
            await conn.close()

    async def serve_authorized(self, conn: Conn, board: str, *, remote: str, rules: SessionRules) -> None:
        """Run a connection whose credential the caller has checked (a relay token): no board-key
        handshake, plain y-protocols from the first frame, within `rules`. It counts against
        `max_sessions` like any other; `remote` names it in logs and must be unique per connection."""
        self._ensure_started()
        replica = self.replicas.get(board)
        if self._closing or self._admitted >= self.settings.max_sessions:
            await conn.close(CLOSE_OVERLOADED, "too many sessions")
            return
        if replica is None:
            await conn.close(CLOSE_POLICY, "unknown board")
            return
        self._admitted += 1
        try:
            conn.allow_frames(self.settings.max_frame_bytes)
            session = _Session(self, replica, conn, remote, dialer=False, rules=rules)
            self.inbound.add(session)
            try:
                await session.run()
            except ConnectionClosed:
                pass
            finally:
                self.inbound.discard(session)
                await conn.close()
        finally:
            self._admitted -= 1

    def _note_refused(self, board: str, peer: str, remote: str) -> None:
        # Peers choose these ids: keep the map bounded; MeshService trusts an entry only when the remote
        # address matches where discovery saw that peer, so nobody gets an honest peer excluded by name.
        if len(self.refused_inbound) >= MAX_REFUSED_TRACKED:
            self.refused_inbound.pop(next(iter(self.refused_inbound)))
        self.refused_inbound[(board, peer)] = remote.rsplit(":", 1)[0].strip("[]")

    # -- presence --------------------------------------------------------------------------------------

    async def _presence_loop(self) -> None:
        while True:
            await asyncio.sleep(PRESENCE_TICK_S)
            for replica in list(self.replicas.values()):
                self.tend_presence(replica)
                if self._link_down(replica.name):
                    self._ask_neighbours(replica.name)

    def tend_presence(self, replica: Replica, *, now_ms: int | None = None) -> None:
        """Renew our own presence state before others drop it; drop remote states nobody renewed."""
        awareness = replica.presence.awareness
        now_ms = now_ms if now_ms is not None else int(time.time() * 1000)
        own = awareness.meta.get(awareness.client_id)
        local = awareness.get_local_state()
        if local is not None and own and now_ms - own["lastUpdated"] >= self.settings.presence_renew_s * 1000:
            awareness.set_local_state(local)
        stale = [cid for cid, meta in awareness.meta.items()
                 if cid != awareness.client_id and cid in awareness.states
                 and now_ms - meta["lastUpdated"] >= self.settings.presence_timeout_s * 1000]
        if stale:
            awareness.remove_awareness_states(stale, "timeout")

    # -- lifecycle -------------------------------------------------------------------------------------

    async def drain(self, timeout_s: float) -> bool:
        """Wait until every session has sent what it queued (True) or `timeout_s` passed (False)."""
        try:
            async with asyncio.timeout(timeout_s):
                while any(s._pending for s in self.sessions()):  # noqa: ASYNC110 - sessions come and go
                    await asyncio.sleep(0.01)
        except TimeoutError:
            return False
        return True

    async def aclose(self) -> None:
        """Say goodbye (presence null), close every link and session, stop background work."""
        self._closing = True
        if self._routing is not None:
            self._routing.cancel()
        for timer in self._catch_up.values():
            timer.cancel()
        self._catch_up.clear()
        for replica in list(self.replicas.values()):
            if replica.presence.awareness.get_local_state() is not None:
                replica.presence.awareness.set_local_state(None)  # others drop us now, not after a timeout
        await self.drain(SHUTDOWN_TIMEOUT_S / 2)  # let the writers put the goodbye on the wire
        async with asyncio.timeout(SHUTDOWN_TIMEOUT_S):
            for link in list(self.links.values()):
                await link.stop()
            for session in list(self.inbound):
                await session.conn.close(CLOSE_GOING_AWAY, "peer leaving")
        self.links.clear()
        if self._presence_task is not None:
            self._presence_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._presence_task
        if self._http is not None:
            await self._http.close()

    async def __aenter__(self) -> SyncNode:
        self._ensure_started()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def mount_sync(app: Any, hub: ReplicaSource, *, peer_id: str, path: str = "/sync/{board}",
               settings: SyncSettings | None = None) -> SyncNode:
    """Serve `path` on a FastAPI/Starlette app and return the node (also at `app.state.sync_node`).

    Start the node's background work inside the app's loop (`MeshService` does; so does the first
    connection) and `await node.aclose()` on shutdown.
    """
    node = SyncNode(hub, peer_id=peer_id, settings=settings)

    async def sync_endpoint(websocket: WebSocket, board: str) -> None:
        await websocket.accept()
        await node.serve(StarletteConn(websocket), board)

    if hasattr(app, "add_api_websocket_route"):  # FastAPI (and NiceGUI's app)
        app.add_api_websocket_route(path, sync_endpoint)
    else:  # plain Starlette
        app.add_websocket_route(path, sync_endpoint)
    app.state.sync_node = node
    return node

