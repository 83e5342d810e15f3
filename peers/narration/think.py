"""Keep R1's `<think>` reasoning apart from the narration, as the tokens stream in.

DeepSeek-R1-0528's chat template ends at the assistant tag and the model writes ``<think>\\n…</think>``
itself; older R1 and the distills' templates already append ``<think>\\n``, so only ``</think>`` appears
in the output; an endpoint with a reasoning parser (llama-server, vLLM) sends the reasoning in a separate
field and no tags at all. Tags may be split across chunks (``</th`` + ``ink>``). The rule: an optional
leading ``<think>`` opens the reasoning, everything up to the first ``</think>`` is reasoning, the rest
is the narration; a stream that never closes a reasoning it did not open explicitly was narration all
along (a model that does not think).
"""

from __future__ import annotations

from enum import Enum

__all__ = ["ThinkSplitter", "split_think"]

OPEN, CLOSE = "<think>", "</think>"


class _State(Enum):
    START = 0  # nothing but whitespace so far: an opening tag may still come
    MAYBE = 1  # no opening tag: reasoning if a closing tag comes (the template opened it), else narration
    THINK = 2  # explicitly opened
    ANSWER = 3


def _partial_tail(text: str, tag: str) -> int:
    """Length of the longest suffix of `text` that is a proper prefix of `tag` (a tag split by a chunk)."""
    for n in range(min(len(tag) - 1, len(text)), 0, -1):
        if text.endswith(tag[:n]):
            return n
    return 0


class ThinkSplitter:
    """Feed streamed chunks; `think` and `answer` are the reasoning and the narration so far."""

    def __init__(self) -> None:
        self._state = _State.START
        self._think = ""  # reasoning decided so far (or, in MAYBE, undecided text)
        self._answer = ""
        self._held = ""  # a possible partial tag at the end of the stream
        self._reasoning_field = ""  # reasoning an endpoint sent apart from the content
        self.done = False

    @property
    def think(self) -> str:
        return (self._reasoning_field + self._think).strip()

    @property
    def answer(self) -> str:
        return self._answer.lstrip()

    def feed_reasoning(self, text: str) -> None:
        """Reasoning an endpoint sends in its own field (`reasoning_content`)."""
        self._reasoning_field += text

    def feed(self, chunk: str) -> None:
        buf = self._held + chunk
        self._held = ""
        while buf:
            if self._state is _State.START:
                stripped = buf.lstrip()
                if not stripped:
                    return  # only whitespace so far
                if stripped.startswith(OPEN):
                    self._state, buf = _State.THINK, stripped[len(OPEN):]
                elif OPEN.startswith(stripped):
                    self._held = buf  # "<thi": wait for the rest
                    return
                else:
                    self._state = _State.MAYBE
            elif self._state in (_State.MAYBE, _State.THINK):
                at = buf.find(CLOSE)
                if at >= 0:
                    self._think += buf[:at]
                    self._state, buf = _State.ANSWER, buf[at + len(CLOSE):]
                    continue
                keep = _partial_tail(buf, CLOSE)
                self._think += buf[: len(buf) - keep]
                self._held = buf[len(buf) - keep:]
                return
            else:
                self._answer += buf
                return

    @property
    def showing(self) -> tuple[str, str]:
        """(narration, reasoning) to show while streaming: undecided text is shown as reasoning until a
        closing tag or the end decides, so reasoning is never shown as narration."""
        return self.answer, self.think

    def finish(self) -> tuple[str, str]:
        """The stream ended (or broke off): decide what is left; returns (narration, reasoning)."""
        if not self.done:
            self.done = True
            rest, self._held = self._held, ""
            if self._state is _State.MAYBE:  # never closed, never opened: it was the narration
                self._answer, self._think = self._think + rest, ""
            elif self._state is _State.START:
                self._answer += rest if not OPEN.startswith(rest.strip()) else ""
            elif self._state is _State.THINK:
                self._think += rest
            else:
                self._answer += rest
            self._state = _State.ANSWER
        return self.answer.rstrip(), self.think


def split_think(text: str) -> tuple[str, str]:
    """(narration, reasoning) of a whole response."""
    s = ThinkSplitter()
    s.feed(text)
    return s.finish()
