"""MeshService with MULTIPLEX_RELAY set: the relay link beside LAN links, its state as presence and activity.

Two home peers linked on the "LAN" (a static seed, no discovery) and each linked out to a `FakeRelay`
through a `TcpProxy` (their uplink: stop it and the relay is unreachable from home, while remote users
keep editing on it).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from mesh.model.activity import EventKind, recent
from mesh.model.replica import Replica
from mesh.net.relay_link import RELAY_PEER, RelayLink
from mesh.net.sync import SyncNode, SyncSettings
from mesh.storage.asset_channel import AssetChannel
from mesh.storage.assets import AssetStore
from peers.gpu import GpuMonitor
from peers.mesh_service import MeshService, MeshSettings
from tests.fakes.fake_relay import FakeRelay, TcpProxy
from tests.fakes.mesh_peers import LoopbackPeer, wait_until

BOARD = "film"
PEER_TOKEN = "mxr_0123abcd_" + "p" * 43
EDIT_TOKEN = "mxr_89abcdef_" + "e" * 43
FAST = {"backoff_min_s": 0.05, "backoff_max_s": 0.3, "handshake_timeout_s": 2.0}


class NoNvml:
    def nvmlInit(self) -> None:
        raise RuntimeError("no driver here")


def intents(replica: Replica) -> set[str]:
    return {i.description for i in replica.board.intents()}


def relay_state(peer: LoopbackPeer, seen_by: LoopbackPeer | None = None) -> dict:
    """The relay status `peer` publishes, as `seen_by` (default: itself) sees it."""
    presence = (seen_by or peer).replicas[BOARD].presence.peers().get(peer.peer_id, {})
    return presence.get("relay") or {}


def events(peer: LoopbackPeer, kind: EventKind, word: str) -> list[str]:
    return [e.msg for e in recent(peer.replicas[BOARD].board, 200) if e.kind == kind and word in e.msg]


async def start_service(peer: LoopbackPeer, *, relay: str, token: str = PEER_TOKEN, seeds: tuple[str, ...] = (),
                        assets: AssetStore | None = None, gap_s: float = 0.0) -> MeshService:
    settings = MeshSettings(name=peer.peer_id, http_port=peer.port, enable_discovery=False, static_peers=seeds,
                            tick_s=0.05, relay=relay, relay_token=token, relay_board=BOARD, relay_event_gap_s=gap_s)
    service = MeshService(peer, node=peer.node, peer_id=peer.peer_id, settings=settings, assets=assets,
                          gpu=GpuMonitor(nvml=NoNvml()))
    await service.__aenter__()
    return service


async def test_lan_and_relay_links_side_by_side_through_an_outage(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    relay = FakeRelay([BOARD], {PEER_TOKEN: BOARD, EDIT_TOKEN: BOARD}, **FAST)
    await relay.start()
    uplink = TcpProxy(relay.port)
    await uplink.start()
    a, b = LoopbackPeer("a", {BOARD: key}, **FAST), LoopbackPeer("b", {BOARD: key}, **FAST)
    remote = Replica(BOARD)
    remote_node = SyncNode({BOARD: remote}, peer_id="remote", settings=SyncSettings(**FAST))
    services: list[MeshService] = []
    try:
        for p in (a, b):
            await p.start()
        base = f"ws://127.0.0.1:{uplink.port}"
        services.append(await start_service(a, relay=base))
        services.append(await start_service(b, relay=base, seeds=(f"127.0.0.1:{a.port}",)))
        remote_node.keep(RelayLink(remote_node, BOARD, relay.url(), EDIT_TOKEN))
        await wait_until(lambda: all(relay_state(p).get("state") == "connected" for p in (a, b)),
                         what="both peers say: relay connected")
        await wait_until(lambda: relay_state(a, seen_by=b).get("state") == "connected", what="b sees a's status")
        assert relay_state(a)["relay"] == f"127.0.0.1:{uplink.port}" and relay_state(a)["reason"] == ""
        assert events(a, EventKind.PEER_JOINED, "linked to the relay")

        await uplink.stop()
        await wait_until(lambda: all(relay_state(p).get("state") == "unreachable" for p in (a, b)),
                         what="both peers say: relay unreachable")
        assert events(a, EventKind.WARNING, "cannot reach the relay")
        a.replicas[BOARD].board.add_intent("lan a", origin="user:a")
        b.replicas[BOARD].board.add_intent("lan b", origin="user:b")
        remote.board.add_intent("remote meanwhile", origin="user:remote")
        await wait_until(lambda: intents(a.replicas[BOARD]) == {"lan a", "lan b"} == intents(b.replicas[BOARD]),
                         what="the LAN keeps syncing")

        await uplink.start()
        want = {"lan a", "lan b", "remote meanwhile"}
        await wait_until(lambda: all(intents(r) == want for r in (a.replicas[BOARD], b.replicas[BOARD],
                                                                  relay.replicas[BOARD], remote)),
                         timeout_s=15, what="both sides merged")
        await wait_until(lambda: all(relay_state(p).get("state") == "connected" for p in (a, b)),
                         what="connected again")
        assert len(events(a, EventKind.PEER_JOINED, "linked to the relay")) >= 2
        assert not any(s._excluded for s in services)
    finally:
        for s in reversed(services):
            await s.aclose()
        await remote_node.aclose()
        for p in (a, b):
            await p._stop_server()
        await uplink.stop()
        await relay.aclose()


async def test_a_refused_token_is_shown_once_and_the_lan_carries_on(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    relay = FakeRelay([BOARD], {PEER_TOKEN: BOARD}, **FAST)
    await relay.start()
    a = LoopbackPeer("a", {BOARD: key}, **FAST, backoff_refused_s=0.05)
    b = LoopbackPeer("b", {BOARD: key}, **FAST)
    services: list[MeshService] = []
    wrong = "mxr_deadbeef_" + "w" * 43
    try:
        for p in (a, b):
            await p.start()
        services.append(await start_service(a, relay=relay.url(), token=wrong, seeds=(f"127.0.0.1:{b.port}",),
                                            gap_s=600.0))
        services.append(await start_service(b, relay=relay.url()))
        await wait_until(lambda: relay_state(a).get("state") == "refused", what="a says: relay refused")
        assert "4401" in relay_state(a)["reason"] and "unknown or revoked token" in relay_state(a)["reason"]
        await wait_until(lambda: len(relay.refusals) >= 4, what="retries")
        refused = events(a, EventKind.WARNING, "refused")
        assert len(refused) == 1 and "MULTIPLEX_RELAY_TOKEN" in refused[0] and "4401" in refused[0]
        assert wrong not in refused[0] and wrong not in str(relay_state(a))
        assert not events(a, EventKind.WARNING, "cannot reach"), "a refusal is not an outage"
        b.replicas[BOARD].board.add_intent("still on the LAN", origin="user:b")
        await wait_until(lambda: intents(a.replicas[BOARD]) == {"still on the LAN"}, what="LAN sync")
        await wait_until(lambda: intents(relay.replicas[BOARD]) == {"still on the LAN"}, what="b relays it")
        assert not services[0]._excluded, "a refused token must not exclude anyone from the LAN topology"
    finally:
        for s in reversed(services):
            await s.aclose()
        for p in (a, b):
            await p._stop_server()
        await relay.aclose()


async def test_a_peer_gets_an_asset_the_relay_holds_over_the_relay_session(tmp_path: Path) -> None:
    relay_store = AssetStore(tmp_path / "relay")
    relay = FakeRelay([BOARD], {PEER_TOKEN: BOARD}, assets=relay_store, **FAST)
    await relay.start()
    home = LoopbackPeer("home", {BOARD: secrets.token_bytes(32)}, **FAST)
    store = AssetStore(tmp_path / "home")
    service = None
    try:
        await home.start()
        service = await start_service(home, relay=relay.url(), assets=store)
        assert isinstance(home.node.side, AssetChannel)
        await wait_until(lambda: relay_state(home).get("state") == "connected", what="connected")
        assert service.http_base(RELAY_PEER) is None, "never send a board credential to the relay's HTTP"
        upload = os.urandom(300 * 1024)
        sha = relay_store.put_bytes(upload, mime="application/octet-stream").sha256
        board = relay.replicas[BOARD].board  # a remote user's reference image, on the relay only
        intent = board.add_intent("a shot", origin="user:remote")
        board.add_comp(intent.id, "image", origin="user:remote", asset=sha)
        await wait_until(lambda: store.has(sha), timeout_s=15, what="the background scan fetched it")
        assert store.path(sha).read_bytes() == upload
    finally:
        if service is not None:
            await service.aclose()
        await home._stop_server()
        await relay.aclose()


async def test_a_flapping_uplink_writes_one_event_of_a_kind_per_gap(tmp_path: Path) -> None:
    relay = FakeRelay([BOARD], {PEER_TOKEN: BOARD}, **FAST)
    await relay.start()
    uplink = TcpProxy(relay.port)
    await uplink.start()
    home = LoopbackPeer("home", {BOARD: secrets.token_bytes(32)}, **FAST)
    service = None
    try:
        await home.start()
        service = await start_service(home, relay=f"ws://127.0.0.1:{uplink.port}", gap_s=600.0)
        for _ in range(2):
            await wait_until(lambda: relay_state(home).get("state") == "connected", what="connected")
            await uplink.stop()
            await wait_until(lambda: relay_state(home).get("state") == "unreachable", what="unreachable")
            await uplink.start()
        await wait_until(lambda: relay_state(home).get("state") == "connected", what="connected at the end")
        assert len(events(home, EventKind.WARNING, "cannot reach the relay")) == 1
        assert len(events(home, EventKind.PEER_JOINED, "linked to the relay")) == 1
    finally:
        if service is not None:
            await service.aclose()
        await home._stop_server()
        await uplink.stop()
        await relay.aclose()
