"""Fixtures for browser tests: a canvas server in a subprocess and headless Chromium sessions.

Debian's `chromium` + `chromium-driver` (CI installs them); tests skip when they are absent.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"
START_TIMEOUT_S = 30.0


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_available() -> None:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("headless Chromium not installed (apt-get install chromium chromium-driver)")
    pytest.importorskip("selenium")


def start_server(home: Path, *args: str) -> tuple[subprocess.Popen[str], str]:
    """Start `tests.browser.serve` and wait for its LISTENING line; returns (process, base url)."""
    env = dict(os.environ, PYTHONUNBUFFERED="1", MULTIPLEX_HOME=str(home))
    proc = subprocess.Popen([sys.executable, "-m", "tests.browser.serve", "--home", str(home), *args],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + START_TIMEOUT_S
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.startswith("LISTENING"):
            return proc, f"http://127.0.0.1:{int(line.split()[1])}"
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


@pytest.fixture
def canvas_server(tmp_path: Path, chromium_available: None) -> Iterator[str]:
    proc, url = start_server(tmp_path / "home")
    try:
        yield url
    finally:
        stop_server(proc)


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


def screenshot(driver: object, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    driver.save_screenshot(str(path))  # type: ignore[attr-defined]
    return path


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def multiplex_up(tmp_path: Path, chromium_available: None) -> Iterator[str]:
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
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        lines.append(line)
        if "canvas" in line and "http://" in line:
            break
        if not line and proc.poll() is not None:
            raise RuntimeError("multiplex up exited:\n" + "".join(lines))
    else:
        proc.kill()
        raise RuntimeError("multiplex up did not start:\n" + "".join(lines))
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_server(proc)
