"""One peer process for the fault-injection tests: `tests.integration.netns_peer` plus the knobs faults need.

Run as `python -m tests.faults.fault_peer --home H --ip 10.x.y.z ...` inside `ip netns exec`. Real hub,
store, sync, mDNS discovery, runner and asset HTTP; the fake backend renders a still or a clip in `--render-s` seconds
and appends `{"peer", "job", "event": "start"|"end", "t": monotonic}` to `--spans` (one file
shared by every peer of a test, so the test can see two runs of a job overlapping; CLOCK_MONOTONIC is one
clock for every process on a Linux host, whatever the wall clocks say). Test-only knobs:

- `--skew-s S`: this process's wall clock (`time.time`, `time.time_ns`) runs S seconds off; monotonic
  time is untouched, as when a laptop's clock is set wrong;
- `--assets DIR`: where the asset store lives (a tiny tmpfs in the disk-full test);
- `--compact-every N`: the board store compacts every N records (`hub.maybe_compact` runs every 0.1 s,
  as `multiplex up` does on its own timer);
- `--die-in-compaction K`: SIGKILL itself inside its K-th compaction after the "arm" op, after the new
  snapshot is written and before it is renamed into place (the moment a crash is most likely to leave two half-states).

Driven over stdin/stdout, one JSON object per line; "add" and "render" answer only once the edit is
fsynced (`replica.flushed()`), so an answer is an acknowledged edit:
    {"op": "add", "text": "..."}   -> {"id": intent id}
    {"op": "render", "intent": id} -> {"jobs": [job ids]}
    {"op": "arm"}                  -> start counting compactions towards --die-in-compaction
    {"op": "state"}                -> {"intents", "peers", "linked", "presence", "jobs", "gen_art", "assets"}
    {"op": "quit"}                 -> graceful stop
Protocol timings are shrunk as in netns_peer (LEASE_S 3 s, PEER_TTL_S 4 s, settle 0.3 s).
"""

from __future__ import annotations

import argparse
import sys
import time

_ap = argparse.ArgumentParser()
_ap.add_argument("--home", required=True)
_ap.add_argument("--ip", required=True)
_ap.add_argument("--port", type=int, default=8470)
_ap.add_argument("--board", default="film")
_ap.add_argument("--key-hex", required=True)
_ap.add_argument("--peer-id", required=True)
_ap.add_argument("--service-type", required=True)
_ap.add_argument("--render-s", type=float, default=0.0, help="0: no backend (claims nothing)")
_ap.add_argument("--spans", default="")
_ap.add_argument("--skew-s", type=float, default=0.0)
_ap.add_argument("--assets", default="")
_ap.add_argument("--compact-every", type=int, default=0)
_ap.add_argument("--die-in-compaction", type=int, default=0)
ARGS = _ap.parse_args()

if ARGS.skew_s:  # before anything reads the clock: every HLC stamp and log line of this process is off
    _time, _time_ns, _skew_ns = time.time, time.time_ns, int(ARGS.skew_s * 1e9)
    time.time = lambda: _time() + ARGS.skew_s  # type: ignore[assignment]
    time.time_ns = lambda: _time_ns() + _skew_ns  # type: ignore[assignment]

import asyncio  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import signal  # noqa: E402
import types  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import uvicorn  # noqa: E402
from fastapi import FastAPI  # noqa: E402

import mesh.storage.store as store_module  # noqa: E402
from mesh import const  # noqa: E402
from mesh.model.board import GenArt  # noqa: E402
from mesh.model.jobs import jobs, plan_render  # noqa: E402
from mesh.model.schema import BlockKind  # noqa: E402
from mesh.net.sync import SyncSettings, mount_sync  # noqa: E402
from mesh.storage.assets import AssetStore  # noqa: E402
from mesh.storage.hub import BoardHub  # noqa: E402
from peers.asset_http import asset_router  # noqa: E402
from peers.backends.fake import FakeBackend  # noqa: E402
from peers.gpu import GpuMonitor  # noqa: E402
from peers.mesh_service import MeshService, MeshSettings  # noqa: E402
from peers.runner import PeerRunner  # noqa: E402

const.LEASE_S = 3.0  # as in tests.integration.netns_peer: lease expiry takes seconds, not minutes
const.LEASE_RENEW_S = 0.75
const.PEER_TTL_S = 4.0
const.PEER_BEAT_S = 1.0
const.CLAIM_SETTLE_S = 0.3
const.RANK_DELAY_S = 0.3


class SpannedFake(FakeBackend):
    """The fake backend (stills and clips, honours cancellation), logging when each run starts and stops."""

    def __init__(self, seconds: float, peer_id: str, spans: str) -> None:
        super().__init__("slow", seconds=seconds)
        self.peer_id = peer_id
        self.spans = spans

    def _log(self, request: Any, event: str) -> None:
        if self.spans:
            line = json.dumps({"peer": self.peer_id, "job": request.job_id, "event": event, "t": time.monotonic()})
            with open(self.spans, "a", encoding="utf-8") as f:
                f.write(line + "\n")

    async def run(self, request: Any, *, workdir: Path, progress: Any) -> Any:
        self._log(request, "start")
        try:
            return await super().run(request, workdir=workdir, progress=progress)
        finally:
            self._log(request, "end")


