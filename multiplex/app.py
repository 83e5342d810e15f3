"""The composition root: one process = boards + asset store + peer runner + one ASGI app (uvicorn).

The app serves the CLI's /api, every asset at /assets/{sha256}, board sync for other peers, and the
canvas. `multiplex` (this package) is the product shell; it is the only place that wires `peers`,
`canvas` and (later) `relay` together, so those packages never import each other.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import secrets
import sys
import webbrowser
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from mesh._log import get_logger
from mesh.assets import AssetStore
from mesh.board import Board
from mesh.hub import BoardHub
from mesh.schema import BlockKind
from mesh.sync import mount_sync
from peers.asset_http import asset_router
from peers.backends.base import RenderBackend
from peers.backends.cpu import CpuBackend
from peers.config import PeerConfig, load_peer_id
from peers.mesh_service import MeshService
from peers.narrator import BuiltinNarrator
from peers.runner import PeerRunner

from .api import build_api, install_error_handlers

__all__ = ["Peer", "api_token", "build_backends", "open_peer", "serve"]

log = get_logger("app")


def api_token(home: Path) -> str:
    """The local API token (created once); the CLI reads the same file."""
    path = Path(home) / "api.token"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(24)
    path.write_text(token, encoding="utf-8")
    with contextlib.suppress(OSError):
        path.chmod(0o600)
    return token


def build_backends(config: PeerConfig) -> list[RenderBackend]:
    backends: list[RenderBackend] = []
    if config.cpu_slots > 0:
        backends.append(CpuBackend(slots=config.cpu_slots))
    if config.comfyui:
        try:
            from peers.backends.comfy import build_comfy_backends
        except ImportError as exc:  # pragma: no cover - ships with the package
            log.error("ComfyUI backend unavailable: %s", exc)
        else:
            workflows = config.workflows if config.workflows and config.workflows.is_dir() else None
            backends.extend(build_comfy_backends(list(config.comfyui), user_workflows_dir=workflows))
    return backends


@dataclass(slots=True)
class Peer:
    config: PeerConfig
    peer_id: str
    hub: BoardHub
    assets: AssetStore
    runner: PeerRunner
    app: FastAPI


def _prepare_home(config: PeerConfig) -> Path:
    home = Path(config.home)
    home.mkdir(parents=True, exist_ok=True)
    return home


@contextlib.asynccontextmanager
async def open_peer(config: PeerConfig, *, backends: list[RenderBackend] | None = None) -> AsyncIterator[Peer]:
    """Everything of a peer except the HTTP server: boards loaded, runner claiming, app built."""
    home = _prepare_home(config)
    peer_id = load_peer_id(home)
    hub = BoardHub(home)
    replica = hub.open(config.board)
    joined = (hub.boards_dir / config.board / "seeds.json").exists()  # `multiplex join`: it syncs from there
    if replica.board.schema_version == 0 and not joined:
        replica.board.init_meta(config.board, origin=f"peer:{peer_id}")
        replica.board.add_default_blocks(origin=f"peer:{peer_id}")
        await hub.flush()
    for name in hub.names_on_disk():
        if name not in hub.replicas:
            hub.open(name, create=False)
    assets = AssetStore(home / "assets")
    runner = PeerRunner(hub.replicas, peer_id=peer_id, name=config.name,
                        backends=backends if backends is not None else build_backends(config),
                        assets=assets, workdir=home / "tmp", api=str(config.port),
                        narrator=BuiltinNarrator(peer_id))
    app = FastAPI(title="multiplex peer", docs_url=None, redoc_url=None)
    install_error_handlers(app)
    app.include_router(build_api(hub, assets, token=api_token(home), runner=runner, peer_id=peer_id,
                                 name=config.name))
    app.include_router(asset_router(assets))
    peer = Peer(config, peer_id, hub, assets, runner, app)
    _mount_optional(peer)
    compactor = asyncio.create_task(_compact_loop(hub))
    try:
        async with _mesh(peer) as mesh:
            if mesh is not None:
                runner.fetch_missing = lambda board, sha: mesh.fetch(sha, _maker(board, sha))
            async with runner:
                yield peer
    finally:
        compactor.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await compactor
        await hub.flush()
        hub.close()


def _mount_optional(peer: Peer) -> None:
    """Board sync for other peers, and the canvas unless this is a headless peer."""
    mount_sync(peer.app, peer.hub, peer_id=peer.peer_id)
    if peer.config.canvas:
        try:
            from canvas.pages import register
        except ImportError:
            log.info("canvas not installed; serving the API only")
        else:
            register(peer.app, peer.hub, storage_secret=api_token(peer.config.home))


def _maker(board: Board, sha: str) -> str:
    """The peer that rendered an asset (fetch from it first)."""
    for block in board.blocks(BlockKind.GEN_ART):
        if block.get("asset") == sha:
            return str(block.get("peer_id") or "")
    return ""


@contextlib.asynccontextmanager
async def _mesh(peer: Peer) -> AsyncIterator[MeshService | None]:
    """Discovery, topology, GPU presence and asset fetching, outside the runner so that released
    claims still reach other peers before the mesh closes."""
    node = getattr(peer.app.state, "sync_node", None)
    if node is None:
        yield None
        return
    config = peer.config
    mesh = MeshService(peer.hub, node=node, peer_id=peer.peer_id, name=config.name, http_port=config.port,
                       interfaces=config.interfaces, enable_discovery=config.discovery, assets=peer.assets,
                       capabilities=peer.runner.capabilities)
    async with mesh:
        yield mesh


async def _compact_loop(hub: BoardHub) -> None:
    while True:
        await asyncio.sleep(30)
        try:
            hub.maybe_compact()
        except Exception:
            log.exception("compaction failed")


async def _open_browser(server: uvicorn.Server, config: PeerConfig) -> None:
    """Open the canvas in the person's browser once the server is up, where there is a screen."""
    while not server.started:  # noqa: ASYNC110 - uvicorn exposes only a flag
        await asyncio.sleep(0.1)
    has_screen = sys.platform in ("win32", "darwin") or bool(
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if has_screen and sys.stdout.isatty():
        url = f"http://127.0.0.1:{config.port}/board/{config.board}"
        await asyncio.to_thread(webbrowser.open, url)


async def serve(config: PeerConfig, *, ready: asyncio.Event | None = None, open_browser: bool = False) -> None:
    """Run a peer and its HTTP server until interrupted (Ctrl-C)."""
    async with open_peer(config) as peer:
        server = uvicorn.Server(uvicorn.Config(
            peer.app, host=config.host, port=config.port, log_level=config.log_level.lower(),
            ws_max_size=16 * 1024 * 1024, timeout_graceful_shutdown=3, access_log=False, loop="asyncio",
        ))
        running = Path(config.home) / "running.json"
        running.write_text(json.dumps({"port": config.port, "board": config.board, "pid": os.getpid(),
                                       "peer_id": peer.peer_id}), encoding="utf-8")
        if ready is not None:
            asyncio.get_running_loop().call_later(0, ready.set)
        print(f"multiplex peer {peer.peer_id} ({config.name}) serving board {config.board!r}")
        print(f"  canvas  http://127.0.0.1:{config.port}/board/{config.board}")
        print(f"  home    {config.home}")
        logging.getLogger("multiplex").info("listening on %s:%s", config.host, config.port)
        opener = asyncio.create_task(_open_browser(server, config)) if open_browser and config.canvas else None
        try:
            await server.serve()
        finally:
            if opener is not None:
                opener.cancel()
            with contextlib.suppress(OSError):
                running.unlink()
