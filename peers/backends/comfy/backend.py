"""`ComfyBackend`: one ComfyUI server (one GPU) as a `RenderBackend`.

What it advertises comes from the server itself: `/system_stats` answers (it is up), `/object_info` has
every node class and model file a workflow needs (it can run that workflow), and a tiny model-free prompt
(EmptyImage -> PreviewImage, a fresh colour each time so ComfyUI's cache cannot answer for it) went
through the queue and executor (it can render, not just answer HTTP). A server that fails any of these
advertises nothing; the next refresh that passes restores it.

A run: pick a workflow for the stage -> upload the job's files (input image, last frame, clip to restyle,
style image) -> fill slots (and the slot directives, checked against `/object_info`) -> open `/ws` with our
client id (ComfyUI sends a prompt's events only there) -> `POST /prompt` with a prompt id we chose (so a
lost answer cannot lose the job) -> follow events -> read `/history` -> stream each `/view` file into the
workdir. The websocket replays nothing after a reconnect, so state is re-read from `/history` and `/queue`,
and history is also polled while waiting, which covers a socket that silently stopped delivering.
ComfyUI answers an identical prompt from its cache (`execution_cached`, then only `executed` repeating the
earlier outputs): the take is those outputs, from history or, if history has none, from `executed`.
A server started with `--cpu` is reported as such: no GPU in its capabilities and estimates, no VRAM.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import random
import time
import uuid
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flows.workflows import Workflow, fit_size, frames_for
from mesh._log import QuietLogger, get_logger
from mesh.errors import FrameTooLarge, ProtocolError, WorkflowError
from mesh.model.stages import STAGE_OUTPUT
from peers.backends.base import Capability, Estimate, Output, ProgressFn, RenderRequest
from peers.errors import BackendError, BackendTimeout, BackendUnavailable, RenderFailed

from . import _run
from .client import ComfyClient, ComfySocket, PromptRejected
from .messages import (
    Executed,
    Executing,
    ExecutionCached,
    ExecutionError,
    ExecutionInterrupted,
    ExecutionStart,
    ExecutionSuccess,
    Preview,
    Progress,
)

__all__ = ["ComfyBackend", "ComfySettings", "Health", "RunStats"]

log = get_logger("peers.backends.comfy")
quiet = QuietLogger(log)

_FILE_NEEDS = {
    "input_image": "an input image (a reference or the chosen still)",
    "end_image": "a last frame (the next shot's chosen still)",
    "input_video": "a clip to restyle",
    "style_image": "a style reference image",
}
CAPABILITIES_TTL_S = 10.0
OBJECT_INFO_TTL_S = 300.0
PROBE_TTL_S = 300.0
PROBE_TIMEOUT_S = 20.0
POLL_INTERVAL_S = 2.0  # history poll while waiting on the socket; also bounds a silent socket
RENDER_TIMEOUT_S = 3 * 3600.0
SERVER_LOST_S = 30.0  # how long a vanished server may take to come back before the job fails over
CANCEL_TIMEOUT_S = 5.0
HISTORY_WAIT_S = 10.0  # execution_success is sent before history is written
MAX_OUTPUT_FILES = 64
DEFAULT_SECONDS = {"still": 30.0, "sheet": 40.0, "clip": 600.0, "restyle": 600.0, "transition": 450.0}


@dataclass(frozen=True, slots=True)
class Health:
    up: bool
    reason: str = ""
    device: str = ""
    device_type: str = ""  # torch device type: cuda, cpu, mps, xpu...
    vram_total: int = 0  # 0 on a CPU server (what it reports is system RAM)
    vram_free: int = 0

    @property
    def gpu(self) -> bool:
        return self.up and self.device_type not in ("cpu", "")


@dataclass(slots=True)
class RunStats:
    prompt_id: str = ""
    workflow: str = ""
    dispatch_s: float = 0.0  # run() entered -> POST /prompt accepted
    render_s: float = 0.0
    fetch_s: float = 0.0
    bytes: int = 0
    timings: dict[str, float] = field(default_factory=dict)


def backend_name(url: str) -> str:
    parts = urlsplit(url if "//" in url else f"http://{url}")
    return f"comfyui@{parts.hostname}:{parts.port or 80}"


@dataclass(frozen=True, slots=True, kw_only=True)
class ComfySettings:
    """Timings and limits of one `ComfyBackend` (tests shrink the timings); defaults are the named
    constants above."""

    capabilities_ttl_s: float = CAPABILITIES_TTL_S
    object_info_ttl_s: float = OBJECT_INFO_TTL_S
    probe_ttl_s: float = PROBE_TTL_S
    probe_timeout_s: float = PROBE_TIMEOUT_S
    poll_interval_s: float = POLL_INTERVAL_S
    render_timeout_s: float = RENDER_TIMEOUT_S
    server_lost_s: float = SERVER_LOST_S
    history_wait_s: float = HISTORY_WAIT_S
    min_preview_interval_s: float = 0.25
    max_output_files: int = MAX_OUTPUT_FILES


class ComfyBackend:
    """One ComfyUI server as a render backend (one job at a time, like ComfyUI itself)."""

    def __init__(
        self,
        url: str,
        *,
        workflows: list[Workflow],
        name: str | None = None,
        client: ComfyClient | None = None,
        settings: ComfySettings | None = None,
    ) -> None:
        s = self.settings = settings or ComfySettings()
        self.url = url.rstrip("/") if "//" in url else f"http://{url.rstrip('/')}"
        self.name = name or backend_name(self.url)
        self.client = client or ComfyClient(self.url)
        self.workflows = list(workflows)
        self.health = Health(up=False, reason="not checked yet")
        self.problems: dict[str, list[str]] = {}  # workflow name -> why it cannot run here
        self.last_run: RunStats | None = None
        self._caps_ttl_s, self._info_ttl_s = s.capabilities_ttl_s, s.object_info_ttl_s
        self._probe_ttl_s, self._probe_timeout_s = s.probe_ttl_s, s.probe_timeout_s
        self._poll_s, self._render_timeout_s = s.poll_interval_s, s.render_timeout_s
        self._lost_s, self._history_wait_s = s.server_lost_s, s.history_wait_s
        self._preview_s, self._max_files = s.min_preview_interval_s, s.max_output_files
        self._runnable: list[Workflow] = []
        self._choices: dict[str, tuple[str, ...]] = {}
        self._object_info: dict[str, Any] = {}
        self._checked_at = self._info_at = self._probed_at = -math.inf
        self._caps: list[Capability] = []
        self._loaded: tuple[str, ...] = ()
        self._seconds: dict[str, float] = {}
        self._gpus = 1
        self._refresh_lock = asyncio.Lock()
        self._run_lock = asyncio.Lock()

    # ---- capabilities ------------------------------------------------------------------------------------
    async def capabilities(self) -> list[Capability]:
        async with self._refresh_lock:
            if time.monotonic() - self._checked_at >= self._caps_ttl_s:
                await self._refresh()
        return list(self._caps)

    async def refresh(self) -> list[Capability]:
        """Re-check the server now (ignoring the TTL)."""
        async with self._refresh_lock:
            await self._refresh()
        return list(self._caps)

    async def _refresh(self) -> None:
        now = time.monotonic()
        self._checked_at = now
        was_up = self.health.up
        try:
            stats = await self.client.system_stats()
            if not was_up or now - self._info_at >= self._info_ttl_s:
                self._validate(await self.client.object_info())
                self._info_at = now
            reason = ""
            if (not was_up or now - self._probed_at >= self._probe_ttl_s) and not self._run_lock.locked():
                reason = await self._probe()
        except (BackendError, ProtocolError) as exc:
            reason = str(exc)
        if reason:
            self._set_down(reason)
            return
        device = (stats.get("devices") or [{}])[0]
        kind = str(device.get("type", "") or "")
        on_cpu = kind == "cpu"
        self.health = Health(
            up=True,
            device=str(device.get("name", "")),
            device_type=kind,
            vram_total=0 if on_cpu else int(device.get("vram_total") or 0),
            vram_free=0 if on_cpu else int(device.get("vram_free") or 0),
        )
        if not was_up:
            log.info("%s is up%s: %d workflow(s) runnable", self.name,
                     " on CPU (no GPU: --cpu)" if on_cpu else "", len(self._runnable))
        gpus = self._gpus = 1 if kind not in ("cpu", "mps", "") else 0
        self._caps = [
            Capability(
                stage=wf.stage,
                backend=self.name,
                models=wf.model_files(),
                loaded=tuple(m for m in wf.model_files() if m in self._loaded),
                slots=1,
                gpus=gpus,
                workflow=wf.name,
            )
            for wf in self._runnable
        ]

    def _set_down(self, reason: str) -> None:
        if self.health.up or not self._caps:
            quiet.warning(f"{self.name}:{reason[:80]}", "%s withdrawn: %s", self.name, reason)
        self.health = Health(up=False, reason=reason)
        self._caps = []
        self._info_at = self._probed_at = -math.inf

    def _validate(self, object_info: dict[str, Any]) -> None:
        self._object_info = object_info
        self._runnable, self.problems, self._choices = [], {}, {}
        for wf in self.workflows:
            resolved = wf.resolve(object_info)
            problems = resolved.validate(object_info)
            if problems:
                self.problems[wf.name] = problems
                quiet.warning(
                    f"{self.name}:{wf.name}:{problems[0]}",
                    "%s cannot run workflow %s: %s",
                    self.name,
                    wf.name,
                    "; ".join(problems),
                )
            else:
                self._runnable.append(resolved)
                self._choices[wf.name] = resolved.model_choices(object_info)

    async def _probe(self) -> str:
        """Run EmptyImage -> PreviewImage through the real queue; '' if it rendered, else why not."""
        queue = await self.client.queue()
        if queue.running or queue.pending:
            return ""  # busy rendering someone else's prompt: that is proof enough; probe next time
        colour = random.randrange(1 << 24)  # a new input each time, so the executor cache cannot answer
        prompt = {
            "1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": colour}},
            "2": {"class_type": "PreviewImage", "inputs": {"images": ["1", 0]}},
        }
        prompt_id = f"multiplex-probe-{uuid.uuid4()}"
        try:
            await self.client.submit(prompt, prompt_id=prompt_id)
        except PromptRejected as exc:
            return f"rejected a test prompt: {exc}"
        entry = await self._wait_history(prompt_id, self._probe_timeout_s)
        with contextlib.suppress(BackendError):
            await self.client.delete_history([prompt_id])
        if entry is None:
            with contextlib.suppress(BackendError):
                await self.client.delete_queued([prompt_id])
            return f"accepted a test prompt but did not finish it in {self._probe_timeout_s:.0f} s"
        failure = _run.history_failure(entry, prompt_id, server=self.name)
        if failure:
            return f"cannot render a test prompt: {failure}"
        self._probed_at = time.monotonic()
        return ""

    async def _wait_history(self, prompt_id: str, timeout_s: float) -> dict[str, Any] | None:
        deadline = time.monotonic() + timeout_s
        delay = 0.02
        while True:
            entry = await self.client.history(prompt_id)
            if entry is not None or time.monotonic() >= deadline:
                return entry
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.5)

    # ---- estimate ----------------------------------------------------------------------------------------
    def estimate(self, request: RenderRequest) -> Estimate:
        try:
            wf = self._select(request)
        except BackendError:
            return Estimate(seconds=DEFAULT_SECONDS.get(request.stage, 60.0), gpus=self._gpus, note="no workflow")
        if wf.name in self._seconds:
            return Estimate(seconds=self._seconds[wf.name], gpus=self._gpus, note=f"{wf.name}, measured")
        seconds = DEFAULT_SECONDS.get(wf.stage, 60.0)
        if STAGE_OUTPUT.get(wf.stage) == "video":
            width, height = fit_size(request.width, request.height, pixels=wf.pixels, multiple=wf.multiple)
            frames = frames_for(request.duration_s, request.fps, step=wf.frame_step)
            seconds *= (width * height / 399_360) * (frames / 129)
        return Estimate(seconds=seconds, gpus=self._gpus, note=f"{wf.name}, typical")

    # ---- run ---------------------------------------------------------------------------------------------
    async def run(self, request: RenderRequest, *, workdir: Path, progress: ProgressFn) -> list[Output]:
        async with self._run_lock:
            return await self._run(request, workdir, progress)

    async def _run(self, request: RenderRequest, workdir: Path, progress: ProgressFn) -> list[Output]:
        t0 = time.monotonic()
        if not self._runnable:
            await self.capabilities()
        wf = self._select(request)
        try:
            return await self._render(wf, request, workdir, progress, t0)
        except BackendUnavailable as exc:
            self._set_down(str(exc))
            raise

    async def _render(
        self, wf: Workflow, request: RenderRequest, workdir: Path, progress: ProgressFn, t0: float
    ) -> list[Output]:
        stats = RunStats()
        stats.workflow = wf.name
        values = _run.slot_values(request, wf, object_info=self._object_info or None)
        for slot in _run.INPUT_FILES:
            if not wf.has_slot(slot):
                continue
            path: Path | None = getattr(request, slot)
            if path is None:
                raise RenderFailed(f"workflow {wf.name} needs {_FILE_NEEDS[slot]} ({slot})")
            ref = await self.client.upload_image(path, name=_run.upload_name(request.job_id, slot, path))
            values[slot] = f"{ref.subfolder}/{ref.filename}" if ref.subfolder else ref.filename
            stats.timings[f"uploaded {slot}"] = time.monotonic() - t0
        try:
            prompt = wf.fill(values)
        except WorkflowError as exc:
            raise RenderFailed(str(exc)) from exc
        prompt_id = stats.prompt_id = str(uuid.uuid4())
        tracker = _run.ProgressTracker(progress, prompt, min_preview_interval_s=self._preview_s)
        async with AsyncExitStack() as stack:
            sock: ComfySocket | None = await stack.enter_async_context(self.client.connect())
            try:
                try:
                    await self.client.submit(prompt, prompt_id=prompt_id)
                except PromptRejected as exc:
                    raise RenderFailed(f"{self.name} rejected workflow {wf.name}: {exc}") from exc
                stats.dispatch_s = time.monotonic() - t0
                log.info("%s: job %s -> prompt %s (%s)", self.name, request.job_id, prompt_id, wf.name)
                executed: dict[str, Any] = {}
                entry = await self._follow(stack, sock, prompt_id, tracker, executed)
                if not entry.get("outputs") and executed:  # a cached prompt whose history kept no outputs
                    entry = {**entry, "outputs": executed}
            except (asyncio.CancelledError, BackendTimeout):
                # also when cancelled while POST /prompt was in flight: we chose the id, so we can still
                # delete or interrupt a prompt whose acceptance we never saw
                await asyncio.shield(self._cancel_remote(prompt_id))
                raise
        stats.render_s = time.monotonic() - t0 - stats.dispatch_s
        failure = _run.history_failure(entry, prompt_id, server=self.name)
        if failure:
            raise RenderFailed(failure)
        outputs = await self._fetch(entry, workdir, stats)
        self._loaded = wf.model_files()
        old = self._seconds.get(wf.name)
        self._seconds[wf.name] = stats.render_s if old is None else 0.7 * old + 0.3 * stats.render_s
        self.last_run = stats
        progress(1.0, "done", None)
        return outputs

    def _select(self, request: RenderRequest) -> Workflow:
        return _run.select_workflow(
            request,
            self._runnable,
            choices=self._choices,
            problems=self.problems,
            server=self.name,
            stages={wf.name: wf.stage for wf in self.workflows},
        )

    async def _follow(
        self,
        stack: AsyncExitStack,
        sock: ComfySocket | None,
        prompt_id: str,
        tracker: _run.ProgressTracker,
        executed: dict[str, Any],
    ) -> dict[str, Any]:
        """Events until the prompt is done -> its history entry; `executed` collects output nodes' outputs."""
        deadline = time.monotonic() + self._render_timeout_s
        while True:
            if time.monotonic() > deadline:
                raise BackendTimeout(f"{self.name}: no result after {self._render_timeout_s:.0f} s")
            if sock is None or sock.closed:
                sock = await self._reconnect(stack)
                entry = await self._state(prompt_id)
                if entry is not None:
                    return entry
            try:
                async with asyncio.timeout(self._poll_s):
                    event = await sock.next()
            except TimeoutError:
                try:  # quiet socket: ask history directly (covers a socket that silently died)
                    entry = await self.client.history(prompt_id)
                except BackendUnavailable:
                    sock = None
                    continue
                if entry is not None:
                    return entry
                continue
            if event is None:
                log.info("%s: websocket lost during prompt %s; reconnecting", self.name, prompt_id)
                sock = None
                continue
            ours = getattr(event, "prompt_id", None) in (prompt_id, None)
            if isinstance(event, Preview) and ours:
                tracker.preview(event.image)
            elif isinstance(event, Progress) and event.prompt_id == prompt_id:
                tracker.step(event.node, event.value, event.max)
            elif isinstance(event, ExecutionStart) and event.prompt_id == prompt_id:
                tracker.started()
            elif isinstance(event, ExecutionCached) and event.prompt_id == prompt_id:
                tracker.cached(event.nodes)
            elif isinstance(event, Executed) and event.prompt_id == prompt_id:
                if event.output:
                    executed[event.node] = dict(event.output)
            elif isinstance(event, Executing) and event.prompt_id == prompt_id:
                if event.node is None:
                    return await self._finished(prompt_id)
                tracker.executing(event.node)
            elif isinstance(event, ExecutionSuccess) and event.prompt_id == prompt_id:
                return await self._finished(prompt_id)
            elif isinstance(event, ExecutionError) and event.prompt_id == prompt_id:
                raise RenderFailed(_run.describe_execution_error(event, server=self.name))
            elif isinstance(event, ExecutionInterrupted) and event.prompt_id == prompt_id:
                raise RenderFailed(f"interrupted on {self.name} in {event.node_type} (node {event.node_id})")

    async def _finished(self, prompt_id: str) -> dict[str, Any]:
        entry = await self._wait_history(prompt_id, self._history_wait_s)
        if entry is None:
            raise BackendUnavailable(f"{self.name} finished prompt {prompt_id} but has no history for it")
        return entry

    async def _reconnect(self, stack: AsyncExitStack) -> ComfySocket:
        """Open a new socket (same client id) within `server_lost_s`, else the server is gone."""
        deadline = time.monotonic() + self._lost_s
        delay, last = 0.1, ""
        while True:
            try:
                return await stack.enter_async_context(self.client.connect())
            except BackendError as exc:
                last = str(exc)
            if time.monotonic() + delay > deadline:
                raise BackendUnavailable(f"{self.name} went away mid-job and did not come back: {last}")
            await asyncio.sleep(delay)
            delay = min(delay * 2, 2.0)

    async def _state(self, prompt_id: str) -> dict[str, Any] | None:
        """After a reconnect: the history entry if finished, None if still queued/running, else raise."""
        entry = await self.client.history(prompt_id)
        if entry is not None:
            return entry
        if (await self.client.queue()).has(prompt_id):
            return None
        entry = await self.client.history(prompt_id)  # it may have finished between the two calls
        if entry is None:
            raise BackendUnavailable(f"{self.name} lost prompt {prompt_id} (ComfyUI restarted mid-job?)")
        return entry

    async def _cancel_remote(self, prompt_id: str) -> None:
        """Delete the prompt if still queued, interrupt it if running (ComfyUI checks which)."""
        try:
            async with asyncio.timeout(CANCEL_TIMEOUT_S):
                await self.client.delete_queued([prompt_id])
                await self.client.interrupt(prompt_id)
            log.info("%s: cancelled prompt %s", self.name, prompt_id)
        except (BackendError, TimeoutError) as exc:
            log.warning("%s: could not cancel prompt %s: %s", self.name, prompt_id, exc)

    async def _fetch(self, entry: dict[str, Any], workdir: Path, stats: RunStats) -> list[Output]:
        t0 = time.monotonic()
        refs = _run.output_refs(entry, max_files=self._max_files)
        if not refs:
            raise RenderFailed(f"{self.name}: the workflow finished but saved no files")
        animated = any((o or {}).get("animated") in ([True], True) for o in (entry.get("outputs") or {}).values())
        outputs: list[Output] = []
        for i, ref in enumerate(refs):
            dest = workdir / _run.safe_name(i, ref.filename)
            try:
                stats.bytes += await self.client.download(ref, dest)
            except FrameTooLarge as exc:
                raise RenderFailed(f"{self.name}: output {ref.filename} too large: {exc}") from exc
            kind, mime = _run.output_type(ref.filename, animated=animated)
            outputs.append(Output(path=dest, kind=kind, mime=mime))
        stats.fetch_s = time.monotonic() - t0
        return outputs

    async def close(self) -> None:
        await self.client.close()
