"""A discrete-event simulation of peers claiming jobs over a lossy, delaying, partitionable network.

Each simulated peer holds a real `Replica` (pycrdt document) and uses the real protocol pieces —
`ClaimAgent`, `Roster`, `select_claims` — on a virtual clock, with its own wall-clock skew for the HLC.
Messages are the real Yjs update bytes, delivered through `Replica.apply_remote` after a random delay,
dropped with some probability, or cut by a partition. Anti-entropy (a state-vector exchange between
linked peers, what the websocket sync does on connect) runs periodically so lost updates are repaired.
As in the runner, a claim's backend starts with the claim; the claim is confirmed after the settle window
and a losing claimer stops its backend (`backends` records when each ran, `overlaps` the worst overlap).

Claiming ahead (docs/claims.md step 3a) is modelled as `peers.runner.PeerRunner` does it, with its pieces:
a peer whose places are all taken, with a run expected to end within `_preclaim_lead_s()` (its estimate
is `peers.durations.Durations` of its own runs, else the backend's guess, `guess_s`), claims one job of
`spare_jobs` ahead; the claim settles while that run renders (withdrawn at once when beaten); when a run
ends its place is handed to the first claim waiting, which starts its backend then, or gives the job
back (cancelled, or its stage quarantined); a claim still waiting two leads after it is given back. A
run may `stall` (take longer than any estimate), which is what the give-back is for. As in the runner,
a peer beats its busy count whenever it changes and counts itself from its own runs, a peer failing
`QUARANTINE_AFTER_FAILURES` runs of a stage in a row stops claiming it for `QUARANTINE_S`, and the
`ahead` counters say how often each path was taken.
"""

from __future__ import annotations

import heapq
import random
from collections import Counter
from dataclasses import dataclass, field

from mesh import const
from mesh.model.board import Board
from mesh.model.claims import ClaimAgent
from mesh.model.estimates import job_size
from mesh.model.hlc import HLC
from mesh.model.jobs import Job, JobState, job, plan_render
from mesh.model.pipelines import PipelineSet
from mesh.model.replica import Replica
from mesh.model.roster import Roster
from mesh.model.scheduling import PeerCaps, can_run, order_jobs, select_claims, spare_jobs
from mesh.model.stages import STAGES
from peers.durations import Durations
from peers.runner import _preclaim_lead_s

TICK_S = 0.25
ANTI_ENTROPY_S = 3.0


def content(board: Board) -> dict[str, object]:
    return {name: board.doc.get(name, type=type(root)).to_py()
            for name, root in (("blocks", board._blocks), ("jobs", board.jobs_root), ("log", board.log_root),
                               ("roster", board.roster_root), ("sequence", board._sequence))}


def give_back_s() -> float:
    """How long a claim ahead waits for its place before it gives the job back: two leads, as
    `peers.runner.PeerRunner._slot_handed` does (it has no named constant)."""
    return 2 * _preclaim_lead_s()


@dataclass
class Run:
    job_id: str
    claim_id: str
    ends_at: float
    next_renew: float


@dataclass
class Ahead:
    """A claim made ahead for a place still taken: it settles meanwhile, and starts when the place frees."""

    job_id: str
    claim_id: str
    claimed_at: float
    settle_at: float
    confirmed: bool = False
    after: tuple[str, ...] = ()  # a successor: the jobs ending here that it waits on (its input)


@dataclass
class Backend:
    """When one claim's backend ran: it starts with the claim, before the settle window ends, or for a
    claim ahead (`ahead_claimed` says when it was made) when its place is handed over."""

    peer_id: str
    job_id: str
    start: float
    end: float | None = None
    ahead_claimed: float | None = None
    deps_done: bool = True  # every job it waits on was done on its peer's replica when it started


