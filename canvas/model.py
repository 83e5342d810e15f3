"""The canvas's view model: plain dicts the browser draws, computed from the board and presence.

Pure functions of `mesh` state (no NiceGUI here), so they are unit-tested without a browser and the
relay can reuse them. What the browser receives for a block is `block_view`: the block's fields plus
what the canvas derives for it (an intent's render status, a gen.art's asset URL and its takes).
"""

from __future__ import annotations

import math
from typing import Any

from flows.pipeline_loader import describe
from mesh.model import annotations, pipelines, sequence
from mesh.model.activity import recent
from mesh.model.board import Block, Board, GenArt, Intent
from mesh.model.jobs import Job, JobState, jobs
from mesh.model.pipelines import PipelineError, PipelineSet
from mesh.model.replica import Replica
from mesh.model.roster import name_of
from mesh.model.schema import BLOCK_SPECS, BlockKind

__all__ = [
    "PALETTE",
    "activity_view",
    "asset_url",
    "block_view",
    "board_snapshot",
    "intent_choices",
    "intent_status",
    "pipelines_view",
    "shots_view",
    "takes_by_intent",
    "users_view",
]

ASSET_PREFIX = "/assets/"

# The palette: one icon per primitive and sub-kind (icon names are lucide's, drawn in the browser).
PALETTE: list[dict[str, Any]] = [
    {"kind": "intent", "label": "Intent", "items": [
        {"sub": "scene", "label": "Scene intent", "icon": "clapperboard"},
        {"sub": "character", "label": "Character intent", "icon": "user-round"},
        {"sub": "style", "label": "Style intent", "icon": "palette"},
        {"sub": "timing", "label": "Timing intent", "icon": "timer"},
    ]},
    {"kind": "comp", "label": "Comp", "items": [
        {"sub": "image", "label": "Reference image", "icon": "image"},
        {"sub": "note", "label": "Note", "icon": "sticky-note"},
        {"sub": "voice", "label": "Voice note", "icon": "mic"},
        {"sub": "directive", "label": "Directive", "icon": "sliders-horizontal"},
    ]},
    {"kind": "activity", "label": "Activity", "items": [
        {"sub": "gpu", "label": "GPU monitor", "icon": "cpu"},
        {"sub": "workflow", "label": "Workflow status", "icon": "workflow"},
        {"sub": "queue", "label": "Queue", "icon": "list-ordered"},
        {"sub": "log", "label": "Processing log", "icon": "scroll-text"},
        {"sub": "animatic", "label": "Animatic and exports", "icon": "film"},
    ]},
    {"kind": "narration", "label": "Narration", "items": [
        {"sub": "live", "label": "Narration", "icon": "audio-lines"},
    ]},
    {"kind": "visual_narration", "label": "Visual narration", "items": [
        {"sub": "live", "label": "Visual narration", "icon": "scan-eye"},
    ]},
]

DEFAULT_TITLES = {
    ("intent", "scene"): "New scene",
    ("intent", "character"): "A character moment",
    ("intent", "style"): "A look",
    ("intent", "timing"): "A beat",
    ("comp", "image"): "Reference",
    ("comp", "clip"): "Reference clip",
    ("comp", "note"): "Note",
    ("comp", "voice"): "Voice note",
    ("comp", "directive"): "Directive",
    ("activity", "gpu"): "Machines",
    ("activity", "workflow"): "Workflows",
    ("activity", "queue"): "Queue",
    ("activity", "log"): "Log",
    ("activity", "animatic"): "Animatic",
    ("narration", "live"): "Narration",
    ("visual_narration", "live"): "Visual narration",
}


# Blocks drawn larger than their kind's default when placed from the palette (the animatic holds a player).
CREATE_SIZES: dict[tuple[str, str], tuple[float, float]] = {("activity", "animatic"): (440.0, 330.0)}


def asset_url(sha256: str) -> str:
    return f"{ASSET_PREFIX}{sha256}" if sha256 else ""


def _fraction(value: Any) -> float:
    """A progress fraction from presence, which any process writes: a finite number in 0..1, else 0."""
    return min(1.0, max(0.0, float(value))) if isinstance(value, int | float) and math.isfinite(value) else 0.0


MAX_THUMB_CHARS = 64_000  # a live preview is a ~10 KB JPEG; anything bigger from a peer is dropped


