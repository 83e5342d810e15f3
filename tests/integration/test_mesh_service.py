"""MeshService on loopback: peers found by zeroconf link up by topology, sync, and leave out a wrong key."""

from __future__ import annotations

import asyncio
import secrets
import uuid

from peers.gpu import GpuMonitor
from peers.mesh_service import MeshService
from tests.fakes.mesh_peers import LoopbackPeer, wait_until

BOARD = "film"
FAST = {"backoff_min_s": 0.05, "backoff_max_s": 0.3}


class NoNvml:
    def nvmlInit(self) -> None:
        raise RuntimeError("no driver here")


async def test_peers_found_by_zeroconf_sync_and_refuse_a_wrong_key() -> None:
    key = secrets.token_bytes(32)
    st = f"_mx{uuid.uuid4().hex[:8]}._tcp.local."
    peers = [LoopbackPeer(f"peer-{n}", {BOARD: key}, **FAST) for n in "abc"]
    intruder = LoopbackPeer("intruder", {BOARD: secrets.token_bytes(32)}, **FAST)
    services = []
    try:
        for p in [*peers, intruder]:
            await p.start()
            services.append(MeshService(p, node=p.node, peer_id=p.peer_id, name=p.peer_id, http_port=p.port,
                                        interfaces=["127.0.0.1"], service_type=st,
                                        gpu=GpuMonitor(nvml=NoNvml()), tick_s=0.2))
        await asyncio.gather(*(s.__aenter__() for s in services))  # mDNS probing runs in parallel
        peers[0].replicas[BOARD].board.add_intent("found by mDNS", origin="user:a")
        await wait_until(lambda: all([i.description for i in p.replicas[BOARD].board.intents()] == ["found by mDNS"]
                                     for p in peers), timeout_s=20, what="sync between discovered peers")
        await wait_until(lambda: all(len(s.members(BOARD)) == 2 for s in services[:3]), timeout_s=20,
                         what="the intruder left out of everyone's topology")
        assert intruder.replicas[BOARD].board.intents() == []
        assert all("intruder" not in p.node.connected_peers(BOARD) for p in peers)
        # presence travels with sync: every peer sees the two others (and gpus: [] without a driver)
        await wait_until(lambda: all(len(p.replicas[BOARD].presence.peers()) == 3 for p in peers), timeout_s=10,
                         what="presence")
        assert peers[0].replicas[BOARD].presence.peers()["peer-b"].get("gpus") == []
    finally:
        for service in reversed(services):
            await service.aclose()
        for p in [*peers, intruder]:
            await p._stop_server()
