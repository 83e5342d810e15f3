"""A pipeline is data: a small stage graph that says what rendering one intent makes, and from what.

A pipeline names its stages (each one of `mesh.model.stages.STAGES`), what each stage consumes and which
sub-kinds of intent it is the default for. What a stage consumes is a table role -> sources, the first
source present winning:

    prompt        "text"                      the intent's text and its note comps (the default)
    input_image   "comp:image"                an image comp of the intent (a reference)
    end_image     "stage:still"               the take of another stage of this pipeline (a dependency)
    input_video   "link:character:sheet"      the chosen sheet of a character intent cast into this one
    style_image   "next:still"                the chosen still of the intent this one's `next` edge leads to
                  "chosen:still"              this intent's own chosen still (rendered before, not now)

`parse_pipeline(data, source)` checks a decoded file (TOML or JSON) and raises `PipelineError` naming the
file and the field: an unknown stage kind, a role a kind does not take, a source of the wrong media, a
`stage:` reference to nothing, a cycle. `flows.pipelines` reads the files (and checks templates); this
module is pure, and `mesh.model.jobs.plan_render` expands a pipeline into the job graph.

A ``flow`` stage runs a LangFlow flow on its prompt and produces text; another stage takes that text as
its prompt (``consumes = { prompt = "stage:expand" }``). Its ``flow`` field names the flow — a flow id or
endpoint name, or a table ``{ name, input_type, output_type, output_component, tweaks }`` (`FlowSpec`);
left out, the peer's configured default flow runs.

A stage marked ``optional`` is planned only when every input its kind needs is there (a scene's restyle
runs when a style is linked to it); a stage that is not optional and lacks one is refused at plan time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from mesh.errors import SchemaError
from mesh.model.schema import BLOCK_SPECS, BlockKind
from mesh.model.stages import STAGE_OUTPUT, STAGES

__all__ = [
    "FALLBACK",
    "IMAGE_ROLES",
    "REQUIRED_ROLES",
    "ROLES",
    "FlowSpec",
    "Pipeline",
    "PipelineError",
    "PipelineSet",
    "Source",
    "StagePlan",
    "install",
    "installed",
    "parse_pipeline",
]

ROLES = ("prompt", "input_image", "end_image", "input_video", "style_image")
IMAGE_ROLES = frozenset({"input_image", "end_image", "style_image"})
# What each kind cannot run without (a clip animates an image; a transition joins two).
REQUIRED_ROLES: dict[str, frozenset[str]] = {
    "still": frozenset(),
    "sheet": frozenset(),
    "clip": frozenset({"input_image"}),
    "restyle": frozenset({"input_video", "style_image"}),
    "transition": frozenset({"input_image", "end_image"}),
    "flow": frozenset(),
}
SOURCE_KINDS = ("text", "comp", "stage", "link", "next", "chosen")
_COMP_MEDIA = {"image": "image", "style": "image", "clip": "video"}
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
MAX_STAGES = 16
_PIPELINE_KEYS = frozenset({"name", "description", "default_for", "stages"})
_STAGE_KEYS = frozenset({"id", "kind", "consumes", "template", "model", "backend", "optional", "directives",
                         "flow"})
_FLOW_KEYS = frozenset({"name", "input_type", "output_type", "output_component", "tweaks"})
_FLOW_IO = ("chat", "text", "any")
_FLOW_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")  # a UUID or an endpoint name
MAX_TWEAKS_BYTES = 16 * 1024


class PipelineError(SchemaError):
    """A pipeline definition is invalid; the message names its file and field."""


@dataclass(frozen=True, slots=True)
class Source:
    """One place a stage input comes from (see the module docstring for the spellings)."""

    kind: str  # text | comp | stage | link | next | chosen
    ref: str = ""  # comp sub-kind, stage id, or the linked intent's sub-kind
    stage: str = ""  # link/next/chosen: which stage kind's chosen take

    @property
    def media(self) -> str:
        """What it yields: text, image or video."""
        if self.kind == "text":
            return "text"
        if self.kind == "comp":
            return _COMP_MEDIA.get(self.ref, "")
        return STAGE_OUTPUT.get(self.stage, "")

    def __str__(self) -> str:
        if self.kind == "text":
            return "text"
        if self.kind == "link":
            return f"link:{self.ref}:{self.stage}"
        if self.kind in ("next", "chosen"):
            return f"{self.kind}:{self.stage}"
        return f"{self.kind}:{self.ref}"


@dataclass(frozen=True, slots=True)
class FlowSpec:
    """Which LangFlow flow a ``flow`` stage runs, and how its input and output map (LangFlow's run API).

    `tweaks` override component fields (component id or name -> {field: value}); they travel in the job
    as JSON text because a job's params hold only scalars."""

    name: str = ""  # flow id or endpoint name ('' : the peer's MULTIPLEX_LANGFLOW_FLOW)
    input_type: str = "chat"
    output_type: str = "chat"
    output_component: str = ""
    tweaks: Mapping[str, Any] = field(default_factory=dict)

    def as_params(self) -> dict[str, Any]:
        """The job params a peer's LangFlow backend reads (only what differs from the defaults)."""
        out: dict[str, Any] = {}
        if self.name:
            out["flow"] = self.name
        if self.input_type != "chat":
            out["flow_input_type"] = self.input_type
        if self.output_type != "chat":
            out["flow_output_type"] = self.output_type
        if self.output_component:
            out["flow_output_component"] = self.output_component
        if self.tweaks:
            out["flow_tweaks"] = json.dumps(self.tweaks, sort_keys=True, separators=(",", ":"))
        return out


@dataclass(frozen=True, slots=True)
class StagePlan:
    """One stage of a pipeline: its kind, inputs by role, and what pins how it runs."""

    id: str
    kind: str
    consumes: Mapping[str, tuple[Source, ...]]
    template: str = ""
    model: str = ""
    backend: str = ""
    optional: bool = False
    directives: Mapping[str, Any] = field(default_factory=dict)
    flow: FlowSpec | None = None  # a flow stage's LangFlow flow (None for every other kind)

    @property
    def produces(self) -> str:
        return STAGE_OUTPUT[self.kind]

    @property
    def after(self) -> tuple[str, ...]:
        """Ids of the stages of this pipeline this one consumes (its dependencies)."""
        return tuple(dict.fromkeys(s.ref for sources in self.consumes.values() for s in sources
                                   if s.kind == "stage"))


@dataclass(frozen=True, slots=True)
class Pipeline:
    name: str
    stages: tuple[StagePlan, ...]  # in dependency order
    description: str = ""
    default_for: tuple[str, ...] = ()
    source: str = ""  # the file it came from ('' when built in)

    def stage(self, stage_id: str) -> StagePlan:
        return next(s for s in self.stages if s.id == stage_id)

    @property
    def kinds(self) -> tuple[str, ...]:
        """The stage kinds (capabilities) a peer needs to run all of it."""
        return tuple(dict.fromkeys(s.kind for s in self.stages))

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "description": self.description, "default_for": list(self.default_for),
            "source": self.source,
            "stages": [{"id": s.id, "kind": s.kind, "produces": s.produces, "optional": s.optional,
                        "template": s.template, "after": list(s.after),
                        **({"flow": s.flow.name} if s.flow is not None else {}),
                        "consumes": {role: [str(x) for x in srcs] for role, srcs in s.consumes.items()}}
                       for s in self.stages],
        }


