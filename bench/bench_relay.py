"""Relay fan-out latency against the stock Node y-websocket server, and the relay's memory per board and client.

Two servers are started as real processes on 127.0.0.1: `multiplex relay` (its own MULTIPLEX_HOME in a tmp
folder, on disk) and `@y/websocket-server` (in-memory, the npm baseline; `npm ci` in bench/relay_js on first
use). The same Python clients (pycrdt docs over aiohttp, plain y-protocols frames, each with its own edit
token on the relay) join one board: one edits a block's title, and the round's latency runs until every
other client has applied that edit. Rounds are spaced, so this is latency, not throughput.

Clients all run in this one process (one event loop): the slowest receiver also waits for the others'
decoding, for both servers alike, so the ratio is the figure that counts. The relay acknowledges an edit
only once it is fsynced (`durable_first`), so each of its rounds includes a disk flush the Node server
never makes; `--shm` adds a relay row with its home on /dev/shm to show what that flush costs.

Memory: the relay's resident set (VmRSS from /proc) before and after opening boards filled with a
storyboard each, and before and after connecting the clients (Linux only; "n/a" elsewhere).

    python bench/bench_relay.py [--quick] [--rounds 200] [--clients 10,100] [--shm]
"""

from __future__ import annotations

import abc
import argparse
import asyncio
import contextlib
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `python bench/bench_relay.py` finds the packages

import aiohttp
from pycrdt import Doc

from bench._registry import Measure
from mesh.model.board import Board
from mesh.net._wire import FrameKind, decode_frame, encode_step1, encode_step2, encode_update
from relay.service import RELAY_DIR
from relay.tokens import Role, TokenStore

ROOT = Path(__file__).resolve().parents[1]
JS_DIR = Path(__file__).resolve().parent / "relay_js"
BOARD = "bench"
ORIGIN = "bench"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mib(pid: int) -> float | None:
    """Resident set of `pid` in MiB, from /proc (None where there is no /proc)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def ws_frame_bytes(payload: int, *, masked: bool) -> int:
    """A websocket frame's size on the wire (RFC 6455 header + payload; no TCP/IP headers)."""
    length = 2 + (2 if payload >= 126 else 0) + (6 if payload >= 1 << 16 else 0)
    return length + (4 if masked else 0) + payload


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q / 100 * (len(values) - 1)))]


