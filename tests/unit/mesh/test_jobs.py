"""Render jobs: the still -> clip graph a Render writes, directives, and job state read back from claims."""

from __future__ import annotations

import math

import pytest
from pycrdt import Array, Doc, Map

from mesh.const import DEFAULT_CLIP_S, MAX_ATTEMPTS
from mesh.errors import DirectiveError, SchemaError
from mesh.model.board import Board
from mesh.model.claims import ClaimAgent
from mesh.model.hlc import HLC
from mesh.model.jobs import Job, JobState, cancel_jobs, job, jobs, parse_directives, plan_render, remove_block
from mesh.model.replica import Replica

from ._replicas import USER, forge, sync

REF = "ab" * 32


def _hlc(start_ms: int = 1_000_000) -> HLC:
    t = iter(range(start_ms, start_ms + 10**9, 10))
    return HLC(wall_ms=lambda: next(t))


@pytest.fixture
def board() -> Board:
    return Replica("s").board


def _pair(board: Board, ids: list[str]) -> tuple[Job, Job]:
    still, clip = job(board, ids[0]), job(board, ids[1])
    assert still is not None and clip is not None
    return still, clip


# -- plan_render -----------------------------------------------------------------------------------------
def test_render_writes_a_still_then_clip_graph(board: Board) -> None:
    intent = board.add_intent("castle at dawn", origin=USER)
    ids = plan_render(board, [intent.id], requested_by=USER, hlc=_hlc())
    still, clip = _pair(board, ids)
    assert (still.stage, clip.stage) == ("still", "clip")
    assert still.deps == [] and clip.deps == [still.id]
    assert still.group == clip.group != ""
    assert still.intent_id == clip.intent_id == intent.id
    assert still.requested_by == USER
    assert (still.state(), clip.state()) == (JobState.QUEUED, JobState.WAITING)
    assert clip.params["duration_s"] == DEFAULT_CLIP_S
    assert "ref" not in still.params
    assert [j.id for j in jobs(board, intent_id=intent.id)] == ids
    assert still.created < clip.created


def test_reference_image_comp_feeds_the_still(board: Board) -> None:
    intent = board.add_intent("castle at dawn", origin=USER)
    board.add_comp(intent.id, "note", origin=USER, text="misty", asset="cd" * 32)  # not an image: ignored
    board.add_comp(intent.id, "image", origin=USER, asset=REF, mime="image/png")
    still, clip = _pair(board, plan_render(board, [intent.id], requested_by=USER))
    assert still.inputs == {"input_image": ("asset", REF)}
    assert still.params["ref"] == REF, "a peer from before pipelines still finds the reference"
    assert clip.inputs == {"input_image": ("job", still.id)} and clip.deps == [still.id]


def test_duration_directive_changes_the_clip(board: Board) -> None:
    intent = board.add_intent("castle at dawn", origin=USER)
    board.add_comp(intent.id, "directive", origin=USER, params={"duration": 4, "seed": 11, "priority": 3})
    still, clip = _pair(board, plan_render(board, [intent.id], requested_by=USER))
    assert clip.params["duration_s"] == 4.0 and clip.params["seed"] == 11
    assert still.priority == clip.priority == 3


def test_intent_duration_field_is_the_default_clip_length(board: Board) -> None:
    intent = board.add_intent("castle at dawn", origin=USER, duration_s=5.5)
    _, clip = _pair(board, plan_render(board, [intent.id], requested_by=USER))
    assert clip.params["duration_s"] == 5.5


@pytest.mark.parametrize(("params", "key"), [
    ({"duration": -2}, "duration"), ({"duration": "long"}, "duration"), ({"seed": 1.5}, "seed"),
    ({"priority": 99}, "priority"), ({"fps": 120}, "fps"), ({"width": 10}, "width"), ({"steps": 0}, "steps"),
    ({"cfg": 31}, "cfg"), ({"pin": "  "}, "pin"), ({"sharp ness": 3}, "sharp ness"),
])
def test_nonsense_directive_names_key_and_intent_and_writes_nothing(board: Board, params: dict[str, object],
                                                                    key: str) -> None:
    good = board.add_intent("a fine shot", origin=USER)
    bad = board.add_intent("the broken one", origin=USER)
    board.add_comp(bad.id, "directive", origin=USER, params=params)
    before = board.doc.get_update()
    with pytest.raises(DirectiveError, match=key) as info:
        plan_render(board, [good.id, bad.id], requested_by=USER)
    assert "the broken one" in str(info.value)
    assert jobs(board) == []
    assert board.doc.get_update() == before


