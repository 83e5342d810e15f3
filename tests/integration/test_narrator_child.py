"""llama.cpp narrates from a child process: it streams, a stalled child is killed and replaced, a model
that does not load says why every time, and an abandoned answer leaves the child free for the next."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from peers.narration.engines import EngineError, LlamaEngine
from peers.narration.settings import NarratorSettings
from tests.fakes.llama_fakes import ANSWER, BrokenLlama, HangOnceLlama, ScriptedLlama

CHAT = [{"role": "user", "content": "what is happening?"}]


def _model(tmp_path: Path) -> Path:
    model = tmp_path / "r1.gguf"
    model.write_bytes(b"GGUF")
    return model


def _engine(model: Path, factory: object, **kw: object) -> LlamaEngine:
    settings = NarratorSettings(engine="llama", target=str(model), n_ctx=512)
    return LlamaEngine(settings, factory=factory, **kw)  # type: ignore[arg-type]


async def _answer(engine: LlamaEngine) -> str:
    return "".join([d.content async for d in engine.stream(CHAT)])


async def test_the_model_answers_from_a_child_process(tmp_path: Path) -> None:
    model = _model(tmp_path)
    engine = _engine(model, ScriptedLlama)
    try:
        assert await _answer(engine) == ANSWER
        child = int(model.with_suffix(".entered").read_text())
        assert child != os.getpid() and engine._child is not None and engine._child.pid == child
        assert engine.loaded == {"n_ctx": 512}
        assert await _answer(engine) == ANSWER and engine._child.pid == child  # loaded once, kept
        if hasattr(os, "getpriority"):  # the child yields the CPU to the peer's renders and claims
            assert os.getpriority(os.PRIO_PROCESS, child) > os.getpriority(os.PRIO_PROCESS, 0)
    finally:
        await engine.close()
    assert engine._child is not None and not engine._child.alive


async def test_a_stalled_child_is_killed_and_the_next_narration_starts_a_fresh_one(tmp_path: Path) -> None:
    model = _model(tmp_path)
    engine = _engine(model, HangOnceLlama, stall_s=1.5)
    try:
        with pytest.raises(EngineError, match="produced nothing for 2 s"):
            await _answer(engine)
        hung = int(model.with_suffix(".hung").read_text())
        assert engine._child is not None and not engine._child.alive
        with pytest.raises(ProcessLookupError):
            os.kill(hung, 0)  # really gone, not abandoned in a thread
        assert await _answer(engine) == ANSWER
        assert int(model.with_suffix(".entered").read_text()) != hung
    finally:
        await engine.close()


async def test_a_model_that_does_not_load_says_why_each_time(tmp_path: Path) -> None:
    engine = _engine(_model(tmp_path), BrokenLlama)
    try:
        for _ in range(2):
            with pytest.raises(EngineError, match="the model did not load: Failed to load model"):
                await _answer(engine)
    finally:
        await engine.close()


async def test_an_abandoned_answer_frees_the_child_for_the_next(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    monkeypatch.setenv("MX_FAKE_LLAMA_PACE_S", "0.05")  # the child inherits it: slow enough to abandon
    model = _model(tmp_path)
    engine = _engine(model, ScriptedLlama)
    try:
        stream = engine.stream(CHAT)
        first = await anext(stream)
        await stream.aclose()  # the narrator stops reading (it is stopping, or the pen moved on)
        assert first.content and engine._child is not None
        pid = engine._child.pid
        assert await _answer(engine) == ANSWER and engine._child.pid == pid
    finally:
        await engine.close()


async def test_a_missing_file_is_told_before_any_child_starts(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "nowhere.gguf", ScriptedLlama)
    with pytest.raises(EngineError, match="no model file at"):
        await _answer(engine)
    assert engine._child is not None and engine._child.pid is None
    await engine.close()
