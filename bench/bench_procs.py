"""Claim latency with real peer processes, and how long a SIGKILLed peer's job takes to run elsewhere.

Each peer is a `multiplex up --no-canvas` process with its own MULTIPLEX_HOME (discovery off), joined to
the first by invite, rendering with the built-in CPU backend at a tiny size (160x96, 1 s clips), so a job
takes about a second. Renders are requested through the first peer's API, 0.4 s apart.

Times come from the board itself, read from the first peer's store once it has stopped: a job's `created`
stamp (the requester's hybrid clock) and the activity log's `claimed` / `started` events (the claimer's
clock). All processes share this machine's wall clock, so the differences are latencies, to the
millisecond, without polling anything while it runs. The kill: once a peer other than the first is
rendering a job of a second batch, it is SIGKILLed (`Popen.kill`); failover is kill -> the first claim of
that job by another peer (its lease has to lapse first: `LEASE_S`), and kill -> that job done.

    python bench/bench_procs.py [--peers 8] [--renders 16] [--kill-renders 6]   (--kill-renders 0: no kill)
"""

from __future__ import annotations

import argparse
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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from bench._registry import Measure
from mesh.model.activity import EventKind, recent
from mesh.model.hlc import HLC
from mesh.model.jobs import job
from mesh.storage.hub import BoardHub

BOARD = "film"
SMALL = {"width": 160, "height": 96, "duration": 1, "fps": 8}  # CPU renders that take a second, not ten


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(predicate: Callable[[], bool], timeout_s: float, what: str, every_s: float = 0.3) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(every_s)


