"""Where one edit's time goes on the benchmark's one core, the mesh against the Node reference.

`bench_sync.py` gives the latency; this says what fills it, for the same fleets (`MeshFleet`, `NodeFleet`)
in the same turns (mesh, Node, Node, mesh). It wraps, while the edits run and only then, the event loop's
socket read callback (`_SelectorSocketTransport._read_ready`: one call per replica that takes the frame,
everything done in it counted), the transport's `write` (the kernel's share of a send: on loopback it
runs the receiving socket's TCP path too), the session's `_send_now`, `Board.update` (the author's edit)
and, for the Node clients, each step of their reader tasks (where a pycrdt client decodes and applies).
The wrappers cost ~1 µs a call, so read the shares, not the absolute sums. Needs the selector event loop
(the default but on Windows, where it says so and skips).

    .venv/bin/python bench/bench_sync_breakdown.py [--peers 32] [--edits 200] [--rounds 2]
"""

from __future__ import annotations

import argparse
import asyncio
import asyncio.events
import asyncio.selector_events
import math
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `python bench/...` finds bench and tests

from bench._registry import Measure, Skip
from bench.bench_relay import NodeServer, YClient
from bench.bench_sync import MeshFleet, NodeFleet, turns
from mesh.model.board import Board
from mesh.net.sync import _Session
from mesh.net.topology import DEFAULT_FANOUT

_Transport = asyncio.selector_events._SelectorSocketTransport
SEND = "session send (all of it)"
WRITE = "transport.write (kernel)"
AUTHOR = "author's edit (Board.update, with the mesh's sends)"
LEAF = "socket read, "  # + side + ", no send" / ", relayed on"
READ = "socket read, dialing side, no send"
TASK = "client reader task step (decode, apply)"


class Tally:
    """Each call's seconds per label, counted only while `on` (medians per call: a turn's first edits
    and the odd collection weigh on a mean)."""

    def __init__(self) -> None:
        self.on = False
        self.durations: defaultdict[str, list[float]] = defaultdict(list)
        self.sends = 0  # `_send_now` calls so far: tells a relay's read (it sent) from a leaf's

    def add(self, label: str, dt: float) -> None:
        self.durations[label].append(dt)

    def calls(self, label: str) -> int:
        return len(self.durations.get(label, ()))

    def median_us(self, prefix: str, suffix: str = "") -> float:
        """µs, the median call over every label that starts with `prefix` and ends with `suffix`."""
        each = [d for k, ds in self.durations.items() if k.startswith(prefix) and k.endswith(suffix) for d in ds]
        return statistics.median(each) * 1e6 if each else math.nan

    @contextmanager
    def wrapped(self, *, tasks: bool) -> Iterator[None]:
        """Wrap the measured functions (`tasks`: also every task step, for the Node clients' reader
        tasks; the mesh applies on the read callback), and put them back whatever happens."""
        saved: list[tuple[Any, str, Any]] = []

        def wrap(owner: Any, name: str, make: Callable[[Any], Any]) -> None:
            original = getattr(owner, name)
            saved.append((owner, name, original))
            setattr(owner, name, make(original))

        def read_ready(original: Any) -> Any:
            def timed(transport: Any) -> None:
                if not self.on:
                    return original(transport)
                sends, t = self.sends, time.perf_counter()
                original(transport)
                side = {"CappedWebSocketProtocol": "accepting side", "ResponseHandler": "dialing side"}.get(
                    type(transport._protocol).__name__, type(transport._protocol).__name__)
                self.add(f"{LEAF}{side}, {'relayed on' if self.sends > sends else 'no send'}",
                         time.perf_counter() - t)
            return timed

        def timer(label: str, *, counts_send: bool = False) -> Callable[[Any], Any]:
            def make(original: Any) -> Any:
                def timed(*args: Any, **kwargs: Any) -> Any:
                    if not self.on:
                        return original(*args, **kwargs)
                    if counts_send:
                        self.sends += 1
                    t = time.perf_counter()
                    try:
                        return original(*args, **kwargs)
                    finally:
                        self.add(label, time.perf_counter() - t)
                return timed
            return make

        def task_step(original: Any) -> Any:
            def timed(handle: Any) -> None:
                task = getattr(handle._callback, "__self__", None)
                if not self.on or not isinstance(task, asyncio.Task):
                    return original(handle)
                name = getattr(task.get_coro(), "__qualname__", "")
                t = time.perf_counter()
                original(handle)
                if name == YClient._read.__qualname__:
                    self.add(TASK, time.perf_counter() - t)
            return timed

        wrap(_Transport, "_read_ready", read_ready)
        wrap(_Transport, "write", timer(WRITE))
        wrap(_Session, "_send_now", timer(SEND, counts_send=True))
        wrap(Board, "update", timer(AUTHOR))
        if tasks:
            wrap(asyncio.events.Handle, "_run", task_step)
        try:
            yield
        finally:
            for owner, name, original in reversed(saved):
                setattr(owner, name, original)


