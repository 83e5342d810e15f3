"""One process per MULTIPLEX_HOME: the OS lock, who holds it, and a dead holder's lock taken over."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mesh.storage.home_lock import LOCK_NAME, HomeLock, HomeLocked, read_holder

ROOT = Path(__file__).resolve().parents[3]
HOLD = textwrap.dedent("""
    import sys, time
    from mesh.storage.home_lock import HomeLock
    lock = HomeLock.acquire(sys.argv[1], port=8471, board="demo")
    print("held", flush=True)
    time.sleep(120)
""")


def _holder(home: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(home)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_process_is_refused_and_told_who_holds_the_home(tmp_path: Path) -> None:
    proc = _holder(tmp_path)
    try:
        with pytest.raises(HomeLocked) as info:
            HomeLock.acquire(tmp_path, port=9000)
        message = str(info.value)
        assert f"pid {proc.pid}" in message and "port 8471" in message and str(tmp_path) in message
        assert info.value.holder is not None and info.value.holder["pid"] == proc.pid
    finally:
        proc.kill()
        proc.wait(timeout=10)


def test_the_lock_of_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    proc = _holder(tmp_path)
    proc.kill()  # kill -9: no chance to clean up; the recorded pid is now dead
    proc.wait(timeout=10)
    assert read_holder(tmp_path)["pid"] == proc.pid  # the stale record is still there...
    with HomeLock.acquire(tmp_path, port=9000) as lock:  # ...and is not mistaken for a live holder
        assert lock.held
        holder = read_holder(tmp_path)
        assert holder is not None and holder["pid"] == os.getpid() and holder["port"] == 9000


def test_a_stale_record_without_a_lock_is_overwritten(tmp_path: Path) -> None:
    (tmp_path / LOCK_NAME).write_text(json.dumps({"pid": 999999, "host": "gone", "port": 1, "started": 0}))
    with HomeLock.acquire(tmp_path, board="demo") as lock:
        assert read_holder(tmp_path) == lock.info and lock.info["pid"] == os.getpid()
    assert read_holder(tmp_path) is None, "a released home names no holder"
    HomeLock.acquire(tmp_path).release()  # and can be taken again


def test_same_process_cannot_take_the_home_twice(tmp_path: Path) -> None:
    with HomeLock.acquire(tmp_path), pytest.raises(HomeLocked):
        HomeLock.acquire(tmp_path)
