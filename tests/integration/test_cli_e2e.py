"""End to end, as a user types it: `multiplex up` in one process, the CLI in others, the CPU backend."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import av
import httpx
import pytest
from PIL import Image

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Peer:
    def __init__(self, home: Path, port: int) -> None:
        self.home, self.port = home, port
        self.env = {**os.environ, "MULTIPLEX_HOME": str(home), "MULTIPLEX_DISCOVERY": "0",
                    "MULTIPLEX_LOG": "WARNING", "MULTIPLEX_NAME": "e2e-box"}
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, command: str = "up") -> None:
        extra = ["--no-canvas"] if command == "up" else []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "multiplex", command, "--port", str(self.port), "--host", "127.0.0.1", *extra],
            env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.proc.stdout.read().decode() if self.proc.stdout else ""
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/api/health", timeout=1).status_code == 401:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise AssertionError("multiplex up did not start in 60 s")

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([sys.executable, "-m", "multiplex", *args], env=self.env, capture_output=True,
                                text=True, timeout=180)
        if check:
            assert result.returncode == 0, f"{args}: {result.stderr}"
        return result

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(timeout=10)
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
            self.proc = None


@pytest.fixture
def peer(tmp_path: Path) -> Iterator[Peer]:
    p = Peer(tmp_path / "home", free_port())
    try:
        yield p
    finally:
        p.kill()


def test_render_with_comps_gives_a_png_and_an_8_second_clip(peer: Peer, tmp_path: Path) -> None:
    peer.start()
    intent = peer.cli("intent", "add", "Wide shot of a lighthouse at dusk, waves", "--kind", "scene").stdout.strip()
    assert intent.startswith("in-")
    ref = tmp_path / "ref.png"
    Image.new("RGB", (320, 200), (200, 80, 40)).save(ref)
    peer.cli("comp", "add", intent, "--image", str(ref))
    peer.cli("comp", "add", intent, "--note", "cold blue palette")
    peer.cli("comp", "add", intent, "--directive", "seed=42", "--directive", "priority=2")

    done = peer.cli("render", intent, "--wait")
    assert "2 jobs" in done.stderr
    progress = done.stderr.splitlines()
    assert len(progress) == len(set(progress)), f"duplicate progress lines: {done.stderr}"
    assert progress[-1].startswith("100%") and "2/2 jobs done" in progress[-1]
    assert not re.search(r"\bp[0-9a-f]{12}\b", done.stderr), "machines are named, not peer ids"
    job_ids = done.stdout.split()
    assert len(job_ids) == 2 and not done.stdout.lstrip().startswith("{"), "stdout: the job ids, no JSON dump"
    board = json.loads(peer.cli("board", "show", "--json").stdout)
    arts = {a["stage"]: a for a in board["gen_art"] if a["intent"] == intent}
    assert set(arts) == {"still", "clip"}
    assert all(j["state"] == "done" for j in board["jobs"])
    assert set(job_ids) == {j["id"] for j in board["jobs"]}

    still = Path(arts["still"]["path"])
    assert arts["still"]["mime"] == "image/png"
    with Image.open(still) as image:
        image.load()
        assert image.size == (1280, 720)
    clip = Path(arts["clip"]["path"])
    with av.open(str(clip)) as container:
        assert container.duration is not None
        assert abs(container.duration / 1_000_000 - 8.0) < 0.07
        frames = sum(1 for _ in container.decode(video=0))
    assert frames == 128

    # The asset is served over HTTP with Range, like other peers fetch it, but not to anyone on the LAN.
    sha = arts["clip"]["asset"]
    auth = {"Authorization": f"Bearer {(peer.home / 'api.token').read_text().strip()}"}
    assert httpx.get(f"http://127.0.0.1:{peer.port}/assets/{sha}").status_code == 401
    r = httpx.get(f"http://127.0.0.1:{peer.port}/assets/{sha}", headers={"Range": "bytes=0-99", **auth})
    assert r.status_code == 206 and r.content == clip.read_bytes()[:100]
    assert httpx.get(f"http://127.0.0.1:{peer.port}/assets/..%2F..%2Fpeer_id", headers=auth).status_code in (400, 404)

    # Narration was written by the built-in narrator into the board.
    narration = [b for b in board["blocks"] if b["kind"] == "narration"]
    assert narration and "finished the" in narration[0]["text"]


def test_bad_input_gets_clear_errors_and_the_peer_keeps_running(peer: Peer) -> None:
    peer.start()
    intent = peer.cli("intent", "add", "a quiet street").stdout.strip()
    bad = peer.cli("comp", "add", intent, "--directive", "duration=-3", check=False)
    assert bad.returncode != 0 and "duration" in bad.stderr and "0.5 to 60" in bad.stderr
    bad = peer.cli("comp", "add", intent, "--directive", "warp=9", check=False)
    assert bad.returncode != 0 and "unknown directive 'warp'" in bad.stderr
    bad = peer.cli("render", "in-doesnotexist", check=False)
    assert bad.returncode != 0 and "no intent" in bad.stderr
    bad = peer.cli("comp", "add", intent, "--image", "/nonexistent/file.png", check=False)
    assert bad.returncode == 2 and "no such file" in bad.stderr
    bad = peer.cli("comp", "add", intent, "--image", __file__, check=False)  # not an image: refused
    assert bad.returncode != 0 and "not a format we recognise" in bad.stderr
    r = httpx.post(f"http://127.0.0.1:{peer.port}/api/boards/demo/intents", json={"text": "x"},
                   headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and "token" in r.json()["error"]
    auth = {"Authorization": f"Bearer {(peer.home / 'api.token').read_text().strip()}"}
    for route, payload in (("render", {"intents": intent}), ("cancel", {"intents": 5}), ("pause", {"peer": 123})):
        r = httpx.post(f"http://127.0.0.1:{peer.port}/api/boards/demo/{route}", json=payload, headers=auth)
        assert r.status_code == 400, (route, r.status_code, r.text)  # malformed input: a clear 400, never a 500
    r = httpx.post(f"http://127.0.0.1:{peer.port}/api/boards/demo/assets", content=b"\x89PNG\r\n\x1a\n" + bytes(64),
                   headers={**auth, "Content-Type": "text/plain"})
    assert r.json()["mime"] == "image/png"  # the bytes decide, not the client's header
    board = json.loads(peer.cli("board", "show", "--json").stdout)
    assert [b["id"] for b in board["blocks"] if b["id"] == intent] == [intent]
    assert not [b for b in board["blocks"] if b["kind"] == "comp"], "refused comps wrote nothing"


def test_acknowledged_edits_survive_sigkill_and_reload(peer: Peer) -> None:
    peer.start()
    ids = [peer.cli("intent", "add", f"shot {i}").stdout.strip() for i in range(3)]
    peer.kill()  # SIGKILL: no chance to flush or compact
    peer.start()
    board = json.loads(peer.cli("board", "show", "--json").stdout)
    assert set(ids) <= set(board["sequence"])
    assert board["name"] == "demo"


def test_cli_says_clearly_when_no_peer_is_running(tmp_path: Path) -> None:
    p = Peer(tmp_path / "empty", free_port())
    result = p.cli("intent", "add", "hello", check=False)
    assert result.returncode == 3
    assert "no multiplex peer is running" in result.stderr and "multiplex up" in result.stderr



def _store_files(home: Path) -> set[str]:
    return {p.name for p in (home / "boards" / "demo").iterdir()}


def test_a_second_process_on_the_same_home_is_refused_and_touches_nothing(peer: Peer) -> None:
    peer.start()
    peer.cli("intent", "add", "a shot the second process must not lose")
    blocks = len(json.loads(peer.cli("board", "show", "--json").stdout)["blocks"])
    files = _store_files(peer.home)
    assert peer.proc is not None
    for command in ("up", "peer"):
        second = subprocess.run([sys.executable, "-m", "multiplex", command, "--port", str(free_port()),
                                 "--host", "127.0.0.1"], env=peer.env, capture_output=True, text=True, timeout=120)
        assert second.returncode != 0
        assert f"pid {peer.proc.pid}" in second.stderr and f"port {peer.port}" in second.stderr, second.stderr
        assert "http://" not in second.stdout + second.stderr
    assert _store_files(peer.home) == files, "no new log generation or snapshot"
    assert len(json.loads(peer.cli("board", "show", "--json").stdout)["blocks"]) == blocks
    assert peer.proc.poll() is None, "the first process keeps serving"


def test_a_port_in_use_fails_before_any_url_or_claim(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        p = Peer(tmp_path / "home", taken.getsockname()[1])
        result = subprocess.run([sys.executable, "-m", "multiplex", "up", "--port", str(p.port), "--host",
                                 "127.0.0.1", "--no-browser"], env=p.env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "MULTIPLEX_PORT" in result.stderr and "--port" in result.stderr and str(p.port) in result.stderr
    assert "http://" not in result.stdout + result.stderr, "no URL is printed for a server that never ran"
    assert not (p.home / "boards").exists(), "no board was opened, so nothing was claimed"
    assert not (p.home / "running.json").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM from a test is TerminateProcess on Windows")
def test_headless_peer_serves_its_port_prints_no_canvas_and_stops_cleanly(peer: Peer) -> None:
    peer.start("peer")  # --port and --host, like `up`
    assert (peer.home / "running.json").exists()
    assert peer.proc is not None
    peer.proc.send_signal(signal.SIGTERM)
    out = peer.proc.communicate(timeout=30)[0].decode()
    code, peer.proc = peer.proc.returncode, None
    assert code == 0, out
    assert not (peer.home / "running.json").exists(), "a clean stop removes running.json"
    assert "canvas" not in out.split("serving board", 1)[1].splitlines()[1], out
    assert "/board/" not in out, "a headless peer prints no canvas URL it does not serve"
