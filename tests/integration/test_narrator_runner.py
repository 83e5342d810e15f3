"""A hung narration model never delays claims, lease renewals or heartbeats: the narrator is its own task and
llama.cpp runs in a child process (or a worker thread). Counted, not timed: the renders finish while the
model is still hung."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mesh import const
from mesh.model.jobs import JobState, job, jobs, plan_render
from mesh.model.replica import Replica
from mesh.storage.assets import AssetStore
from peers.backends.base import Output, RenderRequest
from peers.backends.fake import FakeBackend
from peers.narration.engines import LlamaEngine
from peers.narration.service import NarrationService
from peers.narration.settings import NarratorSettings
from peers.runner import PeerRunner
from tests.fakes import llama_fakes

USER = "user:alice"


@pytest.fixture
def fast_timing(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"CLAIM_SETTLE_S": 0.05, "LEASE_S": 1.2, "LEASE_RENEW_S": 0.05, "RANK_DELAY_S": 0.05,
                        "PEER_TTL_S": 1.5, "PEER_BEAT_S": 0.05, "SCHEDULER_TICK_S": 0.03}.items():
        monkeypatch.setattr(const, name, value)


async def until(predicate: Callable[[], bool], deadline_s: float = 20.0) -> None:
    async with asyncio.timeout(deadline_s):
        while not predicate():  # noqa: ASYNC110 - polling the document
            await asyncio.sleep(0.02)


class HungLlama:
    """A model that takes forever: create_chat_completion blocks until the test ends."""

    entered = threading.Event()
    release = threading.Event()

    def __init__(self, **kwargs: Any) -> None:
        self.kwargs = kwargs

    def create_chat_completion(self, **kwargs: Any) -> Any:
        HungLlama.entered.set()
        HungLlama.release.wait(8)  # bounded, so that a model run on the event loop fails this test, not hangs it
        return iter(())


class RenewedBackend(FakeBackend):
    """Finishes a job only after its lease was renewed `renewals` times and the roster beat `beats` more times."""

    def __init__(self, replica: Replica, *, renewals: int = 4, beats: int = 4) -> None:
        super().__init__("fake", seconds=0.0)
        self.replica, self.renewals, self.beats = replica, renewals, beats
        self.seen: list[tuple[int, int]] = []

    async def run(self, request: RenderRequest, *, workdir: Path, progress: Any) -> list[Output]:
        board = self.replica.board
        beats: set[Any] = set()

        def renewed() -> int:
            j = job(board, request.job_id)
            winner = j.winner() if j is not None else None
            return winner.renewed if winner is not None else 0

        def enough() -> bool:
            beats.add(board.roster_root.get("p0", {}).get("beat"))  # type: ignore[union-attr]
            return renewed() >= self.renewals and len(beats) > self.beats

        await until(enough)
        self.seen.append((renewed(), len(beats)))
        return await super().run(request, workdir=workdir, progress=progress)


@pytest.mark.parametrize("isolate", [True, False], ids=["child-process", "thread"])
async def test_a_hung_model_delays_no_claim_renewal_or_heartbeat(tmp_path: Path, fast_timing: None,
                                                                 isolate: bool) -> None:
    HungLlama.entered.clear()
    HungLlama.release.clear()
    replica = Replica("board")
    board = replica.board
    board.add_default_blocks(origin=USER)
    backend = RenewedBackend(replica)
    model = tmp_path / "hung.gguf"
    model.write_bytes(b"GGUF")
    marker = model.with_suffix(".entered")
    factory = llama_fakes.HungLlama if isolate else HungLlama
    engine = LlamaEngine(NarratorSettings(engine="llama", target=str(model)), factory=factory, isolate=isolate)
    runner = PeerRunner({"board": replica}, peer_id="p0", name="p0", backends=[backend],
                        assets=AssetStore(tmp_path / "assets"), workdir=tmp_path / "work")
    narrator = NarrationService({"board": replica}, peer_id="p0", live_peers=runner.live_peers, engine=engine,
                                min_gap_s=0.0)
    try:
        async with runner, narrator:
            intents = [board.add_intent(f"shot {i}", origin=USER).id for i in range(2)]
            plan_render(board, intents, requested_by=USER)
            def entered() -> bool:
                return marker.exists() if isolate else HungLlama.entered.is_set()

            await until(entered)  # the narration is in flight, and hung
            await until(lambda: all(j.state() is JobState.DONE for j in jobs(board)))
            assert narrator.in_flight and entered() and not HungLlama.release.is_set()
    finally:
        HungLlama.release.set()
        await engine.close()
    assert len(backend.seen) == 4  # every job claimed and rendered, each after >= 4 renewals and 4 beats
    assert all(renewals >= 4 and beats > 4 for renewals, beats in backend.seen)
