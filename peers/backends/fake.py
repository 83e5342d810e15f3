"""A deterministic backend for tests, benchmarks and demos (like httpx's MockTransport).

It renders a tiny real PNG (or a few bytes of "video") after a configurable time, reports progress,
honours cancellation, and can be told to fail — the whole runner path runs unchanged around it.
"""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

from PIL import Image

from mesh.errors import RenderFailed

from .base import Capability, Estimate, Output, ProgressFn, RenderRequest

__all__ = ["FakeBackend"]


class FakeBackend:
    def __init__(self, name: str = "fake", *, stages: tuple[str, ...] = ("still", "clip"), seconds: float = 0.05,
                 slots: int = 1, fail_times: int = 0, fail_reason: str = "simulated out of memory",
                 models: tuple[str, ...] = (), loaded: tuple[str, ...] = ()) -> None:
        self.name = name
        self.stages = stages
        self.seconds = seconds
        self.slots = slots
        self.fail_times = fail_times
        self.fail_reason = fail_reason
        self.models = models
        self.loaded = loaded
        self.runs: list[RenderRequest] = []
        self.cancelled: list[str] = []
        self.available = True

    async def capabilities(self) -> list[Capability]:
        if not self.available:
            return []
        return [Capability(stage=s, backend=self.name, models=self.models, loaded=self.loaded, slots=self.slots)
                for s in self.stages]

    def estimate(self, request: RenderRequest) -> Estimate:
        return Estimate(seconds=self.seconds)

    async def run(self, request: RenderRequest, *, workdir: Path, progress: ProgressFn) -> list[Output]:
        self.runs.append(request)
        try:
            for step in range(4):
                await asyncio.sleep(self.seconds / 4)
                progress((step + 1) / 4, f"step {step + 1}/4", None)
        except asyncio.CancelledError:
            self.cancelled.append(request.job_id)
            raise
        if self.fail_times > 0:
            self.fail_times -= 1
            raise RenderFailed(self.fail_reason)
        buf = io.BytesIO()
        Image.new("RGB", (8, 8), (request.seed % 256, len(self.runs) % 256, 99)).save(buf, "PNG")
        path = workdir / f"{request.job_id}-{len(self.runs)}.png"
        path.write_bytes(buf.getvalue())
        return [Output(path, "image", "image/png")]

    async def close(self) -> None:
        return None
