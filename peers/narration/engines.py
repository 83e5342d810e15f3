"""LLM engines for the narrator: llama-cpp-python in a child process (or a thread), or an OpenAI-compatible endpoint.

Both stream `Delta`s (content and, where an endpoint parses it, reasoning) and raise `EngineError` with a
sentence a person can act on: missing package or file, refused request, endpoint gone mid-stream, a
model that produced nothing for `stall_s`. Neither ever blocks the event loop: llama.cpp runs in a
child process of its own (`llama_child`: a stalled model is killed, and its token loop never competes with
the peer for the GIL), or, with ``isolate=False``, in a daemon thread; the endpoint is read with aiohttp.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import json
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import aiohttp

from mesh._log import get_logger
from mesh.errors import MultiplexError

from .llama_child import LlamaProcess
from .settings import NarratorSettings

__all__ = ["Delta", "Engine", "EngineError", "LlamaEngine", "OpenAIEngine", "build_engine"]

log = get_logger("peers.narration")

MISSING_LLAMA = ("llama-cpp-python is not installed: pip install \"multiplex[llm]\" (see docs/narrator.md), or use "
                 "MULTIPLEX_NARRATOR=openai:<URL>/v1")
STALL_S = 300.0  # a 200 GB model may think before its first token; this long with nothing is a failure


class EngineError(MultiplexError):
    """The narration model is missing, refused, or stopped; the message says which and what to do."""


@dataclass(frozen=True, slots=True)
class Delta:
    content: str = ""
    reasoning: str = ""


class Engine(Protocol):
    name: str

    def stream(self, messages: list[dict[str, str]]) -> AsyncIterator[Delta]:
        """The model's answer to a chat, chunk by chunk."""
        ...

    async def close(self) -> None: ...


def _chunk_delta(chunk: Any) -> Delta | None:
    """The delta of one OpenAI-style `chat.completion.chunk` (llama-cpp-python yields the same shape)."""
    if not isinstance(chunk, dict):
        return None
    choices = chunk.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        return None
    delta = choices[0].get("delta")
    if not isinstance(delta, dict):
        return None
    content = delta.get("content")
    reasoning = delta.get("reasoning_content") or delta.get("reasoning")
    return Delta(content if isinstance(content, str) else "", reasoning if isinstance(reasoning, str) else "")


def _finished(chunk: Any) -> bool:
    try:
        return bool(chunk["choices"][0].get("finish_reason"))
    except (KeyError, IndexError, TypeError, AttributeError):
        return False


class LlamaEngine:
    """llama-cpp-python (the `llm` extra), loaded on first use: in a child process unless `isolate` is False.

    `factory` stands in for `llama_cpp.Llama` (tests); with `isolate` it must be importable by name."""

    def __init__(self, settings: NarratorSettings, *, factory: Callable[..., Any] | None = None,
                 stall_s: float = STALL_S, isolate: bool = True) -> None:
        self.settings = settings
        self.name = f"llama:{Path(settings.target).name}"
        self.stall_s = stall_s
        self._factory = factory
        self._llm: Any = None
        self._busy = threading.Lock()  # llama.cpp contexts are not thread-safe: one generation at a time
        self._child = LlamaProcess(self._load_kwargs(), factory=factory) if isolate else None

    @property
    def loaded(self) -> dict[str, Any]:
        """What the loaded model reports (its context size), once it has loaded."""
        if self._child is not None:
            return self._child.loaded
        return {"n_ctx": self._llm.n_ctx()} if self._llm is not None and hasattr(self._llm, "n_ctx") else {}

    def _sampling(self) -> dict[str, Any]:
        s = self.settings
        return {"temperature": s.temperature, "top_p": s.top_p, "max_tokens": s.max_tokens}

    def _check(self) -> None:
        """What the parent can tell before starting anything: the package and the file are here."""
        if self._factory is None and importlib.util.find_spec("llama_cpp") is None:
            raise EngineError(MISSING_LLAMA)
        if not Path(self.settings.target).is_file():
            raise EngineError(f"no model file at {self.settings.target}")

    def _load_kwargs(self) -> dict[str, Any]:
        s = self.settings
        kwargs: dict[str, Any] = {"model_path": s.target, "n_gpu_layers": s.gpu_layers, "split_mode": s.split_mode,
                                  "main_gpu": s.main_gpu, "n_ctx": s.n_ctx, "verbose": False}
        if s.tensor_split:
            kwargs["tensor_split"] = list(s.tensor_split)
        if s.threads:
            kwargs["n_threads"] = s.threads
        return kwargs

    def _make(self) -> Any:
        factory = self._factory
        if factory is None:
            try:
                from llama_cpp import Llama
            except ImportError:
                raise EngineError(MISSING_LLAMA) from None
            factory = Llama
        if not Path(self.settings.target).is_file():
            raise EngineError(f"no model file at {self.settings.target}")
        try:
            return factory(**self._load_kwargs())
        except (ValueError, RuntimeError, OSError) as exc:
            raise EngineError(f"the model did not load: {exc}") from None

    async def stream(self, messages: list[dict[str, str]]) -> AsyncIterator[Delta]:
        if self._child is not None:
            async for delta in self._stream_child(messages):
                yield delta
            return
        async for delta in self._stream_thread(messages):
            yield delta

    async def _stream_child(self, messages: list[dict[str, str]]) -> AsyncIterator[Delta]:
        assert self._child is not None
        self._check()
        try:
            async for _, chunk in self._child.stream(messages, self._sampling(), stall_s=self.stall_s):
                delta = _chunk_delta(chunk)
                if delta is not None and (delta.content or delta.reasoning):
                    yield delta
        except RuntimeError as exc:
            raise EngineError(str(exc)) from None

    async def _stream_thread(self, messages: list[dict[str, str]]) -> AsyncIterator[Delta]:
        if not self._busy.acquire(blocking=False):
            raise EngineError("the model is still busy with an earlier narration (hung?)")
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        stop = threading.Event()

        def post(kind: str, value: Any) -> None:
            with contextlib.suppress(RuntimeError):  # the loop closed: nobody is listening any more
                loop.call_soon_threadsafe(queue.put_nowait, (kind, value))

        def work() -> None:
            final: tuple[str, Any] = ("end", None)
            try:
                if self._llm is None:
                    self._llm = self._make()
                chunks = self._llm.create_chat_completion(messages=messages, stream=True, **self._sampling())
                for chunk in chunks:
                    if stop.is_set():
                        with contextlib.suppress(Exception):
                            chunks.close()
                        break
                    post("chunk", chunk)
            except EngineError as exc:
                final = ("error", exc)
            except Exception as exc:  # llama.cpp failing mid-generation is a narration failure, not a crash
                final = ("error", EngineError(f"the model failed: {type(exc).__name__}: {exc}"))
            finally:
                self._busy.release()  # before the end is told: the next narration finds the model free
                post(*final)

        threading.Thread(target=work, name="narrator-llama", daemon=True).start()
        try:
            while True:
                try:
                    async with asyncio.timeout(self.stall_s):
                        kind, value = await queue.get()
                except TimeoutError:
                    raise EngineError(f"the model produced nothing for {self.stall_s:.0f} s") from None
                if kind == "end":
                    return
                if kind == "error":
                    raise value
                delta = _chunk_delta(value)
                if delta is not None and (delta.content or delta.reasoning):
                    yield delta
        finally:
            stop.set()

    async def close(self) -> None:
        self._llm = None  # freed by the thread that holds it, if any, when it ends
        if self._child is not None:
            await self._child.close()


