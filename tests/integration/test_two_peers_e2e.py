"""Two real peer processes joined by invite, no discovery: every take reaches both, and a peer killed
mid-batch leaves every job done (its lost stills are rendered again, its lapsed runs taken over)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.slow  # ~1-2 min: the killed peer's leases and roster entry must expire

BOARD = "film"
SMALL = {"width": 160, "height": 96, "duration": 1, "fps": 8}  # CPU renders that take a second, not ten


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Machine:
    """One `multiplex up` process with its own MULTIPLEX_HOME, as on a separate computer."""

    def __init__(self, home: Path, name: str) -> None:
        self.home, self.port = home, free_port()
        self.env = {**os.environ, "MULTIPLEX_HOME": str(home), "MULTIPLEX_DISCOVERY": "0", "MULTIPLEX_BOARD": BOARD,
                    "MULTIPLEX_LOG": "WARNING", "MULTIPLEX_NAME": name}
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = home.parent / f"{name}.log"

    def cli(self, *args: str) -> str:
        result = subprocess.run([sys.executable, "-m", "multiplex", *args], env=self.env, capture_output=True,
                                text=True, timeout=120)
        assert result.returncode == 0, f"{args}: {result.stderr}"
        return result.stdout

    def start(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "multiplex", "up", "--port", str(self.port), "--host", "127.0.0.1",
                 "--no-canvas"], env=self.env, stdout=log, stderr=subprocess.STDOUT)
        wait_for(lambda: self._health() == 401, 60, f"{self.home.name} to start")

    def _health(self) -> int:
        assert self.proc is not None and self.proc.poll() is None, self.log.read_text(errors="replace")[-3000:]
        try:
            return httpx.get(f"http://127.0.0.1:{self.port}/api/health", timeout=2).status_code
        except httpx.HTTPError:
            return 0

    def api(self, method: str, path: str, **body: Any) -> Any:
        token = (self.home / "api.token").read_text(encoding="utf-8").strip()
        r = httpx.request(method, f"http://127.0.0.1:{self.port}/api/boards/{BOARD}{path}", timeout=20,
                          headers={"Authorization": f"Bearer {token}"}, json=body or None)
        assert r.status_code == 200, r.text
        return r.json()

    def board(self) -> dict[str, Any]:
        return self.api("GET", "")

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(timeout=10)
            self.proc = None


def wait_for(predicate: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(0.3)


def render(machine: Machine, texts: list[str]) -> list[str]:
    ids = []
    for text in texts:
        intent = machine.api("POST", "/intents", text=text)["id"]
        machine.api("POST", "/comps", intent=intent, directives=SMALL)
        ids.append(intent)
    return machine.api("POST", "/render", intents=ids)["jobs"]


def states(machine: Machine, job_ids: list[str]) -> dict[str, str]:
    return {j["id"]: j["state"] for j in machine.board()["jobs"] if j["id"] in job_ids}


def takes_here(machine: Machine) -> tuple[set[str], set[str]]:
    """(assets of every take on the board, those whose file is on this machine)."""
    arts = machine.board()["gen_art"]
    return {a["asset"] for a in arts}, {a["asset"] for a in arts if a["path"]}


@pytest.fixture
def machines(tmp_path: Path) -> Iterator[tuple[Machine, Machine]]:
    inviter, joiner = Machine(tmp_path / "inviter", "inviter"), Machine(tmp_path / "joiner", "joiner")
    try:
        yield inviter, joiner
    finally:
        inviter.kill()
        joiner.kill()


def test_invite_join_renders_on_both_and_a_peer_killed_mid_batch_leaves_every_job_done(
        machines: tuple[Machine, Machine]) -> None:
    inviter, joiner = machines
    inviter.start()
    invite = inviter.cli("invite", "--address", f"127.0.0.1:{inviter.port}").strip().splitlines()[0]
    joiner.cli("join", invite)
    joiner.start()  # only the joiner knows an address: the inviter never dials it

    first = render(inviter, [f"shot {n}: a lighthouse, wave {n}" for n in range(4)])
    wait_for(lambda: set(states(inviter, first).values()) == {"done"}, 240, "the first batch")
    wait_for(lambda: set(states(joiner, first).values()) == {"done"}, 30, "the joiner to see it done")
    for machine in (inviter, joiner):
        wait_for(lambda m=machine: (t := takes_here(m))[0] == t[1], 60, f"every take on {machine.home.name}")

    second = render(inviter, [f"shot {n}: a storm, gull {n}" for n in range(4, 8)])
    # kill the joiner once it is rendering part of this batch, before the batch is over
    wait_for(lambda: any(j["id"] in second and j["state"] in ("claimed", "rendering") and j.get("peer") != _me(inviter)
                         for j in inviter.board()["jobs"]), 120, "the joiner to take a job of the batch")
    joiner.kill()
    wait_for(lambda: set(states(inviter, second).values()) == {"done"}, 240, "every job done after the kill")
    board = inviter.board()
    jobs = {j["id"]: j for j in board["jobs"]}
    assert all(not any(c["failed"] for c in jobs[j]["claims"]) for j in first + second), "no attempt failed"
    files = {a["id"]: a["path"] for a in board["gen_art"]}
    for j in second:  # each job's result is a take whose file is on the surviving machine
        assert files[jobs[j]["outputs"][0]], jobs[j]


def _me(machine: Machine) -> str:
    return (machine.home / "peer_id").read_text(encoding="utf-8").strip()
