"""Several peers in one process, syncing boards over real websockets on 127.0.0.1 (uvicorn + aiohttp)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets

import aiohttp
import pytest

import mesh.net.sync as sync
from mesh.net._wire import (
    FrameKind,
    awareness_client_count,
    decode_frame,
    encode_query_awareness,
    encode_step1,
    encode_update,
)
from mesh.net.auth import ClientHandshake
from mesh.net.sync import CATCH_UP_AFTER_S, PRESENCE_TICK_S, ROUTES_AFTER_S
from mesh.net.topology import incident
from tests.fakes.mesh_peers import LoopbackPeer, board_state, connect_topology, state_vector, wait_until

BOARD = "film"
FAST = {"backoff_min_s": 0.05, "backoff_max_s": 0.3, "handshake_timeout_s": 2.0}


@pytest.fixture
async def make_peers():
    made: list[LoopbackPeer] = []
    board_key = secrets.token_bytes(32)  # one board: every peer of a test holds its key unless told

    async def go(n: int, *, key: bytes | None = None, prefix: str = "p", **limits) -> list[LoopbackPeer]:
        key = key or board_key
        out = []
        for _ in range(n):
            peer = LoopbackPeer(f"{prefix}{len(made):02d}", {BOARD: key}, **{**FAST, **limits})
            await peer.start()
            made.append(peer)
            out.append(peer)
        return out

    yield go
    for peer in made:
        await peer.stop()


def intents(peer: LoopbackPeer) -> set[str]:
    return {i.description for i in peer.replicas[BOARD].board.intents()}


def converged(peers: list[LoopbackPeer]) -> bool:
    """Same content and same state vector (every replica holds every other's operations)."""
    first = board_state(peers[0], BOARD)
    vectors = [state_vector(peer.replicas[BOARD].doc.get_state()) for peer in peers]
    return all(v == vectors[0] for v in vectors) and all(board_state(p, BOARD) == first for p in peers[1:])


async def test_three_peers_converge(make_peers) -> None:
    peers = await make_peers(3)
    connect_topology(peers, BOARD)
    for i, p in enumerate(peers):
        p.replicas[BOARD].board.add_intent(f"shot {i}", origin=f"user:{i}")
    want = {"shot 0", "shot 1", "shot 2"}
    await wait_until(lambda: all(intents(p) == want for p in peers), what="every replica has every intent")
    assert converged(peers)


async def test_relay_reaches_peers_without_a_direct_link(make_peers) -> None:
    a, b, c = await make_peers(3)
    a.node.link(BOARD, b.url(BOARD))  # a line: a - b - c
    b.node.link(BOARD, c.url(BOARD))
    a.replicas[BOARD].board.add_intent("relayed", origin="user:a")
    await wait_until(lambda: intents(c) == {"relayed"}, what="c gets a's edit through b")
    assert c.peer_id not in a.node.connected_peers(BOARD)
    # presence too: c sees a's state, relayed by b
    await wait_until(lambda: a.peer_id in c.replicas[BOARD].presence.peers(), what="a's presence at c")


async def test_one_edit_is_applied_once_per_replica_and_not_echoed(make_peers) -> None:
    peers = await make_peers(4)
    connect_topology(peers, BOARD)  # 4 peers, fanout 3: a full mesh, so redundant paths exist
    for p in peers[1:]:
        await wait_until(lambda p=p: len(p.node.connected_peers(BOARD)) == 3, what="all links up")
    seen: dict[str, int] = {p.peer_id: 0 for p in peers}
    for p in peers:
        p.replicas[BOARD].on_update(lambda u, src, pid=p.peer_id: seen.__setitem__(pid, seen[pid] + 1))
    await asyncio.sleep(0.2)  # initial sync and presence frames settle before counting
    before = sum(p.node.stats.sent_frames for p in peers)
    peers[0].replicas[BOARD].board.add_intent("once", origin="user:a")
    await wait_until(lambda: all(intents(p) == {"once"} for p in peers), what="edit everywhere")
    await asyncio.sleep(0.3)  # give a storm, if any, time to show in the counters below
    assert seen == {p.peer_id: 1 for p in peers}
    sent = sum(p.node.stats.sent_frames for p in peers) - before
    # At most: the author -> 3 neighbours, each of them -> its 2 other neighbours = 9 frames. An echo (back
    # to the sender) or a storm (re-forwarding a known update) would exceed it.
    assert 3 <= sent <= 9, f"{sent} frames for one edit among 4 fully linked peers"


async def _mesh_of(make_peers, n: int, **limits) -> list[LoopbackPeer]:
    peers = await make_peers(n, **limits)
    connect_topology(peers, BOARD)
    ids = frozenset(p.peer_id for p in peers)
    await wait_until(lambda: all(p.node.connected_peers(BOARD) >= incident(p.peer_id, ids) for p in peers),
                     timeout_s=20, what="every link up")
    await asyncio.sleep(CATCH_UP_AFTER_S + 0.3)  # the catch-up round a new membership asks for is over
    return peers


async def test_each_edit_crosses_n_minus_one_links_along_its_authors_tree(make_peers) -> None:
    """8 peers, 20 links: a flood sent 33 frames per edit (each link about twice); the author's tree
    sends one frame per other peer, and every replica applies the edit exactly once."""
    peers = await _mesh_of(make_peers, 8)
    seen = {p.peer_id: 0 for p in peers}
    for p in peers:
        p.replicas[BOARD].on_update(lambda u, src, pid=p.peer_id: seen.__setitem__(pid, seen[pid] + 1))
    before = sum(p.node.stats.frames_by_kind.get("update", 0) for p in peers)
    for i in range(10):
        peers[(3 * i) % 8].replicas[BOARD].board.add_intent(f"edit {i}", origin="user:x")
        await wait_until(lambda i=i: all(f"edit {i}" in intents(p) for p in peers), what=f"edit {i} everywhere")
    await asyncio.sleep(0.3)  # a storm, if any, would show in the counters now
    sent = sum(p.node.stats.frames_by_kind.get("update", 0) for p in peers) - before
    assert sent == 10 * 7, f"{sent / 10} update frames per edit among 8 peers"
    assert seen == {p.peer_id: 10 for p in peers}


def _aware_frames(peers: list[LoopbackPeer]) -> int:
    return sum(p.node.stats.frames_by_kind.get("awareness", 0) for p in peers)


def _sees(peer: LoopbackPeer, other: LoopbackPeer, take: int) -> bool:
    state = peer.replicas[BOARD].presence.peers().get(other.peer_id, {})
    return state.get("take") == take


async def test_each_presence_change_crosses_n_minus_one_links_along_its_peers_tree(make_peers) -> None:
    """Presence (progress, thumbnails, GPUs) follows the same trees as edits: flooded, each change
    crossed 25 of the 40 directions of the 20 links among 8 peers; along the tree of the peer whose
    state it is, 7, and every peer still sees it."""
    peers = await _mesh_of(make_peers, 8, presence_renew_s=600)  # no renewal lands in the count
    await asyncio.sleep(0.3)  # the first states have settled
    before = _aware_frames(peers)
    for i in range(5):
        author = peers[(3 * i) % 8]
        author.replicas[BOARD].presence.set("take", i)
        await wait_until(lambda a=author, i=i: all(_sees(p, a, i) for p in peers if p is not a),
                         what=f"presence change {i} everywhere")
    await asyncio.sleep(0.3)  # a storm, if any, would show in the counters now
    assert _aware_frames(peers) - before == 5 * 7


async def test_presence_floods_where_views_differ_and_reaches_peers_outside_the_membership(make_peers) -> None:
    """A peer whose membership view differs from the others' (a leave not yet seen everywhere) cannot
    vouch for their trees: a frame names the view its tree was computed from, and a peer that holds
    another floods it on. Routed by its own view instead, p00 (which does not count p03) would leave p04
    without p01's change, p05 without p02's, p01 without p04's and p02 without p05's. A peer outside the
    membership (a relay, a seed not yet discovered) is a leaf of every tree."""
    peers = await _mesh_of(make_peers, 6)
    odd = peers[0]
    odd.node.set_members(BOARD, [p.peer_id for p in peers if p is not peers[3]])
    (outsider,) = await make_peers(1, prefix="x")
    await outsider.node.link(BOARD, peers[1].url(BOARD)).wait_synced(5)
    for i, author in enumerate([peers[1], peers[2], peers[4], peers[5], odd]):
        author.replicas[BOARD].presence.set("take", i)
        await wait_until(lambda a=author, i=i: all(_sees(p, a, i) for p in [*peers, outsider] if p is not a),
                         timeout_s=3, what=f"presence change {i} everywhere, the outsider too")


async def test_sessions_that_open_after_an_edit_get_the_next_one_by_update(make_peers) -> None:
    """A peer's routes are kept per kind of transaction: one that opens later (a peer outside the
    membership, a reconnect to a member) is in the next edit's route, not left to the 20 s repair."""
    peers = await _mesh_of(make_peers, 4)
    p00, p01 = peers[0], peers[1]
    p00.replicas[BOARD].board.add_intent("before", origin="user:x")
    p01.replicas[BOARD].board.add_intent("relayed before", origin="user:x")
    await wait_until(lambda: all(len(intents(p)) == 2 for p in peers), what="both edits everywhere")
    (outsider,) = await make_peers(1, prefix="x")  # a leaf of every tree: not in anyone's membership
    await outsider.node.link(BOARD, p00.url(BOARD)).wait_synced(5)
    p00.replicas[BOARD].board.add_intent("after", origin="user:x")
    p01.replicas[BOARD].board.add_intent("relayed after", origin="user:x")
    await wait_until(lambda: {"after", "relayed after"} <= intents(outsider), timeout_s=3,
                     what="the next edits at the peer that joined")

    # a member's session drops and comes back: the new session is in the routes, the old one is not
    await p00.node.unlink(BOARD, p01.url(BOARD))
    await wait_until(lambda: p01.peer_id not in p00.node.connected_peers(BOARD), what="p00 - p01 closed")
    await p00.node.link(BOARD, p01.url(BOARD)).wait_synced(5)
    await asyncio.sleep(CATCH_UP_AFTER_S + 0.3)  # past the catch-up round: what follows comes by update
    p00.replicas[BOARD].board.add_intent("after the reconnect", origin="user:x")
    await wait_until(lambda: "after the reconnect" in intents(p01), timeout_s=3, what="the edit at p01")


async def test_every_origins_route_is_worked_out_before_its_first_edit(make_peers, monkeypatch) -> None:
    """Once sessions and membership settle, each peer knows where every origin's edits go on from it:
    the first edit from each of 8 authors works out no route on its way (each was 20-40 µs a hop at 32
    peers, paid once per origin by every peer after every change). Routes kept still follow changes: a
    session that drops and comes back is in the routes worked out after it."""
    peers = await _mesh_of(make_peers, 8)
    worked_out = []
    real = sync.relay_targets
    monkeypatch.setattr(sync, "relay_targets", lambda *a, **kw: worked_out.append(a) or real(*a, **kw))
    for i, p in enumerate(peers):
        p.replicas[BOARD].board.add_intent(f"first from {i}", origin="user:x")
        await wait_until(lambda i=i: all(f"first from {i}" in intents(q) for q in peers), what=f"edit {i}")
    assert worked_out == [], f"{len(worked_out)} routes worked out on the edits' path"

    p00, p01 = peers[0], peers[1]
    await p00.node.unlink(BOARD, p01.url(BOARD))
    await wait_until(lambda: p01.peer_id not in p00.node.connected_peers(BOARD), what="p00 - p01 closed")
    await asyncio.sleep(ROUTES_AFTER_S + 0.2)  # routes worked out without that session
    await p00.node.link(BOARD, p01.url(BOARD)).wait_synced(5)
    await asyncio.sleep(max(CATCH_UP_AFTER_S, ROUTES_AFTER_S) + 0.3)
    worked_out.clear()
    p00.replicas[BOARD].board.add_intent("after the reconnect", origin="user:x")
    await wait_until(lambda: all("after the reconnect" in intents(q) for q in peers), timeout_s=3,
                     what="the edit everywhere, by update")
    assert worked_out == []


async def test_a_peer_whose_tree_link_is_down_gets_the_edit_within_a_presence_tick(make_peers) -> None:
    """p00 - p01 is the tree edge by which p03's edits reach p00. With it down p01 floods, which may not
    reach p00 (those it reaches already have the edit); p00 knows a link it wants is missing and asks its
    neighbours every presence tick, instead of waiting for the 20 s repair."""
    peers = await _mesh_of(make_peers, 8)
    p00, p01, p03 = peers[0], peers[1], peers[3]
    await p00.node.unlink(BOARD, p01.url(BOARD))  # p00 dialed it (the lower id); nobody redials it now
    await wait_until(lambda: p01.peer_id not in p00.node.connected_peers(BOARD), what="p00 - p01 closed")
    await asyncio.sleep(CATCH_UP_AFTER_S + 0.3)
    loop = asyncio.get_running_loop()
    start = loop.time()
    p03.replicas[BOARD].board.add_intent("around the gap", origin="user:x")
    await wait_until(lambda: all("around the gap" in intents(p) for p in peers), timeout_s=2 * PRESENCE_TICK_S + 1,
                     what="the edit everywhere within two presence ticks")
    assert loop.time() - start < 2 * PRESENCE_TICK_S + 1


async def test_a_peer_whose_tree_link_is_down_gets_presence_changes_within_a_presence_tick(make_peers) -> None:
    """The same gap for presence: p01 floods p03's change, which dies at peers that already have it, so
    p00 would miss every change and renewal along that edge and drop p03 after 30 s. p00 asks its
    neighbours for their presence (y-protocols' query-awareness) with its state vector, every tick.
    Whether p01's flood gets round anyway depends on which frame a neighbour of p00 reads first (in
    about half the runs it does), so the asking is counted too: with nothing changing, p00 still asks
    each of its sessions every tick."""
    peers = await _mesh_of(make_peers, 8, presence_renew_s=600)  # no renewals: what p00 sends is asks
    p00, p01, p03 = peers[0], peers[1], peers[3]
    await p00.node.unlink(BOARD, p01.url(BOARD))
    await wait_until(lambda: p01.peer_id not in p00.node.connected_peers(BOARD), what="p00 - p01 closed")
    await asyncio.sleep(CATCH_UP_AFTER_S + 0.3)
    for i in range(3):
        p03.replicas[BOARD].presence.set("take", i)
        await wait_until(lambda i=i: all(_sees(p, p03, i) for p in peers if p is not p03),
                         timeout_s=2 * PRESENCE_TICK_S + 1, what=f"presence change {i} everywhere within two ticks")
    await asyncio.sleep(0.3)
    asked = p00.node.stats.frames_by_kind.get("awareness", 0)
    await asyncio.sleep(2 * PRESENCE_TICK_S + 0.2)
    assert p00.node.stats.frames_by_kind.get("awareness", 0) - asked >= 2 * len(p00.node.sessions(BOARD))


async def test_an_update_that_waits_for_an_earlier_one_asks_its_sender(make_peers) -> None:
    """Over TCP nothing is lost silently, but an update may come before one it builds on (the earlier one
    was in flight on a session that died, or travels another tree). The receiver asks its sender at once
    (SYNC_STEP1) rather than at the next 20 s repair."""
    key = secrets.token_bytes(32)
    (b,) = await make_peers(1, key=key)
    from pycrdt import Doc, Map

    author = Doc()
    updates: list[bytes] = []
    author.observe(lambda e: updates.append(e.update))
    m = author.get("scratch", type=Map)
    m["one"] = 1
    m["two"] = 2
    async with aiohttp.ClientSession() as s:
        ws = await _authenticated_ws(s, b, key)
        async def next_step1(timeout_s: float) -> bool:
            try:
                async with asyncio.timeout(timeout_s):
                    while True:
                        msg = await ws.receive()
                        if msg.type == aiohttp.WSMsgType.BINARY:
                            kind, _ = decode_frame(msg.data, max_bytes=1 << 20)
                            if kind == FrameKind.STEP1:
                                return True
            except TimeoutError:
                return False
        assert await next_step1(2.0)  # the one every session starts with
        await ws.send_bytes(encode_update(updates[1]))  # "two" without "one"
        assert await next_step1(2.0), "no question after an update that waits for an earlier one"
        await ws.close()


async def test_late_joiner_catches_up_with_document_and_presence(make_peers) -> None:
    a, b = await make_peers(2)
    connect_topology([a, b], BOARD)
    for i in range(20):
        a.replicas[BOARD].board.add_intent(f"early {i}", origin="user:a")
    b.replicas[BOARD].presence.set("gpus", [{"name": "RTX 6000 Ada", "vram_total": 48}])
    await wait_until(lambda: len(intents(b)) == 20, what="b has a's edits")
    (late,) = await make_peers(1)
    late.node.link(BOARD, a.url(BOARD))
    await wait_until(lambda: len(intents(late)) == 20, what="late joiner has the history")
    await wait_until(lambda: b.peer_id in late.replicas[BOARD].presence.peers(), what="late sees b's presence")
    assert late.replicas[BOARD].presence.peers()[b.peer_id]["gpus"][0]["name"] == "RTX 6000 Ada"
    assert converged([a, b, late])


async def test_dropped_peer_reconnects_and_both_sides_catch_up(make_peers) -> None:
    a, b = await make_peers(2)
    link = a.node.link(BOARD, b.url(BOARD))
    await link.wait_synced(5)
    port = b.port
    await b.crash()  # sockets drop without a goodbye
    await wait_until(lambda: not link.synced, what="a notices the drop")
    a.replicas[BOARD].board.add_intent("while apart (a)", origin="user:a")
    b.replicas[BOARD].board.add_intent("while apart (b)", origin="user:b")
    from mesh.net.sync import SyncSettings, mount_sync

    # a restarted process: a fresh node, same data
    b.node = type(b.node)(b, peer_id=b.peer_id, settings=SyncSettings(**FAST))
    b.app.state.sync_node = b.node
    b.app.router.routes.clear()
    b.node = mount_sync(b.app, b, peer_id=b.peer_id, settings=SyncSettings(**FAST))
    await b.start(port)
    await link.wait_synced(10)
    want = {"while apart (a)", "while apart (b)"}
    await wait_until(lambda: intents(a) == want and intents(b) == want, what="both sides after reconnect")
    assert link.connects >= 2


async def test_partition_heals_with_edits_on_both_sides(make_peers) -> None:
    a, b, c, d = await make_peers(4)
    a.node.link(BOARD, b.url(BOARD))
    c.node.link(BOARD, d.url(BOARD))
    bridge = b.node.link(BOARD, c.url(BOARD))
    await bridge.wait_synced(5)
    shot = a.replicas[BOARD].board.add_intent("castle at dawn", origin="user:a")
    await wait_until(lambda: all(intents(p) == {"castle at dawn"} for p in (a, b, c, d)), what="first sync")

    await b.node.unlink(BOARD, c.url(BOARD))  # partition {a, b} | {c, d}
    await wait_until(lambda: c.peer_id not in b.node.connected_peers(BOARD)
                     and b.peer_id not in c.node.connected_peers(BOARD), what="partition")
    a.replicas[BOARD].board.add_intent("west side", origin="user:a")
    d.replicas[BOARD].board.add_intent("east side", origin="user:d")
    a.replicas[BOARD].board.update(shot.id, title="from the west", origin="user:a")
    d.replicas[BOARD].board.update(shot.id, title="from the east", origin="user:d")
    await wait_until(lambda: "west side" in intents(b) and "east side" in intents(c), what="edits inside halves")
    assert "east side" not in intents(a)

    b.node.link(BOARD, c.url(BOARD))  # heal
    want = {"castle at dawn", "west side", "east side"}
    peers = [a, b, c, d]
    await wait_until(lambda: all(intents(p) == want for p in peers), what="healed")
    await wait_until(lambda: converged(peers), what="identical documents")
    titles = {p.replicas[BOARD].board.block(shot.id).title for p in peers}
    assert len(titles) == 1 and titles <= {"from the west", "from the east"}


async def test_peer_with_wrong_key_is_refused_and_logged(make_peers, caplog) -> None:
    (a,) = await make_peers(1)
    (intruder,) = await make_peers(1, prefix="intruder", key=secrets.token_bytes(32))  # wrong key
    a.replicas[BOARD].board.add_intent("secret plot", origin="user:a")
    caplog.set_level(logging.WARNING, logger="multiplex")
    link = intruder.node.link(BOARD, a.url(BOARD))
    await wait_until(lambda: link.refused, what="the intruder's link is refused")
    assert intents(intruder) == set()
    assert any("refused" in r.getMessage() for r in caplog.records)
    assert a.node.connected_peers(BOARD) == set()


async def test_handshake_does_not_send_the_key(make_peers) -> None:
    key = secrets.token_bytes(32)
    (a,) = await make_peers(1, key=key)
    hs = ClientHandshake(BOARD, key, "spy")
    sent = []
    async with aiohttp.ClientSession() as s, s.ws_connect(a.url(BOARD)) as ws:
        sent.append(hs.hello())
        await ws.send_str(sent[-1])
        challenge = (await ws.receive()).data
        sent.append(hs.on_challenge(challenge))
        await ws.send_str(sent[-1])
        assert "welcome" in (await ws.receive()).data
    import base64

    for frame in [*sent, challenge]:
        assert key.hex() not in frame and base64.urlsafe_b64encode(key).decode().rstrip("=") not in frame


async def _authenticated_ws(s: aiohttp.ClientSession, peer: LoopbackPeer, key: bytes):
    ws = await s.ws_connect(peer.url(BOARD), max_msg_size=64 * 1024 * 1024)
    hs = ClientHandshake(BOARD, key, "rogue")
    await ws.send_str(hs.hello())
    await ws.send_str(hs.on_challenge((await ws.receive()).data))
    assert "welcome" in (await ws.receive()).data
    return ws


async def _close_code(ws: aiohttp.ClientWebSocketResponse) -> int | None:
    async with asyncio.timeout(5):
        while True:
            msg = await ws.receive()
            if msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING):
                return ws.close_code


