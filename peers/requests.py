"""Turn a job on the board into a backend-neutral `RenderRequest` (and check its inputs are here).

The prompt is the intent's text plus its note comps (style notes feed the prompt). Each input the plan
named (`Job.inputs`) becomes a local file: a comp's asset, a take, or the take of the job it waited for —
the take the person chose when that is one of the job's, otherwise the job's first finished take. What a
take was made from is fingerprinted (`input_fingerprint`) so an unchanged stage is not rendered again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mesh.errors import AssetError, MultiplexError
from mesh.model.board import Board, GenArt, Intent, VisualNarration
from mesh.model.jobs import (
    PANEL_FIELDS,
    ClaimView,
    Job,
    default_seed,
    fingerprint,
    intent_panel,
    intent_prompt,
    job,
)
from mesh.model.pipelines import REQUIRED_ROLES
from mesh.storage.assets import AssetStore, short_hash
from peers.errors import InputError, RenderFailed

from .backends.base import RenderRequest

__all__ = [
    "PANEL_FIELDS",
    "InputNotHere",
    "Resolved",
    "build_request",
    "input_asset",
    "input_assets",
    "input_fingerprint",
    "input_run",
    "resolve_inputs",
    "visual_request",
]

MAX_PROMPT_BYTES = 64 * 1024  # a prompt another stage wrote (a flow's text): more is not a prompt
ROLE_NAMES = {"prompt": "prompt text", "input_image": "input image", "end_image": "last frame",
              "input_video": "video to restyle", "style_image": "style reference"}


class InputNotHere(MultiplexError):
    """The job's input asset is not on this peer (yet): a wait or a fetch, never the job's or peer's fault."""


@dataclass(frozen=True, slots=True)
class Resolved:
    """One input of a job as it stands now: the asset, and the run that made it (None for a comp)."""

    role: str
    asset: str
    source: Job | None = None
    claim: ClaimView | None = None


def resolve_inputs(board: Board, j: Job) -> dict[str, Resolved]:
    """Each input role of the job that can be had now (a role whose take is not there yet is absent)."""
    out: dict[str, Resolved] = {}
    if not j.planned:  # written by an older peer: a `ref` param for a still, the still job's take for a clip
        ref = str(j.params.get("ref") or "")
        if j.stage == "still" and ref:
            out["input_image"] = Resolved("input_image", ref)
        elif j.stage != "still":
            for dep_id in j.deps:
                found = _job_take(board, dep_id)
                if found is not None:
                    out["input_image"] = Resolved("input_image", found[2], found[0], found[1])
                    break
        return out
    for role, (kind, ref) in j.inputs.items():
        if kind == "asset":
            out[role] = Resolved(role, ref)
        elif kind == "art":
            art = board.block(ref)
            if isinstance(art, GenArt) and art.asset:
                source = job(board, art.job_id)
                claim = next((c for c in source.claims() if c.id == str(art.get("run_id"))), None) if source else None
                out[role] = Resolved(role, art.asset, source, claim)
        else:
            found = _job_take(board, ref)
            if found is not None:
                out[role] = Resolved(role, found[2], found[0], found[1])
    return out


def _job_take(board: Board, job_id: str) -> tuple[Job, ClaimView, str] | None:
    """The take of a job a later stage starts from: the chosen one if it is this job's, else its first."""
    dep = job(board, job_id)
    if dep is None:
        return None
    claims = dep.claims()
    intent = board.block(dep.intent_id)
    chosen = board.block(intent.chosen.get(dep.stage, "")) if isinstance(intent, Intent) else None
    finished = [c for c in claims if c.finished]
    if isinstance(chosen, GenArt) and chosen.job_id == dep.id and chosen.asset and finished:
        # the person's pick among the job's takes (its own run, if that run is on record and not gone)
        run = next((c for c in claims if c.id == str(chosen.get("run_id"))), None)
        if run is None or run.finished:
            return dep, run or finished[0], chosen.asset
    for claim in claims:
        if not claim.finished:
            continue
        for art_id in claim.outputs:
            art = board.block(art_id)
            if isinstance(art, GenArt) and art.asset:
                return dep, claim, art.asset
    return None


