"""Several real peer runners in one process, linked by the loopback network, rendering a board."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from mesh import const
from mesh.model.board import Board
from mesh.model.estimates import job_size
from mesh.model.jobs import JobState, cancel_jobs, job, jobs, plan_render
from mesh.model.operations import preview_render
from mesh.model.replica import Replica
from mesh.model.roster import Roster
from mesh.model.schema import BlockKind
from mesh.net.loopback import LoopbackNet
from mesh.storage.assets import AssetStore
from peers.backends.base import Capability, Estimate, RenderRequest
from peers.backends.fake import FakeBackend
from peers.errors import InputError
from peers.runner import PeerRunner


@pytest.fixture
def fast_timing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shrink the protocol timings (mesh.const is read at call time everywhere)."""
    for name, value in {"CLAIM_SETTLE_S": 0.15, "LEASE_S": 1.2, "LEASE_RENEW_S": 0.2, "RANK_DELAY_S": 0.15,
                        "PEER_TTL_S": 1.5, "PEER_BEAT_S": 0.2, "SCHEDULER_TICK_S": 0.03,
                        "QUARANTINE_S": 60.0}.items():
        monkeypatch.setattr(const, name, value)


async def until(predicate: Callable[[], bool], deadline_s: float = 15.0) -> None:
    """Poll a condition with a deadline (never sleep-then-assert)."""
    async with asyncio.timeout(deadline_s):
        while not predicate():  # noqa: ASYNC110 - polling a plain predicate over the document
            await asyncio.sleep(0.02)


class Cluster:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.net = LoopbackNet()
        self.assets = AssetStore(tmp / "assets")  # one machine's disk: every in-process peer shares it
        self.runners: dict[str, PeerRunner] = {}
        self.replicas: dict[str, Replica] = {}
        self.stack = contextlib.AsyncExitStack()

    async def add(self, peer_id: str, *backends: FakeBackend, own_disk: bool = False) -> PeerRunner:
        """A peer; with `own_disk` it has its own asset store and fetches inputs from the peers it can
        reach (what MeshService does over the network), so an asset can be missing here."""
        replica = Replica("board")
        self.net.join(peer_id, replica)
        assets = AssetStore(self.tmp / f"assets-{peer_id}") if own_disk else self.assets
        runner = PeerRunner({"board": replica}, peer_id=peer_id, name=peer_id, backends=list(backends),
                            assets=assets, workdir=self.tmp / peer_id)
        if own_disk:
            runner.fetch_missing = lambda board, sha: self._fetch(peer_id, sha)
        await self.stack.enter_async_context(runner)
        self.runners[peer_id] = runner
        self.replicas[peer_id] = replica
        return runner

    async def _fetch(self, peer_id: str, sha: str) -> bool:
        me = self.runners[peer_id].assets
        for other, runner in self.runners.items():
            if other != peer_id and frozenset((peer_id, other)) not in self.net.cut and runner.assets.has(sha):
                me.put_file(runner.assets.path(sha))
                return True
        return False

    def board(self, peer_id: str = "a") -> Board:
        return self.replicas[peer_id].board

    def request(self, peer_id: str, *texts: str, by: str = "user:alice") -> list[str]:
        board = self.board(peer_id)
        ids = [board.add_intent(t, origin=by).id for t in texts]
        return plan_render(board, ids, requested_by=by)

    def states(self, job_ids: list[str], peer_id: str = "a") -> list[JobState]:
        return [job(self.board(peer_id), j).state() for j in job_ids]

    def all_done(self, job_ids: list[str], peer_id: str = "a") -> bool:
        return all(s is JobState.DONE for s in self.states(job_ids, peer_id))


@pytest.fixture
async def cluster(tmp_path: Path, fast_timing: None) -> AsyncIterator[Cluster]:
    c = Cluster(tmp_path)
    try:
        yield c
    finally:
        await c.stack.aclose()
        c.net.close()


