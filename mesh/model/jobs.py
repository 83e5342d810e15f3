"""Render jobs: what a person's "Render" writes into the board, and how a job's state is read back.

Rendering an intent creates a small job graph: ``still`` (text-to-image, or from a reference-image comp)
then ``clip`` (image-to-video, 8 s unless a directive says otherwise), the clip depending on the still.
Job maps hold only what a person asked for; who runs a job is in its ``claims`` map, owned by
`mesh.model.claims`. A job's state is a pure function of its map (and its dependencies' maps), so every replica
that holds the same document shows the same state.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pycrdt import Map

from mesh.const import DEFAULT_CLIP_S, MAX_ATTEMPTS
from mesh.errors import DirectiveError, SchemaError
from mesh.model.board import Board, Comp, Intent, new_id, plain
from mesh.model.directives import DIRECTIVE_KEYS, Directives, parse_directives
from mesh.model.hlc import HLC

__all__ = [
    "DIRECTIVE_KEYS",
    "ClaimView",
    "Directives",
    "Job",
    "JobState",
    "cancel_jobs",
    "jobs",
    "jobs_with_key",
    "parse_directives",
    "plan_render",
    "plan_visual_narration",
    "remove_block",
]


class JobState(StrEnum):
    WAITING = "waiting"  # a dependency is not done yet
    QUEUED = "queued"  # open: nobody holds a live claim
    CLAIMED = "claimed"  # a live claim exists, the owner has not started heavy work
    RENDERING = "rendering"
    DONE = "done"
    FAILED = "failed"  # MAX_ATTEMPTS runs failed, or a dependency failed
    LOST = "lost"  # the owner vanished (lease lapsed) and nobody has claimed it again yet
    CANCELLED = "cancelled"

    @property
    def terminal(self) -> bool:
        return self in (JobState.DONE, JobState.FAILED, JobState.CANCELLED)


STAGES = ("still", "clip")
MAX_DEP_DEPTH = 32  # plan_render writes chains of 2; deeper or cyclic chains come from a broken replica

@dataclass(frozen=True, slots=True)
class ClaimView:
    """One claim on a job, as written by `mesh.model.claims` (read-only here)."""

    id: str
    peer: str
    stamp: str
    started: bool = False
    renewed: int = 0
    lapsed: bool = False
    withdrawn: bool = False
    failed: str = ""
    done: bool = False
    cancelled: bool = False
    outputs: tuple[str, ...] = ()
    gone: bool = False  # its outputs are on no live peer any more (anyone may set it): the job reopens

    @property
    def finished(self) -> bool:
        """Done, and its output can still be had from some peer: this run counts as the job's result."""
        return self.done and not self.gone

    @property
    def live(self) -> bool:
        return not (self.lapsed or self.withdrawn or self.failed or self.done or self.cancelled)

    @property
    def order(self) -> tuple[str, str]:
        """Concurrent claims resolve to the smallest (stamp, peer) on every replica."""
        return (self.stamp, self.peer)


