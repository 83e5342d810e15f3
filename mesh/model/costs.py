"""The cost preview a person sees before committing GPUs ("3 GPUs, ~2 min").

Computed from the roster (who is live, what each can run, their per-stage time estimates) with the
same ranking the peers use to claim, so the preview names the machines that will most likely render.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from mesh.model.board import Board
from mesh.model.jobs import parse_directives
from mesh.model.scheduling import PeerCaps, missing
from mesh.model.scheduling import unrunnable as _unrunnable

__all__ = ["CostPreview", "preview"]

# When a peer publishes no estimate for a stage: a conservative guess per stage (seconds).
FALLBACK_S = {"still": 20.0, "clip": 120.0}


@dataclass(frozen=True, slots=True)
class CostPreview:
    machines: list[str]
    gpus: int
    seconds: float
    jobs: int
    text: str
    unrunnable: list[str]  # stages some requested job of which no live peer can run now
    reasons: list[str] = field(default_factory=list)  # why, per intent and stage, in words

    def to_dict(self) -> dict[str, object]:
        return {"machines": self.machines, "gpus": self.gpus, "seconds": round(self.seconds, 1),
                "jobs": self.jobs, "text": self.text, "unrunnable": self.unrunnable, "reasons": self.reasons}


def _fmt(seconds: float) -> str:
    return f"~{seconds:.0f} s" if seconds < 90 else f"~{seconds / 60:.0f} min"


def preview(board: Board, intent_ids: Sequence[str], live_peers: Iterable[PeerCaps],
            estimates: dict[str, dict[str, float]] | None = None, gpus: dict[str, int] | None = None) -> CostPreview:
    """Estimate a render of these intents: which machines, how many GPUs, how long (wall clock).

    `estimates` maps peer id -> stage -> seconds per job; `gpus` maps peer id -> GPUs it renders with.
    Wall time assumes jobs spread over every capable free slot, stills before clips. Capability honours
    the intents' directives (pin, backend, model) exactly as the peers do when they claim.
    """
    estimates = estimates or {}
    gpus = gpus or {}
    everyone = list(live_peers)
    peers = [p for p in everyone if not p.paused]
    wanted = []
    for intent_id in intent_ids:
        title = board.intent(intent_id).title
        wanted.append((title, parse_directives(board.directives_of(intent_id)).as_params()))
    machines: set[str] = set()
    total = 0.0
    unrunnable: list[str] = []
    reasons: list[str] = []
    count = 0
    for stage in ("still", "clip"):
        capable: dict[str, PeerCaps] = {}
        stage_jobs = 0
        for title, params in wanted:
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
        slots = sum(p.slots for p in capable.values())
        per_job = min(estimates.get(p.peer_id, {}).get(stage, FALLBACK_S[stage]) for p in capable.values())
        waves = -(-stage_jobs // slots)
        total += waves * per_job
        used = sorted(capable.values(), key=lambda p: estimates.get(p.peer_id, {}).get(stage, FALLBACK_S[stage]))
        for p in used[: max(1, stage_jobs)]:
            machines.add(p.name or p.peer_id)
    gpu_count = sum(gpus.get(p.peer_id, 0) for p in peers if (p.name or p.peer_id) in machines)
    names = sorted(machines)
    where = ", ".join(names) if names else "no machine"
    text = f"{count} job{'s' if count != 1 else ''} on {where}: {gpu_count} GPU{'s' if gpu_count != 1 else ''}, "
    text += _fmt(total)
    if reasons:
        more = f"; and {len(reasons) - 1} more" if len(reasons) > 1 else ""
        text += f" — nothing live can run {', '.join(unrunnable)} now ({reasons[0]}{more})"
    return CostPreview(names, gpu_count, total, count, text, unrunnable, reasons)
