"""An in-process network between replicas: several peers in one process (tests, benchmarks, demos).

It forwards every document update and presence change of a replica to the others of the same board,
after an optional delay, exactly as the websocket sync does between machines: same bytes, same
`Replica.apply_remote` trust boundary. `partition()` and `heal()` cut and restore links; healing runs
a full state-vector exchange because updates sent across a cut were dropped.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from mesh.model.replica import Replica

__all__ = ["LoopbackNet"]


class LoopbackNet:
    """Links replicas (by board name) inside one event loop."""

    def __init__(self, *, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s
        self.members: dict[str, Replica] = {}  # member id -> replica
        self.cut: set[frozenset[str]] = set()
        self.bytes_sent = 0
        self.messages_sent = 0
        self._unsubscribe: list[Callable[[], Any]] = []

    def join(self, member: str, replica: Replica) -> None:
        for other_id, other in self.members.items():
            if other.name == replica.name:
                self._exchange(member, replica, other_id, other)
        self.members[member] = replica
        self._unsubscribe.append(replica.on_update(lambda update, source: self._forward(member, update, source)))
        awareness = replica.presence.awareness

        def on_presence(topic: str, change: tuple[dict[str, Any], Any]) -> None:
            if topic == "update" and change[1] == "local":
                self._forward_presence(member, awareness.encode_awareness_update([awareness.client_id]))

        replica.presence.observe(on_presence)

    def _linked(self, a: str, b: str) -> bool:
        return a != b and frozenset((a, b)) not in self.cut

    def _peers_of(self, member: str) -> list[tuple[str, Replica]]:
        board = self.members[member].name
        return [(m, r) for m, r in self.members.items() if r.name == board and self._linked(member, m)]

    def _forward(self, member: str, update: bytes, source: str | None) -> None:
        if source is not None:  # updates that came from another replica were already sent by it
            return
        for other_id, other in self._peers_of(member):
            self._send(member, other_id, lambda o=other: o.apply_remote(update, source=member), len(update))

    def _forward_presence(self, member: str, update: bytes) -> None:
        for other_id, other in self._peers_of(member):
            self._send(member, other_id,
                       lambda o=other: o.presence.awareness.apply_awareness_update(update, "remote"), len(update))

    def _send(self, src: str, dst: str, deliver: Callable[[], Any], size: int) -> None:
        self.bytes_sent += size
        self.messages_sent += 1
        if self.delay_s <= 0:
            deliver()
            return
        loop = asyncio.get_running_loop()

        def later() -> None:
            if self._linked(src, dst):
                deliver()

        loop.call_later(self.delay_s, later)

    def _exchange(self, a_id: str, a: Replica, b_id: str, b: Replica) -> None:
        """Full anti-entropy between two replicas (what a reconnect does)."""
        b.apply_remote(a.doc.get_update(b.doc.get_state()), source=a_id)
        a.apply_remote(b.doc.get_update(a.doc.get_state()), source=b_id)

    def partition(self, group_a: list[str], group_b: list[str]) -> None:
        for a in group_a:
            for b in group_b:
                self.cut.add(frozenset((a, b)))

    def heal(self) -> None:
        self.cut.clear()
        members = list(self.members.items())
        for i, (a_id, a) in enumerate(members):
            for b_id, b in members[i + 1:]:
                if a.name == b.name:
                    self._exchange(a_id, a, b_id, b)

    def close(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