class PipelineSet:
    """The pipelines a peer knows, by name, and the default per intent sub-kind."""

    def __init__(self, pipelines: Iterable[Pipeline]) -> None:
        self._by_name: dict[str, Pipeline] = {}
        for p in pipelines:
            self._by_name[p.name] = p  # a later one (the user's folder) replaces a bundled one of its name

    def __iter__(self) -> Iterator[Pipeline]:
        return iter(sorted(self._by_name.values(), key=lambda p: p.name))

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def names(self) -> list[str]:
        return sorted(self._by_name)

    def get(self, name: str) -> Pipeline:
        try:
            return self._by_name[name]
        except KeyError:
            raise PipelineError(f"no pipeline named {name!r} (known: {', '.join(self.names()) or 'none'})") from None

    def default_for(self, sub: str) -> Pipeline:
        """The pipeline an intent of this sub-kind runs unless it names one (the scene one otherwise)."""
        for p in self:
            if sub in p.default_for:
                return p
        for p in self:
            if "scene" in p.default_for:
                return p
        return FALLBACK

    def for_intent(self, sub: str, chosen: str = "") -> Pipeline:
        return self.get(chosen) if chosen else self.default_for(sub)


# -- parsing ---------------------------------------------------------------------------------------------

def _fail(where: str, field_name: str, problem: str) -> PipelineError:
    return PipelineError(f"{where}: {field_name}: {problem}")


