"""Every default pipeline end to end on the built-in CPU backend: a real runner claims and renders each
job of the plan, the takes link back, and what a person chose drives what follows."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import av
import pytest
from PIL import Image

from flows.pipeline_loader import load_pipelines
from mesh import const
from mesh.model.board import Board, GenArt
from mesh.model.jobs import Job, JobState, job, jobs, plan, plan_render
from mesh.model.replica import Replica
from mesh.model.schema import EdgeKind
from mesh.storage.assets import AssetStore
from peers.backends.cpu import CpuBackend
from peers.runner import PeerRunner

USER = "user:alice"
SMALL = {"width": 320, "height": 180, "fps": 8, "duration": 1}
PIPELINES = load_pipelines()


@pytest.fixture
def fast_timing(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"CLAIM_SETTLE_S": 0.05, "LEASE_S": 5.0, "LEASE_RENEW_S": 0.5, "RANK_DELAY_S": 0.05,
                        "PEER_TTL_S": 5.0, "PEER_BEAT_S": 0.5, "SCHEDULER_TICK_S": 0.03}.items():
        monkeypatch.setattr(const, name, value)


class Peer:
    def __init__(self, replica: Replica, assets: AssetStore) -> None:
        self.replica, self.assets = replica, assets

    @property
    def board(self) -> Board:
        return self.replica.board

    def intent(self, text: str, sub: str = "scene") -> str:
        intent = self.board.add_intent(text, sub=sub, origin=USER)
        self.board.add_comp(intent.id, "directive", origin=USER, params=SMALL)
        return intent.id

    def render(self, *ids: str, force: bool = False) -> list[str]:
        return plan_render(self.board, ids, requested_by=USER, pipelines=PIPELINES, force=force)

    async def done(self, job_ids: list[str], deadline_s: float = 60.0) -> list[Job]:
        async with asyncio.timeout(deadline_s):
            while not all(job(self.board, j).state() is JobState.DONE for j in job_ids):
                assert not any(job(self.board, j).state() is JobState.FAILED for j in job_ids), [
                    job(self.board, j).reason() for j in job_ids]
                await asyncio.sleep(0.05)
        return [job(self.board, j) for j in job_ids]

    def take(self, j: Job) -> GenArt:
        (art_id,) = j.outputs()
        art = self.board.block(art_id)
        assert isinstance(art, GenArt) and self.assets.has(art.asset)
        return art


@pytest.fixture
async def peer(tmp_path: Path, fast_timing: None) -> AsyncIterator[Peer]:
    replica = Replica("board")
    assets = AssetStore(tmp_path / "assets")
    runner = PeerRunner({"board": replica}, peer_id="p1", name="studio", backends=[CpuBackend(clip_long_side=160)],
                        assets=assets, workdir=tmp_path / "work")
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(runner)
        yield Peer(replica, assets)


def _frames(path: Path) -> int:
    with av.open(str(path)) as container:
        return sum(1 for _ in container.decode(video=0))


def by_stage(js: list[Job]) -> dict[str, Job]:
    return {j.stage: j for j in js}


async def test_scene_renders_a_still_then_a_clip_from_it(peer: Peer) -> None:
    scene = peer.intent("Wide shot of a lighthouse at dusk")
    ids = peer.render(scene)
    done = by_stage(await peer.done(ids))
    assert set(done) == {"still", "clip"}, "restyle and transition wait for a link"
    still, clip = peer.take(done["still"]), peer.take(done["clip"])
    assert done["clip"].inputs == {"input_image": ("job", done["still"].id)}
    assert still.get("mime") == "image/png" and str(clip.get("mime")).startswith("video/")
    assert _frames(peer.assets.path(clip.asset)) == 8
    assert clip.fingerprint and still.fingerprint


async def test_character_sheet_is_the_reference_of_the_scenes_it_is_cast_into(peer: Peer) -> None:
    hero = peer.intent("Mara, a lighthouse keeper in a yellow raincoat", sub="character")
    (sheet_id,) = peer.render(hero)
    (sheet_job,) = await peer.done([sheet_id])
    sheet = peer.take(sheet_job)
    assert sheet_job.stage == "sheet"
    with Image.open(peer.assets.path(sheet.asset)) as im:
        assert im.size == (320, 180)
    scene = peer.intent("Mara climbs the stairs")
    peer.board.add_edge(hero, scene, EdgeKind.CAST, origin=USER)
    done = by_stage(await peer.done(peer.render(scene)))
    assert done["still"].inputs == {"input_image": ("art", sheet.id)}
    assert peer.take(done["still"]).fingerprint


async def test_character_and_scene_in_one_request_wait_for_the_sheet(peer: Peer) -> None:
    hero = peer.intent("Mara", sub="character")
    scene = peer.intent("Mara at the window")
    peer.board.add_edge(hero, scene, EdgeKind.CAST, origin=USER)
    ids = peer.render(scene, hero)
    js = {(j.intent_id, j.stage): j for j in [job(peer.board, i) for i in ids]}
    still = js[(scene, "still")]
    assert still.deps == [js[(hero, "sheet")].id]
    await peer.done(ids)


async def test_a_style_linked_to_a_scene_restyles_its_clip(peer: Peer) -> None:
    look = peer.intent("Neon noir, magenta and teal", sub="style")
    (look_id,) = peer.render(look)
    (style_job,) = await peer.done([look_id])
    style = peer.take(style_job)
    scene = peer.intent("A street at night")
    peer.board.add_edge(look, scene, EdgeKind.CAST, origin=USER)
    done = by_stage(await peer.done(peer.render(scene)))
    assert set(done) == {"still", "clip", "restyle"}
    assert done["restyle"].inputs == {"input_video": ("job", done["clip"].id), "style_image": ("art", style.id)}
    restyled = peer.take(done["restyle"])
    assert _frames(peer.assets.path(restyled.asset)) == 8
    assert restyled.asset != peer.take(done["clip"]).asset


async def test_a_next_edge_renders_a_transition_between_the_two_stills(peer: Peer) -> None:
    one, two = peer.intent("The door opens"), peer.intent("The hall beyond")
    peer.board.add_edge(one, two, EdgeKind.SEQUENCE, origin=USER)
    ids = peer.render(one, two)
    js = {(j.intent_id, j.stage): j for j in [job(peer.board, i) for i in ids]}
    transition = js[(one, "transition")]
    assert transition.inputs == {"input_image": ("job", js[(one, "still")].id),
                                 "end_image": ("job", js[(two, "still")].id)}
    assert (two, "transition") not in js, "the last shot has no next edge"
    await peer.done(ids)
    clip = peer.take(job(peer.board, transition.id))
    assert _frames(peer.assets.path(clip.asset)) == 8  # the intent's duration=1 wins over the pipeline's 2 s


async def test_the_transition_pipeline_joins_the_chosen_stills(peer: Peer) -> None:
    one, two = peer.intent("Dawn"), peer.intent("Dusk")
    await peer.done(peer.render(one, two))
    peer.board.add_edge(one, two, EdgeKind.SEQUENCE, origin=USER)  # joined after their stills were chosen
    peer.board.update(one, origin=USER, pipeline="transition")
    js = await peer.done(peer.render(one))
    assert [j.stage for j in js] == ["transition"]
    chosen = (peer.board.intent(one).chosen["still"], peer.board.intent(two).chosen["still"])
    assert js[0].inputs == {"input_image": ("art", chosen[0]), "end_image": ("art", chosen[1])}


async def test_unchanged_stages_are_reused_and_only_what_changed_renders(peer: Peer) -> None:
    scene = peer.intent("A boat on a grey sea")
    await peer.done(peer.render(scene))
    assert peer.render(scene) == [], "nothing changed: every take is reused"
    (ip,) = plan(peer.board, [scene], pipelines=PIPELINES)
    assert [s.action for s in ip.steps if s.action != "skip"] == ["reuse", "reuse"]
    peer.board.add_comp(scene, "note", origin=USER, text="storm clouds")
    again = by_stage(await peer.done(peer.render(scene)))
    assert set(again) == {"still", "clip"}, "the text changed: the still and the clip after it render again"
    assert len(jobs(peer.board, intent_id=scene)) == 4
    chosen = peer.board.intent(scene).chosen
    assert (chosen["still"], chosen["clip"]) == (peer.take(again["still"]).id, peer.take(again["clip"]).id), \
        "takes made from the new text replace the stale chosen ones"


async def test_choosing_another_still_rerenders_only_the_clip_from_it(peer: Peer) -> None:
    scene = peer.intent("A lighthouse beam sweeps the fog")
    first = by_stage(await peer.done(peer.render(scene)))
    still, clip = peer.take(first["still"]), peer.take(first["clip"])
    # a second take of the same still job (another peer's late run, or a GPU's non-deterministic one)
    other = peer.assets.put_bytes(_png((200, 40, 40)), mime="image/png")
    alt = peer.board.add_gen_art(scene, "image", origin="peer:p2", stage="still", asset=other.sha256,
                                 job_id=first["still"].id, fingerprint=still.fingerprint)
    peer.board.choose_take(scene, alt.id, origin=USER)
    ids = peer.render(scene)
    (redo,) = [job(peer.board, i) for i in ids]
    assert redo.stage == "clip" and redo.inputs == {"input_image": ("art", alt.id)}
    (redo,) = await peer.done(ids)
    new_clip = peer.take(redo)
    assert new_clip.asset != clip.asset
    with av.open(str(peer.assets.path(new_clip.asset))) as container:
        frame = next(container.decode(video=0)).to_image()
    r, g, b = frame.resize((1, 1)).getpixel((0, 0))
    assert r > g + 60 and r > b + 60, "the clip animates the chosen (red) still, not the first one"
    peer.board.choose_take(scene, still.id, origin=USER)  # back to the first still: its clip is still there
    assert peer.render(scene) == []
    (ip,) = plan(peer.board, [scene], pipelines=PIPELINES)
    assert [(s.stage.id, s.reused) for s in ip.steps if s.action == "reuse"] == [("still", still.id), ("clip", clip.id)]


async def test_a_clip_under_way_starts_from_the_chosen_take_of_its_still_job(peer: Peer, tmp_path: Path) -> None:
    scene = peer.intent("Gulls over the pier")
    ids = peer.render(scene)
    still_job = job(peer.board, ids[0])
    other = peer.assets.put_bytes(_png((30, 200, 30)), mime="image/png")
    # before the runner gets to it: a take of the still job the person chose
    alt = peer.board.add_gen_art(scene, "image", origin="peer:p2", stage="still", asset=other.sha256,
                                 job_id=still_job.id)
    peer.board.choose_take(scene, alt.id, origin=USER)
    done = by_stage(await peer.done(ids))
    from peers.requests import resolve_inputs

    assert resolve_inputs(peer.board, done["clip"])["input_image"].asset == other.sha256


def _png(rgb: tuple[int, int, int]) -> bytes:
    import io

    buf = io.BytesIO()
    Image.new("RGB", (320, 180), rgb).save(buf, "PNG")
    return buf.getvalue()


