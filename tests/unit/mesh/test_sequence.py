"""The sequence: order under concurrent moves, numbering with inserts and locks, durations, cut points."""

from __future__ import annotations

import pytest
from pycrdt import Array

from mesh.errors import SchemaError
from mesh.model import sequence as seq
from mesh.model.board import Board
from mesh.model.replica import Replica
from mesh.model.schema import BlockKind
from tests.unit.mesh._replicas import USER, sync

BOB = "user:bob"


@pytest.fixture
def board() -> Board:
    b = Board()
    b.init_meta("studio", origin=USER)
    return b


def _intents(board: Board, n: int) -> list[str]:
    return [board.add_intent(f"shot {i}", origin=USER).id for i in range(n)]


def _pair(n: int) -> tuple[Replica, Replica, list[str]]:
    a, b = Replica("s"), Replica("s")
    a.board.init_meta("s", origin=USER)
    ids = _intents(a.board, n)
    sync(a, b)
    return a, b, ids


# -- order under concurrency -------------------------------------------------------------------------------
def test_concurrent_moves_of_different_intents_both_hold() -> None:
    a, b, ids = _pair(5)
    seq.move(a.board, ids[4], 0, origin=USER)  # alice: last to first
    seq.move(b.board, ids[0], 4, origin=BOB)  # bob: first to last
    sync(a, b)
    assert seq.order(a.board) == seq.order(b.board)
    final = seq.order(a.board)
    assert sorted(final) == sorted(ids) and len(final) == 5
    assert final[0] == ids[4] and final[-1] == ids[0]
    assert final[1:4] == ids[1:4]


def test_concurrent_moves_of_the_same_intent_keep_it_once_and_the_next_write_repairs() -> None:
    a, b, ids = _pair(4)
    seq.move(a.board, ids[2], 0, origin=USER)
    seq.move(b.board, ids[2], 3, origin=BOB)
    sync(a, b)
    order_a = seq.order(a.board)
    assert order_a == seq.order(b.board)
    assert order_a.count(ids[2]) == 1 and sorted(order_a) == sorted(ids)
    assert len(a.board.to_json()["sequence"]) == 4
    raw_before = len(a.doc.get("sequence", type=Array).to_py())
    assert raw_before == 5  # two copies in the raw array: one was read away
    seq.move(a.board, ids[0], 1, origin=USER)
    assert len(a.doc.get("sequence", type=Array).to_py()) == 4  # the write repaired it
    sync(a, b)
    assert seq.order(b.board) == seq.order(a.board)
    assert [s.number for s in seq.shots(b.board)] == ["1", "2", "3", "4"]


def test_concurrent_move_and_delete_drop_the_intent_everywhere() -> None:
    a, b, ids = _pair(3)
    a.board.remove(ids[1], origin=USER)
    seq.move(b.board, ids[1], 0, origin=BOB)
    sync(a, b)
    assert seq.order(a.board) == seq.order(b.board) == [ids[0], ids[2]]
    assert seq.repair(b.board, origin=BOB) == 1
    assert seq.repair(b.board, origin=BOB) == 0


def test_move_after_and_bad_positions(board: Board) -> None:
    ids = _intents(board, 3)
    seq.move_after(board, ids[0], ids[2], origin=USER)
    assert seq.order(board) == [ids[1], ids[2], ids[0]]
    seq.move_after(board, ids[0], None, origin=USER)
    assert seq.order(board) == ids
    with pytest.raises(SchemaError):
        seq.move(board, ids[0], "2", origin=USER)  # type: ignore[arg-type]
    with pytest.raises(SchemaError):
        seq.move_after(board, ids[0], ids[0], origin=USER)


# -- numbering ---------------------------------------------------------------------------------------------
def test_unlocked_shots_renumber_on_insert(board: Board) -> None:
    ids = _intents(board, 3)
    new = board.add_intent("inserted", origin=USER).id
    seq.move(board, new, 1, origin=USER)
    assert [(s.intent_id, s.number) for s in seq.shots(board)] == [
        (ids[0], "1"), (new, "2"), (ids[1], "3"), (ids[2], "4")]


def test_locked_numbers_hold_and_inserts_take_letters(board: Board) -> None:
    ids = _intents(board, 3)
    for i in ids:
        seq.set_locked(board, i, True, origin=USER)
    first, second = board.add_intent("a", origin=USER).id, board.add_intent("b", origin=USER).id
    seq.move(board, first, 1, origin=USER)
    seq.move(board, second, 2, origin=USER)
    assert [s.number for s in seq.shots(board)] == ["1", "1A", "1B", "2", "3"]
    seq.set_locked(board, ids[1], False, origin=USER)  # unlocking 2 frees its number for the inserts
    assert [s.number for s in seq.shots(board)] == ["1", "2", "2A", "2B", "3"]
    seq.move(board, ids[1], 0, origin=USER)
    # before the first locked shot there is no free whole number: it takes a letter after 0
    assert [s.number for s in seq.shots(board)] == ["0A", "1", "2", "2A", "3"]


