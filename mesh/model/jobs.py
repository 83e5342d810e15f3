"""Render jobs: what a person's "Render" writes into the board, and how a job's state is read back.

Rendering an intent expands its pipeline (`mesh.model.pipelines`; a scene's is ``still`` then an 8 s
``clip``) into a job graph: one job per stage, each naming its inputs (a comp's asset, a take, or the
job whose take it waits for) and depending on the jobs it waits for. A stage whose inputs are unchanged
since a take was made is not planned again: that take is reused (`plan`).
Job maps hold only what a person asked for; who runs a job is in its ``claims`` map, owned by
`mesh.model.claims`. A job's state is a pure function of its map (and its dependencies' maps), so every replica
that holds the same document shows the same state.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pycrdt import Map

from mesh.const import DEFAULT_CLIP_S, MAX_ATTEMPTS
from mesh.errors import DirectiveError, SchemaError
from mesh.model.board import Board, Comp, GenArt, Intent, new_id, plain
from mesh.model.directives import DIRECTIVE_KEYS, Directives, parse_directives
from mesh.model.hlc import HLC
from mesh.model.pipelines import (
    REQUIRED_ROLES,
    Pipeline,
    PipelineError,
    PipelineSet,
    Source,
    StagePlan,
    installed,
)
from mesh.model.schema import EdgeKind
from mesh.model.stages import STAGES

__all__ = [
    "DIRECTIVE_KEYS",
    "PANEL_FIELDS",
    "STAGES",
    "ClaimView",
    "Directives",
    "IntentPlan",
    "Job",
    "JobState",
    "Step",
    "cancel_jobs",
    "default_seed",
    "fingerprint",
    "intent_panel",
    "intent_prompt",
    "jobs",
    "jobs_with_key",
    "parse_directives",
    "plan",
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


MAX_DEP_DEPTH = 32  # pipelines have at most 16 stages; deeper or cyclic chains come from a broken replica

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

    @property
    def inputs(self) -> dict[str, tuple[str, str]]:
        """Role -> (``asset``|``art``|``job``, ref) as the plan wrote it; malformed entries are dropped."""
        value = self._get("inputs", {})
        out: dict[str, tuple[str, str]] = {}
        if isinstance(value, dict):
            for role, ref in value.items():
                if isinstance(ref, dict) and len(ref) == 1:
                    (kind, target), = ref.items()
                    if kind in ("asset", "art", "job") and isinstance(target, str) and target:
                        out[str(role)] = (kind, target)
        return out

    @property
    def planned(self) -> bool:
        """Written by a pipeline plan (with `inputs`), not by an older peer (a ``ref`` param and deps)."""
        return self._m.get("inputs") is not None

    fingerprint = property(lambda self: str(self._get("fp", "") or ""))  # the plan's input digest ('' if unknown)
    step = property(lambda self: str(self._get("step", "") or self.stage))  # the pipeline's stage id
    pipeline = property(lambda self: str(self._get("pipeline", "") or ""))

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
            "pipeline": self.pipeline, "step": self.step,
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
                origin: str | None = None, key: str = "", pipelines: PipelineSet | None = None,
                force: bool = False) -> list[str]:
    """Write the job graph of each intent's pipeline (`plan`); returns the new job ids.

    Every intent, its pipeline and its directives are checked before anything is written, so a bad
    directive on one intent of a selection writes nothing (DirectiveError names the intent and key). A
    stage whose inputs are unchanged since a take was made is not planned again (see `plan`); `force`
    renders every stage anew. A `key` is written into every job of this request, in the same transaction,
    so a retried request can find them (`jobs_with_key`) on any replica, after any crash.
    """
    hlc = hlc or HLC()
    plans = plan(board, intent_ids, pipelines=pipelines, force=force)
    created: list[str] = []
    new_ids: dict[tuple[str, str], str] = {}
    with board.transact(origin or requested_by):
        for ip in plans:
            group = new_id("rg")
            for step in ip.steps:
                if step.action != "render":
                    continue
                inputs: dict[str, dict[str, str]] = {}
                deps: list[str] = []
                for role, (kind, ref) in step.inputs.items():
                    if kind == "plan":
                        kind, ref = "job", new_ids[_plan_key(ref)]
                        step.inputs[role] = (kind, ref)
                    inputs[role] = {kind: ref}
                    if kind == "job" and ref not in deps:
                        deps.append(ref)
                if not step.key:  # now that the jobs it waits for have ids, a retry can find this one
                    step.key = step.digest(board)
                if step.stage.kind == "still" and step.inputs.get("input_image", ("", ""))[0] == "asset":
                    step.params["ref"] = step.inputs["input_image"][1]  # what a peer from before pipelines reads
                job_id = _write_job(board, ip.intent.id, step.stage.kind, group, deps, step.params, step.priority,
                                    requested_by, hlc, key, extra={"inputs": inputs, "fp": step.key,
                                                                   "step": step.stage.id,
                                                                   "pipeline": ip.pipeline.name})
                new_ids[(ip.intent.id, step.stage.kind)] = job_id
                created.append(job_id)
    return created


def _plan_key(ref: str) -> tuple[str, str]:
    intent_id, _, kind = ref.rpartition("/")
    return intent_id, kind


@dataclass(slots=True)
class Step:
    """What rendering one stage of one intent comes to: render it, reuse a take or a pending job, or skip it."""

    stage: StagePlan
    action: str  # "render" | "reuse" | "skip"
    params: dict[str, Any] = field(default_factory=dict)
    priority: int = 0
    inputs: dict[str, tuple[str, str]] = field(default_factory=dict)  # role -> (asset|art|job|plan, ref)
    key: str = ""  # the input fingerprint ('' when an input is still to be rendered by this plan)
    reused: str = ""  # the gen.art (take) or job id reused
    why: str = ""
    basis: tuple[str, dict[str, Any], int] = ("", {}, 0)  # prompt, panel, seed (set by `_decide`)

    def digest(self, board: Board) -> str:
        """The fingerprint of this step's inputs; a job under way counts by its id (its take is unknown)."""
        assets: dict[str, str] = {}
        for role, (kind, ref) in self.inputs.items():
            art = board.block(ref) if kind == "art" else None
            assets[role] = ref if kind == "asset" else art.asset if isinstance(art, GenArt) else f"{kind}:{ref}"
        prompt, panel, seed = self.basis
        return fingerprint(self.stage.kind, prompt, panel, self.params, seed, assets)

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.stage.id, "kind": self.stage.kind, "action": self.action, "reused": self.reused,
                "why": self.why}


