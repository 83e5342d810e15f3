"""The fault suite's harness: restartable peer processes on a namespace LAN, an oracle, and run spans.

Builds on `tests.integration.test_netns` (the `Lan` of namespaces on one bridge, `PeerProc`, `until`):
here a peer keeps its namespace, address and home across a kill, so it can be started again as the same
machine. The `Oracle` remembers every acknowledged edit (an "add" answered after fsync) and every
finished gen.art seen on any peer at any time; after a fault, every one of them must still be on every
peer and each gen.art's bytes on at least one. `overlaps` reads the run spans the peers log.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.integration.test_netns import _REASON, ROOT, Lan, PeerProc, until

__all__ = ["NETNS_REASON", "FaultLan", "Oracle", "overlaps", "until"]

NETNS_REASON = _REASON
FINAL = ("done", "failed", "cancelled")


class FaultLan:
    """Peers in their own namespaces on one switch; each can be killed and started again in place."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.lan = Lan()
        self.key = secrets.token_bytes(32)
        self.service_type = f"_mx{uuid.uuid4().hex[:8]}._tcp.local."
        self.hosts: dict[str, tuple[str, str, int]] = {}
        self.procs: dict[str, PeerProc] = {}
        self.args: dict[str, list[str]] = {}
        self.spans = tmp_path / "spans.jsonl"
        self.killed_at: dict[str, list[float]] = {}

    async def start(self, peer_id: str, *, render_s: float = 0.0, extra: tuple[str, ...] = (),
                    ready: bool = True) -> PeerProc:
        if peer_id not in self.hosts:
            ns, ip = self.lan.add_host()
            self.hosts[peer_id] = (ns, ip, len(self.lan.hosts) - 1)
            self.args[peer_id] = ["--render-s", str(render_s), *extra]
        ns, ip, _ = self.hosts[peer_id]
        log = self.tmp / f"{peer_id}.log"
        proc = await asyncio.create_subprocess_exec(
            "ip", "netns", "exec", ns, sys.executable, "-m", "tests.faults.fault_peer",
            "--home", str(self.tmp / peer_id), "--ip", ip, "--peer-id", peer_id, "--key-hex", self.key.hex(),
            "--service-type", self.service_type, "--spans", str(self.spans), *self.args[peer_id],
            cwd=ROOT, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=log.open("ab"),
        )
        peer = PeerProc(proc, peer_id, log)
        self.procs[peer_id] = peer
        if ready:
            assert proc.stdout is not None
            async with asyncio.timeout(30):
                line = await proc.stdout.readline()
            assert json.loads(line or b"{}").get("ready"), f"{peer_id} did not start:\n{log.read_text()[-3000:]}"
        return peer

    async def kill(self, peer_id: str) -> None:
        """SIGKILL: no goodbye, no released claims, nothing flushed that was not yet (a pulled plug)."""
        peer = self.procs[peer_id]
        peer.kill()
        await peer.proc.wait()
        self.killed_at.setdefault(peer_id, []).append(time.monotonic())

    def cable(self, peer_id: str, up: bool) -> None:
        self.lan.cable(self.hosts[peer_id][2], up)

    def alive(self) -> list[PeerProc]:
        return [p for p in self.procs.values() if p.proc.returncode is None]

    async def close(self) -> None:
        await asyncio.gather(*(p.quit() for p in self.procs.values()))
        self.lan.close()


@dataclass
class Oracle:
    """What must survive every fault: acknowledged edits and finished gen.art (with their bytes)."""

    edits: set[str] = field(default_factory=set)
    arts: dict[str, str] = field(default_factory=dict)  # gen.art id -> asset hash

    def acked(self, text: str) -> None:
        self.edits.add(text)

    def observe(self, states: list[dict[str, Any]]) -> None:
        for s in states:
            for j in s["jobs"].values():
                for c in j["claims"]:
                    if c["done"]:
                        for art in c["outputs"]:
                            self.arts.setdefault(art, s["gen_art"].get(art, {}).get("asset", ""))

    def problems(self, states: list[dict[str, Any]]) -> list[str]:
        self.observe(states)
        out = []
        for i, s in enumerate(states):
            lost = sorted(self.edits - set(s["intents"]))
            if lost:
                out.append(f"peer {i}: acknowledged edits lost: {lost[:5]}")
            gone = sorted(a for a in self.arts if a not in s["gen_art"])
            if gone:
                out.append(f"peer {i}: finished gen.art lost: {gone[:5]}")
        for art in self.arts:
            if not any(s["has"].get(art) for s in states):
                out.append(f"the bytes of gen.art {art} are on no peer")
        return out

    def intact(self, states: list[dict[str, Any]]) -> bool:
        return not self.problems(states)


def all_final(states: list[dict[str, Any]], job_ids: list[str] | None = None) -> bool:
    """Every job (or those named) is done, failed or cancelled on every peer."""
    for s in states:
        ids = job_ids if job_ids is not None else list(s["jobs"])
        if not all(j in s["jobs"] and s["jobs"][j]["state"] in FINAL for j in ids):
            return False
    return True


def failure_reasons(states: list[dict[str, Any]]) -> dict[str, list[str]]:
    """The reasons recorded on each failed job (a failed job without one is a bug)."""
    out: dict[str, list[str]] = {}
    for s in states:
        for job_id, j in s["jobs"].items():
            if j["state"] == "failed":
                out[job_id] = [c["failed"] for c in j["claims"] if c["failed"]]
    return out


def spans(path: Path, killed_at: dict[str, list[float]]) -> dict[str, list[tuple[str, float, float]]]:
    """Each job's runs as (peer, start, end); a run cut off by a kill ends at the kill."""
    events = [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []
    open_runs: dict[tuple[str, str], float] = {}
    out: dict[str, list[tuple[str, float, float]]] = {}
    for e in sorted(events, key=lambda e: e["t"]):
        key = (e["peer"], e["job"])
        if e["event"] == "start":
            open_runs[key] = e["t"]
        elif key in open_runs:
            out.setdefault(e["job"], []).append((e["peer"], open_runs.pop(key), e["t"]))
    now = time.monotonic()
    for (peer, job_id), start in open_runs.items():
        end = min((t for t in killed_at.get(peer, []) if t >= start), default=now)
        out.setdefault(job_id, []).append((peer, start, end))
    return out


def overlaps(path: Path, killed_at: dict[str, list[float]]) -> dict[str, float]:
    """For each job, the longest time two runs on different peers rendered it at once (seconds)."""
    out: dict[str, float] = {}
    for job_id, runs in spans(path, killed_at).items():
        worst = 0.0
        for i, (pa, sa, ea) in enumerate(runs):
            for pb, sb, eb in runs[i + 1:]:
                if pa != pb:
                    worst = max(worst, min(ea, eb) - max(sa, sb))
        out[job_id] = worst
    return out


async def states_of(peers: list[PeerProc]) -> list[dict[str, Any]]:
    return [await p.call(op="state") for p in peers]
