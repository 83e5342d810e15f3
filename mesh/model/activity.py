"""The activity log: a bounded array of events in the board (claimed, started, done, failed, lapsed...).

Only milestones go here — one event per job transition. High-rate telemetry (progress ticks, GPU
utilisation) is presence (`mesh.presence`), so the document stays small however long peers run. The
log keeps at most LOG_MAX_EVENTS; the writer that crosses the cap trims the oldest in one batch.
Concurrent trims by several peers delete the same oldest items, which Yjs merges without harm.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from mesh._log import QuietLogger, get_logger
from mesh.model.board import Board
from mesh.model.hlc import HLC

__all__ = ["Event", "EventKind", "recent", "record"]

log = get_logger("mesh.model.activity")
quiet = QuietLogger(log)


class EventKind(StrEnum):
    REQUESTED = "requested"
    CLAIMED = "claimed"
    STARTED = "started"
    WITHDRAWN = "withdrawn"
    PROGRESS = "progress"  # milestones only (25/50/75 %), never every tick
    DONE = "done"
    FAILED = "failed"
    LAPSED = "lapsed"
    CANCELLED = "cancelled"
    PEER_JOINED = "peer_joined"
    PEER_LEFT = "peer_left"
    PAUSED = "paused"
    RESUMED = "resumed"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Event:
    t: str
    kind: EventKind
    peer: str
    msg: str = ""
    job: str = ""
    intent: str = ""
    stage: str = ""
    gpu: str = ""
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"t": self.t, "kind": self.kind.value, "peer": self.peer, "msg": self.msg, "job": self.job,
                "intent": self.intent, "stage": self.stage, "gpu": self.gpu, "seconds": self.seconds}


def record(board: Board, kind: EventKind, *, peer: str, hlc: HLC | None = None, origin: str | None = None,
           max_events: int | None = None, **data: Any) -> Event:
    """Append one event and trim the log to its cap."""
    from mesh import const

    cap = max_events or const.LOG_MAX_EVENTS
    event = Event(t=HLC.encode((hlc or HLC()).now()), kind=kind, peer=peer, **data)
    root = board.log_root
    with board.transact(origin or f"peer:{peer}"):
        root.append(event.to_dict())
        excess = len(root) - cap
        if excess > 0:
            # at least one extra: two replicas trimming the same oldest items at once stay within the cap
            del root[0 : excess + max(1, min(const.LOG_TRIM_BATCH, cap // 10))]
    return event


def recent(board: Board, limit: int = 50) -> list[Event]:
    """The newest valid events, oldest first; malformed entries from other replicas are skipped."""
    out: list[Event] = []
    root = board.log_root
    start = max(0, len(root) - limit)
    for raw in root[start:]:
        try:
            out.append(Event(
                t=str(raw["t"]), kind=EventKind(raw["kind"]), peer=str(raw["peer"]), msg=str(raw.get("msg", "")),
                job=str(raw.get("job", "")), intent=str(raw.get("intent", "")), stage=str(raw.get("stage", "")),
                gpu=str(raw.get("gpu", "")), seconds=float(raw.get("seconds", 0.0) or 0.0),
            ))
        except (KeyError, TypeError, ValueError, AttributeError):
            quiet.warning("log-entry", "skipping malformed activity event %r", raw)
    return sorted(out, key=lambda e: e.t)