@pytest.mark.parametrize(("frame", "code"), [
    (b"\x07\x00\x01", 1002),  # unknown message type
    (b"\x00\x02\x05ab", 1002),  # truncated payload
    (encode_update(b"\xff\xfe\xfd"), 1002),  # not a Yjs update
    (encode_step1(b"\xff\xff\xff"), 1002),  # not a state vector
    (b"\x01\x03\xff\xff\xff", 1002),  # awareness garbage
    (b"\x66\x02p0\x00\x00\x00\x00\x03\xff\xff\xff", 1002),  # relayed awareness garbage
    (b"\x66\x7f", 1002),  # relayed awareness, truncated origin
])
async def test_malformed_frames_close_only_that_connection(make_peers, frame: bytes, code: int) -> None:
    key = secrets.token_bytes(32)
    a, b = await make_peers(2, key=key)
    link = b.node.link(BOARD, a.url(BOARD))
    await link.wait_synced(5)
    async with aiohttp.ClientSession() as s:
        ws = await _authenticated_ws(s, a, key)
        await ws.send_bytes(frame)
        assert await _close_code(ws) == code
    a.replicas[BOARD].board.add_intent("still alive", origin="user:a")
    await wait_until(lambda: intents(b) == {"still alive"}, what="a still syncs with b")


