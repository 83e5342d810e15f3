"""Edit-to-every-replica latency with every replica its own OS process, mesh against the Node server.

`bench_sync.py` runs all mesh peers in one event loop, so every hop of every peer queues on one core
while the Node y-websocket server it is compared with has a process of its own. Here each mesh peer is
a process (a real SyncNode + uvicorn server, linked by the ring with chords, relaying along the
author's tree) and, for the reference, each y-websocket client is a process too, all on one board of the
stock Node server: the same replica count, the same edits (one block's title, a random author), the
same clock (`time.perf_counter`, system-wide on Linux and Windows). Latency runs from the author's edit
until the last replica applied it, each stamped in its own process. Both fleets are up at once and take
turns edit by edit, so load from elsewhere on a shared machine lands on both alike (run one after the
other, the same pair of runs read 0.9x and 2.6x). With more processes than cores the OS queues them
too: on the 2-core VM the figures are an upper bound, fairer than one loop for all.

    python bench/bench_sync_procs.py [--peers 3,8,16] [--edits 100] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing as mp
import random
import secrets
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mesh.net.topology import DEFAULT_FANOUT

BOARD = "bench"


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q / 100 * (len(values) - 1)))]


# -- the child processes ------------------------------------------------------------------------------------
def child(role: str, idx: int, conn: Connection, key: bytes, node_url: str, fanout: int) -> None:
    """One replica: a mesh peer (`role == "mesh"`) or a y-websocket client of the Node server."""
    asyncio.run(_child(role, idx, conn, key, node_url, fanout))


async def _child(role: str, idx: int, conn: Connection, key: bytes, node_url: str, fanout: int) -> None:
    loop = asyncio.get_running_loop()
    inbox: asyncio.Queue[Any] = asyncio.Queue()
    threading.Thread(target=lambda: [loop.call_soon_threadsafe(inbox.put_nowait, m) for m in iter(conn.recv, None)],
                     daemon=True).start()
    watch: dict[str, Any] = {"title": None}

    def check(board: Any, at: float | None = None) -> None:
        title = watch["title"]
        if title is None or watch.get("block") is None:
            return
        block = board.block(watch["block"])
        if block is not None and block.title == title:
            watch["title"] = None
            conn.send(("got", title, at if at is not None else time.perf_counter()))

    if role == "mesh":
        from mesh.net.topology import incident, neighbours_to_dial
        from tests.fakes.mesh_peers import LoopbackPeer
        peer = LoopbackPeer(f"p{idx:02d}", {BOARD: key})
        await peer.start()
        replica = peer.replicas[BOARD]
        board = replica.board
        conn.send(("url", peer.peer_id, peer.url(BOARD)))
        _, urls = await inbox.get()
        peer.node.set_members(BOARD, urls, fanout=fanout)
        for other in neighbours_to_dial(peer.peer_id, urls, fanout=fanout):
            peer.node.link(BOARD, urls[other])
        want = incident(peer.peer_id, frozenset(urls), fanout)
        while not peer.node.connected_peers(BOARD) >= want:  # noqa: ASYNC110 - sessions come and go
            await asyncio.sleep(0.02)
        # stamped when the update is applied; the title is read once the transaction is over
        replica.on_update(lambda u, src: loop.call_soon(check, board, time.perf_counter()) if src else None)

        async def edit(change: Any) -> None:
            change(board)

        def wire() -> tuple[int, int]:  # presence left out: its 10 s renewal is flooded, whatever the edits
            st = peer.node.stats
            return (st.sent_bytes - st.sent_by_kind.get("awareness", 0),
                    st.sent_frames - st.frames_by_kind.get("awareness", 0))
    else:
        import aiohttp

        from bench.bench_relay import YClient
        http = aiohttp.ClientSession()
        client = await YClient.connect(http, node_url)
        await client.synced.wait()
        board = client.board
        # the title read once per update, as on a mesh replica (YClient's own check would read it twice)
        client._check = lambda: check(board)  # type: ignore[method-assign]
        conn.send(("url", str(idx), ""))
        await inbox.get()

        async def edit(change: Any) -> None:
            await client.change(change)

        def wire() -> tuple[int, int]:
            return client.sent_bytes + client.received_bytes, client.sent_frames + client.received_frames
    conn.send(("linked",))
    while True:
        msg = await inbox.get()
        if msg[0] == "create":
            await edit(lambda b: b.add_intent("bench shot", origin="user:bench"))
            conn.send(("block", board.intents()[0].id))
        elif msg[0] == "watch":  # the block's id, then the title to wait for
            watch["block"] = msg[1]
            while board.block(msg[1]) is None:  # noqa: ASYNC110 - it arrives by sync
                await asyncio.sleep(0.01)
            conn.send(("seen",))
        elif msg[0] == "expect":
            watch["title"] = msg[1]
            check(board)
        elif msg[0] == "edit":
            title = msg[1]
            t0 = time.perf_counter()
            await edit(lambda b, t=title: b.update(watch["block"], title=t, origin="user:bench"))
            conn.send(("sent", title, t0))
        elif msg[0] == "wire":  # and the CPU this process used so far, all threads
            conn.send(("wire", *wire(), time.process_time()))
        elif msg[0] == "stop":
            if role == "mesh":
                await peer.stop()
            else:
                await client.aclose()
                await http.close()
            conn.send(("stopped",))
            return


# -- the parent -------------------------------------------------------------------------------------------
class Replicas:
    def __init__(self, role: str, n: int, node_url: str = "", fanout: int = DEFAULT_FANOUT) -> None:
        ctx = mp.get_context("spawn")
        key = secrets.token_bytes(32)
        self.conns: list[Connection] = []
        self.procs = []
        for i in range(n):
            parent, kid = ctx.Pipe()
            proc = ctx.Process(target=child, args=(role, i, kid, key, node_url, fanout), daemon=True)
            proc.start()
            self.conns.append(parent)
            self.procs.append(proc)

    def recv(self, i: int, timeout_s: float = 120.0) -> Any:
        if not self.conns[i].poll(timeout_s):
            raise TimeoutError(f"replica {i} said nothing for {timeout_s} s")
        return self.conns[i].recv()

    def all(self, what: str, timeout_s: float = 120.0) -> list[Any]:
        out = []
        for i in range(len(self.conns)):
            msg = self.recv(i, timeout_s)
            assert msg[0] == what, msg
            out.append(msg)
        return out

    def stop(self) -> None:
        """Stop every replica; one that already died (its pipe broken) is only joined."""
        for c in self.conns:
            with contextlib.suppress(OSError):
                c.send(("stop",))
        for i in range(len(self.conns)):
            try:
                self.recv(i, 10)
            except (TimeoutError, EOFError):
                pass
        for c in self.conns:
            with contextlib.suppress(OSError):
                c.send(None)
        for p in self.procs:
            p.join(5)
            if p.is_alive():
                p.kill()


class Fleet:
    """`n` replicas of one kind, linked and watching one block, ready for edits one at a time."""

    def __init__(self, reps: Replicas) -> None:
        self.n = len(reps.conns)
        self.reps = reps
        self.rng = random.Random(7)  # the same authors, in the same order, for both kinds
        urls = {m[1]: m[2] for m in reps.all("url")}  # the caller stops `reps`, whatever happens here
        for c in reps.conns:
            c.send(("peers", urls))
        reps.all("linked")
        reps.conns[0].send(("create",))
        block_id = reps.recv(0)[1]
        for c in reps.conns:
            c.send(("watch", block_id))
        reps.all("seen")

    def edit(self, i: int) -> float:
        """One edit by a random replica; ms until the last other replica applied it."""
        reps, n = self.reps, self.n
        author = self.rng.randrange(n)
        title = f"take {i}"
        for j, c in enumerate(reps.conns):
            if j != author:
                c.send(("expect", title))
        reps.conns[author].send(("edit", title))
        stamps: dict[int, float] = {}
        t0 = None
        pending = set(range(n))
        deadline = time.monotonic() + 30
        while pending:
            ready = wait([reps.conns[j] for j in pending], timeout=max(0.0, deadline - time.monotonic()))
            if not ready:
                raise TimeoutError(f"edit {i} did not reach replicas {sorted(pending)} (author {author})")
            for c in ready:
                j = reps.conns.index(c)
                msg = c.recv()
                if msg[0] == "sent":
                    t0 = msg[2]
                else:
                    stamps[j] = msg[2]
                pending.discard(j)
        assert t0 is not None
        return (max(stamps.values()) - t0) * 1000

    def wire(self) -> tuple[float, float, float]:
        """Bytes and frames on the wire so far, and CPU seconds, summed over the replicas."""
        got = [m[1:] for m in _ask_all(self.reps, "wire")]
        return sum(g[0] for g in got), sum(g[1] for g in got), sum(g[2] for g in got)


def run(fleets: dict[str, Fleet], edits: int) -> dict[str, dict[str, float]]:
    """`edits` edits on every fleet, taking turns (mesh edit, Node edit, ...): both live through the
    same moments of a shared machine, so a burst of load from elsewhere lands on both alike."""
    time.sleep(1.5)  # the catch-up round a new membership asks for is over
    before = {k: f.wire() for k, f in fleets.items()}
    latencies: dict[str, list[float]] = {k: [] for k in fleets}
    for i in range(edits):
        for k, f in fleets.items():
            latencies[k].append(f.edit(i))
    time.sleep(0.3)
    out = {}
    for k, f in fleets.items():
        wire, frames, cpu = (a - b for a, b in zip(f.wire(), before[k], strict=True))
        out[k] = {"peers": f.n, "p50_ms": statistics.median(latencies[k]), "p99_ms": pct(latencies[k], 99),
                  "bytes_per_edit": wire / edits, "frames_per_edit": frames / edits,
                  "cpu_ms_per_edit": cpu / edits * 1000}
    return out


def _ask_all(reps: Replicas, what: str) -> list[Any]:
    for c in reps.conns:
        c.send((what,))
    return reps.all(what)


def measure(counts: list[int], edits: int, report: Any = print, fanout: int = DEFAULT_FANOUT) -> list[dict[str, Any]]:
    from bench.bench_relay import NodeServer
    why_not = NodeServer.available()
    server = NodeServer() if why_not is None else None
    rows = []
    try:
        if server is not None:
            asyncio.run(server.start())
        for n in counts:
            # both kinds' processes spawned before either fleet links up; stopped together below
            reps = {"mesh": Replicas("mesh", n, fanout=fanout)}
            try:
                if server is not None:
                    reps["node"] = Replicas("node", n, server.url(f"{BOARD}-{n}-{secrets.token_hex(4)}", None))
                fleets = {kind: Fleet(r) for kind, r in reps.items()}
                got = run(fleets, edits)
            finally:  # side by side: a mesh peer's clean stop takes a few hundred ms
                with ThreadPoolExecutor(len(reps)) as pool:
                    list(pool.map(Replicas.stop, reps.values()))
            for kind, topology in (("mesh", "mesh (a process per peer)"),
                                   ("node", "node y-websocket (a process per client)")):
                if kind not in got:
                    report(f"| {n} | node y-websocket: skipped ({why_not}) | | | | | |")
                    continue
                r = {**got[kind], "topology": topology}
                rows.append(r)
                report(f"| {n} | {r['topology']} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | "
                       f"{r['bytes_per_edit']:.0f} | {r['frames_per_edit']:.1f} | {r['cpu_ms_per_edit']:.2f} |")
    finally:
        if server is not None:
            server.stop()
    return rows


def collect(quick: bool) -> list[Any]:
    from bench._registry import Measure
    counts, edits = ([8], 30) if quick else ([3, 8, 16, 32], 100)
    rows = measure(counts, edits, report=lambda line: None)
    out = []
    for n in counts:
        cmd = f"python bench/bench_sync_procs.py --peers {n} --edits {edits}"
        mesh = next(r for r in rows if r["peers"] == n and r["topology"].startswith("mesh"))
        ref = next((r for r in rows if r["peers"] == n and r["topology"].startswith("node")), None)
        out += [Measure(f"edit -> every replica p50, {n} peer processes", mesh["p50_ms"], "ms", cmd),
                Measure(f"edit -> every replica p99, {n} peer processes", mesh["p99_ms"], "ms", cmd)]
        if ref is not None:
            out += [Measure(f"same via node y-websocket p50, {n} client processes", ref["p50_ms"], "ms", cmd),
                    Measure(f"mesh / node p50, {n} processes", mesh["p50_ms"] / ref["p50_ms"], "x", cmd,
                            note=f"p99 {mesh['p99_ms'] / ref['p99_ms']:.2f}x")]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--peers", default="3,8,16")
    ap.add_argument("--edits", type=int, default=100)
    ap.add_argument("--quick", action="store_true", help="8 replicas, 30 edits")
    ap.add_argument("--fanout", type=int, default=DEFAULT_FANOUT, help="the mesh topology's fanout")
    args = ap.parse_args()
    counts = [8] if args.quick else [int(x) for x in args.peers.split(",")]
    edits = 30 if args.quick else args.edits
    print("| replicas | topology | p50 ms | p99 ms | bytes/edit (all) | frames/edit | replica CPU ms/edit |")
    print("|---|---|---|---|---|---|---|")
    measure(counts, edits, report=lambda line: print(line, flush=True), fanout=args.fanout)


if __name__ == "__main__":
    main()