class OpenAIEngine:
    """A streaming chat-completions client for an OpenAI-compatible endpoint (base URL ending in /v1)."""

    def __init__(self, settings: NarratorSettings, *, stall_s: float = STALL_S) -> None:
        self.settings = settings
        self.name = f"openai:{settings.model or settings.target}"
        self.stall_s = stall_s
        self._session: aiohttp.ClientSession | None = None

    def _body(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        s = self.settings
        body: dict[str, Any] = {"messages": messages, "stream": True, "temperature": s.temperature,
                                "top_p": s.top_p, "max_tokens": s.max_tokens}
        if s.model:
            body["model"] = s.model
        return body

    async def stream(self, messages: list[dict[str, str]]) -> AsyncIterator[Delta]:
        if self._session is None or self._session.closed:
            timeout = aiohttp.ClientTimeout(total=None, connect=15, sock_connect=15, sock_read=self.stall_s)
            self._session = aiohttp.ClientSession(timeout=timeout)
        headers = {"Accept": "text/event-stream"}
        if self.settings.key:
            headers["Authorization"] = f"Bearer {self.settings.key}"
        url = f"{self.settings.target}/chat/completions"
        finished = False
        try:
            async with self._session.post(url, json=self._body(messages), headers=headers) as resp:
                if resp.status != 200:
                    detail = (await resp.text())[:300].strip()
                    hint = " (check MULTIPLEX_NARRATOR_KEY)" if resp.status in (401, 403) else ""
                    raise EngineError(f"{url} answered {resp.status}{hint}: {detail or resp.reason}")
                async for raw in resp.content:
                    line = raw.decode("utf-8", "replace").strip()
                    if not line.startswith("data:"):
                        continue  # blank separators, ": keep-alive" comments, event: lines
                    data = line[5:].strip()
                    if data == "[DONE]":
                        finished = True
                        break
                    try:
                        chunk = json.loads(data)
                    except ValueError:
                        raise EngineError(f"{url} sent something that is not a JSON chunk: {data[:80]!r}") from None
                    if isinstance(chunk, dict) and isinstance(chunk.get("error"), dict | str):
                        err = chunk["error"]
                        raise EngineError(f"{url}: {err.get('message') if isinstance(err, dict) else err}")
                    delta = _chunk_delta(chunk)
                    if delta is not None and (delta.content or delta.reasoning):
                        yield delta
                    finished = finished or _finished(chunk)
        except (aiohttp.ClientError, TimeoutError) as exc:
            what = "stopped answering" if isinstance(exc, TimeoutError) else "could not be reached or went away"
            raise EngineError(f"the endpoint {what} ({type(exc).__name__}: {exc})") from None
        if not finished:
            raise EngineError("the endpoint closed the stream before the model finished")

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


def build_engine(settings: NarratorSettings) -> Engine | None:
    """The engine the settings name (None: the built-in narrator)."""
    if settings.engine == "llama":
        return LlamaEngine(settings)
    if settings.engine == "openai":
        return OpenAIEngine(settings)
    return None
