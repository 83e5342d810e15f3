"""Assets over the sync session: a peer fetches an input from any peer it shares a board with, whoever dialled.

HTTP (`peers.asset_http`) needs an address to dial, and the peer that accepted a connection has none for
the dialler (an invite is one-way: the joiner dials the inviter; behind the future relay home peers only
dial out). Every linked pair already has an authenticated websocket session per board, so assets also
travel there, as side frames next to sync (`mesh.net.sync.SideChannel`). It lives beside the store
(not in `peers`) because the relay both serves and caches assets this way too; it needs nothing of a
session but `send_side`, `replica` and `remote_peer`, so it imports no networking:

    WANT   op=1, request id (u32), offset (u64), sha256 (32 bytes)
    CHUNK  op=2, request id, offset, total size (u64), mime length (u8), mime, up to CHUNK_BYTES of data
    NOPE   op=3, request id, reason (UTF-8)

The fetcher pulls: it asks for one chunk, then keeps WINDOW chunks in flight, so a large clip never
floods the session queue and sync frames keep flowing between chunks. A peer serves only assets named on
the board of that session (holding one board's key gives no access to another board's assets). Bytes go
through `AssetStore.writer(expect=sha)`, so nothing lands in the store unless it hashes to its name, and
never more than `max_bytes`.
"""

from __future__ import annotations

import asyncio
import struct
from collections import deque
from typing import Any

from mesh._log import get_logger
from mesh.const import MAX_ASSET_BYTES
from mesh.errors import AssetError, AssetIntegrityError, AssetNotFound, DecodeError
from mesh.model.schema import BLOCK_SPECS
from mesh.storage.assets import AssetMeta, AssetStore, short_hash, validate_hash

__all__ = ["AssetChannel"]

log = get_logger("mesh.storage.asset_channel")

WANT, CHUNK, NOPE = 1, 2, 3
CHUNK_BYTES = 256 * 1024
WINDOW = 4  # chunks in flight per transfer
REPLY_TIMEOUT_S = 30.0  # longest wait for one chunk
MAX_SERVING = 16  # chunk reads in progress per session; more are answered "busy"
_WANT = struct.Struct(">BIQ32s")
_CHUNK = struct.Struct(">BIQQB")
_NOPE = struct.Struct(">BI")


