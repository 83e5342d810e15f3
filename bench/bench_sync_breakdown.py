"""Where one edit's time goes on the benchmark's one core, the mesh against the Node reference.

`bench_sync.py` gives the latency; this says what fills it, for the same fleets (`MeshFleet`, `NodeFleet`)
in the same turns (mesh, Node, Node, mesh). It wraps, while the edits run and only then, the event loop's
socket read callback (`_SelectorSocketTransport._read_ready`: one call per replica that takes the frame,
everything done in it counted), the transport's `write` (the kernel's share of a send: on loopback it
runs the receiving socket's TCP path too), the session's `_send_now`, `Board.update` (the author's edit)
and, for the Node clients, each step of their reader tasks (where a pycrdt client decodes and applies).
The wrappers cost ~1 µs a call, so read the shares, not the absolute sums. Needs the selector event loop
(the default but on Windows, where it says so and stops).

    .venv/bin/python bench/bench_sync_breakdown.py [--peers 32] [--edits 200] [--rounds 2]
"""

from __future__ import annotations

import argparse
import asyncio
import asyncio.events
import asyncio.selector_events
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `python bench/...` finds bench and tests

from bench.bench_relay import NodeServer, YClient
from bench.bench_sync import MeshFleet, NodeFleet
from mesh.model.board import Board
from mesh.net.sync import CATCH_UP_AFTER_S, _Session
from mesh.net.topology import DEFAULT_FANOUT

_Transport = asyncio.selector_events._SelectorSocketTransport


class Tally:
    """Seconds and calls per label, counted only while `on`."""

    def __init__(self) -> None:
        self.on = False
        self.seconds: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self.sends = 0  # `_send_now` calls so far: tells a relay's read (it sent) from a leaf's

    def add(self, label: str, dt: float) -> None:
        self.seconds[label] += dt
        self.calls[label] += 1

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
                self.add(f"socket read, {side}, {'relayed on' if self.sends > sends else 'no send'}",
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
                    self.add("client reader task step (decode, apply)", time.perf_counter() - t)
            return timed

        wrap(_Transport, "_read_ready", read_ready)
        wrap(_Transport, "write", timer("transport.write (kernel)"))
        wrap(_Session, "_send_now", timer("session send (all of it)", counts_send=True))
        wrap(Board, "update", timer("author's edit (Board.update, with the mesh's sends)"))
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
        await asyncio.sleep(0.5 + CATCH_UP_AFTER_S)
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
    print("| what | per edit | µs each | µs per edit |\n|---|---:|---:|---:|")
    for label in sorted(tally.seconds):
        calls, secs = tally.calls[label], tally.seconds[label]
        print(f"| {label} | {calls / edits:.1f} | {secs / calls * 1e6:.1f} | {secs / edits * 1e6:.0f} |")


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--peers", type=int, default=32)
    ap.add_argument("--edits", type=int, default=200, help="per fleet, over all its turns")
    ap.add_argument("--rounds", type=int, default=2, help="turns each, mesh, Node, Node, mesh, …")
    args = ap.parse_args()
    if not isinstance(asyncio.get_running_loop(), asyncio.selector_events.BaseSelectorEventLoop):
        print("needs the selector event loop (the wrapped read callback is its transport's)")
        return
    why_not = NodeServer.available()
    server = NodeServer() if why_not is None else None
    per = max(1, args.edits // args.rounds)
    tallies = {"mesh": Tally(), "node": Tally()}
    latencies: dict[str, list[float]] = {"mesh": [], "node": []}
    try:
        if server is not None:
            await server.start()
        for r in range(args.rounds):
            for side in (["mesh", "node"] if r % 2 == 0 else ["node", "mesh"]):
                if side == "node" and server is None:
                    continue
                fleet = MeshFleet(args.peers, DEFAULT_FANOUT) if side == "mesh" else NodeFleet(server, args.peers)
                with tallies[side].wrapped(tasks=side == "node"):
                    latencies[side] += await _turn(fleet, per, tallies[side], r * per)
    finally:
        if server is not None:
            server.stop()
    _report("mesh (ring+chords)", args.peers, latencies["mesh"], tallies["mesh"], per * args.rounds)
    if server is None:
        print(f"\nNode reference skipped: {why_not}")
    else:
        _report("node y-websocket (its sends are made in the server's process)", args.peers,
                latencies["node"], tallies["node"], per * args.rounds)


if __name__ == "__main__":
    asyncio.run(main())
