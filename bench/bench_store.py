"""Board store benchmark: save/load of a 10,000-block board, a log of 10,000 small edits, and the group
commit (every edit fsynced): edits/s, fsyncs/s and ack latency p50/p99 with many concurrent writers.

Run: .venv/bin/python bench/bench_store.py [--quick]   (prints numbers; tracks trends, asserts nothing)
`--quick` keeps the 10,000-block board but makes 2,000 small edits and runs the group commit at 1 and 10
writers with no gathering window only.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pycrdt import Doc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._registry import Measure
from mesh.model.board import Board
from mesh.model.schema import BlockKind
from mesh.storage.store import GROUP_COMMIT_S, BoardStore, attach

BLOCKS = 10_000
EDITS = 10_000
ACKED_EDITS = 500
ORIGIN = "user:bench"
KINDS = [
    (BlockKind.INTENT, "scene", {"description": "Wide shot of a castle at dawn, mist in the valley"}),
    (BlockKind.COMP, "note", {"text": "warmer light, less fog"}),
    (BlockKind.GEN_ART, "image", {"asset": "ab" * 32, "mime": "image/png", "width": 1024, "height": 576}),
    (BlockKind.ACTIVITY, "gpu", {}),
    (BlockKind.NARRATION, "live", {"text": "Two machines are rendering the castle."}),
    (BlockKind.VISUAL_NARRATION, "live", {"caption": "the cluster at work"}),
]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn()
    return (time.perf_counter() - t0) * 1000, out


def build_board() -> tuple[Board, list[str]]:
    board = Board(Doc())
    ids = []
    for i in range(BLOCKS):
        kind, sub, fields = KINDS[i % len(KINDS)]
        block = board.add_block(kind, sub, origin=ORIGIN, title=f"block {i}", x=float(i % 100) * 300,
                                y=float(i // 100) * 250, **fields)
        ids.append(block.id)
    return board, ids


def rss_mib() -> float | None:
    """This process's resident set in MiB (Linux /proc; None elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def load(directory: Path, memory: list[float] | None = None) -> tuple[float, int]:
    """Load the board in `directory` into a fresh doc: (ms, log records applied); RSS growth into `memory`."""
    store = BoardStore(directory)
    before = rss_mib()
    doc = Doc()
    ms, report = timed(lambda: store.load_into(doc))
    after = rss_mib()
    if memory is not None and before is not None and after is not None:
        memory.append(after - before)
    store.close()
    return ms, report.records_applied  # type: ignore[attr-defined]


def mib(n: int) -> str:
    return f"{n / 1024 / 1024:.2f} MiB"


async def main(out: list[Measure], edits: int = EDITS) -> None:
    """Print each figure and add it to `out` (the board is always BLOCKS blocks; `edits` small edits)."""
    cmd = "python bench/bench_store.py" + (" --quick" if edits != EDITS else "")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        rss0 = rss_mib()
        ms, (board, ids) = timed(build_board)  # type: ignore[misc]
        rss1 = rss_mib()
        print(f"build {BLOCKS} blocks in memory: {ms:.0f} ms")
        if rss0 is not None and rss1 is not None:
            print(f"memory of the built board (process RSS growth): {rss1 - rss0:.1f} MiB")
            out.append(Measure(f"{BLOCKS:,}-block board built in memory: RSS growth", rss1 - rss0, "MiB", cmd))

        # 1. save and load the whole board
        store = BoardStore(root / "big", compact_every=10**9)
        ms, _ = timed(lambda: store.compact(board.doc))
        print(f"save (compact, fsync) {BLOCKS} blocks: {ms:.1f} ms, on disk {mib(store.size_bytes)}")
        out += [Measure(f"{BLOCKS:,}-block board: save (compact, fsync)", ms, "ms", cmd),
                Measure(f"{BLOCKS:,}-block board: on disk", store.size_bytes / 1024 / 1024, "MiB", cmd)]
        store.close()
        memory: list[float] = []
        ms, _ = load(root / "big", memory)
        print(f"load snapshot of {BLOCKS} blocks: {ms:.1f} ms" + (f", RSS +{memory[0]:.1f} MiB" if memory else ""))
        out.append(Measure(f"{BLOCKS:,}-block board: load", ms, "ms", cmd))
        if memory:
            out.append(Measure(f"{BLOCKS:,}-block board: memory after load (process RSS growth)", memory[0], "MiB",
                               cmd))

        # 2. 10,000 small position edits appended to the log of that board
        def bare_edits() -> None:
            for i in range(edits):
                board.update(ids[i % len(ids)], origin=ORIGIN, x=float(i), y=float(-i))

        ms, _ = timed(bare_edits)
        print(f"{edits} position edits without a store (baseline): {ms:.0f} ms")
        out.append(Measure("position edit without a store (baseline)", ms / edits * 1000, "us", cmd))
        store = BoardStore(root / "big", compact_every=10**9)
        doc = Doc()
        store.load_into(doc)
        board = Board(doc)
        attach(store, doc)
        before = store.size_bytes

        def stored_edits() -> None:
            for i in range(edits):
                board.update(ids[i % len(ids)], origin=ORIGIN, x=float(i), y=float(-i))

        ms, _ = timed(stored_edits)
        fl, _ = timed(store.flush_sync)
        print(f"{edits} position edits with appends: {ms:.0f} ms ({ms / edits * 1000:.0f} us/edit), "
              f"one flush {fl:.1f} ms; log grew {mib(store.size_bytes - before)} "
              f"({(store.size_bytes - before) / edits:.0f} B/edit), store {mib(store.size_bytes)}")
        out += [Measure("position edit with the store attached", ms / edits * 1000, "us", cmd),
                Measure("log growth per position edit", (store.size_bytes - before) / edits, "B", cmd)]

        t0 = time.perf_counter()
        for i in range(ACKED_EDITS):
            board.update(ids[i], origin=ORIGIN, x=float(i) + 0.5)
            await store.flush()
        per = (time.perf_counter() - t0) * 1000 / ACKED_EDITS
        print(f"{ACKED_EDITS} edits each acknowledged by flush (fsync): {per:.2f} ms/edit")
        out.append(Measure("edit + fsync (one acknowledged edit)", per, "ms", cmd))
        store.close()

        ms, n = load(root / "big")
        print(f"load snapshot + {n} log records: {ms:.1f} ms")
        out.append(Measure(f"load {BLOCKS:,}-block snapshot + {n:,} log records", ms, "ms", cmd))

        store = BoardStore(root / "big")
        doc = Doc()
        store.load_into(doc)
        ms, _ = timed(lambda: store.compact(doc))
        print(f"compact after edits: {ms:.1f} ms, on disk {mib(store.size_bytes)} "
              f"(new snapshot + previous generation kept as fallback)")
        store.compact(doc)  # a second one drops the generation holding the 10,000-record log
        print(f"after one more compaction: on disk {mib(store.size_bytes)}")
        store.close()
        ms, n = load(root / "big")
        print(f"load after compaction: {ms:.1f} ms ({n} log records)")
        out.append(Measure(f"load {BLOCKS:,}-block board after compaction", ms, "ms", cmd))

        # 3. a log-only board: 10,000 small updates, no snapshot yet
        store = BoardStore(root / "small", compact_every=10**9)
        doc = Doc()
        store.load_into(doc)
        small = Board(doc)
        attach(store, doc)
        block_ids = [small.add_block(BlockKind.ACTIVITY, "gpu", origin=ORIGIN).id for _ in range(20)]
        for i in range(edits):
            small.update(block_ids[i % 20], origin=ORIGIN, x=float(i))
        store.close()
        size = BoardStore(root / "small").size_bytes
        ms, n = load(root / "small")
        print(f"log-only board, {n} records: {mib(size)}, load {ms:.1f} ms")
        store = BoardStore(root / "small")
        doc = Doc()
        store.load_into(doc)
        store.compact(doc)
        store.compact(doc)
        size = store.size_bytes
        store.close()
        ms, n = load(root / "small")
        print(f"same board compacted: {size / 1024:.1f} KiB, load {ms:.2f} ms")