class Job:
    """A typed view over one job map."""

    def __init__(self, board: Board, job_id: str, ymap: Map) -> None:
        self.board, self.id, self._m = board, job_id, ymap

    def _get(self, key: str, default: Any = None) -> Any:
        value = self._m.get(key, default)
        return plain(value) if value is not None else default

    @property
    def map(self) -> Map:
        """The raw map, for `mesh.model.claims` only (it owns the claim keys)."""
        return self._m

    intent_id = property(lambda self: str(self._get("intent", "")))
    stage = property(lambda self: str(self._get("stage", "")))
    group = property(lambda self: str(self._get("group", "")))
    requested_by = property(lambda self: str(self._get("by", "")))
    created = property(lambda self: str(self._get("created", "")))
    cancelled = property(lambda self: bool(self._get("cancelled", False)))
    key = property(lambda self: str(self._get("key", "")))  # the requester's idempotency key ('' if none)

    @property
    def priority(self) -> int:
        return _count(self._get("priority", 0))

    @property
    def visual(self) -> bool:
        """An illustration the narrator asked for (its target is a visual-narration block, not an intent)."""
        return bool(self.params.get("visual"))

    @property
    def deps(self) -> list[str]:
        value = self._get("deps", [])
        return [str(v) for v in value] if isinstance(value, list) else []

    @property
    def params(self) -> dict[str, Any]:
        value = self._get("params", {})
        return dict(value) if isinstance(value, dict) else {}

    def claims(self) -> list[ClaimView]:
        raw = self._m.get("claims")
        if not isinstance(raw, Map):
            return []
        out = []
        for claim_id, c in raw.items():
            if not isinstance(c, Map) or not isinstance(c.get("peer"), str) or not isinstance(c.get("stamp"), str):
                continue
            outputs = plain(c.get("outputs")) or []
            out.append(ClaimView(
                id=claim_id, peer=c["peer"], stamp=c["stamp"], started=bool(c.get("started", False)),
                renewed=_count(c.get("renewed", 0)), lapsed=bool(c.get("lapsed", False)),
                withdrawn=bool(c.get("withdrawn", False)), failed=str(c.get("failed") or ""),
                done=bool(c.get("done", False)), cancelled=bool(c.get("cancelled", False)),
                outputs=tuple(str(o) for o in outputs) if isinstance(outputs, list) else (),
                gone=bool(c.get("gone", False)),
            ))
        return sorted(out, key=lambda c: c.order)

    def winner(self) -> ClaimView | None:
        live = [c for c in self.claims() if c.live]
        return live[0] if live else None

    def failures(self) -> list[ClaimView]:
        return [c for c in self.claims() if c.failed]

    def outputs(self) -> list[str]:
        """Gen.art ids of every finished run whose output still exists somewhere, in claim order (the
        first is the job's result). A run marked `gone` keeps its gen.art block; it is just not the result."""
        return [o for c in self.claims() if c.finished for o in c.outputs]

    def own_state(self) -> JobState:
        """The state from this job's claims alone (dependencies not considered)."""
        claims = self.claims()
        if any(c.finished for c in claims):
            return JobState.DONE
        if self.cancelled:
            return JobState.CANCELLED
        if len([c for c in claims if c.failed]) >= MAX_ATTEMPTS:
            return JobState.FAILED
        live = [c for c in claims if c.live]
        if live:
            return JobState.RENDERING if live[0].started else JobState.CLAIMED
        if claims and claims[-1].lapsed:
            return JobState.LOST
        return JobState.QUEUED

    def state(self) -> JobState:
        return self._state(frozenset())

    def _state(self, seen: frozenset[str]) -> JobState:
        own = self.own_state()
        if own is not JobState.QUEUED:
            return own
        seen = seen | {self.id}
        for dep_id in self.deps:
            dep = job(self.board, dep_id)
            # missing, or a cycle / absurdly deep chain another replica wrote: never recurse forever
            if dep is None or dep_id in seen or len(seen) > MAX_DEP_DEPTH:
                return JobState.FAILED
            dep_state = dep._state(seen)
            if dep_state in (JobState.FAILED, JobState.CANCELLED):
                return dep_state
            if dep_state is not JobState.DONE:
                return JobState.WAITING
        return own

    def reason(self) -> str:
        """Why a job failed or is blocked, in words a person can act on."""
        return self._reason(frozenset())

    def _reason(self, seen: frozenset[str]) -> str:
        failures = self.failures()
        if failures:
            last = failures[-1]
            return f"{last.failed} (on {last.peer}, attempt {len(failures)}/{MAX_ATTEMPTS})"
        seen = seen | {self.id}
        for dep_id in self.deps:
            if dep_id in seen or len(seen) > MAX_DEP_DEPTH:
                return "its dependencies form a cycle"
            dep = job(self.board, dep_id)
            if dep is not None and dep.state() is JobState.FAILED:
                return f"{dep.stage} failed: {dep._reason(seen)}"
        return ""

    def to_dict(self) -> dict[str, Any]:
        """JSON for the CLI and scripts: `peer` is who renders it now, or who finished it first."""
        state = self.state()
        winner = self.winner()
        finisher = next((c for c in self.claims() if c.finished), None)
        peer = winner.peer if winner else finisher.peer if finisher else None
        params = {k: int(v) if isinstance(v, float) and v.is_integer() and k != "duration_s" else v
                  for k, v in self.params.items()}  # Yjs numbers are floats: show a seed as 42, not 42.0
        return {
            "id": self.id, "intent": self.intent_id, "stage": self.stage, "group": self.group,
            "state": state.value, "peer": peer, "deps": self.deps,
            "by": self.requested_by, "priority": self.priority, "params": params,
            "reason": "" if state is JobState.DONE else self.reason(), "outputs": self.outputs(),
            "claims": [{"id": c.id, "peer": c.peer, "live": c.live, "failed": c.failed, "done": c.done,
                        "lapsed": c.lapsed} for c in self.claims()],
        }


def _count(value: Any) -> int:
    """An integer written by another replica (ints arrive as floats; inf, nan and text read as 0)."""
    return int(value) if isinstance(value, int | float) and math.isfinite(value) else 0


def job(board: Board, job_id: str) -> Job | None:
    raw = board.jobs_root.get(job_id)
    return Job(board, job_id, raw) if isinstance(raw, Map) else None


