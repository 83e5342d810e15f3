"""The typed board document: blocks of every kind, comps, takes, edges, sequence, origins, and what other
replicas may write into it (skipped with a warning, never raised)."""

from __future__ import annotations

import logging

import pytest
from pycrdt import Array, Doc, Map, Text

from mesh.const import SCHEMA_VERSION
from mesh.errors import SchemaError
from mesh.model import board as board_module
from mesh.model.board import Board, Comp, GenArt, Intent
from mesh.model.replica import Replica
from mesh.model.schema import BLOCK_SPECS, BlockKind, EdgeKind

from ._replicas import USER, forge, sync

PANEL = {"scene_no": "12A", "shot_no": "3", "shot_size": "MCU", "angle": "low", "camera_move": "dolly-in",
         "lens": "35mm anamorphic", "duration_s": 4.5, "action": "She turns, startled.",
         "dialogue": "Who's there?", "sound": "wind, distant bell", "transition": "match-cut",
         "notes": "keep the mist"}


@pytest.fixture(autouse=True)
def _fresh_warnings() -> None:
    board_module.quiet._seen.clear()  # the log-once cache would hide a repeat warning in a later test


@pytest.fixture
def board() -> Board:
    b = Board()
    b.init_meta("studio", origin=USER)
    return b


# -- blocks ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("kind", "sub"), [(k, s) for k, spec in BLOCK_SPECS.items() for s in spec.subs])
def test_every_kind_and_sub_kind_can_be_added_and_read_back(board: Board, kind: BlockKind, sub: str) -> None:
    block = board.add_block(kind, sub, origin=USER, x=10, y=-20, title="t")
    again = board.block(block.id)
    assert again is not None and again.kind is kind and again.sub == sub
    w, h = BLOCK_SPECS[kind].size
    assert again.position == (10.0, -20.0, w, h)
    assert again.to_dict()["kind"] == kind.value
    assert again.get("created_by") == USER


def test_unknown_sub_kind_is_refused_and_nothing_written(board: Board) -> None:
    with pytest.raises(SchemaError, match=r"comp sub-kind must be one of .*not 'poster'"):
        board.add_block(BlockKind.COMP, "poster", origin=USER)
    with pytest.raises(SchemaError, match="unknown block kind 'poster'"):
        board.add_block("poster", "x", origin=USER)
    assert board.blocks() == []


def test_bad_field_value_is_refused_naming_it_and_nothing_written(board: Board) -> None:
    with pytest.raises(SchemaError, match="shot_size"):
        board.add_intent("a shot", origin=USER, shot_size="huge")
    with pytest.raises(SchemaError, match="no field 'shot_size'"):
        board.add_block(BlockKind.COMP, "note", origin=USER, shot_size="CU")
    assert board.blocks() == [] and board.sequence() == []


def test_storyboard_panel_fields_round_trip_to_another_replica() -> None:
    a, b = Replica("s"), Replica("s")
    intent = a.board.add_intent("Wide shot of a castle at dawn", sub="scene", origin=USER, **PANEL)
    sync(a, b)
    seen = b.board.intent(intent.id).to_dict()
    assert {k: seen[k] for k in PANEL} == PANEL
    assert seen["title"] == "Wide shot of a castle at dawn" and seen["sub"] == "scene"


def test_intent_sub_kinds_and_set_sub(board: Board) -> None:
    intent = board.add_intent("Mara, the lighthouse keeper", sub="character", origin=USER)
    assert intent.sub == "character"
    board.set_sub(intent.id, "style", origin=USER)
    assert board.intent(intent.id).sub == "style"
    with pytest.raises(SchemaError, match="intent sub-kind"):
        board.set_sub(intent.id, "image", origin=USER)