class AssetChannel:
    """Serves and fetches assets over `mesh.net.sync` sessions; install with ``node.side = AssetChannel(...)``."""

    def __init__(self, store: AssetStore, *, max_bytes: int = MAX_ASSET_BYTES) -> None:
        self.store = store
        self.max_bytes = max_bytes
        self._next_id = 0
        self._waiting: dict[tuple[int, int], tuple[Any, asyncio.Future[tuple[int, int, str, bytes]]]] = {}
        self._serving: dict[int, set[asyncio.Task[None]]] = {}
        self._granted: dict[int, set[str]] = {}

    # -- serving -----------------------------------------------------------------------------------
    def on_frame(self, session: Any, payload: bytes) -> None:
        if not payload:
            raise DecodeError("empty side frame")
        op = payload[0]
        if op == WANT:
            if len(payload) != _WANT.size:
                raise DecodeError("malformed asset request")
            _, req, offset, raw = _WANT.unpack(payload)
            tasks = self._serving.setdefault(id(session), set())
            if len(tasks) >= MAX_SERVING:
                session.send_side(_nope(req, "busy"))
                return
            task = asyncio.get_running_loop().create_task(self._serve(session, req, offset, raw.hex()))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        elif op in (CHUNK, NOPE):
            self._answer(session, op, payload)
        else:
            raise DecodeError(f"unknown side request {op}")

    def on_close(self, session: Any) -> None:
        for task in self._serving.pop(id(session), set()):
            task.cancel()
        self._granted.pop(id(session), None)
        for key in [k for k, (s, _) in self._waiting.items() if s is session]:
            _, fut = self._waiting.pop(key)
            if not fut.done():
                fut.set_exception(AssetError(f"the session to peer {session.remote_peer} closed mid-transfer"))

    def _named_on(self, session: Any, sha: str) -> bool:
        granted = self._granted.setdefault(id(session), set())
        if sha in granted:
            return True
        for block in session.replica.board.blocks():
            if "asset" in BLOCK_SPECS[block.kind].fields and block.get("asset") == sha:
                granted.add(sha)
                return True
        return False

    async def _serve(self, session: Any, req: int, offset: int, sha: str) -> None:
        try:
            if not self._named_on(session, sha) or not await asyncio.to_thread(self.store.has, sha):
                session.send_side(_nope(req, "not here"))
                return
            meta, data = await asyncio.to_thread(self._read, sha, offset)
        except (AssetError, OSError) as exc:
            session.send_side(_nope(req, str(exc)[:200]))
            return
        mime = meta.mime.encode()[:255]
        session.send_side(_CHUNK.pack(CHUNK, req, offset, meta.size, len(mime)) + mime + data)

    def _read(self, sha: str, offset: int) -> tuple[AssetMeta, bytes]:
        meta = self.store.meta(sha)
        with self.store.path(sha).open("rb") as f:
            f.seek(offset)
            return meta, f.read(CHUNK_BYTES)

    # -- fetching ----------------------------------------------------------------------------------
    def _answer(self, session: Any, op: int, payload: bytes) -> None:
        if op == NOPE:
            if len(payload) < _NOPE.size:
                raise DecodeError("malformed asset refusal")
            _, req = _NOPE.unpack_from(payload)
            reply: tuple[int, int, str, bytes] | BaseException = AssetNotFound(
                payload[_NOPE.size:].decode("utf-8", "replace") or "not here")
        else:
            if len(payload) < _CHUNK.size:
                raise DecodeError("malformed asset chunk")
            _, req, offset, total, mime_len = _CHUNK.unpack_from(payload)
            start = _CHUNK.size + mime_len
            mime = payload[_CHUNK.size:start].decode("ascii", "replace")
            reply = (offset, total, mime, payload[start:])
        entry = self._waiting.pop((id(session), req), None)
        if entry is None or entry[1].done():
            return  # an answer nobody waits for any more (timed out): ignore it
        if isinstance(reply, BaseException):
            entry[1].set_exception(reply)
        else:
            entry[1].set_result(reply)

    def _ask(self, session: Any, sha: str, offset: int) -> asyncio.Future[tuple[int, int, str, bytes]]:
        self._next_id = (self._next_id + 1) % 2**32
        fut: asyncio.Future[tuple[int, int, str, bytes]] = asyncio.get_running_loop().create_future()
        self._waiting[(id(session), self._next_id)] = (session, fut)
        session.send_side(_WANT.pack(WANT, self._next_id, offset, bytes.fromhex(sha)))
        return fut

    async def _reply(self, fut: asyncio.Future[tuple[int, int, str, bytes]], offset: int
                     ) -> tuple[int, str, bytes]:
        try:
            async with asyncio.timeout(REPLY_TIMEOUT_S):
                got_offset, total, mime, data = await fut
        except TimeoutError as exc:
            raise AssetError(f"no answer within {REPLY_TIMEOUT_S:.0f} s") from exc
        if got_offset != offset:
            raise AssetIntegrityError(f"asked for offset {offset}, got {got_offset}")
        return total, mime, data

    async def fetch(self, session: Any, sha: str) -> AssetMeta:
        """Pull `sha` from the peer at the other end of `session` into the store, hash-checked.

        Raises AssetNotFound (it does not have it, or it is not named on that board), AssetIntegrityError
        (wrong bytes; nothing stored) or AssetError (session closed, too large, no answer).
        """
        validate_hash(sha)
        if await asyncio.to_thread(self.store.has, sha):
            return await self.store.meta_async(sha)
        total, mime, data = await self._reply(self._ask(session, sha, 0), 0)
        if total > self.max_bytes:
            raise AssetError(f"asset {short_hash(sha)} is {total} bytes, over the limit of {self.max_bytes} bytes")
        writer = await asyncio.to_thread(self.store.writer, expect=sha, max_bytes=self.max_bytes)
        pending: deque[tuple[int, asyncio.Future[tuple[int, int, str, bytes]]]] = deque()
        try:
            received = len(data)
            await asyncio.to_thread(writer.write, data)
            asked = received
            while received < total:
                if not data or received > total:
                    raise AssetIntegrityError(f"peer sent a bad chunk at {received} of {total} bytes")
                while asked < total and len(pending) < WINDOW:
                    pending.append((asked, self._ask(session, sha, asked)))
                    asked += CHUNK_BYTES
                offset, fut = pending.popleft()
                if offset != received:
                    raise AssetIntegrityError(f"peer sent a short chunk before offset {offset}")
                _, _, data = await self._reply(fut, offset)
                await asyncio.to_thread(writer.write, data)
                received += len(data)
            return await asyncio.to_thread(writer.commit, mime_hint=mime or None)
        finally:
            for _, fut in pending:
                fut.cancel()
            for key in [k for k, (s, f) in self._waiting.items() if s is session and f.cancelled()]:
                del self._waiting[key]
            await asyncio.to_thread(writer.abort)


def _nope(req: int, reason: str) -> bytes:
    return _NOPE.pack(NOPE, req) + reason.encode()[:200]
