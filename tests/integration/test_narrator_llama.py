"""Real llama-cpp-python inference on a tiny scripted GGUF: loading, streaming into the board, <think> kept apart
(whether the model or the template opens it, with the closing tag split over two tokens), prompt derivation,
rate control, fallback. Marked `llm`; skipped where llama-cpp-python is not installed (the `llm` extra)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from mesh.model.activity import EventKind, record
from mesh.model.jobs import jobs, plan_render
from mesh.model.replica import Replica
from mesh.model.scheduling import PeerCaps
from mesh.model.schema import BlockKind
from peers.narration.builtin import compose
from peers.narration.engines import LlamaEngine
from peers.narration.service import NarrationService
from peers.narration.settings import narrator_settings
from tests.fakes.tiny_gguf import ANSWER, IMAGE, THINK, write_tiny_r1

pytestmark = [
    pytest.mark.llm,
    pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("gguf") is None,
                       reason="llama-cpp-python or gguf not installed: pip install -e \".[llm]\" (builds llama.cpp)"),
]
USER = "user:alice"


def _service(r: Replica, model: Path, **env: str) -> NarrationService:
    settings = narrator_settings({"MULTIPLEX_NARRATOR": f"llama:{model}", "MULTIPLEX_NARRATOR_CTX": "2048",
                                  "MULTIPLEX_NARRATOR_MAX_TOKENS": "64", **env})
    return NarrationService({"s": r}, peer_id="p0", settings=settings, min_gap_s=0.0,
                            live_peers=lambda name: [PeerCaps("p0", stages={"still": ("cpu",)}, slots=1)])


def _board() -> Replica:
    r = Replica("s")
    r.board.add_default_blocks(origin=USER)
    return r


def _narration(r: Replica) -> dict[str, str]:
    (block,) = r.board.blocks(BlockKind.NARRATION)
    return {k: str(block.get(k) or "") for k in ("text", "think", "narrator", "status")}


@pytest.mark.parametrize("template_opens_think", [False, True])
async def test_the_model_streams_into_the_board_with_its_reasoning_apart(tmp_path: Path,
                                                                          template_opens_think: bool) -> None:
    model = write_tiny_r1(tmp_path / "tiny-r1.gguf", template_opens_think=template_opens_think)
    r = _board()
    svc = _service(r, model)
    try:
        svc.step("s", r)  # the board's first look is something new: a narration starts
        await svc.settled()
        shown = _narration(r)
        assert (shown["text"], shown["think"], shown["narrator"], shown["status"]) == (
            ANSWER, THINK, "llama:tiny-r1.gguf", "")
        assert svc.stats.finished == 1 and svc.stats.tokens >= 6
        svc.step("s", r)  # the Image: line became a low-priority illustration job
        (illustration,) = [j for j in jobs(r.board) if j.visual]
        assert illustration.params["prompt"] == IMAGE and illustration.priority < 0
        for _ in range(5):  # nothing new: no narration
            svc.step("s", r)
            await svc.settled()
        assert svc.stats.started == 1
        record(r.board, EventKind.PEER_JOINED, peer="p2", msg="studio-c joined with still")
        svc.step("s", r)
        await svc.settled()
        assert svc.stats.started == 2 and _narration(r)["text"] == ANSWER
    finally:
        await svc.stop()


async def test_real_sampling_settings_reach_llama(tmp_path: Path) -> None:
    model = write_tiny_r1(tmp_path / "tiny-r1.gguf")
    settings = narrator_settings({"MULTIPLEX_NARRATOR": f"llama:{model}", "MULTIPLEX_NARRATOR_GPU_LAYERS": "0",
                                  "MULTIPLEX_NARRATOR_THREADS": "1", "MULTIPLEX_NARRATOR_CTX": "256"})
    engine = LlamaEngine(settings)
    text = ""
    async for delta in engine.stream([{"role": "user", "content": "what is happening?"}]):
        text += delta.content
    assert text.startswith("<think>\n") and text.endswith(IMAGE)
    assert engine.loaded == {"n_ctx": 256}  # the settings reached the model, loaded in its own process
    await engine.close()


async def test_a_missing_model_file_hands_over_to_the_builtin_narrator(tmp_path: Path) -> None:
    r = _board()
    plan_render(r.board, [r.board.intents()[0].id], requested_by=USER)
    svc = _service(r, tmp_path / "nowhere" / "DeepSeek-R1-0528-UD-Q2_K_XL-00001-of-00005.gguf")
    try:
        svc.step("s", r)
        await svc.settled()
        shown = _narration(r)
        assert shown["text"] == compose(r) and shown["narrator"] == "builtin"
        assert "no model file at" in shown["status"] and "00001-of-00005.gguf" in shown["status"]
    finally:
        await svc.stop()


async def test_a_corrupt_model_file_hands_over_too(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF but not really")
    r = _board()
    svc = _service(r, bad)
    try:
        svc.step("s", r)
        await svc.settled()
        assert "the model did not load" in _narration(r)["status"]
    finally:
        await svc.stop()
