"""The Yjs sync protocol's frames, as bytes <-> (kind, payload), with no I/O.

The frames are the standard y-protocols ones (what y-websocket and pycrdt-websocket speak):
    [0, 0, len, state vector]   SYNC_STEP1  "here is what I have"
    [0, 1, len, update]         SYNC_STEP2  "here is what you miss"
    [0, 2, len, update]         SYNC_UPDATE  one transaction
    [1, len, awareness update]  AWARENESS
    [3]                         QUERY_AWARENESS  "send me every presence state you hold" (y-protocols'
                                messageQueryAwareness; y-websocket answers it the same way)
    [100, len, payload]         SIDE  multiplex's own requests between two authenticated peers (asset
                                transfer, `mesh.storage.asset_channel`); y-protocols leaves types >= 100 unused
    [101, len, origin, view, len, update]  RELAYED  a SYNC_UPDATE with the id of the peer that made it
                                and a 4-byte hash of the membership its tree is computed from, so peers
                                relay it along that tree (`mesh.net.topology.relay_targets`); sent only to
                                discovered mesh peers, never to a relay or a Yjs client
    [102, len, origin, view, len, awareness update]  RELAYED_AWARENESS  an AWARENESS frame that follows
                                its origin's tree the same way (one copy per peer, not one per link)
Encoding reuses pycrdt's helpers. Decoding is ours: pycrdt's `Decoder` raises bare IndexError or
RuntimeError on truncated input, and frames here come from other machines, so sizes are checked first
and every malformation becomes `DecodeError` (or `FrameTooLarge`).
"""

from __future__ import annotations

import json
from enum import IntEnum

from pycrdt import create_awareness_message, create_update_message

from mesh.errors import DecodeError, FrameTooLarge

__all__ = [
    "FrameKind",
    "awareness_client_count",
    "check_awareness",
    "decode_frame",
    "decode_relayed",
    "encode_awareness",
    "encode_query_awareness",
    "encode_relayed",
    "encode_relayed_awareness",
    "encode_side",
    "encode_step1",
    "encode_step2",
    "encode_update",
]

EMPTY_UPDATE = b"\x00\x00"
_MAX_VARUINT_BYTES = 5  # 35 bits: far above any frame limit, rejects endless continuation bytes


class FrameKind(IntEnum):
    STEP1 = 0
    STEP2 = 1
    UPDATE = 2
    AWARENESS = 3
    SIDE = 4
    RELAYED = 5
    RELAYED_AWARENESS = 6
    QUERY_AWARENESS = 7


_SYNC_KINDS = (FrameKind.STEP1, FrameKind.STEP2, FrameKind.UPDATE)  # by sync sub-type; `FrameKind(n)` is slow

SIDE_MESSAGE = 100
RELAYED_MESSAGE = 101
RELAYED_AWARENESS_MESSAGE = 102
MAX_ORIGIN_BYTES = 128  # a peer id; more is not an id
VIEW_BYTES = 4  # `mesh.net.topology.view_hash`


def _var_uint(n: int) -> bytes:
    out = bytearray()
    while n > 127:
        out.append(0x80 | (n & 0x7F))
        n >>= 7
    out.append(n)
    return bytes(out)


def encode_step1(state_vector: bytes) -> bytes:
    return b"\x00\x00" + _var_uint(len(state_vector)) + state_vector


def encode_step2(update: bytes) -> bytes:
    return b"\x00\x01" + _var_uint(len(update)) + update


def encode_update(update: bytes) -> bytes:
    return create_update_message(update)


def encode_awareness(update: bytes) -> bytes:
    return create_awareness_message(update)


def encode_query_awareness() -> bytes:
    return b"\x03"


def encode_side(payload: bytes) -> bytes:
    return bytes([SIDE_MESSAGE]) + _var_uint(len(payload)) + payload


def encode_relayed(origin: str, view: bytes, update: bytes, *, message: int = RELAYED_MESSAGE) -> bytes:
    raw = origin.encode("utf-8")
    return bytes([message]) + _var_uint(len(raw)) + raw + view + _var_uint(len(update)) + update


