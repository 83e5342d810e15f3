"""The claim simulation routed the way production routes: topology links, relaying, repair, reconnects.

`sim.Simulation` hands every update straight to every peer and resyncs everyone at once. Here, as in
`peers.mesh_service` + `mesh.net.sync`:

- each peer dials `mesh.net.topology.neighbours_to_dial(me, members)` over the peers it can currently
  reach (discovery sees only its side of a partition, never a dead peer), so 8 peers form the ring with
  chords and most pairs are 2 hops apart;
- a session opens with both sides sending SYNC_STEP1 (their state vector) and answering the other's
  with SYNC_STEP2 computed when the request arrives; then every transaction is relayed where
  `mesh.net.topology.relay_targets` says — along the shortest-path tree of the peer that made it, with
  its origin and view hash, or flooded when a peer cannot vouch for that tree — FIFO per direction,
  after a random per-hop delay;
- an applied update still waiting for one it builds on makes the receiver ask its sender (SYNC_STEP1),
  as `mesh.net.sync._Session._ask_for_missing` does;
- as `mesh.net.sync.SyncNode` does, a peer asks its neighbours what it misses (SYNC_STEP1 on its other
  sessions) when one of its sessions closes, `CATCH_UP_AFTER_S` after its view of the membership
  changed, and every presence tick while a link its topology wants is down;
- every session re-sends its state vector every `mesh.net.sync.ANTI_ENTROPY_S` (the production repair
  interval, 20 s), which is the only thing that repairs a frame lost silently (`loss`: what yrs does when
  an update stays pending forever because it arrived before its parent);
- a session may drop (`drop`: a reset connection, a pulled cable); whatever was in flight on it is lost
  and the peers redial after a backoff, resyncing by state vector.

Updates reach a peer out of causal order whenever two paths race, so replicas hold pending updates.
`runs` records when each confirmed run started and stopped, `backends` (from `sim.Simulation`) when each
claim's backend ran (it starts with the claim, or for a claim ahead when its place is handed over), so
tests can measure how long two runs overlap. Peers claim ahead as `sim.SimPeer` does.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

from mesh.model.jobs import JobState, job
from mesh.net.sync import (
    ANTI_ENTROPY_S,
    ASK_AGAIN_AFTER_S,
    BACKOFF_MAX_S,
    BACKOFF_MIN_S,
    CATCH_UP_AFTER_S,
    PRESENCE_TICK_S,
)
from mesh.net.topology import DEFAULT_FANOUT, diameter, incident, neighbours_to_dial, relay_targets, view_hash

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
    """A `SimPeer` whose run starts are recorded with what its replica showed at that moment: a run starts
    when its claim is confirmed holding a place, or a claim ahead confirmed earlier gets its place."""

    def run_started(self, job_id: str, claim_id: str) -> None:
        j = job(self.board, job_id)
        sim = self.sim
        assert isinstance(sim, TopologySimulation)
        sim.runs[claim_id] = RunSpan(self.peer_id, job_id, claim_id, sim.now,
                                     cancelled_when_started=bool(j is not None and j.cancelled))


class TopologySimulation(Simulation):
    peer_class = TopoPeer

    def __init__(self, *, fanout: int = DEFAULT_FANOUT, repair_s: float = ANTI_ENTROPY_S, drop: float = 0.0,
                 relay: bool = True, ask: bool = True, **kwargs: object) -> None:
        self.fanout = fanout
        self.repair_s = repair_s
        self.drop = drop
        self.relay = relay
        self.ask = ask  # False: an update waiting for a lost one never makes its receiver ask (a mutant)
        self.sessions: dict[frozenset[str], Session] = {}
        self.redial_at: dict[frozenset[str], float] = {}
        self.session_seq = 0
        self.hooked: set[str] = set()
        self.runs: dict[str, RunSpan] = {}
        self.stats = {"frames": 0, "relayed": 0, "lost": 0, "dropped_sessions": 0, "repairs": 0, "catch_ups": 0,
                      "tree": 0, "flooded": 0, "asks": 0}
        self.asked_until: dict[tuple[str, str], float] = {}
        self.applying: tuple[str, bytes] | None = None  # (origin, view) of the relayed frame being applied
        self.views: dict[str, frozenset[str]] = {}
        self.catch_up_at: dict[str, float] = {}
        self.next_tick_ask = PRESENCE_TICK_S
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
            origin, view = self.applying if self.applying is not None else (None, None)
            self.route(peer, update, origin=origin, view=view, source=source)

    def connected(self, peer_id: str) -> set[str]:
        return {q for pair in self.sessions if peer_id in pair for q in pair - {peer_id}}

    def route(self, peer: SimPeer, update: bytes, *, origin: str | None, view: bytes | None,
              source: str | None) -> None:
        """What `SyncNode._route` does: the targets and frame kind `relay_targets` gives."""
        members = frozenset(self.members(peer)) - {peer.peer_id}
        relay = relay_targets(peer.peer_id, origin=origin, view=view, source=source,
                              connected=self.connected(peer.peer_id), members=members, fanout=self.fanout)
        self.stats["tree" if relay.tree else "flooded"] += 1
        for dst in sorted(relay.targets):
            if relay.tree:
                assert origin is not None and view is not None
                self.send(peer, dst, "relayed", (origin, view, update))  # type: ignore[arg-type]
            else:
                self.send(peer, dst, "update", update)

    def ask_neighbours(self, peer: SimPeer, *, skip: str | None = None) -> None:
        self.stats["catch_ups"] += 1
        for dst in sorted(self.connected(peer.peer_id) - {skip} if skip else self.connected(peer.peer_id)):
            self.send(peer, dst, "step1", peer.replica.doc.get_state())

    def catch_up(self) -> None:
        """The three moments `SyncNode` asks its neighbours what it misses (see the module docstring)."""
        for p in self.alive_peers():
            view = frozenset(self.members(p))
            if self.views.get(p.peer_id) != view:
                self.views[p.peer_id] = view
                self.catch_up_at[p.peer_id] = self.now + CATCH_UP_AFTER_S
            if self.now >= self.catch_up_at.get(p.peer_id, math.inf):
                del self.catch_up_at[p.peer_id]
                self.ask_neighbours(p)
        if self.now >= self.next_tick_ask:
            self.next_tick_ask = self.now + PRESENCE_TICK_S
            for p in self.alive_peers():
                ids = frozenset(self.members(p))
                if not incident(p.peer_id, ids, self.fanout) <= self.connected(p.peer_id):
                    self.ask_neighbours(p)

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
        if self.sessions.pop(pair, None) is not None:
            for peer_id in sorted(pair):  # each end's other sessions ask what it misses
                (other,) = pair - {peer_id}
                if self.by_id[peer_id].alive:
                    self.ask_neighbours(self.by_id[peer_id], skip=other)
        if redial:
            self.stats["dropped_sessions"] += 1
            self.redial_at[pair] = self.now + self.rng.uniform(BACKOFF_MIN_S, BACKOFF_MAX_S / 5)

    def send(self, src: SimPeer, dst: str, kind: str, payload: bytes) -> None:
        pair = frozenset((src.peer_id, dst))
        session = self.sessions.get(pair)
        if session is None:
            return
        self.stats["frames"] += 1
        if self.drop and self.rng.random() < self.drop:
            self.close(pair, redial=True)  # the connection resets: this frame and all in flight are gone
            return
        if self.loss and kind in ("update", "relayed") and self.rng.random() < self.loss:
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
        """A local transaction starts down its peer's own tree."""
        self.route(src, update, origin=src.peer_id, view=view_hash(frozenset(self.members(src))), source=None)

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
                update = payload
                if kind == "relayed":
                    origin, view, update = payload  # type: ignore[misc]
                    self.applying = (origin, view)
                    if view != view_hash(frozenset(self.members(peer))):  # as `SyncNode._catch_up_soon`
                        self.catch_up_at.setdefault(dst, self.now + CATCH_UP_AFTER_S)
                try:
                    assert peer.replica.apply_remote(update, source=src)
                finally:
                    self.applying = None
                if kind == "step2":
                    self.asked_until.pop((dst, src), None)
                elif (self.ask and peer.replica.waits_for_more(update)
                      and self.now >= self.asked_until.get((dst, src), 0.0)):
                    self.asked_until[(dst, src)] = self.now + ASK_AGAIN_AFTER_S  # as `_Session._ask_for_missing`
                    self.stats["asks"] += 1
                    self.send(peer, src, "step1", peer.replica.doc.get_state())

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
        self.catch_up()
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
        peer.ahead.clear()
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
            if self.finished(job_ids) and self.converged() and not any(p.running or p.pending or p.ahead
                                                                       for p in self.alive_peers()):
                return True
        return False
