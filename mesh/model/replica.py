"""A replica: one board's document as held by one process, with its store, presence and key.

This is the unit that sync (`mesh.net.sync`), the peer runner, the canvas and the relay all share: they
read and write through `replica.board` (typed accessors), publish ephemeral state through
`replica.presence`, and move bytes between replicas with `apply_remote` / `on_update`.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from pycrdt import Awareness, Doc, Subscription, TransactionEvent, get_update

from mesh._log import QuietLogger, get_logger
from mesh.const import MAX_UPDATE_BYTES
from mesh.errors import DecodeError, FrameTooLarge
from mesh.model.board import Board

try:  # yrs's document under pycrdt's wrapper: the dry run of every remote update needs nothing more
    from pycrdt._pycrdt import Doc as _RawDoc
except ImportError:  # pragma: no cover - another pycrdt layout: the wrapper does the same, slower
    _RawDoc = None

__all__ = ["Presence", "Replica"]

log = get_logger("mesh.model.replica")
quiet = QuietLogger(log)

UpdateListener = Callable[[bytes, str | None], None]


class Presence:
    """Ephemeral per-process state (GPU telemetry, job progress, cursors) over Yjs awareness.

    Never stored, never in the document history: a peer that stops simply times out of everyone's view.
    """

    def __init__(self, doc: Doc) -> None:
        self.awareness = Awareness(doc)

    def observe(self, callback: Callable[[str, tuple[dict[str, Any], Any]], None]) -> str:
        """`awareness.observe`, but a callback that raises is logged and the others still run: pycrdt
        calls them in turn from inside `apply_awareness_update`, so one broken observer would stop the
        rest and look like a bad frame from whoever sent the update (its session would be closed)."""

        failed = False

        def guarded(topic: str, change: tuple[dict[str, Any], Any]) -> None:
            nonlocal failed
            try:
                callback(topic, change)
            except Exception:  # once with its traceback; every presence frame would repeat it
                if not failed:
                    log.exception("presence observer %r failed (later failures are logged at debug)", callback)
                else:
                    log.debug("presence observer %r failed again", callback, exc_info=True)
                failed = True

        return self.awareness.observe(guarded)

    def unobserve(self, subscription: str) -> None:
        self.awareness.unobserve(subscription)

    def set(self, field: str, value: Any) -> None:
        """Publish a field; an unchanged value sends nothing (the sync layer renews states on its own)."""
        state = dict(self.awareness.get_local_state() or {})
        if field in state and state[field] == value:
            return
        state[field] = value
        self.awareness.set_local_state(state)

    def local(self) -> dict[str, Any]:
        return dict(self.awareness.get_local_state() or {})

    def states(self) -> list[dict[str, Any]]:
        """Every known client's state (ours included); malformed ones are skipped."""
        return [s for s in self.awareness.states.values() if isinstance(s, dict)]

    def peers(self) -> dict[str, dict[str, Any]]:
        """States published by peers (those with a `peer` field), by peer id."""
        out = {}
        for state in self.states():
            peer = state.get("peer")
            if isinstance(peer, dict) and isinstance(peer.get("id"), str):
                out[peer["id"]] = state
        return out

    def progress(self) -> dict[str, dict[str, Any]]:
        """Live progress of every running job known through presence: job id -> {fraction, msg, peer}."""
        out: dict[str, dict[str, Any]] = {}
        for peer_id, state in self.peers().items():
            runs = state.get("runs")
            if isinstance(runs, dict):
                for job_id, run in runs.items():
                    if isinstance(run, dict):
                        out[str(job_id)] = {**run, "peer": peer_id}
        return out


