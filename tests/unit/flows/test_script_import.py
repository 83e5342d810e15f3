"""A script into a board: scenes, characters and links; re-importing an edited script updates in place."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.fountain import ScriptError
from flows.script_import import import_script, transition_of
from mesh.model import sequence
from mesh.model.board import Board
from mesh.model.schema import EdgeKind

USER = "user:alice"

SCRIPT = """Title: The Yard

FADE IN:

EXT. YARD - DAY #1#

Dust blows across the yard.

MAYA
(shouting)
Get down!

BRICK ^
Down!

CUT TO:

INT. SHED - NIGHT

Maya lights a lamp. [[warmer light]]

MAYA
Quiet now.

INT. ROOF - NIGHT

Stars.

DISSOLVE TO:
"""


@pytest.fixture
def board() -> Board:
    b = Board()
    b.init_meta("studio", origin=USER)
    return b


def _scenes(board: Board) -> list[sequence.Shot]:
    return sequence.shots(board)


def test_scenes_characters_dialogue_transitions(board: Board) -> None:
    report = import_script(board, SCRIPT, name="yard.fountain", origin=USER)
    assert report.format == "fountain" and report.title == "The Yard"
    shots = _scenes(board)
    assert [s.title for s in shots] == ["EXT. YARD - DAY", "INT. SHED - NIGHT", "INT. ROOF - NIGHT"]
    assert [s.scene_no for s in shots] == ["1", "2", "3"]
    assert [s.transition for s in shots] == ["cut", "", "dissolve"]
    assert shots[0].description == "Dust blows across the yard."
    assert shots[0].dialogue == "MAYA: (shouting) Get down!\nBRICK (at once): Down!"
    assert str(board.intent(shots[1].intent_id).get("notes")) == "warmer light"
    chars = {board.intent(i).title: i for i in report.characters}
    assert sorted(chars) == ["BRICK", "MAYA"]
    assert not set(chars.values()) & set(board.sequence())  # references: kept out of the storyboard order
    cast = {(e.src, e.dst) for e in board.edges() if e.kind is EdgeKind.CAST}
    assert cast == {(chars["MAYA"], shots[0].intent_id), (chars["BRICK"], shots[0].intent_id),
                    (chars["MAYA"], shots[1].intent_id)}


def test_reimport_of_the_same_script_changes_nothing(board: Board) -> None:
    first = import_script(board, SCRIPT, name="yard.fountain", origin=USER)
    blocks, edges = len(board.blocks()), len(board.edges())
    again = import_script(board, SCRIPT, name="yard.fountain", origin=USER)
    assert again.created == [] and again.characters == [] and again.updated == []
    assert again.unchanged == first.created and again.removed == []
    assert (len(board.blocks()), len(board.edges())) == (blocks, edges)


def test_reimport_of_an_edited_script_updates_inserts_and_reports_removed(board: Board) -> None:
    first = import_script(board, SCRIPT, name="yard.fountain", origin=USER)
    yard, shed, roof = first.created
    sequence.set_cut(board, shed, 1.0, 5.0, origin=USER)  # the user's own edit survives a re-import
    edited = SCRIPT.replace("Maya lights a lamp.", "Maya lights two lamps.").replace(
        "INT. ROOF - NIGHT\n\nStars.\n", "").replace(
        "INT. SHED - NIGHT", "EXT. GATE - DAY\n\nA truck.\n\nINT. SHED - NIGHT")
    report = import_script(board, edited, name="yard.fountain", origin=USER)
    assert report.updated == [shed] and report.unchanged == [yard] and len(report.created) == 1
    assert report.removed == [{"id": roof, "title": "INT. ROOF - NIGHT", "key": "INT. ROOF - NIGHT#1"}]
    gate = report.created[0]
    order = [s.intent_id for s in _scenes(board)]
    assert order == [yard, gate, shed, roof]  # the new scene follows the one before it; the removed one stays
    assert board.intent(shed).description.startswith("Maya lights two lamps.")
    assert sequence.shot(board, shed).cut_in == 1.0


def test_plain_text_one_beat_per_paragraph(board: Board) -> None:
    report = import_script(board, "A castle at dawn.\n\nA knight rides in.\nHe stops.\n", name="beats.txt",
                           origin=USER)
    assert report.format == "text"
    shots = _scenes(board)
    assert [s.description for s in shots] == ["A castle at dawn.", "A knight rides in.\nHe stops."]
    assert [s.title for s in shots] == ["A castle at dawn.", "A knight rides in."]
    assert import_script(board, "A castle at dawn.\n\nA knight rides in.\nHe stops.\n", name="beats.txt",
                         origin=USER).created == []


def test_bad_script_writes_nothing(board: Board) -> None:
    before = board.doc.get_state()
    with pytest.raises(ScriptError, match="line 3"):
        import_script(board, "INT. A\n\n/* open\n", name="x.fountain", origin=USER)
    assert board.doc.get_state() == before


def test_long_dialogue_is_cut_with_a_warning(board: Board) -> None:
    text = "INT. A\n\nBOB\n" + "word " * 600 + "\n"
    report = import_script(board, text, name="x.fountain", origin=USER)
    assert len(_scenes(board)[0].dialogue) == 2000 and "dialogue cut" in report.warnings[0]


def test_a_huge_character_cue_is_cut_not_a_half_written_import(board: Board) -> None:
    name = "SHOUTING " * 120
    report = import_script(board, f"INT. A\n\n{name}\nHi.\n\nINT. B\n\nx\n", name="x.fountain", origin=USER)
    assert len(report.created) == 2 and len(report.characters) == 1
    assert len(board.intent(report.characters[0]).title) == 300
    assert import_script(board, f"INT. A\n\n{name}\nHi.\n\nINT. B\n\nx\n", name="x.fountain",
                         origin=USER).characters == []


def test_transition_choices() -> None:
    assert [transition_of(t) for t in ("CUT TO:", "SMASH CUT TO:", "MATCH CUT TO:", "FADE OUT.", "FADE IN:",
                                       "WIPE TO:", "BURN TO WHITE.", "")] == [
        "cut", "smash-cut", "match-cut", "fade-out", "fade-in", "wipe", "cut", ""]


_PIECES = st.sampled_from(["INT. ", "EXT. ", ".", "\n", "\n\n", "  \n", "\r", "CUT TO:", "[[", "]]", "/*", "*/",
                           "#1#", "^", "@", "!", ">", "<", "=", "~", "(", ")", "BOB", "hi", " ", "é", "\t"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(_PIECES, max_size=60).map("".join), name=st.sampled_from(["a.fountain", "a.txt", ""]))
def test_any_text_imports_twice_the_same_or_is_refused_as_a_script_error(text: str, name: str) -> None:
    board = Board()
    board.init_meta("t", origin=USER)
    try:
        import_script(board, text, name=name, origin=USER)
    except ScriptError:
        return
    blocks = len(board.blocks())
    again = import_script(board, text, name=name, origin=USER)
    assert again.created == [] and again.characters == [] and len(board.blocks()) == blocks
    sequence.shots(board)


def test_a_first_import_replaces_the_new_boards_untouched_sample_intent(board: Board) -> None:
    board.add_default_blocks(origin=USER)
    sample = board.intents()[0].id
    report = import_script(board, SCRIPT, origin=USER)
    assert report.placeholder == sample and board.block(sample) is None
    assert [s.title for s in _scenes(board)] == ["EXT. YARD - DAY", "INT. SHED - NIGHT", "INT. ROOF - NIGHT"]
    assert [s.number for s in _scenes(board)] == ["1", "2", "3"]


@pytest.mark.parametrize("touch", ["edited", "note", "second intent"])
def test_a_sample_intent_someone_touched_is_kept(board: Board, touch: str) -> None:
    board.add_default_blocks(origin=USER)
    sample = board.intents()[0].id
    if touch == "edited":
        board.update(sample, origin=USER, title="My castle")
    elif touch == "note":
        board.add_comp(sample, "note", origin=USER, text="keep this")
    else:
        board.add_intent("Mine", origin=USER)
    report = import_script(board, SCRIPT, origin=USER)
    assert report.placeholder == "" and board.block(sample) is not None
