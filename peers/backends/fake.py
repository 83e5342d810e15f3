"""A deterministic backend for tests, benchmarks and demos (like httpx's MockTransport).

It renders a tiny real PNG (or a few bytes of "video") after a configurable time, reports progress,
honours cancellation, and can be told to fail — the whole runner path runs unchanged around it.
"""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

from PIL import Image

from peers.errors import RenderFailed

from .base import Capability, Estimate, Output, ProgressFn, RenderRequest

__all__ = ["FakeBackend"]


class FakeBackend:
    def __init__(self, name: str = "fake", *, stages: tuple[str, ...] = ("still", "clip"), seconds: float = 0.05,
                 slots: int = 1, fail_times: int = 0, fail_reason: str = "simulated out of memory",
                 models: tuple[str, ...] = (), loaded: tuple[str, ...] = (), previews: bool = False,
                 fail_with: type[RenderFailed] = RenderFailed) -> None:
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
        self.previews = previews
        self.fail_with = fail_with

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
                progress((step + 1) / 4, f"step {step + 1}/4", _png(64, step) if self.previews else None)
        except asyncio.CancelledError:
            self.cancelled.append(request.job_id)
            raise
        if self.fail_times > 0:
            self.fail_times -= 1
            raise self.fail_with(self.fail_reason)
        path = workdir / f"{request.job_id}-{len(self.runs)}.png"
        path.write_bytes(_png(8, request.seed + len(self.runs)))
        return [Output(path, "image", "image/png")]

    async def close(self) -> None:
        return None


def _png(size: int, shade: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (size, size), (shade % 256, 40, 99)).save(buf, "PNG")
    return buf.getvalue()
