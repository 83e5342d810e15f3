"""The LangFlow backend: a pipeline's ``flow`` stage runs a LangFlow flow through LangFlow's REST API.

LangFlow is its own server in its own venv (it pins ``mcp<2`` and ``pydantic<2.14``, which this project's
environment cannot share), so this backend is an HTTP client of exactly one endpoint:

    POST {url}/api/v1/run/{flow id or endpoint name}[?stream=true]     header x-api-key: <key>
    body {"input_value", "input_type", "output_type", "output_component", "tweaks", "session_id"}

The plain answer is a ``RunResponse`` (``outputs[].outputs[].results.message.text``). With ``stream=true`` the
body is ``text/event-stream`` whose events are bare JSON objects separated by blank lines (no ``data:``
prefix): ``add_message``, ``token`` (an LLM's chunks: shown as progress), ``error`` and ``end`` (the same
``RunResponse`` under ``data.result``). The text lands in the job's workdir as a ``text/plain`` output; the
runner stores it as a ``text`` gen.art, and a later stage takes it as its prompt.

Failures carry LangFlow's own reason: unreachable (`BackendUnavailable`), a refused key (401/403), an
unknown flow (404), a flow that raised (500 or an ``error`` event) — `RenderFailed`. The peer keeps running.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp

from mesh._log import get_logger
from peers.errors import BackendTimeout, BackendUnavailable, InputError, RenderFailed

from .base import Capability, Estimate, Output, ProgressFn, RenderRequest

__all__ = ["LangflowBackend", "LangflowError", "extract_text", "parse_stream"]

log = get_logger("peers.langflow")

MAX_BODY_BYTES = 16 * 1024 * 1024  # a run's answer (the end event repeats every message): more is a runaway
MAX_TEXT_CHARS = 64 * 1024  # what a stage may hand on as a prompt
MAX_REASON_CHARS = 600
DEFAULT_ESTIMATE_S = 5.0
_FLOW_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")


class LangflowError(RenderFailed):
    """LangFlow answered, and said no: a refused key, an unknown flow, a flow that raised."""


def _reason(body: Any) -> str:
    """LangFlow's message out of an error body. Seen on LangFlow 1.13: ``{"detail": "text"}`` (401/403/404),
    ``{"detail": "<JSON {"message": ...}>"}`` (a flow that raised: its APIException), and in a stream an
    ``error`` event whose data is a message (``{"text": ...}``) or ``{"error": "500: <JSON>"}``."""
    detail: Any = body
    for _ in range(4):  # unwrap detail -> JSON text -> message, a few levels at most
        if isinstance(detail, dict):
            detail = next((detail[k] for k in ("detail", "message", "error", "text") if detail.get(k)), "")
        elif isinstance(detail, list):  # FastAPI's 422: [{"loc", "msg"}...]
            detail = "; ".join(str(d.get("msg", d)) if isinstance(d, dict) else str(d) for d in detail)
        elif isinstance(detail, str):
            text = re.sub(r"^\d{3}: ", "", detail.strip())
            try:
                inner = json.loads(text)
            except ValueError:
                inner = None
            if not isinstance(inner, dict | list):
                detail = text
                break
            detail = inner
        else:
            break
    text = " ".join(str(detail).split())
    return text[:MAX_REASON_CHARS] + ("…" if len(text) > MAX_REASON_CHARS else "")


def _message_text(results: Any) -> str:
    """The text of one output's ``results``: ``{"message": {"text"}}``, ``{"text": {"text"}}`` or a string."""
    if not isinstance(results, dict):
        return ""
    for key in ("message", "text"):
        value = results.get(key)
        if isinstance(value, dict) and isinstance(value.get("text"), str):
            return value["text"]
        if isinstance(value, str):
            return value
    return ""


def extract_text(result: Any, output_component: str = "") -> str:
    """The text a run produced: the output of `output_component` (its id or display name) when given,
    else the first output that has text. Empty when the flow produced no text."""
    if not isinstance(result, dict):
        return ""
    texts: list[tuple[str, str, str]] = []
    for run in result.get("outputs") or []:
        if not isinstance(run, dict):
            continue
        for out in run.get("outputs") or []:
            if not isinstance(out, dict):
                continue
            text = _message_text(out.get("results"))
            if not text:
                for message in out.get("messages") or []:
                    if isinstance(message, dict) and isinstance(message.get("message"), str):
                        text = message["message"]
                        break
            if text:
                texts.append((str(out.get("component_id") or ""), str(out.get("component_display_name") or ""),
                              text))
    if output_component:
        for cid, name, text in texts:
            if output_component in (cid, name):
                return text
    return texts[0][2] if texts else ""


