"""Real peer runners claiming ahead: a slot whose run is about to end claims its next job, settles it
while still rendering, and starts it the moment the slot frees (docs/claims.md, "Claiming ahead")."""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

import pytest

from mesh import const
from mesh.model.jobs import JobState, job, plan_render
from mesh.storage.assets import AssetStore
from peers.backends.base import Estimate, RenderRequest

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


def _shots(board: object, n: int) -> list[str]:
    """A still and a clip (which waits on it) per shot: every job id."""
    ids = []
    for i in range(n):
        intent = board.add_intent(f"shot {i}", origin="user:test")  # type: ignore[attr-defined]
        ids += plan_render(board, [intent.id], requested_by="user:test")  # type: ignore[arg-type]
    return ids


async def test_the_next_run_starts_as_the_slot_frees_not_after_the_outputs_are_stored(
        tmp_path: Path, timing: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Storing a take (hashing and copying a large clip) is slow here: the next job, claimed ahead, has
    settled meanwhile and starts the moment the backend returns, so back-to-back runs leave no gap."""
    real_put = AssetStore.put_file_async

    async def slow_put(self: AssetStore, *args: object, **kwargs: object) -> object:
        await asyncio.sleep(0.4)
        return await real_put(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(AssetStore, "put_file_async", slow_put)
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
