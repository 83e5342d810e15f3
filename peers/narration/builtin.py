"""The built-in narrator: readable narration of what the cluster is doing, without an LLM.

It reads the jobs and the recent activity window and writes a short paragraph into every narration
block; the visual-narration blocks show the newest illustration (or, before there is one, the newest
still) with a caption. The LLM narrator (`peers.narration.service`) keeps the same facts and takes over
the text; this one speaks whenever no model is configured or the model fails. Writes go through a
`NarrationPen`, which can write narration only: a narrator cannot steer the pipeline.

Idle means idle: the narrator keeps what it needs (job states, narration blocks, stills) up to date
from the document's change events (`BoardChanges`), so a tick with nothing new reads no block and no
job, and a change costs what it touches. Live progress percentages stay in presence, where every
canvas reads them; narration text changes only on real transitions, so progress ticks add nothing to
the document.

Only one peer narrates a board at a time: the live peer with the smallest id, so texts don't fight.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from mesh.model.activity import Event, EventKind, recent
from mesh.model.board import Board, GenArt
from mesh.model.changes import BoardChanges, Changes
from mesh.model.jobs import Job, JobState, job, jobs
from mesh.model.replica import Replica
from mesh.model.schema import BlockKind

from .pen import NarrationPen, NarrationRefused

__all__ = ["BuiltinNarrator", "JobFacts", "Narrator", "compose", "notable_events"]

NARRATE_EVERY_S = 0.5  # at most this often per board: a burst of job changes is told once, not line by line
WINDOW_EVENTS = 40
NOTABLE = (EventKind.DONE, EventKind.FAILED, EventKind.LAPSED, EventKind.PEER_JOINED, EventKind.PAUSED,
           EventKind.WARNING)
ILLUSTRATIONS_KEPT = 12  # per visual-narration block; older illustrations roll off the board


class Narrator(Protocol):
    name: str

    async def narrate(self, replica: Replica) -> str | None:
        """Return the narration for now (None: nothing new to say)."""
        ...


@dataclass(frozen=True, slots=True)
class JobFacts:
    """What narration needs of one job, read once per change of that job."""

    state: JobState  # from its own claims; QUEUED may still be WAITING or FAILED through a dependency
    stage: str
    intent_id: str
    created: str
    peer: str  # who holds the live claim, if anyone
    visual: bool = False  # the narrator's own illustration: never narrated (it would narrate itself forever)

    @classmethod
    def of(cls, j: Job) -> JobFacts:
        winner = j.winner()
        return cls(j.own_state(), j.stage, j.intent_id, j.created, winner.peer if winner else "", j.visual)


def _title(board: Board, intent_id: str) -> str:
    block = board.block(intent_id)
    return f"“{block.title[:48]}”" if block is not None else "an intent"


def _names(replica: Replica) -> dict[str, str]:
    return {pid: str((s.get("peer") or {}).get("name") or pid) for pid, s in replica.presence.peers().items()}


def _text(replica: Replica, facts: dict[str, JobFacts]) -> str:
    """A few sentences: what is rendering now, the queue, and the latest milestones. Reads the blocks of
    the intents being rendered and the dependencies of open jobs only."""
    board = replica.board
    states: Counter[JobState] = Counter()
    every, facts = facts, {job_id: f for job_id, f in facts.items() if not f.visual}
    for job_id, f in facts.items():
        if f.state is JobState.QUEUED:  # open: waiting on a dependency, or failed through one?
            j = job(board, job_id)
            states[j.state() if j is not None else f.state] += 1
        else:
            states[f.state] += 1
    rendering = sorted((f.created, job_id, f) for job_id, f in facts.items() if f.state is JobState.RENDERING)
    names = _names(replica) if rendering else {}
    now_parts = [f"{names.get(f.peer, f.peer or 'a peer')} is rendering the {f.stage} of "
                 f"{_title(board, f.intent_id)}" for _, _, f in rendering]
    lines = []
    if now_parts:
        lines.append("Right now, " + "; ".join(now_parts[:4]) + ("; and more" if len(now_parts) > 4 else "") + ".")
    elif facts:
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
    for event in notable_events(board, every)[-3:]:
        lines.append(event.msg.rstrip(".") + ".")
    return " ".join(lines)


def notable_events(board: Board, facts: dict[str, JobFacts], limit: int = WINDOW_EVENTS, *,
                   kinds: tuple[EventKind, ...] = NOTABLE) -> list[Event]:
    """The milestones of the recent window, leaving out the narrator's own illustrations."""
    visual = {job_id for job_id, f in facts.items() if f.visual} | {f.intent_id for f in facts.values() if f.visual}
    return [e for e in recent(board, limit) if e.kind in kinds and e.job not in visual and e.intent not in visual]


