"""Turn a job on the board into a backend-neutral `RenderRequest` (and check its inputs are here).

The prompt is the intent's text plus its note comps (style notes feed the prompt); the still of a clip
is the first finished output of the still job; a reference-image comp becomes the still's input image.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from mesh.errors import AssetError, MultiplexError
from mesh.model.board import Board, Comp, GenArt, Intent, VisualNarration
from mesh.model.jobs import ClaimView, Job, job
from mesh.storage.assets import AssetStore, short_hash
from peers.errors import InputError, RenderFailed

from .backends.base import RenderRequest

__all__ = ["InputNotHere", "build_request", "input_asset", "input_run", "visual_request"]

PANEL_FIELDS = ("title", "scene_no", "shot_no", "shot_size", "angle", "camera_move", "lens", "action",
                "dialogue", "sound", "transition")


class InputNotHere(MultiplexError):
    """The job's input asset is not on this peer (yet): a wait or a fetch, never the job's or peer's fault."""


def input_asset(board: Board, j: Job) -> str:
    """The asset hash a job needs as input ('' when it needs none)."""
    if j.stage == "still":
        return str(j.params.get("ref") or "")
    source = input_run(board, j)
    return source[2] if source is not None else ""


def input_run(board: Board, j: Job) -> tuple[Job, ClaimView, str] | None:
    """The dependency run whose output a job starts from: (dependency, its finished claim, asset hash)."""
    for dep_id in j.deps:
        dep = job(board, dep_id)
        if dep is None:
            continue
        for claim in dep.claims():
            if not claim.finished:
                continue
            for art_id in claim.outputs:
                art = board.block(art_id)
                if isinstance(art, GenArt) and art.asset:
                    return dep, claim, art.asset
    return None


def build_request(board: Board, j: Job, assets: AssetStore) -> RenderRequest:
    if j.visual:
        return visual_request(board, j)
    intent = board.intent(j.intent_id)
    params = j.params
    notes = [c.text.strip() for c in board.comps_of(intent.id) if isinstance(c, Comp) and c.sub == "note"]
    prompt = ". ".join(p for p in [intent.description.strip() or intent.title, *notes] if p)
    panel = {"sub": intent.sub, **{name: intent.get(name) for name in PANEL_FIELDS}}
    panel["notes"] = str(intent.get("notes") or "")
    seed = params.get("seed")
    if seed is None:  # stable per intent, so re-rendering gives the same take unless asked otherwise
        seed = int.from_bytes(hashlib.sha256(intent.id.encode()).digest()[:4], "big")
    needed = input_asset(board, j)
    input_image: Path | None = None
    if needed:
        try:
            input_image = assets.path(needed)
        except AssetError as exc:
            raise InputNotHere(f"input {short_hash(needed)} is not on this peer yet: {exc}") from exc
    elif j.stage == "clip":
        raise RenderFailed("the still this clip starts from has no output")
    try:
        return _request(j, intent, params, prompt, panel, int(seed), input_image)
    except (TypeError, ValueError) as exc:  # params written by another replica may be malformed
        raise InputError(f"the job's parameters are malformed ({exc}); render the intent again") from exc


def visual_request(board: Board, j: Job) -> RenderRequest:
    """The still the narrator asked for: its prompt and caption are in the job, its target is a
    visual-narration block (gone: the job fails as bad input, on any peer alike)."""
    if not isinstance(board.block(j.intent_id), VisualNarration):
        raise InputError("the visual-narration block this illustration was for is gone")
    params = j.params
    prompt = str(params.get("prompt") or "").strip()
    if not prompt:
        raise InputError("the visual narration has no image prompt")
    panel = {"sub": "scene", **{name: "" for name in PANEL_FIELDS}, "notes": ""}
    panel["title"] = str(params.get("caption") or prompt)[:80]
    panel["action"] = prompt
    seed = int.from_bytes(hashlib.sha256(f"{j.id}".encode()).digest()[:4], "big")
    try:
        return RenderRequest(job_id=j.id, stage="still", prompt=prompt, seed=seed,
                             width=int(params.get("width", 768)), height=int(params.get("height", 432)),
                             panel=panel, params=params)
    except (TypeError, ValueError) as exc:
        raise InputError(f"the visual narration's parameters are malformed ({exc})") from exc


def _request(j: Job, intent: Intent, params: dict[str, Any], prompt: str, panel: dict[str, Any], seed: int,
             input_image: Path | None) -> RenderRequest:
    return RenderRequest(
        job_id=j.id,
        stage=j.stage,
        prompt=prompt,
        negative=str(params.get("negative", "")),
        seed=seed,
        width=int(params.get("width", 1280)),
        height=int(params.get("height", 720)),
        duration_s=float(params.get("duration_s", intent.duration_s)),
        fps=int(params.get("fps", 16)),
        model=params.get("model"),
        workflow=params.get("workflow"),
        input_image=input_image,
        panel=panel,
        params=params,
    )