def input_assets(board: Board, j: Job) -> list[str]:
    """The asset hashes a job needs as input (none when it needs none)."""
    return list(dict.fromkeys(r.asset for r in resolve_inputs(board, j).values()))


def input_asset(board: Board, j: Job) -> str:
    """The first asset a job needs ('' when it needs none); `input_assets` lists them all."""
    needed = input_assets(board, j)
    return needed[0] if needed else ""


def input_run(board: Board, j: Job, sha: str = "") -> tuple[Job, ClaimView, str] | None:
    """The run whose output a job starts from (the one that made `sha`, if given): (job, claim, asset)."""
    for r in resolve_inputs(board, j).values():
        if r.source is not None and r.claim is not None and (not sha or r.asset == sha):
            return r.source, r.claim, r.asset
    return None


def input_fingerprint(board: Board, j: Job) -> str:
    """The digest of what this job renders from now, written on its takes (`mesh.model.jobs.fingerprint`)."""
    intent = board.block(j.intent_id)
    if not isinstance(intent, Intent):
        return ""
    params = j.params
    try:
        seed = int(params.get("seed", default_seed(intent.id)))
    except (TypeError, ValueError):
        return ""
    assets = {role: r.asset for role, r in resolve_inputs(board, j).items()}
    return fingerprint(j.stage, intent_prompt(board, intent), intent_panel(intent), params, seed, assets)


def build_request(board: Board, j: Job, assets: AssetStore) -> RenderRequest:
    if j.visual:
        return visual_request(board, j)
    intent = board.intent(j.intent_id)
    params = j.params
    seed = params.get("seed")
    if seed is None:  # stable per intent, so re-rendering gives the same take unless asked otherwise
        seed = default_seed(intent.id)
    resolved = resolve_inputs(board, j)
    files: dict[str, Path] = {}
    for role, r in resolved.items():
        try:
            files[role] = assets.path(r.asset)
        except AssetError as exc:
            raise InputNotHere(f"input {short_hash(r.asset)} is not on this peer yet: {exc}") from exc
    for role in sorted(REQUIRED_ROLES.get(j.stage, frozenset()) - set(files)):
        if j.stage == "clip" and role == "input_image":
            raise RenderFailed("the still this clip starts from has no output")
        raise InputError(f"the {ROLE_NAMES.get(role, role)} this {j.stage} needs is gone from the board; "
                         "render the intent again")
    prompt = _prompt_file(files.pop("prompt")) if "prompt" in files else intent_prompt(board, intent)
    try:
        return _request(j, intent, params, prompt, intent_panel(intent), int(seed), files)
    except (TypeError, ValueError) as exc:  # params written by another replica may be malformed
        raise InputError(f"the job's parameters are malformed ({exc}); render the intent again") from exc


def _prompt_file(path: Path) -> str:
    """The text another stage made (a flow's output) as this job's prompt."""
    try:
        raw = path.read_bytes()[:MAX_PROMPT_BYTES]
    except OSError as exc:
        raise InputNotHere(f"the prompt text is not readable here yet: {exc}") from exc
    text = " ".join(raw.decode("utf-8", "replace").split())
    if not text:
        raise InputError("the stage this one takes its prompt from produced empty text; render the intent again")
    return text


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
    seed = default_seed(j.id)
    try:
        return RenderRequest(job_id=j.id, stage="still", prompt=prompt, seed=seed,
                             width=int(params.get("width", 768)), height=int(params.get("height", 432)),
                             panel=panel, params=params)
    except (TypeError, ValueError) as exc:
        raise InputError(f"the visual narration's parameters are malformed ({exc})") from exc


def _request(j: Job, intent: Intent, params: dict[str, Any], prompt: str, panel: dict[str, Any], seed: int,
             files: dict[str, Path]) -> RenderRequest:
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
        input_image=files.get("input_image"),
        end_image=files.get("end_image"),
        input_video=files.get("input_video"),
        style_image=files.get("style_image"),
        panel=panel,
        params=params,
    )
