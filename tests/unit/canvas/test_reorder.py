"""Dragging an intent along the canvas sequence repairs the duplicates two people's concurrent moves left."""

from __future__ import annotations

from pycrdt import Array

from canvas.editing import Editor, Person
from mesh.model import sequence
from mesh.model.replica import Replica
from tests.unit.mesh._replicas import USER, sync


def test_a_canvas_reorder_after_concurrent_moves_leaves_each_intent_once() -> None:
    a, b = Replica("s"), Replica("s")
    a.board.init_meta("s", origin=USER)
    ids = [a.board.add_intent(f"shot {i}", origin=USER).id for i in range(3)]
    sync(a, b)
    Editor(a.board, Person("ana", "c1")).handle({"op": "reorder", "id": ids[2], "index": 0})
    Editor(b.board, Person("ben", "c2")).handle({"op": "reorder", "id": ids[2], "index": 1})
    sync(a, b)
    assert len(a.doc.get("sequence", type=Array).to_py()) == 4  # the same intent moved twice at once
    assert sequence.order(a.board) == sequence.order(b.board)
    Editor(a.board, Person("ana", "c1")).handle({"op": "reorder", "id": ids[0], "index": 2})
    sync(a, b)
    assert len(b.doc.get("sequence", type=Array).to_py()) == 3
    assert sorted(sequence.order(b.board)) == sorted(ids)
