"""Local-first persistence of one board: an append-only log of Yjs updates, compacted into snapshots.

Why our own store rather than pycrdt-store: we need to say exactly when an edit is durable, and what
happens to a damaged file. The rules:

- Every transaction's update becomes one record. Records are written by a *group commit*: a background
  task collects every record appended while the previous fsync ran (plus `GROUP_COMMIT_S`, 0 by default:
  bench/bench_store.py measured that any extra wait only adds latency), then a worker thread writes them
  with one write and one fsync. `await flush()` returns once every record
  appended before the call is fsynced: that is when an edit is *acknowledged* (it survives kill -9 and
  power loss). Every path is covered, because `attach` sees every transaction of the document (API,
  canvas, claims, remote updates); nothing waits for compaction. Without a running event loop (scripts,
  tests) a record is written at once and `flush_sync` fsyncs.
- Files live in one directory per board, numbered by generation ``G`` (8 digits)::

      log-G.ylog        header, then records; each open store writes a log of its own (a fresh G)
      snapshot-G.ysnap  header, the full state as one record, then a manifest record (JSON) naming
                        every file, with its size, whose content the state includes

  Header: ``MAGIC (8) | format version u16 | kind u16 | generation u32``. Record:
  ``length u32 | crc32 u32 | payload``, little-endian; the CRC covers the length bytes too, so a flipped
  length is caught like a flipped payload.
- Load = the newest readable snapshot S plus everything S does not cover: every other file, and the part
  of a log that grew past the size S's manifest records (a snapshot without a manifest covers the files of
  older generations). A log is never skipped just because its generation is older, so a snapshot written
  by another process never hides records appended afterwards. Compaction creates a new log ``N`` first
  (exclusively: two processes never share a log or a generation), then writes ``snapshot-N`` (tmp, fsync,
  os.replace, fsync dir), then deletes only files older than the previous snapshot whose content both
  snapshots cover at their current size. A crash between any two steps leaves files that the load rule
  reads completely, and the previous snapshot stays as a fallback in case the newest one is damaged.
- Damage never raises out of `load_into`: an incomplete last record (torn tail) is truncated with an
  INFO line; a bad record elsewhere is skipped with a WARNING naming file and offset, after the
  damaged file was copied aside to ``<file>.corrupt-<timestamp>``; an unreadable snapshot is moved
  aside the same way and the previous one is used. Only when no complete chain of files is left does
  loading refuse (StoreError) unless ``allow_partial=True``. A newer format version or a file that is
  not ours is refused with StoreError and left untouched.

One process should own a directory (the home lock sees to that); the store stays correct without it,
except that a log deleted under a live writer (POSIX allows that) is detected at its next commit and
healed by the next compaction.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import shutil
import struct
import threading
import time
import zlib
from dataclasses import dataclass, field
from io import FileIO
from pathlib import Path

from pycrdt import Doc, Subscription, TransactionEvent

from mesh._log import get_logger
from mesh.const import MAX_UPDATE_BYTES, STORE_COMPACT_EVERY
from mesh.errors import StoreError

__all__ = ["FORMAT_VERSION", "GROUP_COMMIT_S", "MAX_SNAPSHOT_BYTES", "BoardStore", "LoadReport", "attach"]

log = get_logger("mesh.storage.store")

FORMAT_VERSION = 1
MAGIC = b"MPXBOARD"
MAX_SNAPSHOT_BYTES = 1024 * 1024 * 1024  # a full board state; far above any real board (10k blocks ~2 MB)
MAX_MANIFEST_BYTES = 1024 * 1024
GROUP_COMMIT_S = 0.0  # extra wait before a commit; 0: records arriving during an fsync share the next

# MAGIC and the version are the part of the header every future format must keep in place, so that an
# older multiplex can recognise a newer file and refuse it instead of misreading it.
_HEADER = struct.Struct("<8sHHI")
_RECORD = struct.Struct("<II")
_KIND_LOG = 1
_KIND_SNAPSHOT = 2
_NAME = re.compile(r"^(log|snapshot)-(\d{8})\.(ylog|ysnap)$")
_SUFFIX = {"log": "ylog", "snapshot": "ysnap"}


@dataclass(frozen=True, kw_only=True, slots=True)
class LoadReport:
    """What `BoardStore.load_into` found on disk."""

    records_applied: int = 0
    records_skipped: int = 0
    truncated_bytes: int = 0
    snapshot_generation: int | None = None  # the snapshot used as base; None: empty base
    fell_back: bool = False  # a newer snapshot was unreadable and an older one was used
    partial: bool = False  # no complete chain was left; loaded what could be read
    corrupt_copies: tuple[Path, ...] = field(default_factory=tuple)


def _record(data: bytes) -> bytes:
    length = struct.pack("<I", len(data))
    return length + struct.pack("<I", zlib.crc32(data, zlib.crc32(length))) + data


def _record_at(buf: bytes, pos: int, max_bytes: int) -> bytes | None:
    """The record starting at `pos` if it is complete and its CRC matches, else None."""
    if pos + _RECORD.size > len(buf):
        return None
    length, crc = _RECORD.unpack_from(buf, pos)
    end = pos + _RECORD.size + length
    if length > max_bytes or end > len(buf):
        return None
    data = buf[pos + _RECORD.size : end]
    if zlib.crc32(data, zlib.crc32(buf[pos : pos + 4])) != crc:
        return None
    return data


def _fsync_dir(path: Path) -> None:
    """Make renames and creations in `path` durable; Windows cannot open a directory for this."""
    if os.name == "nt":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _aside(path: Path) -> Path:
    """A fresh name next to `path` for keeping a damaged original."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    return target


