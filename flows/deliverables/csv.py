"""The shot list as CSV: one row per shot in sequence order, the columns a 1st AD's spreadsheet has."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from flows.deliverables.shots import Shot

__all__ = ["COLUMNS", "shot_list_csv", "write_csv"]

COLUMNS = ("shot", "scene", "title", "description", "kind", "shot_size", "angle", "camera_move", "lens",
           "duration_s", "start_s", "cut_in_s", "cut_out_s", "action", "dialogue", "sound", "transition", "notes",
           "comp_notes",
           "still", "clip", "seed", "model", "workflow", "machine", "intent_id")


def shot_list_csv(shots: list[Shot]) -> str:
    """The CSV text: `duration_s` is the shot's length in the cut, `start_s` where it starts there, and
    `cut_in_s`/`cut_out_s` the in and out points inside the rendered take."""
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for s in shots:
        take = s.clip or s.still
        writer.writerow({
            "shot": s.number, "scene": s.scene_no, "title": s.title, "description": s.description, "kind": s.sub,
            "shot_size": s.camera.get("shot_size", ""), "angle": s.camera.get("angle", ""),
            "camera_move": s.camera.get("camera_move", ""), "lens": s.camera.get("lens", ""),
            "duration_s": f"{s.edit_s:g}", "start_s": f"{s.start_s:g}",
            "cut_in_s": f"{s.cut_in:g}", "cut_out_s": f"{s.cut_out:g}", "action": s.action, "dialogue": s.dialogue,
            "sound": s.sound, "transition": s.transition, "notes": s.notes, "comp_notes": " | ".join(s.comp_notes),
            "still": s.still.gen_art_id if s.still else "", "clip": s.clip.gen_art_id if s.clip else "",
            "seed": take.seed if take else "", "model": take.model if take else "",
            "workflow": take.workflow if take else "", "machine": take.machine if take else "",
            "intent_id": s.intent_id,
        })
    return buf.getvalue()


def write_csv(shots: list[Shot], out: Path) -> None:
    """UTF-8 with a byte-order mark, so Excel opens accented names correctly (LibreOffice ignores it)."""
    Path(out).write_text(shot_list_csv(shots), encoding="utf-8-sig", newline="")
