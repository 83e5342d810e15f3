"""The composition root: one process = boards + asset store + peer runner + one ASGI app (uvicorn).

The app serves the CLI's /api, every asset at /assets/{sha256}, board sync for other peers, and the
canvas. `multiplex` (this package) is the product shell; it is the only place that wires `peers`,
`canvas` and (later) `relay` together, so those packages never import each other.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import os
import secrets
import signal
import socket
import sys
import threading
import webbrowser
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from flows.pipeline_loader import peer_pipelines
from mesh._log import get_logger
from mesh.errors import MultiplexError
from mesh.model import pipelines
from mesh.model.board import Board
from mesh.model.schema import BlockKind
from mesh.net.sync import mount_sync
from mesh.net.ws import CappedWebSocketProtocol
from mesh.storage.assets import AssetStore
from mesh.storage.home_lock import HomeLock
from mesh.storage.hub import BoardHub
from mesh.storage.secrets import write_secret
from peers.asset_http import asset_router, peer_asset_check
from peers.backends.base import RenderBackend
from peers.backends.cpu import CpuBackend
from peers.config import PeerConfig, load_peer_id
from peers.mesh_service import MeshService, MeshSettings
from peers.narration.service import NarrationService
from peers.runner import PeerRunner

from .access import canvas_link, install_access
from .api import build_api, install_error_handlers

__all__ = ["Peer", "PortUnavailable", "api_token", "build_backends", "listen_socket", "open_peer", "serve"]

log = get_logger("app")


def api_token(home: Path) -> str:
    """The local API token (created once); the CLI reads the same file."""
    path = Path(home) / "api.token"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(24)
    write_secret(path, token.encode("utf-8"))  # 0600, fsynced, atomic: never half a token after a crash
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
    if config.langflow.url:  # flow stages: LangFlow is its own server (docs/langflow.md)
        from peers.backends.langflow import LangflowBackend

        lf = config.langflow
        backends.append(LangflowBackend(lf.url, api_key=lf.api_key, flow=lf.flow, timeout_s=lf.timeout_s,
                                        slots=lf.slots, stream=lf.stream))
    return backends


@dataclass(slots=True)
class Peer:
    config: PeerConfig
    peer_id: str
    hub: BoardHub
    assets: AssetStore
    runner: PeerRunner
    app: FastAPI
    narrator: NarrationService | None = None  # its own task, beside the runner (never inside a claim tick)


def _prepare_home(config: PeerConfig) -> Path:
    home = Path(config.home)
    home.mkdir(parents=True, exist_ok=True)
    return home


@contextlib.asynccontextmanager
async def open_peer(config: PeerConfig, *, backends: list[RenderBackend] | None = None,
                    home_lock: HomeLock | None = None) -> AsyncIterator[Peer]:
    """Everything of a peer except the HTTP server: boards loaded, runner claiming, app built.

    The home is locked first (or by the caller, `home_lock`): a second process on the same home stops
    with HomeLocked before it opens a board or touches a claim."""
    with contextlib.ExitStack() as stack:
        if home_lock is None:
            stack.enter_context(HomeLock.acquire(_prepare_home(config), port=config.port, board=config.board))
        async with _open_locked(config, backends) as peer:
            yield peer


@contextlib.asynccontextmanager
async def _open_locked(config: PeerConfig, backends: list[RenderBackend] | None) -> AsyncIterator[Peer]:
    home = _prepare_home(config)
    peer_id = load_peer_id(home)
    hub = BoardHub(home)
    replica = hub.open(config.board)
    joined = (hub.boards_dir / config.board / "seeds.json").exists()  # `multiplex join`: it syncs from there
    if replica.board.is_new() and not joined:  # never re-initialise a board that has any history
        replica.board.init_meta(config.board, origin=f"peer:{peer_id}")
        replica.board.add_default_blocks(origin=f"peer:{peer_id}")
        await hub.flush()
    for name in hub.names_on_disk():
        if name not in hub.replicas:
            hub.open(name, create=False)
    assets = AssetStore(home / "assets", upload_quota=config.upload_quota)
    runner = PeerRunner(hub.replicas, peer_id=peer_id, name=config.name,
                        backends=backends if backends is not None else build_backends(config),
                        assets=assets, workdir=home / "tmp", api=str(config.port))
    app = FastAPI(title="multiplex peer", docs_url=None, redoc_url=None)
    install_error_handlers(app)
    offered = functools.partial(peer_pipelines, home, config.workflows)  # read at each plan: new files count
    app.include_router(build_api(hub, assets, token=api_token(home), runner=runner, peer_id=peer_id,
                                 name=config.name, pipelines=offered))
    app.include_router(asset_router(assets))
    install_access(app, home, api_token=api_token(home), checks=[peer_asset_check(hub.replicas)])
    peer = Peer(config, peer_id, hub, assets, runner, app)
    _mount_optional(peer)
    compactor = asyncio.create_task(_compact_loop(hub))
    before = pipelines.install(offered)  # the canvas and every other door plan with this peer's pipelines
    try:
        async with _mesh(peer) as mesh:
            if mesh is not None:
                runner.fetch_missing = lambda board, sha: mesh.fetch(sha, _maker(board, sha))
            narrator = NarrationService(hub.replicas, peer_id=peer_id, settings=config.narrator_settings,
                                        live_peers=runner.live_peers)
            async with runner, narrator:
                peer.narrator = narrator
                yield peer
    finally:
        pipelines.install(before)
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
            register(peer.app, peer.hub, storage_secret=api_token(peer.config.home), assets=peer.assets)
            peer.app.state.canvas_served = True


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
    settings = MeshSettings(name=config.name, http_port=config.port, interfaces=tuple(config.interfaces),
                            enable_discovery=config.discovery, relay=config.relay, relay_token=config.relay_token,
                            relay_ca=config.relay_ca, relay_board=config.board)
    mesh = MeshService(peer.hub, node=node, peer_id=peer.peer_id, settings=settings, assets=peer.assets,
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
        url = canvas_link(config.home, config.port, config.board)
        await asyncio.to_thread(webbrowser.open, url)


class PortUnavailable(MultiplexError):
    """The HTTP port cannot be bound (in use, or not allowed); nothing has been claimed yet."""


def listen_socket(host: str, port: int) -> socket.socket:
    """Bind and listen now, before boards open and the runner claims, so a port in use costs nothing."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM,
                                                             flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise PortUnavailable(f"cannot listen on {host}:{port}: {exc}; set another address with --host or "
                              "MULTIPLEX_HOST") from None
    try:
        if sys.platform == "win32":  # SO_REUSEADDR on Windows would let two servers share the port
            sock.setsockopt(socket.SOL_SOCKET, getattr(socket, "SO_EXCLUSIVEADDRUSE", socket.SO_REUSEADDR), 1)
        else:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise PortUnavailable(f"cannot listen on {host}:{port} ({exc.strerror or exc}): another program is "
                              "probably using that port; choose another with --port or MULTIPLEX_PORT") from None
    return sock