def test_a_lock_keeps_the_number_shown_not_the_one_stored_at_creation(board: Board) -> None:
    ids = _intents(board, 3)  # stored shot_no 1, 2, 3
    seq.move(board, ids[2], 0, origin=USER)  # shown 1 now
    assert seq.set_locked(board, ids[2], True, origin=USER) == "1"
    seq.move(board, ids[2], 2, origin=USER)
    assert [(s.intent_id, s.number) for s in seq.shots(board)] == [(ids[0], "0A"), (ids[1], "0B"), (ids[2], "1")]


def test_number_labels_rule() -> None:
    assert seq.number_labels([("", False)] * 3) == ["1", "2", "3"]
    assert seq.number_labels([("1", True), ("", False), ("2", True)]) == ["1", "1A", "2"]
    assert seq.number_labels([("1", True), ("", False), ("", False), ("5", True)]) == ["1", "2", "3", "5"]
    assert seq.number_labels([("1A", True), ("", False), ("2", True)]) == ["1A", "1B", "2"]
    # locks out of order: an insert never takes a whole number past the next locked one
    assert seq.number_labels([("5", True), ("", False), ("3", True)]) == ["5", "5A", "3"]
    assert seq.number_labels([("1", True), ("", False), ("1A", True), ("2", True)]) == ["1", "1B", "1A", "2"]
    labels = seq.number_labels([("1", True), *[("", False)] * 27, ("2", True)])
    assert labels[1] == "1A" and labels[26] == "1Z" and labels[27] == "1AA" and len(set(labels)) == 29


def test_reference_intents_are_in_the_order_but_not_numbered(board: Board) -> None:
    s1 = board.add_intent("scene", origin=USER).id
    board.add_intent("MAYA", sub="character", origin=USER)
    s2 = board.add_intent("scene two", origin=USER).id
    assert [(s.intent_id, s.number) for s in seq.shots(board)] == [(s1, "1"), (s2, "2")]
    assert len(seq.order(board)) == 3


# -- durations and cuts ------------------------------------------------------------------------------------
def test_duration_from_directive_then_take_then_intent(board: Board) -> None:
    i = board.add_intent("castle", origin=USER).id
    assert (seq.shot(board, i).duration_s, seq.shot(board, i).duration_from) == (8.0, "intent")
    board.update(i, origin=USER, duration_s=5)
    assert seq.shot(board, i).duration_s == 5.0
    board.add_gen_art(i, "video", origin=USER, stage="clip", duration_s=6.5)
    assert (seq.shot(board, i).duration_s, seq.shot(board, i).duration_from) == (6.5, "take")
    board.add_comp(i, "directive", origin=USER, params={"duration": "3"})
    assert (seq.shot(board, i).duration_s, seq.shot(board, i).duration_from) == (3.0, "directive")


def test_a_restyled_clip_is_the_shot_s_video(board: Board) -> None:
    i = board.add_intent("castle", origin=USER).id
    clip = board.add_gen_art(i, "video", origin=USER, stage="clip", duration_s=8.0)
    assert seq.shot(board, i).clip_id == clip.id
    styled = board.add_gen_art(i, "video", origin=USER, stage="restyle", duration_s=8.0)
    assert seq.shot(board, i).clip_id == styled.id  # the last look of the shot goes to the edit


def test_cut_points_are_apart_from_the_rendered_length(board: Board) -> None:
    a, b = _intents(board, 2)
    seq.set_cut(board, a, 1.0, 6.0, origin=USER)
    s = seq.shot(board, a)
    assert (s.duration_s, s.edit_s, s.head_s, s.tail_s) == (8.0, 5.0, 1.0, 2.0)
    assert seq.shot(board, b).start_s == 5.0
    assert seq.total_duration_s(board) == 13.0
    with pytest.raises(SchemaError, match="rendered length"):
        seq.set_cut(board, a, 2.0, 9.0, origin=USER)
    with pytest.raises(SchemaError):
        seq.set_cut(board, a, 4.0, 3.0, origin=USER)
    with pytest.raises(SchemaError, match="finite"):
        seq.set_cut(board, a, float("nan"), 3.0, origin=USER)
    board.update(a, origin=USER, duration_s=2)  # re-rendered shorter: the out point clamps to its end
    s = seq.shot(board, a)
    assert (s.cut_in, s.cut_out) == (1.0, 2.0)
    board.update(a, origin=USER, duration_s=1)  # and an in point past the end is dropped
    s = seq.shot(board, a)
    assert (s.cut_in, s.cut_out) == (0.0, 1.0)


def test_shot_of_a_reference_intent_is_refused(board: Board) -> None:
    c = board.add_intent("MAYA", sub="character", origin=USER).id
    with pytest.raises(SchemaError, match="reference"):
        seq.shot(board, c)
    with pytest.raises(SchemaError, match="no intent"):
        seq.shot(board, "in-missing")
    assert BlockKind.INTENT.value == "intent"
