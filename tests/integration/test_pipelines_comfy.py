"""The default pipelines through a real runner on a ComfyUI backend: the protocol-faithful fake and the
bundled templates, so every stage kind reaches its own workflow and directives reach the right stage."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from flows.pipeline_loader import load_pipelines
from flows.workflows import load_templates
from mesh import const
from mesh.model.board import Board, GenArt
from mesh.model.jobs import Job, JobState, job, plan_render
from mesh.model.replica import Replica
from mesh.model.schema import EdgeKind
from mesh.storage.assets import AssetStore
from peers.backends.comfy import ComfyBackend, ComfySettings
from peers.runner import PeerRunner
from tests.fakes.comfy_server import FakeComfy

USER = "user:alice"
SMALL = {"width": 320, "height": 180, "fps": 8, "duration": 1}
PIPELINES = load_pipelines()
FAST = ComfySettings(poll_interval_s=0.3, server_lost_s=1.0, probe_timeout_s=5.0, history_wait_s=2.0,
                     min_preview_interval_s=0)


@pytest.fixture
def fast_timing(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"CLAIM_SETTLE_S": 0.05, "LEASE_S": 5.0, "LEASE_RENEW_S": 0.5, "RANK_DELAY_S": 0.05,
                        "PEER_TTL_S": 5.0, "PEER_BEAT_S": 0.5, "SCHEDULER_TICK_S": 0.03}.items():
        monkeypatch.setattr(const, name, value)


class Studio:
    def __init__(self, replica: Replica, assets: AssetStore, fake: FakeComfy) -> None:
        self.replica, self.assets, self.fake = replica, assets, fake

    @property
    def board(self) -> Board:
        return self.replica.board

    def intent(self, text: str, sub: str = "scene", **directives: object) -> str:
        intent = self.board.add_intent(text, sub=sub, origin=USER)
        self.board.add_comp(intent.id, "directive", origin=USER, params={**SMALL, **directives})
        return intent.id

    def render(self, *ids: str) -> list[str]:
        return plan_render(self.board, ids, requested_by=USER, pipelines=PIPELINES)

    async def done(self, job_ids: list[str], deadline_s: float = 60.0) -> dict[str, Job]:
        async with asyncio.timeout(deadline_s):
            while not all(job(self.board, j).state() is JobState.DONE for j in job_ids):
                assert not any(job(self.board, j).state() is JobState.FAILED for j in job_ids), [
                    job(self.board, j).reason() for j in job_ids]
                await asyncio.sleep(0.05)
        return {job(self.board, j).stage: job(self.board, j) for j in job_ids}

    def take(self, j: Job) -> GenArt:
        (art_id,) = j.outputs()
        art = self.board.block(art_id)
        assert isinstance(art, GenArt) and self.assets.has(art.asset)
        return art

    def classes_run(self) -> list[set[str]]:
        """The node classes of every prompt the server ran, in order (the probe's excepted)."""
        runs = [e["prompt"][2] for e in self.fake.history.values()]
        return [{n["class_type"] for n in p.values()} for p in runs if "PreviewImage" not in str(p)]


@pytest.fixture
async def studio(tmp_path: Path, fast_timing: None) -> AsyncIterator[Studio]:
    async with FakeComfy(tmp_path / "comfy") as fake:
        backend = ComfyBackend(fake.url, workflows=load_templates(), settings=FAST)
        replica = Replica("board")
        assets = AssetStore(tmp_path / "assets")
        runner = PeerRunner({"board": replica}, peer_id="p1", name="gpu-box", backends=[backend], assets=assets,
                            workdir=tmp_path / "work")
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(runner)
            yield Studio(replica, assets, fake)
        await backend.close()


async def test_every_stage_kind_runs_its_own_template(studio: Studio) -> None:
    hero = studio.intent("Mara, a lighthouse keeper in a yellow raincoat", sub="character")
    sheet = (await studio.done(studio.render(hero)))["sheet"]
    look = studio.intent("Neon noir, magenta and teal", sub="style")
    await studio.done(studio.render(look))
    one, two = studio.intent("Mara climbs the stairs"), studio.intent("The lamp room")
    studio.board.add_edge(hero, one, EdgeKind.CAST, origin=USER)
    studio.board.add_edge(look, one, EdgeKind.CAST, origin=USER)
    studio.board.add_edge(one, two, EdgeKind.SEQUENCE, origin=USER)
    done = await studio.done(studio.render(one, two))
    assert studio.take(sheet).get("mime") == "image/png"
    assert {"still", "clip", "restyle", "transition"} <= set(done)
    for stage in ("clip", "restyle", "transition"):
        assert str(studio.take(done[stage]).get("mime")).startswith("video/"), stage
    classes = studio.classes_run()
    assert any("StringConcatenate" in c for c in classes), "the sheet ran the Illustrious sheet template"
    assert any({"WanVaceToVideo", "LoadVideo", "TrimVideoLatent"} <= c for c in classes)
    assert any("WanFirstLastFrameToVideo" in c for c in classes)


async def test_a_still_workflow_directive_does_not_run_for_the_clip(studio: Studio) -> None:
    scene = studio.intent("A boat on a grey sea", workflow="illustrious_sdxl_t2i", **{"clip.steps": 3})
    done = await studio.done(studio.render(scene))
    assert studio.take(done["clip"]).get("mime") == "video/mp4", "a clip, not a still workflow's PNG"
    prompts = [e["prompt"][2] for e in studio.fake.history.values() if "PreviewImage" not in str(e["prompt"][2])]
    still = next(p for p in prompts if any(n["class_type"] == "CheckpointLoaderSimple" for n in p.values()))
    clip = next(p for p in prompts if any(n["class_type"] == "WanImageToVideo" for n in p.values()))
    assert still["6"]["inputs"]["steps"] == 28 and clip["3"]["inputs"]["steps"] == 3  # clip.steps: clip only


async def test_a_workflow_aimed_at_the_wrong_stage_fails_that_job_clearly(studio: Studio) -> None:
    scene = studio.intent("Fog", **{"clip.workflow": "flux1_dev_t2i"})
    ids = studio.render(scene)
    clip_id = next(i for i in ids if job(studio.board, i).stage == "clip")
    async with asyncio.timeout(60):
        while not job(studio.board, clip_id).failures():  # noqa: ASYNC110 - board state, no event to wait on
            await asyncio.sleep(0.05)
    assert "flux1_dev_t2i is a still workflow; a clip job needs a clip workflow" in job(studio.board, clip_id).reason()
    assert job(studio.board, ids[0]).state() is JobState.DONE, "the still ran as usual"
