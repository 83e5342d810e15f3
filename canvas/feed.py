"""From board changes to browser diffs: one `BoardFeed` per open board, shared by every canvas view.

The feed observes the document (deep events say *which* block, edge or job changed) and presence,
coalesces what changed over a short window, and hands each subscribed view one small diff:

    {"blocks": {id: view | None}, "edges": {id: edge | None}, "sequence": [...], "shots": {id: shot},
     "comments": [...], "snapshots": [...], "activity": {...}, "users": [...]}

Only the keys that changed are present. Diffs, not the board: a NiceGUI prop update resends every prop,
so the component gets diffs through `run_method` (a 1,000-block board would resend megabytes per edit).
Reads happen after the transaction, on
the event loop (never inside a pycrdt callback), and a view that fails is dropped, not the feed.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any

from pycrdt import Array, Map

from mesh._log import get_logger
from mesh.model import annotations
from mesh.model.board import Intent
from mesh.model.jobs import Job, job, jobs
from mesh.model.replica import Replica
from mesh.model.roster import Roster

from .model import activity_view, block_view, board_snapshot, intent_status, shots_view, users_view

__all__ = ["BoardFeed"]

log = get_logger("canvas.feed")

Listener = Callable[[dict[str, Any]], None]

FLUSH_DELAY_S = 0.04  # coalesce a burst of transactions (a drag of 50 blocks) into one diff
PRESENCE_INTERVAL_S = 0.25  # cursors and GPU telemetry: at most 4 pushes a second
ACTIVITY_INTERVAL_S = 1.0


class BoardFeed:
    """Turns one replica's changes into diffs for the canvas views subscribed to it."""

    def __init__(self, replica: Replica, *, flush_delay_s: float = FLUSH_DELAY_S,
                 presence_interval_s: float = PRESENCE_INTERVAL_S) -> None:
        self.replica = replica
        self.board = replica.board
        self.roster = Roster(self.board, "canvas:view")
        self.flush_delay_s = flush_delay_s
        self.presence_interval_s = presence_interval_s
        self._listeners: list[Listener] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._handle: asyncio.TimerHandle | None = None
        self._presence_handle: asyncio.TimerHandle | None = None
        self._dirty_blocks: set[str] = set()
        self._dirty_edges: set[str] = set()
        self._dirty_jobs = False
        self._dirty_job_ids: set[str] = set()
        self._intent_jobs: dict[str, set[str]] | None = None  # intent id -> its job ids, built once
        self._job_intent: dict[str, str] = {}
        self._progress: dict[str, dict[str, Any]] = {}  # the live progress views last got
        self._dirty: set[str] = set()  # root names: sequence, log, comments, snapshots
        self._status: dict[str, dict[str, Any]] = {}
        self._last_users: list[dict[str, Any]] = []
        self._shots: dict[str, dict[str, Any]] | None = None  # what views last got: sent again only if changed
        doc = self.board.doc
        self._subs = [
            (doc.get("blocks", type=Map), doc.get("blocks", type=Map).observe_deep(self._on_blocks)),
            (doc.get("edges", type=Map), doc.get("edges", type=Map).observe_deep(self._on_edges)),
            (doc.get("jobs", type=Map), doc.get("jobs", type=Map).observe_deep(self._on_jobs)),
        ]
        for name, kind in (("sequence", Array), ("log", Array), ("comments", Map), ("snapshots", Map)):
            root = doc.get(name, type=kind)
            self._subs.append((root, root.observe_deep(self._marker(name))))
        self._awareness_sub = replica.presence.observe(self._on_presence)

    # -- subscription -----------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._loop = self._loop or asyncio.get_running_loop()
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    @property
    def listeners(self) -> int:
        return len(self._listeners)

    def close(self) -> None:
        for root, sub in self._subs:
            with contextlib.suppress(Exception):
                root.unobserve(sub)
        self.replica.presence.unobserve(self._awareness_sub)
        for handle in (self._handle, self._presence_handle):
            if handle is not None:
                handle.cancel()
        self._listeners.clear()

    def snapshot(self) -> dict[str, Any]:
        """The full picture for a newly connected view (also primes the status cache)."""
        snap = board_snapshot(self.replica)
        self._index()
        self._progress = self.replica.presence.progress()
        self._shots = snap["shots"]
        for b in snap["blocks"]:
            if b["kind"] == "intent":
                self._status[b["id"]] = b["status"]
        snap["activity"] = self.activity()
        snap["users"] = users_view(self.replica, self.replica.name)
        return snap

    def activity(self) -> dict[str, Any]:
        return activity_view(self.replica, self.roster.live())

    # -- document events (inside pycrdt callbacks: only record what changed) ---------------------------
    def _on_blocks(self, events: list[Any]) -> None:
        for event in events:
            if event.path:
                self._dirty_blocks.add(str(event.path[0]))
            else:
                self._dirty_blocks.update(str(k) for k in (getattr(event, "keys", None) or {}))
        self._schedule()

    def _on_edges(self, events: list[Any]) -> None:
        for event in events:
            if event.path:
                self._dirty_edges.add(str(event.path[0]))
            else:
                self._dirty_edges.update(str(k) for k in (getattr(event, "keys", None) or {}))
        self._schedule()

    def _on_jobs(self, events: list[Any]) -> None:
        for event in events:
            if event.path:
                self._dirty_job_ids.add(str(event.path[0]))
            else:
                self._dirty_job_ids.update(str(k) for k in (getattr(event, "keys", None) or {}))
        self._dirty_jobs = True
        self._schedule()

    def _marker(self, name: str) -> Callable[[Any], None]:
        # one positional parameter only: pycrdt passes the transaction too when a callback takes two
        return lambda _events: self._mark(name)

    def _mark(self, name: str) -> None:
        self._dirty.add(name)
        self._schedule()

    def _on_presence(self, topic: str, change: tuple[dict[str, Any], Any]) -> None:
        if topic != "change" or self._loop is None or self._presence_handle is not None:
            return
        self._presence_handle = self._loop.call_later(self.presence_interval_s, self._flush_presence)

    def _schedule(self) -> None:
        if self._loop is None or self._handle is not None:
            return
        self._handle = self._loop.call_later(self.flush_delay_s, self._flush)

    # -- flushing (on the loop, after the transaction) -----------------------------------------------
    def _flush(self) -> None:
        self._handle = None
        try:
            diff = self.diff()
        except Exception:  # never let a bad entry kill the feed; the next change retries
            log.exception("could not build a canvas diff")
            return
        if diff:
            self._send(diff)

    def diff(self) -> dict[str, Any]:
        """Collect everything marked dirty since the last diff (public for tests)."""
        board = self.board
        diff: dict[str, Any] = {}
        blocks, self._dirty_blocks = self._dirty_blocks, set()
        edges, self._dirty_edges = self._dirty_edges, set()
        dirty, self._dirty = self._dirty, set()
        jobs_dirty, self._dirty_jobs = self._dirty_jobs, False
        job_ids, self._dirty_job_ids = self._dirty_job_ids, set()
        seq = board.sequence()
        if "sequence" in dirty:
            diff["sequence"] = seq  # the browser numbers the intents from it
        progress = self.replica.presence.progress()
        if jobs_dirty:
            blocks.update(self._changed_statuses(job_ids, progress))
            dirty.add("log")
        if blocks:
            out: dict[str, Any] = {}
            for block_id in blocks:
                view = board.block(block_id)
                if view is None:
                    out[block_id] = None
                    self._status.pop(block_id, None)
                    continue
                status = None
                if isinstance(view, Intent):
                    status = self._status.get(block_id) or intent_status(
                        board, block_id, progress, all_jobs=self._jobs_of(block_id))
                    self._status[block_id] = status
                out[block_id] = block_view(board, view, status=status)
                if view.kind.value == "gen_art":  # takes and "chosen" live on the intent too
                    intent = board.block(str(view.get("intent_id")))
                    if intent is not None and intent.id not in blocks:
                        out[intent.id] = block_view(board, intent, status=self._status.get(intent.id))
            diff["blocks"] = out
        if edges:
            current = {e.id: e for e in board.edges()}
            diff["edges"] = {eid: current[eid].to_dict() if eid in current else None for eid in edges}
        if "comments" in dirty:
            diff["comments"] = [c.to_dict() for c in annotations.comments(board)]
        if "snapshots" in dirty:
            diff["snapshots"] = [s.to_dict() for s in annotations.snapshots(board)]
        if "sequence" in dirty or edges or (blocks and self._may_renumber(blocks)):
            shots = shots_view(board)  # numbers, locks and cut points follow order, takes and directives
            if shots != self._shots:
                self._shots = shots
                diff["shots"] = shots
        if "log" in dirty:
            diff["activity"] = self.activity()
        return diff

    def _may_renumber(self, block_ids: set[str]) -> bool:
        """Whether a change to these blocks can move a shot's number, length or cut: an intent, a take or a
        comp changed (or went); activity, narration and the rest never do."""
        for block_id in block_ids:
            view = self.board.block(block_id)
            if view is None or view.kind.value in ("intent", "gen_art", "comp"):
                return True
        return False

    def _index(self) -> dict[str, set[str]]:
        """Which jobs belong to which intent: one scan of the jobs, then kept current from job events."""
        if self._intent_jobs is None:
            self._intent_jobs = {}
            for j in jobs(self.board):
                self._intent_jobs.setdefault(j.intent_id, set()).add(j.id)
                self._job_intent[j.id] = j.intent_id
        return self._intent_jobs

    def _jobs_of(self, intent_id: str) -> list[Job]:
        found = (job(self.board, job_id) for job_id in self._index().get(intent_id, ()))
        return [j for j in found if j is not None]

    def _reindex(self, job_ids: set[str]) -> set[str]:
        """Update the index for these jobs; returns the intents they belong (or belonged) to."""
        index = self._index()
        intents = set()
        for job_id in job_ids:
            before = self._job_intent.pop(job_id, None)
            if before is not None:
                index.get(before, set()).discard(job_id)
                intents.add(before)
            j = job(self.board, job_id)
            if j is not None:
                index.setdefault(j.intent_id, set()).add(job_id)
                self._job_intent[job_id] = j.intent_id
                intents.add(j.intent_id)
        return intents

    def _changed_statuses(self, job_ids: set[str], progress: dict[str, dict[str, Any]]) -> set[str]:
        """Intents whose status differs from what views last got, among those whose jobs changed or whose
        live progress changed: the work follows what changed, not the size of the board."""
        first = self._intent_jobs is None
        intents = self._reindex(job_ids)
        moved = {k for k in progress.keys() | self._progress.keys() if progress.get(k) != self._progress.get(k)}
        self._progress = progress
        intents |= {self._job_intent[k] for k in moved if k in self._job_intent}
        if first:
            intents |= set(self._index())
        changed = set()
        for intent_id in intents:
            if not isinstance(self.board.block(intent_id), Intent):
                continue
            status = intent_status(self.board, intent_id, progress, all_jobs=self._jobs_of(intent_id))
            if self._status.get(intent_id) != status:
                self._status[intent_id] = status
                changed.add(intent_id)
        return changed

    def _flush_presence(self) -> None:
        self._presence_handle = None
        try:
            diff: dict[str, Any] = {}
            users = users_view(self.replica, self.replica.name)
            if users != self._last_users:
                self._last_users = users
                diff["users"] = users
            changed = self._changed_statuses(set(), self.replica.presence.progress())
            if changed:
                diff["blocks"] = {i: block_view(self.board, self.board.intent(i), status=self._status[i])
                                  for i in changed}
            diff["activity"] = self.activity()
        except Exception:
            log.exception("could not build a presence diff")
            return
        self._send(diff)

    def _send(self, diff: dict[str, Any]) -> None:
        for listener in list(self._listeners):
            try:
                listener(diff)
            except Exception:
                log.exception("a canvas view failed; dropping it")
                with contextlib.suppress(ValueError):
                    self._listeners.remove(listener)
