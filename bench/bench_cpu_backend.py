"""How long the built-in CPU backend takes: still panels, 8-second clips at a few sizes, cancel latency.

    .venv/bin/python bench/bench_cpu_backend.py [--quick]   # quick: one repeat, 640 and 854 clips only

Tracks trends (and feeds the cost model constants in peers/backends/cpu.py); it asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._registry import Measure
from peers.backends.base import RenderRequest
from peers.backends.cpu import CpuBackend

PROMPTS = [
    ("wide shot of a castle at dawn", {"sub": "scene", "shot_size": "wide", "camera_move": "dolly in"}),
    ("she turns, startled, in the neon city street at night", {"sub": "character", "shot_size": "mcu"}),
    ("a forest of pines under fog", {"sub": "style", "angle": "high", "camera_move": "tilt up"}),
    ("the sea at dusk", {"sub": "timing", "angle": "dutch", "camera_move": "static"}),
]
REPEATS = 3


def _noop(*_: object) -> None:
    return None


async def _time(backend: CpuBackend, req: RenderRequest, workdir: Path) -> float:
    t = time.perf_counter()
    await backend.run(req, workdir=workdir, progress=_noop)
    return time.perf_counter() - t


async def main(quick: bool = False) -> list[Measure]:
    """Print each timing and return them as figures."""
    cmd = "python bench/bench_cpu_backend.py" + (" --quick" if quick else "")
    repeats = 1 if quick else REPEATS
    out: list[Measure] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        still_times: list[float] = []
        backend = CpuBackend()
        for i in range(repeats):
            for j, (prompt, panel) in enumerate(PROMPTS):
                req = RenderRequest(job_id=f"s{i}{j}", stage="still", prompt=prompt, seed=i, panel=panel)
                still_times.append(await _time(backend, req, work))
        print(
            f"still 1280x720: median {statistics.median(still_times):.3f}s "
            f"min {min(still_times):.3f}s max {max(still_times):.3f}s (n={len(still_times)})"
        )
        out.append(Measure("still 1280x720 storyboard panel, median", statistics.median(still_times), "s", cmd))
        still = work / "s00-still.png"

        for long_side in (640, 854) if quick else (640, 854, 1280):
            clip_backend = CpuBackend(clip_long_side=long_side)
            times = []
            for i in range(repeats):
                req = RenderRequest(
                    job_id=f"c{long_side}{i}",
                    stage="clip",
                    prompt="",
                    input_image=still,
                    panel={"camera_move": "dolly in"},
                    duration_s=8.0,
                    fps=16,
                )
                times.append(await _time(clip_backend, req, work))
            size = clip_backend._clip_size(req)
            print(f"clip {size[0]}x{size[1]} 8s@16fps: median {statistics.median(times):.3f}s (n={repeats})")
            out.append(Measure(f"clip {size[0]}x{size[1]}, 8 s at 16 fps, median", statistics.median(times), "s", cmd))

        if not quick:
            req = RenderRequest(job_id="c30", stage="clip", prompt="", input_image=still, duration_s=8.0, fps=30)
            seconds = await _time(backend, req, work)
            print(f"clip 854x480 8s@30fps: {seconds:.3f}s")
            out.append(Measure("clip 854x480, 8 s at 30 fps", seconds, "s", cmd))

        seen = asyncio.Event()
        req = RenderRequest(job_id="cancel", stage="clip", prompt="", input_image=still, duration_s=60, fps=30)
        task = asyncio.create_task(
            backend.run(req, workdir=work, progress=lambda f, *_: seen.set() if f > 0.1 else None)
        )
        await seen.wait()
        t = time.perf_counter()
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
        cancel_ms = (time.perf_counter() - t) * 1000
        print(f"cancel latency (clip mid-encode): {cancel_ms:.1f} ms")
        out.append(Measure("cancel mid-encode -> task ended", cancel_ms, "ms", cmd))
        print("estimate after these runs:", backend.estimate(RenderRequest(job_id="e", stage="clip", prompt="")))
    return out


def collect(quick: bool) -> list[Measure]:
    return asyncio.run(main(quick))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one repeat; 640 and 854 clips at 16 fps only")
    asyncio.run(main(parser.parse_args().quick))
