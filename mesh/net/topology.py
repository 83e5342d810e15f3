"""Which peers a peer dials for a board: a ring with chords, computed the same way by everyone.

Why not a full mesh: with n peers each edit would cross n - 1 links from its author and every peer would
hold n - 1 sockets per board, so traffic per peer grows with n. Here every peer sorts the ids of the
board's peers, places them on a ring, and the graph's edges join each peer to those 1, 2, 4, ...
2**(fanout-1) places further on. Every edge is dialed by exactly one end (the lower id), so each peer
dials at most `fanout` peers and holds about 2 * fanout connections whatever n is; sessions relay
updates (`mesh.net.sync`), so an edit reaches everyone in about log2(n) / fanout... hops (2 for 8 peers,
3 for 16 with fanout 3) and every peer sends each update to at most its degree - 1 neighbours.

Peers whose views of the membership differ briefly (discovery is not instant) may dial an edge the other
side would not; that only adds a redundant link until the views agree. Sync is idempotent either way.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["DEFAULT_FANOUT", "diameter", "edges", "neighbours_to_dial"]

DEFAULT_FANOUT = 3


def edges(peer_ids: Iterable[str], *, fanout: int = DEFAULT_FANOUT) -> set[tuple[str, str]]:
    """The graph over these peers, as (lower id, higher id) pairs."""
    ring = sorted(set(peer_ids))
    n = len(ring)
    out: set[tuple[str, str]] = set()
    for i, me in enumerate(ring):
        for k in range(max(1, fanout)):
            step = 2**k
            if step >= n:
                break
            other = ring[(i + step) % n]
            out.add((me, other) if me < other else (other, me))
    return out


def neighbours_to_dial(me: str, peer_ids: Iterable[str], *, fanout: int = DEFAULT_FANOUT) -> set[str]:
    """The peers `me` should keep a link to (it is the lower id of those edges)."""
    ids = set(peer_ids) | {me}
    return {b for a, b in edges(ids, fanout=fanout) if a == me}


def diameter(peer_ids: Iterable[str], *, fanout: int = DEFAULT_FANOUT) -> int:
    """The most hops between two peers (for docs and tests)."""
    ids = sorted(set(peer_ids))
    adj: dict[str, set[str]] = {p: set() for p in ids}
    for a, b in edges(ids, fanout=fanout):
        adj[a].add(b)
        adj[b].add(a)
    worst = 0
    for start in ids:
        seen = {start: 0}
        frontier = [start]
        while frontier:
            nxt = []
            for p in frontier:
                for q in adj[p]:
                    if q not in seen:
                        seen[q] = seen[p] + 1
                        nxt.append(q)
            frontier = nxt
        if len(seen) < len(ids):
            return -1
        worst = max(worst, max(seen.values()))
    return worst
