"""Relaying along the author's tree (`mesh.net.topology.relay_targets`), on a model of the mesh without
sockets: every peer decides with the production function, frames are delivered in FIFO order, and a
peer that already has the update drops it (as a replica does: no transaction, nothing relayed)."""

from __future__ import annotations

import itertools
from collections import deque

import pytest

from mesh.net.topology import edges, incident, neighbours_to_dial, relay_targets, tree_position, view_hash


def ids_of(n: int) -> list[str]:
    return [f"p{i:02d}" for i in range(n)]


def links_for(views: dict[str, set[str]]) -> set[frozenset[str]]:
    """The sessions that exist when every peer dials what its own view of the membership says."""
    return {frozenset((p, q)) for p, view in views.items() for q in neighbours_to_dial(p, view)}


def deliver(origin: str, views: dict[str, set[str]], links: set[frozenset[str]]) -> tuple[dict[str, int], int]:
    """One edit made at `origin`: (hops at which each peer got it, frames sent)."""
    got = {origin: 0}
    queue: deque[tuple[str, str, tuple[str, bytes] | None, int]] = deque()

    def relay(me: str, tag: tuple[str, bytes] | None, source: str | None, hops: int) -> None:
        members = frozenset(views[me]) - {me}
        connected = {q for pair in links if me in pair for q in pair - {me}}
        origin_, view = tag if tag is not None else (None, None)
        out = relay_targets(me, origin=origin_, view=view, source=source, connected=connected, members=members)
        for dst in sorted(out.targets):
            queue.append((me, dst, tag if out.tree else None, hops + 1))

    relay(origin, (origin, view_hash(frozenset(views[origin]))), None, 0)
    frames = 0
    while queue:
        src, dst, tag, hops = queue.popleft()
        frames += 1
        if dst not in got:
            got[dst] = hops
            relay(dst, tag, src, hops)
    return got, frames


def distances(origin: str, ids: list[str]) -> dict[str, int]:
    adj: dict[str, set[str]] = {p: set() for p in ids}
    for a, b in edges(ids):
        adj[a].add(b)
        adj[b].add(a)
    dist = {origin: 0}
    frontier = [origin]
    while frontier:
        nxt = []
        for p in frontier:
            for q in adj[p] - dist.keys():
                dist[q] = dist[p] + 1
                nxt.append(q)
        frontier = nxt
    return dist


@pytest.mark.parametrize("n", [2, 3, 5, 8, 16, 32])
def test_one_copy_per_peer_along_shortest_paths(n: int) -> None:
    ids = ids_of(n)
    views = {p: set(ids) for p in ids}
    links = links_for(views)
    for origin in ids:
        got, frames = deliver(origin, views, links)
        assert frames == n - 1, f"{frames} frames for one edit by {origin} among {n} peers (a flood sends more)"
        assert got == distances(origin, ids), "a peer got it later than its shortest path"


def test_every_peer_computes_the_same_tree() -> None:
    ids = frozenset(ids_of(16))
    for origin in ids:
        children = {me: tree_position(origin, me, ids)[1] for me in ids}
        parents = {me: tree_position(origin, me, ids)[0] for me in ids}
        assert parents[origin] is None
        for me, kids in children.items():
            assert all(parents[k] == me for k in kids)
        assert sum(len(k) for k in children.values()) == len(ids) - 1


def test_a_sender_that_sees_another_membership_makes_the_receiver_flood() -> None:
    ids = frozenset(ids_of(8))
    members = ids - {"p03"}
    parent, _ = tree_position("p00", "p03", ids)
    connected = incident("p03", ids)
    stale = view_hash(ids - {"p07"})
    out = relay_targets("p03", origin="p00", view=stale, source=parent, connected=connected, members=members)
    assert not out.tree and out.targets == connected - {parent}


def test_an_update_from_someone_other_than_the_parent_is_flooded_on() -> None:
    ids = frozenset(ids_of(8))
    members = ids - {"p03"}
    parent, _ = tree_position("p00", "p03", ids)
    connected = incident("p03", ids)
    other = sorted(connected - {parent})[0]
    out = relay_targets("p03", origin="p00", view=view_hash(ids), source=other, connected=connected,
                        members=members)
    assert not out.tree and out.targets == connected - {other}


def test_a_child_without_a_session_makes_its_parent_flood() -> None:
    ids = frozenset(ids_of(8))
    _, children = tree_position("p00", "p00", ids)
    lost = sorted(children)[0]
    connected = incident("p00", ids) - {lost}
    out = relay_targets("p00", origin="p00", view=view_hash(ids), source=None, connected=connected,
                        members=ids - {"p00"})
    assert not out.tree and out.targets == connected


def test_remotes_outside_the_membership_get_everything() -> None:
    """The relay and undiscovered seeds are leaves of every tree: they are never pruned."""
    ids = frozenset(ids_of(8))
    connected = incident("p05", ids) | {"relay"}
    for origin in ids:
        parent, _ = tree_position(origin, "p05", ids)
        out = relay_targets("p05", origin=origin, view=view_hash(ids), source=parent, connected=connected,
                            members=ids - {"p05"})
        assert "relay" in out.targets
    flood = relay_targets("p05", origin=None, view=None, source="relay", connected=connected, members=ids - {"p05"})
    assert flood.targets == connected - {"relay"} and not flood.tree


@pytest.mark.parametrize("n", [8, 13, 16, 32])
def test_a_peer_a_broken_link_leaves_out_knows_it_is_cut_off(n: int) -> None:
    """A tree has no second path: with one link down a peer may miss an edit. Each peer that does is an
    end of a link its own topology wants and lacks (so its next presence tick asks its neighbours,
    `SyncNode._link_down`), or below such a peer on the author's tree: what that one fetches it floods
    on, down the peers that lack it. Nobody is left out without someone above it knowing."""
    ids = ids_of(n)
    members = frozenset(ids)
    views = {p: set(ids) for p in ids}
    all_links = links_for(views)
    missed = 0
    for dead in all_links:
        links = all_links - {dead}
        for origin in ids:
            got, _ = deliver(origin, views, links)
            left_out = set(ids) - set(got)
            knows = {p for p in left_out
                     if not incident(p, members) <= {q for pair in links if p in pair for q in pair - {p}}}
            for peer in left_out:
                missed += 1
                chain = peer
                while chain not in knows:
                    chain = tree_position(origin, chain, members)[0]
                    assert chain in left_out, f"{peer} missed {origin}'s edit and nobody above it knows"
    assert missed, "no scenario left anyone out: the check above tested nothing"


def test_a_peer_that_sees_another_membership_floods_what_it_relays() -> None:
    """While one peer has not discovered another, peers whose view matches the edit's still follow the
    tree and the odd one floods: every peer with the author's view gets the edit."""
    ids = ids_of(8)
    for a, b in itertools.permutations(ids, 2):
        views = {p: set(ids) for p in ids}
        views[a].discard(b)
        links = links_for(views)
        for origin in ids:
            if views[origin] != set(ids):
                continue
            got, _ = deliver(origin, views, links)
            left_out = {p for p in set(ids) - set(got) if views[p] == set(ids)}
            connected = {p: {q for pair in links if p in pair for q in pair - {p}} for p in left_out}
            assert all(not incident(p, frozenset(ids)) <= connected[p] for p in left_out), (a, b, origin, left_out)
