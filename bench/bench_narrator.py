"""The R1 narrator: event -> first narrated token, tokens/s, claim latency with and without it, document growth.

Run: python bench/bench_narrator.py [--peers 4] [--renders 30]
Needs the llm extra (llama-cpp-python, gguf): the model is the tiny scripted GGUF the tests generate
(tests/fakes/tiny_gguf.py), on the CPU, so its numbers are the narrator's own overhead, not a real model's.
Claim latency: in-process peers on the loopback network with the real runner and timings; peer p0 also runs
the narrator with the tiny model, narrating every change (no gap between narrations) to stress it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._registry import Measure, Skip
from mesh.model.activity import EventKind, record
from mesh.model.jobs import job, plan_render
from mesh.model.replica import Replica
from mesh.model.scheduling import PeerCaps
from mesh.model.schema import BlockKind
from mesh.net.loopback import LoopbackNet
from mesh.storage.assets import AssetStore
from peers.backends.fake import FakeBackend
from peers.narration.engines import Delta, LlamaEngine
from peers.narration.service import NarrationService
from peers.narration.settings import narrator_settings
from peers.runner import PeerRunner
from tests.fakes.tiny_gguf import ANSWER, IMAGE, THINK, write_tiny_r1


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def _settings(model: Path) -> object:
    return narrator_settings({"MULTIPLEX_NARRATOR": f"llama:{model}", "MULTIPLEX_NARRATOR_CTX": "2048",
                              "MULTIPLEX_NARRATOR_MAX_TOKENS": "64", "MULTIPLEX_NARRATOR_THREADS": "1"})


async def first_token(model: Path, rounds: int = 30) -> dict[str, float]:
    """A board event -> the first narrated token in the document, through the running narrator task."""
    r = Replica("b")
    r.board.add_default_blocks(origin="user:bench")
    (block,) = r.board.blocks(BlockKind.NARRATION)
    svc = NarrationService({"b": r}, peer_id="p0", settings=_settings(model),  # type: ignore[arg-type]
                           live_peers=lambda n: [PeerCaps("p0")], min_gap_s=0.0)
    latencies = []
    async with svc:
        await asyncio.sleep(0.5)
        await svc.settled()
        for i in range(rounds):
            await svc.settled()
            await asyncio.sleep(0.3)
            before = svc.stats.started
            t0 = time.perf_counter()
            record(r.board, EventKind.PEER_JOINED, peer=f"x{i}", msg=f"studio-{i} joined")
            while svc.stats.started == before or not (block.get("think") or block.get("text")):  # noqa: ASYNC110
                await asyncio.sleep(0.0005)
            latencies.append((time.perf_counter() - t0) * 1000)
        await svc.settled()
    s = svc.stats
    print(f"event -> first narrated token in the document: p50 {statistics.median(latencies):.1f} ms, "
          f"p99 {pct(latencies, 0.99):.1f} ms ({rounds} events); model first token p50 "
          f"{statistics.median(s.first_token_s) * 1000:.1f} ms; {s.tokens / s.stream_s:.0f} tokens/s "
          f"({s.tokens} tokens in {s.finished} narrations)")
    return {"p50_ms": statistics.median(latencies), "p99_ms": pct(latencies, 0.99),
            "model_first_token_ms": statistics.median(s.first_token_s) * 1000, "tokens_per_s": s.tokens / s.stream_s}


class PacedScript:
    """The tiny model's answer at its measured pace (~59 tokens/s), with no model at all: what the narration
    writes and the illustration jobs cost the peers, apart from the model's CPU."""

    name = "sim:paced"

    async def stream(self, messages: list[dict[str, str]]) -> AsyncIterator[Delta]:
        text = f"<think>\n{THINK}</think>\n\n{ANSWER}\nImage: {IMAGE}"
        for i in range(0, len(text), 4):
            await asyncio.sleep(1 / 59)
            yield Delta(content=text[i:i + 4])

    async def close(self) -> None:
        pass


