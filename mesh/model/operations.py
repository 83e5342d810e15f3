"""What a person asks of a board from a script or a tool: comps, renders, previews, cancels, job reports.

The peer's local API, the relay's API and its MCP server all call these, so a render, a preview or a job
report means the same whichever door it came through. Each checks everything before it writes anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from mesh.errors import SchemaError
from mesh.model.board import Board, Comp
from mesh.model.costs import CostPreview, preview
from mesh.model.jobs import cancel_jobs, jobs, jobs_with_key, parse_directives, plan_render
from mesh.model.pipelines import PipelineSet
from mesh.model.roster import Roster
from mesh.model.scheduling import PeerCaps, blocked

__all__ = [
    "MAX_RENDER_KEY",
    "RenderOutcome",
    "add_asset_comp",
    "add_directive_comp",
    "add_note_comp",
    "cancel_request",
    "job_reports",
    "preview_render",
    "request_render",
    "set_intent_pipeline",
]

MAX_RENDER_KEY = 200  # an idempotency key is a client's request id, not a payload
_READER = "reader"  # the roster's own-id slot, unused by the read-only calls below


@dataclass(frozen=True, slots=True)
class RenderOutcome:
    jobs: list[str]
    reused: bool  # True when the key named an earlier request: nothing new was written
    preview: CostPreview


def preview_render(board: Board, intent_ids: Iterable[str], live: Iterable[PeerCaps], *,
                   pipelines: PipelineSet | None = None, force: bool = False) -> CostPreview:
    """The cost preview with the estimates and GPU counts the peers publish in the roster."""
    roster = Roster(board, _READER)
    return preview(board, list(intent_ids), list(live), roster.estimates(), roster.gpu_counts(),
                   pipelines=pipelines, force=force)


def request_render(board: Board, intent_ids: Iterable[str], live: Iterable[PeerCaps], *, requested_by: str,
                   key: str = "", pipelines: PipelineSet | None = None, force: bool = False) -> RenderOutcome:
    """Render these intents once per `key`: a retry with the same key returns the first request's jobs.

    The key lives in the job maps (written with them, in one transaction), so a retry after a lost
    reply, a crash or a reconnect to another replica still finds them. A key reused for different intents
    is refused rather than silently answered with someone else's jobs. `pipelines`: what this peer
    knows (`flows.pipeline_loader`; None: the built-in scene pipeline); `force` renders unchanged stages too.
    """
    ids = list(dict.fromkeys(intent_ids))
    live = list(live)
    if len(key) > MAX_RENDER_KEY:
        raise SchemaError(f"a render key is at most {MAX_RENDER_KEY} characters")
    earlier = jobs_with_key(board, key)
    if earlier:
        if {j.intent_id for j in earlier} != set(ids):
            raise SchemaError(f"render key {key!r} was already used for other intents: use a new key per request")
        return RenderOutcome([j.id for j in earlier], True, preview_render(board, ids, live, pipelines=pipelines))
    estimate = preview_render(board, ids, live, pipelines=pipelines, force=force)
    return RenderOutcome(plan_render(board, ids, requested_by=requested_by, key=key, pipelines=pipelines,
                                     force=force), False, estimate)


def set_intent_pipeline(board: Board, intent_id: str, name: str, pipelines: PipelineSet, *, origin: str) -> str:
    """Pick the pipeline an intent runs ('' : back to its sub-kind's default); returns the one it now runs.
    A name this peer does not know is refused (PipelineError lists the known ones) before anything is written."""
    intent = board.intent(intent_id)
    name = name.strip()
    if name:
        pipelines.get(name)
    board.update(intent_id, origin=origin, pipeline=name or None)
    return pipelines.for_intent(intent.sub, name).name


def cancel_request(board: Board, job_ids: Iterable[str], intent_ids: Iterable[str], *, origin: str) -> int:
    """Cancel these jobs and every job of these intents; returns how many were still open."""
    wanted = set(job_ids)
    for intent_id in intent_ids:
        wanted.update(j.id for j in jobs(board, intent_id=intent_id))
    return cancel_jobs(board, wanted, origin=origin)


def job_reports(board: Board, live: Iterable[PeerCaps], progress: Mapping[str, Any],
                ids: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Every job (or these) with its live progress, why it is blocked if it is, and its machine's name."""
    wanted = set(ids)
    live = list(live)
    names = {pid: str(e.get("name") or pid) for pid, e in Roster(board, _READER).entries().items()}
    out = []
    for j in jobs(board):
        if wanted and j.id not in wanted:
            continue
        report = dict(j.to_dict(), progress=progress.get(j.id), blocked=blocked(j, live))
        report["reason"] = report["reason"] or report["blocked"]  # a job no live peer can run says why
        report["peer_name"] = names.get(report.get("peer") or "", report.get("peer"))
        out.append(report)
    return out


def add_note_comp(board: Board, intent_id: str, text: str, *, origin: str) -> Comp:
    return board.add_comp(intent_id, "note", origin=origin, text=text, title="note")


def add_directive_comp(board: Board, intent_id: str, params: Mapping[str, Any], *, origin: str) -> Comp:
    """A directive comp; nonsense values are refused (DirectiveError) before anything is written."""
    if not isinstance(params, Mapping) or not params:
        raise SchemaError("directives must be a non-empty object")
    parse_directives(dict(params))
    return board.add_comp(intent_id, "directive", origin=origin, params=dict(params),
                          title=", ".join(f"{k}={v}" for k, v in params.items()))


def add_asset_comp(board: Board, intent_id: str, sha256: str, mime: str, *, origin: str, title: str = "",
                   style: bool = False) -> Comp:
    """A reference comp for a stored asset: an image, a clip or a voice, by its type; with `style`, an
    image that sets the look (the scene pipeline restyles the clip toward it)."""
    if not mime.startswith(("image/", "video/", "audio/")):
        raise SchemaError(f"asset {sha256[:10]} is {mime}, not an image, a clip or audio")
    if style and not mime.startswith("image/"):
        raise SchemaError(f"a style comp is an image; asset {sha256[:10]} is {mime}")
    sub = "clip" if mime.startswith("video/") else "voice" if mime.startswith("audio/") else "image"
    sub = "style" if style else sub
    return board.add_comp(intent_id, sub, origin=origin, asset=sha256, mime=mime, title=title or sub)