def test_add_intent_needs_text_and_uses_first_line_as_title(board: Board) -> None:
    with pytest.raises(SchemaError):
        board.add_intent("   ", origin=USER)
    intent = board.add_intent("  Dawn.\nThe mist lifts slowly.  ", origin=USER)
    assert intent.title == "Dawn."
    assert intent.description == "Dawn.\nThe mist lifts slowly."
    assert intent.duration_s == 8.0


def test_description_is_shared_text_so_concurrent_typing_merges() -> None:
    a, b = Replica("s"), Replica("s")
    intent = a.board.add_intent("castle", origin=USER)
    sync(a, b)
    ta, tb = a.board.intent(intent.id).text_ref("description"), b.board.intent(intent.id).text_ref("description")
    assert isinstance(ta, Text) and isinstance(tb, Text)
    with a.board.transact(USER):
        ta.insert(0, "A ")
    with b.board.transact("user:bob"):
        tb += " at dawn"
    sync(a, b)
    assert a.board.intent(intent.id).description == b.board.intent(intent.id).description == "A castle at dawn"


def test_update_position_size_and_clear_a_field(board: Board) -> None:
    narration = board.add_block(BlockKind.NARRATION, "live", origin=USER, text="quiet")
    board.update(narration.id, origin=USER, x=300, y=40, w=500, h=260)
    assert board.block(narration.id).position == (300.0, 40.0, 500.0, 260.0)  # type: ignore[union-attr]
    board.update(narration.id, origin=USER, text=None)
    assert board.block(narration.id).get("text") == ""  # type: ignore[union-attr]
    with pytest.raises(SchemaError, match="w: 5 is below the minimum 20"):
        board.update(narration.id, origin=USER, w=5)
    with pytest.raises(SchemaError, match="no block"):
        board.update("nr-missing", origin=USER, x=1)


def test_remove_deletes_block_its_edges_and_its_place_in_the_sequence(board: Board) -> None:
    intent = board.add_intent("one", origin=USER)
    comp = board.add_comp(intent.id, "note", origin=USER, text="moody")
    board.remove(intent.id, origin=USER)
    assert board.block(intent.id) is None
    assert board.edges() == [] and board.sequence() == []
    assert board.block(comp.id) is not None  # the comp itself stays, unlinked


def test_default_blocks(board: Board) -> None:
    board.add_default_blocks(origin=USER)
    kinds = sorted(b.kind.value for b in board.blocks())
    assert kinds == ["activity", "intent", "narration", "visual_narration"]
    assert len(board.sequence()) == 1


def test_activity_narration_and_visual_narration_blocks_keep_position_and_size() -> None:
    a, b = Replica("s"), Replica("s")
    ids = [a.board.add_block(BlockKind.ACTIVITY, "queue", origin=USER, x=1, y=2, w=400, h=300).id,
           a.board.add_block(BlockKind.NARRATION, "live", origin=USER, x=3, y=4, w=401, h=301).id,
           a.board.add_block(BlockKind.VISUAL_NARRATION, "live", origin=USER, x=5, y=6, w=402, h=302,
                             caption="the castle", asset="ab" * 32).id]
    sync(a, b)
    assert [b.board.block(i).position for i in ids] == [  # type: ignore[union-attr]
        (1.0, 2.0, 400.0, 300.0), (3.0, 4.0, 401.0, 301.0), (5.0, 6.0, 402.0, 302.0)]
    assert b.board.block(ids[2]).get("caption") == "the castle"  # type: ignore[union-attr]


# -- comps, gen.art and takes ------------------------------------------------------------------------
@pytest.mark.parametrize("sub", BLOCK_SPECS[BlockKind.COMP].subs)
def test_comp_of_every_sub_kind_links_to_its_intent(board: Board, sub: str) -> None:
    intent = board.add_intent("castle", origin=USER)
    comp = board.add_comp(intent.id, sub, origin=USER, text="note", asset="cd" * 32)
    assert isinstance(comp, Comp)
    assert [c.id for c in board.comps_of(intent.id)] == [comp.id]
    assert [(e.src, e.dst, e.kind) for e in board.edges()] == [(comp.id, intent.id, EdgeKind.COMP)]


