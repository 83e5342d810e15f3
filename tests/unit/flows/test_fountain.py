"""Fountain edge cases from the spec (https://fountain.io/syntax), plain text beats, and errors with lines."""

from __future__ import annotations

import pytest

from flows.fountain import MAX_SCRIPT_CHARS, ScriptError, parse, parse_fountain, parse_plain


def kinds(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.text) for e in parse_fountain(text).elements]


def test_scene_headings_plain_forced_and_numbered() -> None:
    script = parse_fountain("INT. KITCHEN - DAY\n\nShe cooks.\n\n.FLASHBACK\n\nEXT. ROOF - NIGHT #12A#\n\n"
                            "int/ext car - moving\n\nI/E BOAT\n\nEST. CITY\n")
    heads = [(e.text, e.scene_no) for e in script.elements if e.kind == "scene_heading"]
    assert heads == [("INT. KITCHEN - DAY", ""), ("FLASHBACK", ""), ("EXT. ROOF - NIGHT", "12A"),
                     ("int/ext car - moving", ""), ("I/E BOAT", ""), ("EST. CITY", "")]
    assert [s.number for s in script.scenes] == ["", "", "12A", "", "", ""]


def test_not_a_heading_without_the_blank_line_or_with_two_dots() -> None:
    assert kinds("She walks in.\nINT. is a word here\n") == [("action", "She walks in.\nINT. is a word here")]
    assert kinds("...and then\n") == [("action", "...and then")]
    assert kinds("INTERIOR design\n") == [("action", "INTERIOR design")]
    assert kinds("= a synopsis\nINT. HOUSE - DAY\n")[1] == ("action", "INT. HOUSE - DAY")


def test_characters_extensions_parentheticals_and_forced() -> None:
    els = parse_fountain("INT. A\n\nMAYA (V.O.)\n(quietly)\nHello.\n\n@McCLANE\nYippee.\n").elements
    chars = [(e.text, e.extension) for e in els if e.kind == "character"]
    assert chars == [("MAYA", "(V.O.)"), ("McCLANE", "")]
    assert [e.kind for e in els] == ["scene_heading", "character", "parenthetical", "dialogue", "character",
                                     "dialogue"]


def test_all_caps_line_followed_by_blank_is_action_not_character() -> None:
    assert kinds("INT. A\n\nBOOM\n\nIt falls.\n")[1] == ("action", "BOOM")


def test_forced_action_keeps_an_all_caps_line_from_being_a_character() -> None:
    assert kinds("INT. A\n\n!SCANNING THE AISLES...\nWhere is he?\n")[1] == (
        "action", "SCANNING THE AISLES...\nWhere is he?")


def test_dual_dialogue() -> None:
    script = parse_fountain("INT. A\n\nBRICK\nScrew retirement.\n\nSTEEL ^\nScrew retirement.\n")
    chars = [(e.text, e.dual) for e in script.elements if e.kind == "character"]
    assert chars == [("BRICK", False), ("STEEL", True)]
    assert script.scenes[0].dialogue == ["BRICK: Screw retirement.", "STEEL (at once): Screw retirement."]
    assert script.scenes[0].characters == ["BRICK", "STEEL"]


def test_two_spaces_keep_a_dialogue_block_going() -> None:
    els = parse_fountain("INT. A\n\nDEALER\nTen.\n  \nTwenty.\n").elements
    assert [e.kind for e in els] == ["scene_heading", "character", "dialogue", "dialogue", "dialogue"]


def test_transitions_natural_forced_and_centered() -> None:
    els = kinds("INT. A\n\nHe leaves.\n\nCUT TO:\n\nINT. B\n\n> Burn to white.\n\n>THE END<\n")
    assert ("transition", "CUT TO:") in els and ("transition", "Burn to white.") in els
    assert ("centered", "THE END") in els
    assert kinds("INT. A\n\nCUT TO:\nmore\n")[1][0] != "transition"  # needs a blank line after


def test_notes_inline_across_lines_and_between_character_and_dialogue() -> None:
    script = parse_fountain("INT. A\n\nHe enters. [[fix the door]]\n\nBOB\n[[louder]]\nHi.\n\n"
                            "[[a note\nover two lines]]\n\nShe sits.\n")
    assert ("action", "He enters.") in [(e.kind, e.text) for e in script.elements]
    assert script.scenes[0].dialogue == ["BOB: Hi."]
    assert script.scenes[0].notes == ["fix the door", "louder", "a note\nover two lines"]


