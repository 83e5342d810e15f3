"""How long the animatic takes to build on this machine's CPU: 10 shots of 8 s CPU-backend-sized clips
(854x480, 16 fps, a slow pan over a detailed picture), assembled at 1280x720/24 fps with the shot
number burned in. Run: python bench/bench_animatic.py [shots] [seconds-per-shot]"""

from __future__ import annotations

import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import av
import numpy as np
from PIL import Image, ImageFilter

from bench._registry import Measure
from flows.deliverables import build, snapshot
from mesh.model.board import Board


def make_clip(path: Path, seed: int, seconds: float, fps: int = 16, size: tuple[int, int] = (854, 480)) -> None:
    rng = np.random.default_rng(seed)
    src = Image.fromarray(rng.integers(0, 255, (size[1] * 2, size[0] * 2, 3), dtype=np.uint8))
    src = src.filter(ImageFilter.GaussianBlur(3))
    frames = round(seconds * fps)
    with av.open(str(path), "w", format="mp4") as c:
        s = c.add_stream("libx264", rate=fps)
        s.width, s.height, s.pix_fmt = size[0], size[1], "yuv420p"
        s.time_base = Fraction(1, fps)
        s.options = {"preset": "veryfast", "crf": "23"}
        for i in range(frames):
            x = round(i / max(frames - 1, 1) * size[0] * 0.5)
            f = av.VideoFrame.from_image(src.crop((x, 0, x + size[0] * 1.5, size[1] * 1.5)).resize(size))
            f.pts = i
            for p in s.encode(f):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)


def measure(shots: int, seconds: float) -> dict[str, float]:
    """Build the animatic of `shots` clips of `seconds` each; its duration, build time and size."""
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        board = Board()
        board.init_meta("bench", origin="user:bench")
        files: dict[str, Path] = {}
        for i in range(shots):
            intent = board.add_intent(f"Shot {i + 1}", origin="user:bench")
            if i == shots // 2:
                continue  # one shot without a clip: a title card
            path = d / f"c{i}.mp4"
            make_clip(path, i, seconds)
            sha = f"{i:064x}"
            files[sha] = path
            board.add_gen_art(intent.id, "video", origin="peer:bench", asset=sha, stage="clip", mime="video/mp4",
                              duration_s=seconds)
        snap = snapshot(board, files.get)
        started = time.perf_counter()
        summary = build("animatic", snap, d / "animatic.mp4", options={"burn_in": True})
        elapsed = time.perf_counter() - started
        size = (d / "animatic.mp4").stat().st_size
    return {"duration_s": summary["duration_s"], "elapsed_s": elapsed, "size_mb": size / 1e6}


def collect(quick: bool) -> list[Measure]:
    shots, seconds = (2, 1.0) if quick else (10, 8.0)
    r = measure(shots, seconds)
    cmd = f"python bench/bench_animatic.py {shots} {seconds:g}"
    return [Measure(f"animatic of {shots} shots x {seconds:g} s, 1280x720/24 fps, burn-in: build", r["elapsed_s"],
                    "s", cmd),
            Measure("animatic speed", r["duration_s"] / r["elapsed_s"], "x real time", cmd)]


def main() -> None:
    shots = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 8.0
    r = measure(shots, seconds)
    frames = round(r["duration_s"] * 24)
    print(f"animatic: {shots} shots, {r['duration_s']:g} s, 1280x720/24 fps, {frames} frames: "
          f"{r['elapsed_s']:.1f} s ({frames / r['elapsed_s']:.0f} frames/s, "
          f"{r['duration_s'] / r['elapsed_s']:.2f}x real time), {r['size_mb']:.1f} MB")


if __name__ == "__main__":
    main()
