"""Zeroconf discovery: TXT encoding limits, strict parsing, and several instances on loopback."""

from __future__ import annotations

import asyncio
import logging
import uuid

import pytest
from zeroconf import IPVersion
from zeroconf.asyncio import AsyncServiceInfo, AsyncZeroconf

from mesh.errors import DecodeError
from mesh.net.discovery import (
    TXT_MAX_BYTES,
    TXT_VALUE_MAX_BYTES,
    Advert,
    Discovery,
    PeerFound,
    PeerLost,
    encode_txt,
    parse_txt,
)
from tests.fakes.mesh_peers import wait_until

LOOPBACK = ["127.0.0.1"]


def txt_bytes(txt: dict[str, str]) -> dict[bytes, bytes]:
    return {k.encode(): v.encode() for k, v in txt.items()}


def big_advert() -> Advert:
    return Advert(
        peer_id="ws-3xa6000", name="Render box (3x A6000)", port=8765,
        boards=tuple(f"board-{i:02d}-with-a-long-name" for i in range(30)),
        gpu_count=3, gpu_names=("NVIDIA RTX A6000",) * 3 + ("NVIDIA RTX 6000 Ada Generation",),
        vram_total_gb=144, backends=("comfyui", "cpu", "llm", "langflow"),
        models=tuple(f"model-{i}-wan2.1-i2v-14b-480p" for i in range(16)),
    )


def test_txt_fits_the_limits_and_round_trips() -> None:
    txt = encode_txt(big_advert())
    assert sum(1 + len(k) + 1 + len(v.encode()) for k, v in txt.items()) <= TXT_MAX_BYTES
    assert all(len(k) + 1 + len(v.encode()) <= TXT_VALUE_MAX_BYTES for k, v in txt.items())
    parsed = parse_txt(txt_bytes(txt))
    assert parsed["peer_id"] == "ws-3xa6000"
    assert parsed["port"] == 8765
    assert parsed["caps"]["gpu_count"] == 3
    assert parsed["caps"]["vram_total_gb"] == 144
    # duplicates collapse; what does not fit is dropped, least important first (models), and flagged for boards
    assert "NVIDIA RTX A6000" in parsed["caps"]["gpu_names"]
    assert parsed["boards"] and parsed["boards_truncated"] is True


def test_small_advert_is_not_truncated_and_has_no_secret_fields() -> None:
    txt = encode_txt(Advert(peer_id="p1", name="p1", port=80, boards=("film",), gpu_count=1,
                            gpu_names=("NVIDIA RTX A6000",), vram_total_gb=48, backends=("comfyui",)))
    parsed = parse_txt(txt_bytes(txt))
    assert parsed["boards"] == ("film",) and parsed["boards_truncated"] is False
    assert set(txt) <= {"v", "id", "n", "p", "b", "bx", "g", "gn", "vr", "be", "m"}


@pytest.mark.parametrize("props", [
    {b"v": b"2", b"id": b"p1", b"p": b"80"},  # other protocol version
    {b"v": b"1", b"id": b"../etc", b"p": b"80"},  # bad id
    {b"v": b"1", b"id": b"p1", b"p": b"99999"},  # bad port
    {b"v": b"1", b"id": b"p1", b"p": b"-1"},
    {b"v": b"1", b"id": b"p1", b"p": b"80", b"b": b"ok,../../x"},  # bad board name
    {b"v": b"1", b"id": b"p1", b"p": b"80", b"g": b"100000000000"},
    {b"v": b"1", b"id": b"p1", b"p": b"80", b"n": b"\xff\xfe"},  # not UTF-8
    {b"v": b"1", b"id": b"p1", b"p": b"80", b"n": b"bell\x07"},
    {b"v": b"1", b"id": b"p1", b"p": b"80", b"b": ",".join(f"b{i}" for i in range(40)).encode()},
    {b"v": b"1", b"id": b"p1"},  # no port
    {f"k{i}".encode(): b"x" for i in range(40)},  # too many keys
    {b"v": None, b"id": b"p1", b"p": b"80"},
])
def test_hostile_txt_is_rejected(props: dict[bytes, bytes | None]) -> None:
    with pytest.raises(DecodeError):
        parse_txt(props)


