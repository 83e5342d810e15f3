"""Idle benchmark: CPU a peer burns holding a 10,000-block board while nothing happens.

A real peer (`open_peer`: hub, runner with its narrator, mesh service with asset fetching, a CPU
backend; no discovery, no HTTP server) opens a board of 10,000 blocks — intents, notes, takes with
rendered jobs, and a few takes whose asset is missing here and that no peer can send — settles, then
sits idle. CPU time of the whole process (all threads) is read with `time.process_time` over the idle
window and printed as % of one core; the second run adds one open canvas (a `BoardFeed` with a view).
Also printed: how long the peer took to open (board loaded from disk, services started) and its resident
set once settled (Linux /proc; a fresh process per `python -m bench` run, so it is the peer's own).

Run: .venv/bin/python bench/bench_idle.py [--seconds 20] [--blocks 10000]   (prints numbers; asserts nothing)
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pycrdt import Doc

from bench._registry import Measure
from mesh.model.board import Board
from mesh.model.claims import ClaimAgent
from mesh.model.jobs import plan_render
from mesh.model.schema import BlockKind
from mesh.storage.assets import AssetStore
from mesh.storage.hub import BoardHub
from peers.config import PeerConfig

BOARD = "idle"
ORIGIN = "user:bench"
RENDERED_INTENTS = 200  # each with a finished still and clip job and two takes
MISSING_ASSETS = 20  # takes whose asset is on no live peer


def build(home: Path, blocks: int, rendered: int = RENDERED_INTENTS) -> None:
    """Write the board to disk the way a peer that ran for a while leaves it."""
    board = Board(Doc())  # built apart, then written to the store as one update
    board.init_meta(BOARD, origin=ORIGIN)
    board.add_default_blocks(origin=ORIGIN)
    assets = AssetStore(home / "assets")
    agent = ClaimAgent(board, "pbenchgone")
    intents: list[str] = []
    n_intents = max(rendered, blocks // 4)
    for i in range(n_intents):
        intents.append(board.add_intent(f"Shot {i}: a castle at dawn, mist in the valley", origin=ORIGIN,
                                        x=float(i % 100) * 300, y=float(i // 100) * 250).id)
    for i, intent_id in enumerate(intents[:rendered]):
        for job_id in plan_render(board, [intent_id], requested_by=ORIGIN):
            claim = agent.claim(job_id)
            agent.confirm(job_id, claim)
            kind = "image" if i % 2 == 0 else "video"
            if i < MISSING_ASSETS:
                sha = f"{i:064x}"
            else:
                sha = assets.put_bytes(f"take {job_id}".encode(), mime="text/plain").sha256
            art = board.add_gen_art(intent_id, kind, origin="peer:pbenchgone", stage="still", asset=sha,
                                    mime="image/png", job_id=job_id, peer_id="pbenchgone", backend="cpu")
            agent.finish(job_id, claim, [art.id])
    for i in range(blocks - len(board.blocks())):  # unlinked notes: add_comp would scan every edge
        board.add_block(BlockKind.COMP, "note", origin=ORIGIN, text=f"note {i}: warmer light",
                        x=float(i % 100) * 300, y=-250.0 - float(i // 100) * 250)
    hub = BoardHub(home)
    hub.open(BOARD).doc.apply_update(board.doc.get_update())
    asyncio.run(hub.flush())
    hub.close()


def rss_mib() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


async def measure(home: Path, seconds: float, settle_s: float, canvas: bool,
                  found: dict[str, float] | None = None) -> tuple[float, int]:
    """Idle CPU % of one core and the block count; the open time (s) and settled RSS (MiB) into `found`."""
    from multiplex.app import open_peer

    config = PeerConfig(home=home, board=BOARD, name="bench", port=18470, discovery=False, canvas=False,
                        log_level="WARNING")
    t_open = time.perf_counter()
    async with open_peer(config) as peer:
        opened_s = time.perf_counter() - t_open
        feed = None
        views: list[dict[str, object]] = []
        if canvas:
            from canvas.feed import BoardFeed

            feed = BoardFeed(peer.hub.replicas[BOARD])
            feed.snapshot()
            feed.subscribe(views.append)
        n_blocks = len(peer.hub.replicas[BOARD].board.blocks())
        await asyncio.sleep(settle_s)
        rss = rss_mib()
        if found is not None:
            found["open_s"] = opened_s
            if rss is not None:
                found["rss_mib"] = rss
        cpu0, wall0 = time.process_time(), time.perf_counter()
        await asyncio.sleep(seconds)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        if feed is not None:
            feed.close()
    return 100.0 * cpu / wall, n_blocks


def collect(quick: bool) -> list[Measure]:
    blocks, rendered, settle, seconds = (1_000, 20, 0.5, 1.0) if quick else (10_000, RENDERED_INTENTS, 8.0, 20.0)
    cmd = (f"python bench/bench_idle.py --blocks {blocks} --rendered {rendered} --settle {settle:g} "
           f"--seconds {seconds:g}")
    logging.disable(logging.WARNING)
    out: list[Measure] = []
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        build(home, blocks, rendered)
        for canvas in (False, True):
            found: dict[str, float] = {}
            pct, n = asyncio.run(measure(home, seconds, settle, canvas, found))
            if not canvas:
                out.append(Measure(f"peer opens a {n:,}-block board from disk (services started)", found["open_s"],
                                   "s", cmd))
                if "rss_mib" in found:
                    out.append(Measure(f"peer memory holding a {n:,}-block board, settled (RSS)", found["rss_mib"],
                                       "MiB", cmd))
            label = "peer + one open canvas" if canvas else "peer, no canvas"
            out.append(Measure(f"idle CPU, {label}, {n:,} blocks", pct, "% of a core", cmd,
                               note=f"over {seconds:g} s"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="idle window measured")
    parser.add_argument("--settle", type=float, default=8.0, help="seconds to wait before measuring")
    parser.add_argument("--blocks", type=int, default=10_000)
    parser.add_argument("--rendered", type=int, default=RENDERED_INTENTS,
                        help=f"intents with finished jobs and takes (at least {MISSING_ASSETS})")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # the missing takes warn once each; not what we measure
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        t0 = time.perf_counter()
        build(home, args.blocks, args.rendered)
        print(f"board of {args.blocks:,} blocks built in {time.perf_counter() - t0:.1f} s "
              f"({args.rendered} rendered intents, {MISSING_ASSETS} takes missing their asset)")
        for canvas in (False, True):
            found: dict[str, float] = {}
            pct, n = asyncio.run(measure(home, args.seconds, args.settle, canvas, found))
            label = "peer + one open canvas" if canvas else "peer, no canvas"
            rss = f", RSS {found['rss_mib']:.0f} MiB" if "rss_mib" in found else ""
            print(f"{label:24s} {n:,} blocks: idle CPU {pct:5.2f} % of one core over {args.seconds:.0f} s; "
                  f"opened in {found['open_s']:.1f} s{rss}")


if __name__ == "__main__":
    main()
