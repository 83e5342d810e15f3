"""Real multi-host tests: each peer is a process in its own Linux network namespace, all joined by veth
pairs to one bridge (a LAN switch), finding each other with real mDNS multicast and syncing over TCP.

Needs root and iproute2 (CI runs as root); skipped with the reason otherwise. Namespace and link names
carry a random tag and are removed in `finally`, so a failed run leaves nothing behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.netns

ROOT = Path(__file__).resolve().parents[2]
SUBNET = "10.77.{tag}.{host}"


def _why_not() -> str | None:
    if sys.platform != "linux":
        return "network namespaces exist only on Linux"
    if os.geteuid() != 0:
        return "creating network namespaces needs root (CI runs as root)"
    if shutil.which("ip") is None:
        return "iproute2 (`ip`) is not installed"
    probe = f"mxprobe{secrets.token_hex(3)}"
    made = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True)
    if made.returncode != 0:
        return f"`ip netns add` failed here: {made.stderr.strip()}"
    subprocess.run(["ip", "netns", "del", probe], capture_output=True)
    return None


_REASON = _why_not()
if _REASON:
    pytestmark = [pytest.mark.netns, pytest.mark.skip(reason=_REASON)]


def sh(*cmd: str) -> None:
    subprocess.run(cmd, check=True, capture_output=True, text=True)


class Lan:
    """A switch namespace with a bridge, and one namespace per host plugged into it."""

    def __init__(self) -> None:
        self.tag = secrets.token_hex(2)
        self.octet = int(self.tag, 16) % 200 + 20
        self.switch = f"mxsw{self.tag}"
        self.hosts: list[str] = []
        sh("ip", "netns", "add", self.switch)
        sh("ip", "-n", self.switch, "link", "add", "br0", "type", "bridge", "mcast_snooping", "0")
        sh("ip", "-n", self.switch, "link", "set", "br0", "up")

    def add_host(self) -> tuple[str, str]:
        i = len(self.hosts) + 1
        ns = f"mxh{self.tag}{i}"
        ip = SUBNET.format(tag=self.octet, host=i)
        sh("ip", "netns", "add", ns)
        sh("ip", "link", "add", f"mx{self.tag}h{i}", "type", "veth", "peer", "name", f"mx{self.tag}s{i}")
        sh("ip", "link", "set", f"mx{self.tag}h{i}", "netns", ns)
        sh("ip", "link", "set", f"mx{self.tag}s{i}", "netns", self.switch)
        sh("ip", "-n", self.switch, "link", "set", f"mx{self.tag}s{i}", "master", "br0")
        sh("ip", "-n", self.switch, "link", "set", f"mx{self.tag}s{i}", "up")
        sh("ip", "-n", ns, "addr", "add", f"{ip}/24", "dev", f"mx{self.tag}h{i}")
        sh("ip", "-n", ns, "link", "set", f"mx{self.tag}h{i}", "up")
        sh("ip", "-n", ns, "link", "set", "lo", "up")
        sh("ip", "-n", ns, "route", "add", "224.0.0.0/4", "dev", f"mx{self.tag}h{i}")
        self.hosts.append(ns)
        return ns, ip

    def cable(self, host_index: int, up: bool) -> None:
        """Pull (or plug back) host i's cable at the switch."""
        sh("ip", "-n", self.switch, "link", "set", f"mx{self.tag}s{host_index + 1}", "up" if up else "down")

    def close(self) -> None:
        for ns in [*self.hosts, self.switch]:
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)


