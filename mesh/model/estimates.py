"""The one estimator: how long one job takes on a given peer, and a batch on the live mesh.

Peers publish in the roster what their runs of each stage took, by size (``still@1280x720``,
``clip@1280x720x129``), beside their backends' own guess per stage (``still``). A job's seconds on a peer
are the measured value for its size, else the nearest measured size scaled by its work (pixels x
frames), else the backend's guess, else a conservative default. A batch's wall time is a list schedule
simulated as the peers claim it: a free slot takes the first ready job its peer can run, in the order the
peers' scheduling uses (`chain_key`: the longest chain of work left first, each job's part of it the
mesh-wide `expected_s`), each job costing that peer's seconds plus its measured dispatch delay.
The CLI, the API, the canvas and MCP all preview through this (via `mesh.model.costs`), so they cannot
disagree.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from pycrdt import Map

from mesh.const import DEFAULT_CLIP_S
from mesh.model.board import Board, plain
from mesh.model.stages import STAGE_OUTPUT

__all__ = ["DISPATCH", "FALLBACK_S", "Planned", "Schedule", "chain_key", "chains", "expected_s", "job_seconds",
           "job_size", "published_estimates", "schedule", "size_key", "work_of"]

K = TypeVar("K", bound=Hashable)

DISPATCH = "dispatch"  # roster key: how long a ready job waits for this peer's claim (ticks, rank delay)
FALLBACK_S = {"still": 20.0, "sheet": 30.0, "clip": 120.0, "restyle": 150.0, "transition": 120.0}
DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_FPS = 1280, 720, 16  # what a request gets without directives


def size_key(width: int, height: int, frames: int = 1) -> str:
    """``1280x720`` for an image, ``832x480x129`` for a clip."""
    return f"{width}x{height}" if frames <= 1 else f"{width}x{height}x{frames}"


def work_of(key: str) -> float:
    """Pixels x frames of a size key (0 when it is not one)."""
    parts = key.split("x")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        return 0.0
    total = 1.0
    for p in parts:
        total *= int(p)
    return total


def _int(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return default


def job_size(stage: str, params: Mapping[str, object], duration_s: float | None = None) -> str:
    """The size key of a job as its request will be built (directives over the defaults)."""
    width = _int(params.get("width"), DEFAULT_WIDTH)
    height = _int(params.get("height"), DEFAULT_HEIGHT)
    if STAGE_OUTPUT.get(stage) != "video":
        return size_key(width, height)
    fps = _int(params.get("fps"), DEFAULT_FPS)
    try:
        seconds = float(params.get("duration_s") or duration_s or DEFAULT_CLIP_S)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        seconds = DEFAULT_CLIP_S
    return size_key(width, height, max(1, round(seconds * fps)))


def job_seconds(published: Mapping[str, float], stage: str, size: str) -> float:
    """Seconds for one job of this stage and size on a peer that published `published`."""
    exact = published.get(f"{stage}@{size}")
    if exact is not None:
        return exact
    work = work_of(size)
    prefix = f"{stage}@"
    measured = [(k[len(prefix):], v) for k, v in published.items() if k.startswith(prefix) and work_of(k[len(prefix):])]
    if measured and work:
        nearest, seconds = min(measured, key=lambda kv: abs(work_of(kv[0]) - work))
        return seconds * work / work_of(nearest)
    guess = published.get(stage)
    return guess if guess is not None else FALLBACK_S.get(stage, 60.0)


def expected_s(stage: str, size: str, published: Mapping[str, Mapping[str, float]]) -> float:
    """Seconds one job of this stage and size is expected to take anywhere on the mesh, for its place in
    the order (`chain_key`); every replica computes the same from the same roster.

    The mean, over the peers that publish anything for the stage (in peer id order, so the sum is
    bit-identical everywhere), of `job_seconds` on that peer, a backend's guess (made for a request of the
    default size) scaled by the job's work like a measured size is; with no peer publishing the stage,
    the fallback table scaled the same way. So a still is seconds and a 60 s clip six times a 10 s one
    from the first request on, and measured runs take over as the peers publish them.
    """
    work, default = work_of(size), work_of(job_size(stage, {}))
    scale = work / default if work and default else 1.0
    prefix = f"{stage}@"
    values = []
    for peer in sorted(published):
        mine = published[peer]
        if any(k.startswith(prefix) and work_of(k[len(prefix):]) for k in mine):
            values.append(job_seconds(mine, stage, size))
        elif stage in mine:
            values.append(mine[stage] * scale)
    values = [v for v in values if math.isfinite(v) and v >= 0]  # another replica's junk counts as nothing
    return sum(values) / len(values) if values else FALLBACK_S.get(stage, 60.0) * scale


def chains(own: Mapping[K, float], waiters: Callable[[K], Iterable[K]]) -> dict[K, float]:
    """Each job's chain: its own expected seconds plus the longest chain among the jobs waiting on it
    (`waiters`, only those in `own` count). A cycle (another replica's junk) is cut where it closes."""
    out: dict[K, float] = {}
    for root in own:
        if root in out:
            continue
        path, stack = {root}, [(root, iter(waiters(root)))]
        while stack:  # depth first without recursion: a chain of any length another replica wrote
            k, rest = stack[-1]
            nxt = next((w for w in rest if w in own and w not in out and w not in path), None)
            if nxt is not None:
                path.add(nxt)
                stack.append((nxt, iter(waiters(nxt))))
                continue
            stack.pop()
            path.discard(k)
            out[k] = own[k] + max((out[w] for w in waiters(k) if w in out), default=0.0)
    return out


def chain_key(chain: float, *age: object) -> tuple[object, ...]:
    """Within one person's share, the order of open jobs (and of `schedule`): the longest chain of work
    left first (a still whose 60 s clip waits on it before a ready 10 s clip, a ready 60 s clip before the
    still of a 10 s shot), then age (`age`: whatever orders creation, the id last so no two tie)."""
    return (-chain, *age)


@dataclass(frozen=True, slots=True)
class Planned:
    """One job to place: its stage and size, the peers that can run it, the job it waits for (an index)."""

    stage: str
    size: str
    capable: tuple[str, ...]
    after: int | None = None


@dataclass(frozen=True, slots=True)
class Schedule:
    seconds: float  # wall time of the whole batch
    peers: tuple[str, ...]  # the peers that render some job, in the order first used


def schedule(planned: Sequence[Planned], slots: Mapping[str, int],
             published: Mapping[str, Mapping[str, float]]) -> Schedule:
    """Simulate the mesh claiming the batch: whenever a slot is free it takes, of the jobs that are ready
    (their dependency done) and that its peer can run, the first in the mesh's order (`chain_key`: the
    longest chain of `expected_s` left among the pending jobs, then the oldest), a slow peer as readily as
    a fast one. `planned` is in creation order; a dependency comes earlier."""
    seconds = {peer: {i: job_seconds(published.get(peer, {}), j.stage, j.size) + published.get(peer, {}).get(
        DISPATCH, 0.0) for i, j in enumerate(planned) if peer in j.capable} for peer in slots}
    free = [[0.0, peer] for peer, n in slots.items() for _ in range(max(0, n)) if seconds.get(peer)]
    finish: dict[int, float] = {}
    pending = [i for i, j in enumerate(planned) if j.capable]
    used: dict[str, None] = {}
    speed = {peer: sum(mine.values()) / len(mine) for peer, mine in seconds.items() if mine}
    expected = {i: expected_s(planned[i].stage, planned[i].size, published) for i in pending}
    waiting_on: dict[int, list[int]] = {}
    for i in pending:
        after = planned[i].after
        if after is not None:
            waiting_on.setdefault(after, []).append(i)
    while pending and free:
        slot = min(free, key=lambda s: (s[0], speed[s[1]]))  # at a tie, the faster peer (it ranks no worse)
        at, peer = slot
        mine = seconds[peer]
        runnable = [i for i in pending if i in mine]
        if not runnable:
            free.remove(slot)
            continue
        ready = [i for i in runnable if planned[i].after is None or finish.get(planned[i].after, math.inf) <= at]
        if ready:
            # as `mesh.model.scheduling.order_jobs`: the longest chain left among the pending jobs, then age
            chain = chains({k: expected[k] for k in pending}, lambda k: waiting_on.get(k, ()))
            i = min(ready, key=lambda k: chain_key(chain[k], k))
            pending.remove(i)
            finish[i] = at + mine[i]
            slot[0] = finish[i]
            used.setdefault(peer)
            continue
        later = [t for t in (finish.get(planned[i].after, math.inf) for i in runnable) if t > at]
        later += [s[0] for s in free if s[0] > at]
        if not later or min(later) == math.inf:
            free.remove(slot)  # what it could run waits on a job nobody can run
            continue
        slot[0] = min(later)
    return Schedule(max(finish.values(), default=0.0), tuple(used))


def published_estimates(board: Board) -> dict[str, dict[str, float]]:
    """Peer id -> what its roster entry publishes (``stage``, ``stage@size`` -> seconds per job; written by
    `mesh.model.roster.Roster.announce`), every entry, live or not: the same on every replica holding the
    same document. The cost preview and the mesh's job order (`mesh.model.scheduling.order_jobs`) both
    read it here (scheduling cannot import the roster, which builds on it). Non-numbers are left out."""
    out = {}
    for peer_id, entry in board.roster_root.items():
        est = plain(entry.get("estimates")) if isinstance(entry, Map) else None
        if isinstance(est, dict):
            out[str(peer_id)] = {str(k): float(v) for k, v in est.items()
                                 if isinstance(v, int | float) and not isinstance(v, bool)}
    return out
