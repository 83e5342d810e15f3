"""Local-first persistence of one board: an append-only log of Yjs updates, compacted into snapshots.

Why our own store rather than pycrdt-store: we need to say exactly when an edit is durable, and what
happens to a damaged file. The rules:

- Every transaction's update is appended as one record with a single unbuffered write, so it is in
  the OS page cache (it survives SIGKILL) when `append` returns; `flush` adds an fsync (it survives
  power loss). An edit is *acknowledged* once a `flush` started after its `append` has returned.
- Files live in one directory per board, numbered by generation ``G`` (8 digits)::

      log-G.ylog        header, then records appended since snapshot G (or since creation, G = 0)
      snapshot-G.ysnap  header, then one record: the full state when generation G began

  Header: ``MAGIC (8) | format version u16 | kind u16 | generation u32``. Record:
  ``length u32 | crc32 u32 | update``, little-endian; the CRC covers the length bytes too, so a flipped
  length is caught like a flipped payload.
- Load = the newest readable snapshot S (generation 0 has an implicit empty one) plus every log with
  generation >= S. Compaction to N creates ``log-N`` first, then writes ``snapshot-N`` (tmp, fsync,
  os.replace, fsync dir), then deletes generations older than the previous snapshot. A crash between
  any two steps leaves a set of files that the load rule reads completely, and the previous snapshot
  stays on disk as a fallback in case the newest one is damaged.
- Damage never raises out of `load_into`: an incomplete last record (torn tail) is truncated with an
  INFO line; a bad record elsewhere is skipped with a WARNING naming file and offset, after the
  damaged file was copied aside to ``<file>.corrupt-<timestamp>``; an unreadable snapshot is moved
  aside the same way and the previous one is used. Only when no complete chain of files is left does
  loading refuse (StoreError) unless ``allow_partial=True``. A newer format version or a file that is
  not ours is refused with StoreError and left untouched.

One process writes a directory at a time; the store does not lock it.
"""

from __future__ import annotations

import asyncio
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

from ._log import get_logger
from .const import MAX_UPDATE_BYTES, STORE_COMPACT_EVERY
from .errors import StoreError

__all__ = ["FORMAT_VERSION", "MAX_SNAPSHOT_BYTES", "BoardStore", "LoadReport", "attach"]

log = get_logger("mesh.store")

