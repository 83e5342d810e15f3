"""Pieces of one ComfyUI run that need no server: progress bookkeeping, failure text, output files.

Kept apart from `backend.py` so the job loop there reads top to bottom and these rules can be unit
tested with plain data (history entries and events in ComfyUI's real shapes).
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flows.workflows import Workflow, fit_size, frames_for
from mesh.errors import WorkflowError
from mesh.model.directives import STAGE_KEYS
from peers.backends.base import OutputKind, ProgressFn, RenderRequest
from peers.errors import BackendUnavailable, RenderFailed

from .client import FileRef
from .messages import ExecutionError

__all__ = [
    "INPUT_FILES",
    "ProgressTracker",
    "describe_execution_error",
    "history_failure",
    "output_refs",
    "output_type",
    "select_workflow",
    "slot_values",
    "upload_name",
]

# The request's files a workflow may take, by slot name (each is uploaded to the server's input folder).
INPUT_FILES = ("input_image", "end_image", "input_video", "style_image")
# Nodes that report `progress` steps; a graph's step fraction is spread over however many it has.
SAMPLER_CLASSES = frozenset(
    {"KSampler", "KSamplerAdvanced", "SamplerCustom", "SamplerCustomAdvanced", "WanVideoSampler"}
)
OUTPUT_KEYS = ("images", "gifs", "videos", "video", "audio")
_OOM_MARKERS = ("outofmemory", "out of memory", "allocation on device", "hip out of memory")
_SUFFIX_TYPES: dict[str, tuple[OutputKind, str]] = {
    ".png": ("image", "image/png"),
    ".jpg": ("image", "image/jpeg"),
    ".jpeg": ("image", "image/jpeg"),
    ".webp": ("image", "image/webp"),
    ".gif": ("video", "image/gif"),
    ".mp4": ("video", "video/mp4"),
    ".webm": ("video", "video/webm"),
    ".mov": ("video", "video/quicktime"),
    ".mkv": ("video", "video/x-matroska"),
    ".wav": ("audio", "audio/wav"),
    ".flac": ("audio", "audio/flac"),
    ".mp3": ("audio", "audio/mpeg"),
    ".ogg": ("audio", "audio/ogg"),
}


def select_workflow(
    request: RenderRequest,
    runnable: list[Workflow],
    *,
    choices: Mapping[str, tuple[str, ...]],
    problems: Mapping[str, list[str]],
    server: str,
    stages: Mapping[str, str] | None = None,
) -> Workflow:
    """The workflow for a request: named one, else by stage, input image, model, then closest size.

    A named workflow of another stage (`stages`: every known workflow's stage, runnable or not) is refused
    when the directive was aimed at this stage (``clip.workflow=flux1_dev_t2i``), and passed over when it
    was set for every stage: ``workflow=flux1_dev_t2i`` reaches the still job; the clip job chooses by stage.
    """
    wanted = request.workflow or request.params.get("workflow")
    if wanted:
        wanted = str(wanted)
        aimed = "workflow" in str(request.params.get(STAGE_KEYS, "")).split(",")
        named = next((wf for wf in runnable if wf.name == wanted), None)
        stage = named.stage if named is not None else (stages or {}).get(wanted)
        if stage is not None and stage != request.stage:
            if aimed:
                raise RenderFailed(f"directive {request.stage}.workflow={wanted}: {wanted} is a {stage} workflow; "
                                   f"a {request.stage} job needs a {request.stage} workflow")
        elif named is not None:
            return named
        else:
            why = "; ".join(problems.get(wanted, ["no such workflow"]))
            raise BackendUnavailable(f"workflow {wanted!r} cannot run on {server}: {why}")
    pool = [wf for wf in runnable if wf.stage == request.stage]
    if not pool:
        raise BackendUnavailable(f"{server} has no runnable workflow for stage {request.stage!r}")
    with_image = [wf for wf in pool if wf.has_slot("input_image") == (request.input_image is not None)]
    pool = with_image or pool
    model = request.model or request.params.get("model")
    if model:
        pool = [wf for wf in pool if model in wf.model_files() or model in choices.get(wf.name, ())]
        if not pool:
            raise BackendUnavailable(f"model {model!r} is not on {server}")
    area = max(1, request.width * request.height)
    return min(pool, key=lambda wf: abs(math.log((wf.pixels or area) / area)))


def slot_values(
    request: RenderRequest, wf: Workflow, *, object_info: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Slot values from a request; directives (`params`) fill any slot of the same name (steps, cfg...),
    and slot directives (``color=255``: "slot.color" in params) any slot the workflow declares, cast to
    its type and checked against the server's `/object_info` (RenderFailed naming directive and slot)."""
    width, height = fit_size(request.width, request.height, pixels=wf.pixels, multiple=wf.multiple)
    prompt = request.prompt
    if request.params.get("style") and not wf.has_slot("style"):
        prompt = f"{prompt}, {request.params['style']}"
    values: dict[str, Any] = {
        k: v for k, v in request.params.items() if wf.has_slot(k) and k not in (*INPUT_FILES, "frames", "prompt")
    }
    try:
        values.update(wf.slot_directives(request.params, stage=request.stage, object_info=object_info))
    except WorkflowError as exc:
        raise RenderFailed(str(exc)) from exc
    values.update(
        prompt=prompt,
        seed=request.seed % (1 << 64),
        width=width,
        height=height,
        fps=request.fps,
        frames=frames_for(request.duration_s, request.fps, step=wf.frame_step),
        model=request.model or request.params.get("model"),
    )
    if request.negative:
        values["negative"] = request.negative
    return values


_MAGIC = ((b"\x89PNG\r\n\x1a\n", ".png"), (b"\xff\xd8\xff", ".jpg"), (b"GIF8", ".gif"),
          (b"\x1a\x45\xdf\xa3", ".webm"))


def upload_name(job_id: str, slot: str, path: Path) -> str:
    """`mx_<job>_<slot>.<ext>`: the extension is the file's own, or read from its first bytes (asset-store
    files have none), since ComfyUI lists and decodes input files by their extension."""
    suffix = path.suffix.lower()
    if not suffix:
        try:
            with path.open("rb") as fh:
                head = fh.read(16)
        except OSError:
            head = b""
        suffix = next((ext for magic, ext in _MAGIC if head.startswith(magic)), "")
        if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
            suffix = ".webp"
        elif head[4:8] == b"ftyp":
            suffix = ".mov" if head[8:12] == b"qt  " else ".mp4"
    return f"mx_{job_id}_{slot}{suffix}".replace("/", "_").replace("\\", "_")


def describe_execution_error(err: ExecutionError, *, server: str) -> str:
    """One line a person can read: what ran out or broke, in which node, on which server."""
    message = err.exception_message.strip().splitlines()[0] if err.exception_message.strip() else ""
    where = f"{err.node_type} (node {err.node_id}) on {server}"
    blob = f"{err.exception_type} {err.exception_message}".lower()
    if any(marker in blob for marker in _OOM_MARKERS):
        return f"out of GPU memory in {where}: {message}"[:500]
    kind = err.exception_type.rsplit(".", 1)[-1] or "error"
    return f"{where} failed: {kind}: {message}"[:500]


def history_failure(entry: Mapping[str, Any], prompt_id: str, *, server: str) -> str | None:
    """The failure recorded in a `/history` entry, or None if the prompt succeeded."""
    status = entry.get("status") or {}
    if status.get("status_str") != "error" and status.get("completed", True):
        return None
    for item in status.get("messages") or []:
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[1], Mapping)):
            continue
        event, data = item
        if event == "execution_error":
            return describe_execution_error(
                ExecutionError(
                    prompt_id,
                    str(data.get("node_id", "?")),
                    str(data.get("node_type", "?")),
                    str(data.get("exception_type", "")),
                    str(data.get("exception_message", "")),
                ),
                server=server,
            )
        if event == "execution_interrupted":
            return f"interrupted on {server} in {data.get('node_type', '?')} (node {data.get('node_id', '?')})"
    return f"ComfyUI on {server} reported the prompt as failed"


