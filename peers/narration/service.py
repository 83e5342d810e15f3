"""The narrator as its own asyncio task: one per process, narrating every board this peer is elected for.

It never runs inside claiming or scheduling: a model that thinks for a minute (or hangs) delays only
the narration, never a claim, a lease renewal or a heartbeat. Per board it keeps the built-in
narrator's facts from change events (idle costs nothing), and when they change it turns a rolling
window of activity into a prompt, streams the model's answer into the narration blocks (a few writes a
second), keeps `<think>` reasoning in its own field, and asks any capable peer for a low-priority
illustration. One narration is in flight at a time; what happens meanwhile is coalesced into the next
prompt; a missing or failing model hands the text to the built-in narrator, and the block says why.

Who narrates a board: among its live peers, those whose LLM narrator works (published in presence),
else all of them; the smallest peer id wins. When it leaves, the next one takes over.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mesh._log import get_logger
from mesh.model.activity import Event, EventKind
from mesh.model.jobs import JobState
from mesh.model.replica import Replica
from mesh.model.scheduling import PeerCaps

from .builtin import BuiltinNarrator, _text, _Watch, notable_events
from .engines import Engine, EngineError, build_engine
from .pen import NarrationPen, NarrationRefused
from .settings import NarratorSettings
from .think import ThinkSplitter

__all__ = ["NarrationService", "build_messages", "image_prompt"]

log = get_logger("peers.narration")

STEP_S = 0.25  # at most this often per change burst
IDLE_S = 2.0  # and at least this often (the election, a fallback's retry)
WRITE_EVERY_S = 0.3  # streamed tokens reach the document a few times a second, not once per token
MIN_GAP_S = 8.0  # between two LLM narrations of one board
RETRY_S = 60.0  # a failed model is tried again after this; the built-in narrator speaks meanwhile
WINDOW = 40  # events in the prompt
PAST_KEPT = 4  # earlier narrations kept on the block (then they roll off)
PAST_CHARS = 3_000
PRESENCE = "narrator"
KINDS = (EventKind.REQUESTED, EventKind.CLAIMED, EventKind.STARTED, EventKind.DONE, EventKind.FAILED,
         EventKind.LAPSED, EventKind.CANCELLED, EventKind.PEER_JOINED, EventKind.PEER_LEFT, EventKind.PAUSED,
         EventKind.RESUMED, EventKind.WARNING, EventKind.WITHDRAWN)
SYSTEM = (
    "You are the narrator of a film storyboard studio whose machines render shots together. From the "
    "activity below, write two to four vivid, factual sentences in the present tense about what is happening "
    "now. Never invent machines, shots or numbers. Then, on a last line, write 'Image:' and a short prompt "
    "(under 25 words) for an illustration of this moment."
)
_IMAGE_LINE = re.compile(r"^\s*\**\s*(?:image|illustration)\s*\**\s*:\s*(.*)$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the next narration is about; `key` says whether anything is new since the last one."""

    key: tuple[Any, ...]
    summary: str
    events: tuple[Event, ...]
    left_out: int
    machines: str


@dataclass(slots=True)
class _Board:
    replica: Replica
    pending: Snapshot | None = None
    narrated: tuple[Any, ...] | None = None  # key of the last snapshot narrated (or failed on)
    last_start: float = -1e9
    fallback_until: float = -1e9
    reason: str = ""  # why the built-in narrator speaks, shown on the block
    wanted_image: tuple[str, str] | None = None  # (prompt, caption) of the newest narration
    visual_job: str = ""
    unsubscribe: Callable[[], None] | None = None
    elected: bool = False
    last_event_t: str = ""  # newest event already narrated


@dataclass(slots=True)
class NarrationStats:
    """What the benchmark and tests read: narrations started/finished/failed, first-token times."""

    started: int = 0
    finished: int = 0
    failed: int = 0
    first_token_s: list[float] = field(default_factory=list)
    tokens: int = 0
    stream_s: float = 0.0


def image_prompt(narration: str) -> tuple[str, str]:
    """(narration without its 'Image:' line, image prompt); without the line, the first sentence."""
    found = list(_IMAGE_LINE.finditer(narration))
    if found:
        m = found[-1]
        prompt = m.group(1).strip().strip("*").strip()
        text = (narration[: m.start()] + narration[m.end():]).strip()
    else:
        text = narration.strip()
        prompt = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0] if text else ""
    return text, " ".join(prompt.split())[:300]


