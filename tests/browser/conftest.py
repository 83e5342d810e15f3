"""Fixtures for browser tests: a canvas server in a subprocess and headless Chromium sessions.

Debian's `chromium` + `chromium-driver` (CI installs them); tests skip when they are absent. Browsers log
in as a person does, through the canvas link (`Canvas.link`). Screenshots go to MULTIPLEX_SCREENSHOTS
(default: a fresh temporary folder), never over the tracked pictures in docs/screenshots; to refresh
those, set MULTIPLEX_SCREENSHOTS=docs/screenshots deliberately.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 30.0


@dataclass(frozen=True, slots=True)
class Canvas:
    """A served canvas: its base URL and the canvas token its link carries."""

    base: str
    token: str

    def link(self, board: str = "main", **params: str) -> str:
        """What `multiplex up` prints: opening it logs the browser in (then it drops the token)."""
        return f"{self.base}/board/{board}?" + urlencode({**params, "t": self.token})

    @classmethod
    def from_link(cls, link: str) -> Canvas:
        parts = urlsplit(link.strip())
        token = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p).get("t", "")
        assert token, f"no canvas token in {link!r}"
        return cls(f"{parts.scheme}://{parts.netloc}", token)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_available() -> None:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("headless Chromium not installed (apt-get install chromium chromium-driver)")
    pytest.importorskip("selenium")


def start_server(home: Path, *args: str) -> tuple[subprocess.Popen[str], Canvas]:
    """Start `tests.browser.serve` and wait for its LINK line; returns (process, canvas)."""
    env = dict(os.environ, PYTHONUNBUFFERED="1", MULTIPLEX_HOME=str(home))
    proc = subprocess.Popen([sys.executable, "-m", "tests.browser.serve", "--home", str(home), *args],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + START_TIMEOUT_S
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.startswith("LINK"):
            return proc, Canvas.from_link(line.split()[1])
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise RuntimeError("canvas server did not start")


def stop_server(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@contextmanager
def served(home: Path, *args: str) -> Iterator[Canvas]:
    """A canvas server on `home` (a board a test prepared there, or a fresh one) while the block runs."""
    proc, canvas = start_server(home, *args)
    try:
        yield canvas
    finally:
        stop_server(proc)


@pytest.fixture
def canvas_server(tmp_path: Path, chromium_available: None) -> Iterator[Canvas]:
    with served(tmp_path / "home") as canvas:
        yield canvas


@pytest.fixture
def browser(chromium_available: None) -> Iterator[Callable[..., object]]:
    """A factory of Chrome sessions (each with its own profile, i.e. its own person)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    made = []

    def make(width: int = 1600, height: int = 1000) -> webdriver.Chrome:
        opts = webdriver.ChromeOptions()
        opts.binary_location = CHROMIUM
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", f"--window-size={width},{height}",
                    f"--user-data-dir={tempfile.mkdtemp(prefix='mx-chrome-')}"):
            opts.add_argument(arg)
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
        made.append(driver)
        return driver

    try:
        yield make
    finally:
        for driver in made:
            driver.quit()


def wait_for(predicate: Callable[[], object], *, timeout: float = 15.0, what: str = "condition") -> object:
    """Poll until `predicate()` is truthy (never sleep-then-assert)."""
    deadline = time.monotonic() + timeout
    last: object = None
    while time.monotonic() < deadline:
        try:
            last = predicate()
        except Exception as exc:  # stale elements while Vue re-renders
            last = exc
        if last and not isinstance(last, Exception):
            return last
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what} (last: {last!r})")


_SCREENSHOTS: list[Path] = []


def screenshots_dir() -> Path:
    """MULTIPLEX_SCREENSHOTS, else one temporary folder per test session (printed once)."""
    if not _SCREENSHOTS:
        chosen = os.environ.get("MULTIPLEX_SCREENSHOTS")
        path = Path(chosen) if chosen else Path(tempfile.mkdtemp(prefix="mx-screenshots-"))
        path.mkdir(parents=True, exist_ok=True)
        _SCREENSHOTS.append(path)
        print(f"screenshots in {path}", file=sys.stderr)
    return _SCREENSHOTS[0]


def screenshot(driver: object, name: str) -> Path:
    path = screenshots_dir() / f"{name}.png"
    driver.save_screenshot(str(path))  # type: ignore[attr-defined]
    return path


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def multiplex_up(tmp_path: Path, chromium_available: None) -> Iterator[Canvas]:
    """The real thing: `python -m multiplex up` (a CPU peer serving the canvas) on 127.0.0.1."""
    port = free_port()
    env = dict(os.environ, PYTHONUNBUFFERED="1", MULTIPLEX_HOME=str(tmp_path / "home"), MULTIPLEX_DISCOVERY="0",
               MULTIPLEX_HOST="127.0.0.1", MULTIPLEX_LOG="WARNING")
    proc = subprocess.Popen([sys.executable, "-m", "multiplex", "up", "--board", "demo", "--port", str(port),
                             "--no-browser"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    deadline = time.monotonic() + START_TIMEOUT_S
    assert proc.stdout is not None
    lines = []
    canvas = None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        lines.append(line)
        if "canvas" in line and "http://" in line:
            canvas = Canvas.from_link(line.split()[-1])  # the printed link carries the canvas token
            break
        if not line and proc.poll() is not None:
            raise RuntimeError("multiplex up exited:\n" + "".join(lines))
    else:
        proc.kill()
        raise RuntimeError("multiplex up did not start:\n" + "".join(lines))
    assert canvas is not None and canvas.base == f"http://127.0.0.1:{port}"
    try:
        yield canvas
    finally:
        stop_server(proc)