def test_comp_needs_an_existing_intent(board: Board) -> None:
    with pytest.raises(SchemaError, match="no intent"):
        board.add_comp("in-missing", "note", origin=USER)
    assert board.blocks() == []


def test_directives_of_merges_directive_comps_only(board: Board) -> None:
    intent = board.add_intent("castle", origin=USER)
    board.add_comp(intent.id, "directive", origin=USER, params={"seed": 7, "duration": 4})
    board.add_comp(intent.id, "note", origin=USER, params={"seed": 99})
    board.add_comp(intent.id, "directive", origin=USER, params={"pin": "studio-a"})
    assert board.directives_of(intent.id) == {"seed": 7, "duration": 4, "pin": "studio-a"}


def test_several_takes_per_intent_first_is_chosen_then_choose_take(board: Board) -> None:
    intent = board.add_intent("castle", origin=USER)
    takes = [board.add_gen_art(intent.id, "image", origin="peer:p1", stage="still", asset=f"{i:064x}")
             for i in range(3)]
    clip = board.add_gen_art(intent.id, "video", origin="peer:p1", stage="clip", asset="e" * 64)
    assert all(isinstance(t, GenArt) and t.intent_id == intent.id for t in takes)
    assert {g.id for g in board.gen_art_of(intent.id)} == {*(t.id for t in takes), clip.id}
    assert board.intent(intent.id).chosen == {"still": takes[0].id, "clip": clip.id}
    board.choose_take(intent.id, takes[2].id, origin=USER)
    assert board.intent(intent.id).chosen == {"still": takes[2].id, "clip": clip.id}
    gen_edges = [e for e in board.edges() if e.kind is EdgeKind.GEN_ART]
    assert {(e.src, e.dst) for e in gen_edges} == {(t.id, intent.id) for t in (*takes, clip)}


def test_choose_take_refuses_a_take_of_another_intent(board: Board) -> None:
    one, two = board.add_intent("one", origin=USER), board.add_intent("two", origin=USER)
    art = board.add_gen_art(one.id, "image", origin=USER, stage="still")
    with pytest.raises(SchemaError, match="is not a take of intent"):
        board.choose_take(two.id, art.id, origin=USER)
    with pytest.raises(SchemaError):
        board.choose_take(one.id, one.id, origin=USER)
    assert board.intent(two.id).chosen == {}


# -- edges --------------------------------------------------------------------------------------------
def test_edges_between_intents_and_growing_from_gen_art(board: Board) -> None:
    one, two = board.add_intent("one", origin=USER), board.add_intent("two", origin=USER)
    art = board.add_gen_art(one.id, "image", origin=USER, stage="still")
    nxt = board.add_edge(one.id, two.id, EdgeKind.SEQUENCE, origin=USER)
    grows = board.add_edge(art.id, two.id, "grows", origin=USER)
    by_id = {e.id: e for e in board.edges()}
    assert (by_id[nxt].src, by_id[nxt].dst, by_id[nxt].kind) == (one.id, two.id, EdgeKind.SEQUENCE)
    assert by_id[grows].kind is EdgeKind.GROWS
    assert [b.id for b in board.linked(two.id, EdgeKind.SEQUENCE)] == [one.id]
    board.remove_edge(nxt, origin=USER)
    assert nxt not in {e.id for e in board.edges()}
    assert by_id[grows].to_dict() == {"id": grows, "src": art.id, "dst": two.id, "kind": "grows"}


def test_edge_needs_both_ends_and_a_known_kind(board: Board) -> None:
    one = board.add_intent("one", origin=USER)
    with pytest.raises(SchemaError, match="edge end 'in-nope'"):
        board.add_edge(one.id, "in-nope", EdgeKind.SEQUENCE, origin=USER)
    with pytest.raises(ValueError):
        board.add_edge(one.id, one.id, "likes", origin=USER)
    assert board.edges() == []