def _shown(answer: str) -> str:
    """The narration as shown while streaming: no 'Image:' line, nor the first letters of one."""
    text, _ = image_prompt(answer) if _IMAGE_LINE.search(answer) else (answer, "")
    head, _, last = text.rpartition("\n")
    if head and last.strip() and "image:".startswith(last.strip().lower()):
        text = head
    return text.strip()


def _machines(replica: Replica, live: list[PeerCaps]) -> str:
    """Telemetry summary from presence (GPU load and memory), one line per live peer."""
    states = replica.presence.peers()
    lines = []
    for p in sorted(live, key=lambda p: p.peer_id)[:16]:
        gpus = states.get(p.peer_id, {}).get("gpus")
        parts = []
        for g in gpus if isinstance(gpus, list) else []:
            if isinstance(g, dict):
                util, used, total = g.get("util_pct"), g.get("vram_used_mb"), g.get("vram_total_mb")
                parts.append(f"{g.get('name') or 'GPU'}"
                             + (f" {util}% busy" if isinstance(util, int | float) else "")
                             + (f", {used / 1024:.0f}/{total / 1024:.0f} GB" if isinstance(used, int | float)
                                and isinstance(total, int | float) and total else ""))
        stages = ", ".join(sorted(p.stages)) or "nothing"
        lines.append(f"{p.name or p.peer_id}: renders {stages}; {p.busy} of {p.slots} slots busy"
                     + (f"; {'; '.join(parts[:4])}" if parts else "") + (" (paused)" if p.paused else ""))
    return "\n".join(lines)


def build_messages(board_name: str, snap: Snapshot) -> list[dict[str, str]]:
    """The chat for one narration: the rules, then the rolling window of activity."""
    events = "\n".join(f"- {e.msg}" for e in snap.events) or "- (no events yet)"
    more = f"\n({snap.left_out} earlier events since the last narration are left out.)" if snap.left_out else ""
    user = (f"Board: {board_name}\nNow: {snap.summary}\nMachines:\n{snap.machines or '(none live)'}\n"
            f"Recent activity, oldest first:\n{events}{more}")
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


