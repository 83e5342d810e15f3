"""Cluster makespan against the optimal schedule, and the idle gap between jobs on a slot.

In-process peers on the loopback network (the real runner, claim protocol and default timings, as in
bench_claims), each with one slot of a simulated backend whose jobs take a known time: every shot is a
still of `still_s` then a clip (which needs the still) of its own length. All shots are requested at
once; the makespan runs from the request until every job is done on the requesting replica.

The lower bound no schedule can beat is max(total work / slots, critical path), the critical path being
the longest still + clip chain; the ratio makespan / bound is the figure (1.0 is a perfect schedule).
The idle gap is measured on each slot between the end of one job and the start of its next one, counted
only when some job was ready then (its still finished, nobody started it yet): time work was waiting.

    python bench/bench_makespan.py [--quick] [--peers 8] [--shots 12] [--still 0.5] [--clip 2] [--unknown-lengths]
        [--clip-max 0]   # clip lengths drawn (seeded) between --clip and --clip-max when set
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._registry import Measure
from mesh.model.jobs import JobState, job, plan_render
from mesh.model.replica import Replica
from mesh.net.loopback import LoopbackNet
from mesh.storage.assets import AssetStore
from peers.backends.base import Estimate, Output, ProgressFn, RenderRequest
from peers.backends.fake import FakeBackend
from peers.runner import PeerRunner
from tests.fakes.mesh_peers import wait_until


@dataclass(frozen=True, slots=True)
class Run:
    peer: str
    job_id: str
    start: float
    end: float


@dataclass(slots=True)
class Workload:
    """Shots of a still then a clip, each of a known length (seconds)."""

    still_s: float
    clips_s: list[float]
    label: str = ""
    args: str = ""  # the bench_makespan.py arguments that make it

    @classmethod
    def make(cls, shots: int, still_s: float, clip_s: float, clip_max_s: float = 0.0, seed: int = 15) -> Workload:
        rng = random.Random(seed)
        clips = [round(rng.uniform(clip_s, clip_max_s), 1) if clip_max_s > clip_s else clip_s for _ in range(shots)]
        span = f"{clip_s:g}-{clip_max_s:g} s" if clip_max_s > clip_s else f"{clip_s:g} s"
        args = f"--shots {shots} --still {still_s:g} --clip {clip_s:g}" + (
            f" --clip-max {clip_max_s:g}" if clip_max_s > clip_s else "")
        return cls(still_s, clips, f"{shots} x ({still_s:g} s still + {span} clip)", args)

    @property
    def work_s(self) -> float:
        return self.still_s * len(self.clips_s) + sum(self.clips_s)

    def lower_bound_s(self, slots: int) -> float:
        return max(self.work_s / slots, self.still_s + max(self.clips_s))

    def list_schedule_s(self, slots: int) -> float:
        """Makespan of a zero-overhead list schedule: a free slot takes the ready job with the longest chain
        left (a shot's still before any clip, longer shots first). What a perfect claimer of this policy
        reaches, so makespan / this is the protocol's overhead and this / lower bound the packing loss."""
        free = [0.0] * slots
        ready = sorted(((self.still_s + c, 0.0, self.still_s, c) for c in self.clips_s), reverse=True)
        pending: list[tuple[float, float]] = []  # (ready at, clip length)
        end = 0.0
        while ready or pending:
            t = min(free)
            ready += [(c, at, c, 0.0) for at, c in pending if at <= t]
            pending = [(at, c) for at, c in pending if at > t]
            if not ready:  # nothing ready yet: the slot waits for the next still to finish
                free[free.index(t)] = min(at for at, _ in pending)
                continue
            ready.sort(key=lambda j: (j[0], -j[1]), reverse=True)
            _, _, length, clip_after = ready.pop(0)
            slot = free.index(t)
            free[slot] = t + length
            end = max(end, free[slot])
            if clip_after:
                pending.append((free[slot], clip_after))
        return end


class TimedBackend(FakeBackend):
    """The fake backend, one slot, taking each job's planned length and logging when it ran."""

    def __init__(self, name: str, durations: dict[str, float], log: list[Run], still_s: float = 1.0) -> None:
        super().__init__(name, seconds=0.0, slots=1)
        self.durations, self.log, self.still_s = durations, log, still_s

    def estimate(self, request: RenderRequest) -> Estimate:
        """A job's planned length; for the probe a peer publishes as its guess per stage (a request of the
        default size), what such a job takes here: a still `still_s`, a clip as many seconds as it lasts."""
        guess = self.still_s if request.stage == "still" else request.duration_s
        return Estimate(seconds=self.durations.get(request.job_id, guess))

    async def run(self, request: RenderRequest, *, workdir: Path, progress: ProgressFn) -> list[Output]:
        start = time.perf_counter()
        self.seconds = self.durations[request.job_id]  # one slot: one run at a time on this instance
        try:
            return await super().run(request, workdir=workdir, progress=progress)
        finally:
            self.log.append(Run(self.name, request.job_id, start, time.perf_counter()))


@dataclass(slots=True)
class Result:
    workload: Workload
    peers: int
    makespan_s: float
    lower_bound_s: float
    list_schedule_s: float
    gaps_ms: list[float] = field(default_factory=list)
    runs: int = 0
    jobs: int = 0
    duplicates: int = 0  # jobs whose backend ran more than once
    done: int = 0

    @property
    def ratio(self) -> float:
        return self.makespan_s / self.lower_bound_s

    def line(self) -> str:
        gaps = (f"idle gap while work waited p50 {statistics.median(self.gaps_ms):.0f} ms, "
                f"p99 {pct(self.gaps_ms, 0.99):.0f} ms over {len(self.gaps_ms)} gaps") if self.gaps_ms else "no gaps"
        return (f"{self.peers} peers x 1 slot, {self.workload.label}: makespan {self.makespan_s:.2f} s, lower bound "
                f"{self.lower_bound_s:.2f} s, ratio {self.ratio:.2f}x (a zero-overhead list schedule: "
                f"{self.list_schedule_s:.2f} s); {gaps}; done {self.done}/{self.jobs}, "
                f"{self.runs} runs, {self.duplicates} jobs run twice")


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def idle_gaps(runs: list[Run], ready: dict[str, float]) -> list[float]:
    """Per slot, end of a job -> start of its next, where some job was ready and unstarted at that end."""
    first_start = {}
    for r in sorted(runs, key=lambda r: r.start):
        first_start.setdefault(r.job_id, r.start)
    gaps = []
    by_peer: dict[str, list[Run]] = {}
    for r in runs:
        by_peer.setdefault(r.peer, []).append(r)
    for slot_runs in by_peer.values():
        slot_runs.sort(key=lambda r: r.start)
        for a, b in itertools.pairwise(slot_runs):
            waiting = any(t <= a.end < first_start.get(j, float("inf")) for j, t in ready.items())
            if waiting:
                gaps.append((b.start - a.end) * 1000)
    return gaps


async def makespan(workload: Workload, peers: int, tmp: Path, *, known_lengths: bool = True) -> Result:
    net = LoopbackNet(delay_s=0.002)
    assets = AssetStore(tmp / "assets")
    replicas = [Replica("board") for _ in range(peers)]
    for i, r in enumerate(replicas):
        net.join(f"p{i}", r)
    board = replicas[0].board
    durations: dict[str, float] = {}
    log: list[Run] = []
    async with contextlib.AsyncExitStack() as stack:
        for i, r in enumerate(replicas):
            backend = TimedBackend(f"p{i}", durations, log, workload.still_s)
            runner = PeerRunner({"board": r}, peer_id=f"p{i}", name=f"p{i}",
                                backends=[backend], assets=assets, workdir=tmp / f"p{i}")
            await stack.enter_async_context(runner)
        await wait_until(lambda: all(len(r.board.roster_root) == peers for r in replicas), timeout_s=30,
                         what="every peer in every replica's roster")
        intents = [board.add_intent(f"shot {n}", origin="user:bench").id for n in range(len(workload.clips_s))]
        t0 = time.perf_counter()
        ids: list[str] = []
        with board.doc.transaction(origin="user:bench"):
            for intent_id, clip_s in zip(intents, workload.clips_s, strict=True):
                if known_lengths:  # a person asks for a clip's length; its render time grows with it
                    board.add_comp(intent_id, "directive", origin="user:bench", params={"duration": clip_s})
                planned = plan_render(board, [intent_id], requested_by="user:bench")
                for job_id in planned:
                    durations[job_id] = workload.still_s if job(board, job_id).stage == "still" else clip_s
                ids += planned
        stills = {j for j in ids if job(board, j).stage == "still"}
        deps = {j: job(board, j).deps for j in ids}
        async with asyncio.timeout(60 + 4 * workload.lower_bound_s(peers)):
            while not all(job(board, j).state() is JobState.DONE for j in ids):  # noqa: ASYNC110 - polled
                await asyncio.sleep(0.02)
        t_end = time.perf_counter()
        done = sum(job(board, j).state() is JobState.DONE for j in ids)
    net.close()
    ends = {r.job_id: r.end for r in sorted(log, key=lambda r: r.end)}  # the last run of each job
    ready = {j: t0 if j in stills or not deps[j] else max(ends.get(d, t_end) for d in deps[j]) for j in ids}
    counts = Counter(r.job_id for r in log)
    return Result(workload, peers, t_end - t0, workload.lower_bound_s(peers), workload.list_schedule_s(peers),
                  idle_gaps(log, ready), len(log),
                  len(ids), sum(1 for c in counts.values() if c > 1), done)


def run(workload: Workload, peers: int, *, known_lengths: bool = True) -> Result:
    with tempfile.TemporaryDirectory() as tmp:
        return asyncio.run(makespan(workload, peers, Path(tmp), known_lengths=known_lengths))


def workloads(quick: bool) -> list[Workload]:
    """0.5 s + 2 s jobs (8 shots quick, 12 full); the full pass adds real lengths (5 s still, 10-60 s clip)."""
    return [Workload.make(8 if quick else 12, 0.5, 2.0)] + ([] if quick else [Workload.make(16, 5.0, 10.0, 60.0)])


def collect(quick: bool) -> list[Measure]:
    out = []
    for w in workloads(quick):
        r = run(w, 8)
        cmd = f"python bench/bench_makespan.py --peers 8 {w.args}"
        out += [
            Measure(f"makespan / lower bound, 8 peers x 1 slot, {w.label}", r.ratio, "x", cmd,
                    note=f"{r.makespan_s:.1f} s vs {r.lower_bound_s:.1f} s"),
            Measure("zero-overhead list schedule / lower bound (same jobs)", r.list_schedule_s / r.lower_bound_s, "x",
                    cmd, note="packing loss alone"),
            Measure("idle gap between jobs on a slot, work waiting, p50", statistics.median(r.gaps_ms) if r.gaps_ms
                    else None, "ms", cmd),
            Measure("idle gap between jobs on a slot, work waiting, p99", pct(r.gaps_ms, 0.99) if r.gaps_ms else None,
                    "ms", cmd),
            Measure("jobs whose backend ran more than once", r.duplicates, "jobs", cmd, note=f"of {r.jobs}"),
        ]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only the 0.5 s + 2 s case (the default adds 5 + 10-60 s)")
    parser.add_argument("--peers", type=int, default=8)
    parser.add_argument("--shots", type=int, default=0, help="one workload of this many shots (with --still, --clip)")
    parser.add_argument("--still", type=float, default=0.5)
    parser.add_argument("--clip", type=float, default=2.0)
    parser.add_argument("--clip-max", type=float, default=0.0)
    parser.add_argument("--unknown-lengths", action="store_true",
                        help="no duration directive: every shot looks alike to the scheduler")
    args = parser.parse_args()
    chosen = [Workload.make(args.shots, args.still, args.clip, args.clip_max)] if args.shots else workloads(args.quick)
    for w in chosen:
        print(run(w, args.peers, known_lengths=not args.unknown_lengths).line(), flush=True)


if __name__ == "__main__":
    main()