def test_render_needs_intents(board: Board) -> None:
    with pytest.raises(SchemaError, match="nothing to render"):
        plan_render(board, [], requested_by=USER)
    with pytest.raises(SchemaError, match="no intent"):
        plan_render(board, ["in-missing"], requested_by=USER)
    assert jobs(board) == []


def test_a_selection_renders_each_intent_once_with_its_origin(board: Board) -> None:
    a, b = board.add_intent("a", origin=USER), board.add_intent("b", origin=USER)
    origins: list[str | None] = []
    board.doc.observe(lambda e: origins.append(board.origin_of(e.transaction.origin())))
    ids = plan_render(board, [a.id, b.id, a.id], requested_by=USER, origin="user:alice@laptop")
    assert len(ids) == 4 and {job(board, i).intent_id for i in ids} == {a.id, b.id}  # type: ignore[union-attr]
    assert origins == ["user:alice@laptop"]  # one transaction


# -- parse_directives --------------------------------------------------------------------------------------
def test_parse_directives_coerces_values() -> None:
    d = parse_directives({"Seed": "42", "duration": 3.5, "priority": -2.0, "pin": " studio-a ", "backend": "comfyui",
                          "model": "wan2.1", "workflow": "i2v", "fps": 24, "width": 1024.0, "height": 576,
                          "steps": 30, "cfg": 6.5, "negative": "blurry", "slot.lora": "castle_v2"})
    assert (d.seed, d.duration_s, d.priority, d.pin, d.fps, d.width, d.height) == (42, 3.5, -2, "studio-a", 24,
                                                                                    1024, 576)
    assert d.extra == {"steps": 30.0, "cfg": 6.5, "negative": "blurry", "slot.lora": "castle_v2"}
    params = d.as_params()
    assert params["seed"] == 42 and params["slot.lora"] == "castle_v2" and "priority" not in params
    assert parse_directives({}).as_params() == {}


def test_unknown_directive_lists_the_known_ones() -> None:
    with pytest.raises(DirectiveError, match=r"unknown directive 'colour' \(known: .*duration.*slot\.NAME"):
        parse_directives({"colour": "red"}, slots=())


@pytest.mark.parametrize("value", [math.nan, math.inf, None, [], "", 2**70])
def test_seed_nonsense(value: object) -> None:
    with pytest.raises(DirectiveError, match="seed"):
        parse_directives({"seed": value})


# -- state from claims --------------------------------------------------------------------------------------
def test_state_follows_the_claims_through_a_run(board: Board) -> None:
    intent = board.add_intent("castle", origin=USER)
    still, clip = _pair(board, plan_render(board, [intent.id], requested_by=USER))
    agent = ClaimAgent(board, "p1", hlc=_hlc())
    cid = agent.claim(still.id)
    assert still.state() is JobState.CLAIMED and still.winner().peer == "p1"  # type: ignore[union-attr]
    assert agent.confirm(still.id, cid)
    assert still.state() is JobState.RENDERING and clip.state() is JobState.WAITING
    art = board.add_gen_art(intent.id, "image", origin="peer:p1", stage="still", job_id=still.id)
    agent.finish(still.id, cid, [art.id])
    assert still.state() is JobState.DONE and still.outputs() == [art.id]
    assert clip.state() is JobState.QUEUED
    data = still.to_dict()
    assert data["state"] == "done" and data["outputs"] == [art.id] and data["claims"][0]["done"]


