"""ComfyUI workflows with named slots: the bundled templates and the user's own exported workflows.

A workflow is an API-format ComfyUI prompt (what "Export (API)" writes: `{node_id: {class_type, inputs}}`)
plus a slot map that names the inputs multiplex fills per job (prompt, seed, size, input image, frames...).
Templates in `flows/templates/` and user workflows in a folder use the same two files:

    <name>.json         the API-format prompt, exactly as ComfyUI exported it
    <name>.slots.json   {"stage": "still"|"sheet"|"clip"|"restyle"|"transition",
                         "slots": {"prompt": "6.text", "seed": ["3.seed"], ...},
                         "models": {"1.unet_name": ["flux1-dev*"]}, "pixels": 1048576, "multiple": 16,
                         "frame_step": 4, "description": "..."}

`validate(object_info)` checks a workflow against what a server really has (node classes, model files,
enum values) and names what is missing; `resolve(object_info)` also swaps a missing model file for a
file on the server that matches the template's patterns, so "flux1-dev-fp8.safetensors" serves a
template written for "flux1-dev.safetensors". Nothing here does I/O except the loaders.

Every slot a workflow declares can be set by a directive of its name (`color=255`): `check_value` casts
a directive to the slot's type (the template's literal, and the server's range and choices when its
`/object_info` is known), `slot_directives` picks a job's slot values, and `check_directives` checks a
person's directives against the workflows a peer knows, at plan time.
"""

from __future__ import annotations

import copy
import fnmatch
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from mesh._log import get_logger
from mesh.errors import DirectiveError, WorkflowError
from mesh.model.directives import DIRECTIVE_KEYS, RESERVED_SLOTS, SLOT_PREFIX, STAGE_KEYS, parse_directives
from mesh.model.stages import STAGES as STAGE_KINDS

__all__ = [
    "TEMPLATES_DIR",
    "Workflow",
    "check_directives",
    "combo_options",
    "fit_size",
    "frames_for",
    "load_templates",
    "load_user_workflows",
    "load_workflow",
]

log = get_logger("flows.workflows")

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
MAX_WORKFLOW_BYTES = 4 * 1024 * 1024  # an exported graph with hundreds of nodes is ~200 KB
MAX_NODES = 2_000
MODEL_SUFFIXES = (".safetensors", ".ckpt", ".pt", ".pth", ".bin", ".gguf", ".sft", ".onnx")
STAGES = (*STAGE_KINDS, "visual", "asset")  # the one stage vocabulary, and user workflows of other kinds
# Slots whose value is not a literal the server should already offer (so combo checks skip them): files
# uploaded for the job (a reference or the chosen still, the last frame, the clip to restyle, the style).
RUNTIME_SLOTS = frozenset({"input_image", "end_image", "input_video", "style_image"})


@dataclass(frozen=True, slots=True)
class Target:
    node: str
    input: str

    def __str__(self) -> str:
        return f"{self.node}.{self.input}"


