"""ComfyUI websocket frames -> typed events; malformed frames decode to None, never raise."""

from __future__ import annotations

import json
import struct

import pytest

from peers.backends.comfy.messages import (
    Executing,
    ExecutionError,
    Preview,
    Progress,
    Status,
    encode_preview,
    parse_binary,
    parse_text,
)


def frame(kind: str, data: object) -> str:
    return json.dumps({"type": kind, "data": data})


def test_text_events_in_real_shapes() -> None:
    assert parse_text(frame("status", {"status": {"exec_info": {"queue_remaining": 2}}, "sid": "abc"})) == Status(
        2, "abc"
    )
    assert parse_text(frame("executing", {"node": None, "prompt_id": "p"})) == Executing("p", None)
    assert parse_text(frame("executing", {"node": "3"})) == Executing(None, "3")  # reconnect replay has no id
    assert parse_text(frame("progress", {"value": 3, "max": 20, "prompt_id": "p", "node": "3"})) == Progress(
        "p", "3", 3.0, 20.0
    )
    err = parse_text(
        frame(
            "execution_error",
            {
                "prompt_id": "p",
                "node_id": "9",
                "node_type": "VAEDecode",
                "exception_type": "RuntimeError",
                "exception_message": "boom\n",
                "traceback": [],
                "executed": [],
                "timestamp": 1,
            },
        )
    )
    assert err == ExecutionError("p", "9", "VAEDecode", "RuntimeError", "boom\n")


@pytest.mark.parametrize(
    "raw",
    [
        "not json",
        "[]",
        frame("progress", {"value": "x"}),
        frame("execution_start", {}),
        frame("status", "x"),
        frame("crystools.monitor", {"cpu": 3}),
    ],
)
def test_malformed_or_foreign_text_is_none(raw: str) -> None:
    assert parse_text(raw) is None


def test_oversize_text_is_dropped() -> None:
    assert parse_text(frame("executing", {"node": "1", "prompt_id": "p"}), max_bytes=10) is None


def test_binary_previews_both_flavours_round_trip() -> None:
    jpeg = b"\xff\xd8jpegdata"
    assert parse_binary(encode_preview(jpeg)) == Preview("image/jpeg", jpeg)
    assert parse_binary(struct.pack(">II", 1, 2) + b"png") == Preview("image/png", b"png")
    meta = {"node_id": "8", "prompt_id": "p", "display_node_id": "8"}
    assert parse_binary(encode_preview(jpeg, metadata=meta)) == Preview("image/jpeg", jpeg, "p", "8")


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\x00\x00\x01",
        struct.pack(">II", 4, 999) + b"{}",
        struct.pack(">II", 4, 2) + b"\xff\xfe",
        struct.pack(">II", 3, 1) + b"1text",
        struct.pack(">II", 77, 0),
    ],
)
def test_malformed_or_text_binary_frames_are_none(raw: bytes) -> None:
    assert parse_binary(raw) is None