def parse_source(text: Any, where: str, field_name: str) -> Source:
    """``text`` | ``comp:SUB`` | ``stage:ID`` | ``link:SUB:KIND`` | ``next:KIND`` | ``chosen:KIND``."""
    if not isinstance(text, str):
        raise _fail(where, field_name, f"a source is a string like 'stage:still', not {text!r}")
    parts = text.strip().split(":")
    head = parts[0]
    comp_subs = BLOCK_SPECS[BlockKind.COMP].subs
    intent_subs = BLOCK_SPECS[BlockKind.INTENT].subs
    if head == "text" and len(parts) == 1:
        return Source("text")
    if head == "comp" and len(parts) == 2:
        if parts[1] not in _COMP_MEDIA:
            known = ", ".join(f"comp:{s}" for s in _COMP_MEDIA if s in comp_subs or s == "style")
            raise _fail(where, field_name, f"{text!r}: comps that feed a stage are {known}")
        return Source("comp", parts[1])
    if head == "stage" and len(parts) == 2 and parts[1]:
        return Source("stage", parts[1])
    if head == "link" and len(parts) == 3:
        if parts[1] not in intent_subs:
            raise _fail(where, field_name, f"{text!r}: {parts[1]!r} is not an intent sub-kind "
                                           f"({', '.join(intent_subs)})")
        return Source("link", parts[1], _kind(parts[2], text, where, field_name))
    if head in ("next", "chosen") and len(parts) == 2:
        return Source(head, "", _kind(parts[1], text, where, field_name))
    raise _fail(where, field_name, f"unknown source {text!r} (text, comp:SUB, stage:ID, link:SUB:KIND, "
                                   "next:KIND or chosen:KIND)")


def _kind(kind: str, text: str, where: str, field_name: str) -> str:
    if kind not in STAGES:
        raise _fail(where, field_name, f"{text!r}: unknown stage kind {kind!r} (known: {', '.join(STAGES)})")
    return kind


def _text(value: Any, where: str, field_name: str, *, limit: int = 200) -> str:
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise _fail(where, field_name, f"expected text of at most {limit} characters, got {value!r}")
    return value.strip()


def _parse_stage(raw: Any, index: int, where: str) -> StagePlan:
    at = f"stages[{index}]"
    if not isinstance(raw, Mapping):
        raise _fail(where, at, "a stage is a table (id, kind, consumes, ...)")
    unknown = sorted(set(raw) - _STAGE_KEYS)
    if unknown:
        raise _fail(where, f"{at}.{unknown[0]}", f"unknown field (a stage has {', '.join(sorted(_STAGE_KEYS))})")
    kind = raw.get("kind")
    if kind not in STAGES:
        raise _fail(where, f"{at}.kind", f"unknown stage kind {kind!r} (known: {', '.join(STAGES)})")
    stage_id = _text(raw.get("id", kind), where, f"{at}.id", limit=64)
    if not _NAME.fullmatch(stage_id):
        raise _fail(where, f"{at}.id", f"{stage_id!r} is not a short lowercase name")
    at = f"stages[{index}] ({stage_id})"
    consumes_raw = raw.get("consumes", {})
    if not isinstance(consumes_raw, Mapping):
        raise _fail(where, f"{at}.consumes", "expected a table role = source (or a list of sources)")
    consumes: dict[str, tuple[Source, ...]] = {}
    for role, value in consumes_raw.items():
        name = f"{at}.consumes.{role}"
        if role not in ROLES:
            raise _fail(where, name, f"unknown role (roles: {', '.join(ROLES)})")
        values = value if isinstance(value, list) else [value]
        if not values:
            raise _fail(where, name, "needs at least one source")
        sources = tuple(parse_source(v, where, name) for v in values)
        wanted = "text" if role == "prompt" else "image" if role in IMAGE_ROLES else "video"
        for s in sources:
            if s.kind != "stage" and s.media != wanted:
                raise _fail(where, name, f"{s} gives {s.media or 'nothing'}, the {role} role takes {wanted}")
        consumes[role] = sources
    consumes.setdefault("prompt", (Source("text"),))
    missing = sorted(REQUIRED_ROLES[kind] - set(consumes))
    if missing:
        raise _fail(where, f"{at}.consumes", f"a {kind} stage needs {', '.join(missing)}")
    optional = raw.get("optional", False)
    if not isinstance(optional, bool):
        raise _fail(where, f"{at}.optional", f"expected true or false, got {optional!r}")
    directives = raw.get("directives", {})
    if not isinstance(directives, Mapping) or not all(
            isinstance(v, str | int | float) and not isinstance(v, bool) for v in directives.values()):
        raise _fail(where, f"{at}.directives", "expected a table of directive = number or text")
    flow = _parse_flow(raw.get("flow"), kind, where, f"{at}.flow")
    return StagePlan(
        id=stage_id, kind=kind, consumes=consumes, template=_text(raw.get("template"), where, f"{at}.template"),
        model=_text(raw.get("model"), where, f"{at}.model"), backend=_text(raw.get("backend"), where, f"{at}.backend"),
        optional=optional, directives=dict(directives), flow=flow,
    )


