"""The peer runner: claims the jobs this machine can render, runs them on its backends, records results.

One runner per process serves every board the process holds. Each tick it refreshes what its backends
can run, beats in each board's roster, lapses silent owners' claims, and claims open jobs in fair order
when it has a free slot and its rank allows (see `mesh.model.claims` for the protocol). Each claimed job is a
task: settle, confirm, run with lease renewal, then store outputs as gen.art — or record why it failed.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
import math
import shutil
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from mesh import const
from mesh._log import get_logger
from mesh.errors import MultiplexError
from mesh.model.activity import EventKind, record
from mesh.model.board import Board
from mesh.model.claims import ClaimAgent
from mesh.model.estimates import job_size
from mesh.model.hlc import HLC
from mesh.model.jobs import Job, JobState, job
from mesh.model.replica import Replica
from mesh.model.roster import Roster
from mesh.model.scheduling import PeerCaps, can_run, select_claims, spare_jobs
from mesh.storage.assets import AssetStore
from peers.errors import BackendError, InputError, RenderCancelled

from .backends.base import Capability, Output, RenderBackend, RenderRequest
from .durations import Durations
from .requests import InputNotHere, build_request, input_assets, input_fingerprint, input_run

__all__ = ["PeerRunner"]

log = get_logger("peers.runner")

CAPS_REFRESH_S = 10.0
PROGRESS_MIN_INTERVAL_S = 0.2
MIN_TICK_S = 0.02
THUMB_INTERVAL_S = 1.0
THUMB_PX = 192
MAX_PREVIEW_BYTES = 4 * 1024 * 1024
INPUT_RETRY_MIN_S = 0.5  # a missing input is fetched again after this, doubling up to INPUT_RETRY_MAX_S
INPUT_RETRY_MAX_S = 15.0
SETTLE_POLL_S = 0.25  # a run in its settle window looks for a beating claim on every jobs change, at least this often


def _preclaim_lead_s() -> float:
    """How long before a run's expected end its slot claims its next job: one and a half settle windows,
    so the next claim has won (or lost) before the slot frees and its run starts the moment it does."""
    return 1.5 * const.CLAIM_SETTLE_S


def thumbnail(preview: bytes) -> str:
    """A small JPEG data URL of a backend's live preview, for presence (every canvas shows it on the
    intent). Ephemeral, throttled, about 5-10 KB; a preview that does not decode is ignored."""
    if len(preview) > MAX_PREVIEW_BYTES:
        return ""
    try:
        with Image.open(io.BytesIO(preview)) as image:
            image.thumbnail((THUMB_PX, THUMB_PX))
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=70)
    except (OSError, ValueError, Image.DecompressionBombError):
        return ""
    return "data:image/jpeg;base64," + base64.b64encode(out.getvalue()).decode("ascii")


@dataclass(slots=True)
class _Slot:
    backend: RenderBackend
    caps: list[Capability] = field(default_factory=list)
    in_use: int = 0
    waiters: list[asyncio.Future[None]] = field(default_factory=list)  # runs claimed ahead, first come first

    @property
    def capacity(self) -> int:
        return max((c.slots for c in self.caps), default=0)

    def runs(self, stage: str) -> bool:
        return any(c.stage == stage for c in self.caps)

    def can(self, stage: str) -> bool:
        return self.in_use < self.capacity and self.runs(stage)

    def waiting(self) -> int:
        return sum(not f.done() for f in self.waiters)

    def release(self) -> None:
        """A run is done with its place: hand it to the first run claimed ahead for it, else free it."""
        while self.waiters:
            waiter = self.waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                return
        self.in_use -= 1


@dataclass(slots=True)
class _Run:
    board: str
    job_id: str
    claim_id: str
    stage: str
    slot: _Slot
    task: asyncio.Task[None] | None = None
    cancel_reason: str = ""
    last_progress: float = 0.0
    last_thumb: float = -1e9
    thumb: str = ""
    waiting: asyncio.Future[None] | None = None  # claimed ahead: resolved when the slot is handed over
    after: tuple[str, ...] = ()  # claimed ahead of its input: the jobs rendering on its slot it waits on
    released: bool = False  # the backend finished and handed its place to a run claimed ahead
    backend_done: bool = False  # the backend returned; the run may still wait for its confirm or store outputs
    render_started: float = 0.0
    expected_end: float = math.inf  # (clock) when the backend should be done: its estimate, then its progress

    @property
    def holds_slot(self) -> bool:
        handed = self.waiting is None or (self.waiting.done() and not self.waiting.cancelled())
        return handed and not self.released


@dataclass(slots=True)
class _Worker:
    replica: Replica
    agent: ClaimAgent
    roster: Roster
    first_open: dict[tuple[str, int], float] = field(default_factory=dict)
    last_beat: float = -1e9
    last_full: float = -1e9  # (clock) the last tick that swept leases and looked for inputs to fetch


class PeerRunner:
    """Claims and renders jobs for every board in `replicas` (a live mapping: boards may be added)."""

    def __init__(self, replicas: Mapping[str, Replica], *, peer_id: str, name: str,
                 backends: list[RenderBackend], assets: AssetStore, workdir: Path, api: str = "",
                 clock: Callable[[], float] = time.monotonic, hlc: HLC | None = None) -> None:
        self.replicas = replicas
        self.peer_id = peer_id
        self.name = name
        self.assets = assets
        self.workdir = Path(workdir)
        self.api = api
        self.clock = clock
        self.hlc = hlc or HLC()
        self.slots = [_Slot(b) for b in backends]
        self.workers: dict[str, _Worker] = {}
        self.runs: dict[str, _Run] = {}
        self.previews: dict[str, bytes] = {}
        self.failures: dict[str, int] = {}
        self.durations = Durations()  # what runs here took, claim to take: published for every preview
        self._slot_freed_at = 0.0  # (clock) when a run last ended: a job seen before waited for a slot
        self.quarantine: dict[str, float] = {}
        self._caps_at = -1e9
        self._main: asyncio.Task[None] | None = None
        self._stopping = False
        self._wake = asyncio.Event()
        self._changed = asyncio.Event()  # set (and replaced) on every change to the jobs: wakes settle waits
        self.fetch_missing: Callable[[Board, str], Awaitable[object]] | None = None
        self._input_retry: dict[str, tuple[float, int]] = {}  # sha -> (next fetch, fetches so far)
        self._fetching: set[str] = set()
        self.started = asyncio.Event()

    # -- lifecycle ---------------------------------------------------------------------------------
    async def __aenter__(self) -> PeerRunner:
        await self.refresh_capabilities()
        self._main = asyncio.create_task(self._loop(), name=f"runner:{self.peer_id}")
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def stop(self) -> None:
        """Graceful stop: cancel runs and give their claims back so other peers take them at once."""
        self._stopping = True
        if self._main is not None:
            self._main.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._main
            self._main = None
        for run in list(self.runs.values()):
            run.cancel_reason = "stop"
            if run.task is not None:
                run.task.cancel()
        tasks = [r.task for r in self.runs.values() if r.task is not None]
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        for slot in self.slots:
            with contextlib.suppress(Exception):
                await slot.backend.close()

    async def _loop(self) -> None:
        """Tick on every document change (new jobs are claimed within milliseconds), at least every
        SCHEDULER_TICK_S (leases, beats), and never more often than every MIN_TICK_S."""
        self.started.set()
        while True:
            self._wake.clear()
            try:
                await self.tick()
            except asyncio.CancelledError:
                raise
            except Exception:  # one bad tick must not stop the peer
                log.exception("scheduler tick failed")
            await asyncio.sleep(MIN_TICK_S)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(const.SCHEDULER_TICK_S):
                    await self._wake.wait()

    # -- capabilities -----------------------------------------------------------------------------
    async def refresh_capabilities(self) -> None:
        for slot in self.slots:
            try:
                slot.caps = await slot.backend.capabilities()
            except (BackendError, OSError) as exc:
                log.warning("backend %s unavailable: %s", slot.backend.name, exc)
                slot.caps = []
        self._caps_at = self.clock()

    def capabilities(self) -> list[Capability]:
        return [c for s in self.slots for c in s.caps]

    def my_caps(self, paused: bool) -> PeerCaps:
        stages: dict[str, list[str]] = {}
        for cap in self.capabilities():
            stages.setdefault(cap.stage, []).append(cap.backend)
        return PeerCaps(
            peer_id=self.peer_id, name=self.name, stages={k: tuple(v) for k, v in stages.items()},
            models=tuple(sorted({m for c in self.capabilities() for m in c.models})),
            loaded=tuple(sorted({m for c in self.capabilities() for m in c.loaded})),
            slots=sum(s.capacity for s in self.slots), busy=len(self.runs), paused=paused,
        )
    def _announce(self, w: _Worker) -> None:
        caps = self.my_caps(False)
        estimates: dict[str, float] = {}
        for slot in self.slots:
            for cap in slot.caps:
                est = slot.backend.estimate(_probe_request(cap.stage)).seconds
                estimates[cap.stage] = min(est, estimates.get(cap.stage, est))
        estimates.update(self.durations.published())  # measured beats guessed (`mesh.model.estimates`)
        w.roster.announce(stages=caps.stages, models=caps.models, loaded=caps.loaded, slots=caps.slots,
                          busy=caps.busy, estimates=estimates, api=self.api,
                          gpus=[{"backend": b, "gpus": n}  # one entry per backend (GPU), not per workflow
                                for b, n in {c.backend: c.gpus for c in self.capabilities() if c.gpus}.items()])

    # -- the tick ----------------------------------------------------------------------------------
    def _worker(self, name: str, replica: Replica) -> _Worker:
        w = self.workers.get(name)
        if w is None or w.replica is not replica:
            agent = ClaimAgent(replica.board, self.peer_id, hlc=self.hlc, clock=self.clock)
            roster = Roster(replica.board, self.peer_id, name=self.name, clock=self.clock)
            w = _Worker(replica, agent, roster)
            self.workers[name] = w
            # a change to the jobs (new, claimed, renewed, done) wakes the scheduler at once; anything else
            # (narration streaming ~3 writes/s, presence, roster beats) waits for the next tick (SCHEDULER_TICK_S)
            replica.board.jobs_root.observe_deep(lambda events: self._jobs_changed())
            for job_id in agent.abandon_stale():
                log.info("board %s: lapsed our stale claim on %s from an earlier run", name, job_id)
            self._announce(w)
            replica.presence.set("peer", {"id": self.peer_id, "name": self.name, "api": self.api})
            record(replica.board, EventKind.PEER_JOINED, peer=self.peer_id, hlc=self.hlc,
                   msg=f"{self.name} joined with {', '.join(sorted(self.my_caps(False).stages)) or 'nothing'}")
        return w

    async def tick(self) -> None:
        """Beat, sweep leases, claim. A tick woken by a jobs change claims when a slot is free; leases
        are swept, and a busy peer prefetches inputs, only every `_full_pass_s()`: with many peers every
        claim and renewal wakes every peer, and a full pass on each wake delayed the messages themselves."""
        now = self.clock()
        if now - self._caps_at >= CAPS_REFRESH_S:
            await self.refresh_capabilities()
            for w in self.workers.values():
                self._announce(w)
        for name, replica in list(self.replicas.items()):
            w = self._worker(name, replica)
            if now - w.last_beat >= const.PEER_BEAT_S:
                w.roster.beat(busy=len(self.runs))
                w.last_beat = now
            full = now - w.last_full >= _full_pass_s()
            if not full and not any(s.in_use < s.capacity for s in self.slots) and not self._ending(now):
                continue
            active = w.agent.active_jobs()
            if full:
                w.last_full = now
                for job_id, claim_id in w.agent.sweep(active):
                    j = job(replica.board, job_id)
                    record(replica.board, EventKind.LAPSED, peer=self.peer_id, hlc=self.hlc, job=job_id,
                           stage=j.stage if j else "", intent=j.intent_id if j else "",
                           msg=f"lease of {claim_id.split('#')[0]} lapsed; the job is open again")
            if not w.roster.paused():
                self._claim_open_jobs(name, w, now, active)

    def _ending(self, now: float) -> list[_Slot]:
        """Busy slots whose run is expected to end within the pre-claim lead and that have no run claimed
        ahead for that end yet. A run past its expected end by more than the lead (its estimate was wrong)
        claims nothing ahead any more: the job would wait on a slot that may stay busy for long."""
        lead = _preclaim_lead_s()
        out = []
        for slot in self.slots:
            ending = sum(1 for r in self.runs.values()
                         if r.slot is slot and r.holds_slot and r.expected_end - lead <= now <= r.expected_end + lead)
            if slot.waiting() < ending:
                out.append(slot)
        return out

    def _claim_open_jobs(self, name: str, w: _Worker, now: float, all_jobs: list[Job] | None = None) -> None:
        board = w.replica.board
        all_jobs = w.agent.active_jobs() if all_jobs is None else all_jobs
        ending = self._ending(now)
        free = any(s.in_use < s.capacity for s in self.slots)
        if not ending and not free:
            return
        open_jobs = [j for j in all_jobs if w.agent.claimable(j) and self._input_here(w, j, now)]
        if not open_jobs and free:  # (a busy slot looks on: the job waiting on its run is not open yet)
            return
        running = [j for j in all_jobs if j.own_state() in (JobState.CLAIMED, JobState.RENDERING)]
        live = {p.peer_id: p for p in w.roster.live()}
        live[self.peer_id] = self.my_caps(False)
        if not free:
            self._claim_ahead(name, w, now, open_jobs, running, live, all_jobs, ending)
            return
        reserved: dict[str, _Slot] = {}

        def take(j: Job) -> bool:
            if self.quarantine.get(j.stage, 0.0) > now:
                return False
            slot = self._slot_for(j, self.my_caps(False))
            if slot is None:
                return False
            slot.in_use += 1
            reserved[j.id] = slot
            return True

        for j in select_claims(open_jobs, running, live, self.peer_id, now, w.first_open, take,
                               const.RANK_DELAY_S, all_jobs):
            claim_id = w.agent.claim(j.id)
            self.durations.record_dispatch(now - max(w.first_open.get(j.id, now), self._slot_freed_at))
            record(board, EventKind.CLAIMED, peer=self.peer_id, hlc=self.hlc, job=j.id, stage=j.stage,
                   intent=j.intent_id, msg=f"{self.name} claimed the {j.stage} of {_title(board, j)}")
            run = _Run(name, j.id, claim_id, j.stage, reserved[j.id])
            self.runs[claim_id] = run
            run.task = asyncio.create_task(self._run(w, run), name=f"run:{claim_id}")
        if reserved:
            self._beat_busy()

    def _claim_ahead(self, name: str, w: _Worker, now: float, open_jobs: list[Job], running: list[Job],
                     live: dict[str, PeerCaps], all_jobs: list[Job], ending: list[_Slot]) -> None:
        """Claim the next job of a slot whose run is about to end, so the settle window passes while it
        still renders and the next run starts the moment the slot frees (no idle gap).

        Only a job no peer with a free slot would take (`spare_jobs`, the same matching every peer plays)
        is claimed ahead: a free slot is never made to wait behind a busy one. The run waits for the slot
        (`_slot_handed`); its claim settles meanwhile, so a claim that loses a race is withdrawn before
        its backend ever starts."""
        board = w.replica.board
        # what these slots render now: a job waiting on one of them is theirs to take when they free
        mine = {r.job_id: r.slot for r in self.runs.values()
                if r.board == name and r.holds_slot and any(r.slot is s for s in ending)}
        for j in spare_jobs(open_jobs, running, live, all_jobs, mine):
            if not ending:
                return
            if self.quarantine.get(j.stage, 0.0) > now or not can_run(self.my_caps(False), j):
                continue
            after = tuple(d for d in j.deps if d in mine)  # a successor: it goes on the slot making its input
            fits = [s for s in ending if _fits(s, j) and (not after or any(mine[d] is s for d in after))]
            if not fits:
                continue
            slot = fits[0]
            ending = [s for s in ending if s is not slot]
            claim_id = w.agent.claim(j.id)
            record(board, EventKind.CLAIMED, peer=self.peer_id, hlc=self.hlc, job=j.id, stage=j.stage,
                   intent=j.intent_id, msg=f"{self.name} claimed the {j.stage} of {_title(board, j)} (next on "
                                            f"{slot.backend.name})")
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            slot.waiters.append(waiter)
            run = _Run(name, j.id, claim_id, j.stage, slot, waiting=waiter, after=after)
            self.runs[claim_id] = run
            run.task = asyncio.create_task(self._run(w, run), name=f"run:{claim_id}")
            self._hand_over(slot)  # the run ahead may be done already, waiting for its confirm
            self._beat_busy()

    # -- inputs ------------------------------------------------------------------------------------
    def _input_here(self, w: _Worker, j: Job, now: float) -> bool:
        """Claim a job only once its input is on this peer: a missing input is a fetch (and a wait), so
        it never costs an attempt or counts toward quarantine. Another peer that has it claims meanwhile."""
        here = True
        for needed in input_assets(w.replica.board, j):
            if self.assets.has(needed):
                continue
            here = False
            if needed not in self._fetching and self._input_retry.get(needed, (0.0, 0))[0] <= now:
                self._fetching.add(needed)
                asyncio.get_running_loop().create_task(self._get_input(w, j.id, needed),
                                                       name=f"input:{needed[:12]}")
        return here

    async def _get_input(self, w: _Worker, job_id: str, sha: str) -> None:
        """Fetch a missing input; if its maker is gone and no linked peer has it, reopen the run that
        made it (the lost still is rendered again), instead of waiting on it forever."""
        board = w.replica.board
        try:
            got = bool(await self.fetch_missing(board, sha)) if self.fetch_missing is not None else False
            if got or await asyncio.to_thread(self.assets.has, sha):
                self._input_retry.pop(sha, None)
                self._wake.set()
                return
            _, tries = self._input_retry.get(sha, (0.0, 0))
            self._input_retry[sha] = (self.clock() + min(INPUT_RETRY_MAX_S, INPUT_RETRY_MIN_S * 2**tries), tries + 1)
            j = job(board, job_id)
            source = input_run(board, j, sha) if j is not None else None
            if source is None:
                return
            dep, claim, asset = source
            live = {p.peer_id for p in w.roster.live()}
            if asset == sha and (claim.peer == self.peer_id or claim.peer not in live):
                w.agent.mark_gone(dep.id, claim.id)
                self._input_retry.pop(sha, None)
                record(board, EventKind.WARNING, peer=self.peer_id, hlc=self.hlc, job=dep.id, stage=dep.stage,
                       intent=dep.intent_id, msg=f"the {dep.stage} of {_title(board, dep)} is on no live peer "
                                                 f"({claim.peer} is gone): rendering it again")
                self._wake.set()
        except Exception:  # a fetch bug must not stop the peer; the next tick tries again
            log.exception("fetching input %s failed", sha[:12])
        finally:
            self._fetching.discard(sha)

    def _slot_for(self, j: Job, me: PeerCaps) -> _Slot | None:
        if not can_run(me, j):
            return None
        return next((slot for slot in self.slots if slot.in_use < slot.capacity and _fits(slot, j)), None)

    # -- one run -----------------------------------------------------------------------------------
    async def _run(self, w: _Worker, run: _Run) -> None:
        """Render at once, but count the run only once its claim has won the settle window.

        The backend starts as soon as the claim is on disk, in parallel with the settle window, so a free
        slot is not idle for CLAIM_SETTLE_S on every job. The claim is confirmed after the window (or
        withdrawn as soon as a competing claim sorting first is in sight); a run whose claim did not win
        is stopped and records nothing, not even a failure. Two runs of one job therefore overlap for at
        most CLAIM_SETTLE_S on a stable network (docs/claims.md). A run claimed ahead (`_claim_ahead`)
        settles while it waits for its slot, and starts its backend when the slot is handed over."""
        board = w.replica.board
        agent = w.agent
        workdir = self.workdir / run.claim_id.replace("#", "_")
        renewer: asyncio.Task[None] | None = None
        render: asyncio.Task[tuple[RenderRequest, list[Output], str, float]] | None = None
        settle: asyncio.Task[bool] | None = None
        claimed_at = self.clock()
        try:
            await w.replica.flushed()  # our claim is on disk before the backend starts rendering it
            j = job(board, run.job_id)
            assert j is not None
            title = _title(board, j)
            self._progress(w, run, 0.0, "starting" if run.waiting is None else "next", None)
            workdir.mkdir(parents=True, exist_ok=True)
            settle = asyncio.create_task(self._settle(w, run, claimed_at), name=f"settle:{run.claim_id}")
            if run.waiting is not None and not await self._slot_handed(w, run, settle, claimed_at):
                return
            if run.after and not await self._inputs_stored(w, run, settle):
                return
            began = self.clock()  # a claim ahead waited for its slot until now: not the job's own time
            render = asyncio.create_task(self._render(w, run, j, workdir), name=f"render:{run.claim_id}")
            if not await settle:
                log.info("board %s: lost the race for %s; withdrew", run.board, run.job_id)
                return
            record(board, EventKind.STARTED, peer=self.peer_id, hlc=self.hlc, job=j.id, stage=j.stage,
                   intent=j.intent_id, msg=f"{self.name} is rendering the {j.stage} of {title} on "
                                            f"{run.slot.backend.name}")
            log.info("%s: rendering %s %s on %s", run.board, j.stage, j.id, run.slot.backend.name)
            renewer = asyncio.create_task(self._renew(w, run))
            request, outputs, made_from, started = await render
            art_ids = await self._store_outputs(w, run, j, outputs, made_from)
            agent.finish(run.job_id, run.claim_id, art_ids)
            seconds = self.clock() - started
            self.durations.record(j.stage, _size_of(request), self.clock() - began)
            record(board, EventKind.DONE, peer=self.peer_id, hlc=self.hlc, job=j.id, stage=j.stage,
                   intent=j.intent_id, seconds=round(seconds, 2),
                   msg=f"{self.name} finished the {j.stage} of {title} in {seconds:.1f} s")
            self.failures[run.stage] = 0
        except asyncio.CancelledError:
            self._on_cancel(w, run)
            if run.cancel_reason == "stop":
                raise
        except RenderCancelled as exc:
            self._on_cancel(w, run, str(exc))
        except InputNotHere as exc:  # it vanished after the claim: give the job back, no attempt counted
            w.agent.withdraw(run.job_id, run.claim_id)
            log.info("%s: %s %s gave back: %s", run.board, run.stage, run.job_id, exc)
        except InputError as exc:
            self._on_failure(w, run, str(exc), peer_at_fault=False)
        except (BackendError, MultiplexError, OSError, ValueError) as exc:
            self._on_failure(w, run, str(exc) or type(exc).__name__)
        except Exception as exc:  # a backend bug must not kill the peer
            log.exception("backend %s crashed", run.slot.backend.name)
            self._on_failure(w, run, f"{type(exc).__name__}: {exc}")
        finally:
            if renewer is not None:
                renewer.cancel()
            for task in (settle, render):  # lost the race, stopped or cancelled: the backend stops here
                if task is not None:
                    task.cancel()
                    with contextlib.suppress(BaseException):  # its error, if any, no longer matters
                        await task
            if run.waiting is not None and not run.waiting.done():  # never got its slot
                run.waiting.cancel()
                with contextlib.suppress(ValueError):
                    run.slot.waiters.remove(run.waiting)
            elif run.holds_slot:
                run.slot.release()
            run.released = True
            self._slot_freed_at = self.clock()
            self.runs.pop(run.claim_id, None)
            self._publish_runs(w)
            self._beat_busy()
            self._wake.set()
            self._claim_freed()  # a freed slot claims its next job now, not on the next tick
            shutil.rmtree(workdir, ignore_errors=True)

    def _claim_freed(self) -> None:
        if self._stopping or not any(s.in_use < s.capacity for s in self.slots):
            return
        now = self.clock()
        for name, w in list(self.workers.items()):
            try:
                if not w.roster.paused():
                    self._claim_open_jobs(name, w, now)
            except Exception:  # the next tick tries again
                log.exception("claiming on a freed slot failed")

    async def _slot_handed(self, w: _Worker, run: _Run, settle: asyncio.Task[bool], claimed_at: float) -> bool:
        """A run claimed ahead waits for its slot while its claim settles. False (withdrawn, nothing ran)
        when the claim lost, or when the slot is still busy two leads after the claim: the run ahead
        overran its estimate, and the job should go to whichever slot frees first instead."""
        waiter = run.waiting
        assert waiter is not None
        limit = claimed_at + 2 * _preclaim_lead_s()
        while not waiter.done():
            if settle.done() and not settle.result():
                return False
            if (left := limit - self.clock()) <= 0:
                settle.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await settle
                w.agent.withdraw(run.job_id, run.claim_id)
                log.info("board %s: the slot for %s stayed busy; gave it back", run.board, run.job_id)
                return False
            pending: set[asyncio.Future[Any]] = {waiter} if settle.done() else {waiter, settle}
            await asyncio.wait(pending, timeout=min(left, SETTLE_POLL_S), return_when=asyncio.FIRST_COMPLETED)
        j = job(w.replica.board, run.job_id)
        if j is not None and j.cancelled:
            raise RenderCancelled("cancelled by a person")
        if self.quarantine.get(run.stage, 0.0) > self.clock():  # the run ahead of it failed the stage again
            w.agent.withdraw(run.job_id, run.claim_id)
            return False
        return True

    def _jobs_changed(self) -> None:
        self._wake.set()
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    async def _settle(self, w: _Worker, run: _Run, claimed_at: float) -> bool:
        """Wait out the settle window, then confirm; withdraw as soon as a competing claim sorts first.

        A successor (claimed ahead of its input) also waits for the runs it depends on to be done: it
        withdraws when one of them ends here without being done (failed, cancelled, lost its own race)."""
        while (left := claimed_at + const.CLAIM_SETTLE_S - self.clock()) > 0 or not self._inputs_done(w, run):
            if w.agent.beaten(run.job_id, run.claim_id) or self._inputs_lost(w, run):
                w.agent.withdraw(run.job_id, run.claim_id)
                return False
            changed = self._changed
            with contextlib.suppress(TimeoutError):  # the poll bounds a test clock that is not real time
                async with asyncio.timeout(min(left, SETTLE_POLL_S) if left > 0 else SETTLE_POLL_S):
                    await changed.wait()
        return w.agent.confirm(run.job_id, run.claim_id)

    async def _inputs_stored(self, w: _Worker, run: _Run, settle: asyncio.Task[bool]) -> bool:
        """A successor's backend starts once the jobs it waits on are done (their takes stored), in
        parallel with what is left of its settle window, like any claim; False when the claim withdrew."""
        while not self._inputs_done(w, run):
            if settle.done():
                return settle.result()
            changed = self._changed
            waiter = asyncio.ensure_future(changed.wait())
            try:
                await asyncio.wait({waiter, settle}, timeout=SETTLE_POLL_S, return_when=asyncio.FIRST_COMPLETED)
            finally:
                waiter.cancel()
        return True

    def _inputs_done(self, w: _Worker, run: _Run) -> bool:
        return all((d := job(w.replica.board, dep)) is not None and d.state() is JobState.DONE for dep in run.after)

    def _inputs_lost(self, w: _Worker, run: _Run) -> bool:
        """A job this successor waits on is not done, and no run of it is left on this peer to do it."""
        rendering = {r.job_id for r in self.runs.values()}
        return any((d := job(w.replica.board, dep)) is None or (d.state() is not JobState.DONE and dep not in rendering)
                   for dep in run.after)

    async def _render(self, w: _Worker, run: _Run, j: Job,
                      workdir: Path) -> tuple[RenderRequest, list[Output], str, float]:
        """Fetch the inputs and run the backend: what the settle window runs in parallel with."""
        board = w.replica.board
        for needed in input_assets(board, j):
            if not self.assets.has(needed) and self.fetch_missing is not None:
                await self.fetch_missing(board, needed)  # e.g. the still another peer rendered
        request = build_request(board, j, self.assets)
        made_from = input_fingerprint(board, j)  # what the takes are made from, read with the request
        started = run.render_started = self.clock()
        expected = self.durations.expected(run.stage, _size_of(request))
        run.expected_end = started + (expected if expected is not None else run.slot.backend.estimate(request).seconds)
        outputs = await run.slot.backend.run(
            request, workdir=workdir, progress=lambda f, m, p=None: self._progress(w, run, f, m, p))
        run.backend_done, run.expected_end = True, self.clock()
        self._hand_over(run.slot)  # a run claimed ahead starts now; the confirm and storing outputs can wait
        return request, outputs, made_from, started

    def _hand_over(self, slot: _Slot) -> None:
        """Give the places of runs whose backend has returned to the runs claimed ahead for this slot."""
        for r in list(self.runs.values()):
            if not slot.waiting():
                return
            if r.slot is slot and r.holds_slot and r.backend_done:
                r.released = True
                slot.release()

    def _beat_busy(self) -> None:
        """Publish the busy count when a run starts or ends, so rankings elsewhere see a free slot now."""
        for w in self.workers.values():
            with contextlib.suppress(Exception):  # a board whose roster entry is not announced yet
                w.roster.beat(busy=len(self.runs))
                w.last_beat = self.clock()

    def _on_cancel(self, w: _Worker, run: _Run, why: str = "") -> None:
        board = w.replica.board
        if run.cancel_reason == "stop":
            w.agent.withdraw(run.job_id, run.claim_id)
            record(board, EventKind.WITHDRAWN, peer=self.peer_id, hlc=self.hlc, job=run.job_id, stage=run.stage,
                   msg=f"{self.name} stopped and gave the {run.stage} back")
            return
        w.agent.cancelled(run.job_id, run.claim_id)
        record(board, EventKind.CANCELLED, peer=self.peer_id, hlc=self.hlc, job=run.job_id, stage=run.stage,
               msg=f"{self.name} stopped the {run.stage}: {why or run.cancel_reason or 'cancelled'}")

    def _on_failure(self, w: _Worker, run: _Run, reason: str, *, peer_at_fault: bool = True) -> None:
        board = w.replica.board
        w.agent.fail(run.job_id, run.claim_id, reason)
        j = job(board, run.job_id)
        record(board, EventKind.FAILED, peer=self.peer_id, hlc=self.hlc, job=run.job_id, stage=run.stage,
               intent=j.intent_id if j else "", msg=f"{self.name} failed the {run.stage}: {reason}")
        log.warning("%s: %s %s failed: %s", run.board, run.stage, run.job_id, reason)
        if not peer_at_fault:  # bad input fails the same way anywhere: no quarantine for this peer
            return
        count = self.failures.get(run.stage, 0) + 1
        self.failures[run.stage] = count
        if count >= const.QUARANTINE_AFTER_FAILURES:
            self.quarantine[run.stage] = self.clock() + const.QUARANTINE_S
            self.failures[run.stage] = 0
            record(board, EventKind.WARNING, peer=self.peer_id, hlc=self.hlc, stage=run.stage,
                   msg=f"{self.name} failed {count} {run.stage} jobs in a row; it stops claiming them for "
                       f"{const.QUARANTINE_S:.0f} s")

    async def _renew(self, w: _Worker, run: _Run) -> None:
        """Renew the lease; cancel the run when a person cancels or another run already finished."""
        while True:
            await asyncio.sleep(const.LEASE_RENEW_S)
            w.agent.renew(run.job_id, run.claim_id)
            j = job(w.replica.board, run.job_id)
            if j is None:
                continue
            if j.cancelled and run.task is not None:
                run.cancel_reason = "cancelled by a person"
                run.task.cancel()
                return
            if j.own_state() is JobState.DONE and run.task is not None:
                run.cancel_reason = "another peer already finished it"
                run.task.cancel()
                return
            if j.own_state() is JobState.FAILED and run.task is not None:  # "failed" is final
                run.cancel_reason = f"it failed for good meanwhile: {j.reason()}"
                run.task.cancel()
                return

    def _progress(self, w: _Worker, run: _Run, fraction: float, msg: str, preview: bytes | None) -> None:
        now = self.clock()
        if run.render_started and 0.05 <= fraction < 1.0:  # this run's own pace beats any estimate
            run.expected_end = run.render_started + (now - run.render_started) / fraction
        if preview:
            self.previews[run.job_id] = preview
            if len(self.previews) > 64:
                self.previews.pop(next(iter(self.previews)))
            if now - run.last_thumb >= THUMB_INTERVAL_S:
                run.last_thumb = now
                run.thumb = thumbnail(preview)
                run.last_progress = -1e9  # publish the new thumbnail now
        if now - run.last_progress < PROGRESS_MIN_INTERVAL_S and 0.0 < fraction < 1.0:
            return
        run.last_progress = now
        state = {"fraction": round(max(0.0, min(1.0, fraction)), 3), "msg": msg[:200], "stage": run.stage}
        if run.thumb:
            state["thumb"] = run.thumb
        self._publish_runs(w, {run.job_id: state})

    def _publish_runs(self, w: _Worker, update: dict[str, Any] | None = None) -> None:
        presence = w.replica.presence
        runs = dict(presence.local().get("runs") or {})
        live = {r.job_id for r in self.runs.values() if r.board == w.replica.name}
        runs = {k: v for k, v in runs.items() if k in live}
        if update:
            runs.update({k: v for k, v in update.items() if k in live})
        presence.set("runs", runs)

    async def _store_outputs(self, w: _Worker, run: _Run, j: Job, outputs: list[Output],
                             made_from: str = "") -> list[str]:
        board = w.replica.board
        mine = next((c for c in j.claims() if c.id == run.claim_id), None)
        late = mine is not None and mine.lapsed
        ids = []
        for out in outputs:
            meta = await self.assets.put_file_async(out.path, mime=out.mime)
            art = board.add_gen_art(
                j.intent_id, out.kind, origin=f"peer:{self.peer_id}", stage=j.stage, asset=meta.sha256,
                mime=meta.mime, size_bytes=meta.size, width=meta.width, height=meta.height,
                duration_s=meta.duration_s, job_id=j.id, run_id=run.claim_id, peer_id=self.peer_id,
                backend=run.slot.backend.name, late=late, fingerprint=made_from,
                title=f"{j.stage} · {self.name}" + (" (late take)" if late else ""),
            )
            ids.append(art.id)
        return ids

    def live_peers(self, board: str) -> list[PeerCaps]:
        """The live peers of a board as this runner's roster judges them: its lease watch has been
        watching the beats, where a fresh `Roster` would count every entry live on its first look."""
        w = self.workers.get(board)
        return w.roster.live() if w is not None else Roster(self.replicas[board].board, self.peer_id).live()

    # -- person actions ----------------------------------------------------------------------------
    def set_paused(self, board: str, paused: bool, *, origin: str, peer_id: str | None = None) -> None:
        w = self.workers.get(board) or self._worker(board, self.replicas[board])
        target = peer_id or self.peer_id
        w.roster.set_paused(target, paused, origin=origin)
        record(w.replica.board, EventKind.PAUSED if paused else EventKind.RESUMED, peer=target, hlc=self.hlc,
               origin=origin, msg=f"{target} {'paused' if paused else 'resumed'} by {origin}")


def _fits(slot: _Slot, j: Job) -> bool:
    """The slot's backend runs this stage and is the one a `backend` directive asks for."""
    backend = j.params.get("backend")
    named = not backend or slot.backend.name == backend or slot.backend.name.startswith(f"{backend}@")
    return named and slot.runs(j.stage)


def _full_pass_s() -> float:
    """How often a tick sweeps leases even when nothing woke it: 1 s, far inside LEASE_S (15 s)."""
    return max(const.SCHEDULER_TICK_S, min(1.0, const.LEASE_S / 8))


def _title(board: Any, j: Job) -> str:
    block = board.block(j.intent_id)
    return f"“{block.title[:60]}”" if block is not None else j.intent_id


def _size_of(request: RenderRequest) -> str:
    return job_size(request.stage, {"width": request.width, "height": request.height, "fps": request.fps,
                                    "duration_s": request.duration_s})


def _probe_request(stage: str) -> Any:
    return RenderRequest(job_id="estimate", stage=stage, prompt="")
