"""Canvas commands: text merging, per-person undo, connecting, rendering, validation of browser input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pycrdt import Doc, Text

from canvas.editing import CommandError, Editor, Person, merge_text, splice
from mesh.model.board import Board
from mesh.model.jobs import JobState, jobs


def make_board() -> Board:
    board = Board()
    board.init_meta("t", origin="user:setup")
    board.add_default_blocks(origin="user:setup")
    return board


def text_of(value: str) -> Text:
    doc = Doc()
    doc["t"] = t = Text(value)
    return t


@given(st.text(max_size=30), st.text(max_size=30))
def test_splice_turns_old_into_new(old: str, new: str) -> None:
    start, deleted, inserted = splice(old, new)
    assert old[:start] + inserted + old[start + deleted:] == new


def test_merge_keeps_both_peoples_words() -> None:
    t = text_of("Rain on the window.")
    merge_text(t, "Rain on the window.", "Rain on the window. Thunder.")  # ben, already applied
    merge_text(t, "Rain on the window.", "Night. Rain on the window.")  # ana typed from the older text
    assert str(t) == "Night. Rain on the window. Thunder."


def test_merge_after_concurrent_insert_before_the_edit() -> None:
    t = text_of("abc xyz")
    merge_text(t, "abc xyz", "abc-123 xyz")
    merge_text(t, "abc xyz", "abc xyz!")
    assert str(t) == "abc-123 xyz!"


def test_create_update_and_text_edit() -> None:
    board = make_board()
    ed = Editor(board, Person("ana", "c1"))
    made = ed.handle({"op": "create", "kind": "intent", "sub": "character", "x": 10, "y": 20})["created"]
    ed.handle({"op": "update", "id": made, "fields": {"title": "She turns", "duration_s": 4, "sub": "style"}})
    ed.handle({"op": "text", "id": made, "field": "description", "base": "", "value": "A door slams."})
    intent = board.intent(made)
    assert (intent.title, intent.duration_s, intent.sub, intent.description) == ("She turns", 4.0, "style",
                                                                                 "A door slams.")
    assert made in board.sequence()


def test_undo_is_per_person() -> None:
    board = make_board()
    ana, ben = Editor(board, Person("ana", "c1")), Editor(board, Person("ben", "c2"))
    mine = ana.handle({"op": "create", "kind": "intent", "sub": "scene", "x": 0, "y": 0})["created"]
    theirs = ben.handle({"op": "create", "kind": "comp", "sub": "note", "x": 0, "y": 0})["created"]
    assert ana.handle({"op": "undo"}) == {"undone": True}
    assert board.block(mine) is None
    assert board.block(theirs) is not None  # ben's edit survives ana's undo
    ana.handle({"op": "redo"})
    assert board.block(mine) is not None


def test_each_gesture_is_its_own_undo_step_while_typing_merges() -> None:
    """A create then a delete within the capture window: Ctrl+Z brings the block back (it used to undo
    both, the create too); keystrokes sent in one burst stay one step."""
    board = make_board()
    ed = Editor(board, Person("ana", "c1"), capture_timeout_ms=60_000)
    made = ed.handle({"op": "create", "kind": "intent", "sub": "scene", "x": 0, "y": 0})["created"]
    ed.handle({"op": "delete", "ids": [made]})
    assert board.block(made) is None
    ed.handle({"op": "undo"})
    assert board.block(made) is not None, "undoing the delete undid the create as well"
    ed.handle({"op": "text", "id": made, "field": "description", "base": "", "value": "A"})
    ed.handle({"op": "text", "id": made, "field": "description", "base": "A", "value": "A door"})
    ed.handle({"op": "undo"})
    intent = board.intent(made)
    assert intent is not None and intent.description == ""  # both keystroke batches in one step


def test_connect_comp_to_intent_either_direction() -> None:
    board = make_board()
    ed = Editor(board, Person("ana", "c1"))
    intent = board.intents()[0].id
    note = ed.handle({"op": "create", "kind": "comp", "sub": "note", "x": 0, "y": 0})["created"]
    ed.handle({"op": "connect", "source": intent, "target": note})
    assert [c.id for c in board.comps_of(intent)] == [note]
    with pytest.raises(CommandError):
        ed.handle({"op": "connect", "source": intent, "target": intent})


def test_drop_comp_on_intent_attaches_it() -> None:
    board = make_board()
    ed = Editor(board, Person("ana", "c1"))
    intent = board.intents()[0].id
    ed.handle({"op": "create", "kind": "comp", "sub": "directive", "x": 0, "y": 0, "attach": intent})
    assert len(board.comps_of(intent)) == 1


def test_preview_then_render_then_cancel() -> None:
    board = make_board()
    ed = Editor(board, Person("ana", "c1"))
    intent = board.intents()[0].id
    preview = ed.handle({"op": "preview", "ids": [intent]})["preview"]
    assert preview["jobs"] == 2 and preview["intents"] == [intent]
    assert jobs(board) == []  # a preview commits nothing
    ed.handle({"op": "render", "ids": [intent]})
    assert {j.stage for j in jobs(board, intent_id=intent)} == {"still", "clip"}
    assert ed.handle({"op": "cancel", "ids": [intent]})["cancelled"] == 2
    assert all(j.state() is JobState.CANCELLED for j in jobs(board, intent_id=intent))


@pytest.mark.parametrize("cmd", [
    None, {}, {"op": "nope"}, {"op": "create", "kind": "gen_art", "sub": "image"},
    {"op": "create", "kind": "intent", "sub": "western"}, {"op": "update", "id": "x", "fields": {"kind": "y"}},
    {"op": "move", "moves": "all"}, {"op": "delete", "ids": ["a"] * 5000}, {"op": "render", "ids": []},
])
def test_bad_commands_are_refused_with_a_message(cmd: object) -> None:
    ed = Editor(make_board(), Person("ana", "c1"))
    with pytest.raises(CommandError):
        ed.handle(cmd)


def test_grow_new_intent_from_gen_art() -> None:
    board = make_board()
    ed = Editor(board, Person("ana", "c1"))
    intent = board.intents()[0].id
    art = board.add_gen_art(intent, "image", origin="peer:p", stage="still", asset="a" * 64)
    new = ed.handle({"op": "grow", "id": art.id})["created"]
    assert board.sequence() == [intent, new]
    assert any(e.src == art.id and e.dst == new for e in board.edges())


def test_shot_panel_fields_are_edited_and_refused_outside_their_vocabulary() -> None:
    board = make_board()
    ed = Editor(board, Person("ana", "c1"))
    made = ed.handle({"op": "create", "kind": "intent", "sub": "scene", "x": 0, "y": 0})["created"]
    fields = {"scene_no": "3", "shot_no": "12A", "shot_size": "MCU", "angle": "low", "camera_move": "dolly-in",
              "lens": "85mm", "transition": "dissolve", "action": "She looks up.", "dialogue": "ANA: Not again.",
              "sound": "Rain"}
    for name, value in fields.items():  # one command per chip or field, as the panel sends them
        ed.handle({"op": "update", "id": made, "fields": {name: value}})
    ed.handle({"op": "text", "id": made, "field": "notes", "base": "", "value": "Match the cut."})
    view = board.intent(made).to_dict()
    assert {k: view[k] for k in fields} == fields and view["notes"] == "Match the cut."
    with pytest.raises(CommandError):
        ed.handle({"op": "update", "id": made, "fields": {"angle": "sideways"}})
    assert board.intent(made).to_dict()["angle"] == "low"