async def test_two_peers_render_every_job_once_and_link_gen_art(cluster: Cluster) -> None:
    await cluster.add("a", FakeBackend("fa", seconds=0.2))
    await cluster.add("b", FakeBackend("fb", seconds=0.2))
    job_ids = cluster.request("a", "castle at dawn", "she turns", "the door opens")
    await until(lambda: cluster.all_done(job_ids) and cluster.all_done(job_ids, "b"))
    board = cluster.board("b")
    started = Counter(j.id for j in jobs(board) for c in j.claims() if c.started)
    assert all(started[j] == 1 for j in job_ids), started
    runners = {c.peer for j in jobs(board) for c in j.claims() if c.done}
    assert runners == {"a", "b"}, "free slots on both peers were used"
    for j in jobs(board):
        (art_id,) = j.outputs()
        art = board.block(art_id)
        assert art.intent_id == j.intent_id and art.job_id == j.id and cluster.assets.has(art.asset)


async def test_peer_that_vanishes_mid_render_is_taken_over(cluster: Cluster) -> None:
    slow = FakeBackend("slow", seconds=30.0)
    await cluster.add("a", slow)
    job_ids = cluster.request("a", "a long shot")
    await until(lambda: job(cluster.board("a"), job_ids[0]).state() is JobState.RENDERING)
    # "a" loses its cable: nothing it writes reaches "b" any more; "b" joins and must take over.
    await cluster.add("b", FakeBackend("fb", seconds=0.1))
    cluster.net.partition(["a"], ["b"])
    await until(lambda: cluster.all_done(job_ids, "b"), deadline_s=20)
    still = job(cluster.board("b"), job_ids[0])
    assert [c.peer for c in still.claims() if c.lapsed] == ["a"]
    assert [c.peer for c in still.claims() if c.done] == ["b"]


async def test_failure_is_retried_on_another_peer_then_fails_with_reason(cluster: Cluster) -> None:
    await cluster.add("a", FakeBackend("fa", stages=("still",), fail_times=99, fail_reason="CUDA out of memory"))
    board = cluster.board("a")
    job_ids = cluster.request("a", "one shot")
    await until(lambda: job(board, job_ids[0]).state() is JobState.FAILED or len(job(board, job_ids[0]).failures())
                >= 2)
    await cluster.add("b", FakeBackend("fb", stages=("still",), seconds=0.05))
    await until(lambda: job(board, job_ids[0]).state() in (JobState.DONE, JobState.FAILED))
    still = job(board, job_ids[0])
    if still.state() is JobState.FAILED:  # "a" burnt all three attempts before "b" joined
        assert "CUDA out of memory" in still.reason() and "3/3" in still.reason()
    else:
        assert still.claims()[-1].peer == "b" and all(c.peer == "a" for c in still.failures())
    assert job(board, job_ids[1]).state() in (JobState.FAILED, JobState.QUEUED)  # the clip: no clip backend


async def test_repeated_failures_quarantine_the_stage_and_fail_after_three_attempts(cluster: Cluster) -> None:
    runner = await cluster.add("a", FakeBackend("fa", stages=("still",), fail_times=99, fail_reason="boom"))
    board = cluster.board("a")
    job_ids = cluster.request("a", "shot 1", "shot 2")
    stills = [j for j in job_ids if job(board, j).stage == "still"]
    await until(lambda: len(job(board, stills[0]).failures()) + len(job(board, stills[1]).failures()) >= 2)
    await asyncio.sleep(0.5)
    assert runner.quarantine.get("still", 0) > 0, "two failures in a row quarantine the stage"
    total = sum(len(job(board, j).failures()) for j in stills)
    assert total == 2, "a quarantined peer stops claiming that stage"


async def test_cancel_stops_the_running_render(cluster: Cluster) -> None:
    backend = FakeBackend("fa", seconds=20.0)
    await cluster.add("a", backend)
    board = cluster.board("a")
    job_ids = cluster.request("a", "cancel me")
    await until(lambda: job(board, job_ids[0]).state() is JobState.RENDERING)
    assert cancel_jobs(board, job_ids, origin="user:alice") == 2
    await until(lambda: backend.cancelled == [job_ids[0]])
    assert cluster.states(job_ids) == [JobState.CANCELLED, JobState.CANCELLED]


