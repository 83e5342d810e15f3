"""ComfyUI as a render backend: one `ComfyBackend` per ComfyUI server (one server per GPU).

from peers.backends.comfy import build_comfy_backends
backends = build_comfy_backends(["http://127.0.0.1:8188", "http://127.0.0.1:8189"],
                                user_workflows_dir=Path("~/multiplex/workflows").expanduser())
"""

from __future__ import annotations

from .backend import ComfyBackend as ComfyBackend
from .backend import ComfySettings as ComfySettings
from .backend import Health as Health
from .backend import RunStats as RunStats
from .client import ComfyClient as ComfyClient
from .client import PromptRejected as PromptRejected
from .pool import ComfyPool as ComfyPool
from .pool import build_comfy_backends as build_comfy_backends

__all__ = ["ComfyBackend", "ComfyClient", "ComfyPool", "ComfySettings", "Health", "PromptRejected", "RunStats",
           "build_comfy_backends"]