def encode_relayed_awareness(origin: str, view: bytes, update: bytes) -> bytes:
    return encode_relayed(origin, view, update, message=RELAYED_AWARENESS_MESSAGE)


def decode_relayed(payload: bytes) -> tuple[str, bytes, bytes]:
    """(origin, view hash, update) of a RELAYED or RELAYED_AWARENESS frame's payload; DecodeError when
    malformed."""
    length, pos = _read_var_uint(payload, 0)
    if length == 0 or length > MAX_ORIGIN_BYTES or pos + length + VIEW_BYTES > len(payload):
        raise DecodeError(f"relayed origin of {length} bytes")
    try:
        origin = payload[pos:pos + length].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"relayed origin is not UTF-8: {exc}") from exc
    pos += length
    return origin, payload[pos:pos + VIEW_BYTES], _payload(payload, pos + VIEW_BYTES)


def _read_var_uint(buf: bytes, pos: int) -> tuple[int, int]:
    value = 0
    for i in range(_MAX_VARUINT_BYTES):
        if pos + i >= len(buf):
            raise DecodeError("truncated length")
        byte = buf[pos + i]
        value |= (byte & 0x7F) << (7 * i)
        if byte < 0x80:
            return value, pos + i + 1
    raise DecodeError("length prefix too long")


def _payload(buf: bytes, pos: int) -> bytes:
    length, pos = _read_var_uint(buf, pos)
    if pos + length != len(buf):
        raise DecodeError(f"payload length {length} does not match the frame ({len(buf) - pos} bytes left)")
    return buf[pos:]


def awareness_client_count(payload: bytes) -> int:
    """How many client states an awareness update claims to carry (checked before decoding it)."""
    return _read_var_uint(payload, 0)[0]


def check_awareness(payload: bytes) -> None:
    """Decode every entry of an awareness update without applying it; DecodeError when one is malformed.

    pycrdt's Awareness applies entry by entry, so a bad third entry would leave the first two applied:
    a refused update must change nothing, so the whole payload is checked first.
    """
    count, pos = _read_var_uint(payload, 0)
    for _ in range(count):
        for _field in ("client id", "clock"):
            for _i in range(10):  # client ids are 53-bit (JavaScript's safe integers); 10 bytes hold 64 bits
                if pos >= len(payload):
                    raise DecodeError(f"awareness update truncated in a {_field}")
                pos += 1
                if payload[pos - 1] < 0x80:
                    break
            else:
                raise DecodeError(f"awareness {_field} too long")
        length, pos = _read_var_uint(payload, pos)
        if pos + length > len(payload):
            raise DecodeError("awareness state truncated")
        raw = payload[pos:pos + length]
        pos += length
        if raw:
            try:
                json.loads(raw.decode("utf-8"))
            except (ValueError, RecursionError) as exc:
                raise DecodeError(f"awareness state is not JSON: {exc}") from exc


def decode_frame(frame: bytes, *, max_bytes: int) -> tuple[FrameKind, bytes]:
    """Split one binary frame; FrameTooLarge before any parsing, DecodeError for anything malformed."""
    if len(frame) > max_bytes:
        raise FrameTooLarge(f"frame of {len(frame)} bytes exceeds {max_bytes}")
    frame = bytes(frame)
    if frame == b"\x03":
        return FrameKind.QUERY_AWARENESS, b""
    if len(frame) < 2:
        raise DecodeError("frame shorter than 2 bytes")
    if frame[0] == 0:
        sub = frame[1]
        if sub > 2:
            raise DecodeError(f"unknown sync message type {sub}")
        return _SYNC_KINDS[sub], _payload(frame, 2)
    if frame[0] == 1:
        return FrameKind.AWARENESS, _payload(frame, 1)
    if frame[0] == SIDE_MESSAGE:
        return FrameKind.SIDE, _payload(frame, 1)
    if frame[0] == RELAYED_MESSAGE:
        return FrameKind.RELAYED, frame[1:]  # `decode_relayed` splits and checks it
    if frame[0] == RELAYED_AWARENESS_MESSAGE:
        return FrameKind.RELAYED_AWARENESS, frame[1:]
    raise DecodeError(f"unknown message type {frame[0]}")