class Machine:
    """One `multiplex up` process with its own home, as on a separate computer."""

    def __init__(self, home: Path, name: str) -> None:
        self.home, self.name, self.port = home, name, free_port()
        self.env = {**os.environ, "MULTIPLEX_HOME": str(home), "MULTIPLEX_DISCOVERY": "0", "MULTIPLEX_BOARD": BOARD,
                    "MULTIPLEX_LOG": "WARNING", "MULTIPLEX_NAME": name}
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = home.parent / f"{name}.log"

    def cli(self, *args: str) -> str:
        result = subprocess.run([sys.executable, "-m", "multiplex", *args], env=self.env, capture_output=True,
                                text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"multiplex {' '.join(args)}: {result.stderr.strip()[-500:]}")
        return result.stdout

    def launch(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "multiplex", "up", "--port", str(self.port), "--host", "127.0.0.1",
                 "--no-canvas", "--no-browser"], env=self.env, stdout=log, stderr=subprocess.STDOUT)

    def up(self) -> bool:
        if self.proc is None or self.proc.poll() is not None:
            raise RuntimeError(f"{self.name} exited: {self.log.read_text(errors='replace')[-2000:]}")
        try:
            return httpx.get(f"http://127.0.0.1:{self.port}/api/health", timeout=2).status_code == 401
        except httpx.HTTPError:
            return False

    def api(self, method: str, path: str, **body: Any) -> Any:
        token = (self.home / "api.token").read_text(encoding="utf-8").strip()
        r = httpx.request(method, f"http://127.0.0.1:{self.port}/api/boards/{BOARD}{path}", timeout=30,
                          headers={"Authorization": f"Bearer {token}"}, json=body or None)
        r.raise_for_status()
        return r.json()

    @property
    def peer_id(self) -> str:
        return (self.home / "peer_id").read_text(encoding="utf-8").strip()

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=20)

    def stop(self) -> None:
        """A clean stop (its store flushed); killed if it does not stop in time."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def runnable_by(machine: Machine) -> int:
    """How many peers the first one sees that can run a whole pipeline."""
    listed = machine.api("GET", "/pipelines")["pipelines"]
    return max((len(p.get("runnable_by", [])) for p in listed), default=0)


def render(machine: Machine, count: int, label: str, spacing_s: float) -> list[str]:
    """Request `count` renders of one intent each, `spacing_s` apart; the job ids."""
    ids: list[str] = []
    for n in range(count):
        intent = machine.api("POST", "/intents", text=f"{label} {n}: a lighthouse in a storm, wave {n}")["id"]
        machine.api("POST", "/comps", intent=intent, directives=SMALL)
        ids += machine.api("POST", "/render", intents=[intent])["jobs"]
        time.sleep(spacing_s)
    return ids


def states(machine: Machine, job_ids: list[str]) -> dict[str, dict[str, Any]]:
    return {j["id"]: j for j in machine.api("GET", "")["jobs"] if j["id"] in job_ids}


class _AllDone(Exception):
    """The batch finished before anyone was caught holding a job."""


def run(peers: int, renders: int, kill_renders: int, spacing_s: float = 0.4) -> dict[str, Any]:
    """Start the peers, render, kill one mid-batch; the figures read back from the first peer's board."""
    tmp = Path(tempfile.mkdtemp(prefix="mx-bench-procs-"))
    machines = [Machine(tmp / f"p{i}", f"p{i}") for i in range(peers)]
    first = machines[0]
    killed: Machine | None = None
    kill_ms = 0
    victim_job = ""
    try:
        first.launch()
        wait_for(first.up, 90, "the first peer to start", every_s=0.1)
        if peers > 1:  # one invite serves every machine (it holds the board's key); they join side by side
            invite = first.cli("invite", "--address", f"127.0.0.1:{first.port}").strip().splitlines()[0]
            with ThreadPoolExecutor(peers - 1) as pool:
                list(pool.map(lambda m: m.cli("join", invite), machines[1:]))
        for m in machines[1:]:
            m.launch()
        for m in machines[1:]:
            wait_for(m.up, 120, f"{m.name} to start", every_s=0.1)
        for m in machines:  # rosters settled everywhere, not only on the first peer
            wait_for(lambda m=m: runnable_by(m) >= peers, 120, f"all {peers} peers in {m.name}'s roster",
                     every_s=0.2)
        batch = render(first, renders, "shot", spacing_s)
        wait_for(lambda: all(j["state"] == "done" for j in states(first, batch).values()), 300, "the first batch",
                 every_s=0.2)
        second: list[str] = []
        if kill_renders and peers > 1:
            me = first.peer_id
            by_id = {m.peer_id: m for m in machines}

            def someone_else_renders() -> bool:
                nonlocal victim_job, killed
                current = states(first, second)
                for j in current.values():
                    # claimed (a claim ahead waits for its slot) or rendering: either way the peer holds it
                    if j["state"] in ("claimed", "rendering") and j.get("peer") not in (None, me) \
                            and j["peer"] in by_id:
                        victim_job, killed = j["id"], by_id[j["peer"]]
                        return True
                if current and all(j["state"] == "done" for j in current.values()):
                    raise _AllDone
                return False

            for _attempt in range(4):
                # ~1 s CPU jobs on 8 peers can all finish between two looks (no one caught), and a job seen
                # held can finish in the moment before the kill lands: neither measures a failover, so
                # both take another batch (the next victim another peer)
                second = render(first, kill_renders, "storm", 0.0)
                victim_job, killed = "", None
                try:
                    wait_for(someone_else_renders, 120, "another peer to hold a job of the second batch",
                             every_s=0.05)
                except _AllDone:
                    continue
                assert killed is not None
                kill_ms = time.time_ns() // 1_000_000
                killed.kill()
                del by_id[killed.peer_id]
                wait_for(lambda batch=second: all(j["state"] == "done" for j in states(first, batch).values()),
                         300, "every job done after the kill", every_s=1.0)
                if caught(states(first, [victim_job])[victim_job], killed.peer_id):
                    break
                print(f"{killed.name} finished {victim_job} before the kill landed: another batch",
                      file=sys.stderr)
            else:
                raise AssertionError("four batches in a row finished before a kill caught a job mid-render")
        first.stop()
        return read_back(first.home, batch, victim_job, killed.peer_id if killed else "", kill_ms)
    except Exception:
        for m in machines:
            if m.log.exists():
                print(f"--- {m.name} log (last lines) ---", *m.log.read_text(errors="replace").splitlines()[-20:],
                      sep="\n", file=sys.stderr)
        raise
    finally:
        with ThreadPoolExecutor(max(1, len(machines))) as pool:  # side by side: each flushes its store
            list(pool.map(Machine.stop, machines))
        shutil.rmtree(tmp, ignore_errors=True)


