"""Real peer runners claiming ahead: a slot whose run is about to end claims its next job, settles it
while still rendering, and starts it the moment the slot frees (docs/claims.md, "Claiming ahead")."""

from __future__ import annotations

import asyncio
import itertools
import time
from pathlib import Path

import pytest

from mesh import const
from mesh.model.board import Board
from mesh.model.hlc import HLC
from mesh.model.jobs import JobState, job, plan_render
from mesh.storage.assets import AssetStore
from peers.backends.base import Estimate, Output, ProgressFn, RenderRequest
from peers.errors import BackendError

from .test_runner_settle import SETTLE_S, LoggedBackend, cluster, until

LEAD_S = 1.5 * SETTLE_S


@pytest.fixture
def timing(monkeypatch: pytest.MonkeyPatch) -> None:
    # the default rank stagger: peers freed at once take different jobs, so the races here are the ahead claims
    for name, value in {"CLAIM_SETTLE_S": SETTLE_S, "LEASE_S": 5.0, "LEASE_RENEW_S": 0.5, "RANK_DELAY_S": 0.75,
                        "PEER_TTL_S": 5.0, "PEER_BEAT_S": 0.2, "SCHEDULER_TICK_S": 0.03}.items():
        monkeypatch.setattr(const, name, value)


class Estimated(LoggedBackend):
    """Runs take `seconds`; the backend *says* they take `says` (a wrong estimate when they differ)."""

    def __init__(self, name: str, seconds: float, says: float | None = None) -> None:
        super().__init__(name, seconds)
        self.says = seconds if says is None else says

    def estimate(self, request: RenderRequest) -> Estimate:
        return Estimate(seconds=self.says)


def _shots(board: Board, n: int) -> list[str]:
    """A still and a clip (which waits on it) per shot: every job id, oldest first. One transaction, so
    every peer sees all of them at once (a peer seeing one shot before the others may race another for its
    still at the start, within the settle window as claims.md allows: not the race these tests are about),
    and one clock, so the shots are rendered in the order they were made (separate clocks stamp them alike
    within a millisecond, and their random ids decide: the last still's own clip may then go next, waiting
    for that still's take as a successor does, which is not what these tests are about either)."""
    ids: list[str] = []
    clock = HLC()
    with board.transact("user:test"):
        intents = [board.add_intent(f"shot {i}", origin="user:test").id for i in range(n)]
        for intent in intents:
            ids += plan_render(board, [intent], requested_by="user:test", hlc=clock)
    return ids


def _slow_store(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Storing a take (hashing and copying a large clip) takes `seconds` more."""
    real_put = AssetStore.put_file_async

    async def slow_put(self: AssetStore, *args: object, **kwargs: object) -> object:
        await asyncio.sleep(seconds)
        return await real_put(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(AssetStore, "put_file_async", slow_put)


async def test_the_next_run_starts_as_the_slot_frees_not_after_the_outputs_are_stored(
        tmp_path: Path, timing: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Storing a take (hashing and copying a large clip) is slow here: the next job, claimed ahead, has
    settled meanwhile and starts the moment the backend returns, so back-to-back runs leave no gap."""
    _slow_store(monkeypatch, 0.4)
    backend = Estimated("solo", seconds=1.2)
    async with cluster(tmp_path, [backend]) as (replica, _):
        ids = _shots(replica.board, 3)
        await until(lambda: all(job(replica.board, s).state() is JobState.DONE for s in ids))  # type: ignore[union-attr]
    spans = sorted((start, end) for _, start, end in backend.spans)
    assert len(spans) == len(ids), f"each job ran once: {spans}"
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(spans)]
    assert max(gaps) < 0.1, f"idle between back-to-back runs: {gaps}"


async def test_a_run_claimed_ahead_of_a_slot_that_stays_busy_is_given_back(tmp_path: Path, timing: None) -> None:
    """A backend that says 0.05 s but takes 5 s: its peer claims the third still ahead at once, but its slot
    stays busy past two leads, so it gives the job back and the other peer renders it long before the liar's
    slot frees (at 5 s)."""
    liar, honest = Estimated("liar", seconds=5.0, says=0.05), Estimated("honest", seconds=1.5)
    async with cluster(tmp_path, [liar, honest]) as replicas:
        board = replicas[0].board
        ids = _shots(board, 3)
        stills = {j for j in ids if not job(board, j).deps}  # type: ignore[union-attr]
        await until(lambda: all(job(board, s).state() is JobState.DONE for s in ids))  # type: ignore[union-attr]
        claims = {s: job(board, s).claims() for s in stills}  # type: ignore[union-attr]
    (_, _, liar_end), *_ = sorted(liar.spans, key=lambda s: s[1])
    given_back = [s for s, cs in claims.items() if any(c.peer == "p0" and c.withdrawn for c in cs)]
    assert given_back, f"the liar claimed a still ahead and gave it back: {claims}"
    (back,) = given_back
    ran = [start for name, start, _ in honest.spans if name == back]
    assert ran and ran[0] < liar_end - 1.0, f"the job given back waited for the liar's slot: {honest.spans}"