async def _turn(fleet: MeshFleet | NodeFleet, edits: int, tally: Tally, first: int) -> list[float]:
    await fleet.start()
    try:
        await asyncio.sleep(fleet.settle_s)
        tally.on = True
        try:
            return [await fleet.edit(first + i) for i in range(edits)]
        finally:
            tally.on = False
    finally:
        await fleet.stop()


def _report(side: str, n: int, latencies: list[float], tally: Tally, edits: int) -> None:
    print(f"\n{side}, {n} replicas: edit -> every replica p50 {statistics.median(latencies):.2f} ms "
          f"({edits} edits)")
    print("| what | per edit | µs each (median) | µs per edit (all of them) |\n|---|---:|---:|---:|")
    for label in sorted(tally.durations):
        each = tally.durations[label]
        print(f"| {label} | {len(each) / edits:.1f} | {statistics.median(each) * 1e6:.1f} | "
              f"{sum(each) / edits * 1e6:.0f} |")


async def measure(peers: int, edits: int, rounds: int) -> tuple[dict[str, Tally], dict[str, list[float]], str | None]:
    """Both fleets in turns under the wrappers: (tallies, latencies, why the Node side did not run)."""
    if not isinstance(asyncio.get_running_loop(), asyncio.selector_events.BaseSelectorEventLoop):
        raise Skip("needs the selector event loop (the wrapped read callback is its transport's)")
    why_not = NodeServer.available()
    server = NodeServer() if why_not is None else None
    per = max(1, edits // rounds)
    tallies = {"mesh": Tally(), "node": Tally()}
    latencies: dict[str, list[float]] = {"mesh": [], "node": []}
    try:
        if server is not None:
            await server.start()
        for r, side in turns(rounds):
            if side == "node" and server is None:
                continue
            fleet = MeshFleet(peers, DEFAULT_FANOUT) if side == "mesh" else NodeFleet(server, peers)
            with tallies[side].wrapped(tasks=side == "node"):
                latencies[side] += await _turn(fleet, per, tallies[side], r * per)
    finally:
        if server is not None:
            server.stop()
    return tallies, latencies, why_not


def collect(quick: bool) -> list[Measure]:
    """32 peers, 200 edits in 2 turns each (quick: 8 peers, 40 edits in 1 turn): the shares of an edit's time."""
    peers, edits, rounds = (8, 40, 1) if quick else (32, 200, 2)
    cmd = f"python bench/bench_sync_breakdown.py --peers {peers} --edits {edits} --rounds {rounds}"
    tallies, latencies, why_not = asyncio.run(measure(peers, edits, rounds))
    mesh, node, n = tallies["mesh"], tallies["node"], max(1, edits // rounds) * rounds
    out = [Measure(f"mesh p50 under the wrappers, {peers} peers", statistics.median(latencies["mesh"]), "ms", cmd),
           Measure("mesh: sends per edit on the benchmark's core", mesh.calls(SEND) / n, "sends", cmd),
           Measure("mesh: one send, all of it", mesh.median_us(SEND), "us", cmd),
           Measure("mesh: one send, the kernel's write", mesh.median_us(WRITE), "us", cmd),
           Measure("mesh: a replica's receive, no send", mesh.median_us(LEAF, ", no send"), "us", cmd,
                   note="both sides"),
           Measure("mesh: the author's edit, its sends included", mesh.median_us(AUTHOR), "us", cmd)]
    if why_not is not None:
        return [*out, Measure("node reference", None, "", cmd, note=f"skipped: {why_not}")]
    receive = node.median_us(READ) + node.median_us(TASK)
    return [*out,
            Measure(f"node p50 under the wrappers, {peers} replicas", statistics.median(latencies["node"]), "ms", cmd),
            Measure("node: a client's receive (read + reader task)", receive, "us", cmd),
            Measure("node: the author's edit", node.median_us(AUTHOR), "us", cmd),
            Measure("node: the author's one write (the server's fan-out runs meanwhile)", node.median_us(WRITE),
                    "us", cmd)]


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--peers", type=int, default=32)
    ap.add_argument("--edits", type=int, default=200, help="per fleet, over all its turns")
    ap.add_argument("--rounds", type=int, default=2, help="turns each, mesh, Node, Node, mesh, …")
    args = ap.parse_args()
    try:
        tallies, latencies, why_not = await measure(args.peers, args.edits, args.rounds)
    except Skip as exc:
        print(f"skipped: {exc}")
        return
    edits = max(1, args.edits // args.rounds) * args.rounds
    _report("mesh (ring+chords)", args.peers, latencies["mesh"], tallies["mesh"], edits)
    if why_not is not None:
        print(f"\nNode reference skipped: {why_not}")
    else:
        _report("node y-websocket (its sends are made in the server's process)", args.peers,
                latencies["node"], tallies["node"], edits)


if __name__ == "__main__":
    asyncio.run(main())
