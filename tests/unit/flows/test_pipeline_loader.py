"""Pipeline files: the bundled defaults load, and a user's broken pipeline is refused naming file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.pipeline_loader import PIPELINES_DIR, describe, load_pipeline, load_pipelines
from flows.workflows import load_templates
from mesh.model.pipelines import FALLBACK, PipelineError
from mesh.model.scheduling import PeerCaps
from mesh.model.stages import STAGES


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_pipelines_cover_every_sub_kind_and_every_stage_kind() -> None:
    found = load_pipelines(workflows=load_templates())
    assert found.names() == ["character", "expanded_scene", "scene", "style", "transition"]
    assert {sub: found.default_for(sub).name for sub in ("scene", "character", "style", "timing")} == {
        "scene": "scene", "character": "character", "style": "style", "timing": "scene"}
    assert {k for p in found for k in p.kinds} == set(STAGES)
    scene = found.get("scene")
    assert [s.id for s in scene.stages] == ["still", "clip", "restyle", "transition"]
    assert [s.id for s in FALLBACK.stages] == ["still", "clip"], "the built-in fallback is the scene's core"
    assert all(s.template == "" for s in scene.stages[:2]), "the backend picks t2i or i2i by the input"


@pytest.mark.parametrize(("text", "field", "problem"), [
    ('name = "loop"\n[[stages]]\nid = "a"\nkind = "still"\nconsumes = { input_image = "stage:b" }\n'
     '[[stages]]\nid = "b"\nkind = "sheet"\nconsumes = { input_image = "stage:a" }\n',
     "stages", "cycle: a -> b -> a"),
    ('[[stages]]\nkind = "dance"\n', "stages[0].kind", "unknown stage kind 'dance'"),
    ('[[stages]]\nkind = "clip"\nconsumes = { input_image = "stage:still" }\n',
     "stages[0] (clip).consumes.input_image", "names no stage"),
    ('[[stages]]\nkind = "clip"\nconsumes = { input_image = "comp:clip" }\n',
     "stages[0] (clip).consumes.input_image", "gives video, the input_image role takes image"),
    ('[[stages]]\nkind = "clip"\n', "stages[0] (clip).consumes", "a clip stage needs input_image"),
    ('[[stages]]\nkind = "still"\nconsumes = { colour = "text" }\n', "stages[0] (still).consumes.colour",
     "unknown role"),
    ('[[stages]]\nkind = "still"\nconsumes = { input_image = "link:hero:sheet" }\n',
     "stages[0] (still).consumes.input_image", "not an intent sub-kind"),
    ('stagez = []\n', "stagez", "unknown field"),
    ('[[stages]]\nkind = "still"\n[[stages]]\nid = "two"\nkind = "still"\n', "stages[1].kind", "already the kind"),
    ('[[stages]]\nkind = "still"\ntemplate = "no_such_workflow"\n', "stages[0] (still).template",
     "no template or user workflow named 'no_such_workflow'"),
    ('[[stages]]\nkind = "still"\ntemplate = "wan21_i2v_480p"\n', "stages[0] (still).template",
     "is a clip workflow, this stage is a still"),
    ('[[stages]\nkind = "still"\n', "", "not valid TOML"),
])
def test_a_bad_user_pipeline_is_refused_naming_file_and_field(tmp_path: Path, text: str, field: str,
                                                              problem: str) -> None:
    path = _write(tmp_path / "pipelines", "mine.toml", text)
    with pytest.raises(PipelineError) as info:
        load_pipeline(path, load_templates())
    message = str(info.value)
    assert message.startswith(str(path)) and f": {field}:" in message if field else str(path) in message
    assert problem in message


def test_user_pipelines_load_beside_the_bundled_ones_and_a_broken_one_is_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "pipelines", "quick.json", '{"description": "just a still", "stages": [{"kind": "still"}]}')
    _write(tmp_path / "pipelines", "scene.toml", 'default_for = ["scene"]\n[[stages]]\nkind = "sheet"\n')
    _write(tmp_path / "pipelines", "broken.toml", '[[stages]]\nkind = "dance"\n')
    errors: list[PipelineError] = []
    found = load_pipelines(tmp_path, workflows=load_templates(), errors=errors)
    assert "quick" in found and found.get("quick").kinds == ("still",)
    assert found.get("scene").kinds == ("sheet",), "a user pipeline replaces the bundled one of its name"
    assert len(errors) == 1 and "broken.toml" in str(errors[0])
    with pytest.raises(PipelineError, match="no pipeline named 'nope'"):
        found.get("nope")


def test_describe_names_what_each_pipeline_needs_and_who_can_run_it() -> None:
    found = load_pipelines(bundled=PIPELINES_DIR)
    peers = [PeerCaps("p1", name="laptop", stages={"still": ("cpu",), "clip": ("cpu",)}),
             PeerCaps("p2", name="gpu", stages={k: ("comfyui",) for k in STAGES})]
    by_name = {d["name"]: d for d in describe(found, peers)}
    assert by_name["scene"]["needs"] == ["still", "clip"] and by_name["scene"]["optional"] == ["restyle", "transition"]
    assert by_name["scene"]["runnable_by"] == ["gpu", "laptop"]
    assert by_name["character"]["runnable_by"] == ["gpu"]
    restyle = next(s for s in by_name["scene"]["stages"] if s["id"] == "restyle")
    assert restyle["peers"] == ["gpu"] and restyle["optional"]