def output_refs(entry: Mapping[str, Any], *, max_files: int) -> list[FileRef]:
    """Files a history entry names; previews (`type: temp`) only if the graph saved nothing else."""
    refs: list[FileRef] = []
    for node_output in (entry.get("outputs") or {}).values():
        if not isinstance(node_output, Mapping):
            continue
        for key in OUTPUT_KEYS:
            for item in node_output.get(key) or []:
                if isinstance(item, Mapping) and isinstance(item.get("filename"), str):
                    refs.append(
                        FileRef(item["filename"], str(item.get("subfolder", "")), str(item.get("type", "output")))
                    )
    saved = [r for r in refs if r.type == "output"]
    return (saved or refs)[:max_files]


def output_type(filename: str, *, animated: bool = False) -> tuple[OutputKind, str]:
    kind, mime = _SUFFIX_TYPES.get(Path(filename).suffix.lower(), ("asset", "application/octet-stream"))
    if animated and kind == "image":
        kind = "video"  # SaveAnimatedWEBP: history marks it "animated": [true]
    return kind, mime


def safe_name(index: int, filename: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]", "_", Path(filename).name)[-120:] or "output"
    return f"{index:02d}_{stem.lstrip('.')}"


class ProgressTracker:
    """Turns node and step events into one monotonic fraction, with previews rate-limited."""

    def __init__(
        self, progress: ProgressFn, prompt: Mapping[str, Any], *, min_preview_interval_s: float = 0.25
    ) -> None:
        self._progress = progress
        self._classes = {str(k): str(v.get("class_type", "?")) for k, v in prompt.items()}
        self._samplers = [k for k, c in self._classes.items() if c in SAMPLER_CLASSES] or ["?"]
        self._seen: set[str] = set()
        self._finished_samplers: set[str] = set()
        self._current: str | None = None
        self._fraction = 0.0
        self._message = "queued"
        self._min_preview_interval_s = min_preview_interval_s
        self._last_preview = 0.0

    def _emit(self, fraction: float, message: str, image: bytes | None = None) -> None:
        self._fraction = max(self._fraction, min(fraction, 0.99))
        self._message = message
        self._progress(self._fraction, message, image)

    def started(self) -> None:
        self._emit(0.02, "started")

    def cached(self, nodes: tuple[str, ...]) -> None:
        """`execution_cached`: these nodes will not run again; all of them -> the take is the earlier one."""
        if nodes:
            self._seen.update(nodes)
            every = set(self._classes) <= set(nodes)
            self._emit(self._fraction, "cached: same prompt as before" if every else f"{len(nodes)} nodes cached")

    def executing(self, node: str) -> None:
        if self._current in self._samplers and node != self._current:
            self._finished_samplers.add(self._current)
        self._current = node
        self._seen.add(node)
        steps = len(self._finished_samplers) / len(self._samplers)
        nodes = len(self._seen) / max(1, len(self._classes))
        self._emit(max(0.05 + 0.3 * nodes, 0.05 + 0.9 * steps), self._classes.get(node, node))

    def step(self, node: str | None, value: float, maximum: float) -> None:
        """A `progress` event: sampler steps move the fraction; any other node's progress bar (an upscaler's
        tiles, a tiled VAE) is only shown, so it cannot pass for sampling."""
        if node is not None and node in self._classes and node not in self._samplers:
            self._emit(self._fraction, f"{self._classes[node]} {int(value)}/{int(maximum)}")
            return
        done = len(self._finished_samplers)
        frac = (done + (value / maximum if maximum > 0 else 0.0)) / len(self._samplers)
        name = self._classes.get(node or "", "sampling")
        self._emit(0.05 + 0.9 * min(1.0, frac), f"{name} {int(value)}/{int(maximum)}")

    def preview(self, image: bytes) -> None:
        now = time.monotonic()
        if now - self._last_preview < self._min_preview_interval_s:
            return
        self._last_preview = now
        self._emit(self._fraction, self._message, image)
