"""The `langflow` suite: a REAL LangFlow server, installed into its own venv and started once per session.

Kept out of the default run (deselected unless `-m` names langflow: `python -m pytest -m langflow -q`).
LangFlow pins mcp<2 and pydantic<2.14, so it never shares this project's environment: `uv` (pip-installed
into a small tool venv) creates `$MULTIPLEX_LANGFLOW_CACHE/venv` (default `$TMPDIR/multiplex-langflow`) and
installs `langflow==1.13.0` there once (about a minute); reruns reuse it. When it cannot be installed or
started (no PyPI, no disk), every test skips with the reason — never a silent pass.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

LANGFLOW = "langflow==1.13.0"
ROOT = Path(__file__).resolve().parents[2]
COMPONENTS = ROOT / "flows" / "langflow" / "components"
START_TIMEOUT_S = 600.0  # ~40 s on an idle machine; several minutes when its cores are shared


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect the langflow suite unless the run asks for it by marker."""
    if "langflow" in (config.getoption("markexpr") or ""):
        return
    keep = [i for i in items if i.get_closest_marker("langflow") is None]
    if len(keep) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i.get_closest_marker("langflow") is not None])
        items[:] = keep


def _cache() -> Path:
    return Path(os.environ.get("MULTIPLEX_LANGFLOW_CACHE") or Path(tempfile.gettempdir()) / "multiplex-langflow")


def _run(args: list[str], timeout: float) -> None:
    result = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])}... failed: {(result.stderr or result.stdout)[-800:]}")


def install_langflow() -> Path:
    """The `langflow` executable of the cached venv, installed on first use (RuntimeError says why not)."""
    cache = _cache()
    exe = cache / "venv" / ("Scripts/langflow.exe" if os.name == "nt" else "bin/langflow")
    if exe.exists():
        return exe
    tool = cache / "uvtool"
    bin_dir = tool / ("Scripts" if os.name == "nt" else "bin")
    uv = bin_dir / ("uv.exe" if os.name == "nt" else "uv")
    try:
        cache.mkdir(parents=True, exist_ok=True)
        if not uv.exists():
            _run([sys.executable, "-m", "venv", str(tool)], 120)
            _run([str(bin_dir / "python"), "-m", "pip", "install", "-q", "uv"], 300)
        venv = cache / "venv"
        shutil.rmtree(venv, ignore_errors=True)
        _run([str(uv), "venv", "-q", "--python", sys.executable, str(venv)], 120)
        python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
        _run([str(uv), "pip", "install", "-q", "--python", str(python), LANGFLOW], 1200)
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        raise RuntimeError(f"could not install {LANGFLOW} into {cache}: {exc}") from None
    if not exe.exists():
        raise RuntimeError(f"{LANGFLOW} installed but {exe} is missing")
    return exe


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class RealLangflow:
    url: str
    api_key: str
    jwt: str
    python: Path
    log: Path

    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.jwt}"}

    def upload(self, flow: dict[str, object], name: str) -> str:
        """Create (or replace) a flow with this endpoint name; returns its id."""
        r = httpx.get(f"{self.url}/api/v1/flows/", headers=self.auth(), params={"get_all": "true"}, timeout=30)
        for old in r.json() if r.status_code == 200 and isinstance(r.json(), list) else []:
            if old.get("endpoint_name") == name:
                httpx.delete(f"{self.url}/api/v1/flows/{old['id']}", headers=self.auth(), timeout=30)
        body = {"name": name, "endpoint_name": name, "data": flow["data"]}
        r = httpx.post(f"{self.url}/api/v1/flows/", json=body, headers=self.auth(), timeout=60)
        assert r.status_code == 201, r.text
        return str(r.json()["id"])


def _login(url: str, python: Path, log: Path) -> RealLangflow:
    jwt = httpx.get(f"{url}/api/v1/auto_login", timeout=30).json()["access_token"]
    key = httpx.post(f"{url}/api/v1/api_key/", json={"name": "multiplex-tests"},
                     headers={"Authorization": f"Bearer {jwt}"}, timeout=30).json()["api_key"]
    return RealLangflow(url=url, api_key=key, jwt=jwt, python=python, log=log)


@pytest.fixture(scope="session")
def langflow(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealLangflow]:
    running = os.environ.get("MULTIPLEX_LANGFLOW_TEST_URL")  # a LangFlow you started (with --components-path)
    try:
        exe = install_langflow()  # its python runs LangFlow's MCP client, even against a running server
    except RuntimeError as exc:
        pytest.skip(str(exc))
    if running:
        yield _login(running.rstrip("/"), exe.parent / ("python.exe" if os.name == "nt" else "python"),
                     Path(os.devnull))
        return
    home = tmp_path_factory.mktemp("langflow")
    port = free_port()
    env = {**os.environ, "LANGFLOW_CONFIG_DIR": str(home / "config"),
           "LANGFLOW_DATABASE_URL": f"sqlite:///{(home / 'langflow.db').as_posix()}",
           "LANGFLOW_DO_NOT_TRACK": "true", "LANGFLOW_AUTO_LOGIN": "true", "LANGFLOW_LOG_LEVEL": "warning"}
    log = home / "langflow.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([str(exe), "run", "--backend-only", "--host", "127.0.0.1", "--port", str(port),
                                 "--no-open-browser", "--components-path", str(COMPONENTS)],
                                env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                pytest.skip(f"langflow exited with {proc.returncode} on start: {log.read_text()[-800:]}")
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"langflow did not answer /health in {START_TIMEOUT_S:.0f} s: {log.read_text()[-800:]}")
            time.sleep(1)
        yield _login(url, exe.parent / ("python.exe" if os.name == "nt" else "python"), log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
