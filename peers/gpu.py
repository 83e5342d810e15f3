"""GPU telemetry from NVML (nvidia-ml-py), published as presence every ~1.5 s.

Telemetry is presence, not document history: a board that grew with every utilization tick would be a
bug (a tick every 1.5 s would grow it forever, and every join would replay them all).
Each GPU: index, uuid, name, VRAM total/used (MiB), utilization %, temperature °C and
the processes using it (pid, used MiB; used is None on Windows WDDM, where NVML cannot tell).

A machine without an NVIDIA driver has no GPUs: `GpuMonitor.available` is False, `snapshot()` returns
[], one INFO line says why, and nothing raises. NVML calls block (tens of ms with several GPUs), so they
run in a worker thread; only the event loop writes presence.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import asdict, dataclass, field
from typing import Any

from mesh._log import get_logger
from mesh.model.replica import Presence

__all__ = ["GPU_PUBLISH_S", "GpuInfo", "GpuMonitor", "gpu_summary"]

log = get_logger("peers.gpu")

GPU_PUBLISH_S = 1.5
MAX_PROCESSES_PER_GPU = 32


@dataclass(slots=True)
class GpuInfo:
    index: int
    uuid: str
    name: str
    vram_total_mb: int
    vram_used_mb: int
    util_pct: int | None
    temp_c: int | None
    processes: list[dict[str, int | None]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


class GpuMonitor:
    """Reads NVML once per call; `start()` / `close()` bracket the NVML session."""

    def __init__(self, *, nvml: Any = None) -> None:
        self._nvml = nvml  # injectable for tests; the real module otherwise
        self.available = False
        self.reason = ""

    def start(self) -> bool:
        """Initialise NVML; False (and one log line) when there is no NVIDIA driver or no GPU."""
        try:
            if self._nvml is None:
                import pynvml

                self._nvml = pynvml
            self._nvml.nvmlInit()
            count = self._nvml.nvmlDeviceGetCount()
        except ImportError as exc:
            self.reason = f"nvidia-ml-py is not installed ({exc})"
        except Exception as exc:  # pynvml.NVMLError and its many subclasses (library not found, no driver...)
            self.reason = f"NVML unavailable: {exc}"
        else:
            self.available = True
            log.info("NVML ready: %d NVIDIA GPU(s)", count)
            return True
        log.info("no NVIDIA GPUs on this machine: %s; this peer runs CPU backends only", self.reason)
        return False

    def close(self) -> None:
        if self.available and self._nvml is not None:
            with contextlib.suppress(Exception):
                self._nvml.nvmlShutdown()
            self.available = False

    def snapshot(self) -> list[GpuInfo]:
        """Every GPU's state now (blocking: call through `snapshot_async` on the loop)."""
        if not self.available:
            return []
        nv = self._nvml
        out: list[GpuInfo] = []
        try:
            count = nv.nvmlDeviceGetCount()
        except Exception as exc:
            log.warning("NVML stopped answering: %s", exc)
            return []
        for i in range(count):
            try:
                handle = nv.nvmlDeviceGetHandleByIndex(i)
                mem = nv.nvmlDeviceGetMemoryInfo(handle)
                info = GpuInfo(index=i, uuid=_text(nv.nvmlDeviceGetUUID(handle)),
                               name=_text(nv.nvmlDeviceGetName(handle)),
                               vram_total_mb=int(mem.total) // (1024 * 1024),
                               vram_used_mb=int(mem.used) // (1024 * 1024), util_pct=None, temp_c=None)
            except Exception as exc:
                log.debug("GPU %d unreadable: %s", i, exc)
                continue
            with contextlib.suppress(Exception):
                info.util_pct = int(nv.nvmlDeviceGetUtilizationRates(handle).gpu)
            with contextlib.suppress(Exception):
                info.temp_c = int(nv.nvmlDeviceGetTemperature(handle, nv.NVML_TEMPERATURE_GPU))
            with contextlib.suppress(Exception):
                procs = nv.nvmlDeviceGetComputeRunningProcesses(handle)
                for p in procs[:MAX_PROCESSES_PER_GPU]:
                    used = getattr(p, "usedGpuMemory", None)
                    # NVML reports "not available" (WDDM) as None or as a huge sentinel value
                    used_mb = None if used is None or used >= 2**63 else int(used) // (1024 * 1024)
                    info.processes.append({"pid": int(p.pid), "used_mb": used_mb})
            out.append(info)
        return out

    async def snapshot_async(self) -> list[GpuInfo]:
        return await asyncio.to_thread(self.snapshot)

    async def publish(self, presences: list[Presence] | Any, *, interval_s: float = GPU_PUBLISH_S) -> None:
        """Forever: write `gpus` into each presence every `interval_s` (a callable may return the list)."""
        while True:
            gpus = [g.to_dict() for g in await self.snapshot_async()]
            targets = presences() if callable(presences) else presences
            for presence in targets:
                presence.set("gpus", gpus)
            await asyncio.sleep(interval_s)


def gpu_summary(gpus: list[GpuInfo]) -> dict[str, Any]:
    """What goes into the zeroconf TXT record: count, names, total VRAM in GB."""
    return {"gpu_count": len(gpus), "gpu_names": tuple(g.name for g in gpus),
            "vram_total_gb": sum(g.vram_total_mb for g in gpus) // 1024}
