"""One process per MULTIPLEX_HOME: an OS lock on HOME/multiplex.lock, held for the process lifetime.

Two processes on one home both append to a board's log, write snapshots and lapse each other's claims,
so the second must stop before it touches anything. The lock is the operating system's (fcntl.flock on
POSIX, msvcrt.locking on Windows): it dies with its process, even on kill -9, so a lock left by a dead
process is simply taken over. Liveness is decided by the OS lock alone; the pid, host, port and start
time written in the file only say *who* holds a lock that is actually held, never whether it is.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from mesh.errors import MultiplexError

__all__ = ["LOCK_NAME", "HomeLock", "HomeLocked", "exclusive", "read_holder"]

LOCK_NAME = "multiplex.lock"
# Windows locks byte ranges and refuses other processes reads of them: lock one byte far past the
# recorded info, so that a second process can still read who holds the home.
_WIN_LOCK_OFFSET = 1 << 30


class HomeLocked(MultiplexError):
    """Another live process holds this MULTIPLEX_HOME."""

    def __init__(self, home: Path, holder: dict[str, Any] | None) -> None:
        self.home, self.holder = Path(home), holder
        if holder:
            who = f"multiplex pid {holder.get('pid')} on {holder.get('host')}, port {holder.get('port')}"
            since = holder.get("started")
            if isinstance(since, (int, float)):
                who += f", since {time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(since))}"
        else:
            who = "another process that is still starting up"
        super().__init__(f"MULTIPLEX_HOME={self.home} is in use by {who}. Stop that one first, or give this "
                         "peer its own MULTIPLEX_HOME.")


def _try_lock(fd: int) -> bool:
    """Take the OS lock without waiting; False when another process holds it."""
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    fcntl.flock(fd, fcntl.LOCK_UN)


def read_holder(home: Path) -> dict[str, Any] | None:
    """What the holder recorded (pid, host, port, board, started); None if nothing readable."""
    try:
        data = json.loads((Path(home) / LOCK_NAME).read_bytes()[:4096].rstrip(b"\0") or b"null")
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


class HomeLock:
    """The exclusive lock on one home; `HomeLock.acquire(home)` or raises HomeLocked."""

    def __init__(self, home: Path, fd: int, info: dict[str, Any]) -> None:
        self.home, self._fd, self.info = Path(home), fd, info

    @classmethod
    def acquire(cls, home: Path, **info: Any) -> HomeLock:
        home = Path(home)
        home.mkdir(parents=True, exist_ok=True)
        fd = os.open(home / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        try:
            if not _try_lock(fd):
                raise HomeLocked(home, read_holder(home))
            lock = cls(home, fd, {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time()})
            lock.update(**info)  # overwrites whatever a dead holder left
        except BaseException:
            os.close(fd)
            raise
        return lock

    def update(self, **info: Any) -> None:
        """Record more about the holder (e.g. the port once bound), replacing the file's content."""
        self.info.update(info)
        data = json.dumps(self.info).encode()
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.ftruncate(self._fd, 0)
        os.write(self._fd, data)
        with contextlib.suppress(OSError):
            os.fsync(self._fd)

    @property
    def held(self) -> bool:
        return self._fd >= 0

    def release(self) -> None:
        """Give the home back (the OS also does it when the process ends)."""
        if self._fd < 0:
            return
        fd, self._fd = self._fd, -1
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)  # nobody is mistaken for the holder afterwards
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> HomeLock:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


@contextlib.contextmanager
def exclusive(path: Path, *, timeout_s: float = 10.0) -> Iterator[None]:
    """Hold an OS lock on `path` (created if absent) for a short read-modify-write of a small file that
    several processes write (the relay's token list: two `token create` at once must not lose one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        deadline = time.monotonic() + timeout_s
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise MultiplexError(f"{path} stayed locked by another process for {timeout_s:.0f} s")
            time.sleep(0.01)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
