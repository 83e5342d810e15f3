"""A discrete-event simulation of peers claiming jobs over a lossy, delaying, partitionable network.

Each simulated peer holds a real `Replica` (pycrdt document) and uses the real protocol pieces —
`ClaimAgent`, `Roster`, `select_claims` — on a virtual clock, with its own wall-clock skew for the HLC.
Messages are the real Yjs update bytes, delivered through `Replica.apply_remote` after a random delay,
dropped with some probability, or cut by a partition. Anti-entropy (a state-vector exchange between
linked peers, what the websocket sync does on connect) runs periodically so lost updates are repaired.
As in the runner, a claim's backend starts with the claim; the claim is confirmed after the settle window
and a losing claimer stops its backend (`backends` records when each ran, `overlaps` the worst overlap).
"""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass, field

from mesh import const
from mesh.model.board import Board
from mesh.model.claims import ClaimAgent
from mesh.model.hlc import HLC
from mesh.model.jobs import Job, JobState, job, plan_render
from mesh.model.pipelines import PipelineSet
from mesh.model.replica import Replica
from mesh.model.roster import Roster
from mesh.model.scheduling import select_claims
from mesh.model.stages import STAGES

TICK_S = 0.25
ANTI_ENTROPY_S = 3.0


def content(board: Board) -> dict[str, object]:
    return {name: board.doc.get(name, type=type(root)).to_py()
            for name, root in (("blocks", board._blocks), ("jobs", board.jobs_root), ("log", board.log_root),
                               ("roster", board.roster_root), ("sequence", board._sequence))}


@dataclass
class Run:
    job_id: str
    claim_id: str
    ends_at: float
    next_renew: float


@dataclass
class Backend:
    """When one claim's backend ran (it starts with the claim, before the settle window ends)."""

    peer_id: str
    job_id: str
    start: float
    end: float | None = None


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
        self.pending: dict[str, tuple[str, float]] = {}
        for run in self.sim.backends.values():  # a crash (or restart) stops this peer's backends
            if run.peer_id == self.peer_id and run.end is None:
                run.end = self.sim.now
        self.running: dict[str, Run] = {}
        self.last_beat = -1e9
        self.agent.abandon_stale()
        self.roster.announce(stages={stage: ["cpu"] for stage in STAGES}, slots=self.slots)

    @property
    def board(self) -> Board:
        return self.replica.board

    def busy(self) -> int:
        return len(self.pending) + len(self.running)

    def tick(self, now: float) -> None:
        if now - self.last_beat >= const.PEER_BEAT_S:
            self.roster.beat(busy=self.busy())
            self.last_beat = now
        self.agent.sweep()
        for claim_id, (job_id, at) in list(self.pending.items()):
            if now < at and self.sim.beaten_rule and self.agent.beaten(job_id, claim_id):
                del self.pending[claim_id]  # a competing claim sorts first: give up before the window ends
                self.agent.withdraw(job_id, claim_id)
                self.sim.stop_backend(claim_id)
            elif now >= at:
                del self.pending[claim_id]
                if self.agent.confirm(job_id, claim_id):
                    self.sim.started.append((job_id, claim_id, self.connected_at_start()))
                    duration = self.sim.rng.uniform(*self.sim.run_s)  # what is left after the settle window
                    self.running[claim_id] = Run(job_id, claim_id, now + duration, now + const.LEASE_RENEW_S)
                elif self.sim.stop_losers:
                    self.sim.stop_backend(claim_id)
        for claim_id, run in list(self.running.items()):
            j = job(self.board, run.job_id)
            assert j is not None
            if j.cancelled or (j.own_state() is JobState.DONE and not any(c.id == claim_id for c in j.claims()
                                                                          if c.done)):
                self.agent.cancelled(run.job_id, claim_id)
                del self.running[claim_id]
                self.sim.stop_backend(claim_id)
                continue
            if now >= run.ends_at and self.sim.fails(j):
                self.agent.fail(run.job_id, claim_id, "simulated backend failure")
                del self.running[claim_id]
                self.sim.stop_backend(claim_id)
            elif now >= run.ends_at:
                self.sim.stop_backend(claim_id)
                art = self.board.add_gen_art(j.intent_id, "image", origin=f"peer:{self.peer_id}", stage=j.stage,
                                             job_id=j.id, run_id=claim_id, peer_id=self.peer_id)
                self.agent.finish(run.job_id, claim_id, [art.id])
                self.sim.ledger.append((self.peer_id, run.job_id, art.id))
                del self.running[claim_id]
            elif now >= run.next_renew:
                self.agent.renew(run.job_id, claim_id)
                run.next_renew = now + const.LEASE_RENEW_S
        all_jobs = self.agent.active_jobs()
        open_jobs = [j for j in all_jobs if self.agent.claimable(j)]
        if not open_jobs:
            return
        live = {p.peer_id: p for p in self.roster.live()}
        free = [self.slots - self.busy()]

        def take(_: Job) -> bool:
            if free[0] <= 0:
                return False
            free[0] -= 1
            return True

        running = [j for j in all_jobs if j.own_state() in (JobState.CLAIMED, JobState.RENDERING)]
        for j in select_claims(open_jobs, running, live, self.peer_id, now, self.first_open, take,
                               const.RANK_DELAY_S, all_jobs):
            claim_id = self.agent.claim(j.id)
            self.pending[claim_id] = (j.id, now + const.CLAIM_SETTLE_S)
            self.sim.backends[claim_id] = Backend(self.peer_id, j.id, now)  # it renders while it settles

    def connected_at_start(self) -> bool:
        return self.sim.stable_now()


class Simulation:
    peer_class: type[SimPeer] = SimPeer

    def __init__(self, *, seed: int, peers: int, skews: list[float], delay_s: tuple[float, float],
                 loss: float, run_s: tuple[float, float]) -> None:
        self.rng = random.Random(seed)
        self.now = 0.0
        self.delay_s = delay_s
        self.loss = loss
        self.run_s = run_s
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
        self.peers = [self.peer_class(self, f"peer{i}", skews[i % len(skews)]) for i in range(peers)]
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
