"""Home peers linked out to a real `multiplex relay` process (MULTIPLEX_RELAY + a peer token).

The peers are in-process `MeshService`s on loopback, linked to each other like a LAN (a static seed)
and to the relay through a TLS-terminating proxy with a self-signed certificate (the peer trusts it
through MULTIPLEX_RELAY_CA). A remote collaborator is a plain y-websocket client on the relay.
"""

from __future__ import annotations

import os
import secrets
import ssl
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import httpx
import pytest

from mesh.model.board import Board
from mesh.storage.assets import AssetStore
from peers.gpu import GpuMonitor
from peers.mesh_service import MeshService, MeshSettings
from tests.fakes.fake_relay import TcpProxy, self_signed_cert
from tests.fakes.mesh_peers import LoopbackPeer, wait_until
from tests.integration.relay_helpers import RelayProcess, YClient

pytestmark = pytest.mark.slow  # a relay process and its CLI: about a minute on two cores

BOARD = "demo"
FAST = {"backoff_min_s": 0.05, "backoff_max_s": 0.5, "handshake_timeout_s": 2.0}


class NoNvml:
    def nvmlInit(self) -> None:
        raise RuntimeError("no driver here")


def intents(board: Board) -> set[str]:
    return {i.description for i in board.intents()}


def relay_state(peer: LoopbackPeer) -> dict:
    return peer.replicas[BOARD].presence.local().get("relay") or {}


class Home:
    """Two LAN peers, each with its own peer token, linked out through `base` (and a CA file)."""

    def __init__(self, relay: RelayProcess, base: str, ca: Path | None, tmp: Path) -> None:
        key = secrets.token_bytes(32)
        self.relay, self.base, self.ca, self.tmp = relay, base, ca, tmp
        self.peers = [LoopbackPeer(name, {BOARD: key}, **FAST) for name in ("a", "b")]
        self.tokens = [relay.token(BOARD, "peer") for _ in self.peers]
        self.services: list[MeshService] = []

    async def start(self) -> None:
        a, b = self.peers
        for p in self.peers:
            await p.start()
        for p, token, seeds in ((a, self.tokens[0], ()), (b, self.tokens[1], (f"127.0.0.1:{a.port}",))):
            settings = MeshSettings(name=p.peer_id, http_port=p.port, enable_discovery=False, static_peers=seeds,
                                    tick_s=0.05, relay=self.base, relay_token=token, relay_ca=self.ca,
                                    relay_board=BOARD, relay_event_gap_s=0.0)
            service = MeshService(p, node=p.node, peer_id=p.peer_id, settings=settings,
                                  assets=AssetStore(self.tmp / p.peer_id), gpu=GpuMonitor(nvml=NoNvml()))
            await service.__aenter__()
            self.services.append(service)

    async def aclose(self) -> None:
        for s in reversed(self.services):
            await s.aclose()
        for p in self.peers:
            await p._stop_server()


@pytest.fixture
async def relay(tmp_path: Path) -> AsyncIterator[RelayProcess]:
    proc = RelayProcess(tmp_path / "relay-home")
    proc.token(BOARD, "view")  # the board exists before the relay starts
    proc.start()
    try:
        yield proc
    finally:
        proc.stop()