# -- sequence -----------------------------------------------------------------------------------------
def test_sequence_order_and_moves(board: Board) -> None:
    ids = [board.add_intent(f"shot {i}", origin=USER).id for i in range(4)]
    assert board.sequence() == ids
    assert [i.id for i in board.intents()] == ids
    board.move_in_sequence(ids[3], 0, origin=USER)
    assert board.sequence() == [ids[3], *ids[:3]]
    board.move_in_sequence(ids[3], 99, origin=USER)  # clamped to the end
    assert board.sequence() == ids
    board.move_in_sequence(ids[0], -5, origin=USER)  # clamped to the start
    assert board.sequence() == ids
    with pytest.raises(SchemaError):
        board.move_in_sequence("in-nope", 0, origin=USER)


@pytest.mark.parametrize("index", [-1, 0, 1, 5])
def test_moving_the_only_intent_keeps_it(board: Board, index: int) -> None:
    only = board.add_intent("alone", origin=USER)
    board.move_in_sequence(only.id, index, origin=USER)
    assert board.sequence() == [only.id]


def test_concurrent_moves_of_one_intent_collapse_duplicates_and_converge() -> None:
    a, b = Replica("s"), Replica("s")
    ids = [a.board.add_intent(f"shot {i}", origin=USER).id for i in range(4)]
    sync(a, b)
    a.board.move_in_sequence(ids[0], 3, origin=USER)
    b.board.move_in_sequence(ids[0], 1, origin="user:bob")
    sync(a, b)
    assert a.board.sequence() == b.board.sequence()
    assert sorted(a.board.sequence()) == sorted(ids)  # each intent once, duplicates collapsed
    # a later move on either side removes every copy
    b.board.move_in_sequence(ids[0], 0, origin="user:bob")
    sync(a, b)
    assert a.board.sequence() == b.board.sequence() == [ids[0], *[i for i in a.board.sequence() if i != ids[0]]]
    assert len(list(a.board._sequence)) == 4


def test_an_intent_removed_while_moved_elsewhere_leaves_the_sequence() -> None:
    a, b = Replica("s"), Replica("s")
    ids = [a.board.add_intent(f"shot {i}", origin=USER).id for i in range(3)]
    sync(a, b)
    a.board.remove(ids[0], origin=USER)
    b.board.move_in_sequence(ids[0], 2, origin="user:bob")  # b's move re-inserts the id a deleted
    sync(a, b)
    assert a.board.sequence() == b.board.sequence() == ids[1:]
    assert a.board.block(ids[0]) is None


def test_moves_count_positions_as_the_storyboard_shows_them() -> None:
    a, b = Replica("s"), Replica("s")
    ids = [a.board.add_intent(f"shot {i}", origin=USER).id for i in range(4)]
    sync(a, b)
    a.board.move_in_sequence(ids[0], 3, origin=USER)
    b.board.move_in_sequence(ids[0], 1, origin="user:bob")
    a.board.remove(ids[1], origin=USER)
    b.board.move_in_sequence(ids[1], 0, origin="user:bob")
    sync(a, b)  # the raw array now holds a duplicate of ids[0] and the deleted ids[1]
    shown = a.board.sequence()
    assert sorted(shown) == sorted([ids[0], ids[2], ids[3]])
    for target in range(3):
        for moved in list(shown):
            a.board.move_in_sequence(moved, target, origin=USER)
            expected = [i for i in shown if i != moved]
            expected.insert(target, moved)
            assert a.board.sequence() == expected, (moved, target)
            shown = expected


def test_intents_not_in_the_sequence_come_last(board: Board) -> None:
    seq = board.add_intent("in sequence", origin=USER)
    loose = board.add_block(BlockKind.INTENT, "scene", origin=USER, title="loose")
    assert [i.id for i in board.intents()] == [seq.id, loose.id]