class Replica:
    """One board held by this process."""

    def __init__(self, name: str, *, doc: Doc | None = None, key: bytes | None = None,
                 max_update_bytes: int = MAX_UPDATE_BYTES) -> None:
        self.name = name
        self.doc = doc if doc is not None else Doc()
        self.board = Board(self.doc)
        self.presence = Presence(self.doc)
        self.key = key or secrets.token_bytes(32)
        self.max_update_bytes = max_update_bytes
        self._listeners: list[UpdateListener] = []
        self._remote_depth = 0
        self._remote_source: str | None = None
        self._integrated: bytes | None = None  # what the last remote apply changed, as yrs encodes it
        self._sub: Subscription = self.doc.observe(self._on_transaction)
        self.durable: Callable[[], Awaitable[None]] | None = None  # set by the hub: its store's flush

    async def flushed(self) -> None:
        """Wait until every change made to this replica so far is on disk (fsynced).

        The peer runner awaits it between winning a claim and starting the backend, so a claim is
        never rendered that a crash could forget. A replica without a store returns at once. Raises
        StoreError when the store cannot write.
        """
        if self.durable is not None:
            await self.durable()

    def _on_transaction(self, event: TransactionEvent) -> None:
        source = self._remote_source if self._remote_depth else None
        update = event.update  # one copy out of yrs, the same object for every listener
        if source is not None:
            self._integrated = update
        for listener in list(self._listeners):
            try:
                listener(update, source)
            except Exception:  # a broken listener must not break the document
                log.exception("update listener failed")

    def on_update(self, listener: UpdateListener) -> Callable[[], None]:
        """Call `listener(update, source)` for every transaction; source is None for local edits."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def apply_remote(self, update: bytes, *, source: str) -> bool:
        """Apply an update from another replica; a malformed or oversized one is refused, never raised.

        Returns False (and logs once per source) when refused; the document is unchanged then.
        """
        try:
            self.check_update(update)
            update = bytes(update)
            # yrs integrates an update item by item: a structurally broken one raises RuntimeError half
            # way, after changing the document. A dry run on an empty twin costs O(update), not
            # O(document), and catches every error the update carries by itself.
            dry_run(update)
            self._remote_depth += 1
            self._remote_source = source
            try:
                self.doc.apply_update(update)
            finally:
                self._remote_depth -= 1
        except (FrameTooLarge, DecodeError) as exc:
            quiet.warning(f"bad-update:{source}", "refused update from %s: %s", source, exc)
            return False
        except (ValueError, RuntimeError) as exc:
            quiet.warning(f"bad-update:{source}", "refused malformed update from %s: %s", source, exc)
            return False
        return True

    def check_update(self, update: bytes) -> None:
        if not isinstance(update, bytes | bytearray | memoryview):
            raise DecodeError(f"update must be bytes, not {type(update).__name__}")
        if len(update) > self.max_update_bytes:
            raise FrameTooLarge(f"update of {len(update)} bytes exceeds {self.max_update_bytes}")

    def waits_for_more(self, update: bytes) -> bool:
        """Whether part of an applied `update` is still held back for something this replica lacks (an
        earlier update of its author, or one it builds on): then a sync exchange fetches it. What is left
        of it once our state vector is taken out starts with its count of struct groups: zero when all of
        it was integrated (its delete set, always left, is not a wait).

        Most of the time the transaction that applied it changed exactly the update (yrs encodes the
        change byte for byte as it came): then all of it was integrated, and the state vector and the
        diff (~4 µs a frame on a board of 32 writers) are skipped. Anything else is checked in full."""
        if self._integrated is not None and self._integrated == update:
            return False
        try:
            rest = get_update(bytes(update), self.doc.get_state())
        except (ValueError, RuntimeError):
            return False
        return bool(rest) and rest[0] != 0

    def state(self) -> bytes:
        """The whole document as one update (for a first sync or a snapshot)."""
        return self.doc.get_update()

    def close(self) -> None:
        self.doc.unobserve(self._sub)
        self._listeners.clear()


def dry_run(update: bytes) -> None:
    """Apply `update` to an empty document and drop it: raises what applying it would (ValueError,
    RuntimeError). On yrs's own document when pycrdt exposes it: 1.4 µs a frame against 5.4 µs through
    `pycrdt.Doc`, whose constructor makes locks and asks anyio for the event loop (every frame pays it)."""
    if _RawDoc is None:  # pragma: no cover - another pycrdt layout
        Doc().apply_update(update)
        return
    doc = _RawDoc(None, False, None)
    txn = doc.create_transaction()
    try:
        doc.apply_update(txn, update)
    finally:
        with contextlib.suppress(Exception):  # a twin half changed by a broken update: dropped anyway
            txn.commit()
            txn.drop()


def key_path(board_dir: Path) -> Path:
    return board_dir / "board.key"