@dataclass(slots=True)
class IntentPlan:
    intent: Intent
    pipeline: Pipeline
    steps: list[Step]

    def step(self, kind: str) -> Step | None:
        return next((s for s in self.steps if s.stage.kind == kind), None)


def plan(board: Board, intent_ids: Iterable[str], *, pipelines: PipelineSet | None = None,
         force: bool = False) -> list[IntentPlan]:
    """Expand each intent's pipeline against the board, writing nothing (the cost preview shows this).

    Each stage's inputs are resolved in the pipeline's order: a comp's asset, the take of an earlier
    stage, the chosen take of a linked intent (or that intent's job in this same plan). A stage whose
    inputs are all takes that exist is fingerprinted (`fingerprint`): a take with the same fingerprint
    is reused instead of rendering it again (the chosen one first), and so is a job still under way with
    the same inputs. Intents that others in the selection link to are planned (and listed) first.
    """
    pipelines = pipelines or installed()
    ids = list(dict.fromkeys(intent_ids))
    if not ids:
        raise SchemaError("nothing to render: no intent ids given")
    intents = {i: board.intent(i) for i in ids}
    planned: dict[str, IntentPlan] = {}
    remaining = list(ids)
    while remaining:
        # an intent whose linked intents in this selection are planned (or, for a loop of links, the first)
        ready = [i for i in remaining if not (_linked_ids(board, intents[i]) & set(remaining)) - {i}]
        intent_id = (ready or remaining)[0]
        remaining.remove(intent_id)
        intent = intents[intent_id]
        pipeline = pipelines.for_intent(intent.sub, intent.pipeline)
        planned[intent_id] = _plan_intent(board, intent, pipeline, planned, force)
    return list(planned.values())  # in planning order: what an intent waits for is planned before it