# -- meta and origins ---------------------------------------------------------------------------------
def test_schema_version_and_name_in_meta() -> None:
    a, b = Replica("s"), Replica("s")
    assert a.board.schema_version == 0
    a.board.init_meta("studio", origin=USER)
    a.board.init_meta("renamed?", origin=USER)  # idempotent: the first name stays
    sync(a, b)
    assert (b.board.schema_version, b.board.name) == (SCHEMA_VERSION, "studio")


def test_only_an_empty_document_is_new() -> None:
    fresh = Replica("s")
    assert fresh.board.is_new()
    fresh.board.init_meta("studio", origin=USER)
    assert not fresh.board.is_new()
    emptied = Replica("s")
    intent = emptied.board.add_intent("castle", origin=USER)
    emptied.board.remove(intent.id, origin=USER)
    assert emptied.board.blocks() == [] and not emptied.board.is_new()  # deleted everything: still has history


def test_remote_nonsense_schema_is_invalid_not_new(caplog: pytest.LogCaptureFixture) -> None:
    a = Replica("s")
    a.board.init_meta("studio", origin=USER)
    a.board.add_default_blocks(origin=USER)
    forge(a, lambda doc: doc.get("meta", type=Map).__setitem__("schema", "banana"))
    with caplog.at_level(logging.WARNING, logger="multiplex.mesh.model.board"):
        assert a.board.schema_version == 0
    assert "invalid meta.schema='banana'" in caplog.text
    assert not a.board.is_new()
    forge(a, lambda doc: [doc.get("meta", type=Map).pop(k) for k in ("schema", "name", "board_id")])
    assert not a.board.is_new()  # meta wiped by a remote: the board still exists


def test_every_local_edit_carries_its_origin(board: Board) -> None:
    seen: list[str | None] = []
    sub = board.doc.observe(lambda e: seen.append(board.origin_of(e.transaction.origin())))
    intent = board.add_intent("castle", origin=USER)
    board.add_comp(intent.id, "note", origin="user:bob", text="x")
    board.update(intent.id, origin="peer:studio-a", x=5)
    board.move_in_sequence(intent.id, 0, origin="user:carol")
    board.remove(intent.id, origin="user:dave")
    board.doc.unobserve(sub)
    assert seen == [USER, "user:bob", "peer:studio-a", "user:carol", "user:dave"]


def test_remote_updates_have_no_origin_and_empty_origin_is_refused() -> None:
    a, b = Replica("s"), Replica("s")
    seen: list[str | None] = []
    b.doc.observe(lambda e: seen.append(b.board.origin_of(e.transaction.origin())))
    a.board.add_intent("castle", origin=USER)
    sync(a, b)
    assert seen == [None]
    with pytest.raises(SchemaError, match="origin"):
        a.board.add_intent("x", origin="")


def test_to_json_is_plain_data(board: Board) -> None:
    intent = board.add_intent("castle", origin=USER, **PANEL)
    board.add_comp(intent.id, "directive", origin=USER, params={"seed": 1})
    data = board.to_json()
    assert data["name"] == "studio" and data["sequence"] == [intent.id]
    blocks = {b["id"]: b for b in data["blocks"]}
    assert blocks[intent.id]["notes"] == "keep the mist" and isinstance(blocks[intent.id]["description"], str)
    assert len(data["edges"]) == 1


