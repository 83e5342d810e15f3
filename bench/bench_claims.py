"""Render request -> job claimed, with 8 in-process peers; and document growth under telemetry.

Run: python bench/bench_claims.py [--peers 8] [--renders 40]
Uses the real runner, claim protocol and default protocol timings (mesh.const); peers are linked by the
loopback network (the same update bytes the websocket sync carries), each with a fake backend.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import tempfile
import time
from pathlib import Path

from pycrdt import Map

from mesh.model.activity import EventKind, record
from mesh.model.jobs import JobState, job, plan_render
from mesh.model.replica import Replica
from mesh.net.loopback import LoopbackNet
from mesh.storage.assets import AssetStore
from peers.backends.fake import FakeBackend
from peers.runner import PeerRunner


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


async def claim_latency(peers: int, renders: int, tmp: Path, args_spacing: float = 0.4) -> None:
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
        await asyncio.sleep(1.0)  # rosters exchanged
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
    to_claim = [(claimed[j] - t) * 1000 for j, t in requested.items()]
    to_start = [(started[j] - t) * 1000 for j, t in requested.items()]
    print(f"{peers} peers, {renders} renders: request -> claimed p50 {statistics.median(to_claim):.0f} ms, "
          f"p99 {pct(to_claim, 0.99):.0f} ms; request -> started (after settle) p50 "
          f"{statistics.median(to_start):.0f} ms, p99 {pct(to_start, 0.99):.0f} ms; "
          f"done {sum(s is JobState.DONE for s in states)}/{len(states)}; "
          f"wire {net.bytes_sent / 1024:.0f} KiB in {net.messages_sent} messages")


def growth() -> None:
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
    print(f"document: {before} B; after 10,000 progress ticks {after_progress} B (+{after_progress - before}); "
          f"after 10,000 activity events {after_log / 1024:.0f} KiB with {len(board.log_root)} kept")
    lease = Replica("b")
    lease.board.jobs_root["j"] = Map({"claims": Map({"c": Map({"renewed": 0})})})
    entry = lease.board.jobs_root["j"]["claims"]["c"]
    size0 = len(lease.doc.get_update())
    for i in range(10_000):
        entry["renewed"] = i
    print(f"10,000 lease renewals grow the document by {len(lease.doc.get_update()) - size0} B")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--peers", type=int, default=8)
    parser.add_argument("--renders", type=int, default=40)
    parser.add_argument("--spacing", type=float, default=0.4, help="seconds between render requests")
    args = parser.parse_args()
    growth()
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(claim_latency(args.peers, args.renders, Path(tmp), args.spacing))


if __name__ == "__main__":
    main()
