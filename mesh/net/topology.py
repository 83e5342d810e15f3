"""Which peers a peer dials for a board: a ring with chords, computed the same way by everyone.

Why not a full mesh: with n peers each edit would cross n - 1 links from its author and every peer would
hold n - 1 sockets per board, so traffic per peer grows with n. Here every peer sorts the ids of the
board's peers and places them on a ring; the graph is a circulant: each peer is joined to the peers
s places further on and back, for each step s of a set that always holds 1 (the ring) and at most
`fanout` steps in all (`chord_steps`). The steps are the fewest, searched the same way by everyone, that
bring every peer within 2 hops of every other -- the hops from a client to another through a star
server -- so with the default fanout 4 each peer holds at most 8 links (4 up to 5 peers and from 6 to 11,
6 from 12 to 21, 8 from 22 to 33) and every edit reaches every peer in 2 hops up to 33 peers; beyond
that the steps found make 3 hops or so, with the same bound on links. Every edge is dialed by exactly
one end (the lower id); sessions relay updates (`mesh.net.sync`) along the author's shortest-path tree
(below), so an edit reaches everyone in the graph's diameter at most, in n - 1 frames.

Peers whose views of the membership differ briefly (discovery is not instant) may dial an edge the other
side would not; that only adds a redundant link until the views agree. Sync is idempotent either way.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "DEFAULT_FANOUT",
    "Relay",
    "chord_steps",
    "diameter",
    "edges",
    "incident",
    "neighbours_to_dial",
    "relay_targets",
    "tree_position",
    "view_hash",
]

DEFAULT_FANOUT = 4  # chord steps at most: each peer links to at most 2 * fanout others
TARGET_HOPS = 2  # what the steps aim for: a star server's client -> server -> client
SEARCH_BUDGET = 4_000  # step sets tried per (hops, steps) before settling for the greedy choice


def _circulant_hops(n: int, steps: Iterable[int]) -> int:
    """The diameter of the circulant graph on n places with these steps (it is the same from every
    place, so one breadth-first search from place 0 gives it); -1 if it is not connected."""
    moves = {s % n for s in steps} | {-s % n for s in steps}
    moves.discard(0)
    seen = {0}
    frontier = {0}
    hops = 0
    while len(seen) < n:
        frontier = {(p + m) % n for p in frontier for m in moves} - seen
        if not frontier:
            return -1
        seen |= frontier
        hops += 1
    return hops


@lru_cache(maxsize=256)
def chord_steps(n: int, fanout: int = DEFAULT_FANOUT) -> tuple[int, ...]:
    """The ring steps for n peers: the fewest (at least 2, from 4 peers on, so no single link is a
    peer's only way round a break) whose circulant is within TARGET_HOPS, trying step sets in order
    (so everyone finds the same); with more peers than `fanout` steps can bring within that, the
    fewest hops `fanout` steps reach, or when the search budget runs out, steps chosen greedily (each
    the one that brings most places within TARGET_HOPS)."""
    half = n // 2
    fanout = max(1, fanout)
    if half < 1:
        return ()
    least = min(2, half, fanout)
    for target in itertools.count(TARGET_HOPS):
        for k in range(least, fanout + 1):
            for tried, rest in enumerate(itertools.combinations(range(2, half + 1), k - 1)):
                if tried >= SEARCH_BUDGET:
                    return _greedy_steps(n, fanout)
                steps = (1, *rest)
                if 0 < _circulant_hops(n, steps) <= target:
                    return steps
    raise AssertionError("unreachable: the ring itself has a finite diameter")  # pragma: no cover


def _greedy_steps(n: int, fanout: int) -> tuple[int, ...]:
    steps = [1]

    def reach(candidate: list[int]) -> int:
        moves = {s % n for s in candidate} | {-s % n for s in candidate}
        seen = frontier = {0}
        for _ in range(TARGET_HOPS):
            frontier = {(p + m) % n for p in frontier for m in moves}
            seen = seen | frontier
        return len(seen)

    while len(steps) < fanout and not 0 < _circulant_hops(n, steps) <= TARGET_HOPS:
        best = max((s for s in range(2, n // 2 + 1) if s not in steps), key=lambda s: (reach([*steps, s]), -s))
        steps.append(best)
    return tuple(steps)


def edges(peer_ids: Iterable[str], *, fanout: int = DEFAULT_FANOUT) -> set[tuple[str, str]]:
    """The graph over these peers, as (lower id, higher id) pairs."""
    ring = sorted(set(peer_ids))
    n = len(ring)
    out: set[tuple[str, str]] = set()
    for step in chord_steps(n, fanout):
        for i, me in enumerate(ring):
            other = ring[(i + step) % n]
            if other != me:
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
    """Parent of every peer in a shortest-path tree from `origin`, its relaying shared out: depth by
    depth, each peer (those with the fewest candidates first, then by id) takes the candidate parent one
    hop nearer the origin with the fewest children so far (ties: the lowest id). A relay sends its
    frames one after another, so its children count is what the last of them waits: among 32 peers a
    peer at depth 1 relays to at most 4 this way, to as many as 7 (and another to none) with lowest-id
    ties alone."""
    adj: dict[str, set[str]] = {p: set() for p in ids}
    for a, b in edges(ids, fanout=fanout):
        adj[a].add(b)
        adj[b].add(a)
    parent: dict[str, str] = {}
    seen = {origin}
    frontier = {origin}
    while frontier:
        below = {q for p in frontier for q in adj[p]} - seen
        kids = dict.fromkeys(frontier, 0)
        candidates = {q: sorted(adj[q] & frontier) for q in below}
        for q in sorted(below, key=lambda q: (len(candidates[q]), q)):
            p = min(candidates[q], key=lambda p: (kids[p], p))
            parent[q] = p
            kids[p] += 1
        seen |= below
        frontier = below
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