class _Server(uvicorn.Server):
    """uvicorn re-raises a captured SIGTERM/SIGINT after serving, which kills the process with the
    default handler before claims are released, the board flushed and running.json removed; here a
    signal only asks the server to stop, and the cleanup around it runs."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        names = ("SIGINT", "SIGTERM", "SIGBREAK")  # SIGBREAK: Ctrl-Break on Windows
        originals = {sig: signal.signal(sig, self.handle_exit)
                     for sig in (getattr(signal, n) for n in names if hasattr(signal, n))}
        try:
            yield
        finally:
            for sig, handler in originals.items():
                signal.signal(sig, handler)


async def serve(config: PeerConfig, *, ready: asyncio.Event | None = None, open_browser: bool = False) -> None:
    """Run a peer and its HTTP server until interrupted (Ctrl-C).

    Order matters: lock the home, bind the port, and only then open boards and start claiming."""
    with HomeLock.acquire(_prepare_home(config), port=config.port, board=config.board) as lock:
        sock = listen_socket(config.host, config.port)
        try:
            await _serve(config, sock, lock, ready=ready, open_browser=open_browser)
        finally:
            sock.close()


async def _serve(config: PeerConfig, sock: socket.socket, lock: HomeLock, *, ready: asyncio.Event | None,
                 open_browser: bool) -> None:
    async with open_peer(config, home_lock=lock) as peer:
        server = _Server(uvicorn.Config(
            peer.app, host=config.host, port=config.port, log_level=config.log_level.lower(),
            ws=CappedWebSocketProtocol,  # sync frames are capped at a few KiB until the board key is proved
            ws_max_size=16 * 1024 * 1024, timeout_graceful_shutdown=3, access_log=False, loop="asyncio",
        ))
        running = Path(config.home) / "running.json"
        running.write_text(json.dumps({"port": config.port, "board": config.board, "pid": os.getpid(),
                                       "peer_id": peer.peer_id}), encoding="utf-8")
        if ready is not None:
            asyncio.get_running_loop().call_later(0, ready.set)
        canvas = bool(getattr(peer.app.state, "canvas_served", False))
        print(f"multiplex peer {peer.peer_id} ({config.name}) serving board {config.board!r}"
              f"{'' if canvas else ' (headless: API, assets and sync, no canvas)'}")
        if canvas:
            print(f"  canvas  {canvas_link(config.home, config.port, config.board)}")
        print(f"  home    {config.home}")
        if config.relay:
            print(f"  relay   {config.relay} (board {config.board}; its state shows on the canvas)")
        logging.getLogger("multiplex").info("listening on %s:%s", config.host, config.port)
        opener = asyncio.create_task(_open_browser(server, config)) if open_browser and canvas else None
        try:
            await server.serve(sockets=[sock])
        finally:
            if opener is not None:
                opener.cancel()
            with contextlib.suppress(OSError):
                running.unlink()