def compose(replica: Replica) -> str:
    """The narration for the board as it is now, from a full scan (the narrator keeps the same facts
    incrementally and produces the same text)."""
    return _text(replica, {j.id: JobFacts.of(j) for j in jobs(replica.board)})


@dataclass(slots=True)
class _Watch:
    """The narrator's view of one board, kept current from change events."""

    changes: BoardChanges
    facts: dict[str, JobFacts] = field(default_factory=dict)
    narration: set[str] = field(default_factory=set)
    visual: set[str] = field(default_factory=set)
    stills: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # image id -> (created, id, made for)
    names: dict[str, str] = field(default_factory=dict)
    rendering: set[str] = field(default_factory=set)  # intents with a job rendering now
    text_dirty: bool = True
    visual_dirty: bool = True

    def apply(self, board: Board, changes: Changes) -> None:
        if changes.everything:
            self.facts = {j.id: JobFacts.of(j) for j in jobs(board)}
            self._index_rendering()
            self.narration, self.visual, self.stills = set(), set(), {}
            self._blocks(board.blocks())
            self.text_dirty = self.visual_dirty = True
            return
        for job_id in changes.jobs:
            j = job(board, job_id)
            before = self.facts.pop(job_id, None)
            if j is not None:
                self.facts[job_id] = JobFacts.of(j)
            if self.facts.get(job_id) != before:
                self.text_dirty = True
        if changes.jobs:
            self._index_rendering()
        self.text_dirty |= changes.log
        gone = []
        views = []
        for block_id in changes.blocks:
            view = board.block(block_id)
            if view is None:
                gone.append(block_id)
            else:
                views.append(view)
        for block_id in gone:
            self.text_dirty |= block_id in self.rendering or block_id in self.narration
            self.visual_dirty |= block_id in self.stills or block_id in self.visual
            self.narration.discard(block_id)
            self.visual.discard(block_id)
            self.stills.pop(block_id, None)
        self._blocks(views)

    def _index_rendering(self) -> None:
        self.rendering = {f.intent_id for f in self.facts.values() if f.state is JobState.RENDERING}

    def _blocks(self, views: Iterable[object]) -> None:
        for view in views:
            kind = getattr(view, "kind", None)
            block_id = str(getattr(view, "id", ""))
            self.stills.pop(block_id, None)
            if kind is BlockKind.NARRATION:
                self.narration.add(block_id)
                self.text_dirty = True
            elif kind is BlockKind.VISUAL_NARRATION:
                self.visual.add(block_id)
                self.visual_dirty = True
            elif isinstance(view, GenArt) and view.sub == "image":
                self.stills[block_id] = (str(view.get("created")), block_id, view.intent_id)
                self.visual_dirty = True
            elif kind is BlockKind.INTENT and block_id in self.rendering:
                self.text_dirty = True  # its title is in the narration


