"""Export routes of the local API: build a deliverable (PDF, animatic, CSV, timelines, zip) on this peer.

``POST /api/boards/{board}/exports`` copies the board into a snapshot on the event loop (the document is not
thread-safe), then builds the file in a worker thread and answers at once with an export id; ``GET
/api/exports/{id}`` reports its progress, ``GET /api/exports/{id}/file`` hands the finished file over. Files
live in a temporary folder; only the last few exports are kept.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse

from flows.deliverables import EXTENSIONS, KINDS, MIMES, ExportError, build, snapshot
from mesh._log import get_logger
from mesh.model.board import new_id
from mesh.storage.assets import AssetStore
from mesh.storage.hub import BoardHub

__all__ = ["add_export_routes"]

log = get_logger("multiplex.api_export")
KEEP = 8  # finished exports kept for download; older ones are deleted


@dataclass
class _Export:
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

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "board": self.board, "state": self.state,
                "fraction": round(self.fraction, 4), "message": self.message, "error": self.error,
                "summary": self.summary, "filename": self.path.name}


def add_export_routes(router: APIRouter, hub: BoardHub, assets: AssetStore, body: Any, board_of: Any,
                      user_of: Any) -> None:
    """Add the routes to the API router (so they share its token check and error shapes)."""
    exports: dict[str, _Export] = {}
    tasks: set[asyncio.Task[None]] = set()

    def asset_path(sha: str) -> Path | None:
        try:
            return assets.path(sha) if assets.has(sha) else None
        except Exception:  # a malformed hash written by another replica: that take is just not here
            return None

    def prune() -> None:
        finished = [e for e in exports.values() if e.state != "running"]
        for old in finished[:max(0, len(finished) - KEEP)]:
            exports.pop(old.id, None)
            shutil.rmtree(old.folder, ignore_errors=True)

    async def run(export: _Export, snap: Any, options: dict[str, Any]) -> None:
        def progress(fraction: float, message: str) -> None:  # called from the worker thread
            export.fraction, export.message = max(export.fraction, fraction), message

        try:
            export.summary = await asyncio.to_thread(build, export.kind, snap, export.path, options=options,
                                                     progress=progress, stop=export.stop)
            export.state, export.fraction, export.message = "done", 1.0, "done"
        except ExportError as exc:
            export.state = "cancelled" if export.stop.is_set() else "failed"
            export.error = str(exc)
        except Exception as exc:  # a bug must be reported to whoever asked, and the peer keeps running
            log.exception("export %s (%s) failed", export.id, export.kind)
            export.state, export.error = "failed", f"{type(exc).__name__}: {exc}"
        prune()

    @router.post("/boards/{board}/exports")
    async def start_export(board: str, request: Request) -> dict[str, Any]:
        data = await body(request)
        b = board_of(hub, board)
        kind = data.get("kind")
        if kind not in KINDS:
            raise HTTPException(400, f"kind must be one of {', '.join(KINDS)}, not {kind!r:.40}")
        options = data.get("options")
        options = {} if options is None else options
        if not isinstance(options, dict):
            raise HTTPException(400, "options must be an object")
        user_of(data)
        snap = snapshot(b, asset_path)
        if not snap.shots:
            raise HTTPException(400, "the sequence has no shots: add scene intents to the storyboard first")
        folder = Path(tempfile.mkdtemp(prefix="multiplex-export-"))
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in (b.name or board))[:60] or "board"
        export = _Export(new_id("ex"), kind, board, folder, folder / f"{safe}{EXTENSIONS[kind]}")
        exports[export.id] = export
        task = asyncio.create_task(run(export, snap, options))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        return export.to_dict()

    def find(export_id: str) -> _Export:
        export = exports.get(export_id)
        if export is None:
            raise HTTPException(404, f"no export {export_id!r} on this peer (finished ones are kept {KEEP} deep)")
        return export

    @router.get("/exports/{export_id}")
    async def export_state(export_id: str) -> dict[str, Any]:
        return find(export_id).to_dict()

    @router.post("/exports/{export_id}/cancel")
    async def cancel_export(export_id: str) -> dict[str, Any]:
        export = find(export_id)
        export.stop.set()
        return export.to_dict()

    @router.get("/exports/{export_id}/file")
    async def export_file(export_id: str) -> FileResponse:
        export = find(export_id)
        if export.state != "done":
            why = f": {export.error}" if export.error else ""
            raise HTTPException(409, f"export {export_id} is {export.state}{why}")
        return FileResponse(export.path, media_type=MIMES[export.kind], filename=export.path.name)