async def group_commit(root: Path, writers: int, per_writer: int, window_s: float) -> tuple[float, float, float]:
    """`writers` tasks each making `per_writer` edits, each awaiting its own acknowledgement (fsync)."""
    store = BoardStore(root / f"gc-{writers}-{window_s}", group_commit_s=window_s)
    doc = Doc()
    store.load_into(doc)
    attach(store, doc)
    board = Board(doc)
    ids = [board.add_block(BlockKind.ACTIVITY, "gpu", origin=ORIGIN).id for _ in range(writers)]
    await store.flush()
    commits0 = store.commits
    latencies: list[float] = []

    async def writer(k: int) -> None:
        for i in range(per_writer):
            t0 = time.perf_counter()
            board.update(ids[k], origin=ORIGIN, x=float(i))
            await store.flush()
            latencies.append((time.perf_counter() - t0) * 1000)

    t0 = time.perf_counter()
    await asyncio.gather(*(writer(k) for k in range(writers)))
    wall = time.perf_counter() - t0
    store.close()
    latencies.sort()
    n = len(latencies)
    fsyncs = store.commits - commits0
    p50, p99 = latencies[n // 2], latencies[min(n - 1, n * 99 // 100)]
    print(f"group commit, {writers:>3} writers, window {window_s * 1000:.0f} ms: {n / wall:8.0f} edits/s, "
          f"{fsyncs / wall:6.0f} fsyncs/s ({n / max(fsyncs, 1):5.1f} edits/fsync), ack p50 "
          f"{p50:.2f} ms, p99 {p99:.2f} ms")
    return n / wall, p50, p99


async def group_commits(out: list[Measure], quick: bool = False) -> None:
    cmd = "python bench/bench_store.py" + (" --quick" if quick else "")
    with tempfile.TemporaryDirectory() as tmp:
        for window in [GROUP_COMMIT_S] if quick else sorted({0.0, 0.002, GROUP_COMMIT_S}):
            for writers in (1, 10) if quick else (1, 10, 100):
                rate, p50, p99 = await group_commit(Path(tmp), writers, max(20, 2_000 // writers), window)
                if window == GROUP_COMMIT_S:  # the store's own setting; the others are for comparison
                    what = f"{writers} concurrent writer{'s' * (writers > 1)}, every edit fsynced"
                    out += [Measure(f"group commit, {what}", rate, "edits/s", cmd),
                            Measure(f"group commit ack p50, {what}", p50, "ms", cmd),
                            Measure(f"group commit ack p99, {what}", p99, "ms", cmd)]


def collect(quick: bool) -> list[Measure]:
    out: list[Measure] = []
    asyncio.run(main(out, 2_000 if quick else EDITS))
    asyncio.run(group_commits(out, quick))
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 small edits, group commit at 1 and 10 writers")
    args = parser.parse_args()
    collect(args.quick)
