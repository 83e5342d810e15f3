"""ComfyUI websocket frames -> typed events; pure code, no I/O (the client and the tests share it).

Text frames are `{"type": ..., "data": {...}}` (ComfyUI `server.py: send_json`). Binary frames start with
a big-endian uint32 event type (`protocol.py: BinaryEventTypes`): 1 = preview (uint32 image type, 1 JPEG /
2 PNG, then the image), 4 = preview with metadata (uint32 JSON length, the JSON naming node and prompt,
then the image), 3 = progress text. Anything malformed decodes to `None` and is logged at debug: a bad
frame from a server must never end a job by itself.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mesh._log import get_logger

__all__ = [
    "BINARY_PREVIEW",
    "BINARY_PREVIEW_WITH_METADATA",
    "BINARY_TEXT",
    "ComfyEvent",
    "Executed",
    "Executing",
    "ExecutionCached",
    "ExecutionError",
    "ExecutionInterrupted",
    "ExecutionStart",
    "ExecutionSuccess",
    "Preview",
    "Progress",
    "ProgressState",
    "Status",
    "encode_preview",
    "parse_binary",
    "parse_text",
]

log = get_logger("peers.backends.comfy.messages")

BINARY_PREVIEW = 1
BINARY_TEXT = 3
BINARY_PREVIEW_WITH_METADATA = 4
_IMAGE_MIME = {1: "image/jpeg", 2: "image/png"}
_DECODE_ERRORS = (ValueError, TypeError, KeyError, struct.error, UnicodeDecodeError, json.JSONDecodeError)


@dataclass(frozen=True, slots=True)
class Status:
    queue_remaining: int
    sid: str | None = None


@dataclass(frozen=True, slots=True)
class ExecutionStart:
    prompt_id: str


@dataclass(frozen=True, slots=True)
class ExecutionCached:
    prompt_id: str
    nodes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Executing:
    """`node is None` means the prompt finished (sent after history is written)."""

    prompt_id: str | None  # None on the replay ComfyUI sends to a reconnecting client
    node: str | None


@dataclass(frozen=True, slots=True)
class Progress:
    prompt_id: str | None
    node: str | None
    value: float
    max: float


@dataclass(frozen=True, slots=True)
class ProgressState:
    prompt_id: str
    running: tuple[str, ...]
    finished: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Executed:
    prompt_id: str
    node: str
    output: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ExecutionSuccess:
    prompt_id: str


@dataclass(frozen=True, slots=True)
class ExecutionError:
    prompt_id: str
    node_id: str
    node_type: str
    exception_type: str
    exception_message: str


@dataclass(frozen=True, slots=True)
class ExecutionInterrupted:
    prompt_id: str
    node_id: str
    node_type: str


@dataclass(frozen=True, slots=True)
class Preview:
    mime: str
    image: bytes
    prompt_id: str | None = None  # only in the metadata flavour
    node_id: str | None = None


ComfyEvent = (
    Status
    | ExecutionStart
    | ExecutionCached
    | Executing
    | Progress
    | ProgressState
    | Executed
    | ExecutionSuccess
    | ExecutionError
    | ExecutionInterrupted
    | Preview
)


def _s(value: Any) -> str | None:
    return None if value is None else str(value)


def _text_event(kind: str, data: Mapping[str, Any]) -> ComfyEvent | None:
    if kind == "status":
        info = data.get("status", {}) or {}
        return Status(int(info.get("exec_info", {}).get("queue_remaining", 0)), _s(data.get("sid")))
    if kind == "execution_start":
        return ExecutionStart(str(data["prompt_id"]))
    if kind == "execution_cached":
        return ExecutionCached(str(data["prompt_id"]), tuple(str(n) for n in data.get("nodes", ())))
    if kind == "executing":
        return Executing(_s(data.get("prompt_id")), _s(data.get("node")))
    if kind == "progress":
        return Progress(_s(data.get("prompt_id")), _s(data.get("node")), float(data["value"]), float(data["max"]))
    if kind == "progress_state":
        nodes = data.get("nodes", {})
        running = tuple(str(k) for k, v in nodes.items() if v.get("state") == "running")
        finished = tuple(str(k) for k, v in nodes.items() if v.get("state") == "finished")
        return ProgressState(str(data["prompt_id"]), running, finished)
    if kind == "executed":
        output = data.get("output") or {}
        return Executed(str(data["prompt_id"]), str(data["node"]), output if isinstance(output, dict) else {})
    if kind == "execution_success":
        return ExecutionSuccess(str(data["prompt_id"]))
    if kind == "execution_error":
        return ExecutionError(
            str(data["prompt_id"]),
            str(data.get("node_id", "?")),
            str(data.get("node_type", "?")),
            str(data.get("exception_type", "")),
            str(data.get("exception_message", "")),
        )
    if kind == "execution_interrupted":
        return ExecutionInterrupted(
            str(data["prompt_id"]), str(data.get("node_id", "?")), str(data.get("node_type", "?"))
        )
    return None  # feature_flags, crystools.monitor, custom nodes' events: not ours to interpret


def parse_text(raw: str, *, max_bytes: int = 1 << 20) -> ComfyEvent | None:
    """One text frame -> event, or None for unknown or malformed frames."""
    if len(raw) > max_bytes:
        log.debug("dropping a %d-byte text frame", len(raw))
        return None
    try:
        message = json.loads(raw)
        data = message.get("data") or {}
        if not isinstance(data, dict):
            return None
        return _text_event(str(message.get("type")), data)
    except (*_DECODE_ERRORS, AttributeError) as exc:
        log.debug("malformed ComfyUI frame (%s): %.200r", exc, raw)
        return None


def parse_binary(raw: bytes, *, max_bytes: int = 8 << 20) -> Preview | None:
    """One binary frame -> a preview image, or None (progress text, unknown type, malformed)."""
    if len(raw) > max_bytes or len(raw) < 8:
        return None
    try:
        (event,) = struct.unpack_from(">I", raw, 0)
        if event == BINARY_PREVIEW:
            (image_type,) = struct.unpack_from(">I", raw, 4)
            return Preview(_IMAGE_MIME.get(image_type, "image/jpeg"), bytes(raw[8:]))
        if event == BINARY_PREVIEW_WITH_METADATA:
            (length,) = struct.unpack_from(">I", raw, 4)
            if length > len(raw) - 8:
                return None
            meta = json.loads(bytes(raw[8 : 8 + length]).decode("utf-8"))
            return Preview(
                str(meta.get("image_type", "image/jpeg")),
                bytes(raw[8 + length :]),
                _s(meta.get("prompt_id")),
                _s(meta.get("node_id")),
            )
    except (*_DECODE_ERRORS, AttributeError) as exc:
        log.debug("malformed ComfyUI binary frame: %s", exc)
    return None


def encode_preview(image: bytes, *, mime: str = "image/jpeg", metadata: Mapping[str, Any] | None = None) -> bytes:
    """The server side of a preview frame (used by the fake server; mirrors `server.py: send_image*`)."""
    if metadata is None:
        kind = 2 if mime == "image/png" else 1
        return struct.pack(">II", BINARY_PREVIEW, kind) + image
    meta = json.dumps({**metadata, "image_type": mime}).encode("utf-8")
    return struct.pack(">II", BINARY_PREVIEW_WITH_METADATA, len(meta)) + meta + image
