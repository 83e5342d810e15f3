"""MeshService on loopback: peers found by zeroconf link up by topology, sync, and leave out a wrong key."""

from __future__ import annotations

import asyncio
import os
import secrets
import time
import uuid
from pathlib import Path

from mesh.storage.assets import AssetStore
from peers.gpu import GpuMonitor
from peers.mesh_service import MeshService, MeshSettings
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
            settings = MeshSettings(name=p.peer_id, http_port=p.port, interfaces=("127.0.0.1",), service_type=st,
                                    tick_s=0.2)
            services.append(MeshService(p, node=p.node, peer_id=p.peer_id, settings=settings,
                                        gpu=GpuMonitor(nvml=NoNvml())))
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


async def _linked_one_way(tmp_path: Path) -> tuple[list[LoopbackPeer], list[MeshService]]:
    """An invite without discovery: the joiner dials the inviter, the inviter knows no address for it."""
    key = secrets.token_bytes(32)
    inviter, joiner = LoopbackPeer("inviter", {BOARD: key}, **FAST), LoopbackPeer("joiner", {BOARD: key}, **FAST)
    services = []
    for p in (inviter, joiner):
        await p.start()
    for p, seeds in ((inviter, []), (joiner, [f"127.0.0.1:{inviter.port}"])):
        settings = MeshSettings(name=p.peer_id, http_port=p.port, enable_discovery=False, static_peers=tuple(seeds),
                                tick_s=0.2)
        services.append(MeshService(p, node=p.node, peer_id=p.peer_id, settings=settings,
                                    assets=AssetStore(tmp_path / p.peer_id), gpu=GpuMonitor(nvml=NoNvml())))
    for s in services:
        await s.__aenter__()
    await wait_until(lambda: inviter.node.connected_peers(BOARD) == {"joiner"}, what="the joiner's link")
    return [inviter, joiner], services


async def test_the_inviter_fetches_the_joiners_still_over_the_session(tmp_path: Path) -> None:
    (inviter, joiner), services = await _linked_one_way(tmp_path)
    try:
        assert services[0].http_base("joiner") is None, "the inviting peer has no address for the joiner"
        data = os.urandom(3 * 256 * 1024 + 17)  # several chunks, the last one short
        meta = services[1].assets.put_bytes(data, mime="application/octet-stream")
        board = joiner.replicas[BOARD].board
        intent = board.add_intent("a still from the joiner", origin="user:b")
        board.add_gen_art(intent.id, "image", origin="peer:joiner", stage="still", asset=meta.sha256,
                          peer_id="joiner")
        await wait_until(lambda: inviter.replicas[BOARD].board.block(intent.id) is not None, what="sync")
        assert await services[0].fetch(meta.sha256, "joiner", BOARD)
        assert services[0].assets.path(meta.sha256).read_bytes() == data
        # the background scan got it too, or would have: a second asset arrives without being asked for
        other = services[1].assets.put_bytes(b"second take", mime="application/octet-stream")
        board.add_gen_art(intent.id, "image", origin="peer:joiner", stage="still", asset=other.sha256,
                          peer_id="joiner")
        await wait_until(lambda: services[0].assets.has(other.sha256), timeout_s=10, what="background fetch")
    finally:
        for s in reversed(services):
            await s.aclose()
        for p in (inviter, joiner):
            await p._stop_server()


async def test_an_asset_not_named_on_the_board_is_not_served_over_the_session(tmp_path: Path) -> None:
    (inviter, joiner), services = await _linked_one_way(tmp_path)
    try:
        secret = services[1].assets.put_bytes(b"from another board", mime="application/octet-stream")
        assert not await services[0].fetch(secret.sha256, "joiner", BOARD)
        assert not services[0].assets.has(secret.sha256)
        assert services[0]._asset_failures[secret.sha256][0] - time.monotonic() <= 1.0, "retried soon"
    finally:
        for s in reversed(services):
            await s.aclose()
        for p in (inviter, joiner):
            await p._stop_server()


async def test_a_remote_beat_or_renewal_rereads_no_blocks(tmp_path: Path, monkeypatch) -> None:
    """The asset keeper follows the blocks that changed: another peer's roster beats (every few seconds,
    forever) must not rescan a board's blocks nor re-probe the store; a new take costs one read."""
    from mesh.model.board import Board
    from mesh.model.replica import Replica
    from mesh.model.roster import Roster
    from mesh.net.sync import SyncNode

    store = AssetStore(tmp_path / "assets")
    replica = Replica(BOARD, key=secrets.token_bytes(32))
    board = replica.board
    intent = board.add_intent("a lighthouse", origin="user:a")
    for n in range(200):
        sha = store.put_bytes(f"take {n}".encode(), mime="image/png").sha256
        board.add_gen_art(intent.id, "image", origin="peer:b", asset=sha, peer_id="peer-b")
    node = SyncNode({BOARD: replica}, peer_id="peer-a")
    mesh = MeshService({BOARD: replica}, node=node, peer_id="peer-a",
                       settings=MeshSettings(name="a", http_port=0, enable_discovery=False), assets=store,
                       gpu=GpuMonitor(nvml=NoNvml()))
    assert await mesh.fetch_missing_assets() == 0  # the first scan reads every block once
    reads = {"block": 0, "blocks": 0, "has": 0}

    def counting(name: str, real):
        def wrapper(*args, **kwargs):
            reads[name] += 1
            return real(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(Board, "block", counting("block", Board.block))
    monkeypatch.setattr(Board, "blocks", counting("blocks", Board.blocks))
    monkeypatch.setattr(AssetStore, "has", counting("has", AssetStore.has))
    other = Replica(BOARD, key=replica.key)
    other.apply_remote(replica.doc.get_update(), source="peer:a")
    roster = Roster(other.board, "peer-b", name="b")
    roster.announce(stages={"still": ["cpu"]})
    for _ in range(5):  # beats from another peer arrive by sync
        roster.beat(busy=0)
        assert replica.apply_remote(other.doc.get_update(replica.doc.get_state()), source="peer:b")
        await mesh.fetch_missing_assets()
    assert reads == {"block": 0, "blocks": 0, "has": 0}, reads
    sha = store.put_bytes(b"a new take", mime="image/png").sha256
    board.add_gen_art(intent.id, "image", origin="peer:b", asset=sha, peer_id="peer-b")
    reads.update(block=0, blocks=0, has=0)  # (placing the take reads blocks itself)
    await mesh.fetch_missing_assets()
    assert reads["blocks"] == 0 and reads["block"] == 1 and reads["has"] == 1, reads
