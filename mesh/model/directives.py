"""Render directives: what a person writes on an intent (``seed=42``, ``clip.workflow=wan21_i2v_720p``, ``color=255``).

A directive either names a built-in key (`DIRECTIVE_KEYS`, checked here), or a slot of a ComfyUI workflow
(``color=255``, or ``slot.color=255``: the same thing). Which slots exist is only known where the workflows
are (a peer's templates and user folder), so here a slot directive is only checked for shape (a short
name, a scalar value); `parse_directives(raw, slots=...)` also refuses names outside a known slot set,
and the peer checks the value against the chosen workflow's slot type before it renders.

A directive may name the stage it is for (``clip.workflow=...``, ``still.steps=20``): it wins for that stage
and does not reach any other; an unprefixed directive applies to every stage (`Directives.for_stage`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import Any

from mesh.const import MAX_CLIP_S
from mesh.errors import DirectiveError
from mesh.model.stages import STAGES

__all__ = ["DIRECTIVE_KEYS", "RESERVED_SLOTS", "SLOT_PREFIX", "STAGE_KEYS", "Directives", "parse_directives"]

DIRECTIVE_KEYS: dict[str, str] = {
    "seed": "integer >= 0",
    "duration": "seconds, 0.5 to 60",
    "priority": "integer -10 (low) to 10 (high)",
    "pin": "peer id or name that must render it",
    "backend": "preferred backend (cpu, comfyui, ...)",
    "model": "preferred model file or name",
    "workflow": "workflow template or user workflow name",
    "fps": "frames per second, 8 to 30",
    "width": "pixels, 64 to 4096",
    "height": "pixels, 64 to 4096",
    "steps": "sampler steps, 1 to 200",
    "cfg": "guidance, 0 to 30",
    "guidance": "Flux guidance, 0 to 100",
    "denoise": "image-to-image strength, 0 to 1",
    "negative": "negative prompt text",
}
SLOT_PREFIX = "slot."  # how a slot directive is kept in job params: {"slot.color": "255"}
# A job param naming (comma-separated) the params that a stage-prefixed directive set for that job's stage:
# the peer refuses those when they do not fit the workflow, and skips unprefixed ones that do not apply.
STAGE_KEYS = "stage_keys"
# Slots the pipeline fills from the board (the intent's text, the chosen takes), never from a directive.
RESERVED_SLOTS = frozenset({"prompt", "frames", "input_image", "end_image", "input_video", "style_image"})
_FIELDS = ("seed", "duration_s", "pin", "backend", "model", "workflow", "fps", "width", "height")
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,63}")
MAX_TEXT = 500


@dataclass(frozen=True, slots=True, kw_only=True)
class Directives:
    seed: int | None = None
    duration_s: float | None = None
    priority: int = 0
    pin: str | None = None
    backend: str | None = None
    model: str | None = None
    workflow: str | None = None
    fps: int | None = None
    width: int | None = None
    height: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # steps, cfg, ... and "slot.NAME" slot directives
    stages: dict[str, Directives] = field(default_factory=dict)  # "clip.workflow=..." -> stages["clip"]
    given: frozenset[str] = frozenset()  # fields set explicitly (so a stage's priority=0 still wins)

    @property
    def slots(self) -> dict[str, Any]:
        """Workflow slot directives by slot name (``color=255`` -> {"color": "255"})."""
        return {k[len(SLOT_PREFIX):]: v for k, v in self.extra.items() if k.startswith(SLOT_PREFIX)}

    aimed: frozenset[str] = frozenset()  # params set by a stage-prefixed directive (after `for_stage`)

    def as_params(self) -> dict[str, Any]:
        """What a job's params hold; stage-prefixed directives are not here: use `for_stage` first."""
        out: dict[str, Any] = {k: getattr(self, k) for k in _FIELDS if getattr(self, k) is not None}
        out.update(self.extra)
        if self.aimed:
            out[STAGE_KEYS] = ",".join(sorted(self.aimed))
        return out

    def for_stage(self, stage: str) -> Directives:
        """The directives one stage's job runs with: unprefixed ones, overridden by `stage.`-prefixed ones."""
        own = self.stages.get(stage)
        base = replace(self, stages={})
        if own is None:
            return base
        changes: dict[str, Any] = {k: getattr(own, k) for k in own.given}
        aimed = frozenset(k for k in own.as_params() if k != STAGE_KEYS)
        return replace(base, **changes, extra={**self.extra, **own.extra}, given=self.given | own.given,
                       aimed=aimed)


