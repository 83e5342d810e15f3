"""Edit-to-every-replica latency and bytes on the wire per edit, for 3, 8 and 16 peers.

Every peer is a real uvicorn server + aiohttp dialer on 127.0.0.1 in this one process (one event loop,
so all peers share one CPU core: latencies are an upper bound of the processing cost, with no network
delay at all). Each edit changes one block's title on a random peer; latency runs until the last
replica applied it. Bytes are websocket payload + frame headers (no TCP/IP headers), all peers summed.

`--node` measures the same fan-out through the stock Node y-websocket server (bench/relay_js, `npm ci` on
first use) in the same run: as many pycrdt clients as peers, in this process, on one board; a random one
edits, latency until every other applied it; bytes are every frame the clients sent and received. The
ratio mesh p50 / node p50 is the figure (the Node server is a separate process: it has a core of its own).

    .venv/bin/python -m bench.bench_sync [--edits 100] [--peers 3,8,16] [--full-mesh] [--node]
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


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q / 100 * (len(values) - 1)))]


def wire(peers: list[LoopbackPeer]) -> tuple[int, int]:
    """Bytes and frames the peers sent, presence left out (its renewal every 10 s is flooded over every
    link whatever the edits: a run that lasts past it read ~28 frames per edit at 16 peers, not 15)."""
    stats = [p.node.stats for p in peers]
    return (sum(s.sent_bytes - s.sent_by_kind.get("awareness", 0) for s in stats),
            sum(s.sent_frames - s.frames_by_kind.get("awareness", 0) for s in stats))


async def run(n: int, edits: int, fanout: int) -> dict[str, float]:
    key = secrets.token_bytes(32)
    peers = [LoopbackPeer(f"p{i:02d}", {BOARD: key}) for i in range(n)]
    for p in peers:
        await p.start()
    try:
        ids = [p.peer_id for p in peers]
        graph = edges(ids, fanout=fanout) if fanout else {(a, b) for a in ids for b in ids if a < b}
        if fanout:
            connect_topology(peers, BOARD, fanout=fanout)
        else:  # full mesh: every pair linked, the lower id dials
            by_id = {p.peer_id: p for p in peers}
            for a, b in graph:
                by_id[a].node.link(BOARD, by_id[b].url(BOARD))
        want = {p.peer_id: set() for p in peers}
        for a, b in graph:
            want[a].add(b)
            want[b].add(a)
        await wait_until(lambda: all(p.node.connected_peers(BOARD) >= want[p.peer_id] for p in peers),
                         timeout_s=60, what="all links up")
        first = peers[0].replicas[BOARD].board
        block = first.add_intent("bench shot", origin="user:bench")
        await wait_until(lambda: all(p.replicas[BOARD].board.block(block.id) is not None for p in peers),
                         timeout_s=30, what="block everywhere")
        await asyncio.sleep(0.5 + CATCH_UP_AFTER_S)  # past the one catch-up round a new membership asks for

        arrived: dict[str, float] = {}
        for p in peers:
            p.replicas[BOARD].on_update(
                lambda u, src, pid=p.peer_id: arrived.setdefault(pid, time.perf_counter()) if src else None)
        latencies = []
        sent0, frames0 = wire(peers)
        rng = random.Random(7)
        for i in range(edits):
            author = rng.choice(peers)
            arrived.clear()
            arrived[author.peer_id] = 0.0
            t0 = time.perf_counter()
            author.replicas[BOARD].board.update(block.id, title=f"take {i}", origin="user:bench")
            await wait_until(lambda: len(arrived) == n, timeout_s=30, what=f"edit {i} everywhere")
            latencies.append((max(arrived.values()) - t0) * 1000)
        await asyncio.sleep(0.3)  # late duplicates (if any) show in the byte count
        sent, frames = (now - then for now, then in zip(wire(peers), (sent0, frames0), strict=True))
        return {
            "peers": n, "fanout": fanout, "links": len(graph),
            "hops": diameter(ids, fanout=fanout) if fanout else 1,
            "p50_ms": statistics.median(latencies), "p99_ms": pct(latencies, 99),
            "bytes_per_edit": sent / edits, "frames_per_edit": frames / edits,
            "bytes_per_edit_per_peer": sent / edits / n,
        }
    finally:
        for p in peers:
            await p.stop()


async def run_node(server: NodeServer, n: int, edits: int) -> dict[str, float]:
    """The same fan-out through the Node y-websocket server: `n` clients on one fresh board."""
    board = f"{BOARD}-{n}-{secrets.token_hex(4)}"
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        clients = list(await asyncio.gather(*(YClient.connect(http, server.url(board, None)) for _ in range(n))))
        try:
            async with asyncio.timeout(60):
                await asyncio.gather(*(c.synced.wait() for c in clients))
            await clients[0].change(lambda b: b.add_intent("bench shot", origin="user:bench"))
            block_id = clients[0].board.intents()[0].id
            await wait_until(lambda: all(c.board.block(block_id) is not None for c in clients), timeout_s=30,
                             what="block everywhere")
            await asyncio.sleep(0.5)
            sent0 = sum(c.sent_bytes + c.received_bytes for c in clients)
            frames0 = sum(c.sent_frames + c.received_frames for c in clients)
            latencies = []
            rng = random.Random(7)
            for i in range(edits):
                author = rng.choice(clients)
                receivers = [c for c in clients if c is not author]
                title = f"take {i}"
                for c in receivers:
                    c.expect(block_id, title)
                t0 = time.perf_counter()
                await author.change(lambda b, t=title: b.update(block_id, title=t, origin="user:bench"))
                async with asyncio.timeout(30):
                    await asyncio.gather(*(c.seen.wait() for c in receivers))
                latencies.append((max(c.seen_at for c in receivers) - t0) * 1000)
            await asyncio.sleep(0.3)
            wire = sum(c.sent_bytes + c.received_bytes for c in clients) - sent0
            frames = sum(c.sent_frames + c.received_frames for c in clients) - frames0
        finally:
            await asyncio.gather(*(c.aclose() for c in clients), return_exceptions=True)
    # a frame crosses the wire once: count what the clients sent plus what they received (the server's sends)
    return {"peers": n, "p50_ms": statistics.median(latencies), "p99_ms": pct(latencies, 99),
            "bytes_per_edit": wire / edits, "frames_per_edit": frames / edits,
            "bytes_per_edit_per_peer": wire / edits / n}


async def measure(counts: list[int], edits: int, *, full_mesh: bool = False, node: bool = False,
                  fanout: int = DEFAULT_FANOUT, report: Callable[[str], None] = lambda line: None,
                  ) -> tuple[list[dict[str, Any]], str | None]:
    """Rows for every peer count (mesh, then Node when asked); the reason the Node rows are missing, if so."""
    why_not = NodeServer.available() if node else "not asked for (--node)"
    server = NodeServer() if why_not is None else None
    rows: list[dict[str, Any]] = []
    try:
        if server is not None:
            await server.start()
        for n in counts:
            for f, label in [(fanout, f"ring+chords (fanout {fanout})")] + ([(0, "full mesh")] if full_mesh else []):
                r = {**await run(n, edits, f), "topology": label}
                rows.append(r)
                report(f"| {n} | {label} | {r['links']} | {r['hops']} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | "
                       f"{r['bytes_per_edit']:.0f} | {r['frames_per_edit']:.1f} | {r['bytes_per_edit_per_peer']:.0f} |")
            if server is not None:
                r = {**await run_node(server, n, edits), "topology": "node y-websocket", "links": n, "hops": 2}
                rows.append(r)
                report(f"| {n} | node y-websocket server | {n} | 2 | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | "
                       f"{r['bytes_per_edit']:.0f} | {r['frames_per_edit']:.1f} | {r['bytes_per_edit_per_peer']:.0f} |")
    finally:
        if server is not None:
            server.stop()
    return rows, why_not if node else None


def collect(quick: bool) -> list[Measure]:
    """Mesh vs Node for 3/8 peers, 30 edits (quick) or 3/8/16/32 peers, 100 edits; the ratio per count."""
    counts, edits = ([3, 8], 30) if quick else ([3, 8, 16, 32], 100)
    rows, why_not = asyncio.run(measure(counts, edits, node=True))
    out: list[Measure] = []
    for n in counts:
        cmd = f"python bench/bench_sync.py --peers {n} --edits {edits} --node"
        mesh = next(r for r in rows if r["peers"] == n and r["topology"].startswith("ring"))
        ref = next((r for r in rows if r["peers"] == n and r["topology"] == "node y-websocket"), None)
        out += [Measure(f"edit -> every replica p50, {n} peers (ring+chords)", mesh["p50_ms"], "ms", cmd),
                Measure(f"edit -> every replica p99, {n} peers", mesh["p99_ms"], "ms", cmd),
                Measure(f"bytes per edit, {n} peers (all links)", mesh["bytes_per_edit"], "B", cmd,
                        note=f"{mesh['frames_per_edit']:.1f} frames")]
        if ref is None:
            out.append(Measure(f"same fan-out via node y-websocket, {n} replicas", None, "ms", cmd,
                               note=f"skipped: {why_not}"))
            continue
        out += [Measure(f"same fan-out via node y-websocket p50, {n} replicas", ref["p50_ms"], "ms", cmd),
                Measure(f"same fan-out via node y-websocket p99, {n} replicas", ref["p99_ms"], "ms", cmd),
                Measure(f"bytes per edit via node, {n} replicas", ref["bytes_per_edit"], "B", cmd,
                        note=f"{ref['frames_per_edit']:.1f} frames"),
                Measure(f"mesh / node p50, {n} peers", mesh["p50_ms"] / ref["p50_ms"], "x", cmd,
                        note=f"p99 {mesh['p99_ms'] / ref['p99_ms']:.2f}x")]
    return out


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=100)
    ap.add_argument("--peers", default="3,8,16")
    ap.add_argument("--full-mesh", action="store_true", help="also measure every peer linked to every other")
    ap.add_argument("--node", action="store_true", help="also the same fan-out through the Node y-websocket server")
    ap.add_argument("--fanout", type=int, default=DEFAULT_FANOUT, help="the mesh topology's fanout")
    args = ap.parse_args()
    print("| peers | topology | links | max hops | p50 ms | p99 ms | bytes/edit (all) | frames/edit | "
          "bytes/edit/peer |")
    print("|---|---|---|---|---|---|---|---|---|")
    _, why_not = await measure([int(x) for x in args.peers.split(",")], args.edits, full_mesh=args.full_mesh,
                               node=args.node, fanout=args.fanout, report=lambda line: print(line, flush=True))
    if why_not:
        print(f"- Node reference skipped: {why_not}")


if __name__ == "__main__":
    asyncio.run(main())