ARMED = [False]  # set by the "arm" op: compactions count from then on


def die_in_compaction(k: int) -> None:
    """SIGKILL this process in the k-th compaction after "arm", between writing the snapshot and renaming it."""
    count = [0]
    real_os = os

    def replace(src: Any, dst: Any) -> None:
        if ARMED[0] and Path(dst).name.startswith("snapshot"):
            count[0] += 1
            if count[0] >= k:
                sys.stderr.write(f"dying in compaction {count[0]} before renaming {dst}\n")
                sys.stderr.flush()
                real_os.kill(real_os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
        real_os.replace(src, dst)

    proxy = types.SimpleNamespace(**{name: getattr(os, name) for name in dir(os) if not name.startswith("__")})
    proxy.replace = replace
    store_module.os = proxy  # type: ignore[attr-defined]


async def main() -> None:
    args = ARGS
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format=f"%(asctime)s {args.peer_id} %(levelname)s %(name)s: %(message)s")
    if args.die_in_compaction:
        die_in_compaction(args.die_in_compaction)
    home = Path(args.home)
    hub = BoardHub(home)
    replica = hub.open(args.board, key=bytes.fromhex(args.key_hex))
    if args.compact_every:
        hub.store(args.board)._compact_every = args.compact_every  # test-only: compact often
    asset_dir = Path(args.assets) if args.assets else home / "assets"
    assets = AssetStore(asset_dir)
    app = FastAPI()
    node = mount_sync(app, hub, peer_id=args.peer_id, settings=SyncSettings(backoff_max_s=1.0, heartbeat_s=2.0))
    app.include_router(asset_router(assets))
    backends = [SpannedFake(args.render_s, args.peer_id, args.spans)] if args.render_s > 0 else []
    runner = PeerRunner(hub.replicas, peer_id=args.peer_id, name=args.peer_id, backends=backends,
                        assets=assets, workdir=home / "tmp", api=str(args.port))
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

    async def compactor() -> None:
        while True:
            await asyncio.sleep(0.1)
            hub.maybe_compact()

    def reply(obj: dict[str, Any]) -> None:
        sys.stdout.write(json.dumps(obj) + "\n")
        sys.stdout.flush()

    async def handle(cmd: dict[str, Any]) -> dict[str, Any]:
        op = cmd.get("op")
        board = replica.board
        if op == "add":
            intent_id = board.add_intent(cmd["text"], origin=f"user:{args.peer_id}").id
            await replica.flushed()
            return {"id": intent_id}
        if op == "render":
            job_ids = plan_render(board, [cmd["intent"]], requested_by=f"user:{args.peer_id}")
            await replica.flushed()
            return {"jobs": job_ids}
        if op == "arm":
            ARMED[0] = True
            return {"armed": True}
        if op == "state":
            arts = [b for b in board.blocks(BlockKind.GEN_ART) if isinstance(b, GenArt)]
            return {
                "intents": sorted(i.description for i in board.intents()),
                "peers": sorted(mesh.discovery.peers) if mesh.discovery else [],
                "linked": sorted(node.connected_peers(args.board)),
                "presence": sorted(replica.presence.peers()),
                "jobs": {j.id: {"stage": j.stage, "state": str(j.state().value),
                                "claims": [{"peer": c.peer, "id": c.id, "done": c.done, "lapsed": c.lapsed,
                                            "live": c.live, "started": c.started, "failed": c.failed,
                                            "outputs": list(c.outputs)} for c in j.claims()],
                                "outputs": list(j.outputs())} for j in jobs(board)},
                "gen_art": {b.id: {"asset": b.asset, "job": b.job_id} for b in arts},
                "assets": sorted(p.name for p in asset_dir.rglob("*") if p.is_file()),
                "has": {b.id: assets.has(b.asset) for b in arts if b.asset},
                "generation": hub.store(args.board).generation,
            }
        raise ValueError(f"unknown op {op!r}")

    async with mesh, runner:
        compacting = asyncio.create_task(compactor()) if args.compact_every else None
        reply({"ready": True})
        while True:
            line = await reader.readline()
            if not line:
                break
            cmd = json.loads(line)
            if cmd.get("op") == "quit":
                break
            try:
                reply(await handle(cmd))
            except Exception as exc:  # report to the test instead of dying silently
                logging.exception("command %s failed", cmd)
                reply({"error": repr(exc)})
        if compacting is not None:
            compacting.cancel()
    server.should_exit = True
    await serving
    await hub.flush()
    hub.close()


if __name__ == "__main__":
    asyncio.run(main())
