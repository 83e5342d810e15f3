"""The makespan benchmark's arithmetic (nothing is run or timed): the lower bound, the zero-overhead list
schedule it is compared with, and which gaps between jobs count as work waiting."""

from __future__ import annotations

from bench.bench_makespan import Run, Workload, idle_gaps


def test_lower_bound_is_work_over_slots_or_the_longest_chain() -> None:
    w = Workload(1.0, [4.0, 4.0, 4.0])
    assert w.work_s == 15.0
    assert w.lower_bound_s(2) == 7.5  # work / slots
    assert w.lower_bound_s(8) == 5.0  # one still + its clip
    assert Workload.make(3, 1.0, 4.0).args == "--shots 3 --still 1 --clip 4"


def test_list_schedule_respects_dependencies_and_indivisible_jobs() -> None:
    w = Workload(1.0, [4.0, 4.0, 4.0])
    assert w.list_schedule_s(1) == 15.0  # one slot: all the work, back to back
    assert w.list_schedule_s(2) == 9.0  # three 4 s clips on two slots: one slot runs two (the optimum too)
    assert w.list_schedule_s(8) == 5.0  # a slot each: the chain
    seeded = Workload.make(16, 5.0, 10.0, 60.0)
    assert seeded.lower_bound_s(8) <= seeded.list_schedule_s(8) <= seeded.work_s


def test_a_gap_counts_only_while_some_job_was_ready_and_unstarted() -> None:
    runs = [Run("a", "j1", 0.0, 1.0), Run("a", "j2", 3.0, 4.0), Run("b", "j3", 0.0, 1.0), Run("b", "j4", 5.0, 6.0)]
    # j2 was ready at 0.5 and nobody took it until 3.0: both slots sat idle while it waited
    gaps = idle_gaps(runs, {"j1": 0.0, "j2": 0.5, "j3": 0.0, "j4": 0.5})
    assert sorted(round(g) for g in gaps) == [2000, 4000]
    # j2 and j4 only became ready later (their stills were still rendering elsewhere): no waiting work
    assert idle_gaps(runs, {"j1": 0.0, "j2": 2.5, "j3": 0.0, "j4": 4.5}) == []