def intent_status(board: Board, intent_id: str, progress: dict[str, dict[str, Any]] | None = None,
                  *, all_jobs: list[Job] | None = None) -> dict[str, Any]:
    """The status shown on an intent's edge, from its newest render group.

    idle (never rendered), queued, claimed (by which peer), rendering (stage, fraction, peer), done,
    failed (with the reason), cancelled. `progress` is `Presence.progress()`.
    """
    progress = progress or {}
    own = [j for j in (all_jobs if all_jobs is not None else jobs(board, intent_id=intent_id))
           if j.intent_id == intent_id]
    if not own:
        return {"state": "idle", "label": "idle", "jobs": []}
    newest = max(own, key=lambda j: (j.created, j.id)).group
    group = [j for j in own if j.group == newest]
    states = {j.id: j.state() for j in group}
    stages = [j.stage for j in group]
    job_ids = [j.id for j in group if not states[j.id].terminal]
    out: dict[str, Any] = {"jobs": job_ids, "stages": stages, "renders": len({j.group for j in own})}
    if any(s is JobState.FAILED for s in states.values()):
        failed = next(j for j in group if states[j.id] is JobState.FAILED)
        return {**out, "state": "failed", "stage": failed.stage, "reason": _named(board, failed.reason() or "failed",
                                                                             {c.peer for c in failed.claims()}),
                "label": f"failed · {failed.stage}"}
    if all(s is JobState.CANCELLED or s is JobState.DONE for s in states.values()) and any(
            s is JobState.CANCELLED for s in states.values()):
        return {**out, "state": "cancelled", "label": "cancelled"}
    if all(s is JobState.DONE for s in states.values()):
        return {**out, "state": "done", "label": "done", "fraction": 1.0}
    done = sum(1 for s in states.values() if s is JobState.DONE)
    for j in group:
        state = states[j.id]
        if state is JobState.RENDERING:
            tick = progress.get(j.id, {})
            frac = _fraction(tick.get("fraction"))
            winner = j.winner()
            peer = name_of(board, str(tick.get("peer") or (winner.peer if winner else "")))
            overall = (done + max(0.0, min(1.0, frac))) / max(1, len(group))
            thumb = tick.get("thumb")
            live = thumb if isinstance(thumb, str) and thumb.startswith("data:image/jpeg;base64,") else ""
            return {**out, "state": "rendering", "stage": j.stage, "peer": peer, "fraction": overall,
                    "stage_fraction": frac, "msg": str(tick.get("msg") or "")[:200],
                    "label": f"rendering · {j.stage}", "thumb": live if len(live) <= MAX_THUMB_CHARS else ""}
    for j in group:
        if states[j.id] is JobState.CLAIMED:
            winner = j.winner()
            return {**out, "state": "claimed", "stage": j.stage, "peer": name_of(board, winner.peer if winner else ""),
                    "fraction": done / max(1, len(group)), "label": f"claimed · {j.stage}"}
    lost = any(s is JobState.LOST for s in states.values())
    return {**out, "state": "queued", "fraction": done / max(1, len(group)),
            "label": "queued" + (" · owner lost, reopening" if lost else "")}


def _named(board: Board, text: str, peer_ids: set[str]) -> str:
    """`text` with each of these peer ids replaced by the machine's roster name (a failure reason says
    "on p-7f3a…"; people read machine names, never peer ids)."""
    for peer_id in sorted(peer_ids, key=len, reverse=True):
        name = name_of(board, peer_id)
        if peer_id and name != peer_id:
            text = text.replace(peer_id, name)
    return text


def _take(g: GenArt) -> dict[str, Any]:
    return {"id": g.id, "stage": str(g.get("stage") or g.sub), "sub": g.sub, "url": asset_url(g.asset),
            "mime": str(g.get("mime"))}


def takes_by_intent(board: Board) -> dict[str, list[GenArt]]:
    """Every gen.art grouped by its intent, in one pass (block_view of many blocks needs it)."""
    out: dict[str, list[GenArt]] = {}
    for g in board.blocks(BlockKind.GEN_ART):
        if isinstance(g, GenArt):
            out.setdefault(g.intent_id, []).append(g)
    return out