FORMAT_VERSION = 1
MAGIC = b"MPXBOARD"
MAX_SNAPSHOT_BYTES = 1024 * 1024 * 1024  # a full board state; far above any real board (10k blocks ~2 MB)

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
    ) -> None:
        self.directory = Path(directory)
        self._compact_every = compact_every
        self._fsync = fsync
        self._max_update_bytes = max_update_bytes
        self._max_snapshot_bytes = max_snapshot_bytes
        self._lock = threading.Lock()  # guards the log handle between the loop and flush's worker thread
        self._flush_lock = asyncio.Lock()
        self._appended = 0  # records appended since open
        self._synced = 0  # records known fsynced
        self._since_compact = 0
        self._log_size = 0
        self._pending_error: StoreError | None = None
        self._loading = False
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
        self._gen = max((gen for _, gen in files), default=0)
        self._log = self._open_log(self._gen)

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
            # record, so it is rewritten (for the current log) or ignored (an older one).
            return
        magic, version, file_kind, _gen = head
        if magic != MAGIC or file_kind != kind:
            raise StoreError(f"{path} is not a multiplex board store file (bad header); refusing to use it")
        if version > FORMAT_VERSION:
            raise StoreError(
                f"{path} was written by a newer multiplex (store format {version}, this version reads "
                f"up to {FORMAT_VERSION}); refusing to load it, nothing was changed"
            )

    def _open_log(self, gen: int) -> _LogHandle:
        path = self._path("log", gen)
        try:
            size = path.stat().st_size if path.exists() else 0
            if size < _HEADER.size:
                with path.open("wb") as f:
                    f.write(_HEADER.pack(MAGIC, FORMAT_VERSION, _KIND_LOG, gen))
                    f.flush()
                    if self._fsync:
                        os.fsync(f.fileno())
                if self._fsync:
                    _fsync_dir(self.directory)
                size = _HEADER.size
            handle = FileIO(path, "ab")
        except OSError as exc:
            raise StoreError(f"cannot open board store log {path} for writing: {exc}") from exc
        self._log_size = size
        return _LogHandle(path, handle)

    # -- loading -----------------------------------------------------------------------------------
    def load_into(self, doc: Doc, *, allow_partial: bool = False) -> LoadReport:
        """Apply the snapshot and every valid log record to `doc`; damage is reported, not raised.

        Call it before `attach`. Raises StoreError only when no complete chain of files is left and
        `allow_partial` is False; nothing is deleted then (unreadable snapshots are renamed aside), so
        a person can still recover the files. After damage the store rewrites a clean snapshot.
        """
        self._require_open()
        files = self._files()
        gens = sorted({gen for _, gen in files})
        snaps = sorted((gen for kind, gen in files if kind == "snapshot"), reverse=True)
        corrupt: list[Path] = []
        base: int | None = None
        fell_back = False
        self._loading = True
        try:
            for gen in snaps:
                path = files[("snapshot", gen)]
                problem = self._apply_snapshot(doc, path)
                if problem is None:
                    base = gen
                    break
                fell_back = True
                target = _aside(path)
                log.warning("%s: %s; moved aside to %s, trying the previous generation", path, problem,
                            target.name)
                try:
                    os.replace(path, target)
                    corrupt.append(target)
                except OSError as exc:
                    raise StoreError(f"cannot move damaged snapshot {path} aside: {exc}") from exc
            partial = False
            if base is None:
                if gens and gens[0] != 0:
                    if not allow_partial:
                        raise StoreError(
                            f"board store {self.directory}: no readable snapshot is left and the logs "
                            f"start at generation {gens[0]}, so loading would lose edits; the files were "
                            f"left in place (damaged ones renamed *.corrupt-*); sync the board from "
                            f"another peer or load with allow_partial=True"
                        )
                    log.error("board store %s: loading a partial board, no readable snapshot", self.directory)
                    partial = True
                base_gen = gens[0] if gens else 0
            else:
                base_gen = base
            applied = skipped = truncated = 0
            for gen in gens:
                if gen < base_gen or ("log", gen) not in files:
                    continue
                a, s, t, copy = self._apply_log(doc, files[("log", gen)])
                applied, skipped, truncated = applied + a, skipped + s, truncated + t
                if copy is not None:
                    corrupt.append(copy)
                if gen == self._gen:
                    self._since_compact = a + s
        finally:
            self._loading = False
        if skipped or fell_back:
            log.warning("board store %s: rewriting a clean snapshot after damage", self.directory)
            self.compact(doc)
        return LoadReport(
            records_applied=applied, records_skipped=skipped, truncated_bytes=truncated,
            snapshot_generation=base, fell_back=fell_back, partial=partial, corrupt_copies=tuple(corrupt),
        )

    def _apply_snapshot(self, doc: Doc, path: Path) -> str | None:
        """Apply a snapshot; the reason it is unreadable, or None when it was applied."""
        try:
            buf = path.read_bytes()
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc}") from exc
        if len(buf) < _HEADER.size:
            return "snapshot shorter than its header"
        magic, _version, kind, _gen = _HEADER.unpack_from(buf)
        if magic != MAGIC or kind != _KIND_SNAPSHOT:
            return "snapshot has a damaged header"
        data = _record_at(buf, _HEADER.size, self._max_snapshot_bytes)
        if data is None:
            return "snapshot record is truncated or fails its CRC"
        try:
            doc.apply_update(data)
        except ValueError as exc:
            return f"snapshot does not decode ({exc})"
        return None

    def _apply_log(self, doc: Doc, path: Path) -> tuple[int, int, int, Path | None]:
        """Apply one log; returns (applied, skipped, truncated bytes, copy of the damaged original)."""
        try:
            buf = path.read_bytes()
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc}") from exc
        applied = skipped = 0
        copy: Path | None = None
        end = len(buf)  # where the file is cut after the last good record, if that is short of its size
        pos = _HEADER.size
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
        with self._lock:
            current = path == self._log.path
            if current:
                self._log.file.close()
            try:
                with path.open("r+b") as f:
                    f.truncate(size)
                    if self._fsync:
                        os.fsync(f.fileno())
            except OSError as exc:
                raise StoreError(f"cannot truncate {path}: {exc}") from exc
            finally:
                if current:
                    self._log = self._open_log(self._gen)

    # -- writing -----------------------------------------------------------------------------------
    def append(self, update: bytes) -> None:
        """Write one update as a record; it survives SIGKILL once this returns (power loss: `flush`)."""
        self._require_open()
        if not update:
            return
        if len(update) > self._max_update_bytes:
            raise StoreError(
                f"{self._log.path}: update of {len(update)} bytes exceeds max_update_bytes "
                f"({self._max_update_bytes}); compact() persists it as part of a snapshot"
            )
        record = _record(update)
        try:
            view = memoryview(record)
            while view:
                n = self._log.file.write(view)
                view = view[n or 0 :]
        except OSError as exc:
            self._undo_partial_write()
            raise StoreError(f"cannot append to {self._log.path}: {exc}") from exc
        self._log_size += len(record)
        self._appended += 1
        self._since_compact += 1

    def _undo_partial_write(self) -> None:
        """Cut a half-written record off so later appends do not land behind garbage."""
        try:
            self._log.file.truncate(self._log_size)
        except OSError:
            log.exception("%s: could not cut off a failed write; the next load will skip it", self._log.path)

    async def flush(self) -> None:
        """Fsync in a worker thread; every update appended before the call is then acknowledged."""
        target = self._appended
        self._raise_pending()
        if not self._fsync:
            self._synced = max(self._synced, target)
            return
        async with self._flush_lock:  # callers queue here; one fsync acknowledges all of them
            if self._synced >= target:
                return
            seq = self._appended
            await asyncio.to_thread(self._fsync_log)
            self._synced = max(self._synced, seq)

    def flush_sync(self) -> None:
        """`flush` for code without an event loop (tests, the CLI, shutdown)."""
        self._raise_pending()
        seq = self._appended
        if self._fsync:
            self._fsync_log()
        self._synced = max(self._synced, seq)

    def _fsync_log(self) -> None:
        with self._lock:
            self._require_open()
            try:
                os.fsync(self._log.file.fileno())
            except OSError as exc:
                raise StoreError(f"cannot fsync {self._log.path}: {exc}") from exc

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
        new_gen = self._gen + 1
        snap = self._path("snapshot", new_gen)
        tmp = snap.with_name(snap.name + ".tmp")
        # 1. New log first: from here on a crash leaves snapshot G + log G + log N, which is complete.
        with self._lock:
            old = self._log
            if self._fsync:
                try:
                    os.fsync(old.file.fileno())
                except OSError as exc:
                    raise StoreError(f"cannot fsync {old.path}: {exc}") from exc
            self._log = self._open_log(new_gen)
            self._gen = new_gen
            old.file.close()
        since, self._since_compact = self._since_compact, 0
        # 2. The snapshot, atomically.
        state = doc.get_update()
        try:
            if len(state) > self._max_snapshot_bytes:
                raise StoreError(f"{snap}: board state of {len(state)} bytes exceeds max_snapshot_bytes")
            with tmp.open("wb") as f:
                f.write(_HEADER.pack(MAGIC, FORMAT_VERSION, _KIND_SNAPSHOT, new_gen))
                f.write(_record(state))
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
        # 3. Drop generations older than the previous snapshot, which stays as a fallback.
        files = self._files()
        older = [gen for kind, gen in files if kind == "snapshot" and gen < new_gen]
        keep_from = max(older) if older else min(gen for _, gen in files)
        for (_kind, gen), path in files.items():
            if gen < keep_from:
                try:
                    path.unlink()
                except OSError as exc:  # harmless: an extra old generation is never read
                    log.warning("could not remove old store file %s: %s", path, exc)
        if self._fsync:
            _fsync_dir(self.directory)
        log.debug("compacted %s to generation %d (%d bytes)", self.directory, new_gen, len(state))

    def close(self) -> None:
        """Fsync and close; idempotent."""
        with self._lock:
            if self._log.file.closed:
                return
            try:
                if self._fsync:
                    os.fsync(self._log.file.fileno())
            except OSError as exc:
                log.warning("cannot fsync %s on close: %s", self._log.path, exc)
            finally:
                self._log.file.close()

    def __enter__(self) -> BoardStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _require_open(self) -> None:
        if self._log.file.closed:
            raise StoreError(f"board store {self.directory} is closed")

    @property
    def generation(self) -> int:
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
        return total


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
