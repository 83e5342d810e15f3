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
    store = AssetStore(home / "assets")
    if blocks and not replica.board.blocks():
        populate(replica.board, board, blocks, still=store.put_bytes(_png(), mime="image/png").sha256)
    elif new:
        replica.board.init_meta(board, origin="user:test")
        replica.board.add_default_blocks(origin="user:test")
    pipelines.install(lambda: peer_pipelines(home))  # as `multiplex up` does: the bundled and the user's
    app = FastAPI()
    app.include_router(asset_router(store))
    install_access(app, home, api_token=None, checks=[peer_asset_check(hub.replicas)])
    register(app, hub, storage_secret="test-secret", assets=store, default_board=board)
    return app


def _png(width: int = 160, height: int = 90) -> bytes:
    """A small graded PNG (a take's picture), made here so the benchmark needs no files."""
    import struct
    import zlib

    rows = b"".join(b"\x00" + b"".join(bytes((40 + (x * 180) // width, 50 + (y * 120) // height, 120))
                                        for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def populate(b, name: str, count: int, still: str = "") -> None:
    """A large board for the benchmark: intents in rows, a comp under every third one and, one block in
    ten, a still take (gen.art of `still`, an image asset) on an intent: 1,000 blocks hold 100 takes."""
    b.init_meta(name, origin="user:bench")
    per_row = 25
    with b.transact("user:bench"):
        made = takes = 0
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
            if still and made < count and (made + 1) // 10 > takes:
                b.add_gen_art(intent.id, "image", origin="user:bench", stage="still", asset=still, mime="image/png",
                              width=160, height=90)
                made += 1
                takes += 1
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
    sock.listen(128)  # connections wait in the backlog until uvicorn serves: LINK is usable when printed
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning")
    server = uvicorn.Server(config)
    print(f"LISTENING {port}", flush=True)
    print(f"LINK {canvas_link(args.home, port, args.board)}", flush=True)
    asyncio.run(server.serve(sockets=[sock]))
    sys.exit(0)


if __name__ == "__main__":
    main()
