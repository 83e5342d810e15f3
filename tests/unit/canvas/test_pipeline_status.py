"""The canvas side of picking a pipeline (issue 12 item 7) and of readable status (issue 16 item 3)."""

from __future__ import annotations

import pytest
from pycrdt import Map

from canvas.editing import CommandError, Editor, Person
from canvas.model import activity_view, board_snapshot, intent_status, pipelines_view
from flows.pipeline_loader import load_pipelines
from mesh.model import pipelines
from mesh.model.jobs import jobs, plan_render
from mesh.model.replica import Replica
from mesh.model.roster import Roster


@pytest.fixture
def bundled() -> object:
    """The bundled pipelines installed as a peer installs its own (scene, character, style, transition)."""
    before = pipelines.install(load_pipelines)
    yield
    pipelines.install(before)


def test_snapshot_says_what_each_sub_kind_runs(bundled: object) -> None:
    snap = board_snapshot(Replica("b"))
    view = snap["pipelines"]
    names = [p["name"] for p in view["list"]]
    assert {"scene", "character", "style", "transition"} <= set(names)
    assert view["defaults"]["scene"] == "scene" and view["defaults"]["character"] == "character"
    scene = next(p for p in view["list"] if p["name"] == "scene")
    assert scene["stages"][:2] == ["still", "clip"] and scene["description"]


def test_pick_a_pipeline_then_go_back_to_the_default(bundled: object) -> None:
    board = Replica("b").board
    intent = board.add_intent("dawn", origin="user:a")
    ed = Editor(board, Person("ana", "c1"))
    assert ed.handle({"op": "pipeline", "id": intent.id, "name": "transition"}) == {"runs": "transition"}
    assert board.intent(intent.id).pipeline == "transition"
    assert ed.handle({"op": "undo"})["undone"]  # a pick is one of this person's edits
    assert not board.intent(intent.id).pipeline
    ed.handle({"op": "redo"})
    assert ed.handle({"op": "pipeline", "id": intent.id, "name": ""}) == {"runs": "scene"}
    assert not board.intent(intent.id).pipeline


def test_unknown_pipeline_and_bad_input_are_refused(bundled: object) -> None:
    board = Replica("b").board
    intent = board.add_intent("dawn", origin="user:a")
    ed = Editor(board, Person("ana", "c1"))
    with pytest.raises(CommandError, match=r"no pipeline named 'nope'.*known: character"):
        ed.handle({"op": "pipeline", "id": intent.id, "name": "nope"})
    with pytest.raises(CommandError, match="name"):
        ed.handle({"op": "pipeline", "id": intent.id, "name": 3})
    note = board.add_comp(intent.id, "note", origin="user:a")
    with pytest.raises(CommandError, match="for an intent"):
        ed.handle({"op": "pipeline", "id": note.id, "name": "scene"})
    assert not board.intent(intent.id).pipeline


def test_picker_lists_which_live_machines_can_run_each(bundled: object) -> None:
    board = Replica("b").board
    Roster(board, "p1", name="studio-a").announce(stages={"still": ["cpu"], "clip": ["cpu"]})
    ed = Editor(board, Person("ana", "c1"), may_edit=False)  # a viewer may look at the list
    listed = {p["name"]: p for p in ed.handle({"op": "pipelines"})["pipelines"]["list"]}
    assert listed["scene"]["runnable_by"] == ["studio-a"]  # its name, not "p1"
    assert listed["character"]["runnable_by"] == []  # needs a sheet stage nobody offers


def test_a_broken_user_pipeline_never_breaks_the_page() -> None:
    def broken() -> pipelines.PipelineSet:
        raise pipelines.PipelineError("mine.toml: stages: the stages form a cycle")

    before = pipelines.install(broken)
    try:
        view = pipelines_view()
    finally:
        pipelines.install(before)
    assert [p["name"] for p in view["list"]] == ["scene"]


def test_status_and_activity_name_the_machine_never_its_id() -> None:
    replica = Replica("b")
    board = replica.board
    Roster(board, "p-7f3a", name="render-b").announce(stages={"still": ["cpu"], "clip": ["cpu"]})
    intent = board.add_intent("castle", origin="user:a")
    plan_render(board, [intent.id], requested_by="user:a")
    still = next(j for j in jobs(board, intent_id=intent.id) if j.stage == "still")
    with board.transact("peer:p-7f3a"):
        still.map["claims"]["c1"] = Map({"peer": "p-7f3a", "stamp": "000000000000001.000000"})
    assert intent_status(board, intent.id)["peer"] == "render-b"
    with board.transact("peer:p-7f3a"):
        still.map["claims"]["c1"]["started"] = True
    status = intent_status(board, intent.id, {still.id: {"fraction": 0.5, "peer": "p-7f3a"}})
    assert (status["state"], status["peer"]) == ("rendering", "render-b")
    running = activity_view(replica, [])["running"]
    assert [r["peer"] for r in running] == ["render-b"]


def test_a_failure_reason_names_the_machine() -> None:
    from mesh.const import MAX_ATTEMPTS
    from mesh.model.claims import ClaimAgent

    board = Replica("b").board
    Roster(board, "p-7f3a", name="render-b").announce(stages={"still": ["cpu"], "clip": ["cpu"]})
    intent = board.add_intent("castle", origin="user:a")
    plan_render(board, [intent.id], requested_by="user:a")
    still = next(j for j in jobs(board, intent_id=intent.id) if j.stage == "still")
    agent = ClaimAgent(board, "p-7f3a")
    for _ in range(MAX_ATTEMPTS):
        agent.fail(still.id, agent.claim(still.id), "CUDA out of memory")
    status = intent_status(board, intent.id)
    assert status["state"] == "failed"
    assert "render-b" in status["reason"] and "p-7f3a" not in status["reason"], status["reason"]