async def test_presence_queries_are_answered_once_a_second(make_peers) -> None:
    """A query is one byte and its answer every state the peer holds: a remote that asks in a loop gets
    one answer a second, not one per question."""
    key = secrets.token_bytes(32)
    a, b = await make_peers(2, key=key)
    await b.node.link(BOARD, a.url(BOARD)).wait_synced(5)
    async with aiohttp.ClientSession() as s:
        ws = await _authenticated_ws(s, a, key)
        with contextlib.suppress(asyncio.TimeoutError):
            while True:
                await ws.receive(timeout=0.3)  # what the session's start sent: state vector, presence
        for _ in range(5):
            await ws.send_bytes(encode_query_awareness())
        answers = []
        with contextlib.suppress(asyncio.TimeoutError):
            while True:
                msg = await ws.receive(timeout=0.5)
                kind, payload = decode_frame(msg.data, max_bytes=1 << 20)
                if kind is FrameKind.AWARENESS:
                    answers.append(payload)
        assert len(answers) == 1
        assert awareness_client_count(answers[0]) == 2  # a's own state and b's


async def test_only_mesh_peers_are_asked_for_presence(make_peers) -> None:
    """A session's end makes a peer ask every session for what it lacks; the presence query goes only
    to mesh peers (only trees pass a peer by): a Yjs client or a relay gets the state vector alone."""
    key = secrets.token_bytes(32)
    a, b, c = await make_peers(3, key=key)
    connect_topology([a, b, c], BOARD)
    await wait_until(lambda: a.node.connected_peers(BOARD) >= {b.peer_id, c.peer_id}, what="a linked")
    async with aiohttp.ClientSession() as s:
        ws = await _authenticated_ws(s, a, key)  # "rogue": not in a's membership
        with contextlib.suppress(asyncio.TimeoutError):
            while True:
                await ws.receive(timeout=0.3)  # what the session's start sent
        await c.stop()  # a's session to c ends: a asks b and the outsider what they hold
        kinds = []
        with contextlib.suppress(asyncio.TimeoutError):
            while True:
                kinds.append(decode_frame((await ws.receive(timeout=0.5)).data, max_bytes=1 << 20)[0])
        assert FrameKind.STEP1 in kinds and FrameKind.QUERY_AWARENESS not in kinds


