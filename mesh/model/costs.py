"""The cost preview a person sees before committing GPUs ("3 GPUs, ~2 min").

Computed from the plan a render would write (`mesh.model.jobs.plan`: stages whose inputs are unchanged are
reused, and the preview says so) and the roster (who is live, what each can run, what its runs took), with
the one estimator (`mesh.model.estimates`: seconds per job by peer, stage and size, and a list schedule of
the batch over every slot), so the preview names the machines that will most likely render.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from mesh.model.board import Board
from mesh.model.estimates import FALLBACK_S, Planned, job_size, schedule
from mesh.model.jobs import plan
from mesh.model.pipelines import PipelineSet
from mesh.model.scheduling import PeerCaps, missing
from mesh.model.scheduling import unrunnable as _unrunnable

__all__ = ["FALLBACK_S", "CostPreview", "preview"]



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
    live_ids = {p.peer_id: p for p in peers if p.slots > 0}
    planned: list[Planned] = []
    placed: dict[tuple[str, str], int] = {}  # (intent id, stage id) -> index in `planned`
    reused: list[str] = []
    unrunnable: list[str] = []
    reasons: list[str] = []
    count = 0
    for ip in plan(board, intent_ids, pipelines=pipelines, force=force):
        for step in ip.steps:
            if step.action == "reuse":
                reused.append(f"{ip.intent.title[:40]!r}: {step.stage.id} ({step.why})")
            if step.action != "render":
                continue
            stage, params = step.stage.kind, step.params
            count += 1
            why = _unrunnable(stage, params, everyone)
            if why:
                reasons.append(f"{ip.intent.title[:40]!r}: {why}")
                if stage not in unrunnable:
                    unrunnable.append(stage)
                continue
            after = next((placed[(ip.intent.id, d)] for d in step.stage.after if (ip.intent.id, d) in placed), None)
            placed[(ip.intent.id, step.stage.id)] = len(planned)
            capable = tuple(pid for pid, p in live_ids.items() if not missing(p, stage, params))
            planned.append(Planned(stage, job_size(stage, params), capable, after))
    plan_ = schedule(planned, {pid: p.slots for pid, p in live_ids.items()}, estimates)
    total = plan_.seconds
    machines = {live_ids[pid].name or pid for pid in plan_.peers}
    gpu_count = sum(gpus.get(pid, 0) for pid in plan_.peers)
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