@dataclass(frozen=True, slots=True)
class Workflow:
    """An API-format prompt plus the names of the inputs a job fills."""

    name: str
    stage: str
    prompt: Mapping[str, Any]
    slots: Mapping[str, tuple[Target, ...]]
    model_patterns: Mapping[Target, tuple[str, ...]] = field(default_factory=dict)
    pixels: int | None = None  # fit the requested size to this pixel budget (model's native area)
    multiple: int = 8
    frame_step: int = 1  # Wan: length must be 4k+1
    description: str = ""
    source: Path | None = None
    user: bool = False

    # ---- reading -------------------------------------------------------------------------------------
    def has_slot(self, slot: str) -> bool:
        return slot in self.slots

    def default(self, slot: str) -> Any:
        """The value the template holds for a slot (its first target)."""
        targets = self.slots.get(slot)
        if not targets:
            return None
        return self.prompt[targets[0].node]["inputs"].get(targets[0].input)

    def model_targets(self) -> list[Target]:
        """Every literal input that names a model file, main `model` slot first."""
        found: list[Target] = list(self.slots.get("model", ()))
        for node_id, node in self.prompt.items():
            for name, value in node.get("inputs", {}).items():
                target = Target(node_id, name)
                if isinstance(value, str) and value.lower().endswith(MODEL_SUFFIXES) and target not in found:
                    found.append(target)
        return found

    def model_files(self) -> tuple[str, ...]:
        return tuple(str(self.prompt[t.node]["inputs"][t.input]) for t in self.model_targets())

    @property
    def main_model(self) -> str | None:
        files = self.model_files()
        return files[0] if files else None

    def slot_directives(self, params: Mapping[str, Any], *, stage: str, object_info: Mapping[str, Any] | None = None
                        ) -> dict[str, Any]:
        """The slot values a job's directives set on this workflow, each cast to its slot's type.

        `params` hold slot directives as "slot.NAME"; one this workflow does not declare is an error if it
        was aimed at this job's stage (``clip.color=1``: listed under `STAGE_KEYS`) and skipped if not
        (``color=1`` is for every stage, and reaches the workflows that have a `color` slot).
        """
        aimed = set(str(params.get(STAGE_KEYS, "")).split(","))
        out: dict[str, Any] = {}
        for key, value in params.items():
            if not key.startswith(SLOT_PREFIX):
                continue
            name = key[len(SLOT_PREFIX):]
            if name not in self.slots or name in RESERVED_SLOTS:
                if key in aimed:
                    raise WorkflowError(f"directive {stage}.{name}: workflow {self.name} has no slot {name!r} "
                                        f"(its slots: {', '.join(self.settable_slots())})")
                continue
            out[name] = self.check_value(name, value, object_info)
        return out

    def settable_slots(self) -> list[str]:
        """Slots a directive may set (not those the pipeline fills from the board)."""
        return sorted(s for s in self.slots if s not in RESERVED_SLOTS)

    def check_value(self, slot: str, value: Any, object_info: Mapping[str, Any] | None = None) -> Any:
        """`value` cast to the slot's type; WorkflowError naming slot, workflow and what it takes if not.

        The type is the template's literal at the slot's first target (an INT input holds an int); with
        the server's `/object_info` the value must also be within the input's min/max or among its choices.
        """
        targets = self.slots[slot]
        current = self.prompt[targets[0].node]["inputs"].get(targets[0].input)
        cast = _strict_cast(current, value)
        if cast is None:
            raise WorkflowError(f"directive {slot}={value!r}: slot {slot!r} of workflow {self.name} takes "
                                f"{_type_name(current)}")
        if object_info is not None:
            for target in targets:
                node = self.prompt[target.node]
                spec = _input_spec(object_info.get(node["class_type"], {}), target.input)
                problem = _out_of_spec(spec, cast)
                if problem:
                    raise WorkflowError(f"directive {slot}={value!r}: {node['class_type']}.{target.input} "
                                        f"(node {target.node}) of workflow {self.name} {problem}")
        return cast

    # ---- filling -------------------------------------------------------------------------------------

    def fill(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """A fresh API prompt with each named slot set; values for slots this workflow lacks are ignored.

        Each value is cast to the type the template holds at that input, so a float fps stays a float
        and an int seed stays an int (ComfyUI rejects "20" for an INT input).
        """
        prompt = copy.deepcopy(dict(self.prompt))
        for slot, value in values.items():
            if value is None:
                continue
            for target in self.slots.get(slot, ()):
                inputs = prompt[target.node]["inputs"]
                inputs[target.input] = _cast_like(inputs.get(target.input), value, slot=slot, wf=self.name)
        return prompt

    # ---- checking against a server ---------------------------------------------------------------------
    def validate(self, object_info: Mapping[str, Any]) -> list[str]:
        """What keeps this workflow from running on a server with this `/object_info`; [] means runnable."""
        problems: list[str] = []
        runtime = {t for slot in RUNTIME_SLOTS for t in self.slots.get(slot, ())}
        for node_id, node in self.prompt.items():
            class_type = node.get("class_type", "")
            info = object_info.get(class_type)
            if not isinstance(info, Mapping):
                problems.append(f"node class {class_type!r} (node {node_id}) is not installed on this server")
                continue
            for name, value in node.get("inputs", {}).items():
                if Target(node_id, name) in runtime or isinstance(value, list):
                    continue  # a link to another node, or a value only known at run time
                options = combo_options(_input_spec(info, name))
                if options is None or value in options:
                    continue
                where = f"{class_type}.{name} (node {node_id})"
                if isinstance(value, str) and value.lower().endswith(MODEL_SUFFIXES):
                    problems.append(f"model file {value!r} for {where} is not on this server")
                else:
                    shown = ", ".join(map(str, options[:8])) + (" ..." if len(options) > 8 else "")
                    problems.append(f"value {value!r} for {where} is not offered by this server ({shown})")
        return problems

    def resolve(self, object_info: Mapping[str, Any]) -> Workflow:
        """A copy whose missing model files are replaced by server files matching the template's patterns."""
        prompt = copy.deepcopy(dict(self.prompt))
        for target, patterns in self.model_patterns.items():
            node = prompt[target.node]
            options = combo_options(_input_spec(object_info.get(node["class_type"], {}), target.input))
            if not options or node["inputs"].get(target.input) in options:
                continue
            match = _first_match([str(o) for o in options], patterns)
            if match is not None:
                log.debug("workflow %s: %s uses %s", self.name, target, match)
                node["inputs"][target.input] = match
        return replace(self, prompt=prompt)

    def model_choices(self, object_info: Mapping[str, Any]) -> tuple[str, ...]:
        """Files the server offers for the main model slot (what a `model` directive may pick)."""
        targets = self.slots.get("model")
        if not targets:
            return ()
        node = self.prompt[targets[0].node]
        options = combo_options(_input_spec(object_info.get(node["class_type"], {}), targets[0].input))
        return tuple(str(o) for o in options or ())


# ---- helpers shared with the backend ---------------------------------------------------------------------
def combo_options(spec: Any) -> list[Any] | None:
    """The choices of a COMBO input spec from `/object_info`, in either the V1 or the V3 shape.

    V1 nodes: `[["a.safetensors", "b.safetensors"], {...}]`; V3 nodes: `["COMBO", {"options": [...]}]`.
    """
    if not isinstance(spec, (list, tuple)) or not spec:
        return None
    if isinstance(spec[0], list):
        return spec[0]
    if spec[0] == "COMBO" and len(spec) > 1 and isinstance(spec[1], Mapping):
        options = spec[1].get("options")
        return options if isinstance(options, list) else None
    return None


def frames_for(duration_s: float, fps: float, *, step: int = 1) -> int:
    """Frame count for a clip; with step > 1 the count is step*k + 1 (Wan: 8 s at 16 fps -> 129)."""
    raw = max(1.0, duration_s * fps)
    if step <= 1:
        return max(1, round(raw))
    return step * max(1, round(raw / step)) + 1


def fit_size(width: int, height: int, *, pixels: int | None, multiple: int) -> tuple[int, int]:
    """Keep the requested aspect; scale to the model's pixel budget if one is given; round to `multiple`."""
    width, height = max(1, int(width)), max(1, int(height))
    if pixels:
        scale = math.sqrt(pixels / (width * height))
        width, height = width * scale, height * scale
    return (max(multiple, round(width / multiple) * multiple), max(multiple, round(height / multiple) * multiple))


def _input_spec(info: Any, name: str) -> Any:
    if not isinstance(info, Mapping):
        return None
    inputs = info.get("input", {})
    for group in ("required", "optional"):
        spec = inputs.get(group, {}).get(name) if isinstance(inputs.get(group), Mapping) else None
        if spec is not None:
            return spec
    return None


def _strict_cast(current: Any, value: Any) -> Any:
    """`value` as the type of `current`, or None when it is not one (2.5 is no INT, "castle" no FLOAT)."""
    if isinstance(current, bool):
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        return {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}.get(text)
    if isinstance(value, bool):
        return None
    if isinstance(current, (int, float)):
        try:
            number = float(value)
        except (TypeError, ValueError, OverflowError):
            return None
        if not math.isfinite(number):
            return None
        if isinstance(current, int):
            return int(number) if number == int(number) else None
        return number
    if isinstance(current, str):
        text = str(value)
        return text if text.strip() else None
    return value


def _type_name(current: Any) -> str:
    if isinstance(current, bool):
        return "true or false"
    if isinstance(current, int):
        return "a whole number"
    if isinstance(current, float):
        return "a number"
    return "a text"


def _out_of_spec(spec: Any, value: Any) -> str:
    """What the server's input spec says against `value` ('' if it is fine or the spec is unknown)."""
    options = combo_options(spec)
    if options is not None:
        if value in options:
            return ""
        shown = ", ".join(map(str, options[:8])) + (" ..." if len(options) > 8 else "")
        return f"takes one of: {shown}"
    extra = spec[1] if isinstance(spec, (list, tuple)) and len(spec) > 1 and isinstance(spec[1], Mapping) else {}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "min" in extra and value < extra["min"]:
            return f"takes at least {extra['min']}"
        if "max" in extra and value > extra["max"]:
            return f"takes at most {extra['max']}"
    return ""


def check_directives(raw: Mapping[str, Any], workflows: list[Workflow]) -> None:
    """Plan-time check of a person's directives against the workflows this peer knows.

    A bare name (``color=255``) must be a built-in directive or a slot of one of `workflows`, with a value
    that slot's type accepts; ``slot.NAME`` is checked only for shape (it may be a slot of a workflow on
    another peer, checked when that peer runs it). A workflow directive aimed at a stage
    (``clip.workflow=...``) must name a workflow of that stage when the workflow is known here.
    """
    by_name = {wf.name: wf for wf in workflows}
    slots = {s for wf in workflows for s in wf.settable_slots()} - set(DIRECTIVE_KEYS)
    given = {str(k).strip().lower() for k in raw}
    parsed = parse_directives(dict(raw), slots=slots)
    for stage in (None, *STAGE_KINDS):
        d = parsed if stage is None else parsed.stages.get(stage)
        if d is None:
            continue
        prefix = f"{stage}." if stage else ""
        wf = by_name.get(d.workflow or "")
        if stage and wf is not None and wf.stage != stage:
            raise DirectiveError(f"directive {prefix}workflow={wf.name}: {wf.name} is a {wf.stage} workflow, "
                                 f"not a {stage} one")
        pool = [wf] if wf is not None else [w for w in workflows if stage is None or w.stage == stage]
        for name, value in d.slots.items():
            if f"{prefix}{SLOT_PREFIX}{name}" in given:
                continue  # explicit slot.NAME: may belong to a workflow known elsewhere
            having = [w for w in pool if name in w.slots]
            if not having:
                if wf is not None:
                    raise DirectiveError(f"directive {prefix}{name}: workflow {wf.name} has no slot {name!r} "
                                         f"(its slots: {', '.join(wf.settable_slots())})")
                if stage is not None:
                    raise DirectiveError(f"directive {prefix}{name}: no {stage} workflow known here has a slot "
                                         f"{name!r} (write {prefix}slot.{name} for one known elsewhere)")
                continue
            problems: list[str] = []
            for w in having:
                try:
                    w.check_value(name, value)
                    break
                except WorkflowError as exc:
                    problems.append(str(exc))
            else:
                raise DirectiveError(problems[0].replace(f"directive {name}=", f"directive {prefix}{name}=", 1))


def _first_match(options: list[str], patterns: tuple[str, ...]) -> str | None:

    for pattern in patterns:
        for option in options:
            if fnmatch.fnmatch(option.lower(), pattern.lower()):
                return option
    return None


def _cast_like(current: Any, value: Any, *, slot: str, wf: str) -> Any:
    try:
        if isinstance(current, bool):
            return bool(value)
        if isinstance(current, int):
            return int(value)
        if isinstance(current, float):
            return float(value)
        if isinstance(current, str):
            return str(value)
    except (TypeError, ValueError, OverflowError) as exc:  # OverflowError: int(inf)
        raise WorkflowError(f"workflow {wf}: slot {slot!r} cannot take {value!r}: {exc}") from exc
    return value


# ---- loading ---------------------------------------------------------------------------------------------
def load_workflow(path: Path, *, user: bool = False) -> Workflow:
    """Load `<name>.json` and its `<name>.slots.json`; any problem raises WorkflowError naming the file."""
    slots_path = path.with_name(path.stem + ".slots.json")
    prompt = _read_json(path)
    if isinstance(prompt, Mapping) and isinstance(prompt.get("nodes"), list):
        raise WorkflowError(f"{path}: this is a UI-format workflow; export it with 'Export (API)' instead")
    if not isinstance(prompt, Mapping) or not prompt:
        raise WorkflowError(f"{path}: expected an API-format workflow object {{node_id: {{class_type, inputs}}}}")
    if len(prompt) > MAX_NODES:
        raise WorkflowError(f"{path}: {len(prompt)} nodes is more than the limit of {MAX_NODES}")
    for node_id, node in prompt.items():
        if not isinstance(node, Mapping) or not isinstance(node.get("class_type"), str):
            raise WorkflowError(f"{path}: node {node_id!r} has no class_type")
        if not isinstance(node.get("inputs", {}), Mapping):
            raise WorkflowError(f"{path}: node {node_id!r} has inputs that are not an object")
    if not slots_path.is_file():
        raise WorkflowError(f"{path}: no slot map; create {slots_path.name} next to it (see docs/comfyui.md)")
    spec = _read_json(slots_path)
    if not isinstance(spec, Mapping):
        raise WorkflowError(f"{slots_path}: expected a JSON object")
    stage = spec.get("stage")
    if stage not in STAGES:
        raise WorkflowError(f"{slots_path}: 'stage' must be one of {', '.join(STAGES)}, not {stage!r}")
    raw_slots = spec.get("slots")
    if not isinstance(raw_slots, Mapping) or not raw_slots:
        raise WorkflowError(f"{slots_path}: 'slots' must map slot names to 'node.input' targets")
    slots = {
        str(name): tuple(_target(prompt, t, slots_path, name) for t in _as_list(targets))
        for name, targets in raw_slots.items()
    }
    raw_models = spec.get("models", {})
    if not isinstance(raw_models, Mapping):
        raise WorkflowError(f"{slots_path}: 'models' must map 'node.input' to a list of file patterns")
    models = {
        _target(prompt, key, slots_path, "models"): tuple(str(p) for p in _as_list(pats))
        for key, pats in raw_models.items()
    }
    try:
        pixels = int(spec["pixels"]) if spec.get("pixels") else None
        multiple = int(spec.get("multiple", 8))
        frame_step = int(spec.get("frame_step", 1))
    except (TypeError, ValueError, OverflowError) as exc:  # OverflowError: JSON's Infinity or 1e400
        raise WorkflowError(f"{slots_path}: pixels/multiple/frame_step must be integers") from exc
    if multiple < 1 or frame_step < 1 or (pixels is not None and pixels < 1):
        raise WorkflowError(f"{slots_path}: pixels, multiple and frame_step must be >= 1")
    return Workflow(
        name=str(spec.get("name") or path.stem),
        stage=stage,
        prompt=prompt,
        slots=slots,
        model_patterns=models,
        pixels=pixels,
        multiple=multiple,
        frame_step=frame_step,
        description=str(spec.get("description", "")),
        source=path,
        user=user,
    )


def load_templates(folder: Path = TEMPLATES_DIR) -> list[Workflow]:
    """The bundled templates; a broken template is a bug, so this raises."""
    return [load_workflow(p) for p in _workflow_files(folder)]


def load_user_workflows(folder: Path, *, errors: list[WorkflowError] | None = None) -> list[Workflow]:
    """Every valid workflow in a user's folder; bad ones are logged (and appended to `errors`), never raised."""
    found: list[Workflow] = []
    if not folder.is_dir():
        log.warning("user workflows folder %s does not exist", folder)
        return found
    for path in _workflow_files(folder):
        try:
            found.append(load_workflow(path, user=True))
        except WorkflowError as exc:
            log.warning("skipping user workflow: %s", exc)
            if errors is not None:
                errors.append(exc)
    return found


def _workflow_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if not p.name.endswith(".slots.json"))