class BoardStore:
    """One board's files under a directory, e.g. ``MULTIPLEX_HOME/boards/<name>/``.

    Use: ``store.load_into(doc)``, then ``attach(store, doc)``; after edits ``await store.flush()``
    acknowledges them; ``if store.needs_compaction(): store.compact(doc)`` now and then (never from
    inside a document observer), ``store.close()`` at the end.
    """

    def __init__(
        self,
        directory: Path,
        *,
        compact_every: int = STORE_COMPACT_EVERY,
        fsync: bool = True,
        max_update_bytes: int = MAX_UPDATE_BYTES,
        max_snapshot_bytes: int = MAX_SNAPSHOT_BYTES,
        group_commit_s: float = GROUP_COMMIT_S,
    ) -> None:
        self.directory = Path(directory)
        self._compact_every = compact_every
        self._fsync = fsync
        self._max_update_bytes = max_update_bytes
        self._max_snapshot_bytes = max_snapshot_bytes
        self._group_commit_s = group_commit_s
        self._lock = threading.Lock()  # guards the log handle between the loop and the commit thread
        self._pending: list[bytes] = []  # records appended, not yet written (touched on the loop only)
        self._appended = 0  # records appended since open
        self._written = 0  # records handed to the OS
        self._synced = 0  # records known fsynced
        self._waiters: list[tuple[int, asyncio.Future[None]]] = []
        self._committer: asyncio.Task[None] | None = None
        self._committer_loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._since_compact = 0
        self._log_size = 0
        self._pending_error: StoreError | None = None
        self._loading = False
        self._covered: dict[str, int] = {}  # files whose whole content (at that size) is in the doc
        self.commits = 0  # write + fsync rounds done by the group commit (for benchmarks)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            for stale in self.directory.glob("*.tmp"):
                log.info("removing unfinished compaction file %s", stale)
                stale.unlink()
        except OSError as exc:
            raise StoreError(f"cannot use board store directory {self.directory}: {exc}") from exc
        files = self._files()
        for (kind, _gen), path in sorted(files.items()):
            if kind == "log":
                self._check_header(path, _KIND_LOG)
            else:
                self._check_version_only(path)
        self._gen = max((gen for _, gen in files), default=-1) + 1  # of our log, created at the first write
        self._log: _LogHandle | None = None
        self._closed = False

    # -- files ------------------------------------------------------------------------------------
    def _path(self, kind: str, gen: int) -> Path:
        return self.directory / f"{kind}-{gen:08d}.{_SUFFIX[kind]}"

    def _files(self) -> dict[tuple[str, int], Path]:
        out: dict[tuple[str, int], Path] = {}
        try:
            for path in self.directory.iterdir():
                m = _NAME.match(path.name)
                if m and _SUFFIX[m.group(1)] == m.group(3):
                    out[(m.group(1), int(m.group(2)))] = path
        except OSError as exc:
            raise StoreError(f"cannot list board store {self.directory}: {exc}") from exc
        return out

    def _read_header(self, path: Path) -> tuple[bytes, int, int, int] | None:
        try:
            with path.open("rb") as f:
                head = f.read(_HEADER.size)
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc}") from exc
        return _HEADER.unpack(head) if len(head) == _HEADER.size else None

    def _check_version_only(self, path: Path) -> None:
        """Snapshots with a damaged header fall back on load; only a newer format is refused now."""
        head = self._read_header(path)
        if head is not None and head[0] == MAGIC and head[1] > FORMAT_VERSION:
            raise StoreError(
                f"{path} was written by a newer multiplex (store format {head[1]}, this version reads "
                f"up to {FORMAT_VERSION}); refusing to load it, nothing was changed"
            )

    def _check_header(self, path: Path, kind: int) -> None:
        head = self._read_header(path)
        if head is None:
            # Shorter than a header: creation was interrupted, or the file was emptied. It holds no
            # record and is never written again (each store writes a log of its own).
            return
        magic, version, file_kind, _gen = head
        if magic != MAGIC or file_kind != kind:
            raise StoreError(f"{path} is not a multiplex board store file (bad header); refusing to use it")
        if version > FORMAT_VERSION:
            raise StoreError(
                f"{path} was written by a newer multiplex (store format {version}, this version reads "
                f"up to {FORMAT_VERSION}); refusing to load it, nothing was changed"
            )

    def _open_log(self) -> _LogHandle:
        """Our log, created on first use (a store that only reads leaves no file behind)."""
        if self._log is None:
            self._log = self._new_log(self._gen)
        return self._log

    def _log_path(self) -> Path:
        return self._log.path if self._log is not None else self._path("log", self._gen)

    def _new_log(self, gen: int) -> _LogHandle:
        """Create a log of our own at the first free generation >= `gen` (exclusive create: no other
        process or store ever appends to it, so its size when we close it is final)."""
        while True:
            path = self._path("log", gen)
            try:
                handle = FileIO(path, "xb")
            except FileExistsError:
                gen += 1
                continue
            except OSError as exc:
                raise StoreError(f"cannot create board store log {path}: {exc}") from exc
            break
        try:
            handle.write(_HEADER.pack(MAGIC, FORMAT_VERSION, _KIND_LOG, gen))  # fsynced with its records
            if self._fsync:
                _fsync_dir(self.directory)  # the name is durable before any record is acknowledged
        except OSError as exc:
            handle.close()
            raise StoreError(f"cannot write board store log {path}: {exc}") from exc
        self._gen = gen
        self._log_size = _HEADER.size
        return _LogHandle(path, handle)

    # -- loading -----------------------------------------------------------------------------------
    def load_into(self, doc: Doc, *, allow_partial: bool = False) -> LoadReport:
        """Apply the newest snapshot and everything it does not cover to `doc`; damage is reported.

        Call it before `attach`. Raises StoreError only when no complete chain of files is left and
        `allow_partial` is False; nothing is deleted then (unreadable snapshots are renamed aside), so
        a person can still recover the files. After damage the store rewrites a clean snapshot.
        """
        self._require_open()
        files = {key: path for key, path in self._files().items() if path != self._log_path()}
        gens = sorted({gen for _, gen in files})
        snaps = sorted((gen for kind, gen in files if kind == "snapshot"), reverse=True)
        corrupt: list[Path] = []
        base: int | None = None
        manifest: dict[str, int] | None = None
        fell_back = False
        self._loading = True
        try:
            for gen in snaps:
                path = files[("snapshot", gen)]
                problem, manifest = self._apply_snapshot(doc, path)
                if problem is None:
                    base = gen
                    break
                fell_back = True
                del files[("snapshot", gen)]
                target = _aside(path)
                log.warning("%s: %s; moved aside to %s, trying the previous generation", path, problem,
                            target.name)
                try:
                    os.replace(path, target)
                    corrupt.append(target)
                except OSError as exc:
                    raise StoreError(f"cannot move damaged snapshot {path} aside: {exc}") from exc
            partial = False
            if base is None and gens and gens[0] != 0:
                if not allow_partial:
                    raise StoreError(
                        f"board store {self.directory}: no readable snapshot is left and the logs "
                        f"start at generation {gens[0]}, so loading would lose edits; the files were "
                        f"left in place (damaged ones renamed *.corrupt-*); sync the board from "
                        f"another peer or load with allow_partial=True"
                    )
                log.error("board store %s: loading a partial board, no readable snapshot", self.directory)
                partial = True
            applied = skipped = truncated = 0
            for (kind, gen), path in sorted(files.items(), key=lambda kv: (kv[0][1], kv[0][0])):
                if kind == "snapshot" and gen == base:
                    self._covered[path.name] = self._size(path)
                    continue
                start = self._covered_upto(path, gen, base, manifest)
                if kind == "snapshot":
                    if start is None:  # not covered by the base: its state may hold what nothing else does
                        if self._apply_snapshot(doc, path)[0] is not None:
                            log.warning("%s: unreadable older snapshot left in place", path)
                            continue
                    self._covered[path.name] = self._size(path)
                    continue
                a, s, t, copy = self._apply_log(doc, path, start or _HEADER.size)
                applied, skipped, truncated = applied + a, skipped + s, truncated + t
                if copy is not None:
                    corrupt.append(copy)
                self._covered[path.name] = self._size(path)
            self._since_compact = applied + skipped
        finally:
            self._loading = False
        if skipped or fell_back:
            log.warning("board store %s: rewriting a clean snapshot after damage", self.directory)
            self.compact(doc)
        return LoadReport(
            records_applied=applied, records_skipped=skipped, truncated_bytes=truncated,
            snapshot_generation=base, fell_back=fell_back, partial=partial, corrupt_copies=tuple(corrupt),
        )

    @staticmethod
    def _size(path: Path) -> int:
        try:
            return path.stat().st_size
        except OSError:
            return -1

    def _covered_upto(self, path: Path, gen: int, base: int | None,
                      manifest: dict[str, int] | None) -> int | None:
        """Up to which offset snapshot `base` holds the content of `path`: None when not at all.

        A manifest names each covered file with its size then; a log that grew since is read from that
        offset on (another process appended to it). Older snapshots carry no manifest: they cover every
        file of an older generation, which held while one process wrote a directory at a time.
        """
        if base is None:
            return None
        size = self._size(path)
        if manifest is None:
            return size if gen < base else None
        covered = manifest.get(path.name)
        if covered is None or covered > size:  # a different file of the same name: not the one covered
            return None
        return covered

    def _apply_snapshot(self, doc: Doc, path: Path) -> tuple[str | None, dict[str, int] | None]:
        """Apply a snapshot: (why it is unreadable or None, its manifest or None when it has none)."""
        try:
            buf = path.read_bytes()
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc}") from exc
        if len(buf) < _HEADER.size:
            return "snapshot shorter than its header", None
        magic, _version, kind, _gen = _HEADER.unpack_from(buf)
        if magic != MAGIC or kind != _KIND_SNAPSHOT:
            return "snapshot has a damaged header", None
        data = _record_at(buf, _HEADER.size, self._max_snapshot_bytes)
        if data is None:
            return "snapshot record is truncated or fails its CRC", None
        try:
            doc.apply_update(data)
        except ValueError as exc:
            return f"snapshot does not decode ({exc})", None
        return None, _parse_manifest(buf, _HEADER.size + _RECORD.size + len(data))

    def _read_manifest(self, path: Path) -> tuple[bool, dict[str, int] | None]:
        """(readable, manifest) of a snapshot on disk, without decoding its state."""
        try:
            buf = path.read_bytes()
        except OSError:
            return False, None
        if len(buf) < _HEADER.size or _HEADER.unpack_from(buf)[0] != MAGIC:
            return False, None
        data = _record_at(buf, _HEADER.size, self._max_snapshot_bytes)
        if data is None:
            return False, None
        return True, _parse_manifest(buf, _HEADER.size + _RECORD.size + len(data))

    def _apply_log(self, doc: Doc, path: Path, start: int = _HEADER.size) -> tuple[int, int, int, Path | None]:
        """Apply one log from `start`; returns (applied, skipped, truncated bytes, damaged original copy)."""
        try:
            buf = path.read_bytes()
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc}") from exc
        applied = skipped = 0
        copy: Path | None = None
        end = len(buf)  # where the file is cut after the last good record, if that is short of its size
        pos = max(start, _HEADER.size)
        while pos < len(buf):
            data = _record_at(buf, pos, self._max_update_bytes)
            if data is not None:
                try:
                    doc.apply_update(data)
                    applied += 1
                except ValueError as exc:
                    copy = copy or self._copy_aside(path)
                    log.warning("%s: skipping undecodable record at offset %d (%s)", path, pos, exc)
                    skipped += 1
                pos += _RECORD.size + len(data)
                continue
            nxt = self._resync(buf, pos + 1)
            if nxt is None:
                length = _RECORD.unpack_from(buf, pos)[0] if pos + _RECORD.size <= len(buf) else 0
                if pos + _RECORD.size > len(buf) or (length <= self._max_update_bytes
                                                     and pos + _RECORD.size + length > len(buf)):
                    log.info("%s: dropping %d bytes of an unfinished last record at offset %d",
                             path, len(buf) - pos, pos)
                else:
                    copy = copy or self._copy_aside(path)
                    log.warning("%s: skipping a damaged tail of %d bytes at offset %d",
                                path, len(buf) - pos, pos)
                    skipped += 1
                end = pos
                break
            copy = copy or self._copy_aside(path)
            log.warning("%s: skipping %d damaged bytes at offset %d", path, nxt - pos, pos)
            skipped += 1
            pos = nxt
        truncated = len(buf) - end
        if truncated:
            self._truncate(path, end)
        return applied, skipped, truncated, copy

    def _resync(self, buf: bytes, start: int) -> int | None:
        """The next offset at which a whole valid record starts, or None."""
        for pos in range(start, len(buf) - _RECORD.size + 1):
            if _record_at(buf, pos, self._max_update_bytes) is not None:
                return pos
        return None

    def _copy_aside(self, path: Path) -> Path:
        target = _aside(path)
        try:
            shutil.copy2(path, target)
        except OSError as exc:
            raise StoreError(f"cannot copy damaged {path} aside: {exc}") from exc
        log.warning("%s is damaged; the original was copied to %s", path, target.name)
        return target

    def _truncate(self, path: Path, size: int) -> None:
        try:
            with path.open("r+b") as f:
                f.truncate(size)
                if self._fsync:
                    os.fsync(f.fileno())
        except OSError as exc:
            raise StoreError(f"cannot truncate {path}: {exc}") from exc

    # -- writing -----------------------------------------------------------------------------------
    def append(self, update: bytes) -> None:
        """Queue one update as a record for the group commit; `flush` says when it is durable.

        Without a running event loop the record is written at once (it then survives kill -9; power
        loss: `flush_sync`).
        """
        self._require_open()
        if not update:
            return
        if len(update) > self._max_update_bytes:
            raise StoreError(
                f"{self._log_path()}: update of {len(update)} bytes exceeds max_update_bytes "
                f"({self._max_update_bytes}); compact() persists it as part of a snapshot"
            )
        self._pending.append(_record(update))
        self._appended += 1
        self._since_compact += 1
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._write_now()
            return
        self._kick(loop)

    def _kick(self, loop: asyncio.AbstractEventLoop) -> None:
        """Wake the group commit task of this loop (started on first use)."""
        if self._committer is None or self._committer.done() or self._committer_loop is not loop:
            self._wake = asyncio.Event()
            self._committer_loop = loop
            self._committer = loop.create_task(self._commit_loop(), name=f"store-commit:{self.directory.name}")
        assert self._wake is not None
        self._wake.set()

    def _take_pending(self) -> tuple[bytes, int]:
        batch, self._pending = b"".join(self._pending), []
        return batch, self._appended

    def _write_now(self) -> None:
        """Write what is pending, on the calling thread (no loop, compaction, shutdown)."""
        batch, seq = self._take_pending()
        if batch:
            with self._lock:
                self._write_locked(batch)
        self._written = max(self._written, seq)

    def _write_locked(self, batch: bytes) -> None:
        handle = self._open_log()
        try:
            view = memoryview(batch)
            while view:
                n = handle.file.write(view)
                view = view[n or 0 :]
        except OSError as exc:
            self._undo_partial_write(handle)
            raise StoreError(f"cannot append to {handle.path}: {exc}") from exc
        self._log_size += len(batch)

    def _write_and_sync(self, batch: bytes) -> None:
        """In the worker thread: one write and one fsync for a whole batch of records."""
        with self._lock:
            self._require_open()
            if batch:
                self._write_locked(batch)
            handle = self._log
            if not self._fsync or handle is None:
                return
            try:
                os.fsync(handle.file.fileno())
                orphaned = os.fstat(handle.file.fileno()).st_nlink == 0
            except OSError as exc:
                raise StoreError(f"cannot fsync {handle.path}: {exc}") from exc
            if orphaned:
                raise StoreError(f"{handle.path} was deleted while this process was writing it "
                                 f"(another process on the same board?); the next compaction saves the board")

    async def _commit_loop(self) -> None:
        """The group commit: batch every record that arrived meanwhile, write + fsync it off the loop."""
        assert self._wake is not None
        wake = self._wake
        while not self._closed:
            await wake.wait()
            wake.clear()
            if self._group_commit_s > 0:
                await asyncio.sleep(self._group_commit_s)
            if self._closed:
                break
            batch, seq = self._take_pending()
            if seq <= self._synced:
                self._resolve()
                continue
            try:
                await asyncio.to_thread(self._write_and_sync, batch)
            except StoreError as exc:
                log.error("%s", exc)
                self._pending_error = exc  # the batch is only in the document now: compaction saves it
                self._resolve(error=exc, upto=seq)
                continue
            self.commits += 1
            self._written = max(self._written, seq)
            self._synced = max(self._synced, seq)
            self._resolve()

    def _resolve(self, *, error: StoreError | None = None, upto: int = 0) -> None:
        """Answer the `flush` callers whose records are fsynced now (or failed with `error`)."""
        keep = []
        for target, fut in self._waiters:
            if fut.done():
                continue
            if target <= self._synced:
                fut.set_result(None)
            elif error is not None and target <= upto:
                fut.set_exception(error)
            else:
                keep.append((target, fut))
        self._waiters = keep
        if self._waiters and self._wake is not None:
            self._wake.set()

    def _undo_partial_write(self, handle: _LogHandle) -> None:
        """Cut a half-written record off so later appends do not land behind garbage."""
        try:
            handle.file.truncate(self._log_size)
        except OSError:
            log.exception("%s: could not cut off a failed write; the next load will skip it", handle.path)

    async def flush(self) -> None:
        """Wait until every update appended before the call is fsynced (acknowledged).

        Many callers share one fsync (group commit); the fsync runs in a worker thread.
        """
        target = self._appended
        self._raise_pending()
        if self._synced >= target:
            return
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[None] = loop.create_future()
        self._waiters.append((target, fut))
        self._kick(loop)
        await fut

    def flush_sync(self) -> None:
        """`flush` for code without an event loop (tests, the CLI, shutdown)."""
        self._raise_pending()
        self._write_now()
        seq = self._appended
        if self._fsync and self._log is not None:
            with self._lock:
                try:
                    os.fsync(self._log.file.fileno())
                except OSError as exc:
                    raise StoreError(f"cannot fsync {self._log.path}: {exc}") from exc
        self._synced = max(self._synced, seq)
        self._resolve()

    def _raise_pending(self) -> None:
        self._require_open()
        if self._pending_error is not None:
            raise self._pending_error

    def needs_compaction(self) -> bool:
        """Records since the last compaction reached `compact_every` (or an update waits for one)."""
        return self._since_compact >= self._compact_every or self._pending_error is not None

    def compact(self, doc: Doc) -> None:
        """Write the whole state of `doc` as a new snapshot and start a new log.

        `doc` must hold every update appended so far (the attached doc). Blocking; call it from the
        loop that owns the doc, never from inside one of its observers.
        """
        self._require_open()
        # 1. New log first: from here on a crash leaves the old files plus an empty new log, complete.
        with self._lock:
            old = self._log
            batch, seq = self._take_pending()  # in `doc` already; written so the old log is whole
            try:
                if batch:
                    self._write_locked(batch)
                    old = self._log
                if self._fsync and old is not None:
                    os.fsync(old.file.fileno())
            except (OSError, StoreError) as exc:
                log.warning("could not finish %s before compacting (%s); the snapshot holds it",
                            self._log_path(), exc)
            self._written = max(self._written, seq)
            self._log = self._new_log(max((gen for _, gen in self._files()), default=self._gen) + 1)
            if old is not None:
                old.file.close()
                self._covered[old.path.name] = self._size(old.path)
        new_gen = self._gen
        snap = self._path("snapshot", new_gen)
        tmp = snap.with_name(snap.name + ".tmp")
        since, self._since_compact = self._since_compact, 0
        # 2. The snapshot, atomically, with the list of files whose content it holds.
        state = doc.get_update()
        manifest = json.dumps({"covers": self._covered}, separators=(",", ":")).encode()
        try:
            if len(state) > self._max_snapshot_bytes:
                raise StoreError(f"{snap}: board state of {len(state)} bytes exceeds max_snapshot_bytes")
            with tmp.open("wb") as f:
                f.write(_HEADER.pack(MAGIC, FORMAT_VERSION, _KIND_SNAPSHOT, new_gen))
                f.write(_record(state))
                f.write(_record(manifest))
                f.flush()
                if self._fsync:
                    os.fsync(f.fileno())
            os.replace(tmp, snap)
            if self._fsync:
                _fsync_dir(self.directory)
        except (OSError, StoreError) as exc:
            self._since_compact = since  # still needs one
            tmp.unlink(missing_ok=True)
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"cannot write snapshot {snap}: {exc}") from exc
        self._synced = self._appended
        self._pending_error = None
        self._resolve()
        # 3. Drop what is older than the previous snapshot, which stays as a fallback, and only what
        #    both snapshots hold at the file's current size (a file another process still writes stays).
        covered, self._covered = self._covered, {snap.name: self._size(snap)}
        files = self._files()
        older = [gen for kind, gen in files if kind == "snapshot" and gen < new_gen]
        if older:
            prev = max(older)
            readable, prev_manifest = self._read_manifest(files[("snapshot", prev)])
            for (_kind, gen), path in files.items():
                if gen >= prev or not readable or path == self._log_path():
                    continue
                size = self._size(path)
                in_prev = gen < prev if prev_manifest is None else prev_manifest.get(path.name) == size
                if covered.get(path.name) == size and in_prev:
                    try:
                        path.unlink()
                    except OSError as exc:  # harmless: an extra old file is only read again
                        log.warning("could not remove old store file %s: %s", path, exc)
        for path in self._files().values():  # what stays is still in the doc
            if path != self._log_path() and path.name not in self._covered and path.name in covered:
                self._covered[path.name] = covered[path.name]
        if self._fsync:
            _fsync_dir(self.directory)
        log.debug("compacted %s to generation %d (%d bytes)", self.directory, new_gen, len(state))

    def close(self) -> None:
        """Write and fsync what is pending, and close; idempotent."""
        if self._closed:
            return
        try:
            self._write_now()
        except StoreError as exc:
            log.warning("%s", exc)
        with self._lock:
            if self._closed:
                return
            self._closed = True
            handle = self._log
            if handle is not None:
                try:
                    if self._fsync:
                        os.fsync(handle.file.fileno())
                    self._synced = self._written
                except OSError as exc:
                    log.warning("cannot fsync %s on close: %s", handle.path, exc)
                finally:
                    handle.file.close()
                if self._log_size <= _HEADER.size:  # nothing in it since the last compaction
                    with contextlib.suppress(OSError):
                        handle.path.unlink()
        self._resolve()
        for _target, fut in self._waiters:
            if not fut.done():
                fut.set_exception(StoreError(f"board store {self.directory} closed before the fsync"))
        self._waiters = []
        if self._committer is not None and not self._committer.done() and self._wake is not None:
            self._wake.set()  # it sees the closed file and ends

    def __enter__(self) -> BoardStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _require_open(self) -> None:
        if self._closed:
            raise StoreError(f"board store {self.directory} is closed")

    @property
    def generation(self) -> int:
        """The generation of the log this store writes."""
        return self._gen

    @property
    def size_bytes(self) -> int:
        """Bytes on disk of every live store file (copies of damaged files not counted)."""
        total = 0
        for path in self._files().values():
            try:
                total += path.stat().st_size
            except OSError:
                pass
        return total + sum(len(r) for r in self._pending)


def _parse_manifest(buf: bytes, pos: int) -> dict[str, int] | None:
    """The manifest record after a snapshot's state; None if absent or unreadable (older format)."""
    data = _record_at(buf, pos, MAX_MANIFEST_BYTES)
    if data is None:
        return None
    try:
        covers = json.loads(data).get("covers")
    except (ValueError, AttributeError):
        return None
    if not isinstance(covers, dict):
        return None
    return {str(k): int(v) for k, v in covers.items() if isinstance(v, int) and _NAME.match(str(k))}


@dataclass(slots=True)
class _LogHandle:
    path: Path
    file: FileIO  # unbuffered: each record is one write straight to the OS


def attach(store: BoardStore, doc: Doc) -> Subscription:
    """Append every transaction's update (local and remote) to `store`; `doc.unobserve` to stop.

    A failing append never raises into the editor's transaction: it is logged, and the next `flush`
    raises it (so the edit is not acknowledged) until a `compact` has persisted the whole state.
    """

    def on_transaction(event: TransactionEvent) -> None:
        if store._loading:
            return
        try:
            store.append(event.update)
        except StoreError as exc:
            log.error("%s", exc)
            store._pending_error = exc

    return doc.observe(on_transaction)