class PeerProc:
    def __init__(self, proc: asyncio.subprocess.Process, peer_id: str, log: Path) -> None:
        self.proc = proc
        self.peer_id = peer_id
        self.log = log

    async def call(self, **cmd: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write((json.dumps(cmd) + "\n").encode())
        await self.proc.stdin.drain()
        async with asyncio.timeout(10):
            line = await self.proc.stdout.readline()
        if not line:
            raise AssertionError(f"{self.peer_id} exited:\n{self.log.read_text()[-3000:]}")
        out = json.loads(line)
        if "error" in out:
            raise AssertionError(f"{self.peer_id}: {out['error']}")
        return out

    async def quit(self) -> None:
        if self.proc.returncode is None:
            with contextlib.suppress(Exception):
                assert self.proc.stdin is not None
                self.proc.stdin.write(b'{"op": "quit"}\n')
                await self.proc.stdin.drain()
            try:
                async with asyncio.timeout(10):
                    await self.proc.wait()
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL: no goodbye, no released claims (a pulled plug)


@pytest.fixture
async def lan(tmp_path: Path):
    net = Lan()
    procs: list[PeerProc] = []
    service_type = f"_mx{uuid.uuid4().hex[:8]}._tcp.local."

    async def start(peer_id: str, key: bytes, *, render_s: float = 0.0) -> PeerProc:
        ns, ip = net.add_host()
        log = tmp_path / f"{peer_id}.log"
        proc = await asyncio.create_subprocess_exec(
            "ip", "netns", "exec", ns, sys.executable, "-m", "tests.integration.netns_peer",
            "--home", str(tmp_path / peer_id), "--ip", ip, "--peer-id", peer_id, "--key-hex", key.hex(),
            "--service-type", service_type, "--render-s", str(render_s),
            cwd=ROOT, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=log.open("wb"),
        )
        peer = PeerProc(proc, peer_id, log)
        procs.append(peer)
        assert proc.stdout is not None
        async with asyncio.timeout(20):
            line = await proc.stdout.readline()
        assert json.loads(line or b"{}").get("ready"), f"{peer_id} did not start:\n{log.read_text()[-3000:]}"
        return peer

    net.start = start  # type: ignore[attr-defined]
    net.procs = procs  # type: ignore[attr-defined]
    try:
        yield net
    finally:
        await asyncio.gather(*(p.quit() for p in procs))
        net.close()


async def until(peers: list[PeerProc], check, *, timeout_s: float = 30.0, what: str = "") -> list[dict]:
    """Poll every peer's state until `check(states)` holds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while True:
        states = [await p.call(op="state") for p in peers]
        if check(states):
            return states
        if loop.time() > deadline:
            logs = "\n".join(f"--- {p.peer_id}\n{p.log.read_text()[-2500:]}" for p in peers)
            raise AssertionError(f"timed out waiting for {what}: {json.dumps(states)[:3000]}\n{logs}")
        await asyncio.sleep(0.2)


async def test_discovery_convergence_late_join_and_partition(lan) -> None:
    key = secrets.token_bytes(32)
    a, b, c = [await lan.start(f"peer-{n}", key) for n in "abc"]
    peers = [a, b, c]
    await until(peers, lambda s: all(len(x["peers"]) == 2 and len(x["presence"]) == 3 for x in s),
                what="mDNS discovery and presence among 3 hosts")
    for p in peers:
        await p.call(op="add", text=f"shot from {p.peer_id}")
    want = sorted(f"shot from {p.peer_id}" for p in peers)
    await until(peers, lambda s: all(x["intents"] == want for x in s), what="convergence")

    # partition: pull c's cable, edit on both sides, plug it back
    lan.cable(2, up=False)
    await a.call(op="add", text="west")
    await c.call(op="add", text="east")
    await until([a, b], lambda s: all("west" in x["intents"] for x in s), what="edit inside the majority side")
    assert "east" not in (await a.call(op="state"))["intents"]
    lan.cable(2, up=True)
    want = sorted([*want, "west", "east"])
    await until(peers, lambda s: all(x["intents"] == want for x in s), timeout_s=40, what="heal after partition")

    # a late joiner catches up on everything
    d = await lan.start("peer-d", key)
    await until([d], lambda s: s[0]["intents"] == want, what="late joiner catches up")


async def test_peer_without_the_key_is_refused(lan) -> None:
    key = secrets.token_bytes(32)
    a, b = [await lan.start(f"peer-{n}", key) for n in "ab"]
    intruder = await lan.start("intruder", secrets.token_bytes(32))  # same board name, wrong key
    await a.call(op="add", text="secret")
    await until([a, b], lambda s: all(x["intents"] == ["secret"] for x in s), what="a and b sync")
    states = await until([a, b, intruder], lambda s: all(len(x["peers"]) == 2 for x in s),
                         what="everyone discovered everyone")
    await asyncio.sleep(2)  # the intruder had time to try
    states = [await p.call(op="state") for p in (a, b, intruder)]
    assert states[2]["intents"] == [] and states[2]["linked"] == []
    assert "intruder" not in states[0]["linked"] and "intruder" not in states[1]["linked"]
    assert "refused" in a.log.read_text() + b.log.read_text() + intruder.log.read_text()


async def test_killed_peer_job_is_finished_by_another(lan) -> None:
    key = secrets.token_bytes(32)
    peers = [await lan.start(f"peer-{n}", key, render_s=6.0) for n in "abc"]
    by_id = {p.peer_id: p for p in peers}
    await until(peers, lambda s: all(len(x["presence"]) == 3 for x in s), what="three peers in presence")
    intent = (await peers[0].call(op="add", text="she turns, startled"))["id"]
    still = (await peers[0].call(op="render", intent=intent))["jobs"][0]

    def owner(states: list[dict]) -> str | None:
        for x in states:
            claims = x["jobs"].get(still, {}).get("claims", [])
            live = [c for c in claims if c[3]]
            if live and x["jobs"][still]["state"] == "rendering":
                return live[0][0]
        return None

    states = await until(peers, lambda s: owner(s) is not None, what="someone renders the still")
    victim = by_id[owner(states)]
    victim.kill()
    survivors = [p for p in peers if p is not victim]
    states = await until(survivors, lambda s: all(x["jobs"][still]["outputs"] for x in s), timeout_s=45,
                         what="the still finished by a survivor")
    done_by = {c[0] for x in states for c in x["jobs"][still]["claims"] if c[1]}
    assert done_by and victim.peer_id not in done_by
    # the gen.art's bytes reach the survivor that did not render it (fetched over HTTP, hash-checked)
    def blobs(x: dict) -> set[str]:
        return {n for n in x["assets"] if not n.endswith(".json")}

    await until(survivors, lambda s: all(blobs(x) for x in s) and blobs(s[0]) == blobs(s[1]),
                what="the gen.art asset on every survivor")
