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
from dataclasses import dataclass, field
from typing import Any

from mesh.model.jobs import Job, JobState

__all__ = ["PeerCaps", "blocked", "can_run", "missing", "order_jobs", "rank_peers", "select_claims", "unrunnable"]


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


def order_jobs(open_jobs: Sequence[Job], running: Iterable[Job]) -> list[Job]:
    """Open jobs in the order a free slot should take them.

    Priority first; then fair share between the people rendering (whoever has the fewest jobs running
    goes next); then age. Counting running jobs per requester makes a long batch from one person yield
    to a single render from another.
    """
    load = Counter(j.requested_by for j in running)
    # Each open job also counts against its requester's share: the k-th queued job of a person ranks as
    # if k of theirs were running, so one person's batch interleaves with another's single render.
    keyed = []
    for j in sorted(open_jobs, key=lambda j: (-j.priority, j.created, j.id)):
        keyed.append(((-j.priority, load[j.requested_by], j.created, j.id), j))
        load[j.requested_by] += 1
    return [j for _, j in sorted(keyed, key=lambda kj: kj[0])]


def is_open(job: Job) -> bool:
    return job.state() in (JobState.QUEUED, JobState.LOST)


def select_claims(open_jobs: Sequence[Job], running: Iterable[Job], live: dict[str, PeerCaps], me: str,
                  now: float, first_open: dict[tuple[str, int], float], take: Callable[[Job], bool],
                  rank_delay_s: float) -> list[Job]:
    """The open jobs this peer should claim now, in fair order.

    A job is due when ``rank * rank_delay_s`` has passed since this peer first saw it open (the key
    includes the claim count, so a job reopened by a lapse restarts the stagger). `take(job)` says
    whether a local slot can run it, and reserves that slot when it returns True.
    """
    due = []
    for j in order_jobs(open_jobs, running):
        ranking = rank_peers(j, live.values())
        if me not in ranking:
            continue
        first = first_open.setdefault((j.id, len(j.claims())), now)
        if now - first < ranking.index(me) * rank_delay_s:
            continue
        if take(j):
            due.append(j)
    return due
