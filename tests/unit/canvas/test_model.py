"""The view model: intent status from jobs and progress, block views, activity."""

from __future__ import annotations

from pycrdt import Map

from canvas.model import PALETTE, activity_view, block_view, board_snapshot, intent_status
from mesh.model.board import Board
from mesh.model.jobs import cancel_jobs, jobs, plan_render
from mesh.model.replica import Replica
from mesh.model.schema import BLOCK_SPECS, BlockKind


def test_palette_has_every_creatable_sub_kind() -> None:
    offered = {(g["kind"], i["sub"]) for g in PALETTE for i in g["items"]}
    for kind in (BlockKind.INTENT, BlockKind.ACTIVITY):
        assert {(kind.value, s) for s in BLOCK_SPECS[kind].subs} <= offered
    assert ("comp", "directive") in offered and ("comp", "voice") in offered
    assert not any(k == "gen_art" for k, _ in offered)  # gen.art is made by renders, not by hand


def test_status_idle_queued_rendering_cancelled() -> None:
    board = Board()
    intent = board.add_intent("castle", origin="user:a")
    assert intent_status(board, intent.id)["state"] == "idle"
    plan_render(board, [intent.id], requested_by="user:a")
    assert intent_status(board, intent.id)["state"] == "queued"
    still = next(j for j in jobs(board, intent_id=intent.id) if j.stage == "still")
    with board.transact("peer:p"):  # a claim that has started, as mesh.model.claims writes it
        still.map["claims"]["c1"] = Map({"peer": "p", "stamp": "000000000000001.000000", "started": True})
    status = intent_status(board, intent.id, {still.id: {"fraction": 0.5, "msg": "denoise"}})
    assert (status["state"], status["stage"], status["peer"]) == ("rendering", "still", "p")
    assert status["fraction"] == 0.25  # half of the first of two stages
    assert status["thumb"] == ""
    live = "data:image/jpeg;base64,/9j/4AAQ"
    assert intent_status(board, intent.id, {still.id: {"fraction": 0.5, "thumb": live}})["thumb"] == live
    hostile = {still.id: {"fraction": 0.5, "thumb": "javascript:alert(1)"}}  # another peer's presence
    assert intent_status(board, intent.id, hostile)["thumb"] == ""
    cancel_jobs(board, [j.id for j in jobs(board)], origin="user:a")
    assert intent_status(board, intent.id)["state"] == "cancelled"


def test_block_view_of_intent_has_takes_and_gen_art_knows_it_is_chosen() -> None:
    board = Board()
    a = board.add_intent("one", origin="user:a")
    b = board.add_intent("two", origin="user:a")
    art = board.add_gen_art(b.id, "image", origin="peer:p", stage="still", asset="b" * 64, mime="image/png")
    view = block_view(board, board.intent(b.id))
    assert view["takes"][0]["url"] == "/assets/" + "b" * 64
    assert "seq" not in view  # the browser numbers intents from the board's sequence
    art_view = block_view(board, board.block(art.id))
    assert art_view["chosen"] is True and art_view["takes"] == [art.id]
    assert block_view(board, a)["takes"] == []


def test_snapshot_and_activity_of_a_replica() -> None:
    replica = Replica("t")
    replica.board.add_default_blocks(origin="user:a")
    replica.presence.set("peer", {"id": "p1", "name": "studio"})
    replica.presence.set("gpus", [{"name": "A6000", "util": 73, "mem_used": 20000, "mem_total": 49140}])
    snap = board_snapshot(replica)
    assert {b["kind"] for b in snap["blocks"]} == {"intent", "activity", "narration", "visual_narration"}
    act = activity_view(replica)
    assert act["peers"][0]["name"] == "studio" and act["peers"][0]["gpus"][0]["util"] == 73


def test_snapshot_carries_the_panel_vocabularies_from_the_schema() -> None:
    replica = Replica("t")
    replica.board.add_default_blocks(origin="user:a")
    choices = board_snapshot(replica)["choices"]
    spec = BLOCK_SPECS[BlockKind.INTENT].fields
    assert set(choices) == {"shot_size", "angle", "camera_move", "transition"}
    assert choices["camera_move"] == list(spec["camera_move"].choices or ())


def test_a_take_names_the_machine_that_made_it() -> None:
    """Machines by their names, never peer ids: the take's footer reads the maker's roster name."""
    from mesh.model.roster import Roster

    board = Replica("b").board
    intent = board.add_intent("a lighthouse", origin="user:a")
    art = board.add_gen_art(intent.id, "image", origin="peer:p1", stage="still", asset="b" * 64,
                            mime="image/png", peer_id="p1")
    assert block_view(board, art)["peer_name"] == "p1"  # not announced yet: the id is all there is
    Roster(board, "p1", name="render-b").announce(stages={"still": ["cpu"]})
    assert block_view(board, art)["peer_name"] == "render-b"
