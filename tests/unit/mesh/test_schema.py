"""The schema: every block kind and sub-kind, the storyboard panel fields, and how values are checked."""

from __future__ import annotations

import math

import pytest
from pycrdt import Array, Doc, Map, Text

from mesh.const import MAX_TEXT_CHARS
from mesh.errors import SchemaError
from mesh.model.schema import BLOCK_SPECS, COMMON_FIELDS, BlockKind, EdgeKind, Field, FieldType, field_for, spec_for

PANEL_FIELDS = ("scene_no", "shot_no", "shot_size", "angle", "camera_move", "lens", "duration_s", "action",
                "dialogue", "sound", "transition", "notes")


def test_every_block_kind_has_a_spec_with_its_sub_kinds() -> None:
    assert set(BLOCK_SPECS) == set(BlockKind)
    assert BLOCK_SPECS[BlockKind.INTENT].subs == ("scene", "character", "style", "timing")
    assert BLOCK_SPECS[BlockKind.COMP].subs == ("image", "clip", "note", "voice", "directive", "style")
    assert set(BLOCK_SPECS[BlockKind.GEN_ART].subs) >= {"image", "video", "audio"}
    assert set(BLOCK_SPECS[BlockKind.ACTIVITY].subs) == {"gpu", "workflow", "queue", "log", "animatic"}
    for kind in (BlockKind.NARRATION, BlockKind.VISUAL_NARRATION):
        assert BLOCK_SPECS[kind].subs


def test_edge_kinds_cover_the_graph() -> None:
    assert {k.value for k in EdgeKind} >= {"comp", "gen_art", "next", "grows"}


@pytest.mark.parametrize("name", PANEL_FIELDS)
def test_intent_has_storyboard_panel_field(name: str) -> None:
    assert field_for(BlockKind.INTENT, name) is not None


def test_position_and_size_are_common_to_every_kind() -> None:
    for kind in BlockKind:
        for name in ("x", "y", "w", "h", "title"):
            assert field_for(kind, name) is COMMON_FIELDS[name]


def test_spec_for_unknown_kind_names_it() -> None:
    with pytest.raises(SchemaError, match=r"'storyboard'.*known: intent"):
        spec_for("storyboard")
    assert spec_for("gen_art").kind is BlockKind.GEN_ART


def test_field_for_unknown_field_names_kind_and_field() -> None:
    with pytest.raises(SchemaError, match="comp blocks have no field 'shot_size'"):
        field_for(BlockKind.COMP, "shot_size")


@pytest.mark.parametrize(("value", "expected"), [("MCU", "MCU"), ("", "")])
def test_choice_field_accepts_its_choices(value: str, expected: str) -> None:
    assert field_for(BlockKind.INTENT, "shot_size").coerce("shot_size", value) == expected


def test_choice_field_rejects_other_text_naming_field() -> None:
    with pytest.raises(SchemaError, match="camera_move: 'moonwalk' is not one of"):
        field_for(BlockKind.INTENT, "camera_move").coerce("camera_move", "moonwalk")


@pytest.mark.parametrize("value", [0.4, 601, "abc", float("nan"), math.inf, True])
def test_duration_must_be_a_finite_number_in_range(value: object) -> None:
    with pytest.raises(SchemaError, match="duration_s"):
        field_for(BlockKind.INTENT, "duration_s").coerce("duration_s", value)


def test_none_means_unset() -> None:
    assert field_for(BlockKind.INTENT, "duration_s").coerce("duration_s", None) is None


def test_numbers_coerce_from_js_floats_and_strings() -> None:
    assert field_for(BlockKind.GEN_ART, "width").coerce("width", 512.0) == 512
    assert isinstance(field_for(BlockKind.GEN_ART, "width").coerce("width", 512.0), int)
    assert field_for(BlockKind.INTENT, "duration_s").coerce("duration_s", "4.5") == 4.5


def test_str_limits_and_text_limit() -> None:
    with pytest.raises(SchemaError, match="title: text longer than 300"):
        COMMON_FIELDS["title"].coerce("title", "x" * 301)
    text = Field(FieldType.TEXT, "")
    assert text.coerce("d", "y" * MAX_TEXT_CHARS) == "y" * MAX_TEXT_CHARS
    with pytest.raises(SchemaError):
        text.coerce("d", "y" * (MAX_TEXT_CHARS + 1))


@pytest.mark.parametrize(("raw", "expected"), [(True, True), ("yes", True), ("0", False), ("False", False)])
def test_bool_coercion(raw: object, expected: bool) -> None:
    assert Field(FieldType.BOOL).coerce("late", raw) is expected


def test_bool_rejects_other_values() -> None:
    with pytest.raises(SchemaError, match="late: expected true or false"):
        Field(FieldType.BOOL).coerce("late", "maybe")


def test_map_field_accepts_flat_scalars_only() -> None:
    f = Field(FieldType.MAP)
    assert f.coerce("params", {"seed": 3, "pin": "a", "x": 1.5, "b": True}) == {"seed": 3, "pin": "a", "x": 1.5,
                                                                                  "b": True}
    with pytest.raises(SchemaError, match="params: expected a mapping"):
        f.coerce("params", [1, 2])
    with pytest.raises(SchemaError, match=r"params\.nested: values must be"):
        f.coerce("params", {"nested": {"a": 1}})
    with pytest.raises(SchemaError, match="bad key"):
        f.coerce("params", {1: "a"})


def test_valid_never_raises_and_rejects_wrong_types_from_other_replicas() -> None:
    doc = Doc()
    root = doc.get("r", type=Map)
    root["text"], root["map"], root["array"] = Text("hi"), Map({"still": "ga-1"}), Array([1])
    text_f, map_f = Field(FieldType.TEXT), Field(FieldType.MAP)
    assert text_f.valid(root["text"]) and text_f.valid("plain")
    assert map_f.valid(root["map"]) and map_f.valid({"still": "ga-1"})
    # wrong shapes written by another replica must not pass as valid
    assert not text_f.valid(root["map"])
    assert not map_f.valid(root["text"])
    assert not map_f.valid(root["array"])
    assert not map_f.valid("a string")
    assert not COMMON_FIELDS["title"].valid(root["map"])
    assert not COMMON_FIELDS["x"].valid("left")
    assert not field_for(BlockKind.INTENT, "shot_size").valid("GIANT")
    assert COMMON_FIELDS["x"].valid(12.0) and COMMON_FIELDS["x"].valid(None)
