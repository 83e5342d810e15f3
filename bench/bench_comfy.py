"""ComfyUI backend hot paths against the fake server on loopback (trend numbers, not assertions).

1. Dispatch overhead per job: `ComfyBackend.run()` entered -> `POST /prompt` accepted (select workflow,
   fill slots, open `/ws` with our client id + feature flags, submit), p50/p99 over N jobs; also the full
   round trip of a zero-step job (events, /history, /view download of a small PNG).
2. Fetching an 8-s 720p clip (1280x720, 129 frames at 16 fps, h264 ~4 Mbit/s, a real MP4 made by PyAV)
   from `/view` into a workdir, streamed in 1 MiB chunks, then sha256 of the file.

Run: .venv/bin/python -m bench.bench_comfy [--jobs 200]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._registry import Measure
from flows.workflows import load_templates
from peers.backends.base import RenderRequest
from peers.backends.comfy import ComfyBackend, ComfySettings
from peers.backends.comfy.client import FileRef
from tests.fakes.comfy_server import FakeComfy


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


async def bench_dispatch(fake: FakeComfy, backend: ComfyBackend, root: Path, jobs: int) -> dict[str, float]:
    fake.steps, fake.previews, fake.max_side = 0, False, 16
    dispatch, total = [], []
    for i in range(jobs):
        work = root / f"d{i}"
        work.mkdir()
        t0 = time.perf_counter()
        await backend.run(
            RenderRequest(job_id=f"d{i}", stage="still", prompt="x", seed=i), workdir=work, progress=lambda *_: None
        )
        total.append(time.perf_counter() - t0)
        assert backend.last_run is not None
        dispatch.append(backend.last_run.dispatch_s)
    ms = [d * 1000 for d in dispatch]
    tot = [t * 1000 for t in total]
    print(
        f"dispatch (run() -> prompt accepted), {jobs} jobs: p50 {statistics.median(ms):.2f} ms, "
        f"p99 {pct(ms, 0.99):.2f} ms, max {max(ms):.2f} ms"
    )
    print(f"full zero-step job round trip: p50 {statistics.median(tot):.2f} ms, p99 {pct(tot, 0.99):.2f} ms")
    return {"dispatch_p50_ms": statistics.median(ms), "dispatch_p99_ms": pct(ms, 0.99),
            "round_trip_p50_ms": statistics.median(tot)}


async def bench_clip(fake: FakeComfy, backend: ComfyBackend, root: Path, repeats: int) -> dict[str, float]:
    fake.steps, fake.previews, fake.max_side, fake.max_frames = 1, False, None, None
    start = root / "start.png"
    from PIL import Image

    Image.new("RGB", (1280, 720), (30, 60, 90)).save(start)
    work = root / "clip"
    work.mkdir()
    t0 = time.perf_counter()
    request = RenderRequest(
        job_id="clip", stage="clip", prompt="x", input_image=start, width=1280, height=720, duration_s=8.0, fps=16
    )
    [out] = await backend.run(request, workdir=work, progress=lambda *_: None)
    made = time.perf_counter() - t0
    assert backend.last_run is not None
    size = out.path.stat().st_size
    print(f"clip job (fake encodes 1280x720x129 h264 in {made:.1f} s incl. the run): {size / 1e6:.2f} MB")
    entry = next(e for e in fake.history.values() if "56" in e["outputs"])
    ref = FileRef(**entry["outputs"]["56"]["images"][0])
    fetch, hashing = [], []
    for i in range(repeats):
        dest = root / f"fetch{i}.mp4"
        t1 = time.perf_counter()
        await backend.client.download(ref, dest)
        t2 = time.perf_counter()
        digest = await asyncio.to_thread(sha256_file, dest)
        hashing.append(time.perf_counter() - t2)
        fetch.append(t2 - t1)
        assert digest == sha256_file(out.path)
        dest.unlink()
    f50 = statistics.median(fetch)
    print(
        f"fetch 8-s 720p clip /view -> workdir: p50 {f50 * 1000:.1f} ms ({size / f50 / 1e6:.0f} MB/s), "
        f"+ sha256 p50 {statistics.median(hashing) * 1000:.1f} ms; over {repeats} fetches"
    )
    return {"fetch_p50_ms": f50 * 1000, "sha256_p50_ms": statistics.median(hashing) * 1000, "clip_mb": size / 1e6}


async def measure(jobs: int, fetches: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        async with FakeComfy(root / "comfy") as fake:
            backend = ComfyBackend(fake.url, workflows=load_templates(),
                                   settings=ComfySettings(min_preview_interval_s=0))
            try:
                await backend.capabilities()
                found = await bench_dispatch(fake, backend, root, jobs)
                found.update(await bench_clip(fake, backend, root, fetches))
            finally:
                await backend.close()
    return found


def collect(quick: bool) -> list[Measure]:
    jobs, fetches = (40, 3) if quick else (200, 10)
    r = asyncio.run(measure(jobs, fetches))
    cmd = f"python bench/bench_comfy.py --jobs {jobs} --fetches {fetches}"
    return [Measure(f"dispatch p50 (run() -> prompt accepted, {jobs} jobs)", r["dispatch_p50_ms"], "ms", cmd),
            Measure("dispatch p99", r["dispatch_p99_ms"], "ms", cmd),
            Measure("zero-step job round trip p50", r["round_trip_p50_ms"], "ms", cmd),
            Measure(f"fetch an 8-s 720p clip ({r['clip_mb']:.2f} MB) from /view, p50", r["fetch_p50_ms"], "ms", cmd),
            Measure("sha256 of that clip, p50", r["sha256_p50_ms"], "ms", cmd)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=200)
    parser.add_argument("--fetches", type=int, default=10)
    args = parser.parse_args()
    asyncio.run(measure(args.jobs, args.fetches))


if __name__ == "__main__":
    main()
