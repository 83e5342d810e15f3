"""Property test: any valid pipeline graph, expanded by `plan_render`, runs over the simulated mesh (see
`sim.py`) to completion with every job finished exactly once as a take — while a peer dies mid-run
(its lease lapses and the job is claimed again) and first attempts fail (retried)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mesh.model.jobs import job
from mesh.model.pipelines import REQUIRED_ROLES, PipelineError, PipelineSet, parse_pipeline
from mesh.model.stages import STAGE_OUTPUT, STAGES

from .sim import Simulation

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=40)
MEDIA = {"input_image": "image", "end_image": "image", "style_image": "image", "input_video": "video"}


@st.composite
def pipelines(draw: st.DrawFn) -> dict[str, Any]:
    """A random valid stage graph: each kind at most once, every input it needs from an earlier stage."""
    kinds = draw(st.permutations(STAGES))
    first = draw(st.sampled_from(["still", "sheet"]))
    kinds = [first, *(k for k in kinds if k != first)]
    stages: list[dict[str, Any]] = []
    for kind in kinds[: draw(st.integers(1, len(kinds)))]:
        consumes: dict[str, str] = {}
        roles = sorted(REQUIRED_ROLES[kind]) or (["input_image"] if draw(st.booleans()) else [])
        for role in roles:
            earlier = [s["id"] for s in stages if STAGE_OUTPUT[s["kind"]] == MEDIA[role]]
            if earlier:
                consumes[role] = f"stage:{draw(st.sampled_from(earlier))}"
        if REQUIRED_ROLES[kind] - set(consumes):
            continue
        stages.append({"id": f"s-{kind}", "kind": kind, "consumes": consumes})
    return {"name": "random", "default_for": ["scene"], "stages": stages}


@SETTINGS
@given(data=pipelines(), seed=st.integers(0, 2**32), peers=st.integers(2, 4), intents=st.integers(1, 2),
       kill_at=st.floats(0.3, 6.0), fail_first=st.floats(0.0, 0.5))
def test_any_pipeline_finishes_every_job_once_with_dead_peers_and_retries(
        data: dict[str, Any], seed: int, peers: int, intents: int, kill_at: float, fail_first: float) -> None:
    pipeline = parse_pipeline(data, "generated")
    sim = Simulation(seed=seed, peers=peers, skews=[0.0], delay_s=(0.0, 0.05), loss=0.0, run_s=(0.5, 3.0))
    sim.fail_first = fail_first
    job_ids = sim.request(intents, pipelines=PipelineSet([pipeline]))
    assert len(job_ids) == intents * len(pipeline.stages)
    sim.run_for(kill_at)
    victim = next((p for p in sim.peers if p.running), sim.peers[-1])
    victim.alive = False  # dies for good, mid-run if it was running something
    assert sim.run_until_done(job_ids, limit_s=900), [sim.state(j) for j in job_ids]
    board = sim.alive_peers()[0].board
    # a run the victim finished in the tick it died never left it (its update was in flight): not a take
    finished = Counter(j for _, j, art in sim.ledger if board.block(art) is not None)
    assert finished == Counter(job_ids), "every job finished exactly once"
    for job_id in job_ids:
        j = job(board, job_id)
        assert len(j.outputs()) == 1, "exactly one take"
        for dep in j.deps:
            assert dep in job_ids, "a job waits only on jobs of the same plan"
    starts = Counter(job_id for job_id, _, _ in sim.started)
    assert all(starts[j] >= 1 for j in job_ids)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
    | st.sampled_from([*STAGES, "text", "comp:image", "stage:still", "stage:clip", "link:character:sheet",
                       "next:still", "input_image", "end_image", "kind", "consumes", "stages"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["name", "kind", "id", "consumes", "stages", "optional", "input_image", "input_video",
                         "style_image", "end_image", "prompt", "directives", "template", "default_for", "x"]),
        inner, max_size=5),
    max_leaves=20)


@settings(deadline=None, max_examples=300)
@given(data=json_values)
def test_any_decoded_file_is_a_pipeline_or_a_pipeline_error(data: Any) -> None:
    """Whatever a user's file decodes to, it is accepted or refused with a PipelineError naming the file."""
    try:
        pipeline = parse_pipeline(data, "fuzz.toml", default_name="fuzz")
    except PipelineError as exc:
        assert str(exc).startswith("fuzz.toml: ")
    else:
        assert [s.id for s in pipeline.stages]
        seen: set[str] = set()
        for stage in pipeline.stages:  # dependency order
            assert set(stage.after) <= seen
            seen.add(stage.id)
