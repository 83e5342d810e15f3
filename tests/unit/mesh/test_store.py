"""The board store: round trips, compaction, damaged files, and crashes between compaction steps."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import struct
from pathlib import Path

import pytest
from pycrdt import Doc

from mesh.errors import StoreError
from mesh.model.board import Board
from mesh.model.schema import BlockKind
from mesh.storage.store import FORMAT_VERSION, BoardStore, LoadReport, attach

ORIGIN = "user:test"
HEADER = 16  # magic(8) + version u16 + kind u16 + generation u32
RECORD = 8  # length u32 + crc32 u32


def open_board(directory: Path, **kwargs: object) -> tuple[BoardStore, Board, LoadReport]:
    store = BoardStore(directory, fsync=False, **kwargs)  # type: ignore[arg-type]
    doc = Doc()
    report = store.load_into(doc)
    attach(store, doc)
    return store, Board(doc), report


def content(board: Board) -> dict[str, object]:
    """The board as plain data, independent of map iteration order."""
    data = board.to_json()
    data["blocks"] = sorted(data["blocks"], key=lambda b: b["id"])
    data["edges"] = sorted(data["edges"], key=lambda e: e["id"])
    return data


def titles(board: Board) -> set[str]:
    return {b.title for b in board.blocks()}


def add(board: Board, title: str) -> str:
    return board.add_block(BlockKind.ACTIVITY, "log", origin=ORIGIN, title=title).id


def add_remote(board: Board, title: str) -> None:
    """An edit made by another replica (its own client id), received as an update."""
    other = Board(Doc())
    other.add_block(BlockKind.ACTIVITY, "log", origin="peer:other", title=title)
    board.doc.apply_update(other.doc.get_update())


def record_offsets(path: Path) -> list[tuple[int, int]]:
    """(offset, payload length) of every record in a log, read with the documented format."""
    buf = path.read_bytes()
    out, pos = [], HEADER
    while pos + RECORD <= len(buf):
        (length,) = struct.unpack_from("<I", buf, pos)
        out.append((pos, length))
        pos += RECORD + length
    return out


def current_log(directory: Path) -> Path:
    return max(directory.glob("log-*.ylog"))


def gen(path: Path) -> int:
    return int(path.name.split("-")[1].split(".")[0])


def corrupt_copies(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.corrupt-*"))


# -- round trips and compaction ------------------------------------------------------------------------
async def test_round_trip_reloads_every_edit(tmp_path: Path) -> None:
    store, board, report = open_board(tmp_path)
    assert report == LoadReport()
    board.init_meta("Castle", origin=ORIGIN)
    board.add_default_blocks(origin=ORIGIN)
    intent = board.add_intent("She turns, startled", origin=ORIGIN)
    board.update(intent.id, origin=ORIGIN, x=512.5, duration_s=4.0)
    add_remote(board, "from a peer")
    await store.flush()
    store.close()

    store2, board2, report2 = open_board(tmp_path)
    assert content(board2) == content(board)
    assert "from a peer" in titles(board2)
    assert report2.records_applied >= 5 and report2.records_skipped == 0
    store2.close()


def test_compaction_keeps_everything_and_bounds_files(tmp_path: Path) -> None:
    store, board, _ = open_board(tmp_path, compact_every=5)
    expected = set()
    for round_ in range(6):
        for i in range(7):
            expected.add(f"r{round_} b{i}")
            add(board, f"r{round_} b{i}")
        assert store.needs_compaction()
        store.compact(board.doc)
        assert not store.needs_compaction()
        # the newest generation plus the previous snapshot's generation as a fallback, at most
        assert len(list(tmp_path.iterdir())) <= 4
    add(board, "after the last compaction")
    expected.add("after the last compaction")
    store.flush_sync()
    store.close()

    store2, board2, report = open_board(tmp_path)
    assert titles(board2) == expected
    assert report.snapshot_generation == 6 and report.records_applied == 1
    store2.close()


def test_load_after_compaction_continues_the_log(tmp_path: Path) -> None:
    store, board, _ = open_board(tmp_path)
    add(board, "a")
    store.compact(board.doc)
    store.close()
    store, board, _ = open_board(tmp_path)
    add(board, "b")  # appended to the log of generation 1
    store.close()
    store, board, report = open_board(tmp_path)
    assert titles(board) == {"a", "b"}
    assert report.snapshot_generation == 1 and report.records_applied == 1
    store.close()


async def test_flush_acknowledges_concurrent_writers(tmp_path: Path) -> None:
    store = BoardStore(tmp_path, fsync=True)
    board = Board(Doc())
    store.load_into(board.doc)
    attach(store, board.doc)

    async def edit(i: int) -> None:
        add(board, f"edit {i}")
        await store.flush()

    await asyncio.gather(*(edit(i) for i in range(20)))
    store.close()
    store2, board2, _ = open_board(tmp_path)
    assert titles(board2) == {f"edit {i}" for i in range(20)}
    store2.close()


async def test_an_update_too_large_is_not_acknowledged_until_compacted(tmp_path: Path) -> None:
    store, board, _ = open_board(tmp_path, max_update_bytes=300)
    add(board, "small")
    await store.flush()
    board.add_intent("x" * 1_000, origin=ORIGIN)  # the editor's transaction itself does not fail
    with pytest.raises(StoreError, match="max_update_bytes"):
        await store.flush()
    assert store.needs_compaction()
    store.compact(board.doc)
    await store.flush()
    store.close()
    store2, board2, _ = open_board(tmp_path, max_update_bytes=300)
    assert len(board2.intents()) == 1 and "small" in titles(board2)
    store2.close()


def test_closed_store_refuses_writes(tmp_path: Path) -> None:
    store = BoardStore(tmp_path, fsync=False)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.append(b"\x00")
    with pytest.raises(StoreError, match="closed"):
        store.flush_sync()


def test_size_bytes_counts_live_files(tmp_path: Path) -> None:
    store, board, _ = open_board(tmp_path)
    empty = store.size_bytes
    add(board, "a")
    assert store.size_bytes > empty
    store.close()


# -- damage ----------------------------------------------------------------------------------------------
def test_damaged_record_in_the_middle_is_skipped_and_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store, board, _ = open_board(tmp_path)
    for i in range(10):
        add_remote(board, f"edit {i}")
    store.flush_sync()
    store.close()
    log_path = current_log(tmp_path)
    offset, length = record_offsets(log_path)[4]
    buf = bytearray(log_path.read_bytes())
    buf[offset + RECORD + length // 2] ^= 0xFF
    log_path.write_bytes(bytes(buf))

    with caplog.at_level(logging.WARNING, logger="multiplex.mesh.storage.store"):
        store2, board2, report = open_board(tmp_path)
    assert report.records_skipped == 1 and report.records_applied == 9
    assert titles(board2) == {f"edit {i}" for i in range(10) if i != 4}
    assert any(log_path.name in r.getMessage() and f"offset {offset}" in r.getMessage()
               for r in caplog.records)
    (copy,) = report.corrupt_copies
    assert copy.read_bytes() == bytes(buf)  # the damaged original, byte for byte
    store2.close()

    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="multiplex.mesh.storage.store"):
        store3, board3, report3 = open_board(tmp_path)  # the store was rewritten clean
    assert report3.records_skipped == 0 and not caplog.records
    assert titles(board3) == titles(board2)
    assert corrupt_copies(tmp_path) == [copy]
    store3.close()


def test_damaged_length_field_resyncs_at_the_next_record(tmp_path: Path) -> None:
    store, board, _ = open_board(tmp_path)
    for i in range(6):
        add_remote(board, f"edit {i}")
    store.close()
    log_path = current_log(tmp_path)
    offset, _ = record_offsets(log_path)[2]
    buf = bytearray(log_path.read_bytes())
    buf[offset : offset + 4] = struct.pack("<I", 5_000_000)  # runs past the end of the file
    log_path.write_bytes(bytes(buf))

    store2, board2, report = open_board(tmp_path)
    assert report.records_skipped == 1 and report.records_applied == 5
    assert titles(board2) == {f"edit {i}" for i in range(6) if i != 2}
    store2.close()


def test_lost_record_is_healed_by_a_peer(tmp_path: Path) -> None:
    """Records after a damaged one may depend on it; a peer's state brings the board back whole."""
    store, board, _ = open_board(tmp_path)
    intent = board.add_intent("wide shot", origin=ORIGIN)
    text = intent.text_ref("description")
    assert text is not None
    for word in (" of", " a", " castle", " at", " dawn"):
        with board.transact(ORIGIN):
            text += word
    store.close()
    log_path = current_log(tmp_path)
    offset, length = record_offsets(log_path)[2]
    buf = bytearray(log_path.read_bytes())
    buf[offset + RECORD + length - 1] ^= 0x55
    log_path.write_bytes(bytes(buf))

    store2, board2, report = open_board(tmp_path)
    assert report.records_skipped == 1
    board2.doc.apply_update(board.doc.get_update())  # what sync with a peer does
    assert content(board2) == content(board)
    store2.close()


