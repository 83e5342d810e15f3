"""Deliverables: what leaves a board in the forms film, TV and animation people use.

`snapshot(board, asset_path)` reads the board (on the thread that owns it); `build(kind, snap, out, ...)`
writes one file from that snapshot and may run in a worker thread. Kinds:

    pdf       storyboard sheets, 3 or 6 panels a landscape page           (pdf.py, ReportLab)
    animatic  the chosen clips in order as one H.264/AAC MP4               (animatic.py, PyAV)
    csv       the shot list                                                (csv.py)
    otio      an OpenTimelineIO timeline with each clip's provenance       (otio.py)
    fcp7      Final Cut Pro 7 / Premiere / Resolve XML through OTIO's fcp_xml adapter
    fcpxml    Final Cut Pro X XML through OTIO's fcpx_xml adapter
    edl       CMX 3600 EDL through OTIO's cmx_3600 adapter
    zip       every take's file with manifest.json and timeline.otio       (archive.py)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flows.deliverables.shots import AssetPath, ExportError, Shot, Take, collect, takes_of
from mesh.model.board import Board

__all__ = ["EXTENSIONS", "KINDS", "MIMES", "ExportError", "Snapshot", "build", "snapshot"]

KINDS = ("pdf", "animatic", "csv", "otio", "fcp7", "fcpxml", "edl", "zip")
EXTENSIONS = {"pdf": ".pdf", "animatic": ".mp4", "csv": ".csv", "otio": ".otio", "fcp7": ".xml",
              "fcpxml": ".fcpxml", "edl": ".edl", "zip": ".zip"}
MIMES = {"pdf": "application/pdf", "animatic": "video/mp4", "csv": "text/csv", "otio": "application/json",
         "fcp7": "application/xml", "fcpxml": "application/xml", "edl": "text/plain", "zip": "application/zip"}

Progress = Callable[[float, str], None]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything an export needs, copied off the document."""

    board_name: str
    shots: list[Shot]
    takes: dict[str, list[Take]] = field(default_factory=dict)  # intent id -> all its takes (for zip)


def snapshot(board: Board, asset_path: AssetPath) -> Snapshot:
    shots = collect(board, asset_path)
    return Snapshot(board.name, shots, takes_of(board, shots, asset_path))


def build(kind: str, snap: Snapshot, out: Path, *, options: dict[str, Any] | None = None,
          progress: Progress | None = None, stop: threading.Event | None = None) -> dict[str, Any]:
    """Write one deliverable to `out`; returns a short summary (pages, seconds, shots). ExportError names a
    kind, an option or a missing package."""
    options = dict(options or {})
    if kind not in KINDS:
        raise ExportError(f"unknown export {kind!r} (one of: {', '.join(KINDS)})")
    if not snap.shots:
        raise ExportError("the sequence has no shots: add scene intents to the storyboard first")
    out = Path(out)
    summary: dict[str, Any] = {"kind": kind, "shots": len(snap.shots), "path": str(out)}
    if kind == "pdf":
        from flows.deliverables.pdf import write_pdf

        summary["pages"] = write_pdf(snap.shots, out, board_name=snap.board_name,
                                     per_page=_int(options, "per_page", 6), page_size=str(options.get("page", "a4")),
                                     progress=progress)
    elif kind == "animatic":
        from flows.deliverables.animatic import write_animatic

        summary["duration_s"] = write_animatic(
            snap.shots, out, size=(_int(options, "width", 1280), _int(options, "height", 720)),
            fps=_int(options, "fps", 24), burn_in=bool(options.get("burn_in", False)), progress=progress, stop=stop)
    elif kind == "csv":
        from flows.deliverables.csv import write_csv

        write_csv(snap.shots, out)
    elif kind == "zip":
        from flows.deliverables.archive import write_zip

        manifest = write_zip(snap.shots, snap.takes, out, board_name=snap.board_name, progress=progress)
        summary["files"] = sum(1 for f in manifest["files"] if f["file"])
        summary["missing"] = sum(1 for f in manifest["files"] if not f["file"])
    else:
        from flows.deliverables.otio import write_timeline

        write_timeline(snap.shots, kind, out, name=snap.board_name)
    if progress is not None:
        progress(1.0, "done")
    return summary


def _int(options: dict[str, Any], key: str, default: int) -> int:
    value = options.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise ExportError(f"option {key} must be a whole number, not {value!r}")
    return int(value)