# -- what other replicas may write -------------------------------------------------------------------
def test_invalid_entries_from_another_replica_are_skipped_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    target = Replica("s")
    good = target.board.add_intent("castle", origin=USER)

    def garbage(doc: Doc) -> None:
        blocks = doc.get("blocks", type=Map)
        blocks["in-unknown-kind"] = Map({"kind": "poster", "sub": "scene"})
        blocks["in-wrong-sub"] = Map({"kind": "intent", "sub": "image"})
        blocks["in-not-a-map"] = "just text"
        blocks["in-array"] = Array([1, 2])
        blocks["in-no-kind"] = Map({"sub": "scene"})
        edges = doc.get("edges", type=Map)
        edges["e-no-dst"] = Map({"src": good.id, "kind": "comp"})
        edges["e-bad-kind"] = Map({"src": good.id, "dst": good.id, "kind": "likes"})
        edges["e-text"] = "x"
        edges["e-array"] = Array(["a"])
        seq = doc.get("sequence", type=Array)
        seq.append(5)
        seq.append({"id": "x"})

    with caplog.at_level(logging.WARNING, logger="multiplex"):
        forge(target, garbage)
        assert [b.id for b in target.board.blocks()] == [good.id]
        assert target.board.edges() == []
        assert target.board.sequence() == [good.id]
        assert target.board.block("in-unknown-kind") is None
        assert target.board.block("in-not-a-map") is None
    messages = " ".join(r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    for key in ("in-unknown-kind", "in-wrong-sub", "in-not-a-map", "in-array", "e-no-dst", "e-bad-kind", "e-text"):
        assert key in messages


def test_bad_field_values_from_another_replica_read_as_defaults(caplog: pytest.LogCaptureFixture) -> None:
    target = Replica("s")
    intent = target.board.add_intent("castle", origin=USER, shot_size="CU")
    comp = target.board.add_comp(intent.id, "directive", origin=USER, params={"seed": 3})
    narration = target.board.add_block(BlockKind.NARRATION, "live", origin=USER, text="hi")

    def garbage(doc: Doc) -> None:
        blocks = doc.get("blocks", type=Map)
        blocks[intent.id]["shot_size"] = "GIGANTIC"
        blocks[intent.id]["x"] = "left"
        blocks[intent.id]["duration_s"] = -3
        blocks[intent.id]["title"] = Map({"a": 1})
        blocks[intent.id]["chosen"] = Text("not a map")
        blocks[intent.id]["description"] = Map({"a": 1})
        blocks[comp.id]["params"] = Text("seed=3")
        blocks[narration.id]["text"] = Array([1])

    with caplog.at_level(logging.WARNING, logger="multiplex"):
        forge(target, garbage)
        seen = target.board.intent(intent.id)
        assert (seen.get("shot_size"), seen.get("x"), seen.duration_s, seen.title) == ("", 0.0, 8.0, "")
        assert seen.chosen == {} and seen.description == ""
        assert target.board.directives_of(intent.id) == {}
        assert target.board.block(narration.id).get("text") == ""  # type: ignore[union-attr]
        assert isinstance(seen, Intent) and seen.to_dict()["id"] == intent.id
    assert any("ignoring invalid" in r.getMessage() for r in caplog.records)


def test_nested_values_in_a_map_field_from_another_replica_are_ignored() -> None:
    target = Replica("s")
    intent = target.board.add_intent("castle", origin=USER)
    art = target.board.add_gen_art(intent.id, "image", origin=USER, stage="still")

    def garbage(doc: Doc) -> None:
        doc.get("blocks", type=Map)[intent.id]["chosen"] = Map({"still": Map({"deep": 1})})

    forge(target, garbage)
    assert target.board.intent(intent.id).chosen == {}
    target.board.choose_take(intent.id, art.id, origin=USER)  # a local write repairs it
    assert target.board.intent(intent.id).chosen == {"still": art.id}


def test_gen_art_of_a_deleted_intent_is_kept_unlinked() -> None:
    """A render that finishes after its intent was deleted still records its output (never lost)."""
    board = Board()
    intent = board.add_intent("soon gone", origin="user:a")
    board.remove(intent.id, origin="user:a")
    art = board.add_gen_art(intent.id, "image", origin="peer:p", stage="still", asset="c" * 64)
    assert board.block(art.id) is not None and art.intent_id == intent.id
    assert not [e for e in board.edges() if e.src == art.id]
