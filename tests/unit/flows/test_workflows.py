"""Workflow templates, slot filling, validation against /object_info, and the user-workflow loader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.workflows import combo_options, fit_size, frames_for, load_templates, load_user_workflows, load_workflow
from mesh.errors import WorkflowError
from tests.fakes.comfy_nodes import NODES, node_info
from tests.fakes.comfy_server import DEFAULT_MODELS

TEMPLATES = {wf.name: wf for wf in load_templates()}


def object_info(models: dict[str, list[str]] | None = None, *, drop: tuple[str, ...] = ()) -> dict[str, object]:
    models = {**DEFAULT_MODELS, "input": []} if models is None else models
    return {name: node_info(name, models) for name in NODES if name not in drop}


def write(folder: Path, name: str, prompt: object, slots: object | None) -> Path:
    path = folder / f"{name}.json"
    path.write_text(prompt if isinstance(prompt, str) else json.dumps(prompt))
    if slots is not None:
        (folder / f"{name}.slots.json").write_text(slots if isinstance(slots, str) else json.dumps(slots))
    return path


SIMPLE = {
    "1": {"class_type": "EmptyImage", "inputs": {"width": 64, "height": 64, "batch_size": 1, "color": 0}},
    "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "x"}},
}


def test_templates_cover_flux_illustrious_and_wan_with_their_stages() -> None:
    assert {n: wf.stage for n, wf in TEMPLATES.items()} == {
        "flux1_dev_t2i": "still",
        "flux1_dev_i2i": "still",
        "illustrious_sdxl_t2i": "still",
        "illustrious_sdxl_sheet": "sheet",
        "wan21_i2v_480p": "clip",
        "wan21_i2v_720p": "clip",
        "wan21_vace_restyle": "restyle",
        "wan21_flf2v_720p": "transition",
    }
    wan = TEMPLATES["wan21_i2v_720p"]
    assert wan.default("frames") == 129 and wan.frame_step == 4 and wan.has_slot("input_image")
    classes = {n["class_type"] for n in wan.prompt.values()}
    assert {"WanImageToVideo", "CLIPVisionEncode", "LoadImage", "CreateVideo", "SaveVideo"} <= classes


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_every_template_validates_against_a_server_with_its_models(name: str) -> None:
    assert TEMPLATES[name].validate(object_info()) == []


def test_fill_sets_every_target_casts_types_and_leaves_template_alone() -> None:
    wf = TEMPLATES["wan21_i2v_480p"]
    prompt = wf.fill(
        {"prompt": "she turns", "seed": "42", "fps": 16, "frames": 129, "input_image": "a.png", "unknown_slot": 1}
    )
    assert prompt["6"]["inputs"]["text"] == "she turns"
    assert prompt["3"]["inputs"]["seed"] == 42  # an INT input gets an int, not "42"
    assert prompt["55"]["inputs"]["fps"] == 16.0 and isinstance(prompt["55"]["inputs"]["fps"], float)
    assert prompt["52"]["inputs"]["image"] == "a.png"
    assert wf.prompt["6"]["inputs"]["text"] != "she turns"
    with pytest.raises(WorkflowError, match="slot 'seed'"):
        wf.fill({"seed": "not a number"})


@pytest.mark.parametrize(("duration", "fps", "step", "frames"), [(8, 16, 4, 129), (5, 16, 4, 81), (2, 24, 1, 48)])
def test_frames_for(duration: float, fps: int, step: int, frames: int) -> None:
    assert frames_for(duration, fps, step=step) == frames
    if step > 1:
        assert (frames - 1) % step == 0


def test_fit_size_keeps_aspect_and_pixel_budget() -> None:
    assert fit_size(1280, 720, pixels=1280 * 720, multiple=16) == (1280, 720)
    w, h = fit_size(1280, 720, pixels=832 * 480, multiple=16)
    assert (w % 16, h % 16) == (0, 0) and abs(w / h - 16 / 9) < 0.05 and abs(w * h - 832 * 480) < 20_000
    assert fit_size(300, 200, pixels=None, multiple=8) == (304, 200)


def test_combo_options_reads_v1_and_v3_shapes() -> None:
    assert combo_options([["a", "b"], {}]) == ["a", "b"]
    assert combo_options(["COMBO", {"options": ["auto", "mp4"]}]) == ["auto", "mp4"]
    assert combo_options(["INT", {"min": 0}]) is None


def test_validate_names_missing_node_model_and_bad_enum() -> None:
    models = {**DEFAULT_MODELS, "input": [], "vae": []}
    problems = TEMPLATES["wan21_i2v_720p"].validate(object_info(models, drop=("WanImageToVideo",)))
    assert "node class 'WanImageToVideo' (node 50) is not installed on this server" in problems
    assert "model file 'wan_2.1_vae.safetensors' for VAELoader.vae_name (node 39) is not on this server" in problems
    info = object_info()
    info["SaveVideo"]["input"]["required"]["codec"] = ["COMBO", {"options": ["auto", "vp9"]}]  # type: ignore[index]
    assert any("value 'h264' for SaveVideo.codec (node 56)" in p for p in TEMPLATES["wan21_i2v_720p"].validate(info))


def test_resolve_swaps_a_missing_model_for_a_matching_file() -> None:
    models = {**DEFAULT_MODELS, "input": [], "checkpoints": ["sd15.safetensors", "waiNSFWIllustrious_v140.safetensors"]}
    wf = TEMPLATES["illustrious_sdxl_t2i"]
    assert wf.validate(object_info(models))
    resolved = wf.resolve(object_info(models))
    assert resolved.validate(object_info(models)) == []
    assert resolved.main_model == "waiNSFWIllustrious_v140.safetensors"
    assert wf.main_model == "Illustrious-XL-v0.1.safetensors"


def test_user_workflow_loads_with_slot_map(tmp_path: Path) -> None:
    write(tmp_path, "poster", SIMPLE, {"stage": "still", "slots": {"width": "1.width", "tint": ["1.color"]}})
    [wf] = load_user_workflows(tmp_path)
    assert wf.name == "poster" and wf.user and wf.fill({"tint": 255})["1"]["inputs"]["color"] == 255


@pytest.mark.parametrize(
    ("prompt", "slots", "message"),
    [
        ("{oops", {"stage": "still", "slots": {}}, "not valid JSON"),
        (SIMPLE, None, "no slot map; create bad.slots.json"),
        (SIMPLE, "[1, 2", "bad.slots.json: not valid JSON"),
        (SIMPLE, {"stage": "film", "slots": {"w": "1.width"}}, "'stage' must be one of"),
        (SIMPLE, {"stage": "still", "slots": {"w": "9.width"}}, "node '9' is not in the workflow"),
        (SIMPLE, {"stage": "still", "slots": {"w": "1.depth"}}, "node 1 (EmptyImage) has no input 'depth'"),
        (SIMPLE, {"stage": "still", "slots": {"w": "2.images"}}, "is a link to another node"),
        (SIMPLE, {"stage": "still", "slots": {"w": "width"}}, "is not 'node_id.input_name'"),
        ({"nodes": [], "links": []}, {"stage": "still", "slots": {}}, "UI-format workflow"),
        ({"1": {"inputs": {}}}, {"stage": "still", "slots": {}}, "node '1' has no class_type"),
    ],
)
def test_bad_user_workflows_raise_naming_the_file(tmp_path: Path, prompt: object, slots: object, message: str) -> None:
    path = write(tmp_path, "bad", prompt, slots)
    with pytest.raises(WorkflowError, match="bad") as info:
        load_workflow(path, user=True)
    assert message in str(info.value)
    errors: list[WorkflowError] = []
    assert load_user_workflows(tmp_path, errors=errors) == [] and len(errors) == 1


def test_missing_user_folder_is_not_a_crash(tmp_path: Path) -> None:
    assert load_user_workflows(tmp_path / "nope") == []