async def test_oversized_frame_closes_with_1009(make_peers) -> None:
    key = secrets.token_bytes(32)
    (a,) = await make_peers(1, key=key, max_frame_bytes=10_000)
    async with aiohttp.ClientSession() as s:
        ws = await _authenticated_ws(s, a, key)
        await ws.send_bytes(encode_update(b"\x00" * 20_000))
        assert await _close_code(ws) == 1009


async def test_garbage_handshake_is_refused_with_1008(make_peers) -> None:
    (a,) = await make_peers(1)
    async with aiohttp.ClientSession() as s, s.ws_connect(a.url(BOARD)) as ws:
        await ws.send_str('{"t": "hello", "v": 1, "board": "film", "peer": "../../etc", "nonce": "x"}')
        assert await _close_code(ws) == 1008
    async with aiohttp.ClientSession() as s, s.ws_connect(a.url("other-board")) as ws:
        await ws.send_str(ClientHandshake("other-board", b"k" * 32, "nobody").hello())
        assert await _close_code(ws) == 1008


async def test_a_broken_presence_observer_neither_closes_the_session_nor_silences_the_others(
        make_peers, caplog) -> None:
    """pycrdt calls awareness observers in turn from inside `apply_awareness_update`: one that raised
    stopped those after it (the relaying among them) and read as a bad frame from the sender, whose
    session was closed. Observers go through `Presence.observe`, which logs the failure and goes on.
    a - b - c in a line (no membership: b floods), so c hears a only through b's relaying."""
    a, b, c = await make_peers(3)

    def broken(topic: str, change: object) -> None:
        raise TypeError("a canvas bug")

    b.replicas[BOARD].presence.observe(broken)  # before b's sessions: ahead of its relaying observer
    heard: list[str] = []
    b.replicas[BOARD].presence.observe(lambda topic, change: heard.append(topic))
    a.node.link(BOARD, b.url(BOARD))
    b.node.link(BOARD, c.url(BOARD))
    await wait_until(lambda: b.node.connected_peers(BOARD) >= {a.peer_id, c.peer_id}, what="a - b - c up")

    def connects() -> int:
        return sum(link.connects for p in (a, b) for link in p.node.links.values())

    before = connects()
    with caplog.at_level(logging.ERROR, logger="multiplex.mesh.model.replica"):
        for i in range(3):
            a.replicas[BOARD].presence.set("take", i)
            await wait_until(lambda i=i: _sees(c, a, i), what=f"presence change {i} through b to c")
        assert heard, "the observer registered after the broken one was not called"
        assert "presence observer" in caplog.text and "failed" in caplog.text

        def relay_bug(*args: object) -> None:  # the relaying observer itself raising: still not a's fault
            raise KeyError("a relaying bug")

        b.node._relay_awareness = relay_bug  # type: ignore[method-assign]
        a.replicas[BOARD].presence.set("take", 9)
        await wait_until(lambda: _sees(b, a, 9), what="b applies a's change")
    await asyncio.sleep(0.3)
    assert connects() == before, "a session was closed over an observer's exception"
    assert b.node.connected_peers(BOARD) >= {a.peer_id, c.peer_id}


