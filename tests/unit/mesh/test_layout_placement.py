"""New blocks land in free space: intents on wrapping storyboard rows, takes as a strip above their intent,
comps as a strip below, a chosen point nudged to the nearest free spot. No two blocks ever overlap."""

from __future__ import annotations

import itertools

from mesh.model.board import Board
from mesh.model.layout import COLUMNS, intent_slot
from mesh.model.schema import BlockKind

USER = "user:alice"


def overlaps(board: Board) -> list[tuple[str, str]]:
    rects = [(b.id, b.position) for b in board.blocks()]
    out = []
    for (a, (ax, ay, aw, ah)), (b, (bx, by, bw, bh)) in itertools.combinations(rects, 2):
        if ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah:
            out.append((a, b))
    return out


def test_300_intents_with_takes_and_comps_never_overlap_and_rows_wrap() -> None:
    board = Board()
    board.add_default_blocks(origin=USER)
    for i in range(300):
        intent = board.add_intent(f"shot {i}", origin=USER)
        if i % 10 == 0:
            for n in range(3):
                board.add_comp(intent.id, "note", origin=USER, text=f"note {n}")
            for stage in ("still", "still", "clip", "still"):
                board.add_gen_art(intent.id, "image", origin=USER, stage=stage)
    assert overlaps(board) == []
    xs = [b.position[0] for b in board.blocks(BlockKind.INTENT)]
    assert max(xs) <= intent_slot(COLUMNS - 1)[0]  # wrapped, never a 100,000 px row


def test_two_clicks_at_one_point_never_stack() -> None:
    board = Board()
    a = board.add_intent("first", origin=USER, x=500.0, y=500.0)
    b = board.add_intent("second", origin=USER, x=500.0, y=500.0)
    board.add_block(BlockKind.ACTIVITY, "gpu", origin=USER, x=500.0, y=500.0, free=True)
    assert a.position[:2] == (500.0, 500.0) and b.position[:2] != a.position[:2]
    assert overlaps(board) == []
    board.add_block(BlockKind.ACTIVITY, "gpu", origin=USER, x=500.0, y=500.0)  # exactly where asked (a restore)
    assert len(overlaps(board)) == 1


def test_takes_strip_above_and_comps_below_their_intent() -> None:
    board = Board()
    intent = board.add_intent("harbour at night", origin=USER)
    x, y, _, h = intent.position
    takes = [board.add_gen_art(intent.id, "image", origin=USER, stage="still") for _ in range(3)]
    comps = [board.add_comp(intent.id, "note", origin=USER, text="n") for _ in range(2)]
    assert all(t.position[0] == x and t.position[1] + t.position[3] <= y for t in takes)
    assert [t.position[1] for t in takes] == sorted((t.position[1] for t in takes), reverse=True)
    assert all(c.position[0] == x and c.position[1] >= y + h for c in comps)
    assert overlaps(board) == []


def test_a_block_moved_into_the_way_is_avoided() -> None:
    board = Board()
    first = board.add_intent("one", origin=USER)
    slot = intent_slot(1)
    board.update(first.id, origin=USER, x=slot[0], y=slot[1])  # a person drags it onto the next slot
    second = board.add_intent("two", origin=USER)
    assert second.position[:2] != slot and overlaps(board) == []


def test_a_remote_replica_places_around_what_it_received() -> None:
    a, b = Board(), Board()
    b.space()  # b's placement index exists before the update arrives, and must follow it
    a.add_intent("placed on a, where b's next intent would go", origin=USER, x=intent_slot(1)[0],
                 y=intent_slot(1)[1])
    b.doc.apply_update(a.doc.get_update())
    b.add_intent("placed on b", origin=USER)
    assert overlaps(b) == []


class _Panic(BaseException):
    """Stands in for pyo3's PanicException, which derives from BaseException, not Exception."""


def test_a_failure_inside_the_placement_observer_neither_escapes_nor_leaves_a_stale_index(monkeypatch) -> None:
    import mesh.model.board as board_module

    a, b = Board(), Board()
    b.space()
    a.add_intent("placed on a, where b's next intent would go", origin=USER, x=intent_slot(1)[0],
                 y=intent_slot(1)[1])
    real_rect = board_module._rect
    monkeypatch.setattr(board_module, "_rect", lambda raw: (_ for _ in ()).throw(_Panic("yrs panicked")))
    b.doc.apply_update(a.doc.get_update())  # the observer fails inside the remote transaction: not raised here
    monkeypatch.setattr(board_module, "_rect", real_rect)
    b.add_intent("placed on b", origin=USER)  # the index is rebuilt from the board, with a's intent in it
    assert overlaps(b) == [] and len(b.intents()) == 2


def test_the_placement_index_follows_moves_and_resizes_and_skips_every_other_block_change(monkeypatch) -> None:
    import mesh.model.board as board_module

    a, b = Board(), Board()
    block = a.add_intent("one", origin=USER)
    b.doc.apply_update(a.doc.get_update())
    b.space()
    real_rect, read = board_module._rect, []
    monkeypatch.setattr(board_module, "_rect", lambda raw: read.append(1) or real_rect(raw))

    def rects_read_by_b(**fields: object) -> int:
        a.update(block.id, origin=USER, **fields)
        before = len(read)
        b.doc.apply_update(a.doc.get_update(b.doc.get_state()))
        return len(read) - before

    assert rects_read_by_b(title="a retitle") == 0  # every title edit on the canvas: nothing to recompute
    assert rects_read_by_b(shot_no="12A", duration_s=4.0) == 0
    slot = intent_slot(1)
    assert rects_read_by_b(x=slot[0], y=slot[1]) == 1 and b.space()._rects[block.id][:2] == slot
    assert rects_read_by_b(w=900.0) == 1 and b.space()._rects[block.id][2] == 900.0
