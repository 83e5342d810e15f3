"""A faithful fake of the LangFlow 1.13 endpoints the LangFlow backend uses (aiohttp, in-process).

Shapes reproduced against a real ``langflow run --backend-only`` (1.13.0) on this machine:

- ``GET /health`` -> ``{"status": "ok"}``; ``GET /api/v1/version`` -> ``{"version": "1.13.0", ...}``.
- ``POST /api/v1/run/{flow id or endpoint name}[?stream=true]``, key in ``x-api-key`` (header or query):
  no key -> 403 ``{"detail": "Since v1.5, LANGFLOW_AUTO_LOGIN requires a valid API key..."}``; a wrong key
  -> 403 ``{"detail": "Invalid or missing API key"}``; an unknown flow -> 404
  ``{"detail": "Flow identifier X not found"}``; a flow that raised -> 500 whose ``detail`` is JSON text
  ``{"message": "Error running graph: Error building Component C: \\n\\n<reason>", "traceback": null, ...}``.
- The answer: ``{"session_id", "outputs": [{"inputs": {"input_value"}, "outputs": [{"results": {"message":
  {... "text"}}, "messages": [{"message", ...}], "component_display_name", "component_id", ...}]}]}``.
- ``stream=true``: ``text/event-stream`` of bare JSON objects each followed by a blank line:
  ``add_message`` (the user's input), ``token`` events when the flow streams an LLM (``{"chunk", "id"}``),
  ``add_message`` (the answer), ``end`` ``{"result": <the same answer>}``; a failing flow sends
  ``add_message``, an ``error`` whose data is a message (``text``: the reason), then ``error``
  ``{"error": "500: <the same JSON text as the 500's detail>"}``.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

__all__ = ["FakeFlow", "FakeLangflow"]

NO_KEY = ("Since v1.5, LANGFLOW_AUTO_LOGIN requires a valid API key. Set LANGFLOW_SKIP_AUTH_AUTO_LOGIN=true to "
          "skip this check. Please update your authentication method.")
BAD_KEY = "Invalid or missing API key"


@dataclass(slots=True)
class FakeFlow:
    """One flow: `answer` maps the input text to the output text; `error` makes it raise instead."""

    name: str
    answer: Callable[[str], str] = lambda text: text
    error: str = ""
    component: str = "Combine Text"  # the component that raises (as LangFlow names it in the message)
    tokens: int = 0  # stream the answer as this many token events (an LLM in the flow)
    delay_s: float = 0.0
    id: str = field(default_factory=lambda: str(uuid.uuid4()))


class FakeLangflow:
    """Start with `async with FakeLangflow(api_key=...) as lf:`; `lf.url`, `lf.add(FakeFlow(...))`,
    `lf.requests` (what each run received), `lf.cancelled` (runs whose client went away)."""

    def __init__(self, *, api_key: str = "sk-test-key") -> None:
        self.api_key = api_key
        self.flows: dict[str, FakeFlow] = {}
        self.requests: list[dict[str, Any]] = []
        self.cancelled: list[str] = []
        self._runner: web.AppRunner | None = None
        self.url = ""

    def add(self, flow: FakeFlow) -> FakeFlow:
        self.flows[flow.name] = flow
        return flow

    async def __aenter__(self) -> FakeLangflow:
        app = web.Application()
        app.router.add_get("/health", self._health)
        app.router.add_get("/api/v1/version", self._version)
        app.router.add_post("/api/v1/run/{flow}", self._run)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _health(self, _request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def _version(self, _request: web.Request) -> web.Response:
        return web.json_response({"version": "1.13.0", "main_version": "1.13.0", "package": "Langflow"})

    async def _work(self, request: web.Request, flow: FakeFlow) -> bool:
        """The flow's run time; False when the client hung up meanwhile (LangFlow then cancels the run)."""
        loop = asyncio.get_running_loop()
        until = loop.time() + flow.delay_s
        while loop.time() < until:
            if request.transport is None or request.transport.is_closing():
                self.cancelled.append(flow.name)
                return False
            await asyncio.sleep(0.02)
        return True

    def _flow(self, ident: str) -> FakeFlow | None:
        return next((f for f in self.flows.values() if ident in (f.id, f.name)), None)

    async def _run(self, request: web.Request) -> web.StreamResponse:
        key = request.headers.get("x-api-key") or request.query.get("x-api-key")
        if not key:
            return web.json_response({"detail": NO_KEY}, status=403)
        if key != self.api_key:
            return web.json_response({"detail": BAD_KEY}, status=403)
        ident = request.match_info["flow"]
        flow = self._flow(ident)
        if flow is None:
            return web.json_response({"detail": f"Flow identifier {ident} not found"}, status=404)
        try:
            body = await request.json()
        except ValueError:
            return web.json_response({"detail": [{"loc": ["body"], "msg": "JSON decode error"}]}, status=422)
        self.requests.append({"flow": ident, "body": body, "stream": request.query.get("stream") == "true"})
        text = str(body.get("input_value") or "")
        session = str(body.get("session_id") or flow.id)
        failure = json.dumps({"message": f"Error running graph: Error building Component {flow.component}: "
                                         f"\n\n{flow.error}", "traceback": None, "description": None, "code": None,
                              "suggestion": None}, separators=(",", ":"))
        if request.query.get("stream") != "true":
            if not await self._work(request, flow):
                return web.Response(status=499)
            if flow.error:
                return web.json_response({"detail": failure}, status=500)
            return web.json_response(_result(flow, text, flow.answer(text), session))
        resp = web.StreamResponse(headers={"content-type": "text/event-stream; charset=utf-8"})
        await resp.prepare(request)

        async def send(event: str, data: dict[str, Any]) -> None:
            await resp.write((json.dumps({"event": event, "data": data}) + "\n\n").encode())

        try:
            await send("add_message", _message(text, "User", session, None))
            if not await self._work(request, flow):
                return resp
            if flow.error:
                await send("error", {**_message(flow.error + "\n", flow.component, session, flow.component),
                                     "category": "error"})
                await send("error", {"error": f"500: {failure}"})
                return resp
            answer = flow.answer(text)
            if flow.tokens:
                step = max(1, len(answer) // flow.tokens)
                for i in range(0, len(answer), step):
                    await send("token", {"chunk": answer[i:i + step], "id": str(uuid.uuid4())})
                    await asyncio.sleep(0)
            await send("add_message", _message(answer, "Machine", session, "ChatOutput-out"))
            await send("end", {"result": _result(flow, text, answer, session)})
        except ConnectionResetError:  # the client went away mid-stream
            self.cancelled.append(flow.name)
        return resp


def _message(text: str, sender: str, session: str, source: str | None) -> dict[str, Any]:
    return {"text_key": "text", "data": {"sender": sender, "sender_name": sender, "session_id": session,
                                         "text": text, "files": [], "error": False,
                                         "properties": {"source": {"id": source, "display_name": source}}},
            "sender": sender, "sender_name": sender, "session_id": session, "text": text, "files": [],
            "error": False, "category": "message", "content_blocks": []}


def _result(flow: FakeFlow, text: str, answer: str, session: str) -> dict[str, Any]:
    message = _message(answer, "Machine", session, "ChatOutput-out")
    return {"session_id": session, "outputs": [{"inputs": {"input_value": text}, "outputs": [{
        "results": {"message": message}, "artifacts": {"message": answer, "sender": "Machine", "type": "text"},
        "outputs": {"message": {"message": answer, "type": "text"}}, "logs": {"message": []},
        "messages": [{"message": answer, "sender": "Machine", "sender_name": "AI", "session_id": session,
                      "stream_url": None, "component_id": "ChatOutput-out", "files": [], "type": "text"}],
        "timedelta": None, "duration": None, "component_display_name": "Chat Output",
        "component_id": "ChatOutput-out", "used_frozen_result": False, "token_usage": None}]}]}
