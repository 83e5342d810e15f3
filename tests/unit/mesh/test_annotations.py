"""Comments pinned to blocks and named snapshots restored as ordinary (undoable) edits."""

from __future__ import annotations

import pytest
from pycrdt import Doc, Map

from mesh.errors import SchemaError
from mesh.model import annotations
from mesh.model.board import Board


def test_comments_pin_resolve_and_reopen() -> None:
    board = Board()
    intent = board.add_intent("castle", origin="user:a")
    c = annotations.add_comment(board, intent.id, "Warmer light?", author="ana", origin="user:ana")
    annotations.resolve_comment(board, c.id, origin="user:ben")
    assert annotations.comments(board, block_id=intent.id)[0].resolved
    assert annotations.comments(board, include_resolved=False) == []
    annotations.resolve_comment(board, c.id, resolved=False, origin="user:ana")
    assert not annotations.comments(board)[0].resolved
    with pytest.raises(SchemaError):
        annotations.add_comment(board, "nope", "x", author="a", origin="user:a")
    with pytest.raises(SchemaError):
        annotations.add_comment(board, intent.id, "x" * 5000, author="a", origin="user:a")


def test_snapshot_restore_brings_back_values_blocks_and_order_but_keeps_gen_art() -> None:
    board = Board()
    a = board.add_intent("one", origin="user:a")
    b = board.add_intent("two", origin="user:a")
    note = board.add_comp(a.id, "note", origin="user:a", text="keep")
    snap = annotations.save_snapshot(board, "first cut", author="ana", origin="user:a")
    board.update(a.id, origin="user:a", title="changed", x=999.0)
    board.remove(note.id, origin="user:a")
    board.move_in_sequence(b.id, 0, origin="user:a")
    extra = board.add_intent("three", origin="user:a")
    art = board.add_gen_art(a.id, "image", origin="peer:p", stage="still", asset="c" * 64)
    counts = annotations.restore_snapshot(board, snap.id, origin="user:ana")
    assert board.intent(a.id).title == "one" and board.intent(a.id).position[0] == 80.0
    assert board.block(extra.id) is None
    assert board.block(art.id) is not None  # output is never lost
    comps = board.comps_of(a.id)
    assert len(comps) == 1 and comps[0].text == "keep" and comps[0].id != note.id
    assert board.sequence() == [a.id, b.id]
    assert counts["created"] == 1 and counts["removed"] == 1


def test_snapshot_survives_sync_and_bad_data_is_refused() -> None:
    board = Board()
    board.add_default_blocks(origin="user:a")
    snap = annotations.save_snapshot(board, "v1", author="ana", origin="user:a")
    other = Board(Doc())
    other.doc.apply_update(board.doc.get_update())
    assert [s.name for s in annotations.snapshots(other)] == ["v1"]
    assert len(annotations.snapshot_data(other, snap.id)["blocks"]) == 4
    root = board.doc.get("snapshots", type=Map)
    with board.transact("user:evil"):
        root[snap.id]["data"] = "!!not base64!!"
    with pytest.raises(SchemaError):
        annotations.restore_snapshot(board, snap.id, origin="user:a")