def block_view(board: Board, block: Block, *, status: dict[str, Any] | None = None,
               sequence: list[str] | None = None, takes: dict[str, list[GenArt]] | None = None) -> dict[str, Any]:
    """Everything the browser draws for one block (`takes` from `takes_by_intent` saves a scan per block).

    The sequence number of an intent is not in its view: the browser derives it from the board's
    sequence, so reordering sends one list instead of every intent.
    """
    out = block.to_dict()
    if isinstance(block, Intent):
        out["status"] = status if status is not None else intent_status(board, block.id)
        own = takes.get(block.id, []) if takes is not None else board.gen_art_of(block.id)
        out["takes"] = [_take(g) for g in own]
    elif isinstance(block, GenArt):
        out["url"] = asset_url(block.asset)
        out["peer_name"] = name_of(board, str(block.get("peer_id") or ""))
        intent = board.block(block.intent_id)
        if isinstance(intent, Intent):
            stage = str(block.get("stage") or block.sub)
            siblings = takes.get(intent.id, []) if takes is not None else board.gen_art_of(intent.id)
            out["takes"] = [g.id for g in siblings if str(g.get("stage") or g.sub) == stage]
            out["chosen"] = intent.chosen.get(stage) == block.id
            out["intent_title"] = intent.title
    elif block.kind in (BlockKind.COMP, BlockKind.VISUAL_NARRATION, BlockKind.ACTIVITY):
        out["url"] = asset_url(str(block.get("asset") or ""))
    return out


def _gpu_rows(raw: Any) -> list[dict[str, Any]]:
    """Normalise the GPU lists peers publish in presence (field names vary by backend)."""
    rows = []
    if not isinstance(raw, list):
        return rows
    for i, g in enumerate(raw[:16]):
        if not isinstance(g, dict):
            continue

        def num(*keys: str, g: dict[str, Any] = g) -> float:
            for k in keys:
                v = g.get(k)
                if isinstance(v, int | float) and not isinstance(v, bool):
                    return float(v)
            return 0.0

        rows.append({
            "name": str(g.get("name") or g.get("model") or f"GPU {i}")[:60],
            "index": int(num("index") or i),
            "util": max(0.0, min(100.0, num("util", "utilization", "gpu_util"))),
            "mem_used": num("mem_used", "vram_used", "memory_used", "mem_used_mb"),
            "mem_total": num("mem_total", "vram_total", "memory_total", "mem_total_mb"),
            "temp": num("temp", "temperature", "temp_c"),
        })
    return rows


def activity_view(replica: Replica, live: list[Any] | None = None, *, log_limit: int = 40,
                  job_limit: int = 60) -> dict[str, Any]:
    """What activity blocks show: machines with GPU bars, running and queued jobs, the newest events."""
    board = replica.board
    presence = replica.presence
    states = presence.peers()
    progress = presence.progress()
    roster = {}
    for peer_id, entry in board.roster_root.items():
        try:
            roster[str(peer_id)] = {"name": str(entry.get("name") or peer_id), "paused": bool(entry.get("paused")),
                                    "slots": int(entry.get("slots") or 0), "busy": int(entry.get("busy") or 0),
                                    "gpus": entry.get("gpus")}
        except (AttributeError, TypeError, ValueError, OverflowError):  # OverflowError: int(inf)
            continue
    live_ids = {p.peer_id for p in live} if live is not None else set(roster)
    peers = []
    for peer_id in sorted(set(roster) | set(states)):
        info = roster.get(peer_id, {})
        state = states.get(peer_id, {})
        peer_meta = state.get("peer") if isinstance(state.get("peer"), dict) else {}
        gpus = _gpu_rows(state.get("gpus")) or _gpu_rows(_plain(info.get("gpus")))
        peers.append({"id": peer_id, "name": str(peer_meta.get("name") or info.get("name") or peer_id)[:60],
                      "live": peer_id in live_ids or peer_id in states, "paused": bool(info.get("paused")),
                      "slots": info.get("slots", 0), "busy": info.get("busy", 0), "gpus": gpus})
    titles = {b.id: b.title for b in board.blocks(BlockKind.INTENT)}
    running, queue = [], []
    for j in jobs(board):
        state = j.state()
        if state.terminal:
            continue
        winner = j.winner()
        tick = progress.get(j.id, {})
        peer_id = str(tick.get("peer") or (winner.peer if winner else ""))
        row = {"id": j.id, "intent": j.intent_id, "title": titles.get(j.intent_id, "")[:80], "stage": j.stage,
               "state": state.value, "peer": roster.get(peer_id, {}).get("name") or peer_id,
               "fraction": _fraction(tick.get("fraction")), "msg": str(tick.get("msg") or "")[:120]}
        (running if state in (JobState.RENDERING, JobState.CLAIMED) else queue).append(row)
    log = [e.to_dict() for e in recent(board, log_limit)]
    return {"peers": peers, "running": running[:job_limit], "queue": queue[:job_limit], "log": log}