async def test_home_peers_sync_with_a_real_relay_over_wss_and_merge_after_an_outage(relay: RelayProcess,
                                                                                   tmp_path: Path) -> None:
    made = self_signed_cert(tmp_path)
    if made is None:
        pytest.skip("no openssl CLI to make a certificate")
    cert, key = made
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    proxy = TcpProxy(relay.port, tls=tls)  # Coolify's TLS proxy in front of the relay
    await proxy.start()
    home = Home(relay, f"wss://127.0.0.1:{proxy.port}", cert, tmp_path)
    view = relay.token(BOARD, "view")
    edit = relay.token(BOARD, "edit")
    async with aiohttp.ClientSession() as http:
        await home.start()
        remote = await YClient.connect(http, f"{relay.ws}/yjs/{BOARD}?token={edit}")
        try:
            a, b = home.peers
            await wait_until(lambda: all(relay_state(p).get("state") == "connected" for p in home.peers),
                             timeout_s=20, what="both peers linked to the relay")
            a.replicas[BOARD].board.add_intent("from home", origin="user:a")
            await wait_until(lambda: "from home" in intents(remote.board), what="home -> remote")
            remote.board.add_intent("from afar", origin="user:remote")
            await wait_until(lambda: "from afar" in intents(b.replicas[BOARD].board), what="remote -> home")

            # the relay caches a take from home: a viewer gets it from the relay's /assets
            take = os.urandom(300 * 1024)
            sha = home.services[0].assets.put_bytes(take, mime="image/png").sha256  # type: ignore[union-attr]
            board = a.replicas[BOARD].board
            shot = board.add_intent("a shot", origin="user:a")
            board.add_gen_art(shot.id, "image", origin="peer:a", stage="still", asset=sha, peer_id="a")
            async with httpx.AsyncClient() as client:
                got = await client.get(f"{relay.http}/assets/{sha}", headers={"Authorization": f"Bearer {view}"},
                                       timeout=30)
            assert got.status_code == 200 and got.content == take

            await proxy.stop()  # the home's uplink is down; the relay and the remote user carry on
            await wait_until(lambda: all(relay_state(p).get("state") == "unreachable" for p in home.peers),
                             what="relay unreachable, said by both peers")
            a.replicas[BOARD].board.add_intent("lan a", origin="user:a")
            b.replicas[BOARD].board.add_intent("lan b", origin="user:b")
            remote.board.add_intent("remote meanwhile", origin="user:remote")
            await wait_until(lambda: {"lan a", "lan b"} <= intents(a.replicas[BOARD].board)
                             and {"lan a", "lan b"} <= intents(b.replicas[BOARD].board), what="the LAN syncs alone")
            assert "remote meanwhile" not in intents(a.replicas[BOARD].board)
            await proxy.start()
            want = {"from home", "from afar", "a shot", "lan a", "lan b", "remote meanwhile"}
            await wait_until(lambda: all(intents(p.replicas[BOARD].board) == want for p in home.peers)
                             and intents(remote.board) == want, timeout_s=20, what="both sides merged")
        finally:
            await remote.aclose()
            await home.aclose()
            await proxy.stop()


async def test_a_relay_restart_catches_up_and_a_revoked_token_is_reported(relay: RelayProcess,
                                                                          tmp_path: Path) -> None:
    home = Home(relay, relay.ws, None, tmp_path)
    edit = relay.token(BOARD, "edit")
    async with aiohttp.ClientSession() as http:
        await home.start()
        try:
            a, b = home.peers
            await wait_until(lambda: all(relay_state(p).get("state") == "connected" for p in home.peers),
                             timeout_s=20, what="linked")
            relay.kill()  # -9: no goodbye
            await wait_until(lambda: relay_state(a).get("state") == "unreachable", what="unreachable")
            a.replicas[BOARD].board.add_intent("while the relay was down", origin="user:a")
            relay.start()
            await wait_until(lambda: relay_state(a).get("state") == "connected", timeout_s=20, what="back")
            remote = await YClient.connect(http, f"{relay.ws}/yjs/{BOARD}?token={edit}")
            try:
                await wait_until(lambda: "while the relay was down" in intents(remote.board), what="caught up")
            finally:
                await remote.aclose()

            token_id = home.tokens[0].split("_")[1]
            relay.cli("token", "revoke", token_id)
            await wait_until(lambda: relay_state(a).get("state") == "refused", timeout_s=20, what="refused")
            assert "4401" in relay_state(a)["reason"] and "revoked" in relay_state(a)["reason"]
            assert home.tokens[0] not in str(relay_state(a))
            assert relay_state(b).get("state") == "connected", "b's own token still works"
            a.replicas[BOARD].board.add_intent("after revocation", origin="user:a")
            await wait_until(lambda: "after revocation" in intents(b.replicas[BOARD].board), what="LAN still syncs")
        finally:
            await home.aclose()