@dataclass
class SimPeer:
    sim: Simulation
    peer_id: str
    skew_s: float
    slots: int = 1
    alive: bool = True
    replica: Replica = field(init=False)
    agent: ClaimAgent = field(init=False)
    roster: Roster = field(init=False)

    def __post_init__(self) -> None:
        self.replica = Replica("board")
        self.replica.on_update(lambda update, source: self.sim.broadcast(self, update) if source is None else None)
        self.boot()

    def boot(self) -> None:
        clock = lambda: self.sim.now  # noqa: E731
        hlc = HLC(wall_ms=lambda: int((self.sim.now + self.skew_s) * 1000) + 1_000_000)
        self.agent = ClaimAgent(self.replica.board, self.peer_id, hlc=hlc, clock=clock)
        self.roster = Roster(self.replica.board, self.peer_id, clock=clock)
        self.first_open: dict[tuple[str, int], float] = {}
        self.pending: dict[str, tuple[str, float]] = {}  # settling, holding a place (its backend renders)
        self.ahead: dict[str, Ahead] = {}  # claimed ahead, waiting for a place: first come, first served
        self.handed: dict[str, Ahead] = {}  # successors holding a place, waiting for their input to be stored
        self.storing: dict[str, tuple[str, float]] = {}  # finished runs storing their outputs: job, done at
        for run in self.sim.backends.values():  # a crash (or restart) stops this peer's backends
            if run.peer_id == self.peer_id and run.end is None:
                run.end = self.sim.now
        self.running: dict[str, Run] = {}
        self.claimed_at: dict[str, float] = {}  # claim id -> when it was made
        self.expected: dict[str, float] = {}  # claim id -> when its backend should end, as this peer guesses
        self.durations = Durations()  # in memory, as in the runner: a new process estimates afresh
        self.failures: dict[str, int] = {}
        self.quarantine: dict[str, float] = {}
        self.last_beat = -1e9
        self.published_busy = -1
        self.agent.abandon_stale()
        self.roster.announce(stages={stage: ["cpu"] for stage in STAGES}, slots=self.slots)

    @property
    def board(self) -> Board:
        return self.replica.board

    def busy(self) -> int:
        return len(self.pending) + len(self.running) + len(self.ahead) + len(self.handed)

    def in_use(self) -> int:
        """Places taken by a backend (settling or confirmed), or by a successor waiting for its input;
        claims ahead wait for one of them."""
        return len(self.pending) + len(self.running) + len(self.handed)

    def my_caps(self) -> PeerCaps:
        """What the runner counts itself as (`PeerRunner.my_caps`): its own runs, not its last beat."""
        return PeerCaps(self.peer_id, stages={stage: ("cpu",) for stage in STAGES}, slots=self.slots,
                        busy=self.busy())

    def beat(self) -> None:
        self.roster.beat(busy=self.busy())
        self.published_busy = self.busy()

    def tick(self, now: float) -> None:
        if now - self.last_beat >= const.PEER_BEAT_S:
            self.beat()
            self.last_beat = now  # only the periodic beats keep time: every peer beats in step, as before
        self.agent.sweep()
        self.settle(now)
        self.settle_ahead(now)
        self.progress(now)
        self.store(now)
        self.start_handed(now)
        self.claim(now)
        if self.busy() != self.published_busy:  # the runner beats whenever a run starts or ends
            self.beat()

    def settle(self, now: float) -> None:
        for claim_id, (job_id, at) in list(self.pending.items()):
            if now < at and self.sim.beaten_rule and self.agent.beaten(job_id, claim_id):
                del self.pending[claim_id]  # a competing claim sorts first: give up before the window ends
                self.agent.withdraw(job_id, claim_id)
                self.sim.stop_backend(claim_id)
                self.release(now)
            elif now >= at:
                del self.pending[claim_id]
                if self.agent.confirm(job_id, claim_id):
                    self.start_run(job_id, claim_id, now)
                else:
                    if self.sim.stop_losers:
                        self.sim.stop_backend(claim_id)
                    self.release(now)

    def settle_ahead(self, now: float) -> None:
        """Claims ahead settle while the runs ahead of them render (`PeerRunner._slot_handed`): withdrawn
        when beaten or lost, given back when still waiting `give_back_s()` after the claim."""
        stats = self.sim.ahead_stats
        for a in list(self.ahead.values()):
            if a.after and self.inputs_lost(a):
                self.agent.withdraw(a.job_id, a.claim_id)
                del self.ahead[a.claim_id]
                stats["input_lost"] += 1
                continue
            if not a.confirmed and self.sim.settle_ahead_early:
                if now < a.settle_at or not self.inputs_done(a):  # a successor confirms once its input is done
                    if self.sim.beaten_rule and self.agent.beaten(a.job_id, a.claim_id):
                        self.agent.withdraw(a.job_id, a.claim_id)
                        del self.ahead[a.claim_id]
                        stats["beaten"] += 1
                        continue
                elif self.agent.confirm(a.job_id, a.claim_id):
                    a.confirmed = True
                    stats["confirmed"] += 1
                else:
                    del self.ahead[a.claim_id]
                    stats["lost"] += 1
                    continue
            if self.sim.give_back and now >= a.claimed_at + give_back_s():
                self.agent.withdraw(a.job_id, a.claim_id)  # no attempt counted: whichever place frees first
                del self.ahead[a.claim_id]
                stats["given_back"] += 1

    def inputs_done(self, a: Ahead) -> bool:
        return all((d := job(self.board, dep)) is not None and d.state() is JobState.DONE for dep in a.after)

    def inputs_lost(self, a: Ahead) -> bool:
        """`PeerRunner._inputs_lost`: a job the successor waits on is not done, and no run of it is left here."""
        here = {job_id for job_id, _ in (*self.pending.values(), *self.storing.values())}
        here |= {r.job_id for r in self.running.values()}
        return any((d := job(self.board, dep)) is None or (d.state() is not JobState.DONE and dep not in here)
                   for dep in a.after)

    def start_handed(self, now: float) -> None:
        """Successors holding a place start their backend once their input is stored (`_inputs_stored`),
        in parallel with what is left of their settle window; one whose input will not come gives back."""
        stats = self.sim.ahead_stats
        for a in list(self.handed.values()):
            j = job(self.board, a.job_id)
            assert j is not None
            beaten = not a.confirmed and self.sim.beaten_rule and self.agent.beaten(a.job_id, a.claim_id)
            if j.cancelled or beaten or self.inputs_lost(a):
                del self.handed[a.claim_id]
                (self.agent.cancelled if j.cancelled else self.agent.withdraw)(a.job_id, a.claim_id)
                stats["input_lost" if not beaten and not j.cancelled else "beaten"] += 1
                self.release(now)
            elif self.inputs_done(a) or not self.sim.successor_waits:
                del self.handed[a.claim_id]
                stats["successor_started"] += 1
                self.start_backend(a, j, now)

    def start_backend(self, a: Ahead, j: Job, now: float) -> None:
        """A claim ahead holding its place starts its backend: counted once confirmed, else it settles."""
        self.sim.backends[a.claim_id] = Backend(self.peer_id, a.job_id, now, ahead_claimed=a.claimed_at,
                                                deps_done=self.deps_done(j))
        self.expected[a.claim_id] = now + self.estimate(j)
        if a.confirmed:
            self.start_run(a.job_id, a.claim_id, now)
        else:  # the place freed early: it renders while the rest of its settle window passes
            self.pending[a.claim_id] = (a.job_id, a.settle_at if self.sim.settle_ahead_early
                                        else now + const.CLAIM_SETTLE_S)

    def deps_done(self, j: Job) -> bool:
        return all((d := job(self.board, dep)) is not None and d.state() is JobState.DONE for dep in j.deps)

    def start_run(self, job_id: str, claim_id: str, now: float) -> None:
        """A confirmed claim holding a place: it renders (what is left after the settle window) and counts."""
        self.sim.started.append((job_id, claim_id, self.connected_at_start()))
        duration = self.sim.rng.uniform(*self.sim.run_s) + self.sim.stall_s()
        self.running[claim_id] = Run(job_id, claim_id, now + duration, now + const.LEASE_RENEW_S)
        self.run_started(job_id, claim_id)

    def run_started(self, job_id: str, claim_id: str) -> None:
        """A hook for simulations that record runs."""

    def progress(self, now: float) -> None:
        for claim_id, run in list(self.running.items()):
            j = job(self.board, run.job_id)
            assert j is not None
            if j.cancelled or (j.own_state() is JobState.DONE and not any(c.id == claim_id for c in j.claims()
                                                                          if c.done)):
                self.agent.cancelled(run.job_id, claim_id)
                del self.running[claim_id]
                self.sim.stop_backend(claim_id)
                self.release(now)
                continue
            if now >= run.ends_at and self.sim.fails(j):
                self.agent.fail(run.job_id, claim_id, "simulated backend failure")
                del self.running[claim_id]
                self.sim.stop_backend(claim_id)
                self.failed(j.stage, now)
                self.release(now)
            elif now >= run.ends_at:
                self.sim.stop_backend(claim_id)
                del self.running[claim_id]
                self.release(now)  # as the runner: the place is handed over before the outputs are stored
                self.storing[claim_id] = (run.job_id, now + self.sim.store_s)
                self.durations.record(j.stage, job_size(j.stage, j.params), now - self.claimed_at[claim_id])
                self.failures[j.stage] = 0
            elif now >= run.next_renew:
                self.agent.renew(run.job_id, claim_id)
                run.next_renew = now + const.LEASE_RENEW_S

    def store(self, now: float) -> None:
        """Outputs stored `store_s` after the backend returned (copy, hash, fsync): the job is done then."""
        for claim_id, (job_id, at) in list(self.storing.items()):
            if now < at:
                continue
            del self.storing[claim_id]
            j = job(self.board, job_id)
            assert j is not None
            art = self.board.add_gen_art(j.intent_id, "image", origin=f"peer:{self.peer_id}", stage=j.stage,
                                         job_id=j.id, run_id=claim_id, peer_id=self.peer_id)
            self.agent.finish(job_id, claim_id, [art.id])
            self.sim.ledger.append((self.peer_id, job_id, art.id))

    def failed(self, stage: str, now: float) -> None:
        """`PeerRunner._on_failure`: failing a stage too often in a row quarantines it here for a while."""
        self.failures[stage] = self.failures.get(stage, 0) + 1
        if self.failures[stage] >= const.QUARANTINE_AFTER_FAILURES:
            self.quarantine[stage] = now + const.QUARANTINE_S
            self.failures[stage] = 0

    def release(self, now: float) -> None:
        """A run is done with its place: hand it to the first claim ahead waiting (`_Slot.release`)."""
        while self.ahead:
            a = self.ahead.pop(next(iter(self.ahead)))
            if self.hand_over(a, now):
                return

    def hand_over(self, a: Ahead, now: float) -> bool:
        """The place is this claim's: start its backend, unless its job was cancelled or its stage
        quarantined meanwhile (then give it back, and the place goes on)."""
        stats = self.sim.ahead_stats
        j = job(self.board, a.job_id)
        assert j is not None
        if self.sim.ahead_cancel_check and j.cancelled:
            self.agent.cancelled(a.job_id, a.claim_id)
            stats["cancelled"] += 1
            return False
        if self.quarantine.get(j.stage, 0.0) > now:
            self.agent.withdraw(a.job_id, a.claim_id)
            stats["quarantined"] += 1
            return False
        stats["handed"] += 1
        if a.after:  # a successor: its input is stored just after this (`start_handed`)
            self.handed[a.claim_id] = a
            return True
        self.start_backend(a, j, now)
        return True

    def estimate(self, j: Job) -> float:
        """What runs of this stage and size took here, else the backend's guess (`PeerRunner._render`)."""
        measured = self.durations.expected(j.stage, job_size(j.stage, j.params))
        return measured if measured is not None else self.sim.guess_s

    def ending(self, now: float) -> list[str]:
        """`PeerRunner._ending`: the jobs of runs holding a place expected to end within the lead (and
        not more than a lead past their estimate), when no claim ahead waits for every such end yet."""
        lead = _preclaim_lead_s()
        runs = {**{cid: job_id for cid, (job_id, _) in self.pending.items()},
                **{cid: r.job_id for cid, r in self.running.items()}}
        ends = [job_id for cid, job_id in runs.items() if self.expected[cid] - lead <= now <= self.expected[cid] + lead]
        return ends if len(self.ahead) < len(ends) else []

    def claim(self, now: float) -> None:
        all_jobs = self.agent.active_jobs()
        open_jobs = [j for j in all_jobs if self.agent.claimable(j)]
        free = [self.slots - self.in_use()]
        if not open_jobs and free[0] > 0:  # (a busy place looks on: its successor is not open yet)
            return
        live = {p.peer_id: p for p in self.roster.live()}
        live[self.peer_id] = self.my_caps()
        running = [j for j in all_jobs if j.own_state() in (JobState.CLAIMED, JobState.RENDERING)]
        if free[0] <= 0:
            if self.sim.claim_ahead and (ending := self.ending(now)):
                self.claim_ahead(now, open_jobs, running, live, all_jobs, ending)
            return

        def take(j: Job) -> bool:
            if free[0] <= 0 or self.quarantine.get(j.stage, 0.0) > now:
                return False
            free[0] -= 1
            return True

        for j in select_claims(open_jobs, running, live, self.peer_id, now, self.first_open, take,
                               const.RANK_DELAY_S, all_jobs):
            claim_id = self.agent.claim(j.id)
            self.pending[claim_id] = (j.id, now + const.CLAIM_SETTLE_S)
            self.claimed_at[claim_id] = now
            self.expected[claim_id] = now + self.estimate(j)
            self.sim.backends[claim_id] = Backend(self.peer_id, j.id, now,  # it renders while it settles
                                                  deps_done=self.deps_done(j))

    def claim_ahead(self, now: float, open_jobs: list[Job], running: list[Job], live: dict[str, PeerCaps],
                    all_jobs: list[Job], ending: list[str]) -> None:
        """`PeerRunner._claim_ahead`: the first spare job or successor this peer may run, one per ending
        place and tick."""
        mine = self.my_caps()
        for j in self.sim.ahead_candidates(open_jobs, running, live, all_jobs, ending):
            if self.quarantine.get(j.stage, 0.0) > now or not can_run(mine, j):
                continue
            claim_id = self.agent.claim(j.id)
            after = tuple(d for d in j.deps if d in ending)
            self.ahead[claim_id] = Ahead(j.id, claim_id, now, now + const.CLAIM_SETTLE_S, after=after)
            self.sim.ahead_stats["successor" if after else "spare"] += 1
            self.claimed_at[claim_id] = now
            self.sim.ahead_stats["claimed"] += 1
            return

    def connected_at_start(self) -> bool:
        return self.sim.stable_now()


