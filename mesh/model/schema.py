"""The board schema, defined once: block kinds, their sub-kinds and fields, and how a value is checked.

Everything that reads or writes a board goes through `mesh.model.board` which uses these specs; nothing
else names a document key. A spec checks values written locally (raising `SchemaError`) and values
read from other replicas (which are skipped with a warning when they do not validate).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pycrdt import Map, Text

from mesh.const import MAX_TEXT_CHARS
from mesh.errors import SchemaError

__all__ = [
    "BLOCK_SPECS",
    "COMMON_FIELDS",
    "BlockKind",
    "BlockSpec",
    "EdgeKind",
    "Field",
    "FieldType",
]


class BlockKind(StrEnum):
    INTENT = "intent"
    COMP = "comp"
    GEN_ART = "gen_art"
    ACTIVITY = "activity"
    NARRATION = "narration"
    VISUAL_NARRATION = "visual_narration"


class EdgeKind(StrEnum):
    COMP = "comp"  # comp -> intent
    GEN_ART = "gen_art"  # gen.art -> intent
    SEQUENCE = "next"  # intent -> intent (grows from / follows)
    GROWS = "grows"  # gen.art -> new intent ("new intent from this")
    CAST = "cast"  # character (or style) intent -> scene intent it appears in (or sets the look of)


class FieldType(StrEnum):
    STR = "str"
    TEXT = "text"  # a pycrdt Text: concurrent typing merges
    FLOAT = "float"
    INT = "int"
    BOOL = "bool"
    MAP = "map"  # str -> str|float|bool, a nested pycrdt Map


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a block: its type, default, and the rule its value must satisfy."""

    type: FieldType
    default: Any = None
    choices: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    max_len: int = 2_000
    check: Callable[[Any], bool] | None = None

    def coerce(self, name: str, value: Any) -> Any:
        """Return the value as it must be stored, or raise SchemaError naming the field."""
        t = self.type
        if value is None:
            return None
        if t in (FieldType.STR, FieldType.TEXT):
            if not isinstance(value, str):
                value = str(value)
            limit = MAX_TEXT_CHARS if t is FieldType.TEXT else self.max_len
            if len(value) > limit:
                raise SchemaError(f"{name}: text longer than {limit} characters")
            if self.choices is not None and value not in self.choices:
                raise SchemaError(f"{name}: {value!r} is not one of {', '.join(self.choices)}")
            return value
        if t in (FieldType.FLOAT, FieldType.INT):
            if isinstance(value, bool):
                raise SchemaError(f"{name}: expected a number, got a boolean")
            try:
                number = float(value)
            except (TypeError, ValueError):
                raise SchemaError(f"{name}: expected a number, got {value!r}") from None
            if not math.isfinite(number):
                raise SchemaError(f"{name}: {value!r} is not a finite number")
            if self.minimum is not None and number < self.minimum:
                raise SchemaError(f"{name}: {number:g} is below the minimum {self.minimum:g}")
            if self.maximum is not None and number > self.maximum:
                raise SchemaError(f"{name}: {number:g} is above the maximum {self.maximum:g}")
            return int(number) if t is FieldType.INT else number
        if t is FieldType.BOOL:
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.lower() in ("true", "yes", "1", "false", "no", "0"):
                return value.lower() in ("true", "yes", "1")
            raise SchemaError(f"{name}: expected true or false, got {value!r}")
        if t is FieldType.MAP:
            if not isinstance(value, dict):
                raise SchemaError(f"{name}: expected a mapping")
            out: dict[str, Any] = {}
            for k, v in value.items():
                if not isinstance(k, str) or len(k) > 100:
                    raise SchemaError(f"{name}: bad key {k!r}")
                if not isinstance(v, str | int | float | bool):
                    raise SchemaError(f"{name}.{k}: values must be text, numbers or booleans")
                out[k] = v
            return out
        raise SchemaError(f"{name}: unknown field type {t}")  # pragma: no cover

    def valid(self, value: Any) -> bool:
        """Check a value read from another replica, without raising."""
        if value is None:
            return True
        # Another replica may write any shape: a Map where a Text belongs (or the reverse) must not
        # pass, or readers like `Intent.chosen` crash on it.
        if self.type is FieldType.TEXT:
            return isinstance(value, str | Text)
        if self.type is FieldType.MAP:
            if isinstance(value, Map):
                value = value.to_py()
            if not isinstance(value, dict):
                return False
        elif self.type is FieldType.STR and not isinstance(value, str):
            return False
        try:
            self.coerce("value", value)
        except SchemaError:
            return False
        return self.check(value) if self.check else True


