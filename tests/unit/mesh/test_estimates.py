"""The one estimator: a job's seconds from what a peer measured (by size), and a batch's list schedule."""

from __future__ import annotations

import pytest

from mesh.model.estimates import (
    FALLBACK_S,
    Planned,
    chains,
    expected_s,
    job_seconds,
    job_size,
    schedule,
    size_key,
    work_of,
)
from peers.durations import Durations


def test_sizes_follow_the_request_defaults_and_directives() -> None:
    assert job_size("still", {}) == "1280x720"
    assert job_size("still", {"width": 832, "height": 480}) == "832x480"
    assert job_size("clip", {}, 8.0) == "1280x720x128"  # 8 s at 16 fps
    assert job_size("clip", {"fps": 24, "duration_s": 2}) == "1280x720x48"
    assert job_size("clip", {"width": "nonsense"}, 1.0) == "1280x720x16"  # another replica's junk: defaults
    assert work_of("10x10x3") == 300 and work_of("10x10") == 100
    assert work_of("still") == 0 and work_of("1x-1") == 0 and work_of("0x10") == 0


def test_a_measured_size_wins_then_the_nearest_scaled_then_the_guess_then_the_default() -> None:
    published = {"still": 9.0, "still@1280x720": 4.0, "still@640x360": 1.5}
    assert job_seconds(published, "still", "1280x720") == 4.0
    assert job_seconds(published, "still", "2560x1440") == pytest.approx(16.0)  # 4x the work of 1280x720
    assert job_seconds({"still": 9.0}, "still", "1280x720") == 9.0
    assert job_seconds({}, "clip", size_key(1280, 720, 128)) == FALLBACK_S["clip"]


def test_durations_average_runs_and_forget_the_least_recent_size() -> None:
    d = Durations()
    d.record("still", "1280x720", 4.0)
    d.record("still", "1280x720", 2.0)
    d.record("still", "junk", 1.0)  # not a size: ignored
    d.record("still", "64x64", float("nan"))
    assert d.published() == {"still@1280x720": 3.0}
    for i in range(20):
        d.record("clip", size_key(64 + i, 64, 16), 1.0)
    clips = [k for k in d.published() if k.startswith("clip@")]
    assert len(clips) == 16 and "clip@64x64x16" not in clips and "still@1280x720" in d.published()


def test_the_schedule_spreads_over_slots_and_waits_for_dependencies() -> None:
    published = {"a": {"still": 2.0, "clip": 10.0}, "b": {"still": 4.0, "clip": 10.0}}
    stills = [Planned("still", "1280x720", ("a", "b")) for _ in range(3)]
    clips = [Planned("clip", "1280x720x128", ("a", "b"), after=i) for i in range(3)]
    plan = schedule([*stills, *clips], {"a": 1, "b": 1}, published)
    # stills: a at 0-2, b at 0-4, a at 2-4; clips: a 4-14 (after still 0 at 2), b 4-14, then a 14-24
    assert plan.seconds == pytest.approx(24.0)
    assert set(plan.peers) == {"a", "b"}
    assert schedule(stills, {"a": 1, "b": 1}, published).seconds == pytest.approx(4.0)


def test_a_job_nobody_can_run_adds_no_time() -> None:
    plan = schedule([Planned("clip", "1x1x1", ())], {"a": 1}, {})
    assert plan.seconds == 0.0 and plan.peers == ()


def test_the_expected_seconds_are_the_same_on_every_replica_and_scale_with_the_work() -> None:
    """What orders the jobs: the mean over the peers publishing the stage (a guess, made for the default
    size, scaled by work like a measured size), else the fallback table scaled alike; junk counts as nothing."""
    clip60 = job_size("clip", {"duration_s": 60})
    assert expected_s("clip", clip60, {}) == pytest.approx(FALLBACK_S["clip"] * 60 / 8)
    assert expected_s("still", "1280x720", {}) == FALLBACK_S["still"]
    published = {"b": {"clip": 16.0}, "a": {"clip": 8.0, "still": 2.0}, "c": {"still@1280x720": 4.0}}
    assert expected_s("clip", clip60, published) == pytest.approx((60.0 + 120.0) / 2)
    assert expected_s("still", "1280x720", published) == pytest.approx(3.0)
    assert expected_s("clip", clip60, {"a": {"clip": float("nan")}, "b": {"clip": 8.0}}) == pytest.approx(60.0)
    measured = {"a": {"clip": 1.0, "clip@1280x720x160": 10.0}}  # measured beats the guess
    assert expected_s("clip", clip60, measured) == pytest.approx(60.0)


def test_a_chain_is_its_own_time_plus_the_longest_chain_waiting_on_it() -> None:
    waiters = {"still": ["clip", "clip2"], "clip": ["edit"], "loop": ["back"], "back": ["loop"]}
    own = {"still": 5.0, "clip": 10.0, "clip2": 30.0, "edit": 1.0, "loop": 1.0, "back": 2.0}
    got = chains(own, lambda k: waiters.get(k, ()))
    assert got["still"] == 35.0 and got["clip"] == 11.0 and got["edit"] == 1.0
    assert got["loop"] == 3.0 and got["back"] == 2.0  # a cycle (junk) is cut where it closes
    long_ = {f"j{i}": 1.0 for i in range(5000)}  # deeper than Python's recursion limit
    assert chains(long_, lambda k: [f"j{int(k[1:]) + 1}"])["j0"] == 5000.0


def test_the_schedule_takes_the_longest_chain_left_first_as_the_mesh_does() -> None:
    """Two slots, 5 s stills, clips of 2, 2, 2 and 20 s: the mesh's order starts the 20 s clip when its
    still ends and fills the other slot with the short shots (25 s); every still first would start it at
    10 s (30 s)."""
    lengths = [2, 2, 2, 20]
    published = {p: {"still@1280x720": 5.0, "clip@1280x720x32": 2.0, "clip@1280x720x320": 20.0} for p in "ab"}
    stills = [Planned("still", "1280x720", ("a", "b")) for _ in lengths]
    clips = [Planned("clip", job_size("clip", {"duration_s": n}), ("a", "b"), after=i) for i, n in enumerate(lengths)]
    assert schedule([*stills, *clips], {"a": 1, "b": 1}, published).seconds == pytest.approx(25.0)
