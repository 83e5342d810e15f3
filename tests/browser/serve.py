"""A tiny canvas server for browser tests and benchmarks (until/unless `multiplex up` is used).

    python -m tests.browser.serve --home DIR --port 0 [--board NAME] [--blocks N]

FastAPI + BoardHub + the asset route + `canvas.pages.register` behind the same access gate as
`multiplex up` (`multiplex.access`), served by uvicorn on 127.0.0.1. It prints ``LISTENING <port>``
once serving, then ``LINK <canvas link>``. No peer runs here: jobs are written and shown, never rendered.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import sys
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from canvas.pages import register
from flows.pipeline_loader import peer_pipelines
from mesh.model import pipelines
from mesh.storage.assets import AssetStore
from mesh.storage.hub import BoardHub
from multiplex.access import canvas_link, install_access
from peers.asset_http import asset_router, peer_asset_check


def build(home: Path, board: str, blocks: int) -> FastAPI:
    hub = BoardHub(home)
    new = not (hub.boards_dir / board).exists()
    replica = hub.open(board)
    if blocks and not replica.board.blocks():
        populate(replica.board, board, blocks)
    elif new:
        replica.board.init_meta(board, origin="user:test")
        replica.board.add_default_blocks(origin="user:test")
    pipelines.install(lambda: peer_pipelines(home))  # as `multiplex up` does: the bundled and the user's
    app = FastAPI()
    store = AssetStore(home / "assets")
    app.include_router(asset_router(store))
    install_access(app, home, api_token=None, checks=[peer_asset_check(hub.replicas)])
    register(app, hub, storage_secret="test-secret", assets=store, default_board=board)
    return app


def populate(b, name: str, count: int) -> None:
    """A large board for the benchmark: intents in rows, a comp under every third one."""
    b.init_meta(name, origin="user:bench")
    per_row = 25
    with b.transact("user:bench"):
        made = 0
        i = 0
        while made < count:
            x, y = (i % per_row) * 340.0, (i // per_row) * 520.0
            intent = b.add_intent(f"Shot {i + 1}: the valley wakes, mist lifting off the river", origin="user:bench",
                                  x=x, y=y)
            made += 1
            if made < count and i % 3 == 0:
                b.add_comp(intent.id, "note", origin="user:bench", x=x, y=y + 240, title="Note",
                           text="Warm backlight, long lens.")
                made += 1
            i += 1


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--home", type=Path, required=True)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--board", default="main")
    p.add_argument("--blocks", type=int, default=0)
    args = p.parse_args()
    app = build(args.home, args.board, args.blocks)
    sock = socket.socket()
    sock.bind(("127.0.0.1", args.port))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning")
    server = uvicorn.Server(config)
    print(f"LISTENING {port}", flush=True)
    print(f"LINK {canvas_link(args.home, port, args.board)}", flush=True)
    asyncio.run(server.serve(sockets=[sock]))
    sys.exit(0)


if __name__ == "__main__":
    main()
