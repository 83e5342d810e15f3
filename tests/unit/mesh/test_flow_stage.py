"""The ``flow`` stage kind: a LangFlow flow's text as a later stage's prompt (pure: no server, no peers)."""

from __future__ import annotations

import json

import pytest

from mesh.model.board import Board
from mesh.model.jobs import job, plan, plan_render
from mesh.model.pipelines import PipelineError, PipelineSet, parse_pipeline
from mesh.model.replica import Replica

USER = "user:alice"
EXPANDED = parse_pipeline({"name": "expanded", "stages": [
    {"id": "expand", "kind": "flow", "flow": {"name": "expand-prompt", "input_type": "text",
                                              "output_component": "ChatOutput-out",
                                              "tweaks": {"Prompt-1": {"template": "{text}, 35mm"}}}},
    {"id": "still", "kind": "still", "consumes": {"prompt": "stage:expand"}},
    {"id": "clip", "kind": "clip", "consumes": {"input_image": "stage:still"}},
]}, "expanded.toml")


@pytest.fixture
def board() -> Board:
    return Replica("b").board


def test_a_flow_stage_writes_its_flow_into_the_job_and_the_still_waits_for_its_text(board: Board) -> None:
    intent = board.add_intent("a lighthouse", origin=USER)
    board.update(intent.id, pipeline="expanded", origin=USER)
    flow_id, still_id, clip_id = plan_render(board, [intent.id], requested_by=USER, pipelines=PipelineSet([EXPANDED]))
    flow, still, clip = job(board, flow_id), job(board, still_id), job(board, clip_id)
    assert flow.stage == "flow" and flow.params["flow"] == "expand-prompt"
    assert flow.params["flow_input_type"] == "text" and "flow_output_type" not in flow.params
    assert flow.params["flow_output_component"] == "ChatOutput-out"
    assert json.loads(flow.params["flow_tweaks"]) == {"Prompt-1": {"template": "{text}, 35mm"}}
    assert still.inputs == {"prompt": ("job", flow_id)} and still.deps == [flow_id]
    assert "prompt" not in clip.inputs, "the clip keeps the intent's own text"
    assert "flow" not in still.params


def test_the_first_source_present_wins_and_text_means_the_intents_own(board: Board) -> None:
    pipeline = parse_pipeline({"name": "p", "stages": [
        {"id": "expand", "kind": "flow", "optional": True, "flow": "x"},
        {"id": "still", "kind": "still", "consumes": {"prompt": ["text", "stage:expand"]}}]}, "p")
    intent = board.add_intent("a lighthouse", origin=USER)
    board.update(intent.id, pipeline="p", origin=USER)
    (ip,) = plan(board, [intent.id], pipelines=PipelineSet([pipeline]))
    assert ip.step("still").inputs == {}


@pytest.mark.parametrize(("stage", "problem"), [
    ({"kind": "still", "flow": "x"}, "stages[0] (still).flow: only a flow stage names a LangFlow flow"),
    ({"kind": "flow", "flow": "no spaces"}, "stages[0] (flow).flow.name: 'no spaces' is not a flow id"),
    ({"kind": "flow", "flow": {"name": "x", "input_type": "video"}}, "flow.input_type: expected one of chat"),
    ({"kind": "flow", "flow": {"name": "x", "graph": 1}}, "stages[0] (flow).flow.graph: unknown field"),
    ({"kind": "flow", "flow": {"tweaks": {"c": 1}}}, "flow.tweaks: expected a table of component"),
    ({"kind": "flow", "flow": 3}, "expected a flow id or name"),
])
def test_a_bad_flow_field_is_refused_naming_the_field(stage: dict[str, object], problem: str) -> None:
    with pytest.raises(PipelineError) as err:
        parse_pipeline({"name": "p", "stages": [stage]}, "p.toml")
    assert problem in str(err.value) and str(err.value).startswith("p.toml: ")


def test_a_text_stage_feeds_only_a_prompt_and_a_prompt_takes_only_text() -> None:
    with pytest.raises(PipelineError, match="stage 'expand' produces text, the input_image role takes image"):
        parse_pipeline({"name": "p", "stages": [{"id": "expand", "kind": "flow"},
                                                {"kind": "clip", "consumes": {"input_image": "stage:expand"}}]}, "p")
    with pytest.raises(PipelineError, match="stage 'still' produces image, the prompt role takes text"):
        parse_pipeline({"name": "p", "stages": [{"kind": "still"},
                                                {"kind": "sheet", "consumes": {"prompt": "stage:still"}}]}, "p")
    chosen = parse_pipeline({"name": "p", "stages": [{"kind": "still", "consumes": {"prompt": "chosen:flow"}}]}, "p")
    assert str(chosen.stages[0].consumes["prompt"][0]) == "chosen:flow"
