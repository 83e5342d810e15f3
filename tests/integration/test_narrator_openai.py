"""The OpenAI-compatible engine against a local aiohttp server streaming the same SSE chunks llama-server sends."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web

from mesh.model.jobs import plan_render
from mesh.model.replica import Replica
from mesh.model.scheduling import PeerCaps
from mesh.model.schema import BlockKind
from peers.narration.builtin import compose
from peers.narration.engines import EngineError, OpenAIEngine
from peers.narration.service import NarrationService
from peers.narration.settings import narrator_settings

USER = "user:alice"


def _chunk(content: str | None = None, *, reasoning: str | None = None, finish: str | None = None,
           role: bool = False) -> bytes:
    delta: dict[str, Any] = {"role": "assistant"} if role else {}
    if content is not None:
        delta["content"] = content
    if reasoning is not None:
        delta["reasoning_content"] = reasoning
    body = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "r1",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return f"data: {json.dumps(body)}\n\n".encode()


class Server:
    def __init__(self) -> None:
        self.requests: list[tuple[dict[str, Any], dict[str, str]]] = []
        self.script: list[bytes] = []
        self.status = 200
        self.die_after: int | None = None  # drop the connection after this many chunks

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append((await request.json(), dict(request.headers)))
        if self.status != 200:
            return web.json_response({"error": {"message": "invalid api key"}}, status=self.status)
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)
        await resp.write(b": keep-alive\n\n")
        for i, chunk in enumerate(self.script):
            if self.die_after is not None and i == self.die_after:
                assert request.transport is not None
                request.transport.close()  # the endpoint goes away mid-stream
                return resp
            await resp.write(chunk)
        await resp.write(b"data: [DONE]\n\n")
        await resp.write_eof()
        return resp


@pytest.fixture
async def server() -> AsyncIterator[tuple[Server, str]]:
    srv = Server()
    app = web.Application()
    app.router.add_post("/v1/chat/completions", srv.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield srv, f"http://127.0.0.1:{port}/v1"
    await runner.cleanup()


def _engine(url: str, **env: str) -> OpenAIEngine:
    settings = narrator_settings({"MULTIPLEX_NARRATOR": f"openai:{url}", **env})
    return OpenAIEngine(settings, stall_s=10)


async def _collect(engine: OpenAIEngine) -> list[tuple[str, str]]:
    out = []
    async for d in engine.stream([{"role": "user", "content": "hi"}]):
        out.append((d.content, d.reasoning))
    return out


async def test_streams_content_with_r1_sampling_model_and_key(server: tuple[Server, str]) -> None:
    srv, url = server
    srv.script = [_chunk(role=True), _chunk("<think>\nhm"), _chunk("</th"), _chunk("ink>\n\nThe castle."),
                  _chunk(finish="stop")]
    engine = _engine(url, MULTIPLEX_NARRATOR_MODEL="deepseek-r1", MULTIPLEX_NARRATOR_KEY="sk-local")
    try:
        assert await _collect(engine) == [("<think>\nhm", ""), ("</th", ""), ("ink>\n\nThe castle.", "")]
    finally:
        await engine.close()
    body, headers = srv.requests[0]
    assert (body["stream"], body["temperature"], body["top_p"], body["model"]) == (True, 0.6, 0.95, "deepseek-r1")
    assert headers["Authorization"] == "Bearer sk-local"


async def test_reasoning_content_field_is_reasoning(server: tuple[Server, str]) -> None:
    srv, url = server
    srv.script = [_chunk(reasoning="weighing"), _chunk(reasoning=" it"), _chunk("The castle."), _chunk(finish="stop")]
    engine = _engine(url)
    try:
        assert await _collect(engine) == [("", "weighing"), ("", " it"), ("The castle.", "")]
    finally:
        await engine.close()
    assert "model" not in srv.requests[0][0] and "Authorization" not in srv.requests[0][1]


async def test_a_refused_key_is_a_clear_error(server: tuple[Server, str]) -> None:
    srv, url = server
    srv.status = 401
    engine = _engine(url, MULTIPLEX_NARRATOR_KEY="wrong")
    try:
        with pytest.raises(EngineError, match=r"401 \(check MULTIPLEX_NARRATOR_KEY\).*invalid api key"):
            await _collect(engine)
    finally:
        await engine.close()


async def test_nothing_listening_is_a_clear_error() -> None:
    engine = _engine("http://127.0.0.1:9/v1")
    try:
        with pytest.raises(EngineError, match="could not be reached"):
            await _collect(engine)
    finally:
        await engine.close()


async def test_endpoint_dying_mid_stream_leaves_a_readable_partial_narration(server: tuple[Server, str]) -> None:
    srv, url = server
    srv.script = [_chunk("<think>hm</think>\n\n"), _chunk("Studio A renders "), _chunk("the castle"),
                  _chunk(" at dawn."), _chunk(finish="stop")]
    srv.die_after = 3
    r = Replica("s")
    r.board.add_default_blocks(origin=USER)
    plan_render(r.board, [r.board.intents()[0].id], requested_by=USER)
    svc = NarrationService({"s": r}, peer_id="p0", live_peers=lambda n: [PeerCaps("p0")], engine=_engine(url),
                           min_gap_s=0.0)
    svc.step("s", r)
    await svc.settled()
    (block,) = r.board.blocks(BlockKind.NARRATION)
    assert block.get("text") == "Studio A renders the castle" and block.get("think") == "hm"
    assert str(block.get("status")).startswith("stopped early: the endpoint")
    srv.die_after = 0  # now it dies before saying anything: the built-in narrator speaks, and says why
    r.board.add_intent("another shot", origin=USER)
    plan_render(r.board, [r.board.intents()[-1].id], requested_by=USER)
    svc.step("s", r)
    await svc.settled()
    assert block.get("text") == compose(r) and block.get("narrator") == "builtin"
    assert "the built-in narrator speaks" in str(block.get("status"))
    await svc.stop()
