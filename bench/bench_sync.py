"""Edit-to-every-replica latency and bytes on the wire per edit, for 3, 8, 16 and 32 peers.

Every peer is a real uvicorn server + aiohttp dialer on 127.0.0.1 in this one process (one event loop,
so all peers share one CPU core: latencies are an upper bound of the processing cost, with no network
delay at all). Each edit changes one block's title on a random peer; latency runs until the last
replica applied it. Bytes are websocket payload + frame headers (no TCP/IP headers), all peers summed.

`--node` measures the same fan-out through the stock Node y-websocket server (bench/relay_js, `npm ci` on
first use) in the same run: as many pycrdt clients as peers, in this process, on one board; a random one
edits, latency until every other applied it; bytes are every frame the clients sent and received. The
two take turns (`--rounds`, a fresh fleet each turn, ordered mesh, Node, Node, mesh, …), so a drift of
the shared VM's speed weighs on both alike. The ratio mesh p50 / node p50 is the figure (the Node server
is a separate process: it has a core of its own).

    .venv/bin/python -m bench.bench_sync [--edits 100] [--peers 3,8,16] [--full-mesh] [--node] [--rounds 2]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import secrets
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `python bench/bench_sync.py` finds tests.fakes

import aiohttp

from bench._registry import Measure
from bench.bench_relay import NodeServer, YClient
from mesh.net.sync import CATCH_UP_AFTER_S
from mesh.net.topology import DEFAULT_FANOUT, diameter, edges
from tests.fakes.mesh_peers import LoopbackPeer, connect_topology, wait_until

BOARD = "bench"
SETTLE_S = 0.2 + CATCH_UP_AFTER_S  # a new mesh fleet is past the one catch-up round its membership asks for


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q / 100 * (len(values) - 1)))]


def wire(peers: list[LoopbackPeer]) -> tuple[int, int]:
    """Bytes and frames the peers sent, presence left out (its renewal every 10 s is flooded over every
    link whatever the edits: a run that lasts past it read ~28 frames per edit at 16 peers, not 15)."""
    stats = [p.node.stats for p in peers]
    return (sum(s.sent_bytes - s.sent_by_kind.get("awareness", 0) for s in stats),
            sum(s.sent_frames - s.frames_by_kind.get("awareness", 0) for s in stats))


def _same_title(boards: list[Any], block_id: str, title: str) -> None:
    """Every replica holds the edit (checked after the timing: both fleets stamp on applying an update)."""
    wrong = sum(1 for b in boards if (block := b.block(block_id)) is None or block.title != title)
    if wrong:
        raise AssertionError(f"{wrong} of {len(boards)} replicas do not read {title!r}")


class MeshFleet:
    """`n` loopback peers on one board along the mesh topology (`fanout` 0: every pair linked)."""

    settle_s = SETTLE_S

    def __init__(self, n: int, fanout: int) -> None:
        self.n, self.fanout = n, fanout
        key = secrets.token_bytes(32)
        self.peers = [LoopbackPeer(f"p{i:02d}", {BOARD: key}) for i in range(n)]
        self.ids = [p.peer_id for p in self.peers]
        self.graph = (edges(self.ids, fanout=fanout) if fanout
                      else {(a, b) for a in self.ids for b in self.ids if a < b})
        self.arrived: dict[str, float] = {}
        self.everywhere = asyncio.Event()  # set by the last replica to apply the edit
        self.rng = random.Random(7)
        self.block_id = ""
        self.wire0 = (0, 0)

    async def start(self) -> None:
        peers = self.peers
        for p in peers:
            await p.start()
        if self.fanout:
            connect_topology(peers, BOARD, fanout=self.fanout)
        else:  # full mesh: every pair linked, the lower id dials
            by_id = {p.peer_id: p for p in peers}
            for a, b in self.graph:
                by_id[a].node.link(BOARD, by_id[b].url(BOARD))
        want: dict[str, set[str]] = {p.peer_id: set() for p in peers}
        for a, b in self.graph:
            want[a].add(b)
            want[b].add(a)
        await wait_until(lambda: all(p.node.connected_peers(BOARD) >= want[p.peer_id] for p in peers),
                         timeout_s=60, what="all links up")
        block = peers[0].replicas[BOARD].board.add_intent("bench shot", origin="user:bench")
        self.block_id = block.id
        await wait_until(lambda: all(p.replicas[BOARD].board.block(block.id) is not None for p in peers),
                         timeout_s=30, what="block everywhere")
        for p in peers:
            p.replicas[BOARD].on_update(lambda u, src, pid=p.peer_id: self._arrive(pid) if src else None)

    def _arrive(self, peer_id: str) -> None:
        self.arrived.setdefault(peer_id, time.perf_counter())
        if len(self.arrived) == self.n:
            self.everywhere.set()

    def settled(self) -> None:
        self.wire0 = wire(self.peers)

    async def edit(self, i: int) -> float:
        """One title change on a random peer; ms until the last other replica applied it."""
        author = self.rng.choice(self.peers)
        self.arrived.clear()
        self.arrived[author.peer_id] = 0.0
        self.everywhere = asyncio.Event()
        if self.n == 1:
            self.everywhere.set()
        t0 = time.perf_counter()
        author.replicas[BOARD].board.update(self.block_id, title=f"take {i}", origin="user:bench")
        try:
            async with asyncio.timeout(30):
                await self.everywhere.wait()
        except TimeoutError:
            missing = sorted({p.peer_id for p in self.peers} - set(self.arrived))
            raise AssertionError(f"edit {i} did not reach {missing} in 30 s") from None
        latency = (max(self.arrived.values()) - t0) * 1000
        _same_title([p.replicas[BOARD].board for p in self.peers], self.block_id, f"take {i}")
        return latency

    def sent(self) -> tuple[int, int]:
        """Bytes and frames on the wire since `settled`."""
        return tuple(now - then for now, then in zip(wire(self.peers), self.wire0, strict=True))  # type: ignore[return-value]

    def row(self, latencies: list[float], sent: int, frames: int, edits: int) -> dict[str, Any]:
        return {"peers": self.n, "fanout": self.fanout, "links": len(self.graph),
                "hops": diameter(self.ids, fanout=self.fanout) if self.fanout else 1,
                "p50_ms": statistics.median(latencies), "p99_ms": pct(latencies, 99),
                "bytes_per_edit": sent / edits, "frames_per_edit": frames / edits,
                "bytes_per_edit_per_peer": sent / edits / self.n}

    async def stop(self) -> None:
        stopped = await asyncio.gather(*(p.stop() for p in self.peers), return_exceptions=True)  # ~0.1 s each
        if errors := [e for e in stopped if isinstance(e, BaseException)]:
            raise errors[0]


class NodeFleet:
    """The same fan-out through the Node y-websocket server: `n` pycrdt clients on one fresh board, a
    random one edits, latency until every other applied it."""

    settle_s = SETTLE_S  # nothing to wait for here, but both fleets start editing alike

    def __init__(self, server: NodeServer, n: int) -> None:
        self.server, self.n = server, n
        self.board = f"{BOARD}-{n}-{secrets.token_hex(4)}"
        self.clients: list[YClient] = []
        self.rng = random.Random(7)
        self.block_id = ""
        self.wire0 = (0, 0)
        self.http: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        self.http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
        self.clients = list(await asyncio.gather(
            *(YClient.connect(self.http, self.server.url(self.board, None)) for _ in range(self.n))))
        for c in self.clients:
            c.echoed = True  # the stock server sends each update back to its sender as well
        async with asyncio.timeout(60):
            await asyncio.gather(*(c.synced.wait() for c in self.clients))
        await self.clients[0].change(lambda b: b.add_intent("bench shot", origin="user:bench"))
        self.block_id = self.clients[0].board.intents()[0].id
        await wait_until(lambda: all(c.board.block(self.block_id) is not None for c in self.clients),
                         timeout_s=30, what="block everywhere")

    def _wire(self) -> tuple[int, int]:
        # a frame crosses the wire once: what the clients sent plus what they received (the server's sends)
        return (sum(c.sent_bytes + c.received_bytes for c in self.clients),
                sum(c.sent_frames + c.received_frames for c in self.clients))

    def settled(self) -> None:
        self.wire0 = self._wire()

    async def edit(self, i: int) -> float:
        author = self.rng.choice(self.clients)
        receivers = [c for c in self.clients if c is not author]
        title = f"take {i}"
        for c in receivers:
            c.expect(self.block_id, title, first_update=True)  # stamped as the mesh's are: on applying
        t0 = time.perf_counter()
        await author.change(lambda b, t=title: b.update(self.block_id, title=t, origin="user:bench"))
        async with asyncio.timeout(30):
            await asyncio.gather(*(c.seen.wait() for c in receivers))
        latency = (max(c.seen_at for c in receivers) - t0) * 1000
        _same_title([c.board for c in self.clients], self.block_id, title)
        return latency

    def sent(self) -> tuple[int, int]:
        return tuple(now - then for now, then in zip(self._wire(), self.wire0, strict=True))  # type: ignore[return-value]

    def row(self, latencies: list[float], sent: int, frames: int, edits: int) -> dict[str, Any]:
        return {"peers": self.n, "p50_ms": statistics.median(latencies), "p99_ms": pct(latencies, 99),
                "bytes_per_edit": sent / edits, "frames_per_edit": frames / edits,
                "bytes_per_edit_per_peer": sent / edits / self.n, "topology": "node y-websocket",
                "links": self.n, "hops": 2}

    async def stop(self) -> None:
        await asyncio.gather(*(c.aclose() for c in self.clients), return_exceptions=True)
        if self.http is not None:
            await self.http.close()


async def _round(fleet: MeshFleet | NodeFleet, first: int, edits: int, gap_s: float = 0.0
                 ) -> tuple[list[float], int, int]:
    """Start `fleet`, make `edits` edits on it (each `gap_s` after the last one arrived everywhere; 0: at
    once), stop it: (latencies, bytes, frames)."""
    try:
        await fleet.start()
        await asyncio.sleep(fleet.settle_s)
        fleet.settled()
        latencies = []
        for i in range(edits):
            if gap_s:
                await asyncio.sleep(gap_s)
            latencies.append(await fleet.edit(first + i))
        await asyncio.sleep(0.3)  # late duplicates (if any) show in the byte count
        return (latencies, *fleet.sent())
    finally:
        await fleet.stop()


async def run(n: int, edits: int, fanout: int, gap_s: float = 0.0) -> dict[str, Any]:
    """The mesh alone: `edits` edits on `n` peers."""
    fleet = MeshFleet(n, fanout)
    latencies, sent, frames = await _round(fleet, 0, edits, gap_s)
    return fleet.row(latencies, sent, frames, edits)


def turns(rounds: int) -> list[tuple[int, str]]:
    """(round, side) in the order fleets take their turns: mesh, Node, Node, mesh, mesh, Node, …"""
    return [(r, side) for r in range(rounds) for side in (("mesh", "node") if r % 2 == 0 else ("node", "mesh"))]


async def run_rounds(server: NodeServer, n: int, edits: int, fanout: int, rounds: int = 2, gap_s: float = 0.0
                     ) -> tuple[dict[str, Any], dict[str, Any]]:
    """The mesh and the Node fleet in turns, `rounds` each, a fresh fleet every time and one fleet up at
    a time, ordered mesh, Node, Node, mesh, … so a drift of the machine's speed (a shared VM's speed
    moves by 20-40 % over minutes) weighs on both alike. Edits on both fleets at once, alternating,
    were tried and are not fair: each fleet's edits then run on caches the other filled (Node's p50
    read 1.4 ms alone, 2.1-2.4 ms alternating with the mesh's), and the idle mesh's timers cost it 5 %."""
    per = max(1, edits // rounds)
    mesh_fleet = node_fleet = None
    got: dict[str, list[Any]] = {"mesh": [[], 0, 0], "node": [[], 0, 0]}
    for r, side in turns(rounds):
        fleet: MeshFleet | NodeFleet = MeshFleet(n, fanout) if side == "mesh" else NodeFleet(server, n)
        mesh_fleet, node_fleet = (fleet, node_fleet) if side == "mesh" else (mesh_fleet, fleet)
        latencies, sent, frames = await _round(fleet, r * per, per, gap_s)
        acc = got[side]
        acc[0] += latencies
        acc[1] += sent
        acc[2] += frames
    assert mesh_fleet is not None and node_fleet is not None
    total = per * rounds
    return (mesh_fleet.row(got["mesh"][0], got["mesh"][1], got["mesh"][2], total),
            node_fleet.row(got["node"][0], got["node"][1], got["node"][2], total))


def _line(n: int, label: str, r: dict[str, Any]) -> str:
    return (f"| {n} | {label} | {r['links']} | {r['hops']} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | "
            f"{r['bytes_per_edit']:.0f} | {r['frames_per_edit']:.1f} | {r['bytes_per_edit_per_peer']:.0f} |")


async def measure(counts: list[int], edits: int, *, full_mesh: bool = False, node: bool = False,
                  fanout: int = DEFAULT_FANOUT, rounds: int = 2, gap_s: float = 0.0,
                  report: Callable[[str], None] = lambda line: None) -> tuple[list[dict[str, Any]], str | None]:
    """Rows for every peer count (mesh, then Node when asked, in `rounds` turns each; edits `gap_s` apart,
    0: back to back); the reason the Node rows are missing, if so."""
    why_not = NodeServer.available() if node else "not asked for (--node)"
    server = NodeServer() if why_not is None else None
    rows: list[dict[str, Any]] = []
    try:
        if server is not None:
            await server.start()
        for n in counts:
            if server is not None:
                r, ref = await run_rounds(server, n, edits, fanout, rounds, gap_s)
                rows += [{**r, "topology": f"ring+chords (fanout {fanout})"}, ref]
                report(_line(n, f"ring+chords (fanout {fanout})", r))
                report(_line(n, "node y-websocket server", ref))
            else:
                r = {**await run(n, edits, fanout, gap_s), "topology": f"ring+chords (fanout {fanout})"}
                rows.append(r)
                report(_line(n, r["topology"], r))
            if full_mesh:
                r = {**await run(n, edits, 0, gap_s), "topology": "full mesh"}
                rows.append(r)
                report(_line(n, "full mesh", r))
    finally:
        if server is not None:
            server.stop()
    return rows, why_not if node else None


def collect(quick: bool) -> list[Measure]:
    """Mesh vs Node for 8 peers, 30 edits in 1 turn each (quick) or 3/8/16/32 peers, 200 edits in 4 turns
    each (two turns of 50 read 1.01x and 1.31x at 16 peers on the same code); the ratio per count. Each
    edit as soon as the last one arrived everywhere."""
    counts, edits, rounds = ([8], 30, 1) if quick else ([3, 8, 16, 32], 200, 4)
    return _collect(counts, edits, rounds, gap_ms=0)


def collect_spaced(quick: bool) -> list[Measure]:
    """The same with 10 ms of idle before every edit, on both fleets (as the relay benchmark spaces its
    rounds): caches and the other process go cold between edits, as between a person's keystrokes.
    8 peers, 20 edits (quick) or 8/16/32, 200 edits in 4 turns; latency and ratio only."""
    counts, edits, rounds = ([8], 20, 1) if quick else ([8, 16, 32], 200, 4)
    return _collect(counts, edits, rounds, gap_ms=10)


def _collect(counts: list[int], edits: int, rounds: int, gap_ms: float) -> list[Measure]:
    """The figures for `python -m bench`; spaced runs (`gap_ms` > 0) report latency and ratio only."""
    spaced = gap_ms > 0
    rows, why_not = asyncio.run(measure(counts, edits, node=True, rounds=rounds, gap_s=gap_ms / 1000))
    gap = f" --gap-ms {gap_ms:g}" if spaced else ""
    what = f", edits {gap_ms:g} ms apart" if spaced else ""
    out: list[Measure] = []
    for n in counts:
        cmd = f"python bench/bench_sync.py --peers {n} --edits {edits} --node --rounds {rounds}{gap}"
        mesh = next(r for r in rows if r["peers"] == n and r["topology"].startswith("ring"))
        ref = next((r for r in rows if r["peers"] == n and r["topology"] == "node y-websocket"), None)
        out += [Measure(f"edit -> every replica p50, {n} peers (ring+chords){what}", mesh["p50_ms"], "ms", cmd),
                Measure(f"edit -> every replica p99, {n} peers{what}", mesh["p99_ms"], "ms", cmd)]
        if not spaced:
            out.append(Measure(f"bytes per edit, {n} peers (all links)", mesh["bytes_per_edit"], "B", cmd,
                               note=f"{mesh['frames_per_edit']:.1f} frames"))
        if ref is None:
            out.append(Measure(f"same fan-out via node y-websocket, {n} replicas", None, "ms", cmd,
                               note=f"skipped: {why_not}"))
            continue
        out += [Measure(f"same fan-out via node y-websocket p50, {n} replicas{what}", ref["p50_ms"], "ms", cmd),
                Measure(f"same fan-out via node y-websocket p99, {n} replicas{what}", ref["p99_ms"], "ms", cmd)]
        if not spaced:
            out.append(Measure(f"bytes per edit via node, {n} replicas", ref["bytes_per_edit"], "B", cmd,
                               note=f"{ref['frames_per_edit']:.1f} frames"))
        out.append(Measure(f"mesh / node p50, {n} peers{what}", mesh["p50_ms"] / ref["p50_ms"], "x", cmd,
                           note=f"p99 {mesh['p99_ms'] / ref['p99_ms']:.2f}x"))
    return out


async def presence_idle(n: int, seconds: float, fanout: int = DEFAULT_FANOUT) -> tuple[int, float]:
    """Awareness frames sent and process CPU (ms) while `n` linked peers sit idle for `seconds`: what
    presence costs a mesh with nothing else going on (each peer renews its state every 10 s)."""
    fleet = MeshFleet(n, fanout)
    await fleet.start()
    try:
        await asyncio.sleep(2.0)  # the first states and the catch-up round are over

        def frames() -> int:
            return sum(p.node.stats.frames_by_kind.get("awareness", 0) for p in fleet.peers)

        before, cpu = frames(), time.process_time()
        await asyncio.sleep(seconds)
        return frames() - before, (time.process_time() - cpu) * 1000
    finally:
        await fleet.stop()


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=100)
    ap.add_argument("--peers", default="3,8,16")
    ap.add_argument("--full-mesh", action="store_true", help="also measure every peer linked to every other")
    ap.add_argument("--node", action="store_true", help="also the same fan-out through the Node y-websocket server")
    ap.add_argument("--fanout", type=int, default=DEFAULT_FANOUT, help="the mesh topology's fanout")
    ap.add_argument("--rounds", type=int, default=2, help="with --node: turns each, mesh, Node, Node, mesh, …")
    ap.add_argument("--gap-ms", type=float, default=0.0,
                    help="idle time before each edit (0: each edit as soon as the last arrived everywhere)")
    ap.add_argument("--presence-idle", type=float, default=0.0, metavar="S",
                    help="instead: awareness frames and CPU while the peers sit idle for S seconds")
    args = ap.parse_args()
    if args.presence_idle:
        for n in (int(x) for x in args.peers.split(",")):
            sent, cpu_ms = await presence_idle(n, args.presence_idle, args.fanout)
            print(f"{n} peers idle for {args.presence_idle:g} s: {sent} awareness frames, {cpu_ms:.0f} ms of CPU")
        return
    print("| peers | topology | links | max hops | p50 ms | p99 ms | bytes/edit (all) | frames/edit | "
          "bytes/edit/peer |")
    print("|---|---|---|---|---|---|---|---|---|")
    _, why_not = await measure([int(x) for x in args.peers.split(",")], args.edits, full_mesh=args.full_mesh,
                               node=args.node, fanout=args.fanout, rounds=args.rounds, gap_s=args.gap_ms / 1000,
                               report=lambda line: print(line, flush=True))
    if why_not:
        print(f"- Node reference skipped: {why_not}")


if __name__ == "__main__":
    asyncio.run(main())
