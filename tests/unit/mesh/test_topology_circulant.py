"""The dial graph (`mesh.net.topology`): a circulant over the sorted ids whose steps bring every peer
within 2 hops of every other up to 33 peers, with at most 2 * fanout links per peer, and relay trees
that share the relaying out and deliver each edit to each peer exactly once, whatever the fanout."""

from __future__ import annotations

import math
import random
from collections import Counter, deque

import pytest

from mesh.net.topology import (
    DEFAULT_FANOUT,
    chord_steps,
    diameter,
    edges,
    incident,
    neighbours_to_dial,
    relay_targets,
    tree_position,
    view_hash,
)


def ids_of(n: int) -> list[str]:
    return [f"p{i:02d}" for i in range(n)]


def degrees(ids: list[str], fanout: int = DEFAULT_FANOUT) -> Counter[str]:
    out: Counter[str] = Counter({p: 0 for p in ids})
    for a, b in edges(ids, fanout=fanout):
        out[a] += 1
        out[b] += 1
    return out


def deliver(origin: str, ids: list[str], fanout: int) -> tuple[Counter[str], int]:
    """One edit by `origin` in a stable view, every peer deciding with `relay_targets` and dialing what
    `neighbours_to_dial` says: (copies each peer received, hops to the farthest)."""
    links = {frozenset((p, q)) for p in ids for q in neighbours_to_dial(p, ids, fanout=fanout)}
    copies: Counter[str] = Counter()
    queue: deque[tuple[str, str, bool, int]] = deque()
    got = {origin: 0}

    def relay(me: str, tree: bool, source: str | None, hops: int) -> None:
        connected = {q for pair in links if me in pair for q in pair - {me}}
        out = relay_targets(me, origin=origin if tree else None, view=view_hash(frozenset(ids)) if tree else None,
                            source=source, connected=connected, members=frozenset(ids) - {me}, fanout=fanout)
        for dst in sorted(out.targets):
            queue.append((me, dst, out.tree, hops + 1))

    relay(origin, True, None, 0)
    while queue:
        src, dst, tree, hops = queue.popleft()
        copies[dst] += 1
        if dst not in got:
            got[dst] = hops
            relay(dst, tree, src, hops)
    assert set(got) == set(ids)
    return copies, max(got.values())


@pytest.mark.parametrize("n", range(2, 34))
def test_two_hops_up_to_33_peers_with_at_most_8_links_each(n: int) -> None:
    ids = ids_of(n)
    assert diameter(ids) <= 2, chord_steps(n)
    assert max(degrees(ids).values()) <= 2 * DEFAULT_FANOUT


@pytest.mark.parametrize("n", [34, 40, 48, 64, 100])
def test_more_peers_keep_the_link_bound_and_few_hops(n: int) -> None:
    ids = ids_of(n)
    assert max(degrees(ids).values()) <= 2 * DEFAULT_FANOUT
    assert 0 < diameter(ids) <= 4, chord_steps(n)


@pytest.mark.parametrize("n", [4, 5, 8, 9, 13, 32])
def test_every_peer_keeps_a_way_round_one_broken_link(n: int) -> None:
    """At least two steps from 4 peers on (a bare ring reaches 2 hops up to 5 peers): each peer has 3 or
    more links, so losing one leaves it 2 or more."""
    assert min(degrees(ids_of(n)).values()) >= 3


def test_eight_peers_are_not_a_full_mesh() -> None:
    """The routing property test (tests/property) relies on 8 peers holding fewer than all 28 pairs."""
    ids = ids_of(8)
    assert len(edges(ids)) < 28 and diameter(ids) == 2


def test_everyone_computes_the_same_graph_from_any_order() -> None:
    ids = ids_of(24)
    want = edges(ids)
    rng = random.Random(3)
    for _ in range(5):
        shuffled = ids[:]
        rng.shuffle(shuffled)
        assert edges(shuffled) == want
    dialed = [(me, q) for me in ids for q in neighbours_to_dial(me, ids)]
    assert sorted(tuple(sorted(e)) for e in dialed) == sorted(want), "each edge dialed once, by its lower id"
    assert all(me < q for me, q in dialed)
    for me in ids:
        assert incident(me, frozenset(ids)) == {b if a == me else a for a, b in want if me in (a, b)}


@pytest.mark.parametrize("fanout", [2, 3, 4, 5, 6])
@pytest.mark.parametrize("n", [8, 16, 24, 32])
def test_each_peer_gets_each_edit_exactly_once_at_any_fanout(n: int, fanout: int) -> None:
    ids = ids_of(n)
    for origin in ids:
        copies, hops = deliver(origin, ids, fanout)
        assert copies == Counter({p: 1 for p in ids if p != origin}), (origin, copies)
        assert hops <= diameter(ids, fanout=fanout)


@pytest.mark.parametrize("n", [16, 24, 32])
def test_the_relaying_is_shared_out(n: int) -> None:
    """A relay sends one frame after another, so the busiest relay below the origin sets the last
    arrival: no peer at depth 1 relays to more than one more than its fair share of depth 2."""
    ids = frozenset(ids_of(n))
    for origin in ids:
        kids = tree_position(origin, origin, ids)[1]
        below = {k: tree_position(origin, k, ids)[1] for k in kids}
        deeper = sum(len(v) for v in below.values())
        assert max(len(v) for v in below.values()) <= math.ceil(deeper / len(kids)) + 1, (origin, below)
