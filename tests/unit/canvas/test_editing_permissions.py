"""A view-only or edit-only person's canvas commands (the relay's view and edit invites)."""

from __future__ import annotations

import pytest

from canvas.editing import CommandError, Editor, Person
from mesh.model.board import Board
from mesh.model.jobs import jobs


def make_board() -> Board:
    board = Board()
    board.init_meta("t", origin="user:setup")
    board.add_default_blocks(origin="user:setup")
    return board


@pytest.mark.parametrize("cmd", [
    {"op": "create", "kind": "intent", "sub": "scene", "x": 0, "y": 0},
    {"op": "delete", "ids": ["x"]},
    {"op": "move", "moves": []},
    {"op": "undo"},
    {"op": "render", "ids": []},
    {"op": "comment", "text": "hi"},
])
def test_a_view_only_editor_refuses_every_change(cmd: dict[str, object]) -> None:
    board = make_board()
    before = board.doc.get_update()
    ed = Editor(board, Person("vic", "c1"), may_edit=False)
    with pytest.raises(CommandError, match="view-only"):
        ed.handle(cmd)
    assert board.doc.get_update() == before


def test_a_view_only_editor_may_still_preview_a_cost() -> None:
    board = make_board()
    intent = board.add_intent("Rain", origin="user:setup").id
    reply = Editor(board, Person("vic", "c1"), may_edit=False).handle({"op": "preview", "ids": [intent]})
    assert reply is not None and "preview" in reply


def test_an_edit_only_editor_edits_but_does_not_render() -> None:
    board = make_board()
    ed = Editor(board, Person("eve", "c1"), may_render=False)
    made = ed.handle({"op": "create", "kind": "intent", "sub": "scene", "x": 0, "y": 0})["created"]
    with pytest.raises(CommandError, match="render role"):
        ed.handle({"op": "render", "ids": [made]})
    assert jobs(board) == []
