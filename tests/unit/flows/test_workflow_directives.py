"""Directives meet workflows: each declared slot is a directive of its name, typed; stage-aimed workflows fit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.workflows import Workflow, check_directives, load_templates, load_workflow
from mesh.errors import DirectiveError, WorkflowError
from mesh.model.directives import parse_directives

TEMPLATES = load_templates()
BY_NAME = {wf.name: wf for wf in TEMPLATES}
INFO = {"EmptyImage": {"input": {"required": {"color": ["INT", {"default": 0, "min": 0, "max": 0xFFFFFF}]}}},
        "ImageScale": {"input": {"required": {"upscale_method": [["nearest-exact", "bilinear"], {}]}}}}


@pytest.fixture
def swatch(tmp_path: Path) -> Workflow:
    prompt = {
        "1": {"class_type": "EmptyImage", "inputs": {"width": 64, "height": 64, "batch_size": 1, "color": 0}},
        "2": {"class_type": "ImageScale", "inputs": {"image": ["1", 0], "upscale_method": "bilinear", "width": 32,
                                                     "height": 32, "crop": "disabled"}},
        "3": {"class_type": "SaveImage", "inputs": {"images": ["2", 0], "filename_prefix": "s"}},
    }
    (tmp_path / "swatch.json").write_text(json.dumps(prompt))
    (tmp_path / "swatch.slots.json").write_text(json.dumps({"stage": "still", "slots": {
        "color": "1.color", "method": "2.upscale_method", "width": "2.width", "input_image": "1.width"}}))
    return load_workflow(tmp_path / "swatch.json", user=True)


@pytest.mark.parametrize(("value", "cast"), [(255, 255), ("255", 255), (255.0, 255), (" 7 ", 7)])
def test_a_slot_takes_values_of_its_type(swatch: Workflow, value: object, cast: int) -> None:
    assert swatch.check_value("color", value, INFO) == cast and type(swatch.check_value("color", value)) is int


@pytest.mark.parametrize(("value", "why"), [
    ("red", "takes a whole number"), (2.5, "takes a whole number"), (True, "takes a whole number"),
    (float("inf"), "takes a whole number"), (1 << 30, r"EmptyImage\.color \(node 1\) .* takes at most 16777215"),
    (-1, "takes at least 0"),
])
def test_a_slot_refuses_values_of_another_type_or_range(swatch: Workflow, value: object, why: str) -> None:
    with pytest.raises(WorkflowError, match=rf"directive color=.*: .*{why}"):
        swatch.check_value("color", value, INFO)


def test_a_combo_slot_takes_only_the_servers_choices(swatch: Workflow) -> None:
    assert swatch.check_value("method", "nearest-exact", INFO) == "nearest-exact"
    with pytest.raises(WorkflowError, match="takes one of: nearest-exact, bilinear"):
        swatch.check_value("method", "lanczos", INFO)


def test_slot_directives_skip_unaimed_and_refuse_aimed_unknown_slots(swatch: Workflow) -> None:
    params = parse_directives({"color": "12", "tint": 3, "still.method": "bilinear"}).for_stage("still").as_params()
    assert swatch.slot_directives(params, stage="still") == {"color": 12, "method": "bilinear"}
    aimed = parse_directives({"still.tint": 3}).for_stage("still").as_params()
    with pytest.raises(WorkflowError, match=r"still\.tint: workflow swatch has no slot 'tint' \(its slots: color, "
                                            r"method, width\)"):
        swatch.slot_directives(aimed, stage="still")
    assert swatch.slot_directives({"slot.input_image": "x.png"}, stage="still") == {}  # the pipeline fills it


def test_plan_time_check_knows_the_slots_of_the_known_workflows(swatch: Workflow) -> None:
    known = [*TEMPLATES, swatch]
    check_directives({"color": 255, "guidance": 3.5, "denoise": 0.5, "strength": 0.8, "clip.steps": 12}, known)
    with pytest.raises(DirectiveError, match=r"unknown directive 'colour' .*slots of the known workflows: .*color"):
        check_directives({"colour": 255}, known)
    check_directives({"slot.colour": 255}, known)  # explicit: may be a slot of a workflow on another peer
    with pytest.raises(DirectiveError, match=r"directive color='red': slot 'color' of workflow swatch takes a whole"):
        check_directives({"color": "red"}, known)
    with pytest.raises(DirectiveError, match=r"directive still\.strength: no still workflow known here has a slot"):
        check_directives({"still.strength": 0.8}, known)  # strength is a restyle slot, not a still one
    check_directives({"restyle.strength": 0.8, "still.slot.strength": 0.8}, known)


def test_a_workflow_aimed_at_a_stage_must_be_of_that_stage() -> None:
    check_directives({"workflow": "flux1_dev_t2i", "clip.workflow": "wan21_i2v_720p"}, TEMPLATES)
    check_directives({"transition.workflow": "wan21_flf2v_720p", "restyle.workflow": "my_own"}, TEMPLATES)
    with pytest.raises(DirectiveError, match=r"clip\.workflow=flux1_dev_t2i: flux1_dev_t2i is a still workflow, "
                                             r"not a clip one"):
        check_directives({"clip.workflow": "flux1_dev_t2i"}, TEMPLATES)
    with pytest.raises(DirectiveError, match=r"still\.sheet_tags: workflow flux1_dev_t2i has no slot"):
        check_directives({"still.workflow": "flux1_dev_t2i", "still.sheet_tags": "x"}, TEMPLATES)


def test_every_template_slot_is_settable_or_filled_by_the_pipeline() -> None:
    restyle, transition = BY_NAME["wan21_vace_restyle"], BY_NAME["wan21_flf2v_720p"]
    assert {"input_video", "style_image"} <= set(restyle.slots) and "strength" in restyle.settable_slots()
    assert {"input_image", "end_image"} <= set(transition.slots) and "end_image" not in transition.settable_slots()
    sheet = BY_NAME["illustrious_sdxl_sheet"]
    assert "width" not in sheet.slots and sheet.default("sheet_tags").startswith("character sheet")