def jobs(board: Board, *, intent_id: str | None = None) -> list[Job]:
    out = [Job(board, jid, raw) for jid, raw in board.jobs_root.items() if isinstance(raw, Map)]
    if intent_id is not None:
        out = [j for j in out if j.intent_id == intent_id]
    return sorted(out, key=lambda j: (j.created, j.id))


def plan_render(board: Board, intent_ids: Iterable[str], *, requested_by: str, hlc: HLC | None = None,
                origin: str | None = None, key: str = "") -> list[str]:
    """Write the job graph for each intent (still -> clip); returns the new job ids.

    Every intent and its directives are checked before anything is written, so a bad directive on one
    intent of a selection writes nothing (DirectiveError names the intent and key). A `key` is written
    into every job of this request, in the same transaction, so a retried request can find them
    (`jobs_with_key`) on any replica, after any crash.
    """
    hlc = hlc or HLC()
    origin = origin or requested_by
    plans = []
    for intent_id in dict.fromkeys(intent_ids):
        intent = board.intent(intent_id)
        try:
            directives = parse_directives(board.directives_of(intent_id))
        except DirectiveError as exc:
            raise DirectiveError(f"intent {intent.title!r}: {exc}") from None
        refs = [c for c in board.comps_of(intent_id) if isinstance(c, Comp) and c.sub == "image" and c.asset]
        plans.append((intent, directives, refs[0].asset if refs else ""))
    if not plans:
        raise SchemaError("nothing to render: no intent ids given")
    created: list[str] = []
    with board.transact(origin):
        for intent, directives, ref in plans:
            group = new_id("rg")
            params = directives.as_params()
            params.setdefault("duration_s", directives.duration_s or intent.duration_s or DEFAULT_CLIP_S)
            still_params = dict(params, ref=ref) if ref else dict(params)
            still = _write_job(board, intent.id, "still", group, [], still_params, directives.priority,
                               requested_by, hlc, key)
            clip = _write_job(board, intent.id, "clip", group, [still], params, directives.priority,
                              requested_by, hlc, key)
            created += [still, clip]
    return created


def _write_job(board: Board, intent_id: str, stage: str, group: str, deps: list[str], params: dict[str, Any],
               priority: int, by: str, hlc: HLC, key: str = "") -> str:
    job_id = new_id("job")
    fields: dict[str, Any] = {
        "intent": intent_id, "stage": stage, "group": group, "deps": deps, "params": params,
        "priority": priority, "by": by, "created": HLC.encode(hlc.now()), "cancelled": False,
        "claims": Map(),
    }
    if key:
        fields["key"] = key
    board.jobs_root[job_id] = Map(fields)
    return job_id


VISUAL_PRIORITY = -10  # the lowest: any person's render is claimed first


def plan_visual_narration(board: Board, target_id: str, prompt: str, *, caption: str = "", requested_by: str,
                          hlc: HLC | None = None, origin: str | None = None) -> str:
    """One text-to-image job illustrating the narration, at the lowest priority; returns its id.

    Its target is a visual-narration block (the still lands there), so it is claimed like any still by
    whichever capable peer is free, after every person's job."""
    prompt = " ".join(prompt.split())[:500]
    if not prompt:
        raise SchemaError("a visual narration needs an image prompt")
    params = {"prompt": prompt, "caption": " ".join(caption.split())[:300], "visual": True,
              "width": 768, "height": 432}
    with board.transact(origin or requested_by):
        return _write_job(board, target_id, "still", new_id("rg"), [], params, VISUAL_PRIORITY, requested_by,
                          hlc or HLC())


def jobs_with_key(board: Board, key: str) -> list[Job]:
    """The jobs one request wrote under its idempotency key (none for an empty key)."""
    return [j for j in jobs(board) if key and j.key == key]


def remove_block(board: Board, block_id: str, *, origin: str) -> None:
    """Delete a block as a person does: an intent's jobs are cancelled in the same transaction (nobody
    would ever claim them, as a job is claimed only while its intent is visible, and `render --wait`
    must hear that they ended)."""
    with board.transact(origin):
        if isinstance(board.block(block_id), Intent):
            cancel_jobs(board, [j.id for j in jobs(board, intent_id=block_id)], origin=origin)
        board.remove(block_id, origin=origin)


def cancel_jobs(board: Board, job_ids: Iterable[str], *, origin: str) -> int:
    """Mark jobs cancelled (owners stop their runs when they see it); returns how many changed."""
    count = 0
    with board.transact(origin):
        for job_id in job_ids:
            j = job(board, job_id)
            if j is not None and not j.own_state().terminal:
                j.map["cancelled"] = True
                count += 1
    return count