async def test_paused_peer_claims_nothing_until_resumed(cluster: Cluster) -> None:
    runner = await cluster.add("a", FakeBackend("fa"))
    runner.set_paused("board", True, origin="user:alice")
    job_ids = cluster.request("a", "wait for me")
    await asyncio.sleep(0.6)
    assert cluster.states(job_ids)[0] is JobState.QUEUED
    runner.set_paused("board", False, origin="user:alice")
    await until(lambda: cluster.all_done(job_ids))


async def test_graceful_stop_gives_claims_back_at_once(cluster: Cluster) -> None:
    a = await cluster.add("a", FakeBackend("fa", seconds=30.0))
    job_ids = cluster.request("a", "handover")
    await until(lambda: job(cluster.board("a"), job_ids[0]).state() is JobState.RENDERING)
    await a.stop()
    assert [c.withdrawn for c in job(cluster.board("a"), job_ids[0]).claims()] == [True]
    assert job(cluster.board("a"), job_ids[0]).state() is JobState.QUEUED


async def test_pin_directive_sends_the_job_to_that_peer(cluster: Cluster) -> None:
    await cluster.add("a", FakeBackend("fa"))
    await cluster.add("b", FakeBackend("fb"))
    board = cluster.board("a")
    intent = board.add_intent("pinned", origin="user:alice")
    board.add_comp(intent.id, "directive", origin="user:alice", params={"pin": "b", "seed": 3})
    job_ids = plan_render(board, [intent.id], requested_by="user:alice")
    await until(lambda: cluster.all_done(job_ids))
    assert {c.peer for j in job_ids for c in job(board, j).claims() if c.done} == {"b"}


async def test_live_preview_thumbnail_reaches_other_peers_through_presence(cluster: Cluster) -> None:
    await cluster.add("a", FakeBackend("fa", stages=("still",), seconds=3.0, previews=True))
    await cluster.add("b", FakeBackend("fb", stages=()))
    job_ids = cluster.request("a", "show me the preview")
    await until(lambda: "thumb" in cluster.replicas["b"].presence.progress().get(job_ids[0], {}))
    thumb = cluster.replicas["b"].presence.progress()[job_ids[0]]["thumb"]
    assert thumb.startswith("data:image/jpeg;base64,")
    assert cluster.replicas["b"].presence.progress()[job_ids[0]]["peer"] == "a"


class _OneGpuBackend(FakeBackend):
    """Like one ComfyUI server: several capabilities (workflows), all on the same single GPU."""

    async def capabilities(self) -> list[Capability]:
        return [dataclasses.replace(c, gpus=1) for c in await super().capabilities()]


async def test_a_backend_with_several_workflows_counts_as_one_gpu(cluster: Cluster) -> None:
    await cluster.add("a", _OneGpuBackend("gpu0"), _OneGpuBackend("gpu1"))
    roster = Roster(cluster.board("a"), "observer")
    await until(lambda: roster.gpu_counts().get("a", 0) > 0)
    assert roster.gpu_counts()["a"] == 2  # two servers, four capabilities


async def test_bad_input_fails_the_job_without_quarantining_the_peer(cluster: Cluster) -> None:
    runner = await cluster.add("a", FakeBackend("fa", stages=("still",), fail_times=99, fail_with=InputError,
                                                fail_reason="reference.png cannot be decoded as an image"))
    board = cluster.board("a")
    job_ids = cluster.request("a", "broken reference", "another broken one")
    stills = [j for j in job_ids if job(board, j).stage == "still"]
    await until(lambda: all(job(board, j).state() is JobState.FAILED for j in stills))
    assert "cannot be decoded" in job(board, stills[0]).reason()
    assert runner.quarantine.get("still", 0) == 0, "bad input is not the peer's fault"


async def test_a_still_lost_with_its_peer_is_rendered_again_and_the_clip_never_fails(cluster: Cluster) -> None:
    a = await cluster.add("a", FakeBackend("fa", stages=("still",)), own_disk=True)
    b = await cluster.add("b", FakeBackend("fb"), own_disk=True)
    b.set_paused("board", True, origin="user:alice")  # so that "a" renders the still
    board = cluster.board("b")
    still_id, clip_id = cluster.request("b", "the only copy")
    await until(lambda: job(board, still_id).state() is JobState.DONE)
    cluster.net.partition(["a"], ["b"])  # "a" dies before anyone copied its still
    await a.stop()
    b.set_paused("board", False, origin="user:alice")
    await until(lambda: cluster.all_done([still_id, clip_id], "b"), deadline_s=20)
    still, clip = job(board, still_id), job(board, clip_id)
    assert [(c.peer, c.gone) for c in still.claims() if c.done] == [("a", True), ("b", False)]
    assert clip.failures() == [] and b.quarantine.get("clip", 0) == 0
    assert b.assets.has(board.block(clip.outputs()[0]).asset)