def caught(job: dict[str, Any], victim: str) -> bool:
    """Whether the kill caught the job unfinished: another peer's claim finished it, the victim's did not."""
    claims = job.get("claims", [])
    return any(c["done"] for c in claims if c["peer"] != victim) and not any(
        c["done"] for c in claims if c["peer"] == victim)


def read_back(home: Path, batch: list[str], victim_job: str, victim: str, kill_ms: int) -> dict[str, Any]:
    """Latencies from the stopped first peer's board: job stamps and the activity log."""
    hub = BoardHub(home)
    try:
        board = hub.open(BOARD, create=False).board
        events = recent(board, limit=100_000)
        first: dict[tuple[str, EventKind], int] = {}
        for e in events:  # oldest first: keep each job's first claimed / started / done
            first.setdefault((e.job, e.kind), HLC.decode(e.t)[0])
        claim, start = [], []
        for job_id in batch:
            j = job(board, job_id)
            if j is None or j.deps:  # the stills: a clip waits for its still by design
                continue
            created = HLC.decode(j.created)[0]
            if (job_id, EventKind.CLAIMED) in first:
                claim.append(first[(job_id, EventKind.CLAIMED)] - created)
            if (job_id, EventKind.STARTED) in first:
                start.append(first[(job_id, EventKind.STARTED)] - created)
        out: dict[str, Any] = {"claim_ms": claim, "start_ms": start, "log_events": len(events)}
        if victim_job:
            taken = [HLC.decode(e.t)[0] for e in events
                     if e.job == victim_job and e.kind is EventKind.CLAIMED and e.peer != victim
                     and HLC.decode(e.t)[0] >= kill_ms]
            done = [HLC.decode(e.t)[0] for e in events if e.job == victim_job and e.kind is EventKind.DONE]
            out["failover_claim_ms"] = min(taken) - kill_ms if taken else None
            out["failover_done_ms"] = max(done) - kill_ms if done else None
        return out
    finally:
        hub.close()


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def collect(quick: bool) -> list[Measure]:
    peers, renders, kill_renders = (3, 4, 0) if quick else (8, 16, 6)
    r = run(peers, renders, kill_renders)
    cmd = f"python bench/bench_procs.py --peers {peers} --renders {renders} --kill-renders {kill_renders}"
    what = f"{peers} peer processes, {renders} renders 0.4 s apart"
    out = [Measure(f"request -> claimed p50 ({what})", statistics.median(r["claim_ms"]), "ms", cmd),
           Measure("request -> claimed p99, real processes", pct(r["claim_ms"], 0.99), "ms", cmd),
           Measure("request -> started p50, real processes (after the settle window)", statistics.median(r["start_ms"]),
                   "ms", cmd),
           Measure("request -> started p99, real processes", pct(r["start_ms"], 0.99), "ms", cmd)]
    if "failover_claim_ms" in r:
        out += [Measure("SIGKILLed peer's job -> claimed by another peer", _s(r["failover_claim_ms"]), "s", cmd,
                        note="its lease must lapse first"),
                Measure("SIGKILLed peer's job -> done elsewhere", _s(r["failover_done_ms"]), "s", cmd)]
    return out


def _s(ms: float | None) -> float | None:
    return None if ms is None else ms / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peers", type=int, default=8)
    parser.add_argument("--renders", type=int, default=16)
    parser.add_argument("--kill-renders", type=int, default=6, help="second batch, during which a peer is killed")
    args = parser.parse_args()
    r = run(args.peers, args.renders, args.kill_renders)
    print(f"{args.peers} peer processes, {args.renders} renders: request -> claimed p50 "
          f"{statistics.median(r['claim_ms']):.0f} ms, p99 {pct(r['claim_ms'], 0.99):.0f} ms; request -> started "
          f"p50 {statistics.median(r['start_ms']):.0f} ms, p99 {pct(r['start_ms'], 0.99):.0f} ms "
          f"({len(r['claim_ms'])} stills, {r['log_events']} log events)")
    if "failover_claim_ms" in r:
        print(f"SIGKILL of a rendering peer: its job claimed elsewhere after {_s(r['failover_claim_ms'])} s, "
              f"done after {_s(r['failover_done_ms'])} s")


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
