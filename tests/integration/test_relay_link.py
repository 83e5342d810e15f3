"""A home peer's link out to the relay (`mesh.net.relay_link.RelayLink`) over real websockets on 127.0.0.1.

The relay end is `tests.fakes.fake_relay.FakeRelay` (the relay contract's `/yjs/{board}?token=...`); a
`TcpProxy` between peer and relay stands for the internet (stop it: a partition) or, with a self-signed
certificate, for the TLS-terminating reverse proxy in front of a deployed relay.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import ssl
from pathlib import Path

import pytest

from mesh.model.replica import Replica
from mesh.net.relay_link import RELAY_PEER, RelayLink, relay_ssl_context
from mesh.net.sync import SyncNode, SyncSettings
from mesh.storage.asset_channel import AssetChannel
from mesh.storage.assets import AssetStore
from tests.fakes.fake_relay import FakeRelay, TcpProxy, self_signed_cert
from tests.fakes.mesh_peers import LoopbackPeer, board_state, state_vector, wait_until

BOARD = "film"
PEER_TOKEN = "mxr_0123abcd_" + "p" * 43
EDIT_TOKEN = "mxr_89abcdef_" + "e" * 43
FAST = {"backoff_min_s": 0.05, "backoff_max_s": 0.3, "handshake_timeout_s": 2.0}


def intents(replica: Replica) -> set[str]:
    return {i.description for i in replica.board.intents()}


def same(*replicas: Replica) -> bool:
    vectors = [state_vector(r.doc.get_state()) for r in replicas]
    return all(v == vectors[0] for v in vectors)


class Remote:
    """A remote collaborator: a replica that reaches the board only through the relay."""

    def __init__(self, base: str, token: str = EDIT_TOKEN) -> None:
        self.replica = Replica(BOARD)
        self.node = SyncNode({BOARD: self.replica}, peer_id="remote", settings=SyncSettings(**FAST))
        self.link = self.node.keep(RelayLink(self.node, BOARD, base, token))


@pytest.fixture
async def net(tmp_path: Path):
    """Build pieces; everything is closed at the end, in reverse."""
    made: list[object] = []
    key = secrets.token_bytes(32)

    class Net:
        async def relay(self, **kw) -> FakeRelay:
            relay = FakeRelay([BOARD], {PEER_TOKEN: BOARD, EDIT_TOKEN: BOARD}, **{**FAST, **kw})
            await relay.start()
            made.append(relay)
            return relay

        async def peer(self, name: str, **limits) -> LoopbackPeer:
            peer = LoopbackPeer(name, {BOARD: key}, **{**FAST, **limits})
            await peer.start()
            made.append(peer)
            return peer

        async def proxy(self, target: int, tls: ssl.SSLContext | None = None) -> TcpProxy:
            proxy = TcpProxy(target, tls=tls)
            await proxy.start()
            made.append(proxy)
            return proxy

        def remote(self, base: str, token: str = EDIT_TOKEN) -> Remote:
            remote = Remote(base, token)
            made.append(remote)
            return remote

    yield Net()
    for thing in reversed(made):
        if isinstance(thing, Remote):
            await thing.node.aclose()
        elif isinstance(thing, FakeRelay):
            await thing.aclose()
        else:
            await thing.stop()  # type: ignore[attr-defined]


def relay_link(peer: LoopbackPeer, base: str, token: str = PEER_TOKEN, **kw) -> RelayLink:
    return peer.node.keep(RelayLink(peer.node, BOARD, base, token, **kw))  # type: ignore[return-value]


async def test_a_peer_and_a_remote_client_sync_both_ways_through_the_relay(net) -> None:
    relay = await net.relay()
    home = await net.peer("home")
    link = relay_link(home, relay.url())
    remote = net.remote(relay.url())
    await link.wait_synced(10)
    home.replicas[BOARD].board.add_intent("from home", origin="user:home")
    remote.replica.board.add_intent("from afar", origin="user:remote")
    want = {"from home", "from afar"}
    await wait_until(lambda: intents(home.replicas[BOARD]) == want == intents(remote.replica), what="both ways")
    assert link.url == f"{relay.url()}/yjs/{BOARD}" and PEER_TOKEN not in repr(link)
    assert home.node.connected_peers(BOARD) == {RELAY_PEER}
    # presence crosses too: the remote client sees the home peer
    await wait_until(lambda: "home" in remote.replica.presence.peers(), what="the home peer's presence afar")


async def test_lan_keeps_working_while_the_relay_is_cut_off_and_both_sides_merge_when_it_returns(net) -> None:
    relay = await net.relay()
    internet = await net.proxy(relay.port)  # between the home LAN and the relay
    a, b = await net.peer("a"), await net.peer("b")
    a.node.link(BOARD, b.url(BOARD))
    links = [relay_link(p, f"ws://127.0.0.1:{internet.port}") for p in (a, b)]
    remote = net.remote(relay.url())
    for link in links:
        await link.wait_synced(10)
    await internet.stop()  # the home's uplink goes down; the relay and remote users carry on
    await wait_until(lambda: not any(link.synced for link in links), what="both relay links down")
    a.replicas[BOARD].board.add_intent("lan a", origin="user:a")
    b.replicas[BOARD].board.add_intent("lan b", origin="user:b")
    remote.replica.board.add_intent("remote meanwhile", origin="user:remote")
    await wait_until(lambda: intents(a.replicas[BOARD]) == {"lan a", "lan b"} == intents(b.replicas[BOARD]),
                     what="the LAN session syncs without the relay")
    assert intents(remote.replica) == {"remote meanwhile"}
    await internet.start()  # same port: the links find it again by themselves
    want = {"lan a", "lan b", "remote meanwhile"}
    everyone = [a.replicas[BOARD], b.replicas[BOARD], relay.replicas[BOARD], remote.replica]
    await wait_until(lambda: all(intents(r) == want for r in everyone), timeout_s=15, what="everyone merged")
    await wait_until(lambda: same(*everyone), what="identical state vectors")
    assert board_state(a, BOARD) == board_state(b, BOARD)


async def test_a_relay_restart_loses_nothing_made_meanwhile(net) -> None:
    relay = await net.relay()
    home = await net.peer("home")
    link = relay_link(home, relay.url())
    await link.wait_synced(10)
    home.replicas[BOARD].board.add_intent("before", origin="user:home")
    await wait_until(lambda: intents(relay.replicas[BOARD]) == {"before"}, what="the relay has it")
    connects = link.connects
    await relay.stop()
    await wait_until(lambda: not link.synced, what="link down")
    home.replicas[BOARD].board.add_intent("while it was down", origin="user:home")
    await relay.start()
    await wait_until(lambda: intents(relay.replicas[BOARD]) == {"before", "while it was down"}, timeout_s=15,
                     what="caught up by state vector after the restart")
    assert link.connects > connects


async def test_wss_through_a_tls_terminating_proxy_with_a_private_ca(net, tmp_path: Path) -> None:
    made = self_signed_cert(tmp_path)
    if made is None:
        pytest.skip("no openssl CLI to make a certificate")
    cert, key = made
    server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_tls.load_cert_chain(cert, key)
    relay = await net.relay()
    proxy = await net.proxy(relay.port, tls=server_tls)
    trusting, doubting = await net.peer("trusting"), await net.peer("doubting")
    base = f"wss://127.0.0.1:{proxy.port}"
    good = relay_link(trusting, base, ssl_context=relay_ssl_context(cert))
    bad = relay_link(doubting, base)  # system CAs only: the self-signed certificate is not trusted
    await good.wait_synced(10)
    trusting.replicas[BOARD].board.add_intent("over TLS", origin="user:t")
    await wait_until(lambda: intents(relay.replicas[BOARD]) == {"over TLS"}, what="sync through the TLS proxy")
    await wait_until(lambda: "certificate" in bad.last_error.lower(), what="the untrusted certificate named")
    assert not bad.synced and intents(doubting.replicas[BOARD]) == set()


async def test_a_wrong_token_is_refused_clearly_and_retried_slowly(net, caplog) -> None:
    relay = await net.relay(backoff_refused_s=600.0)
    home = await net.peer("home", backoff_refused_s=600.0)
    wrong = "mxr_deadbeef_" + "w" * 43
    link = relay_link(home, relay.url(), token=wrong)
    await wait_until(lambda: link.state == "refused", what="refused")
    assert (link.close_code, link.close_reason) == (4401, "unknown or revoked token")
    assert "4401" in link.last_error and "unknown or revoked token" in link.last_error
    # the first retry already waits about backoff_refused_s, not backoff_min_s doubling up to it
    await wait_until(lambda: link.retry_in_s > 0, what="a retry scheduled")
    assert link.retry_in_s >= 300.0
    assert len(relay.refusals) == 1
    assert wrong not in caplog.text and wrong not in link.last_error


async def test_a_refusal_is_logged_once_however_often_it_is_retried(net, caplog) -> None:
    caplog.set_level(logging.INFO, logger="multiplex")
    relay = await net.relay()
    home = await net.peer("home", backoff_refused_s=0.05)
    link = relay_link(home, relay.url(), token="mxr_deadbeef_" + "w" * 43)
    await wait_until(lambda: len(relay.refusals) >= 3, what="three refusals")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "refused" in r.getMessage()]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "MULTIPLEX_RELAY_TOKEN" in warnings[0].getMessage() and "4401" in warnings[0].getMessage()
    # between two refusals a retry may be mid-handshake ("open" until the 4401 arrives): never synced
    assert not link.synced


async def test_a_token_for_another_board_is_refused_with_4403(net) -> None:
    relay = await net.relay()
    relay.tokens[PEER_TOKEN] = "other"
    home = await net.peer("home")
    link = relay_link(home, relay.url())
    await wait_until(lambda: link.state == "refused", what="refused")
    assert link.close_code == 4403 and "another board" in link.last_error


async def test_a_revoked_token_ends_the_session_and_the_link_says_why(net) -> None:
    relay = await net.relay(backoff_refused_s=600.0)
    home = await net.peer("home", backoff_refused_s=600.0)
    link = relay_link(home, relay.url())
    await link.wait_synced(10)
    await relay.revoke(PEER_TOKEN)
    await wait_until(lambda: link.state == "refused", what="refused after revocation")
    assert link.close_code == 4401 and "revoked" in link.close_reason
    home.replicas[BOARD].board.add_intent("after revocation", origin="user:home")
    await asyncio.sleep(0.2)
    assert intents(relay.replicas[BOARD]) == set()


async def test_assets_travel_both_ways_over_the_relay_link(net, tmp_path: Path) -> None:
    relay_store, home_store = AssetStore(tmp_path / "relay"), AssetStore(tmp_path / "home")
    relay = await net.relay()
    relay.node.side = relay.channel = AssetChannel(relay_store)
    home = await net.peer("home")
    home.node.side = channel = AssetChannel(home_store)
    link = relay_link(home, relay.url())
    await link.wait_synced(10)
    take = os.urandom(2 * 256 * 1024 + 5)
    upload = os.urandom(1000)
    take_sha = home_store.put_bytes(take, mime="application/octet-stream").sha256
    upload_sha = relay_store.put_bytes(upload, mime="application/octet-stream").sha256
    board = home.replicas[BOARD].board
    intent = board.add_intent("a shot", origin="user:home")
    board.add_gen_art(intent.id, "image", origin="peer:home", stage="still", asset=take_sha, peer_id="home")
    board.add_comp(intent.id, "image", origin="user:remote", asset=upload_sha)
    await wait_until(lambda: len(relay.replicas[BOARD].board.blocks()) == len(board.blocks()), what="blocks")
    (session,) = relay.sessions(BOARD)
    await relay.channel.fetch(session, take_sha)  # the relay caches a take from the home peer
    assert relay_store.path(take_sha).read_bytes() == take
    await channel.fetch(link._session, upload_sha)  # and the home peer gets what a remote user uploaded
    assert home_store.path(upload_sha).read_bytes() == upload