def _parse_flow(raw: Any, kind: str, where: str, at: str) -> FlowSpec | None:
    """A flow stage's ``flow``: a flow id/endpoint name, or a table of `FlowSpec` fields."""
    if kind != "flow":
        if raw is not None:
            raise _fail(where, at, f"only a flow stage names a LangFlow flow (this stage is a {kind})")
        return None
    if raw is None:
        return FlowSpec()
    if isinstance(raw, str):
        raw = {"name": raw}
    if not isinstance(raw, Mapping):
        raise _fail(where, at, f"expected a flow id or name, or a table (name, input_type, ...), got {raw!r}")
    unknown = sorted(set(raw) - _FLOW_KEYS)
    if unknown:
        raise _fail(where, f"{at}.{unknown[0]}", f"unknown field (a flow has {', '.join(sorted(_FLOW_KEYS))})")
    name = _text(raw.get("name"), where, f"{at}.name", limit=128)
    if name and not _FLOW_NAME.fullmatch(name):
        raise _fail(where, f"{at}.name", f"{name!r} is not a flow id or endpoint name (letters, digits, - _ .)")
    io: dict[str, str] = {}
    for key in ("input_type", "output_type"):
        value = raw.get(key, "chat")
        if value not in _FLOW_IO:
            raise _fail(where, f"{at}.{key}", f"expected one of {', '.join(_FLOW_IO)}, got {value!r}")
        io[key] = value
    tweaks = raw.get("tweaks", {})
    if not isinstance(tweaks, Mapping) or not all(isinstance(v, Mapping) for v in tweaks.values()):
        raise _fail(where, f"{at}.tweaks", "expected a table of component id or name = { field = value }")
    try:
        size = len(json.dumps(tweaks))
    except (TypeError, ValueError) as exc:
        raise _fail(where, f"{at}.tweaks", f"not JSON-shaped ({exc})") from None
    if size > MAX_TWEAKS_BYTES:
        raise _fail(where, f"{at}.tweaks", f"{size} bytes is over the limit of {MAX_TWEAKS_BYTES}")
    return FlowSpec(name=name, output_component=_text(raw.get("output_component"), where,
                                                      f"{at}.output_component", limit=128),
                    tweaks=json.loads(json.dumps(tweaks)), **io)