def test_torn_tail_is_truncated_quietly(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store, board, _ = open_board(tmp_path)
    for i in range(3):
        add(board, f"edit {i}")
    store.close()
    log_path = current_log(tmp_path)
    good = log_path.read_bytes()
    last_offset, _ = record_offsets(log_path)[-1]
    with log_path.open("ab") as f:
        f.write(good[last_offset : last_offset + 11])  # a record cut off mid-write

    with caplog.at_level(logging.WARNING, logger="multiplex.mesh.storage.store"):
        store2, board2, report = open_board(tmp_path)
    assert report.truncated_bytes == 11 and report.records_skipped == 0
    assert not caplog.records and not corrupt_copies(tmp_path)
    assert titles(board2) == {"edit 0", "edit 1", "edit 2"}
    assert log_path.read_bytes() == good
    add(board2, "edit 3")  # appends land right after the last good record
    store2.close()
    store3, board3, report3 = open_board(tmp_path)
    assert report3.truncated_bytes == 0 and "edit 3" in titles(board3)
    store3.close()


def test_garbage_snapshot_falls_back_to_the_previous_generation(tmp_path: Path) -> None:
    store, board, _ = open_board(tmp_path)
    add(board, "a")
    store.compact(board.doc)  # gen 1 (gen 0's log stays as the fallback: an empty base)
    add(board, "b")
    store.compact(board.doc)  # gen 2 (gen 1 stays)
    add(board, "c")
    store.close()
    snap = tmp_path / "snapshot-00000002.ysnap"
    garbage = os.urandom(snap.stat().st_size)
    snap.write_bytes(garbage)

    store2, board2, report = open_board(tmp_path)
    assert report.fell_back and report.snapshot_generation == 1
    assert titles(board2) == {"a", "b", "c"}
    assert any(p.read_bytes() == garbage for p in report.corrupt_copies)  # moved aside, not deleted
    store2.close()


def test_first_snapshot_garbage_falls_back_to_the_log(tmp_path: Path) -> None:
    store, board, _ = open_board(tmp_path)
    add(board, "a")
    store.compact(board.doc)
    add(board, "b")
    store.close()
    (tmp_path / "snapshot-00000001.ysnap").write_bytes(b"not a snapshot")
    store2, board2, report = open_board(tmp_path)
    assert report.fell_back and report.snapshot_generation is None
    assert titles(board2) == {"a", "b"}
    store2.close()


def test_no_readable_snapshot_left_refuses_unless_partial(tmp_path: Path) -> None:
    store, board, _ = open_board(tmp_path)
    add(board, "a")
    store.compact(board.doc)
    add(board, "b")
    store.compact(board.doc)
    add(board, "c")
    store.close()
    for snap in tmp_path.glob("snapshot-*.ysnap"):
        snap.write_bytes(b"\x00" * 40)
    with pytest.raises(StoreError, match="no readable snapshot"):
        open_board(tmp_path)
    assert len(corrupt_copies(tmp_path)) == 2 and len(list(tmp_path.glob("log-*"))) == 2

    store2 = BoardStore(tmp_path, fsync=False)
    board2 = Board(Doc())
    report = store2.load_into(board2.doc, allow_partial=True)
    assert report.partial and "c" in titles(board2)
    store2.close()


@pytest.mark.parametrize("name", ["log-00000000.ylog", "snapshot-00000001.ysnap"])
def test_newer_format_is_refused_and_left_alone(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    content = struct.pack("<8sHHI", b"MPXBOARD", FORMAT_VERSION + 1, 1 if name.startswith("log") else 2, 0)
    content += b"future bytes"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=f"{name}.*newer multiplex"):
        BoardStore(tmp_path).load_into(Doc())
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_foreign_log_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "log-00000000.ylog"
    path.write_bytes(b"PK\x03\x04 something else entirely")
    with pytest.raises(StoreError, match="not a multiplex board store"):
        BoardStore(tmp_path)
    assert path.read_bytes() == b"PK\x03\x04 something else entirely"


def test_directory_that_cannot_be_created_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "boards"
    blocker.write_text("a file where a directory should be")
    with pytest.raises(StoreError, match="boards"):
        BoardStore(blocker / "castle")


def test_a_directory_it_may_not_write_is_a_store_error_and_the_edit_is_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """EACCES on the log is injected where the store creates it: permission bits do not bind root (CI
    runs as root) and Windows has ACLs, but the failure path must be the same everywhere."""
    import mesh.storage.store as store_module

    real = store_module.FileIO

    def refused(path: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if "x" in mode or "w" in mode or "a" in mode:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    store, board, _ = open_board(tmp_path)
    monkeypatch.setattr(store_module, "FileIO", refused)
    add(board, "kept in memory")
    with pytest.raises(StoreError, match=str(tmp_path)):
        store.flush_sync()
    assert titles(board) == {"kept in memory"}  # refused by the disk, not lost by the process
    monkeypatch.setattr(store_module, "FileIO", real)
    store.compact(board.doc)  # the next compaction saves what the log could not
    store.close()
    _, again, _ = open_board(tmp_path)
    assert titles(again) == {"kept in memory"}


# -- crashes between compaction steps (the file sets a crash can leave) ------------------------------------
def test_crash_before_the_new_snapshot_is_installed(tmp_path: Path) -> None:
    store, board, _ = open_board(tmp_path)
    add(board, "a")
    store.compact(board.doc)
    add(board, "b")
    store.compact(board.doc)
    add(board, "c")  # lands in log 2
    store.close()
    # the crash: log 2 exists, snapshot 2 never made it past its tmp file
    snap = tmp_path / "snapshot-00000002.ysnap"
    snap.rename(snap.with_name(snap.name + ".tmp"))

    store2, board2, report = open_board(tmp_path)
    assert report.snapshot_generation == 1 and not report.fell_back
    assert titles(board2) == {"a", "b", "c"}
    assert not list(tmp_path.glob("*.tmp"))
    store2.close()


def test_crash_before_old_generations_are_removed(tmp_path: Path) -> None:
    store, board, _ = open_board(tmp_path)
    add(board, "a")
    store.compact(board.doc)
    add(board, "b")
    kept = tmp_path.parent / "kept"
    shutil.copytree(tmp_path, kept)
    store.compact(board.doc)
    store.compact(board.doc)
    add(board, "c")
    store.close()
    for path in kept.iterdir():  # the old generations a crash would have left behind
        shutil.copy2(path, tmp_path / path.name)

    store2, board2, report = open_board(tmp_path)
    assert report.snapshot_generation == 3
    assert titles(board2) == {"a", "b", "c"}
    store2.compact(board2.doc)
    store2.compact(board2.doc)
    # what is left: the newest snapshot, the previous one as a fallback, and the logs in between
    prev, _newest = sorted(tmp_path.glob("snapshot-*.ysnap"))
    assert all(gen(p) >= gen(prev) for p in tmp_path.glob("log-*.ylog"))
    assert len(list(tmp_path.iterdir())) <= 4
    store2.close()
    store3, board3, _ = open_board(tmp_path)
    assert titles(board3) == {"a", "b", "c"}
    store3.close()


def test_crash_while_creating_a_log_leaves_a_short_file(tmp_path: Path) -> None:
    store, board, _ = open_board(tmp_path)
    add(board, "a")
    store.compact(board.doc)
    store.close()
    (tmp_path / "log-00000001.ylog").write_bytes(b"MPX")  # header write cut short
    store2, board2, _ = open_board(tmp_path)
    add(board2, "b")
    store2.close()
    store3, board3, _ = open_board(tmp_path)
    assert titles(board3) == {"a", "b"}
    store3.close()


def test_windows_style_directory_names(tmp_path: Path) -> None:
    directory = tmp_path / "MULTIPLEX HOME" / "boards" / "Château d'été (v2)"
    store, board, _ = open_board(directory)
    add(board, "a")
    store.compact(board.doc)
    store.close()
    store2, board2, _ = open_board(directory)
    assert titles(board2) == {"a"}
    store2.close()


# -- group commit: every edit fsynced, whoever made it ------------------------------------------------------
class FsyncSpy:
    """Counts fsyncs of board logs (os.fsync inside mesh.storage.store) and lets a test wait for the next one."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        self.event = asyncio.Event()
        real = os.fsync

        def spy(fd: int) -> None:
            real(fd)
            self.calls += 1
            loop.call_soon_threadsafe(self.event.set)

        loop = asyncio.get_running_loop()
        monkeypatch.setattr("mesh.storage.store.os.fsync", spy)


async def test_an_edit_nobody_flushes_is_fsynced_by_the_group_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Canvas edits, claims and remote updates are never followed by a flush() of their own: they used
    to sit unsynced until the next compaction (lost on power loss)."""
    store = BoardStore(tmp_path, fsync=True)
    board = Board(Doc())
    store.load_into(board.doc)
    attach(store, board.doc)
    add(board, "an API edit")
    await store.flush()
    spy = FsyncSpy(monkeypatch)
    add(board, "a canvas edit")
    add_remote(board, "an update from a peer")
    await asyncio.wait_for(spy.event.wait(), 30)  # liveness only: it happens without anyone asking
    assert spy.calls == 1 and store._synced == store._appended == 3
    assert len(record_offsets(current_log(tmp_path))) == 3
    store.close()


async def test_concurrent_acknowledgements_share_one_fsync(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = BoardStore(tmp_path, fsync=True)
    board = Board(Doc())
    store.load_into(board.doc)
    attach(store, board.doc)
    add(board, "first")
    await store.flush()
    spy = FsyncSpy(monkeypatch)

    async def edit(i: int) -> None:
        add(board, f"edit {i}")
        await store.flush()

    await asyncio.gather(*(edit(i) for i in range(200)))
    assert spy.calls <= 2 and store.commits <= 3  # 200 acknowledgements, one write + fsync
    store.close()
    store2, board2, _ = open_board(tmp_path)
    assert titles(board2) == {"first"} | {f"edit {i}" for i in range(200)}
    store2.close()


async def test_a_failed_fsync_is_not_acknowledged_and_compaction_saves_the_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = BoardStore(tmp_path, fsync=True)
    board = Board(Doc())
    store.load_into(board.doc)
    attach(store, board.doc)

    def broken(fd: int) -> None:
        raise OSError(5, "Input/output error")

    add(board, "a")
    await store.flush()
    monkeypatch.setattr("mesh.storage.store.os.fsync", broken)
    add(board, "b")
    with pytest.raises(StoreError, match="cannot fsync"):
        await store.flush()
    assert store.needs_compaction()
    monkeypatch.undo()
    store.compact(board.doc)
    await store.flush()
    store.close()
    store2, board2, _ = open_board(tmp_path)
    assert titles(board2) == {"a", "b"}
    store2.close()


# -- two stores on one directory (e.g. a second process on the same home) ----------------------------------
def test_a_second_store_compacting_never_hides_the_first_ones_later_writes(tmp_path: Path) -> None:
    """A second process loaded the board, compacted it into a newer snapshot on exit; the first kept
    writing to a log that loading then ignored (its generation was older than the snapshot)."""
    first, board1, _ = open_board(tmp_path)
    add(board1, "before")
    first.flush_sync()
    second, board2, _ = open_board(tmp_path)
    add(board2, "by the second")
    second.compact(board2.doc)
    second.close()
    add(board1, "after the second compacted")
    add_remote(board1, "a remote update after it")
    first.flush_sync()  # acknowledged; then the first process is killed (no compaction, no close)

    store, board, _ = open_board(tmp_path)
    assert titles(board) == {"before", "by the second", "after the second compacted", "a remote update after it"}
    store.close()


def test_a_log_another_store_still_writes_is_never_deleted(tmp_path: Path) -> None:
    first, board1, _ = open_board(tmp_path)
    add(board1, "before")
    first.flush_sync()
    second, board2, _ = open_board(tmp_path)
    for i in range(3):  # old generations are dropped: never the log the first store still writes
        add(board1, f"first {i}")
        first.flush_sync()
        add(board2, f"second {i}")
        second.compact(board2.doc)
    first_log = first._log_path()
    assert first_log.exists()
    add(board1, "last")
    first.flush_sync()
    second.close()

    store, board, _ = open_board(tmp_path)
    assert titles(board) >= {"before", "first 0", "first 1", "first 2", "last", "second 2"}
    store.close()
    first.close()


def test_a_read_only_open_leaves_no_file(tmp_path: Path) -> None:
    store, board, _ = open_board(tmp_path)
    add(board, "a")
    store.compact(board.doc)
    store.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    for _ in range(3):
        reader = BoardStore(tmp_path, fsync=False)
        reader.load_into(Doc())
        reader.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == before
