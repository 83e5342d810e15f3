"""Who should render what: ranking capable peers for a job, and ordering open jobs fairly.

Pure functions of the roster and the job, so every peer ranks the same way without talking. Ranking
is rendezvous hashing over (job id, peer id) weighted by what makes a peer a better home for the job:
the model already loaded (affinity), free slots, a preferred backend, and no earlier failure of this job.
The top-ranked peer claims at once, the next after RANK_DELAY_S, and so on: races are rare, and a job
whose best peer is gone or busy is still picked up.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from mesh.model.estimates import chain_key, chains, expected_s, job_size, published_estimates
from mesh.model.jobs import Job, JobState

__all__ = ["PeerCaps", "blocked", "can_run", "missing", "order_jobs", "rank_peers", "select_claims", "spare_jobs",
           "unrunnable", "with_claim_load"]


@dataclass(frozen=True, slots=True)
class PeerCaps:
    """What the scheduler needs to know about one live peer (built from the roster)."""

    peer_id: str
    name: str = ""
    stages: dict[str, tuple[str, ...]] = field(default_factory=dict)  # stage -> backends
    models: tuple[str, ...] = ()
    loaded: tuple[str, ...] = ()
    slots: int = 1
    busy: int = 0
    paused: bool = False

    @property
    def free(self) -> int:
        return max(0, self.slots - self.busy)


def can_run(peer: PeerCaps, job: Job) -> bool:
    """Capability and directives: stage supported, pin honoured, preferred backend/model present."""
    return not peer.paused and not missing(peer, job.stage, job.params)


def missing(peer: PeerCaps, stage: str, params: dict[str, Any]) -> str:
    """What `peer` lacks to run `stage` with these directives ('' when it can), in words."""
    if stage not in peer.stages:
        return f"no {stage} backend"
    pin = params.get("pin")
    if pin and pin not in (peer.peer_id, peer.name):
        return f"pin={pin}"
    backend = params.get("backend")
    if backend and not any(b == backend or b.startswith(f"{backend}@") for b in peer.stages[stage]):
        return f"backend={backend}"
    model = params.get("model")
    return f"model={model}" if model and model not in peer.models else ""


def blocked(job: Job, live: Iterable[PeerCaps]) -> str:
    """Why an open or waiting job will not start while the live peers stay as they are ('' if it will)."""
    if job.state() not in (JobState.QUEUED, JobState.LOST, JobState.WAITING):
        return ""
    return unrunnable(job.stage, job.params, live)


def unrunnable(stage: str, params: dict[str, Any], live: Iterable[PeerCaps]) -> str:
    """Why no live peer can run a job of `stage` with these directives ('' when one can, paused or not).

    Such a job waits until a capable peer joins or is resumed; this is the reason shown on the job and
    in the cost preview meanwhile.
    """
    peers = list(live)
    lacks = [(p.name or p.peer_id, "paused" if p.paused else missing(p, stage, params)) for p in peers]
    if not peers or all(why for _, why in lacks):
        detail = "; ".join(f"{name}: {why}" for name, why in sorted(lacks)) or "no peer is live"
        return f"no live peer can run this {stage} ({detail})"
    return ""


def _hash01(job_id: str, peer_id: str) -> float:
    digest = hashlib.blake2b(f"{job_id}\x00{peer_id}".encode(), digest_size=8).digest()
    return (int.from_bytes(digest, "big") + 1) / (2**64 + 1)


def rank_peers(job: Job, peers: Iterable[PeerCaps]) -> list[str]:
    """Capable peers with a free slot, best first; identical on every replica for the same inputs."""
    failed = {c.peer for c in job.failures()}
    model = job.params.get("model")
    scored = []
    for peer in peers:
        if not can_run(peer, job) or peer.free <= 0:
            continue
        weight = 1.0 + peer.free
        if model and model in peer.loaded:
            weight *= 8.0
        elif peer.loaded and not model:
            weight *= 1.5
        if peer.peer_id in failed:
            weight *= 0.01  # retried on a different peer first; this one only if nobody else can
        score = -weight / math.log(_hash01(job.id, peer.peer_id))  # weighted rendezvous (HRW)
        scored.append((score, peer.peer_id))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [peer_id for _, peer_id in scored]


def order_jobs(open_jobs: Sequence[Job], running: Iterable[Job], active: Iterable[Job] = ()) -> list[Job]:
    """Open jobs in the order a free slot should take them.

    Priority first; then fair share between the people rendering (whoever has the fewest jobs running
    goes next); then, within one person's share, the longest chain of work left first (`chain_key`): a
    job's own expected seconds plus the longest chain among the queued jobs waiting on it, so a still
    whose 60 s clip waits goes before a ready 10 s clip, and a ready 60 s clip before the still of a 10 s
    shot (a long chain started last stretches the batch past its critical path, a short one fills a gap);
    then age. A job's expected seconds are `expected_s` of its stage and size over the estimates the
    roster publishes (in the document, so every replica orders alike). Counting running jobs per requester
    makes a long batch from one person yield to a single render from another. `active` is every job that
    is not final (those waiting on others included).
    """
    load = Counter(j.requested_by for j in running)
    open_jobs = sorted(open_jobs, key=lambda j: j.id)
    queued = {j.id: j for j in open_jobs}
    waiting_on: dict[str, list[str]] = {}
    for a in sorted(active, key=lambda a: a.id):
        if a.own_state() is JobState.QUEUED:
            queued.setdefault(a.id, a)
            for d in a.deps:
                waiting_on.setdefault(d, []).append(a.id)
    published = published_estimates(open_jobs[0].board) if open_jobs else {}
    sizes: dict[tuple[str, str], float] = {}
    own = {}
    for job_id, j in queued.items():
        size = (j.stage, job_size(j.stage, j.params))
        if size not in sizes:
            sizes[size] = expected_s(*size, published)
        own[job_id] = sizes[size]
    chain = chains(own, lambda k: waiting_on.get(k, ()))
    # Each open job also counts against its requester's share: the k-th queued job of a person ranks as
    # if k of theirs were running, so one person's batch interleaves with another's single render.
    keyed = []
    for j in sorted(open_jobs, key=lambda j: (-j.priority, chain_key(chain[j.id], j.created, j.id))):
        keyed.append(((-j.priority, load[j.requested_by], chain_key(chain[j.id], j.created, j.id)), j))
        load[j.requested_by] += 1
    return [j for _, j in sorted(keyed, key=lambda kj: kj[0])]


def with_claim_load(peers: Iterable[PeerCaps], running: Iterable[Job]) -> list[PeerCaps]:
    """Each peer's busy count as the larger of its roster beat and its live claims on this board.

    The roster's count arrives with a beat (a runner beats when a run starts or ends): until it does, a
    peer that just claimed still looks free, and the ranking would make the one idle peer wait a rank
    delay behind a peer that cannot take the job. Live claims travel with the claim itself (identical on
    replicas that saw the same claims); the beat still counts runs on other boards. A peer counts itself
    the same way, so every replica plays the same matching (`select_claims`).
    """
    load = Counter(c.peer for j in running for c in j.claims() if c.live)
    return [p if load[p.peer_id] <= p.busy else replace(p, busy=load[p.peer_id]) for p in peers]


def is_open(job: Job) -> bool:
    return job.state() in (JobState.QUEUED, JobState.LOST)


def select_claims(open_jobs: Sequence[Job], running: Iterable[Job], live: dict[str, PeerCaps], me: str,
                  now: float, first_open: dict[tuple[str, int], float], take: Callable[[Job], bool],
                  rank_delay_s: float, active: Iterable[Job] = ()) -> list[Job]:
    """The open jobs this peer should claim now, in fair order.

    Every peer plays the same greedy matching over its view: jobs in fair order, each to the best-ranked
    peer that still has a free slot, and that slot is then spoken for. So when several slots free at once
    each peer claims a different job at once, instead of all but one waiting a rank delay behind a peer
    that is taking another job. For one job, the peer ranked r in what is left claims after
    ``r * rank_delay_s`` since this peer first saw the job open (the key includes the claim count, so a
    job reopened by a lapse restarts the stagger): if the chosen peer is gone or cannot take it, the next
    picks it up. `take(job)` says whether a local slot can run it, and reserves that slot when it returns
    True. `active` (every job not final) tells which open jobs others wait on (`order_jobs`).
    """
    running = list(running)
    peers = {p.peer_id: p for p in with_claim_load(live.values(), running)}
    due = []
    for j in order_jobs(open_jobs, running, active):
        ranking = rank_peers(j, peers.values())
        if not ranking:
            continue
        taker = ranking[0]
        if me in ranking:
            first = first_open.setdefault((j.id, len(j.claims())), now)
            if now - first >= ranking.index(me) * rank_delay_s and take(j):
                due.append(j)
                taker = me
            elif taker == me:
                continue  # we cannot take it after all: our slot stays free for the next job
        peers[taker] = replace(peers[taker], busy=peers[taker].busy + 1)
    return due


def spare_jobs(open_jobs: Sequence[Job], running: Iterable[Job], live: dict[str, PeerCaps],
               active: Iterable[Job] = (), ending: Iterable[str] = ()) -> list[Job]:
    """What a busy peer may claim ahead for its slots that are about to free, in fair order: the open
    jobs no peer with a free slot takes in the matching of `select_claims` (rank delays aside), and its
    *successors*. A job some free slot would take is never claimed ahead, so claiming ahead never makes a
    free slot idle.

    `ending` names the jobs whose runs on the asking peer's slots are about to end. A queued job waiting
    on one of them (and on nothing else unfinished) is a successor: it becomes ready the moment that run
    is done, and its input is made on that very slot. It is listed where it comes in the order, so a 60 s
    clip on its still goes before the still of a 10 s shot, and the slot claims it ahead of its input
    (the claim settles while the still renders; the clip starts as soon as the still is stored). No free
    slot takes a successor in the matching: it is not open anywhere yet."""
    running, active = list(running), list(active)
    soon = set(ending)
    unfinished = {a.id for a in active}
    next_up = {a.id for a in active if soon & set(a.deps) and a.own_state() is JobState.QUEUED
               and all(d in soon or d not in unfinished for d in a.deps)} if soon else set()
    listed = {j.id for j in open_jobs}
    candidates = [*open_jobs, *(a for a in active if a.id in next_up and a.id not in listed)]
    peers = {p.peer_id: p for p in with_claim_load(live.values(), running)}
    spare = []
    for j in order_jobs(candidates, running, active):
        if j.id in next_up:
            spare.append(j)
            continue
        ranking = rank_peers(j, peers.values())
        if not ranking:
            spare.append(j)
            continue
        peers[ranking[0]] = replace(peers[ranking[0]], busy=peers[ranking[0]].busy + 1)
    return spare
