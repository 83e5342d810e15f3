"""How long the built-in CPU backend takes: still panels, 8-second clips at a few sizes, cancel latency.

    .venv/bin/python bench/bench_cpu_backend.py

Tracks trends (and feeds the cost model constants in peers/backends/cpu.py); it asserts nothing.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        still_times: list[float] = []
        backend = CpuBackend()
        for i in range(REPEATS):
            for j, (prompt, panel) in enumerate(PROMPTS):
                req = RenderRequest(job_id=f"s{i}{j}", stage="still", prompt=prompt, seed=i, panel=panel)
                still_times.append(await _time(backend, req, work))
        print(
            f"still 1280x720: median {statistics.median(still_times):.3f}s "
            f"min {min(still_times):.3f}s max {max(still_times):.3f}s (n={len(still_times)})"
        )
        still = work / "s00-still.png"

        for long_side in (640, 854, 1280):
            clip_backend = CpuBackend(clip_long_side=long_side)
            times = []
            for i in range(REPEATS):
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
            print(f"clip {size[0]}x{size[1]} 8s@16fps: median {statistics.median(times):.3f}s (n={REPEATS})")

        req = RenderRequest(job_id="c30", stage="clip", prompt="", input_image=still, duration_s=8.0, fps=30)
        print(f"clip 854x480 8s@30fps: {await _time(backend, req, work):.3f}s")

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
        print(f"cancel latency (clip mid-encode): {(time.perf_counter() - t) * 1000:.1f} ms")
        print("estimate after these runs:", backend.estimate(RenderRequest(job_id="e", stage="clip", prompt="")))


if __name__ == "__main__":
    asyncio.run(main())