# -- servers ---------------------------------------------------------------------------------------------
class Server(abc.ABC):
    """A server process on a free loopback port, waited for until it answers HTTP (the relay, or the Node
    y-websocket server it is measured against)."""

    name = ""

    def __init__(self) -> None:
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @abc.abstractmethod
    def url(self, board: str, token: str | None) -> str:
        """The websocket URL a client opens for `board`."""

    async def wait_ready(self, path: str, timeout_s: float = 90.0) -> None:
        deadline = time.monotonic() + timeout_s
        async with aiohttp.ClientSession() as http:
            while time.monotonic() < deadline:
                assert self.proc is not None
                if self.proc.poll() is not None:
                    raise RuntimeError(f"{self.name} exited with {self.proc.returncode}")
                with contextlib.suppress(aiohttp.ClientError, OSError):
                    async with http.get(f"http://127.0.0.1:{self.port}{path}") as resp:
                        if resp.status == 200:
                            return
                await asyncio.sleep(0.2)
        raise RuntimeError(f"{self.name} did not start within {timeout_s:.0f} s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


class Relay(Server):
    def __init__(self, home: Path, label: str = "multiplex relay") -> None:
        super().__init__()
        self.name = label
        self.home = home
        self.tokens = TokenStore(home / RELAY_DIR / "tokens.json")

    def token(self, board: str) -> str:
        """A new edit token (written to the token file the running relay watches)."""
        return self.tokens.create(board, Role.EDIT, "bench")[0]

    async def start(self) -> None:
        self.launch()
        await self.wait_ready("/healthz")

    def launch(self) -> None:
        env = {**os.environ, "MULTIPLEX_HOME": str(self.home), "MULTIPLEX_LOG": "WARNING"}
        self.log = (self.home.parent / f"{self.home.name}.log").open("ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "multiplex", "relay", "--host", "127.0.0.1",
                                      "--port", str(self.port)], cwd=ROOT, env=env, stdout=self.log,
                                     stderr=subprocess.STDOUT)

    async def synced_client(self, http: aiohttp.ClientSession, board: str, token: str,
                            timeout_s: float = 10.0) -> YClient:
        """A client synced on `board` once the relay serves it: it re-reads the token file every second
        and closes a connection whose token it does not know yet (4401), so that is retried."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            client = await YClient.connect(http, self.url(board, token))
            synced = asyncio.ensure_future(client.synced.wait())
            await asyncio.wait({synced, client._reader}, timeout=max(0.0, deadline - time.monotonic()),
                               return_when=asyncio.FIRST_COMPLETED)
            if client.synced.is_set():
                return client
            synced.cancel()
            await client.aclose()
            await asyncio.sleep(0.1)
        raise RuntimeError(f"the relay did not open board {board!r}")

    def url(self, board: str, token: str | None) -> str:
        return f"ws://127.0.0.1:{self.port}/yjs/{board}?token={token}"


class NodeServer(Server):
    name = "node y-websocket"

    @staticmethod
    def available() -> str | None:
        """Why the Node baseline cannot run here, or None (installs it with `npm ci` on first use)."""
        if shutil.which("node") is None or shutil.which("npm") is None:
            return "node/npm not on PATH"
        if not (JS_DIR / "node_modules" / "@y" / "websocket-server").is_dir():
            out = subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=JS_DIR,
                                 capture_output=True, text=True, shell=sys.platform == "win32")
            if out.returncode != 0:
                return f"npm ci failed in {JS_DIR}: {out.stderr.strip()[-300:]}"
        return None

    async def start(self) -> None:
        self.launch()
        await self.wait_ready("/")

    def launch(self) -> None:
        server = JS_DIR / "node_modules" / "@y" / "websocket-server" / "src" / "server.js"
        env = {**os.environ, "HOST": "127.0.0.1", "PORT": str(self.port)}
        self.proc = subprocess.Popen(["node", str(server)], cwd=JS_DIR, env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)

    def url(self, board: str, token: str | None) -> str:
        return f"ws://127.0.0.1:{self.port}/{board}"


# -- clients ---------------------------------------------------------------------------------------------
class YClient:
    """One y-websocket connection with its own pycrdt doc; notes when a block's title reaches a value."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.doc = Doc()
        self.board = Board(self.doc)
        self.synced = asyncio.Event()
        self.watch: tuple[str, str] | None = None  # (block id, title) awaited
        self.first_update = False
        self.echoed = False  # set when the server sends every update to its sender too (Node's does)
        self._echoes = 0  # then: our own updates it has yet to send back
        self.seen = asyncio.Event()
        self.seen_at = 0.0
        self.sent_bytes = self.received_bytes = self.sent_frames = self.received_frames = 0  # incl. ws headers
        self._reader = asyncio.create_task(self._read())

    @classmethod
    async def connect(cls, http: aiohttp.ClientSession, url: str) -> YClient:
        client = cls(await http.ws_connect(url, max_msg_size=64 * 1024 * 1024))
        await client.send(encode_step1(client.doc.get_state()))
        return client

    async def send(self, frame: bytes) -> None:
        self.sent_bytes += ws_frame_bytes(len(frame), masked=True)
        self.sent_frames += 1
        await self.ws.send_bytes(frame)

    async def _read(self) -> None:
        with contextlib.suppress(ConnectionError, aiohttp.ClientError):
            async for msg in self.ws:
                if msg.type != aiohttp.WSMsgType.BINARY:
                    continue
                self.received_bytes += ws_frame_bytes(len(msg.data), masked=False)
                self.received_frames += 1
                kind, payload = decode_frame(msg.data, max_bytes=1 << 30)
                if kind == FrameKind.STEP1:
                    await self.send(encode_step2(self.doc.get_update(payload)))
                elif kind in (FrameKind.STEP2, FrameKind.UPDATE):
                    self.doc.apply_update(payload)
                    if kind == FrameKind.STEP2:
                        self.synced.set()
                    if kind == FrameKind.UPDATE and self._echoes:
                        self._echoes -= 1  # the server sends every update to its sender too: ours
                        continue
                    self._check()

    def expect(self, block_id: str, title: str, *, first_update: bool = False) -> None:
        """Note when the block's title reads `title`, or (`first_update`) when the next update was
        applied, whatever it held: then the caller checks the title itself, out of the timing. Reading
        the block through the typed accessors after every frame is a quarter of such a client's CPU."""
        self.watch = (block_id, title)
        self.first_update = first_update
        self.seen = asyncio.Event()

    def _check(self) -> None:
        if self.watch is None:
            return
        block = None if self.first_update else self.board.block(self.watch[0])
        if self.first_update or (block is not None and block.title == self.watch[1]):
            self.seen_at = time.perf_counter()
            self.watch = None
            self.seen.set()

    async def change(self, edit: Callable[[Board], object]) -> None:
        """Change the board and send exactly that change (one SYNC_UPDATE frame)."""
        before = self.doc.get_state()
        edit(self.board)
        if self.echoed:
            self._echoes += 1
        await self.send(encode_update(self.doc.get_update(before)))

    async def aclose(self) -> None:
        await self.ws.close()
        with contextlib.suppress(Exception):
            await self._reader


