"""From a job on the board to a backend-neutral RenderRequest: prompt, panel, seed, and input images."""

from __future__ import annotations

from pathlib import Path

import pytest
from pycrdt import Doc, Map

from mesh.errors import MultiplexError
from mesh.model.board import Board
from mesh.model.claims import ClaimAgent
from mesh.model.jobs import Job, job, plan_render
from mesh.model.replica import Replica
from mesh.storage.assets import AssetStore
from peers.errors import RenderFailed
from peers.requests import PANEL_FIELDS, InputNotHere, build_request, input_asset

USER = "user:alice"
PANEL = {"scene_no": "4", "shot_no": "2B", "shot_size": "CU", "angle": "high", "camera_move": "pan",
         "lens": "85mm", "action": "She turns.", "dialogue": "Who?", "sound": "rain", "transition": "cut"}


@pytest.fixture
def assets(tmp_path: Path) -> AssetStore:
    return AssetStore(tmp_path / "assets")


def _jobs(board: Board, intent_id: str) -> tuple[Job, Job]:
    still_id, clip_id = plan_render(board, [intent_id], requested_by=USER)
    still, clip = job(board, still_id), job(board, clip_id)
    assert still is not None and clip is not None
    return still, clip


def test_still_request_carries_prompt_notes_panel_and_directives(assets: AssetStore) -> None:
    board = Replica("s").board
    intent = board.add_intent("Wide shot of a castle at dawn", sub="scene", origin=USER, notes="misty", **PANEL)
    board.add_comp(intent.id, "note", origin=USER, text="  painterly, muted greens ")
    board.add_comp(intent.id, "directive", origin=USER, params={"seed": 5, "width": 512, "height": 288,
                                                                  "negative": "text, watermark", "model": "flux"})
    still, _ = _jobs(board, intent.id)
    request = build_request(board, still, assets)
    assert request.stage == "still" and request.job_id == still.id
    assert request.prompt == "Wide shot of a castle at dawn. painterly, muted greens"
    assert (request.seed, request.width, request.height, request.negative, request.model) == (
        5, 512, 288, "text, watermark", "flux")
    assert request.input_image is None
    assert request.panel == {"sub": "scene", "title": "Wide shot of a castle at dawn", **PANEL, "notes": "misty"}
    assert set(PANEL_FIELDS) <= set(request.panel)


def test_seed_is_stable_per_intent_when_not_given(assets: AssetStore) -> None:
    board = Replica("s").board
    one, two = board.add_intent("one", origin=USER), board.add_intent("two", origin=USER)
    s1, _ = _jobs(board, one.id)
    again = job(board, plan_render(board, [one.id], requested_by=USER, force=True)[0])
    assert again is not None
    s2, _ = _jobs(board, two.id)
    seed = build_request(board, s1, assets).seed
    assert build_request(board, again, assets).seed == seed
    assert build_request(board, s2, assets).seed != seed


def test_reference_image_comp_is_the_stills_input(assets: AssetStore) -> None:
    board = Replica("s").board
    ref = assets.put_bytes(b"\x89PNG fake reference", mime="image/png")
    intent = board.add_intent("castle", origin=USER)
    board.add_comp(intent.id, "image", origin=USER, asset=ref.sha256, mime="image/png")
    still, _ = _jobs(board, intent.id)
    assert input_asset(board, still) == ref.sha256
    assert build_request(board, still, assets).input_image == assets.path(ref.sha256)


def test_a_reference_missing_on_this_peer_is_a_wait_not_a_failure(assets: AssetStore) -> None:
    board = Replica("s").board
    intent = board.add_intent("castle", origin=USER)
    board.add_comp(intent.id, "image", origin=USER, asset="ab" * 32)
    still, _ = _jobs(board, intent.id)
    with pytest.raises(InputNotHere, match="not on this peer yet"):
        build_request(board, still, assets)


def test_clip_starts_from_the_stills_output_with_the_directive_duration(assets: AssetStore) -> None:
    board = Replica("s").board
    intent = board.add_intent("castle", origin=USER)
    board.add_comp(intent.id, "directive", origin=USER, params={"duration": 3, "fps": 24})
    still, clip = _jobs(board, intent.id)
    with pytest.raises(RenderFailed, match="has no output"):
        build_request(board, clip, assets)
    image = assets.put_bytes(b"still bytes", mime="image/png")
    art = board.add_gen_art(intent.id, "image", origin="peer:p1", stage="still", asset=image.sha256, job_id=still.id)
    agent = ClaimAgent(board, "p1")
    cid = agent.claim(still.id)
    agent.confirm(still.id, cid)
    agent.finish(still.id, cid, [art.id])
    assert input_asset(board, clip) == image.sha256
    request = build_request(board, clip, assets)
    assert request.input_image == assets.path(image.sha256)
    assert (request.duration_s, request.fps, request.stage) == (3.0, 24, "clip")


def test_malformed_params_from_another_replica_raise_an_error_the_runner_reports(assets: AssetStore) -> None:
    r = Replica("s")
    intent = r.board.add_intent("castle", origin=USER)
    still, _ = _jobs(r.board, intent.id)
    raw = Doc()
    raw.apply_update(r.doc.get_update())
    before = raw.get_state()
    raw.get("jobs", type=Map)[still.id]["params"] = {"width": "wide"}
    assert r.apply_remote(raw.get_update(before), source="evil")
    with pytest.raises((ValueError, MultiplexError)):  # peers/runner.py turns these into a failed attempt
        build_request(r.board, still, assets)
