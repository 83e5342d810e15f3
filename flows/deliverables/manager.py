"""Exports in flight: start one from a board, follow its progress, hand over the file.

Shared by everything that offers exports (the peer's local API, the canvas, the relay's MCP tool), so they
build, report and clean up alike. `start` copies the board into a `Snapshot` on the event loop (the
document is not thread-safe), then builds the file in a worker thread; the caller gets an `Export` at once
and reads its `fraction`/`message` while it runs. Files live in a temporary folder per export; only the
newest `keep` finished ones are kept, and at most `max_running` build at once (an animatic is CPU-heavy:
on an internet-facing relay this is what stops one caller from starting a hundred).
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flows.deliverables import EXTENSIONS, KINDS, ExportError, Snapshot, build, snapshot
from flows.deliverables.shots import AssetPath
from mesh._log import get_logger
from mesh.model.board import Board, new_id

__all__ = ["Export", "ExportBusy", "Exports"]

log = get_logger("flows.deliverables.manager")

OnDone = Callable[["Export"], Awaitable[None] | None]  # after a successful build, before it reads "done"


class ExportBusy(ExportError):
    """Too many exports are building right now; try again when one finishes."""


@dataclass
class Export:
    """One export: its state while it builds, then its file."""

    id: str
    kind: str
    board: str
    folder: Path
    path: Path
    state: str = "running"  # running | done | failed | cancelled
    fraction: float = 0.0
    message: str = "starting"
    error: str = ""
    summary: dict[str, Any] = field(default_factory=dict)
    stop: threading.Event = field(default_factory=threading.Event)
    finished: asyncio.Event = field(default_factory=asyncio.Event)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "board": self.board, "state": self.state,
                "fraction": round(self.fraction, 4), "message": self.message, "error": self.error,
                "summary": self.summary, "filename": self.path.name}


def safe_filename(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name)[:60] or "board"


class Exports:
    """The exports of one process (or one server within it)."""

    def __init__(self, *, keep: int = 8, max_running: int = 4) -> None:
        self.keep = keep
        self.max_running = max_running
        self._exports: dict[str, Export] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def running(self, board: str | None = None) -> int:
        return sum(1 for e in self._exports.values() if e.state == "running" and board in (None, e.board))

    def start(self, board: Board, board_name: str, kind: str, asset_path: AssetPath, *,
              options: dict[str, Any] | None = None, on_done: OnDone | None = None,
              snap: Snapshot | None = None) -> Export:
        """Start building; call on the thread that owns `board` (the event loop). ExportError for an
        unknown kind, bad options shape, an empty sequence or too many running."""
        if kind not in KINDS:
            raise ExportError(f"kind must be one of {', '.join(KINDS)}, not {kind!r:.40}")
        if options is not None and not isinstance(options, dict):
            raise ExportError("options must be an object")
        if self.running() >= self.max_running:
            raise ExportBusy(f"{self.max_running} exports are building already; try again when one finishes")
        snap = snap if snap is not None else snapshot(board, asset_path)
        if not snap.shots:
            raise ExportError("the sequence has no shots: add scene intents to the storyboard first")
        folder = Path(tempfile.mkdtemp(prefix="multiplex-export-"))
        export = Export(new_id("ex"), kind, board_name, folder,
                        folder / f"{safe_filename(board.name or board_name)}{EXTENSIONS[kind]}")
        self._exports[export.id] = export
        task = asyncio.get_running_loop().create_task(self._run(export, snap, dict(options or {}), on_done))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return export

    def get(self, export_id: str) -> Export | None:
        return self._exports.get(export_id) if isinstance(export_id, str) else None

    def cancel(self, export_id: str) -> Export | None:
        export = self.get(export_id)
        if export is not None:
            export.stop.set()
        return export

    def close(self) -> None:
        """Stop what runs and delete every file (process shutdown, tests)."""
        for export in self._exports.values():
            export.stop.set()
            shutil.rmtree(export.folder, ignore_errors=True)
        self._exports.clear()

    async def _run(self, export: Export, snap: Snapshot, options: dict[str, Any], on_done: OnDone | None) -> None:
        def progress(fraction: float, message: str) -> None:  # called from the worker thread
            export.fraction, export.message = max(export.fraction, fraction), message

        try:
            export.summary = await asyncio.to_thread(build, export.kind, snap, export.path, options=options,
                                                     progress=progress, stop=export.stop)
            if on_done is not None:  # before "done": whoever polls sees the file and what it was kept as
                export.message = "keeping"
                result = on_done(export)
                if result is not None:
                    await result
            export.state, export.fraction, export.message = "done", 1.0, "done"
        except ExportError as exc:
            export.state = "cancelled" if export.stop.is_set() else "failed"
            export.error = str(exc)
        except Exception as exc:  # a bug must be reported to whoever asked, and the process keeps running
            log.exception("export %s (%s) failed", export.id, export.kind)
            export.state, export.error = "failed", f"{type(exc).__name__}: {exc}"
        export.finished.set()
        self._prune()

    def _prune(self) -> None:
        finished = [e for e in self._exports.values() if e.state != "running"]
        for old in finished[:max(0, len(finished) - self.keep)]:
            self._exports.pop(old.id, None)
            shutil.rmtree(old.folder, ignore_errors=True)