class Group:
    """`n` clients on one board of one server: the first edits, the others receive."""

    def __init__(self, server: Server, clients: list[YClient], connected_s: float) -> None:
        self.server, self.clients, self.connected_s = server, clients, connected_s
        self.block_id = ""
        self.latencies: list[float] = []

    @classmethod
    async def join(cls, http: aiohttp.ClientSession, server: Server, tokens: list[str]) -> Group:
        t0 = time.perf_counter()
        clients = await asyncio.gather(*(YClient.connect(http, server.url(BOARD, t)) for t in tokens))
        async with asyncio.timeout(60):
            await asyncio.gather(*(c.synced.wait() for c in clients))
        group = cls(server, list(clients), time.perf_counter() - t0)
        editor = group.clients[0]
        intents = editor.board.intents()
        if not intents:
            await editor.change(lambda b: b.add_intent("the shot every client watches", origin=ORIGIN))
            intents = editor.board.intents()
        group.block_id = intents[0].id
        return group

    async def round(self, i: int, *, keep: bool) -> None:
        """One edit; its latency (s) until every other client applied it is kept when `keep`."""
        editor, receivers = self.clients[0], self.clients[1:]
        title = f"round {i} {time.perf_counter_ns()}"
        for c in receivers:
            c.expect(self.block_id, title)
        sent = time.perf_counter()
        await editor.change(lambda b: b.update(self.block_id, origin=ORIGIN, title=title))
        async with asyncio.timeout(30):
            await asyncio.gather(*(c.seen.wait() for c in receivers))
        if keep:
            self.latencies.append(max(c.seen_at for c in receivers) - sent)

    async def aclose(self) -> None:
        await asyncio.gather(*(c.aclose() for c in self.clients), return_exceptions=True)


async def fill_boards(relay: Relay, count: int, intents: int) -> None:
    """Open `count` boards on the running relay (their tokens written at once: one re-read of the token
    file opens them all), each filled with a storyboard of `intents` intents with a comp each, all at
    once; then one wait for the relay to apply and fsync before hanging up."""
    tokens = {f"mem{n:03d}": relay.token(f"mem{n:03d}") for n in range(count)}

    async def fill(http: aiohttp.ClientSession, board: str) -> YClient:
        client = await relay.synced_client(http, board, tokens[board])
        before = client.doc.get_state()
        for i in range(intents):
            intent = client.board.add_intent(f"shot {i}: a slow push in on the harbour at dawn, fog lifting",
                                             origin=ORIGIN)
            client.board.add_comp(intent.id, "note", origin=ORIGIN, text="keep the boats in silhouette")
        await client.ws.send_bytes(encode_update(client.doc.get_update(before)))
        return client

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        clients = await asyncio.gather(*(fill(http, board) for board in tokens))
        await asyncio.sleep(0.3)  # the relay applies and fsyncs before we hang up
        await asyncio.gather(*(c.aclose() for c in clients))


