"""Pieces of a ComfyUI run that need no server: upload names, workflow choice by stage, progress."""

from __future__ import annotations

import io
from pathlib import Path

import av
import pytest
from PIL import Image

from flows.workflows import load_templates
from peers.backends.base import RenderRequest
from peers.backends.comfy import _run
from peers.errors import BackendUnavailable, RenderFailed

TEMPLATES = load_templates()
STAGES = {wf.name: wf.stage for wf in TEMPLATES}


def _image(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buf, fmt)
    return buf.getvalue()


def _mp4(path: Path) -> bytes:
    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=8)
        stream.width, stream.height, stream.pix_fmt = 16, 16, "yuv420p"
        container.mux(stream.encode(av.VideoFrame.from_image(Image.new("RGB", (16, 16)))))
        container.mux(stream.encode(None))
    return path.read_bytes()


@pytest.mark.parametrize(("fmt", "ext"), [("PNG", ".png"), ("JPEG", ".jpg"), ("WEBP", ".webp"), ("GIF", ".gif")])
def test_an_asset_file_without_extension_is_uploaded_with_its_own(tmp_path: Path, fmt: str, ext: str) -> None:
    (blob := tmp_path / "3f2a9c").write_bytes(_image(fmt))
    assert _run.upload_name("job-1", "style_image", blob) == f"mx_job-1_style_image{ext}"


def test_a_video_asset_is_uploaded_as_mp4(tmp_path: Path) -> None:
    (blob := tmp_path / "9e1b").write_bytes(_mp4(tmp_path / "v.mp4"))
    assert _run.upload_name("j", "input_video", blob) == "mx_j_input_video.mp4"
    assert _run.upload_name("a/b", "input_image", tmp_path / "x.PNG") == "mx_a_b_input_image.png"


def _select(request: RenderRequest) -> str:
    return _run.select_workflow(request, TEMPLATES, choices={}, problems={}, server="s", stages=STAGES).name


def test_each_stage_kind_gets_its_template() -> None:
    assert _select(RenderRequest(job_id="j", stage="sheet", prompt="x")) == "illustrious_sdxl_sheet"
    assert _select(RenderRequest(job_id="j", stage="restyle", prompt="x")) == "wan21_vace_restyle"
    assert _select(RenderRequest(job_id="j", stage="transition", prompt="x")) == "wan21_flf2v_720p"


def test_a_workflow_set_for_every_stage_reaches_only_its_own() -> None:
    clip = RenderRequest(job_id="j", stage="clip", prompt="x", workflow="flux1_dev_t2i", width=832, height=480,
                         input_image=Path("s.png"))
    assert _select(clip) == "wan21_i2v_480p"
    assert _select(RenderRequest(job_id="j", stage="still", prompt="x", workflow="flux1_dev_t2i")) == "flux1_dev_t2i"
    clip.params = {"workflow": "flux1_dev_t2i", "stage_keys": "workflow"}
    with pytest.raises(RenderFailed, match="flux1_dev_t2i is a still workflow; a clip job needs a clip workflow"):
        _select(clip)
    missing = RenderRequest(job_id="j", stage="clip", prompt="x", workflow="nope")
    with pytest.raises(BackendUnavailable, match="'nope' cannot run on s: no such workflow"):
        _select(missing)


def test_progress_outside_samplers_is_text_and_cached_prompts_say_so() -> None:
    calls: list[tuple[float, str]] = []
    prompt = {"1": {"class_type": "KSampler"}, "2": {"class_type": "ImageUpscaleWithModel"},
              "3": {"class_type": "KSampler"}, "4": {"class_type": "SaveImage"}}
    tracker = _run.ProgressTracker(lambda f, m, _: calls.append((f, m)), prompt)
    tracker.executing("1")
    tracker.step("1", 10, 10)
    tracker.executing("2")  # the first of two samplers is done: half way
    half = calls[-1][0]
    tracker.step("2", 4, 4)  # the upscaler's last tile is not "all sampling done"
    assert calls[-1] == (half, "ImageUpscaleWithModel 4/4") and half == pytest.approx(0.5)
    tracker.cached(("1", "2", "3", "4"))
    assert calls[-1][1] == "cached: same prompt as before"