async def claim_latency(peers: int, renders: int, tmp: Path, model: Path | None, *, isolate: bool = True,
                        simulated: bool = False) -> list[float]:
    net = LoopbackNet(delay_s=0.002)
    assets = AssetStore(tmp / "assets")
    replicas = [Replica("board") for _ in range(peers)]
    for i, r in enumerate(replicas):
        net.join(f"p{i}", r)
    board = replicas[0].board
    board.add_default_blocks(origin="user:bench")
    requested: dict[str, float] = {}
    claimed: dict[str, float] = {}

    def check(now: float) -> None:
        for job_id in requested:
            j = job(board, job_id)
            if job_id not in claimed and j is not None and j.claims():
                claimed[job_id] = now

    sub = board.doc.observe(lambda e: asyncio.get_running_loop().call_soon(check, time.perf_counter()))
    narrator: NarrationService | None = None
    async with contextlib.AsyncExitStack() as stack:
        runners = []
        for i, r in enumerate(replicas):
            runner = PeerRunner({"board": r}, peer_id=f"p{i}", name=f"p{i}",
                                backends=[FakeBackend(f"f{i}", seconds=0.3, slots=2)], assets=assets,
                                workdir=tmp / f"p{i}")
            await stack.enter_async_context(runner)
            runners.append(runner)
        if model is not None or simulated:
            engine = PacedScript() if simulated else LlamaEngine(_settings(model), isolate=isolate)  # type: ignore[arg-type]
            narrator = NarrationService({"board": replicas[0]}, peer_id="p0", engine=engine,
                                        live_peers=runners[0].live_peers, min_gap_s=0.0)
            await stack.enter_async_context(narrator)
        await asyncio.sleep(1.0)
        for n in range(renders):
            intent = board.add_intent(f"shot {n}", origin="user:bench")
            t0 = time.perf_counter()
            ids = plan_render(board, [intent.id], requested_by=f"user:u{n % 3}")
            requested[ids[0]] = t0
            await asyncio.sleep(0.4)
        async with asyncio.timeout(60):
            while len(claimed) < len(requested):  # noqa: ASYNC110
                await asyncio.sleep(0.05)
    board.doc.unobserve(sub)
    net.close()
    if narrator is not None:
        st = narrator.stats
        print(f"  (the narrator wrote {st.finished} narrations meanwhile; started {st.started}, failed {st.failed})")
    return [(claimed[j] - t) * 1000 for j, t in requested.items()]