async def test_an_input_that_is_not_here_yet_is_a_wait_not_a_failure(cluster: Cluster) -> None:
    await cluster.add("a", FakeBackend("fa", stages=("still",)), own_disk=True)
    b = await cluster.add("b", FakeBackend("fb", stages=("clip",)), own_disk=True)
    board = cluster.board("b")
    fetches = 0
    real = b.fetch_missing

    async def slow_network(board: Board, sha: str) -> object:
        nonlocal fetches
        fetches += 1
        return await real(board, sha) if fetches > 3 else False  # the first three fetches fail

    b.fetch_missing = slow_network
    job_ids = cluster.request("b", "fetched late")
    await until(lambda: cluster.all_done(job_ids, "b"))
    assert fetches > 3 and job(board, job_ids[1]).failures() == []
    assert [c.peer for c in job(board, job_ids[0]).claims() if c.done] == ["a"], "the still was not redone"


def test_only_job_changes_wake_the_scheduler_early(tmp_path: Path) -> None:
    """Narration streams ~3 writes a second into the board; if every write woke every peer's scheduler,
    the claim loop would tick many times as often as it needs to. Jobs wake it at once; the rest waits for
    the next tick (SCHEDULER_TICK_S)."""
    replica = Replica("board")
    board = replica.board
    board.init_meta("board", origin="user:a")
    board.add_default_blocks(origin="user:a")
    runner = PeerRunner({"board": replica}, peer_id="p1", name="p1", backends=[],
                        assets=AssetStore(tmp_path / "assets"), workdir=tmp_path / "work")
    runner._worker("board", replica)
    (narration,) = board.blocks(BlockKind.NARRATION)
    runner._wake.clear()
    for n in range(20):
        board.update(narration.id, origin="peer:narrator", text=f"narrating {n}")
    intent = board.add_intent("a lighthouse", origin="user:a")
    assert not runner._wake.is_set()
    plan_render(board, [intent.id], origin="user:a", requested_by="user:a")
    assert runner._wake.is_set()


class Misjudged(FakeBackend):
    def estimate(self, request: RenderRequest) -> Estimate:
        return Estimate(seconds=30.0)


async def test_after_a_few_renders_the_preview_is_within_a_quarter_of_the_actual(cluster: Cluster) -> None:
    """Backends that misjudge themselves (30 s for a job of under 3 s) on two peers of different speeds:
    the peers publish what their runs took, by stage and size, and the one estimator behind every preview
    (`mesh.model.estimates`) simulates the batch over both."""
    runner = await cluster.add("a", Misjudged("fa", seconds=1.2))
    await cluster.add("b", Misjudged("fb", seconds=2.4))
    board = cluster.board("a")
    warm = cluster.request("a", "warm one", "warm two")
    await until(lambda: cluster.all_done(warm))
    ids = [board.add_intent(f"shot {i}", origin="user:alice").id for i in range(4)]
    guessed = preview_render(board, ids, runner.live_peers("board")).seconds
    assert guessed >= 60  # the backends' own guess: two waves of 30 s jobs

    def learned() -> bool:
        published = Roster(board, "reader").estimates()
        return all(f"clip@{job_size('clip', {}, 8.0)}" in published.get(p, {}) for p in ("a", "b"))

    await until(learned)  # both peers have run a still and a clip of this size and said so
    estimate = preview_render(board, ids, runner.live_peers("board")).seconds
    started = time.monotonic()
    job_ids = plan_render(board, ids, requested_by="user:alice")
    await until(lambda: cluster.all_done(job_ids), deadline_s=60)
    actual = time.monotonic() - started
    assert abs(estimate - actual) <= 0.25 * actual, (estimate, actual)
