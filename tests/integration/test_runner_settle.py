"""Real peer runners: a run starts with its claim, counts only once the claim wins the settle window, and
a losing claimer's backend stops within the documented double-run window (docs/claims.md)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from mesh import const
from mesh.model.jobs import JobState, job, plan_render
from mesh.model.replica import Replica
from mesh.net.loopback import LoopbackNet
from mesh.storage.assets import AssetStore
from peers.backends.base import Output, ProgressFn, RenderRequest
from peers.backends.fake import FakeBackend
from peers.runner import PeerRunner

SETTLE_S = 0.6
DELAY_S = 0.1  # one message delay: stable, since SETTLE_S >= 2 x DELAY_S


class LoggedBackend(FakeBackend):
    """The fake backend, remembering when each of its runs began and ended (cancelled or not)."""

    def __init__(self, name: str, seconds: float) -> None:
        super().__init__(name, seconds=seconds, slots=1)
        self.spans: list[tuple[str, float, float]] = []

    async def run(self, request: RenderRequest, *, workdir: Path, progress: ProgressFn) -> list[Output]:
        start = time.monotonic()
        try:
            return await super().run(request, workdir=workdir, progress=progress)
        finally:
            self.spans.append((request.job_id, start, time.monotonic()))


@pytest.fixture
def timing(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"CLAIM_SETTLE_S": SETTLE_S, "LEASE_S": 5.0, "LEASE_RENEW_S": 0.5, "RANK_DELAY_S": 0.0,
                        "PEER_TTL_S": 5.0, "PEER_BEAT_S": 0.2, "SCHEDULER_TICK_S": 0.03}.items():
        monkeypatch.setattr(const, name, value)


async def until(predicate: Callable[[], bool], deadline_s: float = 20.0) -> None:
    async with asyncio.timeout(deadline_s):
        while not predicate():  # noqa: ASYNC110 - polling the document
            await asyncio.sleep(0.01)


@contextlib.asynccontextmanager
async def cluster(tmp: Path, backends: list[LoggedBackend]) -> AsyncIterator[list[Replica]]:
    """Peers with these backends, plus a person's replica (first) that every peer hears one delay later."""
    net = LoopbackNet(delay_s=DELAY_S)
    assets = AssetStore(tmp / "assets")
    person = Replica("board")
    net.join("person", person)
    replicas = [Replica("board") for _ in backends]
    async with contextlib.AsyncExitStack() as stack:
        for i, (replica, backend) in enumerate(zip(replicas, backends, strict=True)):
            net.join(f"p{i}", replica)
            await stack.enter_async_context(PeerRunner(
                {"board": replica}, peer_id=f"p{i}", name=f"p{i}", backends=[backend], assets=assets,
                workdir=tmp / f"p{i}"))
        await asyncio.sleep(4 * DELAY_S + 0.3)  # rosters exchanged
        yield [person, *replicas]
    net.close()


async def test_a_free_slot_renders_at_once_and_the_run_counts_after_the_window(tmp_path: Path,
                                                                               timing: None) -> None:
    backend = LoggedBackend("solo", seconds=0.1)
    async with cluster(tmp_path, [backend]) as (replica, _):
        board = replica.board
        intent = board.add_intent("castle", origin="user:test")
        t0 = time.monotonic()
        still = plan_render(board, [intent.id], requested_by="user:test")[0]
        await until(lambda: job(board, still).state() is JobState.DONE)  # type: ignore[union-attr]
        done_at = time.monotonic()
    (job_id, start, _), *_ = backend.spans
    assert job_id == still
    assert start - t0 < SETTLE_S, "the backend waited for the settle window"
    assert done_at - t0 >= SETTLE_S, "a run recorded its result before its claim had won"


async def test_a_losing_claimer_stops_within_the_double_run_window(tmp_path: Path, timing: None) -> None:
    """No rank delay, and the request reaches both free peers at once: both claim the still before either
    sees the other's claim (one message delay), so both backends start; the loser stops, one result."""
    backends = [LoggedBackend(f"b{i}", seconds=3.0) for i in range(2)]
    async with cluster(tmp_path, backends) as replicas:
        board = replicas[0].board
        intent = board.add_intent("castle", origin="user:test")
        still = plan_render(board, [intent.id], requested_by="user:test")[0]
        await until(lambda: all(job(r.board, still).state() is JobState.DONE for r in replicas))  # type: ignore[union-attr]
        claims = job(board, still).claims()  # type: ignore[union-attr]
    runs = [(name, s, e) for b in backends for name, s, e in b.spans if name == still]
    assert len(runs) == 2, f"expected a race on the still, got {len(runs)} run(s) (claims: {claims})"
    (_, s1, e1), (_, s2, e2) = runs
    overlap = min(e1, e2) - max(s1, s2)
    assert 0 < overlap <= SETTLE_S, f"two runs of one job overlapped {overlap:.2f} s"
    assert sum(c.done for c in claims) == 1 and sum(c.withdrawn for c in claims) == 1
    assert not any(c.failed for c in claims), "the loser's stopped run must not count as a failure"
