"""The ComfyUI backend's real client code against the protocol-faithful fake server on loopback."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aiohttp
import av
import pytest
from PIL import Image

from flows.workflows import load_templates
from peers.backends.base import RenderBackend, RenderRequest
from peers.backends.comfy import ComfyBackend, ComfyClient, ComfySettings, _run, build_comfy_backends
from peers.backends.comfy.client import FileRef, PromptRejected
from peers.backends.comfy.messages import (
    Executed,
    Executing,
    ExecutionCached,
    ExecutionError,
    Preview,
    Progress,
    ProgressState,
    Status,
)
from peers.errors import BackendUnavailable, RenderFailed
from tests.fakes.comfy_server import FakeComfy

FAST = ComfySettings(poll_interval_s=0.3, server_lost_s=1.0, probe_timeout_s=5.0, history_wait_s=2.0,
                     min_preview_interval_s=0)


@pytest.fixture
async def fake(tmp_path: Path) -> AsyncIterator[FakeComfy]:
    async with FakeComfy(tmp_path / "comfy") as server:
        yield server


@pytest.fixture
async def backend(fake: FakeComfy) -> AsyncIterator[ComfyBackend]:
    b = ComfyBackend(fake.url, workflows=load_templates(), settings=FAST)
    yield b
    await b.close()


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[float, str, bytes | None]] = []

    def __call__(self, fraction: float, message: str, image: bytes | None) -> None:
        self.calls.append((fraction, message, image))


def still(job: str = "j1", **kw: object) -> RenderRequest:
    return RenderRequest(**{"job_id": job, "stage": "still", "prompt": "a castle at dawn", "seed": 7, **kw})  # type: ignore[arg-type]


def png(path: Path, size: tuple[int, int] = (64, 36)) -> Path:
    Image.new("RGB", size, (200, 40, 40)).save(path)
    return path


async def until(predicate: Callable[[], bool], *, deadline_s: float = 5.0) -> None:
    """Poll fake-server state with a deadline (the fake has no event for every state we assert on)."""
    async with asyncio.timeout(deadline_s):
        while not predicate():  # noqa: ASYNC110
            await asyncio.sleep(0.01)


async def test_backend_satisfies_protocol_and_names_itself(backend: ComfyBackend, fake: FakeComfy) -> None:
    assert isinstance(backend, RenderBackend)
    assert backend.name == f"comfyui@127.0.0.1:{fake.port}"


async def test_capabilities_list_stages_workflows_and_models(backend: ComfyBackend, tmp_path: Path) -> None:
    caps = await backend.capabilities()
    by_workflow = {c.workflow: c for c in caps}
    assert set(by_workflow) == {
        "flux1_dev_t2i",
        "flux1_dev_i2i",
        "illustrious_sdxl_t2i",
        "illustrious_sdxl_sheet",
        "wan21_i2v_480p",
        "wan21_i2v_720p",
        "wan21_vace_restyle",
        "wan21_flf2v_720p",
    }
    assert by_workflow["wan21_i2v_720p"].stage == "clip"
    stages = {"illustrious_sdxl_sheet": "sheet", "wan21_vace_restyle": "restyle", "wan21_flf2v_720p": "transition"}
    assert {name: by_workflow[name].stage for name in stages} == stages
    assert by_workflow["flux1_dev_t2i"].models[0] == "flux1-dev.safetensors"
    assert all(c.loaded == () and c.gpus == 1 for c in caps)
    assert backend.health.up and "A6000" in backend.health.device and backend.health.vram_total > 0

    await backend.run(still(), workdir=tmp_path, progress=Recorder())
    await backend.refresh()
    loaded = {c.workflow: c.loaded for c in await backend.capabilities()}
    assert "flux1-dev.safetensors" in loaded["flux1_dev_t2i"]
    assert loaded["illustrious_sdxl_t2i"] == ()


async def test_still_renders_with_progress_and_previews(backend: ComfyBackend, fake: FakeComfy, tmp_path: Path) -> None:
    fake.steps = 5
    rec = Recorder()
    outputs = await backend.run(still(), workdir=tmp_path, progress=rec)
    assert len(outputs) == 1 and outputs[0].kind == "image" and outputs[0].mime == "image/png"
    assert outputs[0].path.parent == tmp_path
    with Image.open(outputs[0].path) as img:
        assert img.format == "PNG"
    fractions = [f for f, _, _ in rec.calls]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any(m == "KSampler 5/5" for _, m, _ in rec.calls)
    previews = [i for _, _, i in rec.calls if i is not None]
    assert len(previews) == 5 and all(p[:2] == b"\xff\xd8" for p in previews)
    # the prompt really carried our slots
    entry = next(iter(fake.history.values()))
    prompt = entry["prompt"][2]
    assert prompt["4"]["inputs"]["text"] == "a castle at dawn" and prompt["8"]["inputs"]["seed"] == 7
    assert (prompt["7"]["inputs"]["width"], prompt["7"]["inputs"]["height"]) == (1360, 768)
    assert backend.last_run is not None and backend.last_run.dispatch_s > 0


async def test_clip_uploads_start_image_and_fetches_video(
    backend: ComfyBackend, fake: FakeComfy, tmp_path: Path
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    request = RenderRequest(
        job_id="clip1",
        stage="clip",
        prompt="she turns",
        input_image=png(tmp_path / "s.png"),
        width=1280,
        height=720,
        duration_s=8.0,
        fps=16,
    )
    outputs = await backend.run(request, workdir=work, progress=Recorder())
    assert [o.kind for o in outputs] == ["video"] and outputs[0].mime == "video/mp4"
    with av.open(str(outputs[0].path)) as container:
        assert container.streams.video[0].frames == fake.max_frames
    prompt = next(iter(fake.history.values()))["prompt"][2]
    assert prompt["50"]["inputs"]["length"] == 129  # 8 s at 16 fps, 4k+1
    assert prompt["37"]["inputs"]["unet_name"].startswith("wan2.1_i2v_720p")
    assert (fake.base / "input" / prompt["52"]["inputs"]["image"]).read_bytes() == (tmp_path / "s.png").read_bytes()


async def test_clip_without_start_image_fails_clearly(backend: ComfyBackend, tmp_path: Path) -> None:
    with pytest.raises(RenderFailed, match="needs an input image"):
        await backend.run(
            RenderRequest(job_id="c", stage="clip", prompt="x", workflow="wan21_i2v_480p"),
            workdir=tmp_path,
            progress=Recorder(),
        )


async def test_node_errors_become_failure_naming_node(backend: ComfyBackend, tmp_path: Path) -> None:
    with pytest.raises(RenderFailed) as info:
        await backend.run(still(params={"steps": 0}), workdir=tmp_path, progress=Recorder())
    text = str(info.value)
    assert "node 8 (KSampler)" in text and "smaller than min" in text and "flux1_dev_t2i" in text


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("execution_error", r"VAEDecode \(node 9\) on comfyui@.* failed: RuntimeError: The size of tensor a"),
        ("oom", r"out of GPU memory in KSampler \(node 8\)"),
    ],
)
async def test_execution_errors_become_readable_failures(
    backend: ComfyBackend, fake: FakeComfy, tmp_path: Path, mode: str, expected: str
) -> None:
    fake.fail = mode
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(RenderFailed, match=expected):
        await backend.run(still(), workdir=work, progress=Recorder())
    assert list(work.iterdir()) == []


async def test_cancel_while_running_interrupts_the_prompt(
    backend: ComfyBackend, fake: FakeComfy, tmp_path: Path
) -> None:
    await backend.capabilities()
    fake.hold = asyncio.Event()
    task = asyncio.create_task(backend.run(still(), workdir=tmp_path, progress=Recorder()))
    async with asyncio.timeout(5):
        await fake.sampling.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await until(lambda: len(fake.history) == 1)
    status = next(iter(fake.history.values()))["status"]
    assert status["status_str"] == "error"
    assert [m[0] for m in status["messages"]][-1] == "execution_interrupted"


async def test_cancel_while_queued_deletes_it(backend: ComfyBackend, fake: FakeComfy, tmp_path: Path) -> None:
    await backend.capabilities()
    fake.hold = asyncio.Event()
    async with ComfyClient(fake.url) as other:  # someone else's long job occupies the server
        blocker = load_templates()[1].fill({})
        await other.submit(blocker, prompt_id="other")
        await until(lambda: bool(fake.running))
        task = asyncio.create_task(backend.run(still(), workdir=tmp_path, progress=Recorder()))
        await until(lambda: len(fake.queue) == 1)
        ours = fake.queue[0][1]
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert fake.queue == []
        assert [item[1] for item in fake.running.values()] == ["other"]  # the other job was not interrupted
        assert ours not in fake.history


async def test_lost_websocket_recovers_from_history(backend: ComfyBackend, fake: FakeComfy, tmp_path: Path) -> None:
    fake.fail = "drop_ws"
    rec = Recorder()
    outputs = await backend.run(still(), workdir=tmp_path, progress=rec)
    assert len(outputs) == 1 and outputs[0].path.stat().st_size > 0
    assert fake.ws_connections == 2  # dropped at step 2, reconnected with the same client id
    assert "KSampler 1/4" in [m for _, m, _ in rec.calls]


async def test_crash_mid_job_fails_fast_then_server_is_restored(
    backend: ComfyBackend, fake: FakeComfy, tmp_path: Path
) -> None:
    assert await backend.capabilities()
    fake.fail = "crash"
    with pytest.raises(BackendUnavailable, match="went away mid-job"):
        await backend.run(still(), workdir=tmp_path, progress=Recorder())
    assert await backend.capabilities() == []
    fake.fail = None
    await fake.start()  # same port
    assert await backend.refresh()


async def test_restart_mid_job_reports_lost_prompt(backend: ComfyBackend, fake: FakeComfy, tmp_path: Path) -> None:
    await backend.capabilities()
    fake.hold = asyncio.Event()
    task = asyncio.create_task(backend.run(still(), workdir=tmp_path, progress=Recorder()))
    async with asyncio.timeout(5):
        await fake.sampling.wait()
    await fake.stop()
    fake.hold = None
    await fake.start()  # back within server_lost_s, but history and queue are gone
    with pytest.raises(BackendUnavailable, match="lost prompt"):
        await task


async def test_server_down_withdraws_and_return_restores(
    backend: ComfyBackend, fake: FakeComfy, tmp_path: Path
) -> None:
    assert await backend.capabilities()
    await fake.stop()
    assert await backend.refresh() == []
    assert not backend.health.up and "unreachable" in backend.health.reason
    with pytest.raises(BackendUnavailable):
        await backend.run(still(), workdir=tmp_path, progress=Recorder())
    await fake.start()
    assert {c.workflow for c in await backend.refresh()} >= {"flux1_dev_t2i", "wan21_i2v_720p"}


async def test_server_that_answers_but_cannot_render_is_withdrawn(backend: ComfyBackend, fake: FakeComfy) -> None:
    fake.fail = "broken"
    assert await backend.capabilities() == []
    assert "cannot render a test prompt" in backend.health.reason
    assert "illegal memory access" in backend.health.reason
    fake.fail = None
    assert await backend.refresh()
    assert not fake.history  # probes clean up after themselves


async def test_missing_models_and_nodes_withdraw_only_those_workflows(fake: FakeComfy) -> None:
    fake.models["diffusion_models"] = ["wan2.1_i2v_480p_14B_fp16.safetensors"]
    fake.missing_nodes = {"ConditioningZeroOut"}
    backend = ComfyBackend(fake.url, workflows=load_templates(), settings=FAST)
    try:
        caps = {c.workflow for c in await backend.capabilities()}
        assert caps == {"illustrious_sdxl_t2i", "illustrious_sdxl_sheet", "wan21_i2v_480p"}
        assert any(
            "'flux1-dev.safetensors' for UNETLoader.unet_name (node 1) is not on this server" in p
            for p in backend.problems["flux1_dev_t2i"]
        )
        assert any("'ConditioningZeroOut'" in p for p in backend.problems["flux1_dev_t2i"])
        assert "wan2.1_i2v_720p_14B_fp16.safetensors" in " ".join(backend.problems["wan21_i2v_720p"])
    finally:
        await backend.close()


async def test_model_file_variants_are_matched_by_pattern(fake: FakeComfy, tmp_path: Path) -> None:
    fake.models["diffusion_models"] = ["flux1-dev-fp8_e4m3fn.safetensors"]
    backend = ComfyBackend(fake.url, workflows=load_templates(), settings=FAST)
    try:
        caps = {c.workflow: c for c in await backend.capabilities()}
        assert caps["flux1_dev_t2i"].models[0] == "flux1-dev-fp8_e4m3fn.safetensors"
        await backend.run(still(), workdir=tmp_path, progress=Recorder())
        assert next(iter(fake.history.values()))["prompt"][2]["1"]["inputs"]["unet_name"].endswith(
            "fp8_e4m3fn.safetensors"
        )
        with pytest.raises(BackendUnavailable, match=r"model 'nope\.safetensors' is not on"):
            await backend.run(still(model="nope.safetensors"), workdir=tmp_path, progress=Recorder())
    finally:
        await backend.close()


async def test_user_workflows_are_validated_and_offered(fake: FakeComfy, tmp_path: Path) -> None:
    folder = tmp_path / "workflows"
    folder.mkdir()
    poster = {
        "1": {"class_type": "EmptyImage", "inputs": {"width": 512, "height": 512, "batch_size": 1, "color": 0}},
        "2": {
            "class_type": "ImageScale",
            "inputs": {
                "image": ["1", 0],
                "upscale_method": "bilinear",
                "width": 256,
                "height": 256,
                "crop": "disabled",
            },
        },
        "3": {"class_type": "SaveImage", "inputs": {"images": ["2", 0], "filename_prefix": "poster"}},
    }
    (folder / "poster.json").write_text(json.dumps(poster))
    (folder / "poster.slots.json").write_text(
        json.dumps({"stage": "still", "slots": {"width": "2.width", "height": "2.height", "tint": "1.color"}})
    )
    custom = {
        "1": {"class_type": "FancyUpscaler", "inputs": {"scale": 2}},
        "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "x"}},
    }
    (folder / "fancy.json").write_text(json.dumps(custom))
    (folder / "fancy.slots.json").write_text(json.dumps({"stage": "still", "slots": {"scale": "1.scale"}}))
    (folder / "broken.json").write_text("{not json")

    [backend] = build_comfy_backends([fake.url], user_workflows_dir=folder, settings=FAST)
    try:
        caps = {c.workflow for c in await backend.capabilities()}
        assert "poster" in caps and "fancy" not in caps and "broken" not in caps
        assert backend.problems["fancy"] == ["node class 'FancyUpscaler' (node 1) is not installed on this server"]
        request = still(workflow="poster", width=300, height=200, params={"tint": 0xFF0000})
        [out] = await backend.run(request, workdir=tmp_path, progress=Recorder())
        with Image.open(out.path) as img:
            assert img.size == (64, 42)  # the fake caps its output side at 64 px, keeping the 300x200 aspect
        prompt = next(iter(fake.history.values()))["prompt"][2]
        assert prompt["1"]["inputs"]["color"] == 0xFF0000 and prompt["2"]["inputs"]["width"] == 304
        with pytest.raises(BackendUnavailable, match="FancyUpscaler"):
            await backend.run(still(workflow="fancy"), workdir=tmp_path, progress=Recorder())
    finally:
        await backend.close()


async def test_events_reach_only_the_submitting_client(fake: FakeComfy, tmp_path: Path) -> None:
    async with ComfyClient(fake.url) as ours, ComfyClient(fake.url) as theirs:
        async with ours.connect() as sock_ours, theirs.connect() as sock_theirs:
            prompt_id = await ours.submit(load_templates()[1].fill({}))
            seen_ours: list[object] = []
            while not (seen_ours and isinstance(seen_ours[-1], Executing) and seen_ours[-1].node is None):
                seen_ours.append(await sock_ours.next())
            assert any(isinstance(e, Progress) and e.prompt_id == prompt_id for e in seen_ours)
            seen_theirs: list[object] = []
            with pytest.raises(TimeoutError):
                async with asyncio.timeout(0.3):
                    while True:
                        seen_theirs.append(await sock_theirs.next())
            assert seen_theirs and all(isinstance(e, Status) for e in seen_theirs)


async def test_large_object_info_is_read_whole_and_bounded(fake: FakeComfy) -> None:
    fake.padding_nodes = 2_000  # ~4 MB of /object_info, arriving in many chunks
    backend = ComfyBackend(fake.url, workflows=load_templates(), settings=FAST)
    tiny = ComfyBackend(fake.url, workflows=load_templates(), client=ComfyClient(fake.url, max_json_bytes=100_000))
    try:
        assert len(await backend.capabilities()) == len(load_templates())
        assert await tiny.capabilities() == []
        assert "exceeds 100000 bytes" in tiny.health.reason
    finally:
        await backend.close()
        await tiny.close()


# -- ComfyUI 0.3.64 behaviours the fake reproduces, through the real client -----------------------------------
def user_workflow(folder: Path, name: str, prompt: dict[str, object], slots: dict[str, object],
                  stage: str = "still") -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(prompt))
    (folder / f"{name}.slots.json").write_text(json.dumps({"stage": stage, "slots": slots}))


EMPTY = {"class_type": "EmptyImage", "inputs": {"width": 64, "height": 64, "batch_size": 1, "color": 0}}


@pytest.mark.parametrize(
    ("nodes", "kind", "expected"),
    [
        ({"1": {**EMPTY, "inputs": {**EMPTY["inputs"], "batch_size": "two"}},  # a string for an INT
          "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "x"}}},
         "invalid_input_type", r"node 1 \(EmptyImage\) input batch_size: Failed to convert an input value to a INT"),
        ({"1": {"class_type": "EmptyLatentImage", "inputs": {"width": 64, "height": 64, "batch_size": 1}},
          "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "x"}}},
         "return_type_mismatch", r"node 2 \(SaveImage\) input images: linked to output 0 of node 1, which is LATENT, "
                                 r"not IMAGE"),
        ({"1": EMPTY, "2": {"class_type": "SaveImage", "inputs": {"images": ["99", 0], "filename_prefix": "x"}}},
         "exception_during_validation", r"node 2 \(SaveImage\): validation raised KeyError: '99' \(a link to node"),
        ({"1": EMPTY}, "prompt_no_outputs", r"rejected workflow odd: Prompt has no outputs"),
    ],
)
async def test_rejections_are_clear_failures_and_the_queue_keeps_going(
    fake: FakeComfy, tmp_path: Path, nodes: dict[str, object], kind: str, expected: str
) -> None:
    user_workflow(tmp_path / "wf", "odd", nodes, {"width": "1.width"})
    async with ComfyClient(fake.url) as client:  # the raw answer is the real server's shape
        with pytest.raises(PromptRejected) as raw:
            await client.submit(nodes)
        assert kind in (raw.value.error.get("type"), *(e["type"] for n in raw.value.node_errors.values()
                                                       for e in n["errors"]))
    [backend] = build_comfy_backends([fake.url], user_workflows_dir=tmp_path / "wf", settings=FAST)
    try:
        with pytest.raises(RenderFailed, match=expected):
            await backend.run(still(workflow="odd"), workdir=tmp_path, progress=Recorder())
        [out] = await backend.run(still(workflow="flux1_dev_t2i"), workdir=tmp_path, progress=Recorder())  # not stuck
        assert out.kind == "image" and fake.queue == [] and fake.running == {}
    finally:
        await backend.close()


async def test_an_identical_prompt_is_answered_from_cache_and_still_yields_its_take(
    backend: ComfyBackend, fake: FakeComfy, tmp_path: Path
) -> None:
    (first_dir := tmp_path / "a").mkdir()
    (second_dir := tmp_path / "b").mkdir()
    [first] = await backend.run(still(), workdir=first_dir, progress=Recorder())
    async with ComfyClient(fake.url) as watcher:  # what a cached prompt sends (a second client, same prompt)
        async with watcher.connect() as sock:
            prompt_id = await watcher.submit(backend.workflows[1].resolve(backend._object_info).fill(
                _run.slot_values(still(), backend._select(still()))))
            seen: list[object] = []
            while not (seen and isinstance(seen[-1], Executing) and seen[-1].node is None):
                seen.append(await sock.next())
    ours = [e for e in seen if getattr(e, "prompt_id", None) == prompt_id]
    cached = next(e for e in ours if isinstance(e, ExecutionCached))
    assert set(cached.nodes) == set(backend.workflows[1].prompt)
    assert not any(isinstance(e, Progress) or (isinstance(e, Executing) and e.node) for e in ours)
    assert [e.node for e in ours if isinstance(e, Executed)] == ["10"] and ours[-1] == Executing(prompt_id, None)
    rec = Recorder()
    [second] = await backend.run(still(), workdir=second_dir, progress=rec)
    assert second.path.read_bytes() == first.path.read_bytes()  # the same take, fetched again
    assert any(m.startswith("cached") for _, m, _ in rec.calls) and rec.calls[-1][0] == 1.0
    fake.cache = False  # --cache-none: it renders again
    [third] = await backend.run(still(), workdir=tmp_path, progress=Recorder())
    assert third.path.read_bytes() != first.path.read_bytes()


async def test_a_cached_prompt_whose_history_lost_its_outputs_takes_them_from_executed(
    backend: ComfyBackend, fake: FakeComfy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await backend.run(still(), workdir=tmp_path, progress=Recorder())
    real = backend.client.history

    async def no_outputs(prompt_id: str) -> dict[str, object] | None:
        entry = await real(prompt_id)
        return None if entry is None else {**entry, "outputs": {}}

    monkeypatch.setattr(backend.client, "history", no_outputs)
    (work := tmp_path / "again").mkdir()
    [out] = await backend.run(still(), workdir=work, progress=Recorder())
    assert out.kind == "image" and out.path.stat().st_size > 0


async def test_progress_from_a_non_sampler_node_is_shown_not_counted(fake: FakeComfy, tmp_path: Path) -> None:
    nodes = {
        "1": EMPTY,
        "2": {"class_type": "UpscaleModelLoader", "inputs": {"model_name": "RealESRGAN_x4plus.pth"}},
        "3": {"class_type": "ImageUpscaleWithModel", "inputs": {"upscale_model": ["2", 0], "image": ["1", 0]}},
        "4": {"class_type": "SaveImage", "inputs": {"images": ["3", 0], "filename_prefix": "up"}},
    }
    user_workflow(tmp_path / "wf", "upscale", nodes, {"width": "1.width", "height": "1.height"})
    async with ComfyClient(fake.url) as client, client.connect() as sock:
        prompt_id = await client.submit(nodes)
        kinds: list[str] = []
        while not kinds or kinds[-1] != "done":
            event = await sock.next()
            if isinstance(event, ProgressState) and "3" in event.running:
                kinds.append("state")
            elif isinstance(event, Progress) and event.prompt_id == prompt_id:
                assert event.node == "3"
                kinds.append("progress")
            elif isinstance(event, Executing) and event.node is None:
                kinds.append("done")
    assert kinds[:2] == ["state", "state"] and kinds.index("progress") > 0  # progress_state, then progress
    [backend] = build_comfy_backends([fake.url], user_workflows_dir=tmp_path / "wf", settings=FAST)
    try:
        rec = Recorder()
        await backend.run(still(workflow="upscale", seed=8), workdir=tmp_path, progress=rec)
        shown = [(f, m) for f, m, _ in rec.calls if m.startswith("ImageUpscaleWithModel ")]
        assert [m for _, m in shown] == [f"ImageUpscaleWithModel {i}/3" for i in (1, 2, 3)]
        assert all(f < 0.5 for f, _ in shown)  # an upscaler's tiles are not sampling steps
    finally:
        await backend.close()


async def test_input_specs_with_an_options_object_still_offer_their_choices(
    backend: ComfyBackend, fake: FakeComfy, tmp_path: Path
) -> None:
    fake.models["checkpoints"] = ["Illustrious-XL-v0.1.safetensors", "noobaiXL_v11.safetensors"]
    await backend.capabilities()
    spec = backend._object_info["CheckpointLoaderSimple"]["input"]["required"]["ckpt_name"]
    assert len(spec) == 2 and "tooltip" in spec[1]
    assert backend._choices["illustrious_sdxl_t2i"] == ("Illustrious-XL-v0.1.safetensors", "noobaiXL_v11.safetensors")
    await backend.run(still(model="noobaiXL_v11.safetensors"), workdir=tmp_path, progress=Recorder())
    prompt = next(iter(fake.history.values()))["prompt"][2]
    assert prompt["1"]["inputs"]["ckpt_name"] == "noobaiXL_v11.safetensors"


async def test_a_cpu_server_is_reported_as_one(fake: FakeComfy) -> None:
    fake.cpu = True
    backend = ComfyBackend(fake.url, workflows=load_templates(), settings=FAST)
    try:
        caps = await backend.capabilities()
        assert caps and all(c.gpus == 0 for c in caps)
        assert backend.health.device == "cpu" and backend.health.device_type == "cpu" and not backend.health.gpu
        assert backend.health.vram_total == 0  # what --cpu reports is system RAM, not VRAM
        assert backend.estimate(still()).gpus == 0
    finally:
        await backend.close()


# -- the new stage kinds' templates ----------------------------------------------------------------------
def mp4(path: Path, frames: int = 5) -> Path:
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=16)
        stream.width, stream.height, stream.pix_fmt = 64, 36, "yuv420p"
        for i in range(frames):
            frame = av.VideoFrame.from_image(Image.new("RGB", (64, 36), (i * 40, 90, 160)))
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


async def test_sheet_restyle_and_transition_templates_render_with_their_inputs(
    backend: ComfyBackend, fake: FakeComfy, tmp_path: Path
) -> None:
    sheet = RenderRequest(job_id="sh", stage="sheet", prompt="1girl, red scarf", seed=3)
    [out] = await backend.run(sheet, workdir=tmp_path, progress=Recorder())
    prompt = list(fake.history.values())[-1]["prompt"][2]
    assert out.kind == "image" and prompt["9"]["inputs"]["string_a"] == "1girl, red scarf"
    assert "three-quarter view" in prompt["9"]["inputs"]["string_b"]
    assert (prompt["5"]["inputs"]["width"], prompt["5"]["inputs"]["height"]) == (1536, 640)  # wide, always

    restyle = RenderRequest(job_id="rs", stage="restyle", prompt="watercolour", input_video=mp4(tmp_path / "c.mp4"),
                            style_image=png(tmp_path / "style.png"), duration_s=2.0, params={"strength": 0.7})
    [out] = await backend.run(restyle, workdir=tmp_path, progress=Recorder())
    prompt = list(fake.history.values())[-1]["prompt"][2]
    assert out.kind == "video" and out.mime == "video/mp4"
    assert prompt["60"]["inputs"]["file"] == "mx_rs_input_video.mp4"
    assert prompt["52"]["inputs"]["image"] == "mx_rs_style_image.png" and prompt["62"]["inputs"]["strength"] == 0.7
    assert prompt["62"]["inputs"]["length"] == 33 and (fake.base / "input" / "mx_rs_input_video.mp4").is_file()

    transition = RenderRequest(job_id="tr", stage="transition", prompt="into the night", duration_s=2.0,
                               input_image=png(tmp_path / "a.png"), end_image=png(tmp_path / "b.png", (48, 27)))
    [out] = await backend.run(transition, workdir=tmp_path, progress=Recorder())
    prompt = list(fake.history.values())[-1]["prompt"][2]
    assert out.kind == "video" and list(fake.history.values())[-1]["prompt"][2]["50"]["class_type"] == (
        "WanFirstLastFrameToVideo")
    assert (prompt["52"]["inputs"]["image"], prompt["53"]["inputs"]["image"]) == ("mx_tr_input_image.png",
                                                                                  "mx_tr_end_image.png")
    with pytest.raises(RenderFailed, match=r"needs a last frame"):
        await backend.run(RenderRequest(job_id="t2", stage="transition", prompt="x", input_image=tmp_path / "a.png"),
                          workdir=tmp_path, progress=Recorder())


# -- directives reach the right stage, and the workflow's own slots --------------------------------------
async def test_a_workflow_directive_reaches_only_its_stage(backend: ComfyBackend, fake: FakeComfy,
                                                           tmp_path: Path) -> None:
    clip = RenderRequest(job_id="c1", stage="clip", prompt="she turns", input_image=png(tmp_path / "s.png"),
                         duration_s=1.0, workflow="flux1_dev_t2i")  # workflow=flux1_dev_t2i, set for every stage
    [out] = await backend.run(clip, workdir=tmp_path, progress=Recorder())
    assert out.kind == "video" and backend.last_run is not None and backend.last_run.workflow.startswith("wan21_i2v")
    aimed = RenderRequest(job_id="c2", stage="clip", prompt="she turns", input_image=png(tmp_path / "s.png"),
                          workflow="flux1_dev_t2i", params={"workflow": "flux1_dev_t2i", "stage_keys": "workflow"})
    with pytest.raises(RenderFailed, match=r"clip\.workflow=flux1_dev_t2i: flux1_dev_t2i is a still workflow; "
                                           r"a clip job needs a clip workflow"):
        await backend.run(aimed, workdir=tmp_path, progress=Recorder())


async def test_slot_directives_fill_the_workflows_slots_checked_against_its_types(fake: FakeComfy,
                                                                                  tmp_path: Path) -> None:
    nodes = {"1": EMPTY, "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "c"}}}
    user_workflow(tmp_path / "wf", "swatch", nodes, {"color": "1.color", "width": "1.width", "height": "1.height"})
    [backend] = build_comfy_backends([fake.url], user_workflows_dir=tmp_path / "wf", settings=FAST)
    try:
        await backend.run(still(workflow="swatch", params={"slot.color": "255"}), workdir=tmp_path,
                          progress=Recorder())
        assert list(fake.history.values())[-1]["prompt"][2]["1"]["inputs"]["color"] == 255
        for value, why in [("red", "takes a whole number"), (2.5, "takes a whole number"),
                           (1 << 30, r"EmptyImage.color \(node 1\) of workflow swatch takes at most 16777215")]:
            with pytest.raises(RenderFailed, match=rf"directive color={value!r}: .*{why}"):
                await backend.run(still(workflow="swatch", params={"slot.color": value}), workdir=tmp_path,
                                  progress=Recorder())
        with pytest.raises(RenderFailed, match=r"still\.tint: workflow swatch has no slot 'tint' \(its slots: color"):
            await backend.run(still(workflow="swatch", params={"slot.tint": 1, "stage_keys": "slot.tint"}),
                              workdir=tmp_path, progress=Recorder())
        # set for every stage: a workflow without that slot is not this directive's business
        await backend.run(still(workflow="swatch", seed=2, params={"slot.tint": 1}), workdir=tmp_path,
                          progress=Recorder())
    finally:
        await backend.close()


async def test_guidance_and_denoise_reach_the_flux_slots(backend: ComfyBackend, fake: FakeComfy,
                                                         tmp_path: Path) -> None:
    request = still(input_image=png(tmp_path / "ref.png"), params={"guidance": 2.5, "denoise": 0.6})
    await backend.run(request, workdir=tmp_path, progress=Recorder())
    prompt = list(fake.history.values())[-1]["prompt"][2]
    assert prompt["5"]["inputs"]["guidance"] == 2.5 and prompt["8"]["inputs"]["denoise"] == 0.6


# -- checked against a real ComfyUI 0.3.64 (--cpu, no weights): see docs/comfyui.md "Verified against" ---------
SAVE = {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "x"}}


def scale(image: list[object]) -> dict[str, object]:
    return {"class_type": "ImageScale", "inputs": {"image": image, "upscale_method": "nearest-exact", "width": 32,
                                                   "height": 32, "crop": "disabled"}}


def no_traceback(value: object) -> object:
    if isinstance(value, dict):
        return {k: no_traceback(v) for k, v in value.items() if k != "traceback"}
    return [no_traceback(v) for v in value] if isinstance(value, list) else value


# The real server's answers, as captured (tracebacks left out).
REAL_REJECTIONS = [
    ({"1": {**EMPTY, "inputs": {**EMPTY["inputs"], "width": "abc"}}, "2": SAVE},
     {"1": {"errors": [{"type": "invalid_input_type", "message": "Failed to convert an input value to a INT value",
                        "details": "width, abc, invalid literal for int() with base 10: 'abc'",
                        "extra_info": {"input_name": "width",
                                       "input_config": ["INT", {"default": 512, "min": 1, "max": 16384, "step": 1}],
                                       "received_value": "abc",
                                       "exception_message": "invalid literal for int() with base 10: 'abc'"}}],
            "dependent_outputs": ["2"], "class_type": "EmptyImage"}}, ""),
    ({"1": scale(["99", 0]), "2": SAVE},
     {"1": {"errors": [{"type": "exception_during_inner_validation", "message": "Exception when validating inner node",
                        "details": "'99'",
                        "extra_info": {"input_name": "images",
                                       "input_config": ["IMAGE", {"tooltip": "The images to save."}],
                                       "exception_message": "'99'", "exception_type": "KeyError",
                                       "linked_node": ["1", 0]}}],
            "dependent_outputs": ["2"], "class_type": "ImageScale"}}, ""),
    ({"1": EMPTY, "2": {**SAVE, "inputs": {**SAVE["inputs"], "images": ["1", 5]}}},  # past EmptyImage's one output
     {"2": {"errors": [{"type": "exception_during_validation", "message": "Exception when validating node",
                        "details": "tuple index out of range", "extra_info": {"exception_type": "IndexError"}}],
            "dependent_outputs": ["2"], "class_type": "SaveImage"}},
     "Exception when validating node: tuple index out of range"),
]


@pytest.mark.parametrize(("nodes", "node_errors", "details"), REAL_REJECTIONS)
async def test_rejections_have_the_real_servers_shape(
    fake: FakeComfy, nodes: dict[str, object], node_errors: dict[str, object], details: str
) -> None:
    async with ComfyClient(fake.url) as client:
        with pytest.raises(PromptRejected) as raw:
            await client.submit(nodes)
    assert no_traceback(raw.value.node_errors) == node_errors
    assert raw.value.error == {"type": "prompt_outputs_failed_validation",
                               "message": "Prompt outputs failed validation", "details": details, "extra_info": {}}


async def follow(client: ComfyClient, nodes: dict[str, object]) -> tuple[str, list[object]]:
    async with client.connect() as sock:
        prompt_id = await client.submit(nodes)
        seen: list[object] = []
        while not (seen and isinstance(seen[-1], Executing) and seen[-1].node is None):
            seen.append(await sock.next())
    return prompt_id, [e for e in seen if getattr(e, "prompt_id", None) == prompt_id]


async def test_an_output_runs_as_soon_as_its_inputs_are_ready(fake: FakeComfy) -> None:
    # real 0.3.64 ran 1, 4, 3, 2: the PreviewImage of the first image before the rest (ux_friendly_pick_node)
    nodes = {"1": EMPTY, "3": scale(["1", 0]), "2": {**SAVE, "inputs": {**SAVE["inputs"], "images": ["3", 0]}},
             "4": {"class_type": "PreviewImage", "inputs": {"images": ["1", 0]}}}
    async with ComfyClient(fake.url) as client:
        _, events = await follow(client, nodes)
    assert [e.node for e in events if isinstance(e, Executing) and e.node] == ["1", "4", "3", "2"]


async def test_an_interrupt_lands_at_the_next_node_of_a_graph_without_a_sampler(fake: FakeComfy) -> None:
    fake.node_delay_s = 0.2
    nodes = {"1": EMPTY, "3": scale(["1", 0]), "2": {**SAVE, "inputs": {**SAVE["inputs"], "images": ["3", 0]}}}
    async with ComfyClient(fake.url) as client:
        prompt_id = await client.submit(nodes)
        await until(lambda: fake.last_node_id == "3")
        await client.interrupt(prompt_id)
        await until(lambda: prompt_id in fake.history)
    entry = fake.history[prompt_id]
    [[_, data]] = [m for m in entry["status"]["messages"] if m[0] == "execution_interrupted"]
    assert (data["node_id"], sorted(data["executed"])) == ("2", ["1", "3"]) and entry["outputs"] == {}
    assert _run.history_failure(entry, prompt_id, server="s") == "interrupted on s in SaveImage (node 2)"


@pytest.mark.parametrize(
    ("node", "failure"),
    [
        ({"class_type": "SaveVideo", "inputs": {"video": ["3", 0], "filename_prefix": "v", "format": "avi",
                                                "codec": "auto"}},
         "SaveVideo (node 2) on s failed: ValueError: 'avi' is not a valid VideoContainer"),
        ({"class_type": "SaveImage", "inputs": {"images": "oops", "filename_prefix": "v"}},
         "SaveImage (node 2) on s failed: AttributeError: 'str' object has no attribute 'shape'"),
    ],
)
async def test_values_validation_lets_through_fail_when_the_node_runs(
    fake: FakeComfy, tmp_path: Path, node: dict[str, object], failure: str
) -> None:
    # 0.3.64 checks only V1 combos (a list as the type) and literal INT/FLOAT/STRING/BOOLEAN values
    nodes = {"1": EMPTY, "3": {"class_type": "CreateVideo", "inputs": {"images": ["1", 0], "fps": 16.0}}, "2": node}
    async with ComfyClient(fake.url) as client:
        _, events = await follow(client, nodes)
    [error] = [e for e in events if isinstance(e, ExecutionError)]
    assert _run.describe_execution_error(error, server="s") == failure
    user_workflow(tmp_path / "wf", "odd", nodes, {"width": "1.width"})
    [backend] = build_comfy_backends([fake.url], user_workflows_dir=tmp_path / "wf", settings=FAST)
    try:  # the backend checks a V3 combo against /object_info itself, before the server would fail it
        await backend.capabilities()
        assert ("odd" in backend.problems) == ("avi" in failure)
    finally:
        await backend.close()


async def test_progress_state_values_and_object_info_keys_are_the_real_ones(fake: FakeComfy) -> None:
    nodes = {"1": EMPTY, "2": {"class_type": "UpscaleModelLoader", "inputs": {"model_name": "RealESRGAN_x4plus.pth"}},
             "3": {"class_type": "ImageUpscaleWithModel", "inputs": {"upscale_model": ["2", 0], "image": ["1", 0]}},
             "4": {**SAVE, "inputs": {**SAVE["inputs"], "images": ["3", 0]}}}
    states: list[dict[str, object]] = []
    async with aiohttp.ClientSession() as http, http.ws_connect(f"{fake.url}/ws?clientId=raw") as ws:
        async with http.post(f"{fake.url}/prompt", json={"prompt": nodes, "client_id": "raw"}) as resp:
            assert resp.status == 200
        async for msg in ws:
            frame = json.loads(msg.data)
            if frame["type"] == "progress_state":
                states.append(frame["data"]["nodes"])
            if frame["type"] == "executing" and frame["data"]["node"] is None:
                break
        async with http.get(f"{fake.url}/object_info") as resp:
            info = await resp.json()
        async with http.get(f"{fake.url}/system_stats") as resp:
            stats = await resp.json()
    first = states[0]["1"]
    assert (first["state"], first["value"], first["max"]) == ("running", 0.0, 1.0) and isinstance(first["value"], float)
    done = states[-1]["3"]  # finish_progress: value = max, the progress bar's own
    assert (done["state"], done["value"], done["max"]) == ("finished", 3, 3)
    vace = info["WanVaceToVideo"]
    assert vace["display_name"] is None and vace["output_name"] == ["positive", "negative", "latent", "trim_latent"]
    assert vace["output_tooltips"] == [None] * 4
    assert not (vace["deprecated"] or vace["experimental"] or vace["api_node"])
    assert info["SaveImage"]["input"]["hidden"] == {"prompt": "PROMPT", "extra_pnginfo": "EXTRA_PNGINFO"}
    assert info["SaveVideo"]["input"]["hidden"] == {"prompt": ["PROMPT"], "extra_pnginfo": ["EXTRA_PNGINFO"]}
    assert info["SaveVideo"]["input"]["required"]["format"][1]["multiselect"] is False
    assert info["EmptyImage"]["input"]["required"]["width"][1]["step"] == 1
    assert info["VAELoader"]["input"]["required"]["vae_name"][0][-1] == "pixel_space"
    assert "output_tooltips" not in info["UNETLoader"] and "output_tooltips" in info["KSampler"]
    assert {"required_frontend_version", "installed_templates_version"} <= set(stats["system"])


async def test_previews_keep_their_prefix_and_saved_pngs_carry_the_prompt(fake: FakeComfy, tmp_path: Path) -> None:
    refs = []
    async with ComfyClient(fake.url) as client:
        for colour in (1, 2):
            nodes = {"1": {**EMPTY, "inputs": {**EMPTY["inputs"], "color": colour}}, "2": SAVE,
                     "4": {"class_type": "PreviewImage", "inputs": {"images": ["1", 0]}}}
            prompt_id, _ = await follow(client, nodes)
            entry = await client.history(prompt_id)
            assert entry is not None
            refs.append(entry["outputs"]["4"]["images"][0]["filename"])
        saved = entry["outputs"]["2"]["images"][0]
        await client.download(FileRef(saved["filename"], saved["subfolder"]), tmp_path / "x.png")
        async with aiohttp.ClientSession() as http:  # an unknown upload type: folder_paths has none -> 500
            form = aiohttp.FormData()
            form.add_field("image", b"x", filename="a.png")
            form.add_field("type", "bogus")
            async with http.post(f"{fake.url}/upload/image", data=form) as resp:
                assert resp.status == 500
    assert refs[0][:-10] == refs[1][:-10] and refs[0].endswith("_00001_.png") and refs[1].endswith("_00002_.png")
    with Image.open(tmp_path / "x.png") as png:
        assert json.loads(png.info["prompt"]) == nodes


async def test_an_accepted_prompt_with_a_failed_output_names_it_in_the_log(
    fake: FakeComfy, caplog: pytest.LogCaptureFixture
) -> None:
    # real 0.3.64: 200 with node_errors for the output that failed; only the other output runs
    nodes = {"1": EMPTY, "2": SAVE, "5": {**EMPTY, "inputs": {**EMPTY["inputs"], "width": -1}},
             "6": {"class_type": "PreviewImage", "inputs": {"images": ["5", 0]}}}
    async with ComfyClient(fake.url) as client:
        with caplog.at_level(logging.WARNING, logger="multiplex.peers.backends.comfy.client"):
            prompt_id, events = await follow(client, nodes)
    assert [e.node for e in events if isinstance(e, Executed)] == ["2"]
    assert f"runs prompt {prompt_id} without the outputs that failed validation" in caplog.text
    assert "node 5 (EmptyImage) input width: Value -1 smaller than min of 1" in caplog.text


@pytest.mark.parametrize(("metadata", "expected"), [(True, ["preview", "progress"]), (False, ["progress", "preview"])])
async def test_a_sampler_step_sends_its_preview_where_the_real_server_does(
    fake: FakeComfy, metadata: bool, expected: list[str]
) -> None:
    # real 0.3.64 (--preview-method latent2rgb, a random-weight SD1.5 on CPU): with preview metadata the frame
    # (event 4, a 512 px JPEG) comes before the step's `progress`; the old frame (event 1) after it
    fake.steps = 1
    async with ComfyClient(fake.url) as client, client.connect(preview_metadata=metadata) as sock:
        await client.submit(load_templates()[1].fill({}))
        seen: list[object] = []
        while not (seen and isinstance(seen[-1], Executing) and seen[-1].node is None):
            seen.append(await sock.next())
    order = ["preview" if isinstance(e, Preview) else "progress" for e in seen if isinstance(e, (Preview, Progress))]
    [frame] = [e for e in seen if isinstance(e, Preview)]
    assert order == expected and (frame.node_id is not None) == metadata
    with Image.open(io.BytesIO(frame.image)) as image:
        assert max(image.size) == 512 and image.format == "JPEG"
