"""GPU telemetry over a fake NVML (no GPU on CI), and the real one where no driver exists."""

from __future__ import annotations

import asyncio
import logging
from types import SimpleNamespace

import pytest

from mesh.model.replica import Replica
from peers.gpu import GpuMonitor, gpu_summary
from tests.fakes.mesh_peers import wait_until

MiB = 1024 * 1024


class FakeNVMLError(Exception):
    pass


class FakeNvml:
    NVML_TEMPERATURE_GPU = 0

    def __init__(self, gpus: list[dict], *, init_error: bool = False) -> None:
        self.gpus = gpus
        self.init_error = init_error
        self.shutdown = False

    def nvmlInit(self) -> None:
        if self.init_error:
            raise FakeNVMLError("NVML Shared Library Not Found")

    def nvmlShutdown(self) -> None:
        self.shutdown = True

    def nvmlDeviceGetCount(self) -> int:
        return len(self.gpus)

    def nvmlDeviceGetHandleByIndex(self, i: int) -> dict:
        return self.gpus[i]

    def nvmlDeviceGetName(self, h: dict) -> bytes:
        return h["name"].encode()

    def nvmlDeviceGetUUID(self, h: dict) -> str:
        return h["uuid"]

    def nvmlDeviceGetMemoryInfo(self, h: dict) -> SimpleNamespace:
        return SimpleNamespace(total=h["total"] * MiB, used=h["used"] * MiB)

    def nvmlDeviceGetUtilizationRates(self, h: dict) -> SimpleNamespace:
        if h.get("util") is None:
            raise FakeNVMLError("Not Supported")
        return SimpleNamespace(gpu=h["util"])

    def nvmlDeviceGetTemperature(self, h: dict, sensor: int) -> int:
        return h["temp"]

    def nvmlDeviceGetComputeRunningProcesses(self, h: dict) -> list[SimpleNamespace]:
        return [SimpleNamespace(pid=p, usedGpuMemory=m) for p, m in h.get("procs", [])]


A6000 = {"name": "NVIDIA RTX A6000", "uuid": "GPU-1", "total": 49140, "used": 1200, "util": 87, "temp": 71,
         "procs": [(4242, 1100 * MiB)]}
ADA_WDDM = {"name": "NVIDIA RTX 6000 Ada Generation", "uuid": "GPU-2", "total": 49140, "used": 0, "util": None,
            "temp": 40, "procs": [(77, None)]}


def test_snapshot_reads_every_gpu() -> None:
    mon = GpuMonitor(nvml=FakeNvml([A6000, ADA_WDDM]))
    assert mon.start()
    a, b = mon.snapshot()
    assert (a.name, a.vram_total_mb, a.vram_used_mb, a.util_pct, a.temp_c) == ("NVIDIA RTX A6000", 49140, 1200, 87, 71)
    assert a.processes == [{"pid": 4242, "used_mb": 1100}]
    assert b.util_pct is None and b.processes == [{"pid": 77, "used_mb": None}]  # WDDM: memory unknown
    assert gpu_summary([a, b]) == {"gpu_count": 2, "gpu_names": ("NVIDIA RTX A6000", "NVIDIA RTX 6000 Ada Generation"),
                                   "vram_total_gb": 95}


def test_no_driver_means_no_gpus_and_one_clear_line(caplog) -> None:
    caplog.set_level(logging.INFO, logger="multiplex.peers.gpu")
    mon = GpuMonitor(nvml=FakeNvml([], init_error=True))
    assert mon.start() is False
    assert mon.snapshot() == []
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "no NVIDIA GPUs" in lines[0] and "Not Found" in lines[0]


def test_real_nvml_without_a_driver_does_not_crash() -> None:
    mon = GpuMonitor()
    available = mon.start()
    gpus = mon.snapshot()
    if not available:  # this machine: no driver -> no GPUs, no exception
        assert gpus == []
    mon.close()


async def test_publish_writes_presence_not_the_document() -> None:
    replica = Replica("film")
    mon = GpuMonitor(nvml=FakeNvml([A6000]))
    mon.start()
    updates: list[bytes] = []
    replica.on_update(lambda u, src: updates.append(u))
    task = asyncio.create_task(mon.publish([replica.presence], interval_s=0.01))
    try:
        await wait_until(lambda: bool(replica.presence.local().get("gpus")), timeout_s=5, what="gpus published")
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert replica.presence.local()["gpus"][0]["name"] == "NVIDIA RTX A6000"
    assert updates == []  # telemetry never enters document history
