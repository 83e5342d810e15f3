"""The cost preview a person sees before committing GPUs ("3 GPUs, ~2 min").

Computed from the plan a render would write (`mesh.model.jobs.plan`: stages whose inputs are unchanged are
reused, and the preview says so) and the roster (who is live, what each can run, their per-stage time
estimates), so the preview names the machines that will most likely render.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mesh.model.board import Board
from mesh.model.jobs import plan
from mesh.model.pipelines import PipelineSet
from mesh.model.scheduling import PeerCaps, missing
from mesh.model.scheduling import unrunnable as _unrunnable
from mesh.model.stages import STAGE_OUTPUT, STAGES

__all__ = ["CostPreview", "preview"]

# When a peer publishes no estimate for a stage: a conservative guess per stage (seconds).
FALLBACK_S = {"still": 20.0, "sheet": 30.0, "clip": 120.0, "restyle": 120.0, "transition": 60.0}


@dataclass(frozen=True, slots=True)
class CostPreview:
    machines: list[str]
    gpus: int
    seconds: float
    jobs: int
    text: str
    unrunnable: list[str]  # stages some requested job of which no live peer can run now
    reasons: list[str] = field(default_factory=list)  # why, per intent and stage, in words
    reused: int = 0  # stages not rendered again: their inputs are unchanged since a take (or a job under way)
    kept: list[str] = field(default_factory=list)  # which, per intent and stage, in words

    def to_dict(self) -> dict[str, object]:
        return {"machines": self.machines, "gpus": self.gpus, "seconds": round(self.seconds, 1),
                "jobs": self.jobs, "text": self.text, "unrunnable": self.unrunnable, "reasons": self.reasons,
                "reused": self.reused, "kept": self.kept}


def _fmt(seconds: float) -> str:
    return f"~{seconds:.0f} s" if seconds < 90 else f"~{seconds / 60:.0f} min"


def preview(board: Board, intent_ids: Sequence[str], live_peers: Iterable[PeerCaps],
            estimates: dict[str, dict[str, float]] | None = None, gpus: dict[str, int] | None = None, *,
            pipelines: PipelineSet | None = None, force: bool = False) -> CostPreview:
    """Estimate a render of these intents: which machines, how many GPUs, how long (wall clock).

    The jobs are the ones `plan_render` would write (each intent's pipeline; stages whose inputs are
    unchanged reuse their take and are counted as reused, not rendered). `estimates` maps peer id -> stage
    -> seconds per job; `gpus` maps peer id -> GPUs it renders with. Wall time assumes jobs spread over
    every capable free slot, stage kind by stage kind (images before videos). Capability honours the
    directives (pin, backend, model) exactly as the peers do when they claim.
    """
    estimates = estimates or {}
    gpus = gpus or {}
    everyone = list(live_peers)
    peers = [p for p in everyone if not p.paused]
    by_stage: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    reused: list[str] = []
    for ip in plan(board, intent_ids, pipelines=pipelines, force=force):
        for step in ip.steps:
            if step.action == "render":
                by_stage.setdefault(step.stage.kind, []).append((ip.intent.title, step.params))
            elif step.action == "reuse":
                reused.append(f"{ip.intent.title[:40]!r}: {step.stage.id} ({step.why})")
    machines: set[str] = set()
    total = 0.0
    unrunnable: list[str] = []
    reasons: list[str] = []
    count = 0
    for stage in sorted(by_stage, key=lambda k: (STAGE_OUTPUT[k] != "image", STAGES.index(k))):
        capable: dict[str, PeerCaps] = {}
        stage_jobs = 0
        for title, params in by_stage[stage]:
            count += 1
            why = _unrunnable(stage, params, everyone)
            if why:
                reasons.append(f"{title[:40]!r}: {why}")
                if stage not in unrunnable:
                    unrunnable.append(stage)
                continue
            stage_jobs += 1
            capable.update({p.peer_id: p for p in peers if p.slots > 0 and not missing(p, stage, params)})
        if not capable or not stage_jobs:
            continue
        fallback = FALLBACK_S.get(stage, 120.0)
        slots = sum(p.slots for p in capable.values())
        per_job = min(estimates.get(p.peer_id, {}).get(stage, fallback) for p in capable.values())
        waves = -(-stage_jobs // slots)
        total += waves * per_job
        used = sorted(capable.values(), key=lambda p: estimates.get(p.peer_id, {}).get(stage, fallback))
        for p in used[: max(1, stage_jobs)]:
            machines.add(p.name or p.peer_id)
    gpu_count = sum(gpus.get(p.peer_id, 0) for p in peers if (p.name or p.peer_id) in machines)
    names = sorted(machines)
    where = ", ".join(names) if names else "no machine"
    if count:
        text = f"{count} job{'s' if count != 1 else ''} on {where}: {gpu_count} GPU{'s' if gpu_count != 1 else ''}, "
        text += _fmt(total)
    else:
        text = "nothing to render"
    if reused:
        text += f"; {len(reused)} reused (inputs unchanged)"
    if reasons:
        more = f"; and {len(reasons) - 1} more" if len(reasons) > 1 else ""
        text += f" — nothing live can run {', '.join(unrunnable)} now ({reasons[0]}{more})"
    return CostPreview(names, gpu_count, total, count, text, unrunnable, reasons, len(reused), reused)
