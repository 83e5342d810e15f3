"""Property tests of the claim protocol over a simulated network (see `sim.py`).

Guarantees under test (docs/claims.md):
- liveness: every job finishes while one capable peer lives;
- exactly once while connected and stable: no job starts on two peers when every message arrives
  within half the settle window, whatever the peers' clock skew;
- the double-run window: a run starts with its claim, before the settle window ends, so two backends
  of one job may run at once; on a stable network only until the loser sees the winner's claim (one
  message delay, plus a scheduler tick here), never past CLAIM_SETTLE_S, and only the winner's result
  is recorded;
- at-least-once under chaos: with delay, reordering, loss, partitions and crashes, runs may duplicate,
  and then every run's output is kept as a take; no finished output is ever lost;
- replicas converge after healing;
- claiming ahead (docs/claims.md step 3a) is on throughout: a claim ahead whose place freed at least
  CLAIM_SETTLE_S after it had settled before its backend started, so its races cost no backend time.
"""

from __future__ import annotations

from collections import Counter
from unittest.mock import patch

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mesh import const
from mesh.model.jobs import job

from .sim import TICK_S, Simulation, give_back_s

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

skews = st.lists(st.floats(-30.0, 30.0), min_size=1, max_size=4)


@SETTINGS
@given(seed=st.integers(0, 2**32), peers=st.integers(2, 4), intents=st.integers(1, 3), skews=skews,
       max_delay=st.floats(0.0, const.CLAIM_SETTLE_S / 2 - 0.05))
def test_stable_network_runs_each_job_exactly_once(seed: int, peers: int, intents: int, skews: list[float],
                                                   max_delay: float) -> None:
    sim = Simulation(seed=seed, peers=peers, skews=skews, delay_s=(0.0, max_delay), loss=0.0, run_s=(0.5, 4.0))
    job_ids = sim.request(intents)
    assert sim.run_until_done(job_ids, limit_s=300), "jobs did not finish on a stable network"
    starts = Counter(job_id for job_id, _, _ in sim.started)
    assert all(starts[j] == 1 for j in job_ids), f"a job started twice on a stable network: {starts}"
    assert Counter(j for _, j, _ in sim.ledger) == Counter(job_ids)
    assert not sim.ahead_race_overlaps(), f"a settled claim ahead raced another backend: {sim.ahead_race_overlaps()}"
    assert not sim.started_early(), f"a backend started before its input was done: {sim.started_early()}"


@SETTINGS
@given(seed=st.integers(0, 2**32), peers=st.integers(2, 4), intents=st.integers(1, 3), skews=skews,
       max_delay=st.floats(0.0, const.CLAIM_SETTLE_S / 2 - 0.05))
def test_stable_network_double_runs_end_within_the_window(seed: int, peers: int, intents: int,
                                                         skews: list[float], max_delay: float) -> None:
    """With no rank delay every free peer claims at once, so concurrent claims are the rule: the losers'
    backends stop within one message delay (plus the tick that notices it), and only one result is kept."""
    with patch.object(const, "RANK_DELAY_S", 0.0):
        sim = Simulation(seed=seed, peers=peers, skews=skews, delay_s=(0.0, max_delay), loss=0.0,
                         run_s=(0.5, 4.0))
        job_ids = sim.request(intents)
        assert sim.run_until_done(job_ids, limit_s=300), "jobs did not finish on a stable network"
    worst = max(sim.overlaps().values(), default=0.0)
    assert worst <= max_delay + TICK_S + 1e-6 <= const.CLAIM_SETTLE_S, f"two runs overlapped {worst:.2f} s"
    assert Counter(j for _, j, _ in sim.ledger) == Counter(job_ids), "a losing run recorded a result"
    assert not sim.ahead_race_overlaps(), f"a settled claim ahead raced another backend: {sim.ahead_race_overlaps()}"


