"""The built-in narrator: readable narration of what the cluster is doing, without an LLM.

It reads the recent activity window, the jobs and the live progress in presence, and writes a short
paragraph into every narration block; the visual-narration blocks show the newest still with a caption.
The LLM narrator (R1 peer) will implement the same `Narrator` protocol and take over the same blocks.
A narrator only ever writes narration blocks: it cannot steer the pipeline.

Only one peer narrates a board at a time: the live peer with the smallest id, so texts don't fight.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from typing import Protocol

from mesh.model.activity import EventKind, recent
from mesh.model.board import Board, GenArt
from mesh.model.jobs import JobState, jobs
from mesh.model.replica import Replica
from mesh.model.schema import BlockKind

__all__ = ["BuiltinNarrator", "Narrator", "compose"]

NARRATE_EVERY_S = 2.0
WINDOW_EVENTS = 40


class Narrator(Protocol):
    name: str

    async def narrate(self, replica: Replica) -> str | None:
        """Return the narration for now (None: nothing new to say)."""
        ...


def _title(board: Board, intent_id: str) -> str:
    block = board.block(intent_id)
    return f"“{block.title[:48]}”" if block is not None else "an intent"


def compose(replica: Replica) -> str:
    """A few sentences: what is rendering now, the queue, and the latest milestones."""
    board = replica.board
    all_jobs = jobs(board)
    states = Counter(j.state() for j in all_jobs)
    progress = replica.presence.progress()
    names = {pid: str((s.get("peer") or {}).get("name") or pid) for pid, s in replica.presence.peers().items()}
    now_parts = []
    for j in all_jobs:
        if j.state() is JobState.RENDERING:
            winner = j.winner()
            who = names.get(winner.peer, winner.peer) if winner else "a peer"
            fraction = progress.get(j.id, {}).get("fraction")  # presence is written by other peers: check it
            ok = isinstance(fraction, int | float) and not isinstance(fraction, bool) and 0 <= fraction <= 1
            pct = f" ({fraction * 100:.0f}%)" if ok else ""
            now_parts.append(f"{who} is rendering the {j.stage} of {_title(board, j.intent_id)}{pct}")
    lines = []
    if now_parts:
        lines.append("Right now, " + "; ".join(now_parts[:4]) + ("; and more" if len(now_parts) > 4 else "") + ".")
    elif all_jobs:
        lines.append("The machines are idle.")
    else:
        lines.append("The board is quiet: nothing has been sent to render yet.")
    waiting = states[JobState.QUEUED] + states[JobState.WAITING] + states[JobState.CLAIMED]
    summary = []
    if waiting:
        summary.append(f"{waiting} job{'s' if waiting != 1 else ''} waiting")
    if states[JobState.DONE]:
        summary.append(f"{states[JobState.DONE]} done")
    if states[JobState.FAILED]:
        summary.append(f"{states[JobState.FAILED]} failed")
    if states[JobState.LOST]:
        summary.append(f"{states[JobState.LOST]} lost, waiting for another machine")
    if summary:
        lines.append(", ".join(summary).capitalize() + ".")
    notable = [e for e in recent(board, WINDOW_EVENTS)
               if e.kind in (EventKind.DONE, EventKind.FAILED, EventKind.LAPSED, EventKind.PEER_JOINED,
                             EventKind.PAUSED, EventKind.WARNING)]
    for event in notable[-3:]:
        lines.append(event.msg.rstrip(".") + ".")
    return " ".join(lines)


class BuiltinNarrator:
    """Template narration, always available; also keeps visual-narration blocks on the newest still."""

    name = "builtin"

    def __init__(self, peer_id: str, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.peer_id = peer_id
        self.origin = f"peer:{peer_id}"
        self.clock = clock
        self._last: dict[str, float] = {}

    async def narrate(self, replica: Replica) -> str | None:
        return compose(replica)

    def should_narrate(self, replica: Replica, live_peer_ids: list[str]) -> bool:
        if not live_peer_ids or min(live_peer_ids) != self.peer_id:
            return False
        now = self.clock()
        if now - self._last.get(replica.name, -1e9) < NARRATE_EVERY_S:
            return False
        self._last[replica.name] = now
        return True

    async def tick(self, replica: Replica, live_peer_ids: list[str]) -> None:
        if not self.should_narrate(replica, live_peer_ids):
            return
        text = await self.narrate(replica)
        board = replica.board
        if text:
            for block in board.blocks(BlockKind.NARRATION):
                if block.get("text") != text:
                    board.update(block.id, origin=self.origin, text=text, narrator=self.name)
        stills = [b for b in board.blocks(BlockKind.GEN_ART) if isinstance(b, GenArt) and b.sub == "image"]
        if stills:
            newest = max(stills, key=lambda b: (str(b.get("created")), b.id))
            caption = f"{_title(board, newest.intent_id)} — {newest.get('stage') or 'still'} by {newest.get('peer_id')}"
            for block in board.blocks(BlockKind.VISUAL_NARRATION):
                if block.get("asset") != newest.asset:
                    board.update(block.id, origin=self.origin, asset=newest.asset, mime=newest.get("mime"),
                                 caption=caption)