# -- the run ---------------------------------------------------------------------------------------------
def row(name: str, n: int, lat: list[float], base: list[float] | None) -> str:
    p50, p99 = pct(lat, 50) * 1e3, pct(lat, 99) * 1e3
    ratio = f"{p50 / (pct(base, 50) * 1e3):.2f}x / {p99 / (pct(base, 99) * 1e3):.2f}x" if base else "-"
    mean = statistics.mean(lat) * 1e3
    return f"| {name:<26} | {n:>7} | {len(lat):>6} | {p50:>8.2f} | {p99:>8.2f} | {mean:>8.2f} | {ratio:>15} |"


def homes(with_shm: bool) -> tuple[Path, Path | None]:
    tmp = Path(tempfile.mkdtemp(prefix="bench-relay-"))
    if not (with_shm and Path("/dev/shm").is_dir()):
        return tmp, None
    return tmp, Path(tempfile.mkdtemp(prefix="bench-relay-", dir="/dev/shm"))


@dataclass(slots=True)
class RelayReport:
    """What one run measured: latencies per (server, clients), memory rows, and notes."""

    rounds: int
    warmup: int
    counts: list[int]
    servers: list[str]
    latencies: dict[tuple[str, int], list[float]] = field(default_factory=dict)
    # (what, RSS before MiB, after MiB, KiB per unit, unit): "100 clients on one board", ..., "client"
    memory: list[tuple[str, float, float, float, str]] = field(default_factory=list)
    idle_mib: float | None = None
    connect_ms: dict[int, float] = field(default_factory=dict)
    node_skipped: str | None = None


async def measure(counts: list[int], rounds: int, boards: int, with_shm: bool, warmup: int = 5) -> RelayReport:
    why_not = NodeServer.available()
    tmp, shm = homes(with_shm)
    relays = [Relay(tmp / "home")] + ([Relay(shm / "home", "multiplex relay (/dev/shm)")] if shm else [])
    node = NodeServer() if why_not is None else None
    report = RelayReport(rounds, warmup, counts, [r.name for r in relays] + ([NodeServer.name] if node else []),
                         node_skipped=why_not)
    try:
        # every token made before the relays start: a running relay re-reads tokens.json once a second
        tokens: dict[tuple[str, int], list[str]] = {}
        for relay in relays:
            relay.home.mkdir(parents=True)
            for n in counts:
                tokens[(relay.name, n)] = [relay.token(BOARD) for _ in range(n)]  # one edit token each
        await asyncio.gather(*(s.start() for s in [*relays, *([node] if node is not None else [])]))
        relay = relays[0]
        pid = relay.proc.pid if relay.proc else 0
        for n in counts:
            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
                before = rss_mib(pid)
                groups = [await Group.join(http, r, tokens[(r.name, n)]) for r in relays]
                after = rss_mib(pid)
                if node is not None:
                    groups.append(await Group.join(http, node, [""] * n))
                report.connect_ms[n] = groups[0].connected_s * 1e3
                if before is not None and after is not None:
                    report.memory.append((f"{n} clients on one board", before, after, (after - before) / n * 1024,
                                          "client"))
                try:
                    for i in range(warmup + rounds):  # servers take turns, so load on the machine hits all
                        for group in groups:
                            await group.round(i, keep=i >= warmup)
                            await asyncio.sleep(0.01)
                finally:
                    for group in groups:
                        await group.aclose()
                for group in groups:
                    report.latencies[(group.server.name, n)] = group.latencies
        before = rss_mib(pid)
        await fill_boards(relay, boards, 50)
        await asyncio.sleep(1.5)
        after = rss_mib(pid)
        if before is not None and after is not None:
            report.memory.append((f"+{boards} boards of 50 intents + 50 comps", before, after,
                                  (after - before) / boards * 1024, "board"))
        report.idle_mib = rss_mib(pid)
    except Exception:
        for relay in relays:
            log = relay.home.parent / f"{relay.home.name}.log"
            if log.exists():
                tail = log.read_text(errors="replace").splitlines()[-40:]
                print(f"--- {relay.name} log (last lines) ---", *tail, sep="\n", file=sys.stderr)
        raise
    finally:
        for relay in relays:
            relay.stop()
        if node is not None:
            node.stop()
        shutil.rmtree(tmp, ignore_errors=True)
        if shm is not None:
            shutil.rmtree(shm, ignore_errors=True)
    return report