class Simulation:
    peer_class: type[SimPeer] = SimPeer

    def __init__(self, *, seed: int, peers: int, skews: list[float], delay_s: tuple[float, float],
                 loss: float, run_s: tuple[float, float], stall: tuple[float, float, float] = (0.0, 0.0, 0.0),
                 slots: int = 1) -> None:
        self.rng = random.Random(seed)
        self.now = 0.0
        self.delay_s = delay_s
        self.loss = loss
        self.run_s = run_s
        self.stall = stall  # (chance, shortest, longest): a run takes that much longer than it was going to
        self.guess_s = const.CLAIM_SETTLE_S + sum(run_s) / 2  # the backend's own estimate before any run
        # claiming ahead, and the rules it rests on (mutants turn one off)
        self.claim_ahead = True
        self.ahead_spare = True  # claim ahead only `spare_jobs` (else any open job, in fair order)
        self.give_back = True  # a claim ahead still waiting `give_back_s()` after it gives the job back
        self.settle_ahead_early = True  # it settles while the run ahead renders (else from its hand-over)
        self.ahead_cancel_check = True  # a claim ahead whose job was cancelled meanwhile never starts
        self.successors = True  # a busy place claims ahead the job its own ending run opens
        self.successor_waits = True  # a successor's backend starts only once its input is done
        self.store_s = TICK_S  # storing a run's outputs takes a tick after its backend returns
        self.ahead_stats: Counter[str] = Counter()
        self.queue: list[tuple[float, int, str, str, bytes]] = []
        self.seq = 0
        self.cut: set[frozenset[str]] = set()
        self.link_clock: dict[tuple[str, str], float] = {}
        self.ledger: list[tuple[str, str, str]] = []  # (peer, job, gen.art) of every finished run
        self.started: list[tuple[str, str, bool]] = []
        self.backends: dict[str, Backend] = {}  # claim id -> when its backend ran
        self.beaten_rule = True  # a claimer that sees a claim sorting before its own withdraws at once
        self.stop_losers = True  # a claimer that loses the settle window stops its backend (tests turn it off)
        self.chaos = loss > 0 or delay_s[1] > const.CLAIM_SETTLE_S / 2
        self.peers: list[SimPeer] = []
        self.peers = [self.peer_class(self, f"peer{i}", skews[i % len(skews)], slots) for i in range(peers)]
        self.by_id = {p.peer_id: p for p in self.peers}
        self.last_ae = 0.0
        self.fail_first = 0.0  # the chance a job's first attempt fails (a retry then runs it)
        self.full_sync()

    # -- network --------------------------------------------------------------------------------
    def linked(self, a: str, b: str) -> bool:
        return frozenset((a, b)) not in self.cut and self.by_id[a].alive and self.by_id[b].alive

    def stable_now(self) -> bool:
        return not self.chaos and not self.cut and all(p.alive for p in self.peers)

    def broadcast(self, src: SimPeer, update: bytes) -> None:
        for dst in self.peers:
            if dst is src or not self.linked(src.peer_id, dst.peer_id):
                continue
            if self.rng.random() < self.loss:
                continue
            self.seq += 1
            at = self.now + self.rng.uniform(*self.delay_s)
            if not self.chaos:  # a stable network is websockets: FIFO per link
                at = max(at, self.link_clock.get((src.peer_id, dst.peer_id), 0.0))
                self.link_clock[(src.peer_id, dst.peer_id)] = at
            heapq.heappush(self.queue, (at, self.seq, src.peer_id, dst.peer_id, update))

    def deliver_due(self) -> None:
        while self.queue and self.queue[0][0] <= self.now:
            _, _, src, dst, update = heapq.heappop(self.queue)
            if self.linked(src, dst):
                assert self.by_id[dst].replica.apply_remote(update, source=src)

    def full_sync(self, only_linked: bool = True) -> None:
        for a in self.peers:
            for b in self.peers:
                if a is b or (only_linked and not self.linked(a.peer_id, b.peer_id)):
                    continue
                b.replica.apply_remote(a.replica.doc.get_update(b.replica.doc.get_state()), source=a.peer_id)

    # -- driving --------------------------------------------------------------------------------
    def request(self, intents: int, by: str = "user:alice", pipelines: PipelineSet | None = None) -> list[str]:
        board = self.peers[0].board
        ids = [board.add_intent(f"shot {i}", origin=by).id for i in range(intents)]
        return plan_render(board, ids, requested_by=by, pipelines=pipelines)

    def stop_backend(self, claim_id: str) -> None:
        run = self.backends.get(claim_id)
        if run is not None and run.end is None:
            run.end = self.now

    def overlaps(self) -> dict[str, float]:
        """Per job, the longest time two of its backends ran at once (a backend still running counts to now)."""
        worst: dict[str, float] = {}
        runs = list(self.backends.values())
        for i, a in enumerate(runs):
            for b in runs[i + 1:]:
                if a.job_id == b.job_id:
                    both = min(a.end if a.end is not None else self.now, b.end if b.end is not None else self.now)
                    worst[a.job_id] = max(worst.get(a.job_id, 0.0), both - max(a.start, b.start))
        return worst

    def started_early(self) -> list[str]:
        """Jobs a backend started on before everything it waits on was done, as its peer saw it."""
        return [b.job_id for b in self.backends.values() if not b.deps_done]

    def ahead_race_overlaps(self) -> dict[str, float]:
        """Per job, the longest a backend of a claim ahead whose place was handed over at least
        CLAIM_SETTLE_S after the claim ran at once with another backend of that job: such a claim has
        settled before its backend starts, so its races cost no backend time (docs/claims.md)."""
        worst: dict[str, float] = {}
        runs = list(self.backends.values())
        for a in runs:
            if a.ahead_claimed is None or a.start - a.ahead_claimed < const.CLAIM_SETTLE_S - 1e-9:
                continue
            for b in runs:
                if b is not a and b.job_id == a.job_id:
                    both = min(a.end if a.end is not None else self.now, b.end if b.end is not None else self.now)
                    if both > max(a.start, b.start):
                        worst[a.job_id] = max(worst.get(a.job_id, 0.0), both - max(a.start, b.start))
        return worst

    def ahead_candidates(self, open_jobs: list[Job], running: list[Job], live: dict[str, PeerCaps],
                         active: list[Job], ending: list[str]) -> list[Job]:
        """What a busy peer may claim ahead: `spare_jobs`, the jobs no free slot takes, and the successors
        of its ending runs."""
        if self.ahead_spare:
            return spare_jobs(open_jobs, running, live, active, ending if self.successors else ())
        return order_jobs(open_jobs, running, active)

    def stall_s(self) -> float:
        chance, low, high = self.stall
        return self.rng.uniform(low, high) if chance > 0 and self.rng.random() < chance else 0.0

    def fails(self, j: Job) -> bool:
        """A run fails when the job's first attempt is picked to (`fail_first`): retried elsewhere."""
        return self.fail_first > 0 and not j.failures() and self.rng.random() < self.fail_first

    def step(self) -> None:
        self.now = round(self.now + TICK_S, 6)
        self.deliver_due()
        if self.now - self.last_ae >= ANTI_ENTROPY_S:
            self.full_sync()
            self.last_ae = self.now
        for peer in self.rng.sample(self.peers, len(self.peers)):
            if peer.alive:
                peer.tick(self.now)

    def run_for(self, seconds: float) -> None:
        end = self.now + seconds
        while self.now < end:
            self.step()

    def heal(self) -> None:
        self.cut.clear()
        self.chaos = False
        self.delay_s = (0.0, min(self.delay_s[1], const.CLAIM_SETTLE_S / 2 - 0.05))
        self.loss = 0.0
        self.full_sync()

    def run_until_done(self, job_ids: list[str], *, limit_s: float) -> bool:
        end = self.now + limit_s
        while self.now < end:
            self.step()
            if all(self.state(j) is JobState.DONE for j in job_ids) and not self.queue and self.converged():
                return True
        return False

    def state(self, job_id: str) -> JobState:
        j = job(self.alive_peers()[0].board, job_id)
        return j.state() if j else JobState.FAILED

    def alive_peers(self) -> list[SimPeer]:
        return [p for p in self.peers if p.alive]

    def converged(self) -> bool:
        """Every replica holds the same content (a diff always carries the delete set, so compare values)."""
        views = [content(p.replica.board) for p in self.alive_peers()]
        return all(v == views[0] for v in views[1:])
