"""The built-in CPU backend: every peer can render, GPU or not.

It runs every media stage kind simply, so every pipeline runs end to end without a GPU (a `flow` stage,
text through a LangFlow flow, is the LangFlow backend's):

- `still` draws a storyboard panel (see `_panel.py`: a procedural shot illustration or the reference comp
  as the plate, framing guides, the shot's slate);
- `sheet` draws a character sheet: the figure front, three-quarter and side (`_panel.render_sheet`);
- `clip` animates a still with the panel's camera move (Ken Burns: push, pull, pan, tilt);
- `restyle` re-colours every frame of the input video toward the style image's palette (a tinted
  restyle: each frame's luminance mapped onto the style's dark-mid-light colours, blended with the frame);
- `transition` cross-fades from the first frame to the last (smoothstep), both fitted to the clip size.

Videos are encoded with PyAV (H.264 in MP4, or VP9 in WebM when libx264 is missing). It makes a board
usable on a laptop, in tests and as the fallback when GPU peers are busy.

Drawing and encoding block, so they run in a worker thread. The thread reports progress through
`loop.call_soon_threadsafe` and checks a `threading.Event` before every phase and frame: when the task
awaiting `run()` is cancelled, the event is set, the thread stops within a frame, removes its partial
file, and only then is `CancelledError` re-raised.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import io
import json
import math
import os
import random
import re
import threading
import time
import warnings
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageOps

from mesh._log import get_logger
from mesh.const import DEFAULT_CLIP_S, MAX_CLIP_S
from mesh.model.stages import STAGE_OUTPUT, STAGES
from peers.backends._camera import parse_camera_move
from peers.backends._panel import PanelSpec, render_panel, render_sheet
from peers.backends._scene import read_look
from peers.backends.base import Capability, Estimate, Output, ProgressFn, RenderRequest
from peers.errors import InputError, RenderFailed

__all__ = ["CpuBackend"]

_log = get_logger("peers.backends.cpu")

MODEL = "cpu-panel"
# Every media stage; a text stage (a LangFlow flow) needs a text engine, which is the LangFlow backend's.
CPU_STAGES = tuple(stage for stage in STAGES if STAGE_OUTPUT[stage] != "text")
CLIP_LONG_SIDE = 854  # 854x480 for 16:9: ~2.5 s for 8 s at 16 fps on 2 cores (bench/bench_cpu_backend.py)
MAX_FPS = 30
MAX_STILL_SIDE = 4096
MAX_INPUT_PIXELS = 64_000_000
CANCEL_WAIT_S = 2.0  # how long a cancelled run waits for its thread to stop and clean up
PREVIEW_WIDTH = 320

# Measured on the 2-core dev machine (bench/bench_cpu_backend.py); runs then correct them (see _Calibration).
STILL_BASE_S = 0.15
STILL_S_PER_MPX = 0.45
CLIP_BASE_S = 0.15
CLIP_S_PER_MPX_FRAME = 0.045
RESTYLE_STRENGTH = 0.65  # how far a restyled frame moves toward the style's palette
MAX_RESTYLE_FRAMES = int(MAX_CLIP_S * MAX_FPS)


class _Stopped(Exception):
    """Raised inside the worker thread when the run was cancelled."""


class _Reporter:
    """Progress from the worker thread to the loop: monotonic, thread-safe, silent after a stop."""

    def __init__(self, loop: asyncio.AbstractEventLoop, progress: ProgressFn, stop: threading.Event) -> None:
        self._loop, self._progress, self._stop = loop, progress, stop
        self._last = 0.0

    def __call__(self, fraction: float, message: str, preview: bytes | None = None) -> None:
        """Called from the worker thread; raises _Stopped once the run is cancelled."""
        if self._stop.is_set():
            raise _Stopped
        self._last = max(self._last, min(max(fraction, 0.0), 1.0))
        try:
            self._loop.call_soon_threadsafe(self._deliver, self._last, message, preview)
        except RuntimeError as exc:  # the loop is closed: nobody is waiting for this render any more
            self._stop.set()
            raise _Stopped from exc

    def check(self) -> None:
        """Called from the worker thread between units of work (every frame)."""
        if self._stop.is_set():
            raise _Stopped

    def _deliver(self, fraction: float, message: str, preview: bytes | None) -> None:
        if self._stop.is_set():
            return
        try:
            self._progress(fraction, message, preview)
        except Exception:
            _log.exception("progress callback failed")  # a broken observer must not fail the render


class _Calibration:
    """Scales the built-in cost model by what runs on this machine actually took (EMA of the ratio)."""

    def __init__(self) -> None:
        self.ratio: dict[str, float] = {}

    def update(self, stage: str, predicted_s: float, actual_s: float) -> None:
        r = min(max(actual_s / max(predicted_s, 1e-3), 0.25), 8.0)
        old = self.ratio.get(stage)
        self.ratio[stage] = r if old is None else old * 0.7 + r * 0.3


class CpuBackend:
    """Renders every stage on the CPU: panel and sheet PNGs; clip, restyle and transition MP4s."""

    name = "cpu"

    def __init__(
        self,
        *,
        slots: int = 1,
        clip_long_side: int = CLIP_LONG_SIDE,
        max_fps: int = MAX_FPS,
        max_duration_s: float = MAX_CLIP_S,
        max_still_side: int = MAX_STILL_SIDE,
        max_input_pixels: int = MAX_INPUT_PIXELS,
        x264_preset: str = "veryfast",
        crf: int = 23,
        cancel_wait_s: float = CANCEL_WAIT_S,
    ) -> None:
        if slots < 1:
            raise ValueError("slots must be >= 1")
        self.slots = slots
        self.clip_long_side = clip_long_side - clip_long_side % 2
        self.max_fps = max_fps
        self.max_duration_s = max_duration_s
        self.max_still_side = max_still_side
        self.max_input_pixels = max_input_pixels
        self.x264_preset = x264_preset
        self.crf = crf
        self.cancel_wait_s = cancel_wait_s
        self._calibration = _Calibration()

    async def capabilities(self) -> list[Capability]:
        return [
            Capability(stage, self.name, models=(MODEL,), loaded=(MODEL,), slots=self.slots, gpus=0)
            for stage in CPU_STAGES
        ]

    def estimate(self, request: RenderRequest) -> Estimate:
        predicted = self._predict(request)
        ratio = self._calibration.ratio.get(request.stage)
        if ratio is None:
            return Estimate(seconds=round(predicted, 2), gpus=0, note="cpu, built-in cost model")
        return Estimate(seconds=round(predicted * ratio, 2), gpus=0, note="cpu, calibrated by recent runs")

    async def close(self) -> None:
        return None

    async def run(self, request: RenderRequest, *, workdir: Path, progress: ProgressFn) -> list[Output]:
        """Render one job; RenderFailed names what was wrong with the request or the encoder."""
        if request.stage not in CPU_STAGES:
            raise RenderFailed(f"the cpu backend runs the stages {', '.join(CPU_STAGES)}, not {request.stage!r}")
        self._validate(request)
        workdir = Path(workdir)
        await asyncio.to_thread(workdir.mkdir, parents=True, exist_ok=True)
        safe_job = re.sub(r"[^A-Za-z0-9_-]", "_", request.job_id)[:48] or "job"
        stop = threading.Event()
        report = _Reporter(asyncio.get_running_loop(), progress, stop)
        started = time.perf_counter()
        work: Callable[[], Any]
        if STAGE_OUTPUT[request.stage] == "image":
            out = workdir / f"{safe_job}-{request.stage}.png"
            outputs = [Output(out, "image", "image/png")]
            work = lambda: self._render_still(request, out, report)  # noqa: E731
        else:
            webm = "libx264" not in _codecs()
            out = workdir / f"{safe_job}-{request.stage}.{'webm' if webm else 'mp4'}"
            outputs = [Output(out, "video", "video/webm" if webm else "video/mp4")]
            render = {"clip": self._render_clip, "restyle": self._render_restyle,
                      "transition": self._render_transition}[request.stage]
            work = lambda: render(request, out, report, webm=webm)  # noqa: E731
        report(0.0, f"{request.stage}: starting")
        await self._in_thread(work, stop, out)
        elapsed = time.perf_counter() - started
        self._calibration.update(request.stage, self._predict(request), elapsed)
        report._deliver(1.0, f"{request.stage}: done in {elapsed:.1f}s", None)
        _log.debug("job %s %s rendered in %.2fs", request.job_id, request.stage, elapsed)
        return outputs

    # --- machinery ---------------------------------------------------------------------------------

    async def _in_thread(self, work: Callable[[], Any], stop: threading.Event, out: Path) -> None:
        task = asyncio.ensure_future(asyncio.to_thread(work))
        task.add_done_callback(lambda t: t.cancelled() or t.exception())  # never "never retrieved"
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            stop.set()
            # The thread owns the partial file (Windows cannot delete a file that is still open):
            # wait for it to stop and clean up, then drop any finished output, then re-raise.
            await asyncio.wait({task}, timeout=self.cancel_wait_s)
            if task.done():
                with contextlib.suppress(OSError):
                    await asyncio.to_thread(out.unlink, missing_ok=True)
            else:
                _log.warning("cpu render thread did not stop within %.1fs", self.cancel_wait_s)
            raise

    def _validate(self, request: RenderRequest) -> None:
        if STAGE_OUTPUT.get(request.stage) == "image":
            for side, value in (("width", request.width), ("height", request.height)):
                if not isinstance(value, int | float) or not 16 <= value <= self.max_still_side:
                    raise InputError(f"still {side} {value!r} is outside 16..{self.max_still_side} px")
            return
        d, fps = request.duration_s, request.fps
        if not isinstance(d, int | float) or not math.isfinite(d) or not 0 < d <= self.max_duration_s:
            raise InputError(f"clip duration {d!r} s is not in (0, {self.max_duration_s}] s")
        if not isinstance(fps, int | float) or fps != int(fps) or not 1 <= fps <= self.max_fps:
            raise InputError(f"clip fps {fps!r} is not a whole number in 1..{self.max_fps}")
        if round(d * fps) < 1:
            raise InputError(f"clip of {d} s at {fps} fps has no frames")
        needs = {"clip": (("input_image", "a clip animates a still"),),
                 "restyle": (("input_video", "a restyle re-colours a video"),
                             ("style_image", "a restyle takes its colours from a style image")),
                 "transition": (("input_image", "a transition starts from a first frame"),
                                ("end_image", "a transition ends on a last frame"))}[request.stage]
        for role, why in needs:
            if getattr(request, role) is None:
                raise InputError(f"{why}: the request has no {role}")
        if request.width <= 0 or request.height <= 0:
            raise InputError(f"clip size {request.width}x{request.height} is not positive")

    def _predict(self, request: RenderRequest) -> float:
        if STAGE_OUTPUT.get(request.stage) == "video":
            w, h = self._clip_size(request)
            frames = max(round(_num(request.duration_s, DEFAULT_CLIP_S) * _num(request.fps, 16)), 1)
            return CLIP_BASE_S + CLIP_S_PER_MPX_FRAME * frames * w * h / 1e6
        return STILL_BASE_S + STILL_S_PER_MPX * _num(request.width, 1280) * _num(request.height, 720) / 1e6

    def _clip_size(self, request: RenderRequest) -> tuple[int, int]:
        aspect = _num(request.width, 16) / max(_num(request.height, 9), 1)
        aspect = min(max(aspect, 0.25), 4.0)
        long_side = self.clip_long_side
        if aspect >= 1:
            w, h = long_side, long_side / aspect
        else:
            w, h = long_side * aspect, long_side
        return max(2 * round(w / 2), 16), max(2 * round(h / 2), 16)

    def _load_image(self, path: Path, role: str) -> Image.Image:
        if not path.is_file():
            raise RenderFailed(f"{role} {path.name} does not exist on this peer")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                with Image.open(path) as im:
                    if im.width * im.height > self.max_input_pixels:
                        size = f"{im.width}x{im.height}"
                        raise InputError(f"{role} {path.name} is {size}, over {self.max_input_pixels} pixels")
                    im.load()
                    return im.convert("RGB")
        except RenderFailed:
            raise
        except (
            OSError,
            ValueError,
            SyntaxError,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        ) as exc:
            raise InputError(f"{role} {path.name} cannot be decoded as an image: {exc}") from exc

    def _seed(self, request: RenderRequest) -> int:
        """One integer from everything that shapes the picture, so same request + seed -> same bytes."""
        key = json.dumps([request.prompt, request.seed, request.panel], sort_keys=True, default=str)
        return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")

    # --- stages (worker thread) --------------------------------------------------------------------

    def _render_still(self, request: RenderRequest, out: Path, report: _Reporter) -> None:
        reference = None
        if request.input_image is not None:
            reference = self._load_image(Path(request.input_image), "reference image")
        rng_seed = self._seed(request)
        rng = random.Random(rng_seed)
        panel = dict(request.panel)
        look = read_look(request.prompt, panel, rng)
        move = parse_camera_move(str(panel.get("camera_move") or ""), rng)
        spec = PanelSpec(
            prompt=" ".join(request.prompt.split())[:2000],
            seed=request.seed,
            rng_seed=rng_seed,
            width=int(request.width),
            height=int(request.height),
            panel=panel,
            duration_s=_num(request.duration_s, DEFAULT_CLIP_S),
            look=look,
            move=move,
            reference=reference,
        )
        phases = iter(range(1, 20))
        draw = render_sheet if request.stage == "sheet" else render_panel
        stage = request.stage
        img = draw(spec, lambda msg: report(min(0.08 * next(phases), 0.85), f"{stage}: {msg}"))
        buf = io.BytesIO()
        img.save(buf, "PNG", compress_level=6)
        report(0.92, f"{stage}: encoded png")
        _write_atomic(out, buf.getvalue())
        report(0.97, f"{stage}: written")

    def _render_clip(self, request: RenderRequest, out: Path, report: _Reporter, *, webm: bool) -> None:
        assert request.input_image is not None
        src = self._load_image(Path(request.input_image), "input image")
        w, h = self._clip_size(request)
        fps = int(request.fps)
        frames = max(round(float(request.duration_s) * fps), 1)
        move = parse_camera_move(str(request.panel.get("camera_move") or ""), random.Random(self._seed(request)))
        bw = min(src.width, src.height * w / h)
        factor = w * 1.6 / bw  # keep ~1.6x the output's pixels under the crop: sharp at full push-in
        if factor < 1:
            src = src.resize(
                (max(round(src.width * factor), 1), max(round(src.height * factor), 1)),
                Image.Resampling.LANCZOS,
            )
        report(0.03, "clip: source ready")

        def frame(i: int) -> Image.Image:
            t = i / (frames - 1) if frames > 1 else 0.0
            return src.resize((w, h), Image.Resampling.BILINEAR, box=move.crop(t, src.size, w / h))

        self._encode(out, (frame(i) for i in range(frames)), w, h, fps, frames, report, "clip", webm=webm)

    def _render_transition(self, request: RenderRequest, out: Path, report: _Reporter, *, webm: bool) -> None:
        """A cross-fade from the first frame to the last, eased (smoothstep), both fitted to the clip size."""
        assert request.input_image is not None and request.end_image is not None
        w, h = self._clip_size(request)
        first = ImageOps.fit(self._load_image(Path(request.input_image), "first frame"), (w, h),
                             Image.Resampling.LANCZOS)
        last = ImageOps.fit(self._load_image(Path(request.end_image), "last frame"), (w, h),
                            Image.Resampling.LANCZOS)
        fps = int(request.fps)
        frames = max(round(float(request.duration_s) * fps), 1)
        report(0.03, "transition: frames ready")

        def frame(i: int) -> Image.Image:
            t = i / (frames - 1) if frames > 1 else 1.0
            return Image.blend(first, last, t * t * (3 - 2 * t))

        self._encode(out, (frame(i) for i in range(frames)), w, h, fps, frames, report, "transition", webm=webm)

    def _render_restyle(self, request: RenderRequest, out: Path, report: _Reporter, *, webm: bool) -> None:
        """Every frame of the input video, its luminance mapped onto the style image's dark, mid and light
        colours and blended with the frame: the clip keeps its motion and takes the style's palette."""
        import av

        assert request.input_video is not None and request.style_image is not None
        style = self._load_image(Path(request.style_image), "style image")
        dark, mid, light = _palette(style)
        path = Path(request.input_video)
        if not path.is_file():
            raise RenderFailed(f"input video {path.name} does not exist on this peer")
        try:
            container = av.open(str(path))
        except av.FFmpegError as exc:
            raise InputError(f"input video {path.name} cannot be decoded: {exc}") from exc
        with container:
            if not container.streams.video:
                raise InputError(f"input video {path.name} has no video stream")
            stream = container.streams.video[0]
            rate = stream.average_rate or stream.guessed_rate or request.fps
            fps = max(1, min(round(float(rate)), self.max_fps))
            total = stream.frames or max(round(float(container.duration or 0) / 1e6 * fps), 1)
            w, h = stream.codec_context.width - stream.codec_context.width % 2, \
                stream.codec_context.height - stream.codec_context.height % 2
            if w < 16 or h < 16 or w * h > self.max_input_pixels:
                raise InputError(f"input video {path.name} is {w}x{h}, outside what a restyle takes")
            report(0.03, "restyle: palette read")

            def frames() -> Any:
                try:
                    for i, decoded in enumerate(container.decode(stream)):
                        if i >= MAX_RESTYLE_FRAMES:
                            return
                        img = decoded.to_image().convert("RGB")
                        if img.size != (w, h):
                            img = img.crop((0, 0, w, h))
                        tinted = ImageOps.colorize(ImageOps.grayscale(img), black=dark, white=light, mid=mid)
                        yield Image.blend(img, tinted, RESTYLE_STRENGTH)
                except av.FFmpegError as exc:
                    raise InputError(f"input video {path.name} cannot be decoded: {exc}") from exc

            self._encode(out, frames(), w, h, fps, total, report, "restyle", webm=webm)

    def _encode(self, out: Path, images: Any, w: int, h: int, fps: int, frames: int, report: _Reporter,
                stage: str, *, webm: bool) -> None:
        """Encode frames into `out` (through a .part file), reporting progress and previews."""
        import av

        part = out.with_name(out.name + ".part")
        every = max(frames // 24, 1)
        previews = {frames // 4, frames // 2, (3 * frames) // 4}
        written = 0
        try:
            options = {} if webm else {"movflags": "+faststart"}
            with av.open(str(part), "w", format="webm" if webm else "mp4", options=options) as container:
                stream = container.add_stream("libvpx-vp9" if webm else "libx264", rate=fps)
                stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
                stream.time_base = Fraction(1, fps)
                if webm:
                    stream.options = {"crf": "34", "b": "0", "deadline": "realtime", "cpu-used": "8"}
                else:
                    stream.options = {"preset": self.x264_preset, "crf": str(self.crf)}
                for i, img in enumerate(images):
                    report.check()
                    frame = av.VideoFrame.from_image(img)
                    frame.pts = i
                    for packet in stream.encode(frame):
                        container.mux(packet)
                    written += 1
                    if (i + 1) % every == 0 or i in previews:
                        report(
                            0.05 + 0.9 * min((i + 1) / frames, 1.0),
                            f"{stage}: frame {i + 1}/{frames}",
                            _preview(img) if i in previews else None,
                        )
                for packet in stream.encode(None):
                    container.mux(packet)
            if not written:
                raise InputError(f"the {stage} has no frames to encode")
            os.replace(part, out)
        except _Stopped:
            raise
        except av.FFmpegError as exc:
            raise RenderFailed(f"video encoder failed: {exc}") from exc
        finally:
            part.unlink(missing_ok=True)
        report(0.97, f"{stage}: encoded")


def _palette(img: Image.Image) -> tuple[tuple[int, int, int], tuple[int, int, int], tuple[int, int, int]]:
    """The style's darkest, middle and lightest colours (of a 16x16 reduction, by brightness)."""
    small = np.asarray(img.convert("RGB").resize((16, 16), Image.Resampling.BOX)).reshape(-1, 3)
    ordered = small[np.argsort(small.sum(axis=1))]
    n = len(ordered)

    def band(lo: float, hi: float) -> tuple[int, int, int]:
        chunk = ordered[int(n * lo): max(int(n * hi), int(n * lo) + 1)]
        r, g, b = (int(v) for v in chunk.mean(axis=0))
        return r, g, b

    return band(0.0, 0.15), band(0.4, 0.6), band(0.85, 1.0)


def _num(value: object, default: float) -> float:
    return float(value) if isinstance(value, int | float) and math.isfinite(value) else default


def _codecs() -> set[str]:
    import av

    return set(av.codecs_available)


def _preview(img: Image.Image) -> bytes:
    small = img.resize(
        (PREVIEW_WIDTH, max(round(img.height * PREVIEW_WIDTH / img.width), 1)), Image.Resampling.BILINEAR
    )
    buf = io.BytesIO()
    small.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def _write_atomic(path: Path, data: bytes) -> None:
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(data)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