def parse_pipeline(data: Any, source: str, *, default_name: str = "") -> Pipeline:
    """Check one decoded pipeline file; PipelineError names `source` and the field at fault."""
    where = source or "pipeline"
    if not isinstance(data, Mapping):
        raise _fail(where, "(top level)", "a pipeline is a table with name, stages, ...")
    unknown = sorted(set(data) - _PIPELINE_KEYS)
    if unknown:
        raise _fail(where, unknown[0], f"unknown field (a pipeline has {', '.join(sorted(_PIPELINE_KEYS))})")
    name = _text(data.get("name", default_name), where, "name", limit=64)
    if not _NAME.fullmatch(name):
        raise _fail(where, "name", f"{name!r} is not a short lowercase name (letters, digits, - and _)")
    default_for = data.get("default_for", [])
    subs = BLOCK_SPECS[BlockKind.INTENT].subs
    if not isinstance(default_for, list) or any(s not in subs for s in default_for):
        raise _fail(where, "default_for", f"expected a list of intent sub-kinds ({', '.join(subs)}), "
                                          f"got {default_for!r}")
    raw_stages = data.get("stages")
    if not isinstance(raw_stages, list) or not raw_stages:
        raise _fail(where, "stages", "a pipeline needs at least one stage ([[stages]])")
    if len(raw_stages) > MAX_STAGES:
        raise _fail(where, "stages", f"at most {MAX_STAGES} stages")
    stages = [_parse_stage(raw, i, where) for i, raw in enumerate(raw_stages)]
    by_id: dict[str, StagePlan] = {}
    kinds: dict[str, str] = {}
    for i, s in enumerate(stages):
        if s.id in by_id:
            raise _fail(where, f"stages[{i}].id", f"{s.id!r} is used twice")
        if s.kind in kinds:  # the chosen take is kept per kind: two stages of one kind would share it
            raise _fail(where, f"stages[{i}].kind", f"{s.kind!r} is already the kind of stage {kinds[s.kind]!r}; "
                                                    "a pipeline renders each kind once")
        by_id[s.id] = s
        kinds[s.kind] = s.id
    for i, s in enumerate(stages):
        for role, sources in s.consumes.items():
            for src in sources:
                if src.kind != "stage":
                    continue
                field_name = f"stages[{i}] ({s.id}).consumes.{role}"
                target = by_id.get(src.ref)
                if target is None:
                    raise _fail(where, field_name, f"stage:{src.ref} names no stage of this pipeline "
                                                   f"(stages: {', '.join(by_id)})")
                wanted = "text" if role == "prompt" else "image" if role in IMAGE_ROLES else "video"
                if target.produces != wanted:
                    raise _fail(where, field_name, f"stage {src.ref!r} produces {target.produces}, "
                                                   f"the {role} role takes {wanted}")
    ordered = _topological(stages, where)
    return Pipeline(name=name, stages=tuple(ordered), description=_text(data.get("description"), where,
                                                                        "description", limit=2000),
                    default_for=tuple(default_for), source=source)


def _topological(stages: list[StagePlan], where: str) -> list[StagePlan]:
    """Stages in dependency order; a cycle is named stage by stage."""
    by_id = {s.id: s for s in stages}
    done: dict[str, None] = {}
    visiting: list[str] = []

    def visit(stage_id: str) -> None:
        if stage_id in done:
            return
        if stage_id in visiting:
            loop = [*visiting[visiting.index(stage_id):], stage_id]
            raise _fail(where, "stages", f"the stages form a cycle: {' -> '.join(loop)}")
        visiting.append(stage_id)
        for dep in by_id[stage_id].after:
            visit(dep)
        visiting.pop()
        done[stage_id] = None

    for s in stages:
        visit(s.id)
    return [by_id[i] for i in done]


FALLBACK = parse_pipeline({
    "name": "scene",
    "description": "A still (from the text, or from a reference comp), then an 8-second clip from the chosen still.",
    "default_for": ["scene"],
    "stages": [
        {"id": "still", "kind": "still", "consumes": {"input_image": ["comp:image"]}},
        {"id": "clip", "kind": "clip", "consumes": {"input_image": "stage:still"}},
    ],
}, "")
"""What `plan_render` runs when its caller passes no pipelines: today's still -> clip, for every sub-kind."""


_provider: Callable[[], PipelineSet] | None = None


def install(provider: Callable[[], PipelineSet] | None) -> Callable[[], PipelineSet] | None:
    """Make `provider` what a plan uses when its caller passes no pipelines; returns the previous one.

    The composition root installs it (the peer: its bundled and user pipelines, read at each plan so a new
    file counts at once), so every door that renders — the API, the canvas, the relay's MCP — runs the
    same pipelines. Process-wide, like the peer itself (one per home)."""
    global _provider
    previous, _provider = _provider, provider
    return previous


def installed() -> PipelineSet:
    """The installed pipelines, or the built-in fallback (still -> clip for every sub-kind)."""
    return _provider() if _provider is not None else PipelineSet([FALLBACK])