@settings(SETTINGS, max_examples=max(8, settings.default.max_examples // 3))  # ~0.5 s an example
@given(seed=st.integers(0, 2**32), peers=st.integers(2, 3), intents=st.integers(3, 6), skews=skews,
       max_delay=st.floats(0.0, const.CLAIM_SETTLE_S / 2 - 0.05), stall=st.floats(0.0, 0.4))
def test_stable_network_claiming_ahead_runs_each_job_once(seed: int, peers: int, intents: int, skews: list[float],
                                                          max_delay: float, stall: float) -> None:
    """More jobs than slots, so busy peers claim ahead; some runs overrun every estimate by up to 20 s (past
    the lease), so claims ahead are given back: still one start and one result per job, and a claim ahead
    that settled before its place freed never ran its backend beside another."""
    sim = Simulation(seed=seed, peers=peers, skews=skews, delay_s=(0.0, max_delay), loss=0.0, run_s=(0.5, 4.0),
                     stall=(stall, 2.0, 20.0))
    job_ids = sim.request(intents)
    assert sim.run_until_done(job_ids, limit_s=600), "jobs did not finish on a stable network"
    starts = Counter(job_id for job_id, _, _ in sim.started)
    assert all(starts[j] == 1 for j in job_ids), f"a job started twice on a stable network: {starts}"
    assert Counter(j for _, j, _ in sim.ledger) == Counter(job_ids)
    assert not sim.ahead_race_overlaps(), f"a settled claim ahead raced another backend: {sim.ahead_race_overlaps()}"
    assert not sim.started_early(), f"a backend started before its input was done: {sim.started_early()}"


def test_claims_ahead_are_handed_over_race_and_are_given_back() -> None:
    """The simulated peers do claim ahead (the properties above are not vacuous): a place is handed
    straight to the run claimed for it, its backend starting in the instant the one before it ends; claims
    ahead race (the loser withdraws before its backend starts); a claim ahead of a run that overran is given
    back two leads after it."""
    sim = Simulation(seed=5, peers=3, skews=[0.0, 4.0], delay_s=(0.0, 0.3), loss=0.0, run_s=(1.0, 4.0),
                     stall=(0.3, 4.0, 8.0))
    assert sim.run_until_done(sim.request(8), limit_s=600)
    stats = sim.ahead_stats
    assert stats["handed"] > 0 and stats["beaten"] + stats["lost"] > 0 and stats["given_back"] > 0, stats
    handed = [b for b in sim.backends.values() if b.ahead_claimed is not None]
    assert handed and all(b.start - b.ahead_claimed < give_back_s() for b in handed)
    ends = {(b.peer_id, b.end) for b in sim.backends.values()}
    spare = [b for b in handed if job(sim.peers[0].board, b.job_id).stage == "still"]  # (a clip may be a successor)
    assert spare and all((b.peer_id, b.start) in ends for b in spare), "a claim ahead starts as the run before it ends"


def test_a_busy_place_claims_its_successor_ahead_and_starts_it_once_the_input_is_done() -> None:
    """The clip of a still a place renders is claimed ahead on that place (a successor) and starts in the
    tick its still is done; a successor whose still failed gives its claim back. Without the wait for the
    input, successors start before their still is done."""
    def run(*, waits: bool = True) -> Simulation:
        sim = Simulation(seed=1, peers=2, skews=[0.0], delay_s=(0.0, 0.2), loss=0.0, run_s=(2.0, 4.0))
        sim.successor_waits, sim.fail_first = waits, 0.3
        assert sim.run_until_done(sim.request(2), limit_s=600)
        return sim

    sim = run()
    stats = sim.ahead_stats
    assert stats["successor_started"] > 0 and stats["input_lost"] > 0, stats
    assert not sim.started_early()
    assert run(waits=False).started_early()


def test_double_runs_happen_and_the_window_rests_on_both_rules() -> None:
    """The property above is not vacuous: races happen; without the early withdrawal two runs overlap
    up to the settle window; and if losers did not stop at all, they would run on past it."""
    def worst(*, beaten: bool = True, stop: bool = True) -> tuple[float, int]:
        with patch.object(const, "RANK_DELAY_S", 0.0):
            sim = Simulation(seed=11, peers=4, skews=[0.0, 7.0, -3.0], delay_s=(0.0, 0.4), loss=0.0,
                             run_s=(3.0, 4.0))
            sim.beaten_rule, sim.stop_losers = beaten, stop
            job_ids = sim.request(3)
            sim.run_for(20)
            assert all(sim.state(j).value == "done" for j in job_ids)
        return max(sim.overlaps().values(), default=0.0), len(sim.backends) - len(job_ids)

    overlap, races = worst()
    assert races > 0 and 0 < overlap <= 0.4 + TICK_S
    assert worst(beaten=False)[0] > 0.4 + TICK_S  # the settle window alone bounds it ...
    assert worst(beaten=False)[0] <= const.CLAIM_SETTLE_S
    assert worst(beaten=False, stop=False)[0] > const.CLAIM_SETTLE_S  # ... and only if losers stop


@SETTINGS
@example(seed=1827, peers=4, intents=3, skews=[0.0], max_delay=0.0, loss=0.3245895996485653,  # job seen before
         partition_s=24.314350779228292, crash=True, crash_at=8.924791003900479,  # its intent: must not
         downtime_s=35.91950468385712)  # crash the render nor lose its output
@given(seed=st.integers(0, 2**32), peers=st.integers(2, 4), intents=st.integers(1, 3), skews=skews,
       max_delay=st.floats(0.0, 4.0), loss=st.floats(0.0, 0.4), partition_s=st.floats(0.0, 40.0),
       crash=st.booleans(), crash_at=st.floats(0.5, 10.0), downtime_s=st.floats(1.0, 60.0))
def test_chaos_never_loses_output_and_finishes(seed: int, peers: int, intents: int, skews: list[float],
                                               max_delay: float, loss: float, partition_s: float, crash: bool,
                                               crash_at: float, downtime_s: float) -> None:
    sim = Simulation(seed=seed, peers=peers, skews=skews, delay_s=(0.0, max_delay), loss=loss, run_s=(0.5, 6.0))
    job_ids = sim.request(intents)
    ids = [p.peer_id for p in sim.peers]
    half = max(1, len(ids) // 2)
    for a in ids[:half]:
        for b in ids[half:]:
            sim.cut.add(frozenset((a, b)))
    sim.run_for(min(crash_at, partition_s) if crash else partition_s)
    victim = sim.peers[-1]
    if crash:
        victim.alive = False  # its process dies: pending messages to and from it are lost
        sim.run_for(max(0.0, partition_s - crash_at))
    sim.run_for(downtime_s if crash else 0.0)
    if crash:
        victim.alive = True  # it comes back with its disk (same document), as a new process
        victim.boot()
    sim.heal()
    assert sim.run_until_done(job_ids, limit_s=600), "jobs did not all finish after healing"
    assert sim.converged()
    board = sim.peers[0].board
    for peer_id, job_id, art_id in sim.ledger:
        assert board.block(art_id) is not None, f"output {art_id} of {peer_id} for {job_id} was lost"
        assert art_id in job(board, job_id).outputs(), f"{art_id} is not recorded as a take of {job_id}"
    for job_id in job_ids:
        takes = job(board, job_id).outputs()
        assert len(takes) == len(set(takes)) >= 1
    assert not sim.started_early(), f"a backend started before its input was done: {sim.started_early()}"


def test_partition_duplicates_are_kept_as_takes() -> None:
    """Two halves that cannot talk both render the same job; after healing both takes are on the board."""
    sim = Simulation(seed=7, peers=2, skews=[0.0, 3.0], delay_s=(0.0, 0.1), loss=0.0, run_s=(1.0, 1.0))
    job_ids = sim.request(1)
    sim.full_sync()  # both halves know the job ...
    sim.cut.add(frozenset(("peer0", "peer1")))  # ... and then the cable is pulled
    still = job_ids[0]
    sim.run_for(30)
    sim.heal()
    assert sim.run_until_done(job_ids, limit_s=120)
    runs_of_still = [(peer, art) for peer, j, art in sim.ledger if j == still]
    assert {peer for peer, _ in runs_of_still} == {"peer0", "peer1"}
    board = sim.peers[1].board
    assert sorted(job(board, still).outputs()) == sorted(art for _, art in runs_of_still)


def test_lapsed_owner_result_is_kept_as_late_take() -> None:
    """An owner cut off long enough to lapse still finishes; its output stays as an alternative take."""
    sim = Simulation(seed=3, peers=2, skews=[0.0], delay_s=(0.0, 0.1), loss=0.0, run_s=(40.0, 40.0))
    job_ids = sim.request(1)
    sim.run_for(5)
    owner = next(p for p in sim.peers if p.running)
    other = next(p for p in sim.peers if p is not owner)
    for run in owner.running.values():
        run.ends_at = sim.now + 60  # the cut-off owner keeps rendering for a minute
    sim.run_s = (5.0, 5.0)  # the peer that takes over is quick
    sim.cut.add(frozenset((owner.peer_id, other.peer_id)))
    sim.run_for(70)
    still = job(other.board, job_ids[0])
    assert any(c.lapsed for c in still.claims()), "the silent owner's lease should have lapsed"
    sim.heal()
    assert sim.run_until_done(job_ids, limit_s=300)
    outputs = job(other.board, job_ids[0]).outputs()
    assert len(outputs) == 2, "both the lapsed owner's and the new owner's outputs are kept"
