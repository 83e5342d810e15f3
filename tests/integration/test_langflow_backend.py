"""The LangFlow backend against a faithful fake of LangFlow's run API, directly and through a real PeerRunner.

The fake (tests/fakes/langflow_server.py) answers like LangFlow 1.13: the plain and the streamed run, a
refused key, an unknown flow, a flow that raised. The marked suite (tests/langflow/) runs the same client
against a real LangFlow.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from flows.pipeline_loader import load_pipelines
from mesh import const
from mesh.model.board import Board, GenArt
from mesh.model.jobs import JobState, job, plan_render
from mesh.model.pipelines import PipelineSet, parse_pipeline
from mesh.model.replica import Replica
from mesh.storage.assets import AssetStore
from peers.backends.base import RenderRequest
from peers.backends.fake import FakeBackend
from peers.backends.langflow import LangflowBackend, LangflowError, parse_stream
from peers.errors import BackendUnavailable, InputError
from peers.runner import PeerRunner
from tests.fakes.langflow_server import FakeFlow, FakeLangflow

KEY = "sk-test-key"
USER = "user:alice"
SUFFIX = ", cinematic film still, dramatic light, 35mm"


def expand(text: str) -> str:
    return text + SUFFIX


@pytest.fixture
async def lf() -> AsyncIterator[FakeLangflow]:
    async with FakeLangflow(api_key=KEY) as server:
        server.add(FakeFlow("expand-prompt", expand))
        server.add(FakeFlow("llm-expand", expand, tokens=6))
        server.add(FakeFlow("boom", error="the storyboard model is not loaded"))
        yield server


def request(prompt: str = "a lighthouse at dusk", **params: object) -> RenderRequest:
    return RenderRequest(job_id="job-1", stage="flow", prompt=prompt, params=dict(params))


class Progress:
    def __init__(self) -> None:
        self.seen: list[tuple[float, str]] = []

    def __call__(self, fraction: float, msg: str, preview: bytes | None = None) -> None:
        self.seen.append((fraction, msg))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("stream", [False, True])
async def test_a_flow_run_writes_its_text_and_sends_what_the_stage_maps(lf: FakeLangflow, tmp_path: Path,
                                                                        stream: bool) -> None:
    backend = LangflowBackend(lf.url, api_key=KEY, stream=stream)
    try:
        (out,) = await backend.run(request(flow="expand-prompt", flow_input_type="text",
                                           flow_tweaks='{"CombineText-expand": {"delimiter": "; "}}'),
                                   workdir=tmp_path, progress=Progress())
    finally:
        await backend.close()
    assert out.kind == "text" and out.mime == "text/plain"
    assert out.path.read_text(encoding="utf-8") == expand("a lighthouse at dusk")
    (sent,) = lf.requests
    assert sent["stream"] is stream and sent["flow"] == "expand-prompt"
    assert sent["body"]["input_value"] == "a lighthouse at dusk" and sent["body"]["input_type"] == "text"
    assert sent["body"]["output_type"] == "chat" and sent["body"]["session_id"] == "multiplex-job-1"
    assert sent["body"]["tweaks"] == {"CombineText-expand": {"delimiter": "; "}}


async def test_streamed_tokens_show_as_progress(lf: FakeLangflow, tmp_path: Path) -> None:
    backend = LangflowBackend(lf.url, api_key=KEY, flow="llm-expand")
    progress = Progress()
    try:
        (out,) = await backend.run(request(), workdir=tmp_path, progress=progress)
    finally:
        await backend.close()
    assert out.path.read_text(encoding="utf-8") == expand("a lighthouse at dusk")
    token_msgs = [m for _, m in progress.seen if "tokens" in m]
    assert len(token_msgs) >= 6 and token_msgs[-1].endswith("tokens")
    fractions = [f for f, _ in progress.seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


@pytest.mark.parametrize(("key", "why"), [("sk-wrong", "Invalid or missing API key"),
                                          ("", "LANGFLOW_AUTO_LOGIN requires a valid API key")])
async def test_a_refused_key_fails_with_langflows_reason(lf: FakeLangflow, tmp_path: Path, key: str,
                                                         why: str) -> None:
    backend = LangflowBackend(lf.url, api_key=key, flow="expand-prompt")
    try:
        with pytest.raises(LangflowError, match=f"refused the request \\(403: .*{why}") as err:
            await backend.run(request(), workdir=tmp_path, progress=Progress())
    finally:
        await backend.close()
    assert "MULTIPLEX_LANGFLOW_API_KEY" in str(err.value) and (not key or key not in str(err.value))


@pytest.mark.parametrize("stream", [False, True])
async def test_an_unknown_flow_and_a_failing_flow_fail_with_langflows_reason(lf: FakeLangflow, tmp_path: Path,
                                                                             stream: bool) -> None:
    backend = LangflowBackend(lf.url, api_key=KEY, stream=stream)
    try:
        with pytest.raises(LangflowError, match="has no flow 'nope' \\(Flow identifier nope not found\\)"):
            await backend.run(request(flow="nope"), workdir=tmp_path, progress=Progress())
        with pytest.raises(LangflowError, match=r"flow 'boom' failed.*the storyboard model is not loaded"):
            await backend.run(request(flow="boom"), workdir=tmp_path, progress=Progress())
    finally:
        await backend.close()


async def test_an_unreachable_server_and_a_stage_without_a_flow(tmp_path: Path) -> None:
    backend = LangflowBackend(f"http://127.0.0.1:{free_port()}", api_key=KEY, flow="expand-prompt")
    try:
        with pytest.raises(BackendUnavailable, match=r"cannot reach LangFlow at http://127\.0\.0\.1:"):
            await backend.run(request(), workdir=tmp_path, progress=Progress())
        with pytest.raises(InputError, match="names no LangFlow flow"):
            await LangflowBackend(backend.url).run(request(), workdir=tmp_path, progress=Progress())
    finally:
        await backend.close()
    assert "sk-test-key" not in repr(backend)


async def test_a_slow_flow_times_out_and_a_cancelled_run_hangs_up(lf: FakeLangflow, tmp_path: Path) -> None:
    lf.add(FakeFlow("slow", expand, delay_s=30))
    backend = LangflowBackend(lf.url, api_key=KEY, flow="slow", timeout_s=0.3)
    try:
        with pytest.raises(Exception, match="did not finish in 0 s"):
            await backend.run(request(), workdir=tmp_path, progress=Progress())
        backend.timeout_s = 60
        task = asyncio.create_task(backend.run(request(), workdir=tmp_path, progress=Progress()))
        async with asyncio.timeout(5):
            while len(lf.requests) < 2:  # noqa: ASYNC110 - waiting for the fake to see the run
                await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        async with asyncio.timeout(5):
            while "slow" not in lf.cancelled:  # noqa: ASYNC110 - LangFlow sees the client go away
                await asyncio.sleep(0.01)
    finally:
        await backend.close()


def test_the_stream_parser_takes_whole_events_only() -> None:
    buffer = bytearray(b'{"event": "token", "data": {"chunk": "a"}}\n\n{"event": "end", "da')
    assert parse_stream(buffer) == [{"event": "token", "data": {"chunk": "a"}}]
    buffer += b'ta": {}}\n\nnot json\n\ndata: {"event": "x"}\n\n'
    assert parse_stream(buffer) == [{"event": "end", "data": {}}, {"event": "x"}] and not buffer


# -- through a real PeerRunner ---------------------------------------------------------------------------

@pytest.fixture
def fast_timing(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"CLAIM_SETTLE_S": 0.1, "LEASE_S": 2.0, "LEASE_RENEW_S": 0.3, "RANK_DELAY_S": 0.1,
                        "PEER_TTL_S": 2.0, "PEER_BEAT_S": 0.2, "SCHEDULER_TICK_S": 0.03,
                        "QUARANTINE_S": 0.2}.items():
        monkeypatch.setattr(const, name, value)


async def until(predicate: object, deadline_s: float = 15.0) -> None:
    async with asyncio.timeout(deadline_s):
        while not predicate():  # type: ignore[operator]  # noqa: ASYNC110 - polling the document
            await asyncio.sleep(0.02)


@contextlib.asynccontextmanager
async def peer(tmp_path: Path, *backends: object) -> AsyncIterator[tuple[PeerRunner, Board]]:
    replica = Replica("board")
    runner = PeerRunner({"board": replica}, peer_id="p1", name="p1", backends=list(backends),  # type: ignore[arg-type]
                        assets=AssetStore(tmp_path / "assets"), workdir=tmp_path / "work")
    async with runner:
        yield runner, replica.board


def scene(board: Board, text: str) -> str:
    intent = board.add_intent(text, origin=USER)
    board.update(intent.id, pipeline="expanded_scene", origin=USER)
    return intent.id


async def test_the_flows_text_feeds_the_stills_and_the_clips_prompt(lf: FakeLangflow, tmp_path: Path,
                                                                    fast_timing: None) -> None:
    media = FakeBackend("gpu", stages=("still", "clip"))
    langflow = LangflowBackend(lf.url, api_key=KEY)
    async with peer(tmp_path, langflow, media) as (runner, board):
        intent_id = scene(board, "a lighthouse at dusk")
        job_ids = plan_render(board, [intent_id], requested_by=USER, pipelines=load_pipelines())
        by_stage = {job(board, j).stage: job(board, j) for j in job_ids}
        assert set(by_stage) == {"flow", "still", "clip"}
        assert by_stage["flow"].id in by_stage["still"].deps and by_stage["flow"].params["flow"] == "expand-prompt"
        await until(lambda: all(job(board, j).state() is JobState.DONE for j in job_ids))
        (text_art,) = [board.block(a) for a in by_stage["flow"].outputs()]
        assert isinstance(text_art, GenArt) and text_art.sub == "text" and text_art.get("mime") == "text/plain"
        assert runner.assets.path(text_art.asset).read_text(encoding="utf-8") == expand("a lighthouse at dusk")
        assert board.intent(intent_id).chosen["flow"] == text_art.id
        prompts = {r.stage: r.prompt for r in media.runs}
        assert prompts == {"still": expand("a lighthouse at dusk"), "clip": expand("a lighthouse at dusk")}
        # rendered again unchanged: nothing runs again, the flow's take included
        assert plan_render(board, [intent_id], requested_by=USER, pipelines=load_pipelines()) == []
        assert len(lf.requests) == 1


def flow_pipelines(**flows: str) -> PipelineSet:
    """The bundled pipelines plus one flow -> still pipeline per given flow name."""
    extra = [parse_pipeline({"name": name, "stages": [
        {"id": "expand", "kind": "flow", "flow": flow},
        {"id": "still", "kind": "still", "consumes": {"prompt": "stage:expand"}}]}, f"test:{name}")
        for name, flow in flows.items()]
    return PipelineSet([*load_pipelines(), *extra])


@pytest.mark.parametrize(("flow", "url", "why"), [
    ("boom", "", "LangFlow flow 'boom' failed (500: Error running graph: Error building Component Combine Text: "
                 "the storyboard model is not loaded)"),
    ("nope", "", "has no flow 'nope' (Flow identifier nope not found)"),
    ("expand-prompt", "dead", "cannot reach LangFlow at http://127.0.0.1:"),
])
async def test_a_failing_flow_fails_the_job_with_langflows_reason_and_the_peer_keeps_running(
        lf: FakeLangflow, tmp_path: Path, fast_timing: None, monkeypatch: pytest.MonkeyPatch, flow: str, url: str,
        why: str) -> None:
    monkeypatch.setattr("mesh.model.jobs.MAX_ATTEMPTS", 1)
    media = FakeBackend("gpu", stages=("still", "clip"))
    server = f"http://127.0.0.1:{free_port()}" if url == "dead" else lf.url
    async with peer(tmp_path, LangflowBackend(server, api_key=KEY, stream=False), media) as (runner, board):
        pipelines = flow_pipelines(mine=flow)
        bad = board.add_intent("she opens the door", origin=USER).id
        board.update(bad, pipeline="mine", origin=USER)
        flow_job, still_job = plan_render(board, [bad], requested_by=USER, pipelines=pipelines)
        await until(lambda: job(board, flow_job).state() is JobState.FAILED)
        assert why in job(board, flow_job).reason()
        assert job(board, still_job).state() is JobState.FAILED
        assert job(board, still_job).reason().startswith("flow failed: ")
        # the peer keeps running: a plain scene renders on it
        ok = plan_render(board, [board.add_intent("the sea", origin=USER).id], requested_by=USER,
                         pipelines=pipelines)
        await until(lambda: all(job(board, j).state() is JobState.DONE for j in ok))
        assert [r.stage for r in media.runs] == ["still", "clip"] and runner.runs == {}


@pytest.mark.parametrize(("body", "reason"), [
    ({"detail": "Invalid or missing API key"}, "Invalid or missing API key"),
    ({"detail": '{"message":"Error running graph: Error building Component Boom: \\n\\nnot loaded","traceback":null}'},
     "Error running graph: Error building Component Boom: not loaded"),
    ({"error": '500: {"message":"Error running graph: x","traceback":null}'}, "Error running graph: x"),
    ({"text_key": "text", "data": {}, "text": "the model is not loaded\n", "category": "error"},
     "the model is not loaded"),
    ({"detail": [{"loc": ["body"], "msg": "JSON decode error"}]}, "JSON decode error"),
])
def test_langflows_reason_is_read_out_of_each_error_shape_it_sends(body: dict[str, object], reason: str) -> None:
    from peers.backends.langflow import _reason

    assert _reason(body) == reason