class NarrationService:
    """Narrates the boards of `replicas` (a live mapping) as its own task; see the module docstring."""

    def __init__(self, replicas: Mapping[str, Replica], *, peer_id: str,
                 live_peers: Callable[[str], list[PeerCaps]], settings: NarratorSettings | None = None,
                 engine: Engine | None = None, clock: Callable[[], float] = time.monotonic,
                 min_gap_s: float = MIN_GAP_S, write_every_s: float = WRITE_EVERY_S, retry_s: float = RETRY_S) -> None:
        self.replicas = replicas
        self.peer_id = peer_id
        self.live_peers = live_peers
        self.settings = settings or NarratorSettings()
        self.engine = engine if engine is not None else build_engine(self.settings)
        self.clock = clock
        self.min_gap_s, self.write_every_s, self.retry_s = min_gap_s, write_every_s, retry_s
        self.builtin = BuiltinNarrator(peer_id, clock=clock)
        self.boards: dict[str, _Board] = {}
        self.stats = NarrationStats()
        self._task: asyncio.Task[None] | None = None
        self._flight: asyncio.Task[None] | None = None
        self._flight_board = ""
        self._wake = asyncio.Event()
        self._held_until: float | None = None  # (clock) the earliest a narration held back by the rate limit may go

    # -- lifecycle ---------------------------------------------------------------------------------
    async def __aenter__(self) -> NarrationService:
        self._task = asyncio.create_task(self._loop(), name=f"narrator:{self.peer_id}")
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def stop(self) -> None:
        """Stop narrating: a narration being written is finished as it stands (readable), then hand over."""
        for task in (self._task, self._flight):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._task = self._flight = None
        for st in self.boards.values():
            if st.unsubscribe is not None:
                st.unsubscribe()
            with contextlib.suppress(Exception):
                st.replica.presence.set(PRESENCE, None)
        self.builtin.close()
        if self.engine is not None:
            with contextlib.suppress(Exception):
                await self.engine.close()

    async def settled(self) -> None:
        """Wait for the narration in flight, if any, to be written (tests and benchmarks)."""
        while self._flight is not None and not self._flight.done():
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(self._flight)

    @property
    def in_flight(self) -> bool:
        return self._flight is not None and not self._flight.done()

    async def _loop(self) -> None:
        while True:
            self._wake.clear()
            self._held_until = None
            for name, replica in list(self.replicas.items()):
                try:
                    self.step(name, replica)
                except asyncio.CancelledError:
                    raise
                except Exception:  # one bad step must not end narration
                    log.exception("narration of board %s failed", name)
            await asyncio.sleep(STEP_S)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.idle_s()):
                    await self._wake.wait()

    def idle_s(self) -> float:
        """How long the loop may wait for a change: IDLE_S, or less when a board's narration is held back
        by the rate limit (it is written when the limit lets it, not at the next unrelated change)."""
        if self._held_until is None:
            return IDLE_S
        return min(IDLE_S, max(0.0, self._held_until - self.clock()))

    # -- one board ---------------------------------------------------------------------------------
    def _board(self, name: str, replica: Replica) -> _Board:
        st = self.boards.get(name)
        if st is None or st.replica is not replica:
            if st is not None and st.unsubscribe is not None:
                st.unsubscribe()
            st = _Board(replica)
            st.unsubscribe = replica.on_update(lambda update, source: self._wake.set())
            self.boards[name] = st
        return st

    def _llm_ok(self, st: _Board) -> bool:
        return self.engine is not None and self.clock() >= st.fallback_until

    def _elected(self, st: _Board, live: list[PeerCaps]) -> bool:
        ids = {p.peer_id for p in live} | {self.peer_id}
        states = st.replica.presence.peers()
        with_llm = {pid for pid in ids if isinstance(states.get(pid, {}).get(PRESENCE), dict)
                    and states[pid][PRESENCE].get("llm")}
        if self._llm_ok(st):
            with_llm.add(self.peer_id)
        else:
            with_llm.discard(self.peer_id)
        return min(with_llm or ids) == self.peer_id

    def step(self, name: str, replica: Replica) -> None:
        """Bring one board's narration up to date; cheap when nothing changed."""
        st = self._board(name, replica)
        live = self.live_peers(name)
        replica.presence.set(PRESENCE, {"llm": self._llm_ok(st), "engine": self._engine_name()})
        st.elected = self._elected(st, live)
        if not st.elected:
            if self._flight is not None and self._flight_board == name:
                self._flight.cancel()  # someone else narrates now: what was written stays readable
            return
        if self._flight is not None and self._flight.done():
            self._flight = None
        w = self.builtin.refresh(replica)
        if not self._llm_ok(st):
            if w.text_dirty:
                if self.builtin.should_narrate(replica, [self.peer_id]):
                    self.builtin.write_text(replica, w, status=st.reason)
                else:
                    due = self.builtin.next_turn(replica)
                    self._held_until = due if self._held_until is None else min(self._held_until, due)
            self.builtin.show_visual(replica, w)
            return
        if w.text_dirty:
            w.text_dirty = False
            snap = self._snapshot(replica, w, st, live)
            if snap.key != st.narrated:
                st.pending = snap
        if st.pending is not None and self._flight is None and self.clock() - st.last_start >= self.min_gap_s \
                and w.narration:
            snap, st.pending = st.pending, None
            st.last_start = self.clock()
            self._flight_board = name
            self._flight = asyncio.create_task(self._narrate(name, st, w, snap), name=f"narration:{name}")
            self._flight.add_done_callback(lambda _: self._wake.set())
        self.builtin.show_visual(replica, w)
        self._illustrate(st, w, live)

    def _engine_name(self) -> str:
        return self.engine.name if self.engine is not None else "builtin"

    def _snapshot(self, replica: Replica, w: _Watch, st: _Board, live: list[PeerCaps]) -> Snapshot:
        board = replica.board
        summary = _text(replica, w.facts)
        recent = notable_events(board, w.facts, 500, kinds=KINDS)
        new = [e for e in recent if e.t > st.last_event_t]
        window = tuple(new[-WINDOW:]) or tuple(recent[-3:])
        key = (summary, recent[-1].t if recent else "")  # the same facts and no newer event: nothing new
        return Snapshot(key, summary, window, max(0, len(new) - WINDOW), _machines(replica, live))

    # -- one narration -----------------------------------------------------------------------------
    async def _narrate(self, name: str, st: _Board, w: _Watch, snap: Snapshot) -> None:
        assert self.engine is not None
        engine = self.engine
        pen = self.builtin.pen(st.replica)
        blocks = sorted(w.narration)
        splitter = ThinkSplitter()
        error = ""
        started = self.clock()
        self.stats.started += 1
        first = True
        stream = engine.stream(build_messages(name, snap))
        try:
            self._begin(pen, blocks, engine.name)
            last_write = -1e9  # the first token is shown at once; then a few writes a second
            async for delta in stream:
                if first:
                    self.stats.first_token_s.append(self.clock() - started)
                    first = False
                self.stats.tokens += 1
                if delta.reasoning:
                    splitter.feed_reasoning(delta.reasoning)
                if delta.content:
                    splitter.feed(delta.content)
                if self.clock() - last_write >= self.write_every_s:
                    last_write = self.clock()
                    answer, think = splitter.showing
                    self._write(pen, blocks, text=_shown(answer), think=think)
        except EngineError as exc:
            error = str(exc)
        except asyncio.CancelledError:
            error = "the narrator stopped (another peer narrates now)"
            self._finish(st, pen, blocks, snap, splitter, error, engine.name, started)
            raise
        except Exception as exc:  # an engine bug is a failed narration, never a dead narrator
            log.exception("narration engine %s crashed", engine.name)
            error = f"{type(exc).__name__}: {exc}"
        finally:
            with contextlib.suppress(Exception):
                await stream.aclose()  # type: ignore[attr-defined]
        self._finish(st, pen, blocks, snap, splitter, error, engine.name, started)

    def _begin(self, pen: NarrationPen, blocks: list[str], engine: str) -> None:
        """Roll the previous narration into `past` (a few kept, older ones roll off) and start afresh."""
        for block_id in blocks:
            try:
                now = pen.read(block_id)
                past = [p for p in (now["text"], *now["past"].split("\n\n")) if p.strip()][:PAST_KEPT]
                pen.write(block_id, text="", think="", past="\n\n".join(past)[:PAST_CHARS], narrator=engine,
                          status="")
            except NarrationRefused:
                continue

    def _write(self, pen: NarrationPen, blocks: list[str], *, text: str, think: str) -> None:
        for block_id in blocks:
            with contextlib.suppress(NarrationRefused):
                pen.stream(block_id, text=text, think=think)

    def _finish(self, st: _Board, pen: NarrationPen, blocks: list[str], snap: Snapshot, splitter: ThinkSplitter,
                error: str, engine: str, started: float) -> None:
        answer, think = splitter.finish()
        text, prompt = image_prompt(answer)
        self.stats.stream_s += self.clock() - started
        st.narrated = snap.key
        if snap.events:
            st.last_event_t = max(st.last_event_t, snap.events[-1].t)
        if error and not text:  # nothing readable came: the built-in narrator speaks, and says why
            self.stats.failed += 1
            st.fallback_until = self.clock() + self.retry_s
            st.reason = f"{engine} failed: {error}; the built-in narrator speaks until it is tried again"
            log.warning("board %s: %s", st.replica.name, st.reason)
            self.builtin.write_text(st.replica, self.builtin.refresh(st.replica), status=st.reason, force=True)
            return
        self.stats.finished += 1
        status = f"stopped early: {error}" if error else ""
        for block_id in blocks:
            with contextlib.suppress(NarrationRefused):
                pen.stream(block_id, text=text, think=think)
                pen.write(block_id, status=status[:500])
        st.reason = ""
        if text and prompt and not error:
            st.wanted_image = (prompt, text[:300])

    # -- illustration ------------------------------------------------------------------------------
    def _illustrate(self, st: _Board, w: _Watch, live: list[PeerCaps]) -> None:
        """One illustration job at a time, only when no person's job waits, withdrawn when one comes."""
        if not w.visual:
            return
        pen = self.builtin.pen(st.replica)
        people_waiting = any(not f.visual and f.state in (JobState.QUEUED, JobState.WAITING, JobState.CLAIMED,
                                                          JobState.LOST) for f in w.facts.values())
        if st.visual_job:
            try:
                state = pen.job_state(st.visual_job)
            except NarrationRefused:
                state = ""
            if state in ("queued", "waiting", "lost") and people_waiting:
                pen.withdraw_visual(st.visual_job)  # a person's render goes first
                state = "cancelled"
            if state in ("", "done", "failed", "cancelled"):
                st.visual_job = ""
            else:
                return
        if st.wanted_image is None or people_waiting or not any("still" in p.stages and not p.paused for p in live):
            return
        prompt, caption = st.wanted_image
        st.wanted_image = None
        try:
            st.visual_job = pen.request_visual(sorted(w.visual)[0], prompt, caption=caption)
        except (NarrationRefused, ValueError) as exc:
            log.info("board %s: no illustration: %s", st.replica.name, exc)

