"""The board's gen.art as one zip: every take of every shot in sequence order, plus ``manifest.json``
(what each file is, which shot and intent it belongs to, whether it is the chosen take, its hash and its
provenance) and ``timeline.otio`` pointing at the files inside the zip, so the bundle stands on its own.
"""

from __future__ import annotations

import json
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flows.deliverables.shots import Shot, Take

__all__ = ["MANIFEST", "write_zip"]

MANIFEST = "manifest.json"
EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp", "video/mp4": ".mp4",
              "video/webm": ".webm", "audio/wav": ".wav", "audio/mpeg": ".mp3"}

Progress = Callable[[float, str], None]


def _member(shot: Shot, take: Take) -> str:
    ext = EXTENSIONS.get(take.mime) or (take.path.suffix if take.path else "") or ".bin"
    safe_number = "".join(c if c.isalnum() else "-" for c in shot.number) or str(shot.index + 1)
    return f"{shot.index + 1:03d}_shot-{safe_number}/{take.stage}-{take.gen_art_id}{ext}"


def write_zip(shots: list[Shot], takes: dict[str, list[Take]], out: Path, *, board_name: str,
              progress: Progress | None = None) -> dict[str, Any]:
    """Write the zip; `takes` maps an intent id to all its takes. Returns the manifest.

    A take whose file is not on this peer is listed with ``"file": null`` (a manifest that silently
    dropped it would read as if the shot had never rendered).
    """
    entries: list[dict[str, Any]] = []
    members: dict[str, str] = {}
    total = max(sum(len(takes.get(s.intent_id, [])) for s in shots), 1)
    done = 0
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive:
        for shot in shots:
            chosen = {t.gen_art_id for t in (shot.still, shot.clip) if t is not None}
            for take in takes.get(shot.intent_id, []):
                name = _member(shot, take) if take.path is not None and take.path.is_file() else None
                if name is not None:
                    # media is already compressed: stored, not deflated (faster, and no bigger)
                    archive.write(take.path, name)  # type: ignore[arg-type]
                    members[take.gen_art_id] = name
                entries.append({"file": name, "shot": shot.number, "intent": shot.intent_id,
                                "chosen": take.gen_art_id in chosen, **take.provenance()})
                done += 1
                if progress is not None:
                    progress(done / total, f"shot {shot.number}: {take.stage}")
        manifest = {
            "board": board_name, "exported": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "format": "multiplex-gen-art/1",
            "shots": [{"shot": s.number, "intent": s.intent_id, "title": s.title, "duration_s": s.duration_s,
                       "still": s.still.gen_art_id if s.still else None,
                       "clip": s.clip.gen_art_id if s.clip else None} for s in shots],
            "files": entries,
        }
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False), zipfile.ZIP_DEFLATED)
        try:
            import opentimelineio as otio

            from flows.deliverables.otio import build_timeline
        except ImportError:
            pass
        else:
            timeline = build_timeline(shots, name=board_name, media_url=lambda t: members.get(t.gen_art_id))
            archive.writestr("timeline.otio", otio.adapters.write_to_string(timeline, "otio_json"),
                             zipfile.ZIP_DEFLATED)
    return manifest