def test_failures_fail_the_job_and_its_dependents_with_a_reason(board: Board) -> None:
    intent = board.add_intent("castle", origin=USER)
    still, clip = _pair(board, plan_render(board, [intent.id], requested_by=USER))
    for n in range(MAX_ATTEMPTS):
        agent = ClaimAgent(board, f"p{n}", hlc=_hlc(2_000_000 + n * 1000))
        cid = agent.claim(still.id)
        assert agent.confirm(still.id, cid)
        agent.fail(still.id, cid, f"CUDA out of memory #{n}")
        expected = JobState.FAILED if n == MAX_ATTEMPTS - 1 else JobState.QUEUED
        assert still.state() is expected
    assert still.reason() == f"CUDA out of memory #{MAX_ATTEMPTS - 1} (on p{MAX_ATTEMPTS - 1}, attempt 3/3)"
    assert clip.state() is JobState.FAILED
    assert clip.reason().startswith("still failed: CUDA out of memory")


def test_cancel_reaches_waiting_dependents_and_skips_finished_jobs(board: Board) -> None:
    one, two = board.add_intent("one", origin=USER), board.add_intent("two", origin=USER)
    s1, c1 = _pair(board, plan_render(board, [one.id], requested_by=USER))
    s2, _ = _pair(board, plan_render(board, [two.id], requested_by=USER))
    agent = ClaimAgent(board, "p1", hlc=_hlc())
    cid = agent.claim(s2.id)
    agent.confirm(s2.id, cid)
    agent.finish(s2.id, cid, [])
    assert cancel_jobs(board, [s1.id, s2.id, "job-missing"], origin=USER) == 1
    assert (s1.state(), c1.state(), s2.state()) == (JobState.CANCELLED, JobState.CANCELLED, JobState.DONE)
    assert cancel_jobs(board, [s1.id, s2.id], origin=USER) == 0  # cancelled or done already (terminal)


def test_a_missing_dependency_fails_the_job(board: Board) -> None:
    intent = board.add_intent("castle", origin=USER)
    still, clip = _pair(board, plan_render(board, [intent.id], requested_by=USER))
    with board.transact(USER):
        del board.jobs_root[still.id]
    assert clip.state() is JobState.FAILED


def test_malformed_jobs_and_claims_from_another_replica_never_crash() -> None:
    target = Replica("s")
    intent = target.board.add_intent("castle", origin=USER)
    ids = plan_render(target.board, [intent.id], requested_by=USER)
    agent = ClaimAgent(target.board, "p1", hlc=_hlc())
    good_claim = agent.claim(ids[0])

    def garbage(doc: Doc) -> None:
        root = doc.get("jobs", type=Map)
        root["job-text"] = "not a map"
        root["job-array"] = Array([1])
        root["job-self"] = Map({"stage": "still", "deps": ["job-self"], "claims": Map()})
        root["job-loop-a"] = Map({"stage": "clip", "deps": ["job-loop-b"], "claims": Map()})
        root["job-loop-b"] = Map({"stage": "clip", "deps": ["job-loop-a"], "claims": Map()})
        root["job-weird"] = Map({"stage": 5, "deps": "job-x", "params": "x", "priority": math.inf,
                                 "claims": Array([1])})
        root["job-nan"] = Map({"stage": "still", "priority": math.nan, "claims": "x"})
        claims = root[ids[0]]["claims"]
        claims["c-text"] = "claim"
        claims["c-no-peer"] = Map({"stamp": "000000000000001.000000"})
        claims["c-num-stamp"] = Map({"peer": "p9", "stamp": 5})
        claims["c-bad-renewed"] = Map({"peer": "p9", "stamp": "999999999999997.000000", "renewed": "soon"})
        claims["c-inf-renewed"] = Map({"peer": "p9", "stamp": "999999999999998.000000", "renewed": math.inf})
        claims["c-bad-outputs"] = Map({"peer": "p9", "stamp": "999999999999999.000000", "outputs": 5})

    forge(target, garbage)
    all_jobs = {j.id: j for j in jobs(target.board)}
    assert "job-text" not in all_jobs and "job-array" not in all_jobs
    states = {jid: j.state() for jid, j in all_jobs.items()}
    assert states["job-self"] is JobState.FAILED
    assert states["job-loop-a"] is JobState.FAILED and states["job-loop-b"] is JobState.FAILED
    assert all_jobs["job-weird"].priority == 0 and all_jobs["job-weird"].deps == []
    assert all_jobs["job-weird"].params == {} and all_jobs["job-weird"].claims() == []
    assert all_jobs["job-nan"].priority == 0
    for j in all_jobs.values():
        j.to_dict()
    still = all_jobs[ids[0]]
    peers = {c.id: c for c in still.claims()}
    assert good_claim in peers and "c-text" not in peers and "c-no-peer" not in peers and "c-num-stamp" not in peers
    assert peers["c-bad-outputs"].outputs == () and peers["c-bad-renewed"].renewed == 0
    assert peers["c-inf-renewed"].renewed == 0
    assert still.winner().id == good_claim  # type: ignore[union-attr]


