"""The built-in CPU backend end to end: real PNG panels, real MP4 clips, progress, cancellation, errors."""

from __future__ import annotations

import asyncio
import io
import math
import time
from pathlib import Path

import av
import pytest
from PIL import Image

from mesh.model.stages import STAGES
from peers.backends.base import RenderBackend, RenderRequest
from peers.backends.cpu import CpuBackend
from peers.errors import RenderFailed

PANEL = {
    "sub": "scene",
    "title": "The return",
    "scene_no": 3.0,  # numbers come back from the board as floats
    "shot_no": 12,
    "shot_size": "wide",
    "angle": "low",
    "camera_move": "dolly in",
    "lens": "35mm",
    "action": "Mist rolls off the battlements as the first light hits the towers.",
    "dialogue": "We should never have come back.",
    "notes": "Hold two seconds before the push.",
}


class Progress:
    def __init__(self) -> None:
        self.calls: list[tuple[float, str, bytes | None]] = []
        self.passed = asyncio.Event()
        self.threshold = 2.0

    def __call__(self, fraction: float, message: str, preview: bytes | None) -> None:
        self.calls.append((fraction, message, preview))
        if fraction >= self.threshold:
            self.passed.set()

    @property
    def fractions(self) -> list[float]:
        return [c[0] for c in self.calls]


def _read(path: Path) -> bytes:
    return path.read_bytes()


def _ls(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def still(job: str = "j1", **kw: object) -> RenderRequest:
    args: dict[str, object] = {"prompt": "wide shot of a castle at dawn", "seed": 42, "panel": dict(PANEL)}
    args.update(kw)
    return RenderRequest(job_id=job, stage="still", **args)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def still_png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = asyncio.run(CpuBackend().run(still(), workdir=tmp_path_factory.mktemp("still"), progress=lambda *_: None))
    return out[0].path


def test_is_a_render_backend() -> None:
    assert isinstance(CpuBackend(), RenderBackend)


async def test_capabilities() -> None:
    caps = await CpuBackend(slots=3).capabilities()
    assert {c.stage for c in caps} == set(STAGES) - {"flow"}, "every media stage; a flow is LangFlow's"
    for c in caps:
        assert (c.backend, c.models, c.slots, c.gpus) == ("cpu", ("cpu-panel",), 3, 0)


def test_estimate_is_positive_and_scales() -> None:
    b = CpuBackend()
    s = b.estimate(still())
    c8 = b.estimate(RenderRequest(job_id="c", stage="clip", prompt="", duration_s=8, fps=16))
    c16 = b.estimate(RenderRequest(job_id="c", stage="clip", prompt="", duration_s=16, fps=16))
    assert 0 < s.seconds < c8.seconds < c16.seconds
    assert s.gpus == c8.gpus == 0


async def test_still_is_a_png_of_the_requested_size(tmp_path: Path, still_png: Path) -> None:
    with Image.open(still_png) as im:
        assert (im.format, im.size) == ("PNG", (1280, 720))
        im.load()
        colours = im.convert("RGB").resize((64, 36)).getcolors(64 * 36)
        assert colours is not None and len(colours) > 50  # a picture, not a flat placeholder
        assert im.getpixel((2, 2))[:3] == (13, 13, 13)  # the #0d0d0d background
    for w, h in ((640, 360), (480, 640), (512, 512)):
        prog = Progress()
        [out] = await CpuBackend().run(still(width=w, height=h), workdir=tmp_path, progress=prog)
        assert (out.kind, out.mime) == ("image", "image/png")
        with Image.open(out.path) as im:
            assert im.size == (w, h)
        assert prog.fractions == sorted(prog.fractions) and prog.fractions[-1] == 1.0
        assert len(prog.calls) >= 10


async def test_still_is_deterministic(tmp_path: Path, still_png: Path) -> None:
    b = CpuBackend()
    [again] = await b.run(still(), workdir=tmp_path / "a", progress=lambda *_: None)
    assert _read(again.path) == _read(still_png)
    [other] = await b.run(still(seed=43), workdir=tmp_path / "b", progress=lambda *_: None)
    assert _read(other.path) != _read(still_png)


async def test_still_with_reference_plate(tmp_path: Path, still_png: Path) -> None:
    ref = tmp_path / "ref.jpg"
    Image.new("RGB", (300, 200), "#ff5722").save(ref)
    [out] = await CpuBackend().run(still(input_image=ref), workdir=tmp_path, progress=lambda *_: None)
    with Image.open(out.path) as im:
        r, g, b = im.convert("RGB").getpixel((400, 300))  # inside the frame: the coral plate shows
    assert r > 180 and g < 120 and b < 80
    assert _read(out.path) != _read(still_png)


async def test_still_survives_odd_panel_values(tmp_path: Path) -> None:
    panel = {"sub": None, "scene_no": float("nan"), "title": "x" * 5000, "action": "ünïcödé 日本 " * 40}
    [out] = await CpuBackend().run(still(panel=panel, prompt=""), workdir=tmp_path, progress=lambda *_: None)
    with Image.open(out.path) as im:
        assert im.size == (1280, 720)


async def test_clip_is_eight_seconds_and_decodes(tmp_path: Path, still_png: Path) -> None:
    prog = Progress()
    req = RenderRequest(job_id="c1", stage="clip", prompt="", input_image=still_png, panel=dict(PANEL))
    [out] = await CpuBackend().run(req, workdir=tmp_path, progress=prog)
    assert (out.kind, out.mime, out.path.suffix) == ("video", "video/mp4", ".mp4")
    with av.open(str(out.path)) as container:
        stream = container.streams.video[0]
        assert container.duration is not None
        assert math.isclose(container.duration / av.time_base, 8.0, abs_tol=1 / 16)
        assert (stream.codec_context.width, stream.codec_context.height) == (854, 480)
        frames = [f.to_image() for f in container.decode(video=0)]
    assert len(frames) == 128
    # the camera moves: first and last frames differ (dolly in)
    assert frames[0].tobytes() != frames[-1].tobytes()
    assert prog.fractions == sorted(prog.fractions) and prog.fractions[-1] == 1.0
    assert len(prog.calls) >= 10
    assert any(p is not None and p[:2] == b"\xff\xd8" for _, _, p in prog.calls)  # JPEG previews
    assert _ls(tmp_path) == [out.path.name]


async def test_short_clip_at_thirty_fps(tmp_path: Path, still_png: Path) -> None:
    req = RenderRequest(
        job_id="c2",
        stage="clip",
        prompt="",
        input_image=still_png,
        duration_s=1.5,
        fps=30,
        panel={"camera_move": "pan left"},
    )
    [out] = await CpuBackend().run(req, workdir=tmp_path, progress=lambda *_: None)
    with av.open(str(out.path)) as container:
        assert math.isclose(container.duration / av.time_base, 1.5, abs_tol=1 / 30)
        assert sum(1 for _ in container.decode(video=0)) == 45


async def test_cancellation_stops_the_thread_and_removes_the_partial_file(tmp_path: Path, still_png: Path) -> None:
    prog = Progress()
    prog.threshold = 0.1
    req = RenderRequest(job_id="long", stage="clip", prompt="", input_image=still_png, duration_s=60, fps=30)
    backend = CpuBackend()
    task = asyncio.create_task(backend.run(req, workdir=tmp_path, progress=prog))
    async with asyncio.timeout(30):
        await prog.passed.wait()
    assert any(name.endswith(".part") for name in _ls(tmp_path))  # it really was writing
    seen = len(prog.calls)
    started = time.perf_counter()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert time.perf_counter() - started < 1.0
    assert _ls(tmp_path) == []
    await asyncio.sleep(0)  # let any callback already queued by the thread run
    assert prog.fractions[-1] < 1.0 and len(prog.calls) <= seen + 1


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"input_image": None}, "no input_image"),
        ({"duration_s": 0}, "duration"),
        ({"duration_s": -3}, "duration"),
        ({"duration_s": float("nan")}, "duration"),
        ({"duration_s": float("inf")}, "duration"),
        ({"duration_s": 3600}, "duration"),
        ({"fps": 0}, "fps"),
        ({"fps": 120}, "fps"),
        ({"fps": 12.5}, "fps"),
    ],
)
async def test_bad_clip_requests_fail_clearly(
    tmp_path: Path, still_png: Path, changes: dict[str, object], reason: str
) -> None:
    args: dict[str, object] = {"input_image": still_png}
    args.update(changes)
    req = RenderRequest(job_id="bad", stage="clip", prompt="", **args)  # type: ignore[arg-type]
    with pytest.raises(RenderFailed, match=reason):
        await CpuBackend().run(req, workdir=tmp_path, progress=lambda *_: None)


