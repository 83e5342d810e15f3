"""Which peers a peer dials for a board: a ring with chords, computed the same way by everyone.

Why not a full mesh: with n peers each edit would cross n - 1 links from its author and every peer would
hold n - 1 sockets per board, so traffic per peer grows with n. Here every peer sorts the ids of the
board's peers, places them on a ring, and the graph's edges join each peer to those 1, 2, 4, ...
2**(fanout-1) places further on. Every edge is dialed by exactly one end (the lower id), so each peer
dials at most `fanout` peers and holds about 2 * fanout connections whatever n is; sessions relay
updates (`mesh.net.sync`) along the author's shortest-path tree (below), so an edit reaches everyone in
the graph's diameter at most (2 hops for 8 peers, 3 for 16, 5 for 32 with fanout 3) in n - 1 frames.

Peers whose views of the membership differ briefly (discovery is not instant) may dial an edge the other
side would not; that only adds a redundant link until the views agree. Sync is idempotent either way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "DEFAULT_FANOUT",
    "Relay",
    "diameter",
    "edges",
    "incident",
    "neighbours_to_dial",
    "relay_targets",
    "tree_position",
    "view_hash",
]

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


# -- relaying along a tree --------------------------------------------------------------------------------
#
# Flooding every update to every session but the incoming one crosses each link about twice: 2E - (n-1)
# frames per edit (33 for 8 peers, 161 for 32), each decoded and applied as a no-op by its receiver. An
# update instead follows the shortest-path tree rooted at the peer that made it: n - 1 frames, one apply
# per replica, and no more hops than flooding (a shortest path). Every peer computes the same tree from
# the same membership, so what travels with the update is the origin's id and a hash of the membership
# its tree was computed from (`view_hash`).
#
# A peer follows the tree only when it can vouch for it: same membership hash, the update came from its
# parent, and each of its children has a session. Otherwise it floods, and marks what it sends as a plain
# update so those after it flood too. A flood stops at peers the tree already reached, so a peer whose
# tree parent cannot reach it (a link down, a view that differs) may still miss the update: `SyncNode`
# covers that window by asking its neighbours what it misses as soon as its view changes and every
# presence tick while one of its own links is down (see `incident`), instead of every 20 s.

VIEW_HASH_BYTES = 4


@lru_cache(maxsize=64)
def view_hash(ids: frozenset[str]) -> bytes:
    """A short digest of a membership: peers that hash alike compute the same trees."""
    return hashlib.blake2b("\n".join(sorted(ids)).encode(), digest_size=VIEW_HASH_BYTES).digest()


@lru_cache(maxsize=512)
def _tree(origin: str, ids: frozenset[str], fanout: int) -> dict[str, str]:
    """Parent of every peer in the shortest-path tree from `origin` (ties: the lowest id)."""
    adj: dict[str, list[str]] = {p: [] for p in ids}
    for a, b in edges(ids, fanout=fanout):
        adj[a].append(b)
        adj[b].append(a)
    parent: dict[str, str] = {}
    seen = {origin}
    frontier = [origin]
    while frontier:
        nxt: list[str] = []
        for p in sorted(frontier):  # the lowest-id parent at the previous depth wins a tie
            for q in sorted(adj[p]):
                if q not in seen:
                    seen.add(q)
                    parent[q] = p
                    nxt.append(q)
        frontier = nxt
    return parent


def tree_position(origin: str, me: str, ids: frozenset[str], *, fanout: int = DEFAULT_FANOUT
                  ) -> tuple[str | None, frozenset[str]]:
    """`me`'s parent (None at the origin) and children in the tree an update from `origin` follows."""
    parent = _tree(origin, ids, fanout)
    return parent.get(me), frozenset(q for q, p in parent.items() if p == me)


@lru_cache(maxsize=64)
def incident(me: str, ids: frozenset[str], fanout: int = DEFAULT_FANOUT) -> frozenset[str]:
    """The peers `me` should have a session with (either end dials), by this membership."""
    return frozenset(b if a == me else a for a, b in edges(ids, fanout=fanout) if me in (a, b))


@dataclass(frozen=True, slots=True)
class Relay:
    """Where one update goes: `targets` (remote ids), and whether along a tree (`tree`: a mesh peer gets
    the origin and view with it) or flooded (everyone gets a plain update and floods it on)."""

    targets: frozenset[str]
    tree: bool


def relay_targets(me: str, *, origin: str | None, view: bytes | None, source: str | None,
                  connected: Iterable[str], members: frozenset[str] | None,
                  fanout: int = DEFAULT_FANOUT) -> Relay:
    """Which connected remotes an update goes to, and how.

    `origin`/`view` came with the update (None: not known, e.g. a sync reply or a relay's frame; for an
    edit made here, this peer and its own view), `source` is the session it came from (None: made here),
    `members` the board's mesh as this peer sees it (None: no routing, e.g. the relay: flood). Remotes
    outside the membership (the relay, a static seed not yet discovered) get every update: they are
    leaves of every tree.
    """
    others = frozenset(p for p in connected if p != source)
    if members is None or origin is None or view is None:
        return Relay(others, tree=False)
    ids = members | {me}
    if origin not in ids or view != view_hash(ids):
        return Relay(others, tree=False)  # the sender's tree is not ours: flood
    parent, children = tree_position(origin, me, ids, fanout=fanout)
    if source is not None and source != parent:
        return Relay(others, tree=False)  # flooded to us: flood on
    if not children <= others:
        return Relay(others, tree=False)  # a child has no session: its subtree needs every other way in
    return Relay(children | frozenset(p for p in others if p not in ids), tree=True)