@dataclass(frozen=True, slots=True)
class BlockSpec:
    kind: BlockKind
    subs: tuple[str, ...]
    fields: dict[str, Field] = field(default_factory=dict)
    size: tuple[float, float] = (240.0, 160.0)


_SHOT_SIZES = ("", "ECU", "CU", "MCU", "MS", "MLS", "LS", "WS", "EWS", "OTS", "POV", "2S", "INSERT")
_ANGLES = ("", "eye", "high", "low", "overhead", "dutch", "worm", "bird")
_MOVES = ("", "static", "pan", "tilt", "dolly-in", "dolly-out", "truck", "crane", "handheld", "zoom-in",
          "zoom-out", "orbit")
_TRANSITIONS = ("", "cut", "dissolve", "fade-in", "fade-out", "wipe", "match-cut", "smash-cut")

COMMON_FIELDS: dict[str, Field] = {
    "x": Field(FieldType.FLOAT, 0.0, minimum=-1e7, maximum=1e7),
    "y": Field(FieldType.FLOAT, 0.0, minimum=-1e7, maximum=1e7),
    "w": Field(FieldType.FLOAT, 240.0, minimum=20, maximum=1e5),
    "h": Field(FieldType.FLOAT, 160.0, minimum=20, maximum=1e5),
    "title": Field(FieldType.STR, "", max_len=300),
    "created_by": Field(FieldType.STR, ""),
    "created": Field(FieldType.STR, ""),
}

