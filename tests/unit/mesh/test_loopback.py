"""The in-process network: forwards updates and presence between replicas of a board, partitions and heals."""

from __future__ import annotations

import asyncio

from mesh.model.replica import Replica
from mesh.net.loopback import LoopbackNet

USER = "user:alice"


def titles(r: Replica) -> list[str]:
    return sorted(i.title for i in r.board.intents())


def test_join_exchanges_state_and_edits_flow_both_ways() -> None:
    net = LoopbackNet()
    a, b = Replica("s"), Replica("s")
    a.board.add_intent("before join", origin=USER)
    net.join("a", a)
    net.join("b", b)
    assert titles(b) == ["before join"]
    b.board.add_intent("from b", origin=USER)
    a.board.add_intent("from a", origin=USER)
    assert titles(a) == titles(b) == ["before join", "from a", "from b"]
    assert net.messages_sent > 0 and net.bytes_sent > 0
    net.close()


def test_remote_updates_are_not_echoed_back() -> None:
    net = LoopbackNet()
    a, b, c = Replica("s"), Replica("s"), Replica("s")
    for name, r in (("a", a), ("b", b), ("c", c)):
        net.join(name, r)
    sent = net.messages_sent
    a.board.add_intent("one edit", origin=USER)
    assert net.messages_sent - sent == 2  # a -> b and a -> c; b and c do not forward it again
    assert titles(b) == titles(c) == ["one edit"]


def test_other_boards_are_not_linked() -> None:
    net = LoopbackNet()
    a, other = Replica("s"), Replica("elsewhere")
    net.join("a", a)
    net.join("x", other)
    a.board.add_intent("private", origin=USER)
    assert titles(other) == []


def test_partition_then_heal_converges() -> None:
    net = LoopbackNet()
    a, b = Replica("s"), Replica("s")
    net.join("a", a)
    net.join("b", b)
    net.partition(["a"], ["b"])
    a.board.add_intent("a offline", origin=USER)
    b.board.add_intent("b offline", origin=USER)
    assert titles(a) == ["a offline"] and titles(b) == ["b offline"]
    net.heal()
    assert titles(a) == titles(b) == ["a offline", "b offline"]


async def test_delayed_delivery_arrives_later_and_is_dropped_across_a_cut() -> None:
    net = LoopbackNet(delay_s=0.01)
    a, b = Replica("s"), Replica("s")
    net.join("a", a)
    net.join("b", b)
    arrived = asyncio.Event()
    b.on_update(lambda update, source: arrived.set() if source == "a" else None)
    a.board.add_intent("slow", origin=USER)
    assert titles(b) == []
    await asyncio.wait_for(arrived.wait(), timeout=5)
    assert titles(b) == ["slow"]
    # a message in flight when the link is cut is lost; heal repairs it
    a.board.add_intent("lost in flight", origin=USER)
    net.partition(["a"], ["b"])
    passed = asyncio.Event()
    asyncio.get_running_loop().call_later(net.delay_s * 3, passed.set)  # timers fire in order: after delivery
    await asyncio.wait_for(passed.wait(), timeout=5)
    assert titles(b) == ["slow"]
    net.heal()
    assert titles(b) == ["lost in flight", "slow"]


def test_presence_is_forwarded() -> None:
    net = LoopbackNet()
    a, b = Replica("s"), Replica("s")
    net.join("a", a)
    net.join("b", b)
    a.presence.set("peer", {"id": "pa", "name": "studio-a"})
    a.presence.set("runs", {"job-1": {"fraction": 0.25}})
    assert b.presence.peers()["pa"]["peer"]["name"] == "studio-a"
    assert b.presence.progress()["job-1"] == {"fraction": 0.25, "peer": "pa"}


def test_close_stops_forwarding() -> None:
    net = LoopbackNet()
    a, b = Replica("s"), Replica("s")
    net.join("a", a)
    net.join("b", b)
    net.close()
    a.board.add_intent("after close", origin=USER)
    assert titles(b) == []