def test_boneyard_is_dropped_even_across_lines() -> None:
    script = parse_fountain("INT. A\n\n/* an old\n\nINT. CUT SCENE\n\n*/She sits. /* x */ Then stands.\n")
    assert [s.heading for s in script.scenes] == ["INT. A"]
    assert script.scenes[0].action == ["She sits.  Then stands."]


def test_sections_synopses_page_breaks_and_lyrics() -> None:
    els = kinds("# Act One\n\n= They meet.\n\nINT. A\n\n===\n\n~Willy Wonka!\n")
    assert ("section", "Act One") in els and ("synopsis", "They meet.") in els
    assert ("page_break", "") in els and ("lyric", "Willy Wonka!") in els
    script = parse_fountain("# Act One\n\n= They meet.\n\nINT. A\n\n===\n\n~Willy Wonka!\n")
    assert len(script.scenes) == 1 and script.scenes[0].action == ["Willy Wonka!"]


def test_title_page_and_opening_transition() -> None:
    script = parse_fountain("Title: BRICK & STEEL\nCredit: by\nAuthor: Stu\n    and Ann\n\nFADE IN:\n\n"
                            "EXT. YARD - DAY\n\nDust.\n")
    assert script.title == {"title": "BRICK & STEEL", "credit": "by", "author": "Stu\nand Ann"}
    assert [s.heading for s in script.scenes] == ["EXT. YARD - DAY"]
    assert script.scenes[0].transition == "FADE IN:"


def test_action_before_any_heading_is_an_opening_scene() -> None:
    script = parse_fountain("Black screen.\n\nINT. A\n\nLight.\n")
    assert [s.heading for s in script.scenes] == ["", "INT. A"]


def test_keys_are_heading_and_ordinal() -> None:
    script = parse_fountain("INT. A\n\nx\n\nINT. B\n\ny\n\nint.  a\n\nz\n")
    assert [s.key for s in script.scenes] == ["INT. A#1", "INT. B#1", "INT. A#2"]


@pytest.mark.parametrize("text", ["\ufeffINT. A\r\n\r\nBOB\r\nHi.\r\n", "INT. A\r\rBOB\rHi.\r"])
def test_windows_and_old_mac_newlines_and_bom(text: str) -> None:
    script = parse_fountain(text)
    assert [s.heading for s in script.scenes] == ["INT. A"] and script.scenes[0].dialogue == ["BOB: Hi."]


@pytest.mark.parametrize(("text", "line", "what"), [
    ("INT. A\n\nok\n/* never closed\nmore\n", 4, "boneyard"),
    ("INT. A\n\n\n[[ open note\n", 4, "note"),
    ("INT. A\n\nfine\x00bad\n", 3, "binary"),
])
def test_errors_name_the_line(text: str, line: int, what: str) -> None:
    with pytest.raises(ScriptError, match=rf"line {line}: .*{what}"):
        parse_fountain(text)


def test_too_big_is_refused() -> None:
    with pytest.raises(ScriptError, match="at most"):
        parse_fountain("x" * (MAX_SCRIPT_CHARS + 1))


def test_plain_text_is_one_beat_per_paragraph() -> None:
    script = parse_plain("A castle at dawn.\nMist.\n\n\nA knight rides in.\n\nA knight rides in.\n")
    assert [s.action for s in script.scenes] == [["A castle at dawn.\nMist."], ["A knight rides in."],
                                                 ["A knight rides in."]]
    assert [s.key for s in script.scenes] == ["A CASTLE AT DAWN.#1", "A KNIGHT RIDES IN.#1", "A KNIGHT RIDES IN.#2"]


def test_parse_picks_fountain_by_name_or_content() -> None:
    assert parse("INT. A\n\nx\n", name="a.txt").scenes[0].heading == "INT. A"
    assert parse("one\n\ntwo\n", name="a.txt").scenes[1].action == ["two"]
    assert parse("BOB\nHi.\n", name="a.fountain").scenes[0].dialogue == ["BOB: Hi."]
