"""One peer process for the network-namespace tests: real hub, sync, discovery, runner, slow fake backend.

Run as `python -m tests.integration.netns_peer --home H --ip 10.x.y.z ...` inside `ip netns exec`. It is
driven over stdin/stdout with one JSON object per line:
    {"op": "add", "text": "..."}          -> {"id": intent id}
    {"op": "render", "intent": id}        -> {"jobs": [job ids]}
    {"op": "state"}                       -> {"intents": [...], "peers": [...], "linked": [...], ...}
    {"op": "quit"}                        -> graceful stop (claims released, mDNS goodbye)
Protocol timings are shrunk (as the tests' fast_timing would) so lease expiry takes seconds, not minutes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI
from PIL import Image

from mesh import const
from mesh.model.jobs import jobs, plan_render
from mesh.net.sync import SyncSettings, mount_sync
from mesh.storage.assets import AssetStore
from mesh.storage.hub import BoardHub
from peers.asset_http import asset_router
from peers.backends.base import Capability, Estimate, Output, RenderRequest
from peers.gpu import GpuMonitor
from peers.mesh_service import MeshService, MeshSettings
from peers.runner import PeerRunner

const.LEASE_S = 3.0
const.LEASE_RENEW_S = 0.75
const.PEER_TTL_S = 4.0
const.PEER_BEAT_S = 1.0
const.CLAIM_SETTLE_S = 0.3
const.RANK_DELAY_S = 0.3


class SlowStill:
    """Renders a still in `seconds` (long enough to be killed in the middle)."""

    name = "slow"

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    async def capabilities(self) -> list[Capability]:
        return [Capability(stage="still", backend="slow")]

    def estimate(self, request: RenderRequest) -> Estimate:
        return Estimate(seconds=self.seconds)

    async def run(self, request: RenderRequest, *, workdir: Path, progress: Any) -> list[Output]:
        steps = 10
        for i in range(steps):
            await asyncio.sleep(self.seconds / steps)
            progress((i + 1) / steps, f"step {i + 1}", None)
        path = Path(workdir) / f"{request.job_id}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        await asyncio.to_thread(Image.new("RGB", (64, 36), (0, 229, 255)).save, path)
        return [Output(path=path, kind="image", mime="image/png")]

    async def close(self) -> None:
        pass


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", required=True)
    ap.add_argument("--ip", required=True)
    ap.add_argument("--port", type=int, default=8470)
    ap.add_argument("--board", default="film")
    ap.add_argument("--key-hex", required=True)
    ap.add_argument("--peer-id", required=True)
    ap.add_argument("--service-type", required=True)
    ap.add_argument("--render-s", type=float, default=0.0, help="0: no backend (claims nothing)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format=f"%(asctime)s {args.peer_id} %(levelname)s %(name)s: %(message)s")

    hub = BoardHub(Path(args.home))
    replica = hub.open(args.board, key=bytes.fromhex(args.key_hex))
    assets = AssetStore(Path(args.home) / "assets")
    app = FastAPI()
    node = mount_sync(app, hub, peer_id=args.peer_id, settings=SyncSettings(backoff_max_s=1.0, heartbeat_s=2.0))
    app.include_router(asset_router(assets))
    backends = [SlowStill(args.render_s)] if args.render_s > 0 else []
    runner = PeerRunner(hub.replicas, peer_id=args.peer_id, name=args.peer_id, backends=backends,
                        assets=assets, workdir=Path(args.home) / "tmp", api=str(args.port))
    server = uvicorn.Server(uvicorn.Config(app, host=args.ip, port=args.port, log_level="warning",
                                           lifespan="off", timeout_graceful_shutdown=1))
    serving = asyncio.create_task(server.serve())
    settings = MeshSettings(name=args.peer_id, http_port=args.port, interfaces=(args.ip,),
                            service_type=args.service_type, tick_s=0.5)
    mesh = MeshService(hub, node=node, peer_id=args.peer_id, settings=settings, assets=assets,
                       capabilities=runner.capabilities, gpu=GpuMonitor())
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)

    def reply(obj: dict[str, Any]) -> None:
        sys.stdout.write(json.dumps(obj) + "\n")
        sys.stdout.flush()

    def handle(cmd: dict[str, Any]) -> dict[str, Any]:
        op = cmd.get("op")
        board = replica.board
        if op == "add":
            return {"id": board.add_intent(cmd["text"], origin=f"user:{args.peer_id}").id}
        if op == "render":
            return {"jobs": plan_render(board, [cmd["intent"]], requested_by=f"user:{args.peer_id}")}
        if op == "state":
            return {
                "intents": sorted(i.description for i in board.intents()),
                "peers": sorted(mesh.discovery.peers) if mesh.discovery else [],
                "linked": sorted(node.connected_peers(args.board)),
                "presence": sorted(replica.presence.peers()),
                "jobs": {j.id: {"stage": j.stage, "state": str(j.state().value),
                                "claims": [[c.peer, c.done, c.lapsed, c.live] for c in j.claims()],
                                "outputs": list(j.outputs())} for j in jobs(board)},
                "assets": sorted(p.name for p in (Path(args.home) / "assets").rglob("*") if p.is_file()),
            }
        raise ValueError(f"unknown op {op!r}")

    async with mesh, runner:
        reply({"ready": True})
        while True:
            line = await reader.readline()
            if not line:
                break
            cmd = json.loads(line)
            if cmd.get("op") == "quit":
                break
            try:
                reply(handle(cmd))
            except Exception as exc:  # report to the test instead of dying silently
                logging.exception("command %s failed", cmd)
                reply({"error": repr(exc)})
    server.should_exit = True
    await serving
    await hub.flush()
    hub.close()


if __name__ == "__main__":
    asyncio.run(main())