class HourOfR1:
    """A stand-in for R1 with a simulated clock: 600 characters of reasoning and 400 of narration, in 200
    chunks over 10 s of model time each, plus an image line."""

    name = "sim:r1"

    def __init__(self, clock: list[float]) -> None:
        self.clock = clock
        self.n = 0

    async def stream(self, messages: list[dict[str, str]]) -> AsyncIterator[Delta]:
        self.n += 1
        text = ("<think>\n" + f"reasoning {self.n} " * 40 + "\n</think>\n\n" + f"narration {self.n} " * 30
                + f"\nImage: an illustration of moment {self.n}")
        step = max(1, len(text) // 200)
        for i in range(0, len(text), step):
            self.clock[0] += 10.0 / 200
            yield Delta(content=text[i:i + step])

    async def close(self) -> None:
        pass


async def hour_of_narration() -> dict[str, float]:
    """One narration every 20 s for an hour of simulated time, each streamed (a few writes a second), each
    asking for an illustration that a peer renders: how much the document grows."""
    r = Replica("b")
    board = r.board
    board.add_default_blocks(origin="user:bench")
    (visual,) = board.blocks(BlockKind.VISUAL_NARRATION)
    clock = [0.0]
    svc = NarrationService({"b": r}, peer_id="p0", engine=HourOfR1(clock), clock=lambda: clock[0],
                           live_peers=lambda n: [PeerCaps("p0", stages={"still": ("cpu",)}, slots=1)],
                           min_gap_s=0.0)
    before = len(r.doc.get_update())
    writes = 0

    def count(_: object) -> None:
        nonlocal writes
        writes += 1

    r.doc.observe(count)
    narrations = 0
    while clock[0] < 3600:
        record(board, EventKind.DONE, peer="p1", msg=f"studio-b finished a still at {clock[0]:.0f} s")
        svc.step("b", r)
        await svc.settled()
        svc.step("b", r)  # asks for the illustration
        for j in [j for j in _visual_jobs(board) if j.winner() is None and not j.outputs()]:
            art = board.add_gen_art(visual.id, "image", origin="peer:p1", stage="still", asset=f"{narrations:064x}",
                                    mime="image/png", job_id=j.id, peer_id="p1")
            from mesh.model.claims import ClaimAgent
            agent = ClaimAgent(board, "p1")
            cid = agent.claim(j.id)
            agent.confirm(j.id, cid)
            agent.finish(j.id, cid, [art.id])
        svc.step("b", r)
        narrations += 1
        clock[0] += 10.0
    after = len(r.doc.get_update())
    print(f"an hour of narration ({narrations} narrations, {writes} document writes, {narrations} illustrations): "
          f"document {before / 1024:.0f} KiB -> {after / 1024:.0f} KiB (+{(after - before) / 1024:.0f} KiB); "
          f"illustrations kept {sum(1 for b in board.blocks(BlockKind.GEN_ART))}")
    return {"narrations": narrations, "growth_kib": (after - before) / 1024}


def _visual_jobs(board: object) -> list:
    from mesh.model.jobs import jobs

    return [j for j in jobs(board) if j.visual]  # type: ignore[arg-type]


def collect(quick: bool) -> list[Measure]:
    """The figures for `python -m bench`: 4 renders per claim run, 5 first tokens and no thread variant
    when quick; 30 renders, 30 first tokens otherwise."""
    missing = [m for m in ("llama_cpp", "gguf") if importlib.util.find_spec(m) is None]
    if missing:
        raise Skip(f"needs the llm extra (pip install -e '.[llm]'): {', '.join(missing)} not installed")
    peers, renders = 4, 4 if quick else 30
    cmd = f"python bench/bench_narrator.py --peers {peers} --renders {renders}"
    hour = asyncio.run(hour_of_narration())
    out = [Measure(f"an hour of narration ({hour['narrations']:.0f} narrations): document growth", hour["growth_kib"],
                   "KiB", cmd)]
    with tempfile.TemporaryDirectory() as tmp:
        model = write_tiny_r1(Path(tmp) / "tiny-r1.gguf")
        ft = asyncio.run(first_token(model, 5 if quick else 30))
        out += [Measure("board event -> first narrated token p50 (tiny model)", ft["p50_ms"], "ms", cmd),
                Measure("board event -> first narrated token p99", ft["p99_ms"], "ms", cmd),
                Measure("tokens/s (tiny model, one CPU thread)", ft["tokens_per_s"], "tokens/s", cmd)]
        configs = [("without the narrator", None, True), ("narrator in a child process", model, True)]
        configs += [] if quick else [("narrator in a thread", model, False)]
        for n, (label, m, isolate) in enumerate(configs):
            lat = asyncio.run(claim_latency(peers, renders, Path(tmp) / f"c{n}", m, isolate=isolate))
            out += [Measure(f"claim latency p50, {peers} peers, {label}", statistics.median(lat), "ms", cmd),
                    Measure(f"claim latency p99, {peers} peers, {label}", pct(lat, 0.99), "ms", cmd)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--peers", type=int, default=4)
    parser.add_argument("--renders", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=1, help="repeat the claim-latency runs, interleaved")
    parser.add_argument("--claims-only", action="store_true", help="skip the hour and first-token parts")
    args = parser.parse_args()
    if not args.claims_only:
        asyncio.run(hour_of_narration())
    with tempfile.TemporaryDirectory() as tmp:
        model = write_tiny_r1(Path(tmp) / "tiny-r1.gguf")
        if not args.claims_only:
            asyncio.run(first_token(model))
        configs = (("without the narrator", None, True, False),
                   ("with a simulated narrator (same writes and illustrations, no model)", None, True, True),
                   ("with the narrator in a child process (tiny model, no gap)", model, True, False),
                   ("with the narrator in a thread (tiny model, no gap)", model, False, False))
        for round_no in range(args.rounds):
            for n, (label, m, isolate, simulated) in enumerate(configs):
                folder = Path(tmp) / f"r{round_no}c{n}"
                lat = asyncio.run(claim_latency(args.peers, args.renders, folder, m, isolate=isolate,
                                                simulated=simulated))
                print(f"claim latency {label}: p50 {statistics.median(lat):.0f} ms, p99 {pct(lat, 0.99):.0f} ms "
                      f"({args.peers} peers, {args.renders} renders)")


if __name__ == "__main__":
    main()