def parse_stream(buffer: bytearray) -> list[dict[str, Any]]:
    """Take every complete event off the front of `buffer` (bare JSON objects separated by a blank line;
    an SSE ``data:`` prefix is tolerated); a line that is not JSON is skipped."""
    events: list[dict[str, Any]] = []
    while True:
        end = buffer.find(b"\n\n")
        if end < 0:
            return events
        chunk = bytes(buffer[:end]).strip()
        del buffer[:end + 2]
        if chunk.startswith(b"data:"):
            chunk = chunk[5:].strip()
        if not chunk:
            continue
        try:
            event = json.loads(chunk)
        except ValueError:
            log.debug("langflow: skipping a stream chunk that is not JSON: %r", chunk[:80])
            continue
        if isinstance(event, dict):
            events.append(event)


class LangflowBackend:
    """Runs ``flow`` stages on one LangFlow server; a job names its flow (`FlowSpec` params) or the
    configured default runs."""

    name = "langflow"

    def __init__(self, url: str, *, api_key: str = "", flow: str = "", timeout_s: float = 300.0, slots: int = 2,
                 stream: bool = True) -> None:
        self.url = url.rstrip("/")
        self._key = api_key
        self.flow = flow
        self.timeout_s = timeout_s
        self.slots = slots
        self.stream = stream
        self._session: aiohttp.ClientSession | None = None
        self._seconds: float | None = None  # a moving average of recent runs, for the estimate

    def __repr__(self) -> str:  # never the key
        return f"LangflowBackend({self.url!r}, flow={self.flow!r})"

    async def capabilities(self) -> list[Capability]:
        """``flow`` whenever a server is configured: a down or misconfigured server fails the job with its
        reason (that is what a person needs to see), it does not silently park the job."""
        return [Capability("flow", self.name, models=(self.flow,) if self.flow else (), slots=self.slots,
                           workflow=self.flow)]

    def estimate(self, request: RenderRequest) -> Estimate:
        seconds = self._seconds if self._seconds is not None else DEFAULT_ESTIMATE_S
        return Estimate(seconds=round(seconds, 2), gpus=0, note=f"langflow flow {self._flow_of(request) or '?'}")

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _flow_of(self, request: RenderRequest) -> str:
        return str(request.params.get("flow") or self.flow)

    def _body(self, request: RenderRequest) -> dict[str, Any]:
        params = request.params
        tweaks_raw = params.get("flow_tweaks") or "{}"
        try:
            tweaks = json.loads(tweaks_raw) if isinstance(tweaks_raw, str) else tweaks_raw
        except ValueError as exc:
            raise InputError(f"the flow stage's tweaks are not JSON ({exc})") from None
        if not isinstance(tweaks, dict):
            raise InputError("the flow stage's tweaks must be a table of component = { field = value }")
        body: dict[str, Any] = {
            "input_value": request.prompt,
            "input_type": str(params.get("flow_input_type") or "chat"),
            "output_type": str(params.get("flow_output_type") or "chat"),
            "session_id": f"multiplex-{request.job_id}",
        }
        if params.get("flow_output_component"):
            body["output_component"] = str(params["flow_output_component"])
        if tweaks:
            body["tweaks"] = tweaks
        return body

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            headers = {"x-api-key": self._key} if self._key else {}
            self._session = aiohttp.ClientSession(headers=headers)
        return self._session

    async def run(self, request: RenderRequest, *, workdir: Path, progress: ProgressFn) -> list[Output]:
        if request.stage != "flow":
            raise RenderFailed(f"the langflow backend runs flow stages, not {request.stage!r}")
        flow = self._flow_of(request)
        if not flow:
            raise InputError("this flow stage names no LangFlow flow: set `flow` on the pipeline stage, "
                             "or MULTIPLEX_LANGFLOW_FLOW on the peer")
        if not _FLOW_NAME.fullmatch(flow):
            raise InputError(f"{flow!r} is not a LangFlow flow id or endpoint name")
        body = self._body(request)
        started = time.monotonic()
        progress(0.0, f"flow {flow}: starting on LangFlow", None)
        try:
            async with asyncio.timeout(self.timeout_s):
                text = await self._run(flow, body, progress)
        except TimeoutError:
            raise BackendTimeout(f"LangFlow flow {flow!r} did not finish in {self.timeout_s:.0f} s "
                                 "(MULTIPLEX_LANGFLOW_TIMEOUT)") from None
        except aiohttp.ClientConnectionError as exc:
            raise BackendUnavailable(f"cannot reach LangFlow at {self.url}: {exc}") from None
        except aiohttp.ClientError as exc:
            raise BackendUnavailable(f"LangFlow at {self.url}: {type(exc).__name__}: {exc}") from None
        if not text.strip():
            raise LangflowError(f"LangFlow flow {flow!r} produced no text (is its output a Chat or Text Output, "
                                "or set the stage's output_component?)")
        elapsed = time.monotonic() - started
        self._seconds = elapsed if self._seconds is None else 0.7 * self._seconds + 0.3 * elapsed
        workdir = Path(workdir)
        await asyncio.to_thread(workdir.mkdir, parents=True, exist_ok=True)
        safe_job = re.sub(r"[^A-Za-z0-9_-]", "_", request.job_id)[:48] or "job"
        out = workdir / f"{safe_job}-flow.txt"
        await asyncio.to_thread(out.write_text, text[:MAX_TEXT_CHARS], encoding="utf-8")
        progress(1.0, f"flow {flow}: done in {elapsed:.1f}s", None)
        return [Output(out, "text", "text/plain")]

    async def _run(self, flow: str, body: dict[str, Any], progress: ProgressFn) -> str:
        url = f"{self.url}/api/v1/run/{quote(flow, safe='')}"
        params = {"stream": "true"} if self.stream else None
        async with self._client().post(url, json=body, params=params) as resp:
            if resp.status >= 400:
                raise self._refusal(resp.status, flow, await self._json(resp))
            if resp.content_type == "text/event-stream":
                return await self._consume(resp, flow, body, progress)
            result = await self._json(resp)
            return extract_text(result, str(body.get("output_component") or ""))

    async def _json(self, resp: aiohttp.ClientResponse) -> Any:
        raw = await resp.content.read(MAX_BODY_BYTES + 1)
        if len(raw) > MAX_BODY_BYTES:
            raise LangflowError(f"LangFlow's answer is over {MAX_BODY_BYTES // (1024 * 1024)} MiB")
        try:
            return json.loads(raw)
        except ValueError:
            return {"detail": raw.decode("utf-8", "replace")}

    def _refusal(self, status: int, flow: str, body: Any) -> LangflowError:
        why = _reason(body) or f"HTTP {status}"
        if status in (401, 403):
            hint = ("set MULTIPLEX_LANGFLOW_API_KEY to a key from LangFlow's Settings > API Keys" if not self._key
                    else "MULTIPLEX_LANGFLOW_API_KEY is not a key this LangFlow accepts")
            return LangflowError(f"LangFlow at {self.url} refused the request ({status}: {why}); {hint}")
        if status == 404:
            return LangflowError(f"LangFlow at {self.url} has no flow {flow!r} ({why})")
        return LangflowError(f"LangFlow flow {flow!r} failed ({status}: {why})")

    async def _consume(self, resp: aiohttp.ClientResponse, flow: str, body: dict[str, Any],
                       progress: ProgressFn) -> str:
        buffer = bytearray()
        tokens: list[str] = []
        received = 0
        result: Any = None
        async for chunk in resp.content.iter_any():
            received += len(chunk)
            if received > MAX_BODY_BYTES:
                raise LangflowError(f"LangFlow's stream is over {MAX_BODY_BYTES // (1024 * 1024)} MiB")
            buffer += chunk
            for event in parse_stream(buffer):
                kind, data = event.get("event"), event.get("data")
                if kind == "token" and isinstance(data, dict):
                    tokens.append(str(data.get("chunk") or ""))
                    progress(min(0.9, 0.1 + 0.01 * len(tokens)), f"flow {flow}: {len(tokens)} tokens", None)
                elif kind == "add_message":
                    progress(0.1 if not tokens else min(0.9, 0.1 + 0.01 * len(tokens)), f"flow {flow}: running",
                             None)
                elif kind == "error":
                    raise LangflowError(f"LangFlow flow {flow!r} failed: {_reason(data) or 'an error event'}")
                elif kind == "end":
                    result = data.get("result") if isinstance(data, dict) else None
        if buffer.strip():  # a last event without its blank line
            buffer += b"\n\n"
            for event in parse_stream(buffer):
                if event.get("event") == "end" and isinstance(event.get("data"), dict):
                    result = event["data"].get("result")
                elif event.get("event") == "error":
                    raise LangflowError(f"LangFlow flow {flow!r} failed: {_reason(event.get('data'))}")
        if result is None and not tokens:
            raise LangflowError(f"LangFlow's stream for flow {flow!r} ended without a result")
        return extract_text(result, str(body.get("output_component") or "")) or "".join(tokens)
