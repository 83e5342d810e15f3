"""Fault injection over real peer processes, each in its own network namespace (`harness.FaultLan`).

Every test injects one fault into a rendering mesh and then checks, against the `Oracle`:
- no acknowledged edit and no finished gen.art is lost (its block on every peer, its bytes on one);
- every job ends done, failed or cancelled — and a failed one says why;
- no job is rendered by two peers at once beyond the window docs/claims.md allows (on a connected
  network the settle window, since a run starts with its claim; across a partition, the render time).

Timings are shrunk in the peers (`fault_peer`: LEASE_S 3 s instead of 15 s, PEER_TTL_S 4 s instead of 20 s),
so "a minute" of partition scales to PARTITION_S = 15 s: the same five lease lengths. Needs root and
iproute2; run with `python -m pytest -m faults tests/faults`.
"""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.test_netns import PeerProc

from .harness import NETNS_REASON, FaultLan, Oracle, all_final, failure_reasons, overlaps, until

pytestmark = [pytest.mark.faults, pytest.mark.timeout(300)]
if NETNS_REASON:
    pytestmark.append(pytest.mark.skip(reason=NETNS_REASON))

RENDER_S = 2.0
PARTITION_S = 15.0  # one minute at production timings (LEASE_S 15 s) is five lease lengths; so is this
SETTLE_S = 0.3  # fault_peer's CLAIM_SETTLE_S: a run starts with its claim, a beaten claimer stops within it
WINDOW_S = SETTLE_S + 0.5  # the documented double-run window on a connected network, plus a backend's stop
EPS = 0.05  # span timestamps come from two processes' loggers


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs, filled to the last block by `filler` (needs root, as the namespaces do)."""
    disk = tmp_path / "small-disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], check=True)
    try:
        (disk / "assets").mkdir()  # directories still fit on a full tmpfs; file data does not
        with contextlib.suppress(OSError), (disk / "filler").open("wb") as f:
            while True:
                f.write(b"\0" * 4096)
                f.flush()
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


@pytest.fixture
async def net(tmp_path: Path):
    lan = FaultLan(tmp_path)
    try:
        yield lan
    finally:
        await lan.close()


async def edit(oracle: Oracle, peer: PeerProc, text: str) -> str:
    intent = (await peer.call(op="add", text=text))["id"]
    oracle.acked(text)  # answered after fsync: acknowledged
    return intent


async def render(oracle: Oracle, peer: PeerProc, text: str) -> list[str]:
    intent = await edit(oracle, peer, text)
    return (await peer.call(op="render", intent=intent))["jobs"]


async def settled(net: FaultLan, oracle: Oracle, job_ids: list[str], *, timeout_s: float = 60.0,
                  what: str = "") -> list[dict]:
    """Wait until every live peer holds every acknowledged edit and finished gen.art and every job is final."""
    peers = net.alive()

    def check(states: list[dict]) -> bool:
        oracle.observe(states)
        return all_final(states, job_ids) and oracle.intact(states)

    states = await until(peers, check, timeout_s=timeout_s, what=what or "every job final, nothing lost")
    assert not oracle.problems(states)
    reasons = failure_reasons(states)
    assert all(reasons.values()), f"a job failed without a reason: {reasons}"
    return states


def assert_no_double_render(net: FaultLan, *, window_s: float = WINDOW_S) -> dict[str, float]:
    found = overlaps(net.spans, net.killed_at)
    beyond = {j: round(s, 2) for j, s in found.items() if s > window_s + EPS}
    assert not beyond, f"jobs rendered by two peers at once for longer than {window_s} s: {beyond}"
    return found


async def test_sigkill_mid_render_then_restart(net: FaultLan) -> None:
    peers = [await net.start(f"p{n}", render_s=RENDER_S) for n in "abc"]
    await until(peers, lambda s: all(len(x["presence"]) == 3 for x in s), what="three peers in presence")
    oracle = Oracle()
    job_ids = [j for i in range(2) for j in await render(oracle, peers[i], f"shot {i}")]

    def rendering_owner(states: list[dict]) -> str | None:
        for x in states:
            for j in x["jobs"].values():
                live = [c for c in j["claims"] if c["live"] and c["started"]]
                if live and j["state"] == "rendering":
                    return live[0]["peer"]
        return None

    states = await until(peers, lambda s: rendering_owner(s) is not None, what="a render under way")
    victim = rendering_owner(states)
    assert victim is not None
    oracle.observe(states)
    await net.kill(victim)
    await settled(net, oracle, job_ids, what="the survivors finish every job")
    await net.start(victim, render_s=RENDER_S)  # back, from its disk
    states = await settled(net, oracle, job_ids, what="the restarted peer catches up")
    assert all(s["jobs"][j]["state"] == "done" for s in states for j in job_ids)
    assert_no_double_render(net)


async def test_partition_with_edits_on_both_sides_then_heal(net: FaultLan) -> None:
    a, b, c = [await net.start(f"p{n}", render_s=RENDER_S) for n in "abc"]
    await until([a, b, c], lambda s: all(len(x["presence"]) == 3 for x in s), what="three peers in presence")
    oracle = Oracle()
    job_ids = await render(oracle, a, "before the cut")
    await settled(net, oracle, job_ids, what="the first shot everywhere")

    net.cable("pc", up=False)
    cut = asyncio.get_running_loop().time()
    for i in range(3):
        await edit(oracle, a, f"west {i}")
        await edit(oracle, c, f"east {i}")
    job_ids += await render(oracle, b, "west shot") + await render(oracle, c, "east shot")
    await until([a, b], lambda s: all({"west 0", "west 2"} <= set(x["intents"]) for x in s), what="west side")
    assert "west 0" not in (await c.call(op="state"))["intents"]
    await asyncio.sleep(max(0.0, PARTITION_S - (asyncio.get_running_loop().time() - cut)))
    side_c = await c.call(op="state")
    assert "east shot" in side_c["intents"] and "west shot" not in side_c["intents"]
    net.cable("pc", up=True)
    states = await settled(net, oracle, job_ids, timeout_s=90, what="heal: everything everywhere")
    assert all(s["jobs"][j]["state"] == "done" for s in states for j in job_ids)
    assert_no_double_render(net, window_s=RENDER_S)  # across a partition: bounded by the render time


async def test_full_asset_disk_fails_with_a_reason_and_others_render(small_disk: Path, net: FaultLan) -> None:
    a = await net.start("pa", render_s=RENDER_S, extra=("--assets", str(small_disk / "assets")))
    oracle = Oracle()
    job_ids = await render(oracle, a, "no room")

    def failed_on_space(states: list[dict]) -> bool:
        return any("space" in c["failed"].lower() for x in states for j in x["jobs"].values() for c in j["claims"])

    await until([a], failed_on_space, what="a render failing on the full disk")
    b = await net.start("pb", render_s=RENDER_S)
    states = await settled(net, oracle, job_ids, what="the other peer renders it")
    assert all(s["jobs"][j]["state"] == "done" for s in states for j in job_ids)
    await edit(oracle, a, "still editing")  # its board store is elsewhere: the peer edits on
    (small_disk / "filler").unlink()  # room again: the full peer copies every take it lacks
    await until([a, b], lambda s: all(x["has"] and all(x["has"].values()) for x in s),
                what="the freed peer fetches every take")
    await settled(net, oracle, job_ids)
    assert_no_double_render(net)


async def test_skewed_clocks_by_minutes(net: FaultLan) -> None:
    skews = {"pa": 300.0, "pb": -300.0, "pc": 0.0}  # five minutes ahead, five behind, right
    peers = [await net.start(p, render_s=RENDER_S, extra=("--skew-s", str(s))) for p, s in skews.items()]
    await until(peers, lambda s: all(len(x["linked"]) >= 1 and len(x["presence"]) == 3 for x in s),
                what="skewed peers link and see each other")
    oracle = Oracle()
    job_ids: list[str] = []
    for i, p in enumerate(peers * 2):
        job_ids += await render(oracle, p, f"skewed shot {i}")
    states = await settled(net, oracle, job_ids, timeout_s=90)
    assert all(s["jobs"][j]["state"] == "done" for s in states for j in job_ids)
    runs = {j: len([c for c in states[0]["jobs"][j]["claims"] if c["started"]]) for j in job_ids}
    assert all(n == 1 for n in runs.values()), f"a job started twice on a connected network: {runs}"
    assert_no_double_render(net)


async def test_kill_9_during_compaction(net: FaultLan) -> None:
    a = await net.start("pa", render_s=RENDER_S, extra=("--compact-every", "6", "--die-in-compaction", "3"))
    b = await net.start("pb")  # no backend: a renders, b must keep what a finished
    await until([a, b], lambda s: all(len(x["presence"]) == 2 for x in s), what="two peers in presence")
    oracle = Oracle()
    job_ids = await render(oracle, a, "rendered before the crash")
    await settled(net, oracle, job_ids, what="the take on both")
    await a.call(op="arm")
    died = False
    for i in range(500):  # edit until a dies inside a compaction
        try:
            await edit(oracle, a, f"edit {i}")
        except AssertionError:
            died = True
            break
    assert died and "dying in compaction" in a.log.read_text(), a.log.read_text()[-2000:]
    await a.proc.wait()
    net.killed_at.setdefault("pa", []).append(asyncio.get_running_loop().time())
    await edit(oracle, b, "while a was down")
    net.args["pa"] = ["--render-s", str(RENDER_S), "--compact-every", "6"]
    a = await net.start("pa")
    states = await settled(net, oracle, job_ids, what="a restarted from its store after kill -9")
    assert states[0]["generation"] > 1