def collect(quick: bool) -> list[Measure]:
    """Relay vs Node fan-out for 10 clients, 20 rounds (quick) or 10/100 clients, 200 rounds; memory."""
    counts, rounds, boards = ([10], 20, 5) if quick else ([10, 100], 200, 20)
    r = asyncio.run(measure(counts, rounds, boards, with_shm=False))
    out: list[Measure] = []
    for n in counts:
        cmd = f"python bench/bench_relay.py --clients {n} --rounds {rounds}"
        lat = r.latencies[("multiplex relay", n)]
        base = r.latencies.get((NodeServer.name, n))
        out += [Measure(f"relay fan-out p50, {n} clients (edit -> all others)", pct(lat, 50) * 1e3, "ms", cmd),
                Measure(f"relay fan-out p99, {n} clients", pct(lat, 99) * 1e3, "ms", cmd)]
        if base is None:
            out.append(Measure(f"node y-websocket fan-out, {n} clients", None, "ms", cmd,
                               note=f"skipped: {r.node_skipped}"))
            continue
        out += [Measure(f"node y-websocket fan-out p50, {n} clients", pct(base, 50) * 1e3, "ms", cmd),
                Measure(f"relay / node p50, {n} clients", pct(lat, 50) / pct(base, 50), "x", cmd,
                        note=f"p99 {pct(lat, 99) / pct(base, 99):.2f}x")]
    for n, ms in r.connect_ms.items():
        out.append(Measure(f"{n} relay clients connected and synced", ms, "ms"))
    for what, _before, _after, per, unit in r.memory:
        out.append(Measure(f"relay memory per {unit} ({what})", per, "KiB"))
    if r.idle_mib is not None:
        out.append(Measure("relay RSS at the end, idle", r.idle_mib, "MiB"))
    return out


async def main(args: argparse.Namespace) -> int:
    counts = [int(c) for c in args.clients.split(",")]
    rounds = args.rounds or (30 if args.quick else 200)
    r = await measure(counts, rounds, 5 if args.quick else 20, args.shm)
    print(f"\nfan-out: one client edits a block title, latency until all other clients applied it "
          f"({rounds} rounds after {r.warmup} warm-up, 10 ms apart; loopback, clients in one process)\n")
    print("| server                     | clients | rounds |  p50 ms  |  p99 ms  | mean ms  | vs node p50/p99 |")
    print("|----------------------------|---------|--------|----------|----------|----------|-----------------|")
    for n in counts:
        base = r.latencies.get((NodeServer.name, n))
        for name in r.servers:
            print(row(name, n, r.latencies[(name, n)], base if name != NodeServer.name else None))
    memory = [f"| relay RSS, {what} | {before:.1f} -> {after:.1f} MiB | {per:.0f} KiB per {unit} |"
              for what, before, after, per, unit in r.memory]
    if r.idle_mib is not None:
        memory.insert(0, f"| relay RSS at the end, idle | {r.idle_mib:.1f} MiB | |")
    print("\n| relay memory | RSS | per unit |\n|---|---|---|")
    print("\n".join(memory) if memory else "| (no /proc here) | n/a | n/a |")
    if r.node_skipped:
        print(f"- Node baseline skipped: {r.node_skipped}")
    for n, ms in r.connect_ms.items():
        print(f"- {n} relay clients connected and synced in {ms:.0f} ms")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="30 rounds and 5 memory boards (default 200 and 20)")
    parser.add_argument("--rounds", type=int, default=0, help="measured rounds per row")
    parser.add_argument("--clients", default="10,100", help="client counts, comma separated (default 10,100)")
    parser.add_argument("--shm", action="store_true", help="also a relay with its home on /dev/shm (Linux)")
    raise SystemExit(asyncio.run(main(parser.parse_args())))
