"""The local HTTP API the `multiplex` CLI (and scripts) talk to.

Every call needs the bearer token from HOME/api.token, so only someone who can read this machine's data
directory can script it; the canvas does not use this API (it edits the board in-process). Errors are
JSON ``{"error": "..."}`` with the message a person needs; an edit is acknowledged (HTTP 200) only after
it is durable on disk.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, Response

from flows import script_import
from flows.pipeline_loader import describe, load_pipelines
from flows.workflows import Workflow, check_directives, load_templates
from mesh.errors import AssetError, MultiplexError, SchemaError
from mesh.model import sequence
from mesh.model.board import Board, GenArt
from mesh.model.jobs import jobs
from mesh.model.operations import (
    add_asset_comp,
    add_directive_comp,
    add_note_comp,
    cancel_request,
    job_reports,
    preview_render,
    request_render,
    set_intent_pipeline,
)
from mesh.model.pipelines import PipelineError, PipelineSet
from mesh.storage.assets import AssetStore, receive_upload, refusal_status
from mesh.storage.hub import BoardHub

from .api_export import add_export_routes

__all__ = ["MAX_UPLOAD_BYTES", "build_api"]

MAX_UPLOAD_BYTES = 256 * 1024 * 1024
MAX_BODY_BYTES = 1024 * 1024  # a JSON request body; uploads stream separately
MAX_BODY_DEPTH = 32  # nesting of a JSON body (a directive map is two levels deep)
RESERVED_FIELDS = frozenset({"kind", "sub", "origin", "text", "created_by"})  # set by the route, not `fields`


def _board(hub: BoardHub, name: str) -> Board:
    replica = hub.replicas.get(name)
    if replica is None:
        raise HTTPException(404, f"board {name!r} is not served by this peer (serving: {', '.join(hub.replicas)})")
    return replica.board


def _known_workflows(runner: Any) -> list[Workflow]:
    """The bundled templates and the workflows this peer's ComfyUI backends hold (the user's own too)."""
    found = {wf.name: wf for wf in load_templates()}
    for slot in getattr(runner, "slots", ()):
        for wf in getattr(slot.backend, "workflows", ()):
            found.setdefault(wf.name, wf)
    return list(found.values())


def build_api(hub: BoardHub, assets: AssetStore, *, token: str, runner: Any, peer_id: str, name: str,
              pipelines: Callable[[list[PipelineError]], PipelineSet] | None = None) -> APIRouter:
    """Routes under /api; `runner` is the PeerRunner (pause, previews, progress). `pipelines(errors)` reads
    the pipelines this peer offers (bundled and MULTIPLEX_HOME/pipelines/, so a new file counts at once)
    and appends what is wrong with the user's files to `errors`; None: the bundled ones."""

    def known_pipelines(errors: list[PipelineError] | None = None) -> PipelineSet:
        found = errors if errors is not None else []
        return pipelines(found) if pipelines is not None else load_pipelines()

    def auth(request: Request) -> None:
        given = request.headers.get("authorization", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
            raise HTTPException(401, "missing or wrong API token (the CLI reads it from MULTIPLEX_HOME/api.token)")

    router = APIRouter(prefix="/api", dependencies=[Depends(auth)])

    async def body(request: Request) -> dict[str, Any]:
        """The JSON object of a request, refused (400/413) when too big, too deep or not an object."""
        raw = bytearray()
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > MAX_BODY_BYTES:
                raise HTTPException(413, f"request body over {MAX_BODY_BYTES} bytes")
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            raise HTTPException(400, "request body is not JSON (or nested too deeply)") from None
        if not isinstance(data, dict):
            raise HTTPException(400, "request body must be a JSON object")
        _check_depth(data)
        if not isinstance(data.get("user", ""), str):
            raise HTTPException(400, "user must be a string")
        return data

    def id_list(data: dict[str, Any], key: str) -> list[str]:
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(i, str) for i in value):
            raise HTTPException(400, f"{key} must be a list of ids")
        return value

    @router.get("/health")
    async def health() -> dict[str, Any]:
        return {"peer_id": peer_id, "name": name, "boards": sorted(hub.replicas)}

    @router.post("/boards/{board}/intents")
    async def add_intent(board: str, request: Request) -> dict[str, Any]:
        data = await body(request)
        b = _board(hub, board)
        fields = data.get("fields") or {}
        if not isinstance(fields, dict):
            raise HTTPException(400, "fields must be an object")
        reserved = sorted(RESERVED_FIELDS & fields.keys())
        if reserved:
            raise HTTPException(400, f"fields may not set {', '.join(reserved)} (use text and kind for those)")
        intent = b.add_intent(_string(data, "text"), sub=_string(data, "kind", "scene"),
                              origin=_user(data), **fields)
        await hub.flush(board)
        return {"id": intent.id}

    @router.post("/boards/{board}/assets")
    async def upload(board: str, request: Request) -> dict[str, Any]:
        """Raw bytes in the body; judged by their first bytes (not the Content-Type) and the board's quota
        before anything is kept. Disk work runs in a worker thread, off the event loop."""
        _board(hub, board)
        try:
            meta = await receive_upload(assets, board, request.stream(),
                                        content_length=request.headers.get("content-length"),
                                        max_bytes=MAX_UPLOAD_BYTES)
        except AssetError as exc:
            raise HTTPException(refusal_status(exc), str(exc)) from None
        return meta.to_dict()

    @router.post("/boards/{board}/comps")
    async def add_comp(board: str, request: Request) -> dict[str, Any]:
        data = await body(request)
        b = _board(hub, board)
        intent_id = _string(data, "intent")
        origin = _user(data)
        if data.get("directives") is not None:
            if isinstance(data["directives"], dict):  # plan time: slots and stages of the workflows known here
                check_directives(data["directives"], _known_workflows(runner))
            comp = add_directive_comp(b, intent_id, data["directives"], origin=origin)
        elif data.get("asset"):
            meta = assets.meta(_string(data, "asset"))
            comp = add_asset_comp(b, intent_id, meta.sha256, meta.mime, origin=origin, title=_string(data, "title"),
                                  style=_flag(data, "style"))
        elif data.get("note") is not None:
            comp = add_note_comp(b, intent_id, _string(data, "note"), origin=origin)
        else:
            raise HTTPException(400, "a comp needs one of: note, asset, directives")
        await hub.flush(board)
        return {"id": comp.id, "kind": comp.sub}

    @router.post("/boards/{board}/render")
    async def render(board: str, request: Request) -> dict[str, Any]:
        data = await body(request)
        b = _board(hub, board)
        ids = id_list(data, "intents")
        known = known_pipelines()
        chosen = data.get("pipeline")
        if chosen is not None:  # pick the pipeline of these intents first (it stays picked)
            if not isinstance(chosen, str):
                raise HTTPException(400, "pipeline must be a pipeline name ('' for the default)")
            for intent_id in ids:
                set_intent_pipeline(b, intent_id, chosen, known, origin=_user(data))
        outcome = request_render(b, ids, runner.live_peers(board), requested_by=_user(data), key=_string(data, "key"),
                                 pipelines=known, force=_flag(data, "force"))
        await hub.flush(board)
        return {"jobs": outcome.jobs, "reused": outcome.reused, "preview": outcome.preview.to_dict()}

    @router.post("/boards/{board}/preview")
    async def preview(board: str, request: Request) -> dict[str, Any]:
        data = await body(request)
        b = _board(hub, board)
        return preview_render(b, id_list(data, "intents"), runner.live_peers(board), pipelines=known_pipelines(),
                              force=_flag(data, "force")).to_dict()

    @router.get("/boards/{board}/pipelines")
    async def list_pipelines(board: str) -> dict[str, Any]:
        """The pipelines this peer offers, what each needs, which live peers can run it, and what is wrong
        with the user's pipeline files (skipped, never fatal)."""
        _board(hub, board)
        errors: list[PipelineError] = []
        known = known_pipelines(errors)
        return {"pipelines": describe(known, runner.live_peers(board)), "errors": [str(e) for e in errors]}

    @router.post("/boards/{board}/intents/{intent_id}/pipeline")
    async def set_pipeline(board: str, intent_id: str, request: Request) -> dict[str, Any]:
        """Pick the pipeline an intent runs: {"pipeline": NAME} ('' : its sub-kind's default)."""
        data = await body(request)
        b = _board(hub, board)
        runs = set_intent_pipeline(b, intent_id, _string(data, "pipeline"), known_pipelines(), origin=_user(data))
        await hub.flush(board)
        return {"id": intent_id, "pipeline": b.intent(intent_id).pipeline, "runs": runs}

    @router.post("/boards/{board}/cancel")
    async def cancel(board: str, request: Request) -> dict[str, Any]:
        data = await body(request)
        b = _board(hub, board)
        count = cancel_request(b, id_list(data, "jobs"), id_list(data, "intents"), origin=_user(data))
        await hub.flush(board)
        return {"cancelled": count}

    @router.post("/boards/{board}/pause")
    async def pause(board: str, request: Request) -> dict[str, Any]:
        data = await body(request)
        _board(hub, board)
        if not isinstance(data.get("peer") or "", str):
            raise HTTPException(400, "peer must be a peer id")
        paused = data.get("paused", True)
        if not isinstance(paused, bool):
            raise HTTPException(400, f"paused must be true or false, not {paused!r:.40}")
        runner.set_paused(board, paused, origin=_user(data), peer_id=data.get("peer") or None)
        await hub.flush(board)
        return {"paused": paused}

    @router.post("/boards/{board}/import")
    async def import_script(board: str, request: Request) -> dict[str, Any]:
        """A Fountain or plain-text script (``text``, ``name`` to tell which) into scene intents; a
        re-import updates the intents it made before. A bad script is refused naming its line."""
        data = await body(request)
        b = _board(hub, board)
        text = _string(data, "text")
        if not text.strip():
            raise HTTPException(400, "text: the script is empty")
        report = script_import.import_script(b, text, name=_string(data, "name"), origin=_user(data))
        await hub.flush(board)
        return report.to_dict()

    @router.get("/boards/{board}/sequence")
    async def show_sequence(board: str) -> dict[str, Any]:
        b = _board(hub, board)
        return {"shots": [_shot_json(s) for s in sequence.shots(b)], "total_s": sequence.total_duration_s(b)}

    @router.post("/boards/{board}/sequence")
    async def edit_sequence(board: str, request: Request) -> dict[str, Any]:
        """One edit of the sequence: ``position`` or ``after`` moves, ``locked`` locks the number,
        ``cut_in``/``cut_out`` set the edit points of ``intent``."""
        data = await body(request)
        b = _board(hub, board)
        intent_id, origin = _string(data, "intent"), _user(data)
        if not intent_id:
            raise HTTPException(400, "intent: which intent to change")
        b.intent(intent_id)  # everything is checked before anything is written: a refusal changes nothing
        position, after = data.get("position"), _string(data, "after") if "after" in data else None
        if "position" in data and (isinstance(position, bool) or not isinstance(position, int)):
            raise HTTPException(400, "position must be a whole number (0-based)")
        locked = data.get("locked")
        if "locked" in data and not isinstance(locked, bool):
            raise HTTPException(400, "locked must be true or false")
        cut = None
        if "cut_in" in data or "cut_out" in data:
            cut = (data.get("cut_in", 0), data.get("cut_out", 0))
            if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in cut):
                raise HTTPException(400, "cut_in and cut_out must be seconds")
            sequence.check_cut(b, intent_id, float(cut[0]), float(cut[1]))
        if locked is not None:
            sequence.shot(b, intent_id)  # a reference intent has no number to lock
        done = "position" in data or after is not None or locked is not None or cut is not None
        if not done:
            raise HTTPException(400, "nothing to change: give position, after, locked or cut_in/cut_out")
        with b.transact(origin):  # the move first: the only write left that can refuse (an unknown `after`)
            if "position" in data:
                sequence.move(b, intent_id, position, origin=origin)
            elif after is not None:
                sequence.move_after(b, intent_id, after or None, origin=origin)
            if cut is not None:
                sequence.set_cut(b, intent_id, float(cut[0]), float(cut[1]), origin=origin)
            if locked is not None:
                sequence.set_locked(b, intent_id, locked, origin=origin)
        await hub.flush(board)
        return _shot_json(sequence.shot(b, intent_id)) if b.intent(intent_id).sub in sequence.SHOT_SUBS else {
            "intent_id": intent_id}

    @router.get("/boards/{board}")
    async def show(board: str) -> dict[str, Any]:
        b = _board(hub, board)
        return board_json(b, assets, hub.replicas[board].presence.progress())

    @router.get("/boards/{board}/jobs")
    async def job_states(board: str, ids: str = "") -> dict[str, Any]:
        b = _board(hub, board)
        progress = hub.replicas[board].presence.progress()
        return {"jobs": job_reports(b, runner.live_peers(board), progress, filter(None, ids.split(",")))}

    @router.get("/previews/{job_id}")
    async def job_preview(job_id: str) -> Response:
        data = runner.previews.get(job_id)
        if data is None:
            raise HTTPException(404, "no preview for this job on this peer")
        mime = "image/png" if data[:4] == b"\x89PNG" else "image/jpeg"
        return Response(data, media_type=mime)

    add_export_routes(router, hub, assets, body, _board, _user)
    return router


