"""What changed in a board since you last looked, from the document's own deep events.

Loops that keep something derived from a board (narration, the list of wanted assets) must not rescan
10,000 blocks to learn that nothing happened. A `BoardChanges` observes the blocks, jobs and log roots
and collects the ids the transactions touched; `take()` hands them over and starts a new batch. The
first batch is `everything`: the consumer builds its state once from a full scan, then only updates it.

The callbacks only record ids (never read the document inside a pycrdt callback); reads happen in the
consumer, after the transaction.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

from pycrdt import Array, Map

from .board import Board

__all__ = ["BoardChanges", "Changes"]


@dataclass(slots=True)
class Changes:
    """One batch: block and job ids added, changed or removed, whether the log grew, or everything."""

    everything: bool = False
    blocks: set[str] = field(default_factory=set)
    jobs: set[str] = field(default_factory=set)
    log: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.blocks) or bool(self.jobs) or self.log


def _touched(events: list[Any], into: set[str]) -> None:
    """Top-level keys of a root map that a batch of deep events touched."""
    for event in events:
        path = getattr(event, "path", None)
        if path:
            into.add(str(path[0]))  # a field inside one entry changed
        else:
            into.update(str(k) for k in (getattr(event, "keys", None) or {}))  # entries added or removed


class BoardChanges:
    """Collects changed block and job ids of one board between two `take()` calls."""

    def __init__(self, board: Board) -> None:
        self._pending = Changes(everything=True)
        doc = board.doc
        self._subs: list[tuple[Any, Any]] = []
        blocks, jobs, log = doc.get("blocks", type=Map), board.jobs_root, board.log_root
        assert isinstance(log, Array)
        self._subs.append((blocks, blocks.observe_deep(lambda events: _touched(events, self._pending.blocks))))
        self._subs.append((jobs, jobs.observe_deep(lambda events: _touched(events, self._pending.jobs))))
        self._subs.append((log, log.observe_deep(self._on_log)))

    def _on_log(self, events: list[Any]) -> None:  # one parameter: pycrdt passes the transaction to two
        self._pending.log = True

    @property
    def pending(self) -> bool:
        """Something changed since the last `take()` (cheap: no document read)."""
        return bool(self._pending)

    def take(self) -> Changes:
        """Everything collected so far; the next batch starts empty."""
        out, self._pending = self._pending, Changes()
        return out

    def reset(self) -> None:
        """Make the next batch `everything` (the consumer lost track, e.g. after an error)."""
        self._pending = Changes(everything=True)

    def close(self) -> None:
        for root, sub in self._subs:
            with contextlib.suppress(Exception):
                root.unobserve(sub)
        self._subs.clear()

