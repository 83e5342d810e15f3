"""Edit-to-every-replica latency and bytes on the wire per edit, for 3, 8 and 16 peers.

Every peer is a real uvicorn server + aiohttp dialer on 127.0.0.1 in this one process (one event loop,
so all peers share one CPU core: latencies are an upper bound of the processing cost, with no network
delay at all). Each edit changes one block's title on a random peer; latency runs until the last
replica applied it. Bytes are websocket payload + frame headers (no TCP/IP headers), all peers summed.

    .venv/bin/python -m bench.bench_sync [--edits 100] [--peers 3,8,16] [--full-mesh]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import secrets
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `python bench/bench_sync.py` finds tests.fakes

from mesh.net.topology import diameter, edges
from tests.fakes.mesh_peers import LoopbackPeer, connect_topology, wait_until

BOARD = "bench"


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q / 100 * (len(values) - 1)))]


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
        await asyncio.sleep(0.5)

        arrived: dict[str, float] = {}
        for p in peers:
            p.replicas[BOARD].on_update(
                lambda u, src, pid=p.peer_id: arrived.setdefault(pid, time.perf_counter()) if src else None)
        latencies = []
        sent0 = sum(p.node.stats.sent_bytes for p in peers)
        frames0 = sum(p.node.stats.sent_frames for p in peers)
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
        sent = sum(p.node.stats.sent_bytes for p in peers) - sent0
        frames = sum(p.node.stats.sent_frames for p in peers) - frames0
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


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=100)
    ap.add_argument("--peers", default="3,8,16")
    ap.add_argument("--full-mesh", action="store_true", help="also measure every peer linked to every other")
    args = ap.parse_args()
    print("| peers | topology | links | max hops | p50 ms | p99 ms | bytes/edit (all) | frames/edit | "
          "bytes/edit/peer |")
    print("|---|---|---|---|---|---|---|---|---|")
    for n in (int(x) for x in args.peers.split(",")):
        for fanout, label in [(3, "ring+chords (fanout 3)")] + ([(0, "full mesh")] if args.full_mesh else []):
            r = await run(n, args.edits, fanout)
            print(f"| {n} | {label} | {r['links']} | {r['hops']} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | "
                  f"{r['bytes_per_edit']:.0f} | {r['frames_per_edit']:.1f} | {r['bytes_per_edit_per_peer']:.0f} |",
                  flush=True)


if __name__ == "__main__":
    asyncio.run(main())
