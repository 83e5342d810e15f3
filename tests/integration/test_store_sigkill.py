"""No acknowledged edit is lost when the process holding a board store is killed (SIGKILL on POSIX,
TerminateProcess on Windows), including kills that land while the store compacts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pycrdt import Doc

from mesh.model.board import Board
from mesh.storage.store import BoardStore

WRITER = Path(__file__).with_name("store_writer.py")
ROOT = Path(__file__).resolve().parents[2]
COMPACT_EVERY = 7  # records; each edit is 2 records, so a compaction every ~4 edits
KILL_AFTER_ACKS = (23, 61, 5, 40)  # a different point in the compaction cycle each round


def run_until_killed(directory: Path, prefix: str, acks_wanted: int) -> list[int]:
    """Start a writer, read its acknowledgements, kill it mid-stream; the acknowledged edit numbers."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(directory), prefix, str(COMPACT_EVERY)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    acked: list[int] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:  # ends at EOF if the writer dies on its own
            if line.startswith("ack "):
                acked.append(int(line.split()[1]))
                if len(acked) >= acks_wanted:
                    proc.kill()
                    break
    finally:
        proc.kill()
        _, err = proc.communicate(timeout=30)
    assert len(acked) >= acks_wanted, f"writer stopped early: {err[-2000:]}"
    return acked


def test_acknowledged_edits_survive_kill_across_compactions(tmp_path: Path) -> None:
    expected: dict[str, tuple[float, float]] = {}
    for round_, acks_wanted in enumerate(KILL_AFTER_ACKS):
        acked = run_until_killed(tmp_path, f"r{round_}", acks_wanted)
        expected.update({f"r{round_} {i}": (float(i), float(-i)) for i in acked})

        store = BoardStore(tmp_path)
        board = Board(Doc())
        report = store.load_into(board.doc)
        store.close()
        found = {b.title: b.position[:2] for b in board.blocks()}
        missing = [t for t in expected if t not in found]
        assert not missing, f"round {round_}: acknowledged edits lost: {missing[:10]}"
        assert all(found[t] == xy for t, xy in expected.items())
        assert report.records_skipped == 0 and not report.corrupt_copies
    assert store.generation > 5  # the kills did land in a store that compacts as it goes


HUB_WRITER = Path(__file__).with_name("hub_writer.py")
COMPACTOR = """
import sys
from pathlib import Path
from pycrdt import Doc
from mesh.storage.store import BoardStore
store = BoardStore(Path(sys.argv[1]))
doc = Doc()
store.load_into(doc)
store.compact(doc)
store.close()
print("compacted", flush=True)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}


def test_canvas_edits_and_claims_survive_kill_even_after_another_process_compacted(tmp_path: Path) -> None:
    """Issue scenario: a second process on the same home compacted the board into a newer snapshot;
    the first one's later writes went to a log that loading ignored, so after kill -9 acknowledged
    blocks were missing and a claimed clip was queued again. The first process acknowledges each edit
    and claim only after `replica.flushed()`."""
    from mesh.model.jobs import job

    proc = subprocess.Popen([sys.executable, str(HUB_WRITER), str(tmp_path), "w", "10"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    acked: list[tuple[str, str, str]] = []
    compacted = False
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if not line.startswith("ack "):
                continue
            _, title, job_id, claim_id = line.split()
            acked.append((title.replace("_", " "), job_id, claim_id))
            if len(acked) == 10 and not compacted:  # the writer waits; another process compacts and exits
                subprocess.run([sys.executable, "-c", COMPACTOR, str(tmp_path / "boards" / "castle")],
                               env=_env(), check=True, timeout=60, capture_output=True)
                compacted = True
                mark = len(acked)
                assert proc.stdin is not None
                proc.stdin.write("go\n")
                proc.stdin.flush()
            if compacted and len(acked) >= mark + 15:
                proc.kill()
                break
    finally:
        proc.kill()
        _, err = proc.communicate(timeout=30)
    assert compacted and len(acked) >= 25, f"writer stopped early: {err[-2000:]}"

    store = BoardStore(tmp_path / "boards" / "castle")
    board = Board(Doc())
    store.load_into(board.doc)
    store.close()
    titles = {b.title for b in board.blocks()}
    missing = [t for t, _, _ in acked if t not in titles]
    assert not missing, f"acknowledged edits lost: {missing}"
    for _title, job_id, claim_id in acked:
        j = job(board, job_id)
        assert j is not None, f"acknowledged job {job_id} lost"
        assert [(c.id, c.started) for c in j.claims()] == [(claim_id, True)]
