"""Stand-ins for `llama_cpp.Llama` that a spawned narrator child can import by name (tests only).

Each writes what it went through next to its model file, since a child process shares no memory with
the test: ``<model>.entered`` holds the pid of the child that started answering.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ANSWER = "<think>\nthe cluster is busy</think>Two peers render the harbour."


def _chunk(text: str, finish: str | None = None) -> dict[str, Any]:
    return {"choices": [{"delta": {"content": text}, "finish_reason": finish}]}


class ScriptedLlama:
    """Answers every chat with ANSWER, a few characters per chunk."""

    def __init__(self, **kwargs: Any) -> None:
        self.kwargs = kwargs
        self.model = Path(kwargs["model_path"])

    def n_ctx(self) -> int:
        return int(self.kwargs.get("n_ctx", 0))

    def create_chat_completion(self, **kwargs: Any) -> Iterator[dict[str, Any]]:
        self.model.with_suffix(".entered").write_text(str(os.getpid()))
        pace = float(os.environ.get("MX_FAKE_LLAMA_PACE_S", "0"))
        for i in range(0, len(ANSWER), 4):
            time.sleep(pace)
            yield _chunk(ANSWER[i:i + 4])
        yield _chunk("", "stop")


class HangOnceLlama(ScriptedLlama):
    """The first child to answer hangs for a minute before its first token; later children answer."""

    def create_chat_completion(self, **kwargs: Any) -> Iterator[dict[str, Any]]:
        marker = self.model.with_suffix(".hung")
        if not marker.exists():
            marker.write_text(str(os.getpid()))
            self.model.with_suffix(".entered").write_text(str(os.getpid()))
            time.sleep(60)
        return super().create_chat_completion(**kwargs)


class HungLlama(ScriptedLlama):
    """Never answers (for a minute): the peer must not notice."""

    def create_chat_completion(self, **kwargs: Any) -> Iterator[dict[str, Any]]:
        self.model.with_suffix(".entered").write_text(str(os.getpid()))
        time.sleep(60)
        return iter(())


class BrokenLlama:
    """A file llama.cpp refuses to load."""

    def __init__(self, **kwargs: Any) -> None:
        raise ValueError(f"Failed to load model from file: {kwargs['model_path']}")