async def test_two_slots_claiming_one_job_ahead_settle_before_either_backend_starts(tmp_path: Path,
                                                                                     timing: None) -> None:
    """Both peers end at once and claim the spare third job ahead in the same instant: the race settles
    while both still render, so the loser withdraws before its backend starts — one run, no overlap."""
    backends = [Estimated(f"b{i}", seconds=2.0) for i in range(2)]
    async with cluster(tmp_path, backends) as replicas:
        board = replicas[0].board
        ids = _shots(board, 3)
        await until(lambda: all(job(board, s).state() is JobState.DONE for s in ids))  # type: ignore[union-attr]
        claims = {s: job(board, s).claims() for s in ids}  # type: ignore[union-attr]
    runs = [(name, start) for b in backends for name, start, _ in b.spans]
    assert sorted(name for name, _ in runs) == sorted(ids), f"every job's backend ran once: {runs}"
    raced = [s for s, cs in claims.items() if len(cs) > 1]
    assert all(sum(c.done for c in claims[s]) == 1 for s in ids)
    assert raced, f"expected both peers to claim the third job ahead (claims: {claims})"


async def _watch_first_claims(board: Board, ids: list[str], seen: dict[str, float]) -> None:
    """When each job first showed a claim on this replica (monotonic clock, polled every 5 ms)."""
    while True:
        now = time.monotonic()
        for j in ids:
            if j not in seen and job(board, j).claims():  # type: ignore[union-attr]
                seen[j] = now
        await asyncio.sleep(0.005)


async def test_a_slot_claims_the_clip_of_its_still_ahead_and_starts_it_once_the_still_is_stored(
        tmp_path: Path, timing: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The clip waits on the still its own slot renders: the slot claims it ahead of its input (a
    successor), the claim settles while the still renders, and the clip starts the moment the still's
    take is stored — not a tick, a claim and a disk write later."""
    _slow_store(monkeypatch, 0.3)
    backend = Estimated("solo", seconds=1.2)
    seen: dict[str, float] = {}
    async with cluster(tmp_path, [backend]) as (replica, _):
        still, clip = _shots(replica.board, 1)
        watch = asyncio.create_task(_watch_first_claims(replica.board, [still, clip], seen))
        await until(lambda: job(replica.board, clip).state() is JobState.DONE)  # type: ignore[union-attr]
        watch.cancel()
        claims = job(replica.board, clip).claims()  # type: ignore[union-attr]
    (_, s_end), (c_start, _) = [(a, b) for _name, a, b in sorted(backend.spans, key=lambda s: s[1])]
    assert len(claims) == 1 and claims[0].done, f"one claim, the successor's: {claims}"
    assert seen[clip] < s_end - 0.2, f"the clip was claimed {seen[clip] - s_end:+.3f} s after its still ended"
    gap = c_start - s_end
    assert 0.3 <= gap < 0.3 + 0.1, f"the clip starts once the still is stored (0.3 s), not later: {gap:.3f} s"


class FailsFirstStill(Estimated):
    """The first still it renders fails after rendering its full time (a backend error)."""

    failed = False

    async def run(self, request: RenderRequest, *, workdir: Path, progress: ProgressFn) -> list[Output]:
        if request.stage == "still" and not self.failed:
            self.failed = True
            await asyncio.sleep(self.seconds)
            raise BackendError("out of memory")
        return await super().run(request, workdir=workdir, progress=progress)


async def test_a_successor_whose_still_fails_gives_its_claim_back_and_renders_after_the_retry(
        tmp_path: Path, timing: None) -> None:
    """The still the clip was claimed ahead of fails: the clip's claim is withdrawn (no attempt counted),
    and the clip renders once, after the retried still, from its take."""
    backend = FailsFirstStill("solo", seconds=1.2)
    async with cluster(tmp_path, [backend]) as (replica, _):
        still, clip = _shots(replica.board, 1)
        await until(lambda: job(replica.board, clip).state() is JobState.DONE)  # type: ignore[union-attr]
        still_claims = job(replica.board, still).claims()  # type: ignore[union-attr]
        clip_claims = job(replica.board, clip).claims()  # type: ignore[union-attr]
    assert [bool(c.failed) for c in still_claims] == [True, False], still_claims
    assert [(c.withdrawn, c.done, bool(c.failed)) for c in clip_claims] == [(True, False, False), (False, True, False)]
    assert [name for name, _, _ in backend.spans] == [still, clip], "the clip ran once, after the retry"