def _linked_ids(board: Board, intent: Intent) -> set[str]:
    return {b.id for b in board.linked(intent.id, EdgeKind.CAST) if isinstance(b, Intent)} | {
        e.dst for e in board.edges() if e.kind is EdgeKind.SEQUENCE and e.src == intent.id}


def _plan_intent(board: Board, intent: Intent, pipeline: Pipeline, planned: dict[str, IntentPlan],
                 force: bool) -> IntentPlan:
    raw = board.directives_of(intent.id)
    ip = IntentPlan(intent, pipeline, [])
    prompt, panel = intent_prompt(board, intent), intent_panel(intent)
    for stage in pipeline.stages:
        try:
            directives = parse_directives({**stage.directives, **raw}).for_stage(stage.kind)
        except DirectiveError as exc:
            raise DirectiveError(f"intent {intent.title!r}: {exc}") from None
        params = directives.as_params()
        params.setdefault("duration_s", directives.duration_s or intent.duration_s or DEFAULT_CLIP_S)
        for name, value in (("workflow", stage.template), ("model", stage.model), ("backend", stage.backend)):
            if value:
                params.setdefault(name, value)
        if stage.flow is not None:
            params.update(stage.flow.as_params())
        step = Step(stage, "render", params, directives.priority)
        for role, sources in stage.consumes.items():
            found = None
            for src in sources:  # the first source present wins; the intent's own text needs no input
                if src.kind == "text":
                    break
                found = _resolve(board, intent, src, ip, planned)
                if found:
                    break
            if found is not None:
                step.inputs[role] = found
        lacking = sorted(REQUIRED_ROLES[stage.kind] - set(step.inputs))
        if lacking:
            role = lacking[0]
            wanted = " or ".join(str(s) for s in stage.consumes[role])
            if stage.optional:
                ip.steps.append(Step(stage, "skip", why=f"no {role} ({wanted})"))
                continue
            raise PipelineError(f"intent {intent.title!r}: the {stage.id} stage of pipeline {pipeline.name!r} "
                                f"needs its {role} from {wanted}, and there is none yet")
        _decide(board, intent, step, prompt, panel, force)
        ip.steps.append(step)
    return ip


def _resolve(board: Board, intent: Intent, src: Source, ip: IntentPlan,
             planned: dict[str, IntentPlan]) -> tuple[str, str] | None:
    """Where one source's input comes from now, or None when it is not there."""
    if src.kind == "comp":
        comp = next((c for c in board.comps_of(intent.id) if c.sub == src.ref and c.asset), None)
        return ("asset", comp.asset) if comp is not None else None
    if src.kind == "stage":
        kind = ip.pipeline.stage(src.ref).kind
        return _from_step(intent.id, ip.step(kind))
    if src.kind == "chosen":
        return _chosen(board, intent, src.stage)
    if src.kind == "link":
        others = [b for b in board.linked(intent.id, EdgeKind.CAST) if isinstance(b, Intent) and b.sub == src.ref]
    else:  # next
        others = [b for e in board.edges() if e.kind is EdgeKind.SEQUENCE and e.src == intent.id
                  for b in [board.block(e.dst)] if isinstance(b, Intent) and b.id != intent.id]
    for other in others:
        theirs = planned.get(other.id)
        found = _from_step(other.id, theirs.step(src.stage)) if theirs is not None else None
        found = found or _chosen(board, other, src.stage)
        if found:
            return found
    return None


def _from_step(intent_id: str, step: Step | None) -> tuple[str, str] | None:
    if step is None or step.action == "skip":
        return None
    if step.action == "reuse":
        return ("art" if step.reused.startswith("ga-") else "job", step.reused)
    return ("plan", f"{intent_id}/{step.stage.kind}")


def _chosen(board: Board, intent: Intent, kind: str) -> tuple[str, str] | None:
    art = board.block(intent.chosen.get(kind, ""))
    return ("art", art.id) if isinstance(art, GenArt) and art.asset else None


