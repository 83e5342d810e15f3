"""A real `multiplex relay` process for tests, and a minimal Python y-websocket client for it.

`RelayProcess` runs `python -m multiplex relay` on a free port with its own MULTIPLEX_HOME (limits from
`env`), waits for /healthz, and can be killed (-9) and started again on the same home and port.
`YClient` speaks the standard y-protocols frames over aiohttp: it answers the relay's SYNC_STEP1,
sends its own, applies what comes back, and sends each local transaction as SYNC_UPDATE.

Test infrastructure only (not shipped).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import httpx
from pycrdt import Doc

from mesh.model.board import Board
from mesh.net._wire import FrameKind, decode_frame, encode_step1, encode_step2, encode_update

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop_process(proc: subprocess.Popen[bytes] | subprocess.Popen[str] | None) -> None:
    """Ask a server process to stop (SIGTERM: it drains and flushes), then kill it if it will not."""
    if proc is not None and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


class RelayProcess:
    def __init__(self, home: Path, *, env: dict[str, str] | None = None, port: int | None = None) -> None:
        self.home = home
        self.port = port or free_port()
        self.env = {**os.environ, "MULTIPLEX_HOME": str(home), "MULTIPLEX_LOG": "INFO", **(env or {})}
        self.proc: subprocess.Popen[str] | None = None
        self.log_path = home.parent / f"{home.name}-relay.log"

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def cli(self, *args: str) -> str:
        out = subprocess.run([sys.executable, "-m", "multiplex", "relay", *args], cwd=ROOT, env=self.env,
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        return out.stdout

    def token(self, board: str, role: str) -> str:
        return self.cli("token", "create", "--board", board, "--role", role).splitlines()[1].strip()

    def start(self, timeout_s: float = 60.0) -> None:
        log = self.log_path.open("a")
        self.proc = subprocess.Popen([sys.executable, "-m", "multiplex", "relay", "--host", "127.0.0.1", "--port",
                                      str(self.port)], cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                     text=True)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"relay exited {self.proc.returncode}: {self.log()[-3000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.http}/healthz", timeout=1).status_code == 200:
                    return
            time.sleep(0.2)
        raise RuntimeError(f"relay did not start: {self.log()[-3000:]}")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        stop_process(self.proc)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


class YClient:
    """One y-websocket connection with its own pycrdt Doc."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse, doc: Doc) -> None:
        self.ws = ws
        self.doc = doc
        self.board = Board(doc)
        self.synced = asyncio.Event()
        self._remote = False
        self._sub = doc.observe(self._on_txn)
        self._reader = asyncio.create_task(self._read())
        self.close_code: int | None = None
        self.close_reason = ""

    @classmethod
    async def connect(cls, session: aiohttp.ClientSession, url: str, doc: Doc | None = None) -> YClient:
        ws = await session.ws_connect(url, max_msg_size=64 * 1024 * 1024)
        client = cls(ws, doc or Doc())
        await ws.send_bytes(encode_step1(client.doc.get_state()))
        return client

    def _on_txn(self, event: object) -> None:
        if not self._remote and not self.ws.closed:
            update = event.update  # type: ignore[attr-defined]
            asyncio.get_running_loop().create_task(self._send(encode_update(update)))

    async def _send(self, frame: bytes) -> None:
        with contextlib.suppress(ConnectionError, RuntimeError, aiohttp.ClientError):
            await self.ws.send_bytes(frame)

    def _apply(self, update: bytes) -> None:
        self._remote = True
        try:
            self.doc.apply_update(update)
        finally:
            self._remote = False

    async def _read(self) -> None:
        async for msg in self.ws:
            if msg.type != aiohttp.WSMsgType.BINARY:
                continue
            kind, payload = decode_frame(msg.data, max_bytes=1 << 30)
            if kind == FrameKind.STEP1:
                await self.ws.send_bytes(encode_step2(self.doc.get_update(payload)))
            elif kind in (FrameKind.STEP2, FrameKind.UPDATE):
                self._apply(payload)
                if kind == FrameKind.STEP2:
                    self.synced.set()
        self.close_code = self.ws.close_code
        self.close_reason = str(getattr(self.ws, "_close_message", "") or "")

    async def send_raw(self, frame: bytes | str) -> None:
        if isinstance(frame, str):
            await self.ws.send_str(frame)
        else:
            await self.ws.send_bytes(frame)

    async def closed(self, timeout_s: float = 10.0) -> int | None:
        async with asyncio.timeout(timeout_s):
            await self._reader
        return self.close_code

    async def aclose(self) -> None:
        self.doc.unobserve(self._sub)
        await self.ws.close()
        with contextlib.suppress(Exception):
            await self._reader


async def close_of(session: aiohttp.ClientSession, url: str) -> tuple[int | None, str]:
    """Connect, and return the close code and reason the relay ends the connection with."""
    async with session.ws_connect(url) as ws:
        msg = await asyncio.wait_for(ws.receive(), 10)
        while msg.type == aiohttp.WSMsgType.BINARY:
            msg = await asyncio.wait_for(ws.receive(), 10)
        return (msg.data if isinstance(msg.data, int) else ws.close_code), str(msg.extra or "")
