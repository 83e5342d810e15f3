"""The board read once into plain shot records that every deliverable is built from.

Reading the board (a pycrdt document) must happen on the thread that owns it, while building a PDF or
encoding an animatic takes seconds to minutes in a worker thread. So `collect` copies what the exports
need — order, numbers, intent text, camera fields, durations, the chosen takes and their provenance —
into frozen dataclasses, and the builders never touch the document.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from mesh.errors import MultiplexError
from mesh.model import sequence
from mesh.model.board import Board, Comp, GenArt, Intent
from mesh.model.jobs import job

__all__ = ["AssetPath", "ExportError", "Shot", "Take", "collect", "is_audio_comp", "takes_of"]

AssetPath = Callable[[str], Path | None]  # sha256 -> the local file, or None when not on this peer


class ExportError(MultiplexError):
    """An export that cannot be built (unknown kind, nothing in the sequence, a missing adapter)."""


@dataclass(frozen=True, slots=True)
class Take:
    """One gen.art file with where it came from (what an editor or a later re-render needs)."""

    gen_art_id: str
    stage: str
    asset: str
    mime: str
    path: Path | None  # None: the file is not on this peer
    width: int
    height: int
    duration_s: float
    job_id: str
    prompt: str
    seed: int | None
    model: str
    workflow: str
    machine: str
    backend: str

    def provenance(self) -> dict[str, Any]:
        """The JSON-safe facts about this take (paths excluded: they differ on every machine)."""
        out = asdict(self)
        out.pop("path")
        return out


@dataclass(frozen=True, slots=True)
class Shot:
    """One intent in sequence order, as the deliverables show it."""

    index: int  # 0-based position in the sequence
    number: str  # what the sheet and the burn-in print: "12", "3A", "2/4" (scene/shot)
    intent_id: str
    sub: str
    title: str
    description: str
    scene_no: str
    shot_no: str
    camera: dict[str, str]  # shot_size, angle, camera_move, lens (empty ones left out)
    action: str
    dialogue: str
    sound: str
    transition: str
    notes: str  # the intent's own notes field
    comp_notes: tuple[str, ...]  # the text of its note comps
    duration_s: float  # the rendered (or to-be-rendered) length
    cut_in: float  # the edit's in point, seconds into the take
    cut_out: float  # the edit's out point (resolved: never 0, at most duration_s)
    start_s: float  # where the shot starts in the edit
    still: Take | None = None
    clip: Take | None = None
    audio: tuple[Path, ...] = ()  # the files of its audio comps (voice notes, dropped sounds) on this peer

    @property
    def prompt(self) -> str:
        return ". ".join(p for p in [self.description.strip() or self.title, *self.comp_notes] if p)

    @property
    def edit_s(self) -> float:
        """How long the shot plays in the cut; the rest of the take is handles."""
        return self.cut_out - self.cut_in

    @property
    def camera_line(self) -> str:
        return " · ".join(v for v in self.camera.values() if v)


CAMERA_FIELDS = ("shot_size", "angle", "camera_move", "lens")


def collect(board: Board, asset_path: AssetPath) -> list[Shot]:
    """The sequence's shots (order, numbers, lengths and cut points from `mesh.model.sequence`) as
    records; call it on the thread that owns the board."""
    out = []
    for s in sequence.shots(board):
        intent = board.intent(s.intent_id)
        notes = tuple(c.text.strip() for c in board.comps_of(intent.id)
                      if isinstance(c, Comp) and c.sub == "note" and c.text.strip())
        prompt = ". ".join(p for p in [intent.description.strip() or intent.title, *notes] if p)
        takes = {}
        for stage, take_id in (("still", s.still_id), ("clip", s.clip_id)):
            art = board.block(take_id) if take_id else None
            takes[stage] = _take(board, art, intent, prompt, asset_path) if isinstance(art, GenArt) else None
        out.append(Shot(
            index=s.index, number=s.number, intent_id=s.intent_id, sub=s.sub, title=s.title,
            description=s.description, scene_no=s.scene_no, shot_no=str(intent.get("shot_no") or ""),
            camera={k: str(intent.get(k) or "") for k in CAMERA_FIELDS if intent.get(k)},
            action=str(intent.get("action") or ""), dialogue=s.dialogue, sound=str(intent.get("sound") or ""),
            transition=s.transition, notes=str(intent.get("notes") or ""), comp_notes=notes,
            duration_s=s.duration_s, cut_in=s.cut_in, cut_out=s.cut_out, start_s=s.start_s,
            still=takes["still"], clip=takes["clip"], audio=_audio_comps(board, intent, asset_path),
        ))
    return out


def is_audio_comp(comp: Comp) -> bool:
    """A comp whose file is sound: a voice note, or any comp holding an audio file."""
    mime = str(comp.get("mime") or "")
    return bool(comp.asset) and (comp.sub == "voice" or mime.startswith("audio/"))


def _audio_comps(board: Board, intent: Intent, asset_path: AssetPath) -> tuple[Path, ...]:
    """The local files of an intent's audio comps, oldest first (the animatic mixes them in)."""
    comps = sorted((c for c in board.comps_of(intent.id) if isinstance(c, Comp) and is_audio_comp(c)),
                   key=lambda c: (str(c.get("created")), c.id))
    paths = (asset_path(c.asset) for c in comps)
    return tuple(p for p in paths if p is not None)


def takes_of(board: Board, shots: list[Shot], asset_path: AssetPath) -> dict[str, list[Take]]:
    """Every take of each shot (not only the chosen ones), for the gen.art zip."""
    out: dict[str, list[Take]] = {}
    for s in shots:
        intent = board.intent(s.intent_id)
        out[s.intent_id] = [_take(board, art, intent, s.prompt, asset_path)
                            for art in sorted(board.gen_art_of(s.intent_id), key=lambda a: str(a.get("created")))]
    return out


def _take(board: Board, art: GenArt, intent: Intent, prompt: str, asset_path: AssetPath) -> Take:
    j = job(board, art.job_id) if art.job_id else None
    params = j.params if j is not None else {}
    seed = params.get("seed")
    if not isinstance(seed, int | float) or isinstance(seed, bool):  # the renderer's default: stable per intent
        seed = int.from_bytes(hashlib.sha256(intent.id.encode()).digest()[:4], "big")
    path = asset_path(art.asset) if art.asset else None
    return Take(
        gen_art_id=art.id, stage=str(art.get("stage") or art.sub), asset=art.asset, mime=str(art.get("mime") or ""),
        path=path, width=int(art.get("width") or 0), height=int(art.get("height") or 0),
        duration_s=float(art.get("duration_s") or 0.0), job_id=art.job_id, prompt=prompt, seed=int(seed),
        model=str(params.get("model") or art.get("backend") or ""), workflow=str(params.get("workflow") or ""),
        machine=str(art.get("peer_id") or ""), backend=str(art.get("backend") or ""),
    )
