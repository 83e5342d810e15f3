"""The claim simulation routed the way production routes: topology links, relaying, repair, reconnects.

`sim.Simulation` hands every update straight to every peer and resyncs everyone at once. Here, as in
`peers.mesh_service` + `mesh.net.sync`:

- each peer dials `mesh.net.topology.neighbours_to_dial(me, members)` over the peers it can currently
  reach (discovery sees only its side of a partition, never a dead peer), so 8 peers form the ring with
  chords and most pairs are 2 hops apart;
- a session opens with both sides sending SYNC_STEP1 (their state vector) and answering the other's
  with SYNC_STEP2 computed when the request arrives; then every transaction is forwarded to every session
  except the one it came from (relaying), FIFO per direction, after a random per-hop delay;
- every session re-sends its state vector every `mesh.net.sync.ANTI_ENTROPY_S` (the production repair
  interval, 20 s), which is the only thing that repairs a frame lost silently (`loss`: what yrs does when
  an update stays pending forever because it arrived before its parent);
- a session may drop (`drop`: a reset connection, a pulled cable); whatever was in flight on it is lost
  and the peers redial after a backoff, resyncing by state vector.

Updates reach a peer out of causal order whenever two paths race, so replicas hold pending updates.
`runs` records when each confirmed run started and stopped, `backends` (from `sim.Simulation`) when each
claim's backend ran (it starts with the claim), so tests can measure how long two runs overlap.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

from mesh.model.jobs import JobState, job
from mesh.net.sync import ANTI_ENTROPY_S, BACKOFF_MAX_S, BACKOFF_MIN_S
from mesh.net.topology import DEFAULT_FANOUT, diameter, neighbours_to_dial

from .sim import TICK_S, SimPeer, Simulation


@dataclass
class Session:
    id: int
    opened: float
    next_repair: float


@dataclass
class RunSpan:
    peer: str
    job_id: str
    claim_id: str
    start: float
    end: float = math.inf
    cancelled_when_started: bool = False


class TopoPeer(SimPeer):
    """A `SimPeer` whose starts are recorded with what its replica showed at that moment."""

    def boot(self) -> None:
        super().boot()
        agent = self.agent
        confirm = agent.confirm
        sim = self.sim

        def recording_confirm(job_id: str, claim_id: str) -> bool:
            j = job(self.board, job_id)
            cancelled = bool(j is not None and j.cancelled)
            won = confirm(job_id, claim_id)
            if won:
                assert isinstance(sim, TopologySimulation)
                sim.runs[claim_id] = RunSpan(self.peer_id, job_id, claim_id, sim.now,
                                             cancelled_when_started=cancelled)
            return won

        agent.confirm = recording_confirm  # type: ignore[method-assign]


class TopologySimulation(Simulation):
    peer_class = TopoPeer

    def __init__(self, *, fanout: int = DEFAULT_FANOUT, repair_s: float = ANTI_ENTROPY_S, drop: float = 0.0,
                 relay: bool = True, **kwargs: object) -> None:
        self.fanout = fanout
        self.repair_s = repair_s
        self.drop = drop
        self.relay = relay
        self.sessions: dict[frozenset[str], Session] = {}
        self.redial_at: dict[frozenset[str], float] = {}
        self.session_seq = 0
        self.hooked: set[str] = set()
        self.runs: dict[str, RunSpan] = {}
        self.stats = {"frames": 0, "relayed": 0, "lost": 0, "dropped_sessions": 0, "repairs": 0}
        super().__init__(**kwargs)  # type: ignore[arg-type]

    # -- topology and sessions --------------------------------------------------------------------
    def members(self, peer: SimPeer) -> set[str]:
        """The peers `peer` has discovered: alive and on its side of any partition."""
        return {q.peer_id for q in self.peers if q is peer or self.linked(peer.peer_id, q.peer_id)}

    def wanted(self) -> set[frozenset[str]]:
        out: set[frozenset[str]] = set()
        for p in self.alive_peers():
            for q in neighbours_to_dial(p.peer_id, self.members(p), fanout=self.fanout):
                if self.linked(p.peer_id, q):
                    out.add(frozenset((p.peer_id, q)))
        return out

    def hops(self) -> int:
        return max(1, diameter([p.peer_id for p in self.peers], fanout=self.fanout))

    def _hook(self) -> None:
        for p in self.peers:
            if p.peer_id not in self.hooked:
                self.hooked.add(p.peer_id)
                p.replica.on_update(lambda update, source, p=p: self._relay(p, update, source))

    def _relay(self, peer: SimPeer, update: bytes, source: str | None) -> None:
        if source is not None and self.relay:
            self.stats["relayed"] += 1
            self.forward(peer, "update", update, exclude=source)

    def reconcile(self) -> None:
        """Close sessions the topology or the network no longer allows; dial the wanted ones."""
        self._hook()
        wanted = self.wanted()
        for pair in [s for s in self.sessions if s not in wanted]:
            self.close(pair, redial=False)
        for pair in wanted - set(self.sessions):
            if self.now >= self.redial_at.get(pair, -1.0):
                self.open(pair)

    def open(self, pair: frozenset[str]) -> None:
        self.session_seq += 1
        self.sessions[pair] = Session(self.session_seq, self.now, self.now + self.repair_s)
        a, b = sorted(pair)
        for src, dst in ((a, b), (b, a)):
            self.send(self.by_id[src], dst, "step1", self.by_id[src].replica.doc.get_state())

    def close(self, pair: frozenset[str], *, redial: bool) -> None:
        self.sessions.pop(pair, None)
        if redial:
            self.stats["dropped_sessions"] += 1
            self.redial_at[pair] = self.now + self.rng.uniform(BACKOFF_MIN_S, BACKOFF_MAX_S / 5)

    def forward(self, src: SimPeer, kind: str, payload: bytes, *, exclude: str | None = None) -> None:
        for pair in list(self.sessions):
            if src.peer_id in pair:
                (dst,) = pair - {src.peer_id}
                if dst != exclude:
                    self.send(src, dst, kind, payload)

    def send(self, src: SimPeer, dst: str, kind: str, payload: bytes) -> None:
        pair = frozenset((src.peer_id, dst))
        session = self.sessions.get(pair)
        if session is None:
            return
        self.stats["frames"] += 1
        if self.drop and self.rng.random() < self.drop:
            self.close(pair, redial=True)  # the connection resets: this frame and all in flight are gone
            return
        if self.loss and kind == "update" and self.rng.random() < self.loss:
            self.stats["lost"] += 1  # silently lost (stuck pending): only the repair brings it back
            return
        self.seq += 1
        at = self.now + self.rng.uniform(*self.delay_s)
        key = (session.id, src.peer_id, dst)
        at = max(at, self.link_clock.get(key, 0.0))  # a websocket is FIFO in each direction
        self.link_clock[key] = at
        heapq.heappush(self.queue, (at, self.seq, session.id, src.peer_id, dst, kind, payload))  # type: ignore[arg-type]

    # -- the Simulation hooks -------------------------------------------------------------------------
    def broadcast(self, src: SimPeer, update: bytes) -> None:
        """A local transaction goes to every session of its peer."""
        self.forward(src, "update", update)

    def full_sync(self, only_linked: bool = True) -> None:
        """No global resync here: only (re)dialing what the topology wants."""
        self.reconcile()

    def deliver_due(self, until: float | None = None) -> None:
        until = self.now if until is None else until
        while self.queue and self.queue[0][0] <= until:
            at, _, sid, src, dst, kind, payload = heapq.heappop(self.queue)  # type: ignore[misc]
            self.now = max(self.now, at)
            session = self.sessions.get(frozenset((src, dst)))
            if session is None or session.id != sid:
                continue  # the connection it travelled on is gone
            peer = self.by_id[dst]
            if kind == "step1":
                self.send(peer, src, "step2", peer.replica.doc.get_update(payload))
            else:
                assert peer.replica.apply_remote(payload, source=src)

    def repair(self) -> None:
        for pair, session in list(self.sessions.items()):
            if self.now >= session.next_repair:
                session.next_repair = self.now + self.repair_s
                self.stats["repairs"] += 1
                for peer_id in sorted(pair):
                    (other,) = pair - {peer_id}
                    self.send(self.by_id[peer_id], other, "step1", self.by_id[peer_id].replica.doc.get_state())

    def step(self) -> None:
        target = round(self.now + TICK_S, 6)
        self.reconcile()
        self.repair()
        self.deliver_due(target)  # in time order, relays included, between two ticks
        self.now = target
        for peer in self.rng.sample(self.peers, len(self.peers)):
            if peer.alive:
                peer.tick(self.now)
        self._close_spans()

    def _close_spans(self) -> None:
        running = {cid for p in self.alive_peers() for cid in p.running}
        for cid, span in self.runs.items():
            if span.end == math.inf and cid not in running:
                span.end = self.now

    def heal(self) -> None:
        self.drop = 0.0
        super().heal()

    def crash(self, peer: SimPeer) -> None:
        """The process dies: its backends and runs stop, its sessions close at the next reconcile."""
        peer.alive = False
        peer.running.clear()
        peer.pending.clear()
        for backend in self.backends.values():
            if backend.peer_id == peer.peer_id and backend.end is None:
                backend.end = self.now
        self._close_spans()

    # -- measures ---------------------------------------------------------------------------------------
    def confirmed_overlaps(self) -> dict[str, float]:
        """For each job, the longest time two of its confirmed runs (winners of the settle window) were
        rendering at once, in virtual seconds. `overlaps()` counts every backend, speculative ones too."""
        by_job: dict[str, list[RunSpan]] = {}
        for span in self.runs.values():
            by_job.setdefault(span.job_id, []).append(span)
        out: dict[str, float] = {}
        for job_id, spans in by_job.items():
            worst = 0.0
            for i, a in enumerate(spans):
                for b in spans[i + 1:]:
                    worst = max(worst, min(a.end, b.end, self.now) - max(a.start, b.start))
            out[job_id] = worst
        return out

    def finished(self, job_ids: list[str]) -> bool:
        return all(self.state(j) in (JobState.DONE, JobState.CANCELLED, JobState.FAILED) for j in job_ids)

    def run_until_settled(self, job_ids: list[str], *, limit_s: float) -> bool:
        """Until every job is final (done, cancelled or failed) everywhere and the replicas agree."""
        end = self.now + limit_s
        while self.now < end:
            self.step()
            if self.finished(job_ids) and self.converged() and not any(p.running or p.pending
                                                                       for p in self.alive_peers()):
                return True
        return False
