"""The canvas shows the sequence as mesh.model.sequence computes it: numbers, locks, cut points, reorder."""

from __future__ import annotations

import asyncio

import pytest

from canvas.editing import CommandError, Editor, Person
from canvas.feed import BoardFeed
from canvas.model import board_snapshot, shots_view
from mesh.model import sequence
from mesh.model.replica import Replica

ORIGIN = "user:a"


def _board(n: int = 3) -> tuple[Replica, list[str]]:
    replica = Replica("t")
    ids = [replica.board.add_intent(f"shot {i}", origin=ORIGIN).id for i in range(n)]
    return replica, ids


def test_snapshot_carries_computed_numbers_not_the_stored_field() -> None:
    replica, ids = _board()
    b = replica.board
    b.update(ids[1], origin=ORIGIN, shot_no="99")  # stored, but not locked: the cut renumbers it
    sequence.set_locked(b, ids[2], True, origin=ORIGIN)
    ref = b.add_intent("Mara", sub="character", origin=ORIGIN).id
    shots = board_snapshot(replica)["shots"]
    assert [shots[i]["number"] for i in ids] == ["1", "2", "3"]
    assert shots[ids[2]]["locked"] and not shots[ids[1]]["locked"]
    assert ref not in shots  # a reference intent is not a shot


def test_inserting_before_a_locked_shot_letters_the_new_one() -> None:
    replica, ids = _board(2)
    b = replica.board
    sequence.set_locked(b, ids[1], True, origin=ORIGIN)
    new = b.add_intent("insert", origin=ORIGIN).id
    sequence.move_after(b, new, ids[0], origin=ORIGIN)
    view = shots_view(b)
    assert [view[i]["number"] for i in (ids[0], new, ids[1])] == ["1", "1A", "2"]


async def test_feed_sends_new_numbers_when_the_order_changes_and_only_then() -> None:
    replica, ids = _board()
    feed = BoardFeed(replica, flush_delay_s=0.01)
    feed.snapshot()
    got: asyncio.Queue[dict] = asyncio.Queue()
    feed.subscribe(got.put_nowait)
    sequence.move(replica.board, ids[2], 0, origin=ORIGIN)
    diff = await asyncio.wait_for(got.get(), 2)
    assert [diff["shots"][i]["number"] for i in ids] == ["2", "3", "1"]
    replica.board.update(ids[0], origin=ORIGIN, x=400.0)  # a move on the board changes no number
    diff = await asyncio.wait_for(got.get(), 2)
    assert "shots" not in diff
    replica.board.update(ids[0], origin=ORIGIN, duration_s=3.0)  # a length does
    diff = await asyncio.wait_for(got.get(), 2)
    assert diff["shots"][ids[0]]["duration_s"] == 3.0 and diff["shots"][ids[1]]["start_s"] == 11.0
    feed.close()


def test_editor_locks_cuts_and_places_after() -> None:
    replica, ids = _board()
    b = replica.board
    ed = Editor(b, Person("ana", "c1"), capture_timeout_ms=0)  # each command its own undo step
    assert ed.handle({"op": "lock", "id": ids[1], "locked": True}) == {"number": "2"}
    assert shots_view(b)[ids[1]]["locked"]
    ed.handle({"op": "cut", "id": ids[0], "cut_in": 1.0, "cut_out": 6.5})
    s = shots_view(b)[ids[0]]
    assert (s["cut_in"], s["cut_out"], s["edit_s"], s["duration_s"]) == (1.0, 6.5, 5.5, 8.0)
    ed.handle({"op": "place_after", "id": ids[0], "after": ids[2]})
    assert sequence.order(b) == [ids[1], ids[2], ids[0]]
    ed.handle({"op": "place_after", "id": ids[0], "after": None})
    assert sequence.order(b) == ids
    ed.handle({"op": "undo"})  # the person's own reorder is undone
    assert sequence.order(b) == [ids[1], ids[2], ids[0]]


@pytest.mark.parametrize("cmd", [
    {"op": "lock", "id": "x", "locked": "yes"},
    {"op": "cut", "id": "x", "cut_in": 0, "cut_out": 2},  # no such intent
    {"op": "cut", "cut_in": 0, "cut_out": 2},
    {"op": "reorder", "id": "x", "index": float("inf")},
    {"op": "place_after", "id": "x", "after": 7},
])
def test_editor_refuses_bad_sequence_commands(cmd: dict) -> None:
    replica, ids = _board()
    if cmd.get("id") == "x":
        cmd = {**cmd, "id": ids[0]} if cmd["op"] != "cut" else cmd
    with pytest.raises(CommandError):
        Editor(replica.board, Person("ana", "c1")).handle(cmd)


def test_a_cut_past_the_rendered_length_is_refused_and_changes_nothing() -> None:
    replica, ids = _board()
    ed = Editor(replica.board, Person("ana", "c1"))
    with pytest.raises(CommandError, match="rendered length"):
        ed.handle({"op": "cut", "id": ids[0], "cut_in": 2.0, "cut_out": 9.0})
    assert shots_view(replica.board)[ids[0]]["edit_s"] == 8.0


def test_a_shot_number_typed_in_the_panel_is_locked_and_shown() -> None:
    replica, ids = _board()
    ed = Editor(replica.board, Person("ana", "c1"))
    ed.handle({"op": "update", "id": ids[1], "fields": {"shot_no": "12A"}})
    view = shots_view(replica.board)
    assert (view[ids[1]]["number"], view[ids[1]]["locked"]) == ("12A", True)
    assert view[ids[2]]["number"] == "13"
    ed.handle({"op": "update", "id": ids[1], "fields": {"shot_no": ""}})
    assert [shots_view(replica.board)[i]["number"] for i in ids] == ["1", "2", "3"]
