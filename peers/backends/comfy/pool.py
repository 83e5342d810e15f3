"""Building the ComfyUI backends of one peer from configuration, and keeping their health fresh.

A peer points at one ComfyUI per GPU (ComfyUI runs one prompt at a time and uses GPU 0 unless started
with `--cuda-device N`), so a 3-GPU box lists three URLs and gets three backends that render at once.
Templates and user workflows are read once here and shared; a bad user workflow is reported and skipped.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from flows.workflows import TEMPLATES_DIR, Workflow, load_templates, load_user_workflows
from mesh._log import get_logger
from mesh.errors import WorkflowError

from .backend import ComfyBackend, ComfySettings

__all__ = ["HEALTH_INTERVAL_S", "ComfyPool", "build_comfy_backends"]

log = get_logger("peers.backends.comfy.pool")

HEALTH_INTERVAL_S = 15.0


def load_all_workflows(
    *,
    user_workflows_dir: Path | None,
    templates_dir: Path = TEMPLATES_DIR,
    errors: list[WorkflowError] | None = None,
) -> list[Workflow]:
    """Templates first, then user workflows; a user workflow with a template's name replaces it."""
    by_name = {wf.name: wf for wf in load_templates(templates_dir)}
    if user_workflows_dir is not None:
        for wf in load_user_workflows(user_workflows_dir, errors=errors):
            by_name[wf.name] = wf
    return list(by_name.values())


def build_comfy_backends(
    urls: Sequence[str],
    *,
    user_workflows_dir: Path | None,
    templates_dir: Path = TEMPLATES_DIR,
    settings: ComfySettings | None = None,
) -> list[ComfyBackend]:
    """One `ComfyBackend` per server URL (named `comfyui@host:port`), sharing the loaded workflows."""
    workflows = load_all_workflows(user_workflows_dir=user_workflows_dir, templates_dir=templates_dir)
    seen: set[str] = set()
    backends: list[ComfyBackend] = []
    for url in urls:
        backend = ComfyBackend(url, workflows=workflows, settings=settings)
        if backend.name in seen:
            log.warning("ComfyUI server %s is listed twice; using it once", backend.name)
            continue
        seen.add(backend.name)
        backends.append(backend)
    return backends


class ComfyPool:
    """The ComfyUI backends of one peer plus a loop that refreshes their health on a schedule.

    The loop is what withdraws a server that went down (and restores it) even while nobody asks for
    capabilities; run it inside the peer's task group: `tg.create_task(pool.watch())`.
    """

    def __init__(self, backends: list[ComfyBackend], *, health_interval_s: float = HEALTH_INTERVAL_S) -> None:
        self.backends = backends
        self._interval_s = health_interval_s

    async def refresh_all(self) -> None:
        await asyncio.gather(*(b.refresh() for b in self.backends))

    async def watch(self) -> None:
        while True:
            await self.refresh_all()
            await asyncio.sleep(self._interval_s)

    async def close(self) -> None:
        for backend in self.backends:
            await backend.close()