def _decide(board: Board, intent: Intent, step: Step, prompt: str, panel: dict[str, Any], force: bool) -> None:
    """Render the step, or reuse a take / a job under way that has exactly its inputs."""
    step.basis = (prompt, panel, int(step.params.get("seed", default_seed(intent.id))))
    if any(kind == "plan" for kind, _ in step.inputs.values()):
        step.why = "an input is rendered by this request"
        return
    step.key = step.digest(board)
    if force:
        step.why = "asked to render again"
        return
    # the takes linked to the intent (its gen.art edges): no scan of every block on a big board
    made = [a for a in board.linked(intent.id, EdgeKind.GEN_ART)
            if isinstance(a, GenArt) and str(a.get("stage")) == step.stage.kind]
    takes = [a for a in made if a.fingerprint == step.key and a.asset and _take_alive(board, a)]
    if takes:
        chosen = intent.chosen.get(step.stage.kind)
        best = next((a for a in takes if a.id == chosen), max(takes, key=lambda a: (str(a.get("created")), a.id)))
        step.action, step.reused, step.why = "reuse", best.id, "its inputs are unchanged since this take"
        return
    pending = [j for j in jobs(board, intent_id=intent.id) if j.stage == step.stage.kind and j.fingerprint == step.key
               and j.state() not in (JobState.FAILED, JobState.CANCELLED, JobState.DONE)]
    if pending:
        step.action, step.reused, step.why = "reuse", pending[-1].id, "the same render is under way"
        return
    step.why = "its inputs changed" if made else "no take yet"


def _take_alive(board: Board, art: GenArt) -> bool:
    """A take still counts when the run that made it was not marked gone (its file is on some peer)."""
    j = job(board, art.job_id)
    if j is None:
        return True
    return any(c.finished for c in j.claims() if c.id == str(art.get("run_id"))) or not art.get("run_id")


FP_IGNORED = frozenset({"pin", "backend", "priority", "ref", "visual"})  # where it runs, not what it makes


def fingerprint(kind: str, prompt: str, panel: dict[str, Any], params: dict[str, Any], seed: int,
                inputs: dict[str, str]) -> str:
    """A digest of everything that shapes a stage's take: text, storyboard fields, params, seed, inputs.

    Numbers are normalised (the document returns 42 as 42.0), so the digest computed when planning
    equals the one the peer computes from the same job when it renders (`peers.requests`)."""
    def norm(value: Any) -> Any:
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return value

    body = {
        "kind": kind, "prompt": prompt, "seed": int(seed), "inputs": dict(sorted(inputs.items())),
        "panel": {k: norm(v) for k, v in sorted(panel.items())},
        "params": {k: norm(v) for k, v in sorted(params.items()) if k not in FP_IGNORED},
    }
    text = json.dumps(body, sort_keys=True, default=str, separators=(",", ":"))
    return "fp-" + hashlib.sha256(text.encode()).hexdigest()[:32]


PANEL_FIELDS = ("title", "scene_no", "shot_no", "shot_size", "angle", "camera_move", "lens", "action",
                "dialogue", "sound", "transition")


def intent_prompt(board: Board, intent: Intent) -> str:
    """The prompt of an intent's stages: its text plus its note comps (style notes feed the prompt)."""
    notes = [c.text.strip() for c in board.comps_of(intent.id) if isinstance(c, Comp) and c.sub == "note"]
    return ". ".join(p for p in [intent.description.strip() or intent.title, *notes] if p)


def intent_panel(intent: Intent) -> dict[str, Any]:
    """The storyboard fields a backend may draw (the CPU panel does)."""
    panel: dict[str, Any] = {"sub": intent.sub, **{name: intent.get(name) for name in PANEL_FIELDS}}
    panel["notes"] = str(intent.get("notes") or "")
    return panel


def default_seed(intent_id: str) -> int:
    """Stable per intent, so rendering again gives the same take unless a seed directive says otherwise."""
    return int.from_bytes(hashlib.sha256(intent_id.encode()).digest()[:4], "big")


def _write_job(board: Board, intent_id: str, stage: str, group: str, deps: list[str], params: dict[str, Any],
               priority: int, by: str, hlc: HLC, key: str = "", *, extra: dict[str, Any] | None = None) -> str:
    job_id = new_id("job")
    fields: dict[str, Any] = {
        "intent": intent_id, "stage": stage, "group": group, "deps": deps, "params": params,
        "priority": priority, "by": by, "created": HLC.encode(hlc.now()), "cancelled": False,
        "claims": Map(),
    }
    if key:
        fields["key"] = key
    fields.update(extra or {})
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