def _shot_json(s: sequence.Shot) -> dict[str, Any]:
    out = {k: getattr(s, k) for k in s.__dataclass_fields__}
    out.update(edit_s=s.edit_s, head_s=s.head_s, tail_s=s.tail_s)
    return out


def _string(data: dict[str, Any], key: str, default: str = "") -> str:
    """A string member of a request body; anything else is refused (no str() of a list or a number)."""
    value = data.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise HTTPException(400, f"{key} must be a string")
    return value


def _flag(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise HTTPException(400, f"{key} must be true or false")
    return value


def _check_depth(data: Any) -> None:
    """Refuse JSON nested deeper than MAX_BODY_DEPTH (iteratively: no recursion on hostile input)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_BODY_DEPTH:
            raise HTTPException(400, f"request body is nested more than {MAX_BODY_DEPTH} levels deep")
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)


def _user(data: dict[str, Any]) -> str:
    user = str(data.get("user") or "cli").strip()[:64] or "cli"
    return user if user.startswith(("user:", "peer:")) else f"user:{user}"


def board_json(b: Board, assets: AssetStore, progress: dict[str, Any]) -> dict[str, Any]:
    """`multiplex board show --json`: blocks, edges, sequence, jobs, and each gen.art's local file."""
    out = b.to_json()
    out["jobs"] = [dict(j.to_dict(), progress=progress.get(j.id)) for j in jobs(b)]
    gen_art = []
    for block in b.blocks():
        if isinstance(block, GenArt):
            path = str(assets.path(block.asset)) if block.asset and assets.has(block.asset) else None
            gen_art.append({"id": block.id, "intent": block.intent_id, "job": block.job_id,
                            "stage": block.get("stage"), "asset": block.asset, "mime": block.get("mime"),
                            "path": path, "late": block.get("late"), "peer": block.get("peer_id")})
    out["gen_art"] = gen_art
    return out


def install_error_handlers(app: FastAPI) -> None:
    """Map our errors to clear JSON at the HTTP boundary (the process keeps running)."""

    @app.exception_handler(MultiplexError)
    async def _multiplex_error(_: Request, exc: MultiplexError) -> JSONResponse:
        status = 404 if isinstance(exc, SchemaError) and str(exc).startswith("no ") else 400
        return JSONResponse({"error": str(exc), "type": type(exc).__name__}, status_code=status)

    @app.exception_handler(HTTPException)
    async def _http_error(_: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
