"""The relay's composition root: `relay.service` (boards, tokens, /yjs, asset cache) + the canvas + MCP,
behind the token gate (`relay.gate`), on one uvicorn server. `multiplex relay` runs `serve_relay`.

Order, as for a peer: lock the home (one process per home), bind the port, and only then open boards.
The canvas is the peer's own (`canvas.pages.register`), narrowed per page by the invite's role: a view
invite gets a canvas whose editor refuses every change, an edit invite one that cannot start renders.
MCP (`relay.mcp.mount_mcp`) is mounted when that module is present.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import os
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

from flows.pipeline_loader import load_pipelines
from mesh._log import get_logger
from mesh.model import pipelines
from mesh.net.ws import CappedWebSocketProtocol
from mesh.storage.home_lock import HomeLock
from relay.config import RelayConfig
from relay.gate import RelayGate, role_of
from relay.service import RELAY_DIR, RelayService
from relay.tokens import Grant, Role

from .app import _Server, listen_socket

__all__ = ["invite_link", "open_relay", "serve_relay"]

log = get_logger("multiplex.relay_app")

RUNNING_FILE = "running.json"


def invite_link(base_url: str, grant: Grant, token: str) -> str:
    """The link that opens the grant's board on the relay's canvas and logs the browser in (a secret)."""
    return f"{base_url.rstrip('/')}/board/{grant.board}?t={token}"


def running_base_url(home: Path) -> str | None:
    """Where the relay running on `home` listens (from its running.json), or None."""
    try:
        running = json.loads((Path(home) / RELAY_DIR / RUNNING_FILE).read_text(encoding="utf-8"))
        return str(running["base_url"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _permissions(request: Any, board: str) -> tuple[bool, bool]:
    role = role_of(request.scope, board)
    if role is None:
        return False, False
    return role is not Role.VIEW, role in (Role.RENDER, Role.PEER)


def _mount_optional(app: FastAPI, service: RelayService) -> None:
    try:
        from relay.mcp import McpSettings, mount_mcp  # absent in a build without the mcp extra
    except ImportError:
        log.info("MCP not available on this relay (relay.mcp missing)")
    else:
        try:
            # the protected resource is {public URL}/mcp: behind a proxy, not the container's own port
            mount_mcp(app, service.hub, service.assets, service.tokens,
                      McpSettings(public_url=service.config.base_url,
                                  allow_private_urls=service.config.mcp_allow_private_urls,
                                  allowed_hosts=service.config.mcp_allowed_hosts), fetch=service.fetch_asset)
            app.state.mcp_served = True
        except Exception:
            log.exception("could not mount MCP at /mcp; the relay serves without it")
    try:
        from canvas.pages import register
    except ImportError:
        log.info("canvas not installed; the relay serves /yjs, /assets and /mcp only")
        return
    secret = service.keys.cookie_name("nicegui-storage")  # derived from the session key, stable per relay
    register(app, service.hub, storage_secret=secret, assets=service.assets, permissions=_permissions,
             fetch=service.fetch_asset)  # exports from the canvas pull takes not cached yet
    app.state.canvas_served = True


@contextlib.asynccontextmanager
async def open_relay(config: RelayConfig) -> AsyncIterator[tuple[RelayService, FastAPI]]:
    """The relay's service started and its app built (the caller holds the home lock and serves it)."""
    service = RelayService(config)
    app = FastAPI(title="multiplex relay", docs_url=None, redoc_url=None, openapi_url=None)
    service.mount(app)
    _mount_optional(app, service)
    app.add_middleware(RelayGate, tokens=service.tokens, keys=service.keys, needs=service.needs)
    await service.start()
    before = pipelines.install(load_pipelines)  # the MCP render plans each intent's bundled pipeline
    try:
        yield service, app
    finally:
        pipelines.install(before)
        await service.aclose()


def _prepare_home(home: Path) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    return home


async def serve_relay(config: RelayConfig, *, ready: asyncio.Event | None = None) -> None:
    """Run the relay until interrupted (Ctrl-C or SIGTERM: the container's stop)."""
    home = _prepare_home(Path(config.home))
    with HomeLock.acquire(home, port=config.port, board="(relay)") as lock:
        sock = listen_socket(config.host, config.port)
        try:
            port = sock.getsockname()[1]
            lock.update(port=port)
            await _serve(config, sock, port, ready=ready)
        finally:
            sock.close()


async def _serve(config: RelayConfig, sock: socket.socket, port: int, *, ready: asyncio.Event | None) -> None:
    config = dataclasses.replace(config, port=port)
    async with open_relay(config) as (service, app):
        server = _Server(uvicorn.Config(
            app, host=config.host, port=port, log_level=config.log_level.lower(), ws=CappedWebSocketProtocol,
            ws_max_size=config.limits.max_frame_bytes, timeout_graceful_shutdown=3, access_log=False,
            loop="asyncio", proxy_headers=True, forwarded_allow_ips=config.trusted_proxies,
        ))
        running = Path(config.home) / RELAY_DIR / RUNNING_FILE
        running.write_text(json.dumps({"port": port, "pid": os.getpid(), "base_url": config.base_url}),
                                encoding="utf-8")
        boards = sorted(service.hub.replicas)
        print(f"multiplex relay serving {len(boards)} board(s){': ' + ', '.join(boards) if boards else ''}")
        print(f"  listening {config.host}:{port}   public {config.base_url}")
        print(f"  home      {config.home}")
        print("  invite    multiplex relay token create --board NAME --role view|edit|render|peer", flush=True)
        if ready is not None:
            asyncio.get_running_loop().call_later(0, ready.set)
        try:
            await server.serve(sockets=[sock])
        finally:
            with contextlib.suppress(OSError):
                running.unlink()