class BuiltinNarrator:
    """Template narration, always available; also keeps visual-narration blocks on the newest still."""

    name = "builtin"

    def __init__(self, peer_id: str, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.peer_id = peer_id
        self.origin = f"peer:{peer_id}"
        self.clock = clock
        self._last: dict[str, float] = {}
        self._watches: dict[str, tuple[Replica, _Watch]] = {}
        self._pens: dict[str, tuple[Replica, NarrationPen]] = {}

    async def narrate(self, replica: Replica) -> str | None:
        entry = self._watches.get(replica.name)
        if entry is None or entry[0] is not replica:
            return compose(replica)
        return _text(replica, entry[1].facts)

    def should_narrate(self, replica: Replica, live_peer_ids: list[str]) -> bool:
        if not live_peer_ids or min(live_peer_ids) != self.peer_id:
            return False
        now = self.clock()
        if now - self._last.get(replica.name, -1e9) < NARRATE_EVERY_S:
            return False
        self._last[replica.name] = now
        return True

    def next_turn(self, replica: Replica) -> float:
        """When `should_narrate` lets this board speak again (by `clock`): a change held back by the
        rate limit is told then, not at the next unrelated wake-up."""
        return self._last.get(replica.name, -1e9) + NARRATE_EVERY_S

    def _watch(self, replica: Replica) -> _Watch:
        entry = self._watches.get(replica.name)
        if entry is None or entry[0] is not replica:
            if entry is not None:
                entry[1].changes.close()
            entry = (replica, _Watch(BoardChanges(replica.board)))
            self._watches[replica.name] = entry
        return entry[1]

    def close(self) -> None:
        for _, w in self._watches.values():
            w.changes.close()
        self._watches.clear()

    def pen(self, replica: Replica) -> NarrationPen:
        pen = self._pens.get(replica.name)
        if pen is None or pen[0] is not replica:
            pen = (replica, NarrationPen(replica.board, self.origin))
            self._pens[replica.name] = pen
        return pen[1]

    def refresh(self, replica: Replica) -> _Watch:
        """This board's facts brought up to date from its change events (nothing changed: nothing read)."""
        w = self._watch(replica)
        try:
            w.apply(replica.board, w.changes.take())
        except Exception:
            w.changes.reset()  # rebuild from a full scan next time rather than narrate from a wrong view
            raise
        if not w.text_dirty and w.rendering:
            names = _names(replica)  # a renderer's name may arrive through presence after its claim
            w.text_dirty = names != w.names
            w.names = names
        return w

    async def tick(self, replica: Replica, live_peer_ids: list[str]) -> None:
        """Narrate if it is this peer's turn and something changed; nothing changed costs nothing."""
        if not self.should_narrate(replica, live_peer_ids):
            return
        w = self.refresh(replica)
        self.write_text(replica, w)
        self.show_visual(replica, w)

    def write_text(self, replica: Replica, w: _Watch, *, status: str = "", force: bool = False) -> None:
        """Write the template narration where it changed; `status` says why it speaks instead of a model."""
        if not (w.text_dirty or force):
            return
        w.text_dirty = False
        text = _text(replica, w.facts)
        pen = self.pen(replica)
        for block_id in sorted(w.narration):
            try:
                now = pen.read(block_id)
                if (now["text"], now["narrator"], now["status"], now["think"]) != (text, self.name, status, ""):
                    pen.write(block_id, text=text, narrator=self.name, status=status, think="")
            except NarrationRefused:  # removed meantime: the next change event drops it
                continue

    def show_visual(self, replica: Replica, w: _Watch) -> None:
        """Visual-narration blocks show the newest illustration, or before there is one the newest still;
        illustrations beyond ILLUSTRATIONS_KEPT roll off."""
        if not w.visual_dirty:
            return
        w.visual_dirty = False
        if not w.stills or not w.visual:
            return
        board = replica.board
        pen = self.pen(replica)
        drawn = sorted((v for v in w.stills.values() if v[2] in w.visual), reverse=True)
        for _, art_id, _ in drawn[ILLUSTRATIONS_KEPT:]:
            try:
                pen.drop_illustration(art_id)
            except NarrationRefused:
                continue
        newest = board.block((drawn[0] if drawn else max(w.stills.values()))[1])
        if not isinstance(newest, GenArt):
            return
        prompt = ""
        if drawn:
            made_by = job(board, newest.job_id)
            params = made_by.params if made_by is not None else {}
            caption, prompt = str(params.get("caption") or ""), str(params.get("prompt") or "")
            caption = caption or prompt
        else:
            maker = str(newest.get("peer_id") or "")
            by = w.names.get(maker) or _names(replica).get(maker) or maker or "a peer"  # machines by their names
            caption = f"{_title(board, newest.intent_id)} — {newest.get('stage') or 'still'} by {by}"
        for block_id in sorted(w.visual):
            try:
                pen.show(block_id, asset=newest.asset, mime=str(newest.get("mime") or ""), caption=caption,
                         prompt=prompt)
            except NarrationRefused:
                continue