def _number(key: str, value: Any, lo: float, hi: float, *, integer: bool, prefix: str = "") -> float:
    problem = f"directive {prefix}{key}={value!r}: expected {DIRECTIVE_KEYS[key]}"
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise DirectiveError(problem) from None
    if isinstance(value, bool) or number != number or not lo <= number <= hi or (integer and number != int(number)):
        raise DirectiveError(problem)
    return number


_RANGES: dict[str, tuple[float, float, bool]] = {
    "steps": (1, 200, True),
    "cfg": (0, 30, False),
    "guidance": (0, 100, False),
    "denoise": (0, 1, False),
}


def parse_directives(raw: dict[str, Any], *, slots: Collection[str] | None = None) -> Directives:
    """Check directive values; a nonsense value raises DirectiveError naming the key and what is allowed.

    `slots`: the slot names of the workflows known where this is called; a bare name that is neither a
    directive nor one of them is refused (``slot.NAME`` is not: it may name a slot of a workflow known only
    elsewhere). None (the mesh, which knows no workflows) accepts any slot-shaped name as a slot directive;
    the peer checks it against the workflow it runs.
    """
    plain: dict[str, Any] = {}
    staged: dict[str, dict[str, Any]] = {}
    for key, value in raw.items():
        key = str(key).strip().lower()
        head, dot, rest = key.partition(".")
        if dot and head in STAGES:
            staged.setdefault(head, {})[rest] = value
        else:
            plain[key] = value
    stages = {stage: _parse(f"{stage}.", values, slots) for stage, values in staged.items()}
    return replace(_parse("", plain, slots), stages=stages)


def _parse(prefix: str, raw: dict[str, Any], slots: Collection[str] | None) -> Directives:
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in raw.items():
        shown = prefix + key
        if key == "seed":
            values["seed"] = int(_number(key, value, 0, 2**63 - 1, integer=True, prefix=prefix))
        elif key == "duration":
            values["duration_s"] = _number(key, value, 0.5, MAX_CLIP_S, integer=False, prefix=prefix)
        elif key == "priority":
            values["priority"] = int(_number(key, value, -10, 10, integer=True, prefix=prefix))
        elif key == "fps":
            values["fps"] = int(_number(key, value, 8, 30, integer=True, prefix=prefix))
        elif key in ("width", "height"):
            values[key] = int(_number(key, value, 64, 4096, integer=True, prefix=prefix))
        elif key in _RANGES:
            lo, hi, integer = _RANGES[key]
            number = _number(key, value, lo, hi, integer=integer, prefix=prefix)
            extra[key] = int(number) if integer else number
        elif key in ("pin", "backend", "model", "workflow", "negative"):
            text = str(value).strip() if isinstance(value, (str, int, float)) else ""
            if not text or len(text) > MAX_TEXT:
                raise DirectiveError(f"directive {shown}: expected {DIRECTIVE_KEYS[key]}, got {value!r}")
            if key == "negative":
                extra[key] = text
            else:
                values[key] = text
        else:
            name = key.removeprefix(SLOT_PREFIX)
            _check_slot(shown, name, value, None if key.startswith(SLOT_PREFIX) else slots)
            extra[SLOT_PREFIX + name] = value.strip() if isinstance(value, str) else value
    return Directives(**values, extra=extra, given=frozenset(values))


def _check_slot(shown: str, name: str, value: Any, slots: Collection[str] | None) -> None:
    known = ", ".join(sorted(DIRECTIVE_KEYS))
    stages = ", ".join(STAGES)
    if not _NAME.fullmatch(name) or (slots is not None and name not in slots):
        hint = f"; slots of the known workflows: {', '.join(sorted(slots))}" if slots else ""
        raise DirectiveError(f"unknown directive {shown!r} (known: {known}; or slot.NAME for a workflow slot"
                             f"{hint}; prefix a stage to aim at one: {stages})")
    if name in RESERVED_SLOTS:
        raise DirectiveError(f"directive {shown!r}: the {name} slot is filled by the pipeline, not a directive")
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) or value != value:
        raise DirectiveError(f"directive {shown}={value!r}: a slot takes a number or a short text")
    if isinstance(value, str) and not 0 < len(value.strip()) <= MAX_TEXT:
        raise DirectiveError(f"directive {shown}={value!r}: a slot takes a number or a short text")