def _plain(value: Any) -> Any:
    return value.to_py() if hasattr(value, "to_py") else value


def users_view(replica: Replica, board_name: str) -> list[dict[str, Any]]:
    """Canvas users of this board known through presence (every process's `canvas` field)."""
    out = []
    for state in replica.presence.states():
        users = state.get("canvas")
        if not isinstance(users, dict):
            continue
        for client_id, u in list(users.items())[:200]:
            if not isinstance(u, dict) or u.get("board") != board_name:
                continue
            cursor = u.get("cursor") if isinstance(u.get("cursor"), dict) else None
            selection = u.get("selection") if isinstance(u.get("selection"), list) else []
            out.append({"id": str(client_id)[:40], "name": str(u.get("name") or "guest")[:40],
                        "color": str(u.get("color") or "#00e5ff")[:20], "cursor": cursor,
                        "selection": [str(s) for s in selection[:200]]})
    return out


def shots_view(board: Board) -> dict[str, dict[str, Any]]:
    """Each shot's computed place in the cut (`mesh.model.sequence`: the number it shows, not the stored
    ``shot_no``; lock; cut points; lengths), keyed by intent id. Reference intents are absent."""
    return {s.intent_id: {"number": s.number, "index": s.index, "locked": s.locked, "cut_in": s.cut_in,
                          "cut_out": s.cut_out, "duration_s": s.duration_s, "duration_from": s.duration_from,
                          "edit_s": s.edit_s, "start_s": s.start_s}
            for s in sequence.shots(board)}


def board_snapshot(replica: Replica, *, status_of: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """The first full picture a browser receives; later it gets diffs (`canvas.feed`)."""
    board = replica.board
    progress = replica.presence.progress()
    seq = board.sequence()
    all_jobs = jobs(board)
    by_intent: dict[str, list[Job]] = {}
    for j in all_jobs:
        by_intent.setdefault(j.intent_id, []).append(j)
    takes = takes_by_intent(board)
    views = []
    for block in board.blocks():
        status = None
        if isinstance(block, Intent):
            status = (status_of or {}).get(block.id) or intent_status(board, block.id, progress,
                                                                      all_jobs=by_intent.get(block.id, []))
        views.append(block_view(board, block, status=status, takes=takes))
    return {
        "name": board.name or replica.name,
        "blocks": views,
        "edges": [e.to_dict() for e in board.edges()],
        "sequence": seq,
        "shots": shots_view(board),
        "comments": [c.to_dict() for c in annotations.comments(board)],
        "snapshots": [s.to_dict() for s in annotations.snapshots(board)],
        "sizes": {k.value: list(spec.size) for k, spec in BLOCK_SPECS.items()},
        "choices": intent_choices(),
        "pipelines": pipelines_view(),
    }


def pipelines_view(offered: PipelineSet | None = None, live: list[Any] | None = None) -> dict[str, Any]:
    """What an intent's pipeline picker shows: each pipeline (name, description, stage kinds, what it needs,
    which live peers can run it) and the default per sub-kind, so a block can say what it will run.

    `offered`: the installed pipelines (`mesh.model.pipelines.installed`, the ones plans use). A user file
    that cannot be read never breaks the page: the built-in fallback is shown instead."""
    if offered is None:
        try:
            offered = pipelines.installed()
        except PipelineError:
            offered = PipelineSet([pipelines.FALLBACK])
    listed = [{"name": d["name"], "description": d["description"], "default_for": d["default_for"],
               "stages": [s["kind"] for s in d["stages"]], "needs": d["needs"], "optional": d["optional"],
               "runnable_by": d["runnable_by"]} for d in describe(offered, live or [])]
    subs = BLOCK_SPECS[BlockKind.INTENT].subs
    return {"list": listed, "defaults": {sub: offered.default_for(sub).name for sub in subs},
            "live": live is not None}


def intent_choices() -> dict[str, list[str]]:
    """The fixed vocabularies of an intent's panel fields (shot size, angle, ...), from the schema."""
    fields = BLOCK_SPECS[BlockKind.INTENT].fields
    return {name: list(f.choices) for name, f in fields.items() if f.choices is not None}