def service_type() -> str:
    return f"_mx{uuid.uuid4().hex[:8]}._tcp.local."


async def next_event(d: Discovery, kind: type, peer_id: str, timeout_s: float = 10.0):
    async with asyncio.timeout(timeout_s):
        while True:
            ev = await d.events()
            if isinstance(ev, kind) and ev.peer_id == peer_id:
                return ev


async def test_three_instances_on_loopback_find_each_other_and_see_leaves() -> None:
    st = service_type()
    adverts = [Advert(peer_id=f"peer-{i}", name=f"Peer {i}", port=9000 + i, boards=("film",),
                      gpu_count=i, gpu_names=("NVIDIA RTX A6000",) * i) for i in range(3)]
    async with Discovery(adverts[0], service_type=st, interfaces=LOOPBACK) as d0, \
            Discovery(adverts[1], service_type=st, interfaces=LOOPBACK) as d1:
        async with Discovery(adverts[2], service_type=st, interfaces=LOOPBACK) as d2:
            everyone = {"peer-0", "peer-1", "peer-2"}
            await wait_until(lambda: all(set(d.peers) | {d.advert.peer_id} == everyone for d in (d0, d1, d2)),
                             what="every instance sees the two others")
            found = d0.peers["peer-2"]
            assert found.addresses == ("127.0.0.1",) and found.port == 9002 and found.boards == ("film",)
            assert found.caps["gpu_count"] == 2 and found.sync_url("film") == "ws://127.0.0.1:9002/sync/film"
        # d2 left gracefully: it unregistered, the others hear "goodbye" instead of waiting for a TTL
        await next_event(d0, PeerLost, "peer-2")
        await next_event(d1, PeerLost, "peer-2")
        assert "peer-2" not in d0.peers and "peer-1" in d0.peers


async def test_updated_advert_reaches_others() -> None:
    st = service_type()
    async with Discovery(Advert(peer_id="a", name="a", port=1000), service_type=st, interfaces=LOOPBACK) as da, \
            Discovery(Advert(peer_id="b", name="b", port=1001), service_type=st, interfaces=LOOPBACK) as db:
        await next_event(da, PeerFound, "b")
        await db.update(Advert(peer_id="b", name="b", port=1001, boards=("new-board",)))
        async with asyncio.timeout(10):
            while da.peers.get("b") is None or da.peers["b"].boards != ("new-board",):
                await next_event(da, PeerFound, "b")


async def test_hostile_advert_is_ignored_and_logged_once(caplog) -> None:
    st = service_type()
    caplog.set_level(logging.WARNING, logger="multiplex.mesh.net.discovery")
    hostile = AsyncZeroconf(interfaces=LOOPBACK, ip_version=IPVersion.V4Only)
    try:
        bad = AsyncServiceInfo(st, f"evil.{st}", port=1, parsed_addresses=["127.0.0.1"],
                               properties={b"v": b"1", b"id": b"evil", b"p": b"80", b"b": b"../../etc"},
                               server="evil.local.")
        spoof = AsyncServiceInfo(st, f"liar.{st}", port=2, parsed_addresses=["127.0.0.1"],
                                 properties={b"v": b"1", b"id": b"someone-else", b"p": b"80"},
                                 server="liar.local.")
        await hostile.async_register_service(bad)
        await hostile.async_register_service(spoof)
        good = Advert(peer_id="good", name="good", port=1002)
        async with Discovery(Advert(peer_id="me", name="me", port=1003), service_type=st,
                             interfaces=LOOPBACK) as d, \
                Discovery(good, service_type=st, interfaces=LOOPBACK):
            await next_event(d, PeerFound, "good")
            await wait_until(lambda: sum("ignoring service" in r.getMessage() for r in caplog.records) >= 2,
                             what="both hostile services ignored")
            assert set(d.peers) == {"good"}
    finally:
        await hostile.async_close()
