"""The one small interface every render backend implements (CPU, ComfyUI, LangFlow, LLM narrator).

A backend says what it can run now (`capabilities`), what a run would cost (`estimate`), and runs a
request with progress, honouring cancellation: the runner cancels the task running `run()`; the
backend stops its work (e.g. ComfyUI `/interrupt`) in a `finally`/`except CancelledError` and re-raises.
Outputs are files the backend wrote into `workdir`; the runner hashes them into the asset store.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from mesh.model.stages import OutputKind, Stage

__all__ = [
    "Capability",
    "Estimate",
    "Output",
    "ProgressFn",
    "RenderBackend",
    "RenderRequest",
    "Stage",
]



@dataclass(frozen=True, slots=True)
class Capability:
    """One stage a backend can run now, with the models present and those already loaded."""

    stage: Stage
    backend: str
    models: tuple[str, ...] = ()
    loaded: tuple[str, ...] = ()
    slots: int = 1
    gpus: int = 0
    workflow: str = ""  # template or user-workflow name that implements the stage


@dataclass(frozen=True, slots=True)
class Estimate:
    seconds: float
    gpus: int = 0
    note: str = ""


@dataclass(kw_only=True, slots=True)
class RenderRequest:
    """Everything a backend needs for one job, already resolved from the board (no document access)."""

    job_id: str
    stage: Stage
    prompt: str
    negative: str = ""
    seed: int = 0
    width: int = 1280
    height: int = 720
    duration_s: float = 8.0
    fps: int = 16
    model: str | None = None
    workflow: str | None = None
    input_image: Path | None = None  # local file: the reference comp, the still for a clip, a first frame
    end_image: Path | None = None  # transition: the last frame
    input_video: Path | None = None  # restyle: the clip to restyle
    style_image: Path | None = None  # restyle: the style reference
    panel: dict[str, Any] = field(default_factory=dict)  # storyboard fields: sub-kind, shot size, scene/shot no...
    params: dict[str, Any] = field(default_factory=dict)  # the intent's directives, validated


@dataclass(frozen=True, slots=True)
class Output:
    path: Path
    kind: OutputKind
    mime: str


ProgressFn = Callable[[float, str, bytes | None], None]
"""progress(fraction 0..1, short message, optional preview image bytes); call it on the event loop."""


@runtime_checkable
class RenderBackend(Protocol):
    name: str

    async def capabilities(self) -> list[Capability]:
        """Stages this backend can run now; an empty list withdraws it (server down, model missing)."""
        ...

    def estimate(self, request: RenderRequest) -> Estimate: ...

    async def run(self, request: RenderRequest, *, workdir: Path, progress: ProgressFn) -> list[Output]:
        """Render; raise `peers.errors.RenderFailed`/`BackendUnavailable` with a reason a person can read."""
        ...

    async def close(self) -> None: ...