def _read_json(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_WORKFLOW_BYTES:
            raise WorkflowError(f"{path}: larger than {MAX_WORKFLOW_BYTES} bytes")
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise WorkflowError(f"{path}: cannot read: {exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:  # RecursionError: "[[[[..."
        raise WorkflowError(f"{path}: not valid JSON: {exc}") from exc


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) and not _is_pair(value) else [value]


def _is_pair(value: list[Any]) -> bool:
    return len(value) == 2 and all(isinstance(v, str) for v in value) and "." not in value[0] + value[1]


def _target(prompt: Mapping[str, Any], raw: Any, where: Path, slot: object) -> Target:
    if isinstance(raw, str) and "." in raw:
        node, name = raw.rsplit(".", 1)
    elif isinstance(raw, list) and _is_pair(raw):
        node, name = raw
    else:
        raise WorkflowError(f"{where}: slot {slot!r}: target {raw!r} is not 'node_id.input_name'")
    if node not in prompt:
        raise WorkflowError(f"{where}: slot {slot!r}: node {node!r} is not in the workflow")
    if name not in prompt[node].get("inputs", {}):
        cls = prompt[node]["class_type"]
        raise WorkflowError(f"{where}: slot {slot!r}: node {node} ({cls}) has no input {name!r}")
    if isinstance(prompt[node]["inputs"][name], list):
        raise WorkflowError(f"{where}: slot {slot!r}: {node}.{name} is a link to another node, not a value")
    return Target(node, name)
