"""Render request -> job claimed, with 8 in-process peers; and document growth under telemetry.

Run: python bench/bench_claims.py [--peers 8] [--renders 40] [--growth-only]
Uses the real runner, claim protocol and default protocol timings (mesh.const); peers are linked by the
loopback network (the same update bytes the websocket sync carries), each with a fake backend.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pycrdt import Map

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._registry import Measure
from mesh.model.activity import EventKind, record
from mesh.model.jobs import JobState, job, plan_render
from mesh.model.replica import Replica
from mesh.net.loopback import LoopbackNet
from mesh.storage.assets import AssetStore
from peers.backends.fake import FakeBackend
from peers.runner import PeerRunner
from tests.fakes.mesh_peers import wait_until


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


@dataclass(frozen=True, slots=True)
class ClaimRun:
    peers: int
    renders: int
    to_claim_ms: list[float]
    to_start_ms: list[float]
    done: int
    jobs: int
    wire_kib: float
    messages: int

    def line(self) -> str:
        return (f"{self.peers} peers, {self.renders} renders: request -> claimed p50 "
                f"{statistics.median(self.to_claim_ms):.0f} ms, p99 {pct(self.to_claim_ms, 0.99):.0f} ms; "
                f"request -> started (after settle) p50 {statistics.median(self.to_start_ms):.0f} ms, "
                f"p99 {pct(self.to_start_ms, 0.99):.0f} ms; done {self.done}/{self.jobs}; "
                f"wire {self.wire_kib:.0f} KiB in {self.messages} messages")


async def claim_latency(peers: int, renders: int, tmp: Path, args_spacing: float = 0.4) -> ClaimRun:
    net = LoopbackNet(delay_s=0.002)
    assets = AssetStore(tmp / "assets")
    replicas = [Replica("board") for _ in range(peers)]
    for i, r in enumerate(replicas):
        net.join(f"p{i}", r)
    board = replicas[0].board
    requested: dict[str, float] = {}
    claimed: dict[str, float] = {}
    started: dict[str, float] = {}

    def watch(event: object) -> None:
        asyncio.get_running_loop().call_soon(check, time.perf_counter())

    def check(now: float) -> None:
        for job_id in requested:
            if job_id in started:
                continue
            j = job(board, job_id)
            claims = j.claims() if j else []
            if claims and job_id not in claimed:
                claimed[job_id] = now
            if any(c.started for c in claims):
                started[job_id] = now

    sub = board.doc.observe(watch)
    async with contextlib.AsyncExitStack() as stack:
        for i, r in enumerate(replicas):
            runner = PeerRunner({"board": r}, peer_id=f"p{i}", name=f"p{i}",
                                backends=[FakeBackend(f"f{i}", seconds=0.3, slots=2)], assets=assets,
                                workdir=tmp / f"p{i}")
            await stack.enter_async_context(runner)
        await wait_until(lambda: all(len(r.board.roster_root) == peers for r in replicas), timeout_s=30,
                         what="every peer in every replica's roster")
        for n in range(renders):
            intent = board.add_intent(f"shot {n}", origin="user:bench")
            t0 = time.perf_counter()
            ids = plan_render(board, [intent.id], requested_by=f"user:u{n % 3}")
            requested[ids[0]] = t0  # the still: open at once (the clip waits for it)
            await asyncio.sleep(args_spacing)
        async with asyncio.timeout(120):
            while len(started) < len(requested):  # noqa: ASYNC110 - filled by a document observer
                await asyncio.sleep(0.05)
        states = [job(board, j).state() for j in requested]
    board.doc.unobserve(sub)
    net.close()
    return ClaimRun(peers, renders, [(claimed[j] - t) * 1000 for j, t in requested.items()],
                    [(started[j] - t) * 1000 for j, t in requested.items()],
                    sum(s is JobState.DONE for s in states), len(states), net.bytes_sent / 1024, net.messages_sent)


@dataclass(frozen=True, slots=True)
class Growth:
    before: int
    after_progress: int
    after_log: int
    log_kept: int
    lease_growth: int

    def lines(self) -> list[str]:
        return [f"document: {self.before} B; after 10,000 progress ticks {self.after_progress} B "
                f"(+{self.after_progress - self.before}); after 10,000 activity events "
                f"{self.after_log / 1024:.0f} KiB with {self.log_kept} kept",
                f"10,000 lease renewals grow the document by {self.lease_growth} B"]


def growth() -> Growth:
    replica = Replica("board")
    board = replica.board
    board.add_intent("a shot", origin="user:bench")
    before = len(replica.doc.get_update())
    for i in range(10_000):  # what a runner publishes for each progress tick: presence, not the document
        replica.presence.set("runs", {"job-x": {"fraction": i / 10_000, "msg": f"step {i}", "stage": "clip"}})
    after_progress = len(replica.doc.get_update())
    for i in range(10_000):  # every one a log event: the bounded activity log caps it
        record(board, EventKind.PROGRESS, peer="p0", msg=f"milestone {i}", job="job-x")
    after_log = len(replica.doc.get_update())
    lease = Replica("b")
    lease.board.jobs_root["j"] = Map({"claims": Map({"c": Map({"renewed": 0})})})
    entry = lease.board.jobs_root["j"]["claims"]["c"]
    size0 = len(lease.doc.get_update())
    for i in range(10_000):
        entry["renewed"] = i
    return Growth(before, after_progress, after_log, len(board.log_root), len(lease.doc.get_update()) - size0)


def collect(quick: bool) -> list[Measure]:
    """Claim latency for `python -m bench` (8 peers; 6 renders in the quick pass, 40 otherwise)."""
    peers, renders = 8, 6 if quick else 40
    with tempfile.TemporaryDirectory() as tmp:
        r = asyncio.run(claim_latency(peers, renders, Path(tmp)))
    what = f"{peers} in-process peers, {renders} renders 0.4 s apart"
    return [
        Measure(f"request -> claimed p50 ({what})", statistics.median(r.to_claim_ms), "ms"),
        Measure("request -> claimed p99", pct(r.to_claim_ms, 0.99), "ms"),
        Measure("request -> started p50 (after the settle window)", statistics.median(r.to_start_ms), "ms"),
        Measure("request -> started p99", pct(r.to_start_ms, 0.99), "ms"),
        Measure("wire per render (all peers)", r.wire_kib / renders, "KiB"),
    ]


def collect_growth(quick: bool) -> list[Measure]:
    """Document growth under telemetry (the same work in both passes: it takes about a second)."""
    g = growth()
    return [
        Measure("10,000 progress ticks (presence): document growth", g.after_progress - g.before, "B"),
        Measure("10,000 activity events: document size", g.after_log / 1024, "KiB", note=f"{g.log_kept} kept"),
        Measure("10,000 lease renewals: document growth", g.lease_growth, "B"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--peers", type=int, default=8)
    parser.add_argument("--renders", type=int, default=40)
    parser.add_argument("--spacing", type=float, default=0.4, help="seconds between render requests")
    parser.add_argument("--growth-only", action="store_true", help="only the document growth figures")
    args = parser.parse_args()
    print(*growth().lines(), sep="\n")
    if args.growth_only:
        return
    with tempfile.TemporaryDirectory() as tmp:
        print(asyncio.run(claim_latency(args.peers, args.renders, Path(tmp), args.spacing)).line())


if __name__ == "__main__":
    main()
