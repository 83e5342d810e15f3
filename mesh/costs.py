"""The cost preview a person sees before committing GPUs ("3 GPUs, ~2 min").

Computed from the roster (who is live, what each can run, their per-stage time estimates) with the
same ranking the peers use to claim, so the preview names the machines that will most likely render.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .board import Board
from .jobs import parse_directives
from .scheduling import PeerCaps

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
    unrunnable: list[str]  # stages no live peer can run now

    def to_dict(self) -> dict[str, object]:
        return {"machines": self.machines, "gpus": self.gpus, "seconds": round(self.seconds, 1),
                "jobs": self.jobs, "text": self.text, "unrunnable": self.unrunnable}


def _fmt(seconds: float) -> str:
    return f"~{seconds:.0f} s" if seconds < 90 else f"~{seconds / 60:.0f} min"


def preview(board: Board, intent_ids: Sequence[str], live_peers: Iterable[PeerCaps],
            estimates: dict[str, dict[str, float]] | None = None, gpus: dict[str, int] | None = None) -> CostPreview:
    """Estimate a render of these intents: which machines, how many GPUs, how long (wall clock).

    `estimates` maps peer id -> stage -> seconds per job; `gpus` maps peer id -> GPUs it renders with.
    Wall time assumes jobs spread over every capable free slot, stills before clips.
    """
    estimates = estimates or {}
    gpus = gpus or {}
    peers = [p for p in live_peers if not p.paused]
    machines: set[str] = set()
    total = 0.0
    unrunnable: list[str] = []
    count = 0
    for stage in ("still", "clip"):
        capable = [p for p in peers if stage in p.stages and p.slots > 0]
        stage_jobs = 0
        for intent_id in intent_ids:
            board.intent(intent_id)
            stage_jobs += 1
            directives = parse_directives(board.directives_of(intent_id))
            if directives.pin:
                capable = [p for p in capable if directives.pin in (p.peer_id, p.name)] or capable
        count += stage_jobs
        if not capable:
            unrunnable.append(stage)
            continue
        slots = sum(p.slots for p in capable)
        per_job = min(estimates.get(p.peer_id, {}).get(stage, FALLBACK_S[stage]) for p in capable)
        waves = -(-stage_jobs // slots)
        total += waves * per_job
        used = sorted(capable, key=lambda p: estimates.get(p.peer_id, {}).get(stage, FALLBACK_S[stage]))
        for p in used[: max(1, stage_jobs)]:
            machines.add(p.name or p.peer_id)
    gpu_count = sum(gpus.get(p.peer_id, 0) for p in peers if (p.name or p.peer_id) in machines)
    names = sorted(machines)
    where = ", ".join(names) if names else "no machine"
    text = f"{count} jobs on {where}: {gpu_count} GPU{'s' if gpu_count != 1 else ''}, {_fmt(total)}"
    if unrunnable:
        text += f" — nothing live can run {', '.join(unrunnable)} now"
    return CostPreview(names, gpu_count, total, count, text, unrunnable)
