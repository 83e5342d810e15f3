"""Export routes of the local API: build a deliverable (PDF, animatic, CSV, timelines, zip) on this peer.

``POST /api/boards/{board}/exports`` copies the board into a snapshot on the event loop (the document is not
thread-safe), then builds the file in a worker thread and answers at once with an export id; ``GET
/api/exports/{id}`` reports its progress, ``GET /api/exports/{id}/file`` hands the finished file over. Files
live in a temporary folder; only the last few exports are kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse

from flows.deliverables import MIMES, ExportError
from flows.deliverables.manager import Export, ExportBusy, Exports
from mesh._log import get_logger
from mesh.storage.assets import AssetStore
from mesh.storage.hub import BoardHub

__all__ = ["add_export_routes"]

log = get_logger("multiplex.api_export")
KEEP = 8  # finished exports kept for download; older ones are deleted


def add_export_routes(router: APIRouter, hub: BoardHub, assets: AssetStore, body: Any, board_of: Any,
                      user_of: Any, *, exports: Exports | None = None) -> Exports:
    """Add the routes to the API router (so they share its token check and error shapes)."""
    exports = exports or Exports(keep=KEEP)

    def asset_path(sha: str) -> Path | None:
        try:
            return assets.path(sha) if assets.has(sha) else None
        except Exception:  # a malformed hash written by another replica: that take is just not here
            return None

    @router.post("/boards/{board}/exports")
    async def start_export(board: str, request: Request) -> dict[str, Any]:
        data = await body(request)
        b = board_of(hub, board)
        options = data.get("options")
        user_of(data)
        try:
            export = exports.start(b, board, data.get("kind"), asset_path, options=options)
        except ExportBusy as exc:
            raise HTTPException(429, str(exc)) from None
        except ExportError as exc:
            raise HTTPException(400, str(exc)) from None
        return export.to_dict()

    def find(export_id: str) -> Export:
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

    return exports