BLOCK_SPECS: dict[BlockKind, BlockSpec] = {
    BlockKind.INTENT: BlockSpec(
        BlockKind.INTENT,
        ("scene", "character", "style", "timing"),
        {
            "description": Field(FieldType.TEXT, ""),
            "scene_no": Field(FieldType.STR, "", max_len=20),
            "shot_no": Field(FieldType.STR, "", max_len=20),
            "shot_size": Field(FieldType.STR, "", choices=_SHOT_SIZES),
            "angle": Field(FieldType.STR, "", choices=_ANGLES),
            "camera_move": Field(FieldType.STR, "", choices=_MOVES),
            "lens": Field(FieldType.STR, "", max_len=40),
            "duration_s": Field(FieldType.FLOAT, 8.0, minimum=0.5, maximum=600),
            "action": Field(FieldType.STR, ""),
            "dialogue": Field(FieldType.STR, ""),
            "sound": Field(FieldType.STR, ""),
            "transition": Field(FieldType.STR, "", choices=_TRANSITIONS),
            "notes": Field(FieldType.TEXT, ""),
            "chosen": Field(FieldType.MAP, None),  # stage -> gen.art id
            "locked": Field(FieldType.BOOL, False),  # keep shot_no as written when the sequence renumbers
            # The edit's in/out points in seconds from the start of the rendered clip (cut_out 0: its end),
            # kept apart from duration_s so the rendered clip keeps handles for transitions.
            "cut_in": Field(FieldType.FLOAT, 0.0, minimum=0, maximum=600),
            "cut_out": Field(FieldType.FLOAT, 0.0, minimum=0, maximum=600),
            "script_key": Field(FieldType.STR, "", max_len=400),  # the imported script element it came from
            "pipeline": Field(FieldType.STR, "", max_len=64),  # the pipeline it runs ('' : its sub-kind's default)
        },
        size=(280.0, 200.0),
    ),
    BlockKind.COMP: BlockSpec(
        BlockKind.COMP,
        ("image", "clip", "note", "voice", "directive", "style"),  # style: an image that sets the look
        {
            "asset": Field(FieldType.STR, "", max_len=64),
            "mime": Field(FieldType.STR, "", max_len=100),
            "text": Field(FieldType.TEXT, ""),
            "params": Field(FieldType.MAP, None),  # directive key -> value
        },
        size=(200.0, 140.0),
    ),
    BlockKind.GEN_ART: BlockSpec(
        BlockKind.GEN_ART,
        ("image", "video", "audio", "asset", "text"),  # text: a flow stage's output (a text/plain asset)
        {
            "asset": Field(FieldType.STR, "", max_len=64),
            "mime": Field(FieldType.STR, "", max_len=100),
            "size_bytes": Field(FieldType.INT, 0, minimum=0),
            "width": Field(FieldType.INT, 0, minimum=0),
            "height": Field(FieldType.INT, 0, minimum=0),
            "duration_s": Field(FieldType.FLOAT, 0.0, minimum=0),
            "intent_id": Field(FieldType.STR, ""),
            "job_id": Field(FieldType.STR, ""),
            "run_id": Field(FieldType.STR, ""),
            "stage": Field(FieldType.STR, ""),
            "peer_id": Field(FieldType.STR, ""),
            "backend": Field(FieldType.STR, ""),
            "late": Field(FieldType.BOOL, False),
            "fingerprint": Field(FieldType.STR, "", max_len=80),  # digest of the inputs it was made from
        },
        size=(260.0, 180.0),
    ),
    BlockKind.ACTIVITY: BlockSpec(
        BlockKind.ACTIVITY,
        ("gpu", "workflow", "queue", "log", "animatic"),
        {"peer_filter": Field(FieldType.STR, ""),
         # animatic: the last one built from the canvas (an MP4 in the asset store), shown and played in place
         "asset": Field(FieldType.STR, "", max_len=64), "mime": Field(FieldType.STR, "", max_len=100),
         "duration_s": Field(FieldType.FLOAT, 0.0, minimum=0), "shots": Field(FieldType.INT, 0, minimum=0),
         "built": Field(FieldType.STR, "", max_len=40), "burn_in": Field(FieldType.BOOL, False)},
        size=(320.0, 220.0),
    ),
    BlockKind.NARRATION: BlockSpec(
        BlockKind.NARRATION,
        ("live",),
        {"text": Field(FieldType.TEXT, ""), "narrator": Field(FieldType.STR, ""),
         "updated": Field(FieldType.STR, ""),
         "think": Field(FieldType.TEXT, ""),  # the model's <think> reasoning: shown collapsed, never as narration
         "past": Field(FieldType.TEXT, ""),  # the few narrations before this one, newest first (rolls off)
         "status": Field(FieldType.STR, "", max_len=500)},  # why the built-in narrator speaks, if it does
        size=(320.0, 200.0),
    ),
    BlockKind.VISUAL_NARRATION: BlockSpec(
        BlockKind.VISUAL_NARRATION,
        ("live",),
        {"caption": Field(FieldType.STR, "", max_len=2_000), "asset": Field(FieldType.STR, "", max_len=64),
         "mime": Field(FieldType.STR, "", max_len=100), "prompt": Field(FieldType.STR, "", max_len=4_000)},
        size=(300.0, 220.0),
    ),
}


def spec_for(kind: str) -> BlockSpec:
    """The spec of a block kind, or SchemaError naming the unknown kind."""
    try:
        return BLOCK_SPECS[BlockKind(kind)]
    except ValueError:
        raise SchemaError(
            f"unknown block kind {kind!r} (known: {', '.join(k.value for k in BlockKind)})"
        ) from None


def field_for(kind: BlockKind, name: str) -> Field:
    spec = BLOCK_SPECS[kind]
    f = spec.fields.get(name) or COMMON_FIELDS.get(name)
    if f is None:
        raise SchemaError(f"{kind.value} blocks have no field {name!r}")
    return f