def test_job_state_is_the_same_on_every_replica() -> None:
    a, b = Replica("s"), Replica("s")
    intent = a.board.add_intent("castle", origin=USER)
    ids = plan_render(a.board, [intent.id], requested_by=USER)
    sync(a, b)
    agent = ClaimAgent(b.board, "p2", hlc=_hlc())
    cid = agent.claim(ids[0])
    agent.confirm(ids[0], cid)
    sync(a, b)
    assert [j.to_dict() for j in jobs(a.board)] == [j.to_dict() for j in jobs(b.board)]
    assert job(a.board, ids[0]).state() is JobState.RENDERING  # type: ignore[union-attr]


def test_json_of_a_done_job_names_who_finished_it_and_drops_old_failure_reasons() -> None:
    board = Board()
    intent = board.add_intent("x", origin=USER)
    board.add_comp(intent.id, "directive", origin=USER, params={"seed": 42})
    still_id = plan_render(board, [intent.id], requested_by=USER)[0]
    first, second = ClaimAgent(board, "p1", hlc=_hlc()), ClaimAgent(board, "p2", hlc=_hlc())
    c1 = first.claim(still_id)
    assert first.confirm(still_id, c1)
    first.fail(still_id, c1, "CUDA out of memory")
    c2 = second.claim(still_id)
    assert second.confirm(still_id, c2)
    second.finish(still_id, c2, ["ga-1"])
    data = job(board, still_id).to_dict()
    assert (data["state"], data["peer"], data["reason"]) == ("done", "p2", "")
    assert data["params"]["seed"] == 42 and isinstance(data["params"]["seed"], int)


def test_deleting_an_intent_cancels_its_open_jobs_and_keeps_finished_ones(board: Board) -> None:
    keep = board.add_intent("kept", origin=USER)
    gone = board.add_intent("deleted", origin=USER)
    kept_ids = plan_render(board, [keep.id], requested_by=USER)
    ids = plan_render(board, [gone.id], requested_by=USER)
    runner = ClaimAgent(board, "p1")
    cid = runner.claim(ids[0])
    assert runner.confirm(ids[0], cid)  # the still is rendering when the intent is deleted
    remove_block(board, gone.id, origin=USER)
    assert [job(board, j).state() for j in ids] == [JobState.CANCELLED, JobState.CANCELLED]
    assert [job(board, j).state() for j in kept_ids] == [JobState.QUEUED, JobState.WAITING]


def test_a_done_run_whose_output_is_gone_everywhere_reopens_the_job(board: Board) -> None:
    intent = board.add_intent("castle", origin=USER)
    still, clip = _pair(board, plan_render(board, [intent.id], requested_by=USER))
    agent = ClaimAgent(board, "p1")
    cid = agent.claim(still.id)
    agent.confirm(still.id, cid)
    agent.finish(still.id, cid, ["ga-1"])
    assert (still.state(), clip.state()) == (JobState.DONE, JobState.QUEUED)
    ClaimAgent(board, "p2").mark_gone(still.id, cid)
    assert (still.state(), clip.state()) == (JobState.QUEUED, JobState.WAITING)
    assert still.outputs() == [] and still.to_dict()["peer"] is None
    again = ClaimAgent(board, "p2")
    cid2 = again.claim(still.id)
    again.confirm(still.id, cid2)
    again.finish(still.id, cid2, ["ga-2"])
    assert still.state() is JobState.DONE and still.outputs() == ["ga-2"] and still.to_dict()["peer"] == "p2"