async def test_missing_or_corrupt_input_image(tmp_path: Path) -> None:
    backend = CpuBackend()
    missing = RenderRequest(job_id="m", stage="clip", prompt="", input_image=tmp_path / "nope.png")
    with pytest.raises(RenderFailed, match="does not exist"):
        await backend.run(missing, workdir=tmp_path / "w", progress=lambda *_: None)
    corrupt = tmp_path / "corrupt.png"
    buf = io.BytesIO()
    Image.new("RGB", (64, 64), "red").save(buf, "PNG")
    corrupt.write_bytes(buf.getvalue()[:60])  # a truncated PNG
    for stage in ("clip", "still"):
        req = RenderRequest(job_id="c", stage=stage, prompt="", input_image=corrupt)
        with pytest.raises(RenderFailed, match="cannot be decoded"):
            await backend.run(req, workdir=tmp_path / "w", progress=lambda *_: None)
    assert _ls(tmp_path / "w") == []


async def test_unknown_stage_and_bad_still_size(tmp_path: Path) -> None:
    backend = CpuBackend()
    with pytest.raises(RenderFailed, match="narrate"):
        await backend.run(
            RenderRequest(job_id="n", stage="narrate", prompt=""), workdir=tmp_path, progress=lambda *_: None
        )
    with pytest.raises(RenderFailed, match="width"):
        await backend.run(still(width=0), workdir=tmp_path, progress=lambda *_: None)
