"""The pipeline model and its expansion into the job graph (pure: no files, no peers)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mesh.model import pipelines as pipelines_module
from mesh.model.board import Board
from mesh.model.costs import preview
from mesh.model.jobs import fingerprint, job, jobs, plan, plan_render
from mesh.model.operations import set_intent_pipeline
from mesh.model.pipelines import FALLBACK, PipelineError, PipelineSet, parse_pipeline
from mesh.model.replica import Replica
from mesh.model.scheduling import PeerCaps
from mesh.model.schema import EdgeKind
from mesh.model.stages import STAGES

from ._replicas import USER

SCENE = parse_pipeline({
    "name": "scene", "default_for": ["scene"], "stages": [
        {"kind": "still", "consumes": {"input_image": ["comp:image", "link:character:sheet"]}},
        {"kind": "clip", "consumes": {"input_image": "stage:still"}},
        {"kind": "restyle", "optional": True, "consumes": {"input_video": "stage:clip",
                                                            "style_image": ["comp:style", "link:style:still"]}},
        {"kind": "transition", "optional": True, "consumes": {"input_image": "stage:still",
                                                               "end_image": "next:still"}},
    ]}, "scene.toml")
CHARACTER = parse_pipeline({"name": "character", "default_for": ["character"], "stages": [{"kind": "sheet"}]}, "c")
TRANSITION = parse_pipeline({"name": "transition", "stages": [
    {"kind": "transition", "consumes": {"input_image": "chosen:still", "end_image": "next:still"}}]}, "t")
SET = PipelineSet([SCENE, CHARACTER, TRANSITION])
PEERS = [PeerCaps("p1", name="studio", stages={k: ("cpu",) for k in STAGES})]
SHA = "ab" * 32


@pytest.fixture
def board() -> Board:
    return Replica("s").board


def _finish(board: Board, job_id: str, asset: str = SHA) -> str:
    """A finished run with one take, as a peer writes it (its fingerprint read the way the peer reads it)."""
    from mesh.model.claims import ClaimAgent

    j = job(board, job_id)
    agent = ClaimAgent(board, "p1")
    claim = agent.claim(job_id)
    agent.confirm(job_id, claim)
    from peers.requests import input_fingerprint  # the peer's side of the same digest

    art = board.add_gen_art(j.intent_id, "image", origin="peer:p1", stage=j.stage, asset=asset, job_id=job_id,
                            run_id=claim, fingerprint=input_fingerprint(board, j))
    agent.finish(job_id, claim, [art.id])
    return art.id


def test_stages_come_in_dependency_order_whatever_the_file_order() -> None:
    p = parse_pipeline({"stages": [{"kind": "clip", "consumes": {"input_image": "stage:still"}}, {"kind": "still"}]},
                       "x.json", default_name="x")
    assert [s.id for s in p.stages] == ["still", "clip"] and p.name == "x"
    assert p.stage("clip").after == ("still",)


def test_a_cycle_behind_another_stage_is_named_stage_by_stage() -> None:
    with pytest.raises(PipelineError, match=r"^x.toml: stages: the stages form a cycle: still -> sheet -> still$"):
        parse_pipeline({"name": "x", "stages": [
            {"kind": "clip", "consumes": {"input_image": "stage:still"}},
            {"kind": "still", "consumes": {"input_image": "stage:sheet"}},
            {"kind": "sheet", "consumes": {"input_image": "stage:still"}},
        ]}, "x.toml")


def test_without_pipelines_every_intent_runs_still_then_clip(board: Board) -> None:
    hero = board.add_intent("Mara", sub="character", origin=USER)
    ids = plan_render(board, [hero.id], requested_by=USER)
    assert [job(board, i).stage for i in ids] == ["still", "clip"] == [s.kind for s in FALLBACK.stages]


def test_each_sub_kind_runs_its_default_and_an_intent_can_pick_another(board: Board) -> None:
    hero = board.add_intent("Mara", sub="character", origin=USER)
    scene = board.add_intent("Mara at the window", origin=USER)
    by_intent = {ip.intent.id: [s.stage.kind for s in ip.steps if s.action == "render"]
                 for ip in plan(board, [scene.id, hero.id], pipelines=SET)}
    assert by_intent == {hero.id: ["sheet"], scene.id: ["still", "clip"]}
    assert set_intent_pipeline(board, hero.id, "scene", SET, origin=USER) == "scene"
    assert board.intent(hero.id).pipeline == "scene"
    with pytest.raises(PipelineError, match="no pipeline named 'nope'"):
        set_intent_pipeline(board, hero.id, "nope", SET, origin=USER)
    assert set_intent_pipeline(board, hero.id, "", SET, origin=USER) == "character"


def test_optional_stages_are_planned_only_when_their_inputs_are_there(board: Board) -> None:
    scene = board.add_intent("A street", origin=USER)
    (ip,) = plan(board, [scene.id], pipelines=SET)
    assert [(s.stage.kind, s.action) for s in ip.steps] == [
        ("still", "render"), ("clip", "render"), ("restyle", "skip"), ("transition", "skip")]
    assert ip.step("restyle").why == "no style_image (comp:style or link:style:still)"
    board.add_comp(scene.id, "style", origin=USER, asset=SHA, mime="image/png")
    ids = plan_render(board, [scene.id], requested_by=USER, pipelines=SET)
    restyle = next(job(board, i) for i in ids if job(board, i).stage == "restyle")
    clip = next(job(board, i) for i in ids if job(board, i).stage == "clip")
    assert restyle.inputs == {"input_video": ("job", clip.id), "style_image": ("asset", SHA)}
    assert restyle.deps == [clip.id] and restyle.step == "restyle" and restyle.pipeline == "scene"


def test_a_stage_that_lacks_an_input_is_refused_and_nothing_is_written(board: Board) -> None:
    one, two = board.add_intent("Dawn", origin=USER), board.add_intent("Dusk", origin=USER)
    board.add_edge(one.id, two.id, EdgeKind.SEQUENCE, origin=USER)
    board.update(one.id, origin=USER, pipeline="transition")
    with pytest.raises(PipelineError, match="intent 'Dawn': the transition stage of pipeline 'transition' needs "
                                            "its input_image from chosen:still, and there is none yet"):
        plan_render(board, [two.id, one.id], requested_by=USER, pipelines=SET)
    assert jobs(board) == []


def test_links_in_one_request_wait_for_each_others_jobs_and_a_loop_of_next_edges_plans(board: Board) -> None:
    hero = board.add_intent("Mara", sub="character", origin=USER)
    a, b = board.add_intent("A", origin=USER), board.add_intent("B", origin=USER)
    board.add_edge(hero.id, a.id, EdgeKind.CAST, origin=USER)
    board.add_edge(a.id, b.id, EdgeKind.SEQUENCE, origin=USER)
    board.add_edge(b.id, a.id, EdgeKind.SEQUENCE, origin=USER)  # a loop: one side waits, the other skips
    ids = plan_render(board, [a.id, b.id, hero.id], requested_by=USER, pipelines=SET)
    js = {(job(board, i).intent_id, job(board, i).stage): job(board, i) for i in ids}
    assert js[(a.id, "still")].deps == [js[(hero.id, "sheet")].id]
    transitions = [k for k in js if k[1] == "transition"]
    assert len(transitions) == 1
    (t,) = [js[k] for k in transitions]
    assert all(kind == "job" for kind, _ in t.inputs.values()) and len(t.deps) == 2


def test_unchanged_inputs_reuse_the_take_and_the_preview_says_so(board: Board) -> None:
    scene = board.add_intent("A boat", origin=USER)
    still_id, clip_id = plan_render(board, [scene.id], requested_by=USER, pipelines=SET)
    assert plan_render(board, [scene.id], requested_by=USER, pipelines=SET) == [], "the same render is under way"
    still_art = _finish(board, still_id)
    _finish(board, clip_id, "cd" * 32)
    (ip,) = plan(board, [scene.id], pipelines=SET)
    assert [(s.stage.kind, s.reused) for s in ip.steps if s.action == "reuse"] == [
        ("still", still_art), ("clip", board.intent(scene.id).chosen["clip"])]
    cost = preview(board, [scene.id], PEERS, pipelines=SET)
    assert (cost.jobs, cost.reused, cost.text) == (0, 2, "nothing to render; 2 reused (inputs unchanged)")
    board.add_comp(scene.id, "directive", origin=USER, params={"clip.fps": 24})  # only the clip changed
    cost = preview(board, [scene.id], PEERS, pipelines=SET)
    assert cost.jobs == 1 and cost.reused == 1 and cost.text.endswith("; 1 reused (inputs unchanged)")
    (redo,) = plan_render(board, [scene.id], requested_by=USER, pipelines=SET)
    assert job(board, redo).stage == "clip" and job(board, redo).inputs == {"input_image": ("art", still_art)}
    assert len(plan_render(board, [scene.id], requested_by=USER, pipelines=SET, force=True)) == 2


def test_where_a_job_runs_is_not_what_it_makes() -> None:
    base = fingerprint("still", "a boat", {"shot_no": "1"}, {"seed": 42, "duration_s": 8.0}, 42, {})
    assert base == fingerprint("still", "a boat", {"shot_no": "1"}, {"seed": 42.0, "duration_s": 8,
                                                                       "pin": "gpu-1", "backend": "comfyui"}, 42, {})
    assert base != fingerprint("still", "a boat", {"shot_no": "2"}, {"seed": 42, "duration_s": 8.0}, 42, {})
    assert base != fingerprint("still", "a boat", {"shot_no": "1"}, {"seed": 42, "duration_s": 8.0}, 43, {})
    assert base != fingerprint("still", "a boat", {"shot_no": "1"}, {"seed": 42, "duration_s": 8.0}, 42,
                               {"input_image": SHA})


@pytest.fixture
def provider() -> Iterator[None]:
    before = pipelines_module.install(lambda: SET)
    try:
        yield
    finally:
        pipelines_module.install(before)


def test_the_installed_pipelines_are_what_a_caller_without_any_plans_with(board: Board, provider: None) -> None:
    hero = board.add_intent("Mara", sub="character", origin=USER)
    (sheet,) = plan_render(board, [hero.id], requested_by=USER)
    assert job(board, sheet).stage == "sheet"