async def test_graceful_stop_removes_presence_elsewhere(make_peers) -> None:
    a, b, c = await make_peers(3)
    connect_topology([a, b, c], BOARD)
    await wait_until(lambda: a.peer_id in c.replicas[BOARD].presence.peers(), what="c sees a")
    await a.stop()
    await wait_until(lambda: a.peer_id not in c.replicas[BOARD].presence.peers()
                     and a.peer_id not in b.replicas[BOARD].presence.peers(), what="a's presence gone")


async def test_presence_of_a_silent_peer_expires(make_peers) -> None:
    a, b = await make_peers(2, presence_timeout_s=0.3)
    a.node.link(BOARD, b.url(BOARD))
    await wait_until(lambda: a.peer_id in b.replicas[BOARD].presence.peers(), what="b sees a")
    await a.crash()  # no goodbye, no renewals
    replica = b.replicas[BOARD]
    await wait_until(lambda: (b.node.tend_presence(replica), a.peer_id not in replica.presence.peers())[1],
                     what="a's presence expired at b")


async def test_periodic_anti_entropy_repairs_an_update_lost_on_a_live_link(make_peers) -> None:
    a, b = await make_peers(2, anti_entropy_s=0.3)
    a.node.link(BOARD, b.url(BOARD))
    a.replicas[BOARD].board.add_intent("before", origin="user:a")
    await wait_until(lambda: intents(b) == {"before"}, what="b synced")
    # An edit that never goes on the wire (as if its frame were lost): made with a's listeners detached.
    replica = a.replicas[BOARD]
    listeners, replica._listeners = replica._listeners, []
    try:
        replica.board.add_intent("lost on the wire", origin="user:a")
    finally:
        replica._listeners = listeners
    await wait_until(lambda: intents(b) == {"before", "lost on the wire"}, what="anti-entropy repaired it")
