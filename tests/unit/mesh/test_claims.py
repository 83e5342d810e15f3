"""The claim protocol, piece by piece (tests/property/test_claims.py runs it over a simulated network)."""

from __future__ import annotations

import pytest
from pycrdt import Doc, Map

from mesh.const import LEASE_S, MAX_ATTEMPTS
from mesh.model.claims import ClaimAgent, LeaseWatch
from mesh.model.hlc import HLC
from mesh.model.jobs import Job, JobState, cancel_jobs, job, plan_render
from mesh.model.replica import Replica

from ._replicas import USER, forge, sync


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, t: float = 1000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def _hlc(wall_ms: int) -> HLC:
    return HLC(wall_ms=lambda: wall_ms)


def _board_with_job() -> tuple[Replica, str]:
    r = Replica("s")
    intent = r.board.add_intent("castle", origin=USER)
    ids = plan_render(r.board, [intent.id], requested_by=USER)
    return r, ids[0]


def _job(r: Replica, job_id: str) -> Job:
    j = job(r.board, job_id)
    assert j is not None
    return j


def test_claim_confirm_run_and_finish() -> None:
    r, jid = _board_with_job()
    agent = ClaimAgent(r.board, "p1")
    assert agent.claimable(_job(r, jid))
    cid = agent.claim(jid)
    assert cid.startswith("p1#")
    assert _job(r, jid).state() is JobState.CLAIMED
    assert not agent.claimable(_job(r, jid))  # we hold a live claim already
    assert agent.confirm(jid, cid)
    assert _job(r, jid).state() is JobState.RENDERING
    assert agent.renew(jid, cid)
    assert [c.renewed for c in agent.mine(_job(r, jid))] == [1]
    agent.finish(jid, cid, ["ga-1"])
    assert _job(r, jid).state() is JobState.DONE and _job(r, jid).outputs() == ["ga-1"]


def test_withdraw_reopens_the_job_without_counting_an_attempt() -> None:
    r, jid = _board_with_job()
    agent = ClaimAgent(r.board, "p1")
    cid = agent.claim(jid)
    agent.withdraw(jid, cid)
    j = _job(r, jid)
    assert j.state() is JobState.QUEUED and j.failures() == [] and j.winner() is None
    assert agent.claimable(j)


def test_waiting_jobs_are_not_claimable() -> None:
    r = Replica("s")
    intent = r.board.add_intent("castle", origin=USER)
    _, clip = plan_render(r.board, [intent.id], requested_by=USER)
    assert not ClaimAgent(r.board, "p1").claimable(_job(r, clip))


def test_concurrent_claims_have_the_same_winner_on_every_replica() -> None:
    a, jid = _board_with_job()
    b, c = Replica("s"), Replica("s")
    sync(a, b, c)
    # b's wall clock is behind: its claim has the smaller stamp and wins everywhere
    agent_a = ClaimAgent(a.board, "peer-a", hlc=_hlc(5_000_000))
    agent_b = ClaimAgent(b.board, "peer-b", hlc=_hlc(4_000_000))
    claim_a, claim_b = agent_a.claim(jid), agent_b.claim(jid)
    # c hears a first then b; b hears only its own then a's; a hears b's
    c.apply_remote(a.doc.get_update(c.doc.get_state()), source="a")
    c.apply_remote(b.doc.get_update(c.doc.get_state()), source="b")
    sync(a, b)
    winners = {r.name + str(i): _job(r, jid).winner().id for i, r in enumerate((a, b, c))}  # type: ignore[union-attr]
    assert set(winners.values()) == {claim_b}
    assert agent_b.confirm(jid, claim_b) is True
    assert agent_a.confirm(jid, claim_a) is False  # the loser withdraws before heavy work
    sync(a, b, c)
    for r in (a, b, c):
        j = _job(r, jid)
        assert j.state() is JobState.RENDERING and j.winner().peer == "peer-b"  # type: ignore[union-attr]
        assert [cl.withdrawn for cl in j.claims() if cl.id == claim_a] == [True]


def test_equal_stamps_are_broken_by_peer_id() -> None:
    a, jid = _board_with_job()
    b = Replica("s")
    sync(a, b)
    ClaimAgent(a.board, "zeta", hlc=_hlc(7_000_000)).claim(jid)
    ClaimAgent(b.board, "alpha", hlc=_hlc(7_000_000)).claim(jid)
    sync(a, b)
    assert _job(a, jid).winner().peer == _job(b, jid).winner().peer == "alpha"  # type: ignore[union-attr]


def test_a_claim_stamps_after_every_claim_it_has_seen() -> None:
    r, jid = _board_with_job()
    early = ClaimAgent(r.board, "fast-clock", hlc=_hlc(1_000 + 30 * 60 * 1000))  # half an hour ahead
    cid = early.claim(jid)
    early.withdraw(jid, cid)
    late = ClaimAgent(r.board, "slow-clock", hlc=_hlc(1_000))
    late_id = late.claim(jid)
    stamps = {c.id: c.stamp for c in _job(r, jid).claims()}
    assert stamps[late_id] > stamps[cid]  # the HLC observed the other claim first


def test_lease_lapses_only_after_lease_s_of_the_observers_own_clock() -> None:
    a, jid = _board_with_job()
    b = Replica("s")
    sync(a, b)
    owner = ClaimAgent(a.board, "owner", hlc=_hlc(10**12))  # wall clock far ahead: irrelevant to leases
    cid = owner.claim(jid)
    owner.confirm(jid, cid)
    sync(a, b)
    clock = FakeClock()
    watcher = ClaimAgent(b.board, "watcher", clock=clock)
    assert watcher.sweep() == []  # first sight starts the watch
    clock.t += LEASE_S - 0.01
    assert watcher.sweep() == []
    owner.renew(jid, cid)  # the renewal arrives just in time: the watch restarts
    sync(a, b)
    clock.t += 1.0
    assert watcher.sweep() == []
    clock.t += LEASE_S - 0.02
    assert watcher.sweep() == []
    clock.t += 0.05
    assert watcher.sweep() == [(jid, cid)]
    j = _job(b, jid)
    assert j.state() is JobState.LOST and watcher.claimable(j)
    assert owner.sweep() == []  # an owner never lapses its own claim


def test_a_lapsed_owners_finish_still_counts_and_both_takes_are_kept() -> None:
    a, jid = _board_with_job()
    b = Replica("s")
    sync(a, b)
    slow = ClaimAgent(a.board, "slow", hlc=_hlc(1_000_000))
    cid = slow.claim(jid)
    slow.confirm(jid, cid)
    sync(a, b)
    clock = FakeClock()
    other = ClaimAgent(b.board, "other", clock=clock, hlc=_hlc(2_000_000))
    other.sweep()
    clock.t += LEASE_S
    assert other.sweep() == [(jid, cid)]
    retry = other.claim(jid)
    assert other.confirm(jid, retry)
    sync(a, b)
    assert not slow.renew(jid, cid)  # the slow owner learns it lapsed...
    slow.finish(jid, cid, ["ga-slow"])  # ...but its output is kept
    other.finish(jid, retry, ["ga-other"])
    sync(a, b)
    for r in (a, b):
        j = _job(r, jid)
        assert j.state() is JobState.DONE
        assert sorted(j.outputs()) == ["ga-other", "ga-slow"]


def test_max_attempts_failures_fail_the_job_with_the_last_reason() -> None:
    r, jid = _board_with_job()
    for n in range(MAX_ATTEMPTS):
        agent = ClaimAgent(r.board, f"p{n}", hlc=_hlc(1_000_000 + n))
        cid = agent.claim(jid)
        assert agent.confirm(jid, cid)
        agent.fail(jid, cid, "" if n == 0 else f"node error {n}" + "!" * 600)
    j = _job(r, jid)
    assert j.state() is JobState.FAILED
    assert j.failures()[0].failed == "failed"  # an empty reason still counts
    assert len(j.failures()[-1].failed) == 500
    assert j.reason().startswith(f"node error {MAX_ATTEMPTS - 1}") and f"attempt {MAX_ATTEMPTS}/" in j.reason()
    assert not ClaimAgent(r.board, "p9").claimable(j)


def test_cancel_stops_the_owner_and_a_pending_confirm() -> None:
    r, jid = _board_with_job()
    runner = ClaimAgent(r.board, "runner")
    cid = runner.claim(jid)
    runner.confirm(jid, cid)
    assert cancel_jobs(r.board, [jid], origin=USER) == 1
    assert _job(r, jid).state() is JobState.CANCELLED
    assert runner.renew(jid, cid) is False  # the owner sees it and stops
    runner.cancelled(jid, cid)
    assert [c.cancelled for c in runner.mine(_job(r, jid))] == [True]

    r2, jid2 = _board_with_job()
    late = ClaimAgent(r2.board, "late")
    cid2 = late.claim(jid2)
    cancel_jobs(r2.board, [jid2], origin=USER)
    assert late.confirm(jid2, cid2) is False


def test_a_claim_made_before_hearing_that_the_job_is_done_does_not_run() -> None:
    a, jid = _board_with_job()
    b = Replica("s")
    sync(a, b)
    finisher = ClaimAgent(a.board, "p1")
    cid = finisher.claim(jid)
    assert finisher.confirm(jid, cid)
    finisher.finish(jid, cid, ["ga-1"])
    restarted = ClaimAgent(b.board, "p2")  # e.g. a peer restarting from its own store, not yet synced
    late_cid = restarted.claim(jid)
    sync(a, b)  # the finished run arrives during the settle window
    assert restarted.confirm(jid, late_cid) is False
    j = _job(b, jid)
    assert j.state() is JobState.DONE and j.outputs() == ["ga-1"]


def test_abandon_stale_lapses_claims_of_an_earlier_process() -> None:
    r, jid = _board_with_job()
    before_crash = ClaimAgent(r.board, "p1")
    cid = before_crash.claim(jid)
    before_crash.confirm(jid, cid)
    other = ClaimAgent(r.board, "p2")
    other_cid = other.claim(jid)  # a live claim of another peer is left alone
    restarted = ClaimAgent(r.board, "p1")
    assert restarted.abandon_stale() == [jid]
    claims = {c.id: c for c in _job(r, jid).claims()}
    assert claims[cid].lapsed and claims[other_cid].live
    assert restarted.abandon_stale() == []


def test_a_restarted_peer_with_its_clock_set_back_never_reuses_a_claim_id() -> None:
    """A restart (fresh process, counters reset) with the wall clock set back once reissued an old id:
    the old attempt record was overwritten and an observer lapsed the new claim at once."""
    r, jid = _board_with_job()
    clock = FakeClock()
    observer = ClaimAgent(r.board, "p2", clock=clock)
    wall = 1_700_000_000_000
    before_crash = ClaimAgent(r.board, "p1", hlc=_hlc(wall))
    old = before_crash.claim(jid)
    assert before_crash.confirm(jid, old)
    assert observer.sweep() == []  # the observer starts watching the run (renewed 0)

    clock.t += LEASE_S - 1  # p1 crashed; it is back before the observer lapsed it, a minute behind
    ids = {old}
    for skew_ms in (60_000, 0, 60_000):  # restarted again and again, the clock wandering
        restarted = ClaimAgent(r.board, "p1", hlc=_hlc(wall - skew_ms))
        restarted.abandon_stale()
        new = restarted.claim(jid)
        assert new not in ids
        ids.add(new)
        restarted.withdraw(jid, new)
    restarted = ClaimAgent(r.board, "p1", hlc=_hlc(wall - 60_000))
    new = restarted.claim(jid)
    assert new not in ids
    claims = {c.id: c for c in _job(r, jid).claims()}
    assert len(claims) == len(ids) + 1  # every earlier attempt record is still there
    assert claims[old].started and claims[old].lapsed
    assert restarted.confirm(jid, new)

    clock.t += 1  # LEASE_S since the observer first saw the old run: only the new claim is live
    assert observer.sweep() == []
    assert _job(r, jid).state() is JobState.RENDERING and _job(r, jid).winner().id == new  # type: ignore[union-attr]


def test_claim_ignores_malformed_claims_from_another_replica() -> None:
    r, jid = _board_with_job()

    def garbage(doc: Doc) -> None:
        claims = doc.get("jobs", type=Map)[jid]["claims"]
        claims["x1"] = Map({"peer": "evil", "stamp": "not-a-stamp", "lapsed": True})
        claims["x2"] = Map({"peer": "evil", "stamp": "", "withdrawn": True})

    forge(r, garbage)
    agent = ClaimAgent(r.board, "p1")
    cid = agent.claim(jid)
    assert agent.confirm(jid, cid)


def test_unknown_job_and_unknown_claim() -> None:
    r, jid = _board_with_job()
    agent = ClaimAgent(r.board, "p1")
    with pytest.raises(KeyError, match="no job 'job-nope'"):
        agent.claim("job-nope")
    assert agent.renew(jid, "p1#missing") is False
    agent.finish(jid, "p1#missing", ["ga"])  # writing to a claim that does not exist is a no-op
    assert _job(r, jid).claims() == []


def test_lease_watch_ages_by_change_and_is_bounded() -> None:
    watch = LeaseWatch(max_entries=2)
    assert watch.age("a", 0, now=10.0) == 0.0
    assert watch.age("a", 0, now=14.0) == 4.0
    assert watch.age("a", 1, now=15.0) == 0.0  # the counter moved: restart
    assert watch.age("a", 1, now=20.0) == 5.0
    watch.age("b", 0, now=20.0)
    watch.age("c", 0, now=20.0)  # over the cap: the oldest entry goes
    assert watch.age("a", 1, now=30.0) == 0.0
    watch.forget("c")
    assert watch.age("c", 0, now=40.0) == 0.0


def test_a_claim_made_before_hearing_that_the_job_failed_for_good_does_not_run() -> None:
    a, jid = _board_with_job()
    b = Replica("s")
    sync(a, b)  # b is a peer that then goes offline with the job still queued in its store
    for n in range(MAX_ATTEMPTS):
        failing = ClaimAgent(a.board, f"p{n}")
        cid = failing.claim(jid)
        assert failing.confirm(jid, cid)
        failing.fail(jid, cid, "CUDA out of memory")
    restarted = ClaimAgent(b.board, "late")
    late_cid = restarted.claim(jid)
    sync(a, b)  # the three failures arrive during the settle window
    assert restarted.confirm(jid, late_cid) is False
    assert _job(b, jid).state() is JobState.FAILED


def test_a_clip_whose_still_reopened_does_not_start() -> None:
    r, still_id = _board_with_job()
    clip_id = next(j for j in job_ids(r) if j != still_id)
    maker = ClaimAgent(r.board, "maker")
    cid = maker.claim(still_id)
    assert maker.confirm(still_id, cid)
    maker.finish(still_id, cid, ["ga-1"])
    clipper = ClaimAgent(r.board, "clipper")
    clip_cid = clipper.claim(clip_id)
    ClaimAgent(r.board, "observer").mark_gone(still_id, cid)  # the maker died before anyone copied the still
    assert clipper.confirm(clip_id, clip_cid) is False


def test_a_done_job_whose_output_is_gone_everywhere_reopens_for_every_agent() -> None:
    r, still_id = _board_with_job()
    maker = ClaimAgent(r.board, "maker")
    cid = maker.claim(still_id)
    assert maker.confirm(still_id, cid)
    maker.finish(still_id, cid, ["ga-1"])
    other = ClaimAgent(r.board, "other")
    assert still_id not in {j.id for j in other.active_jobs()}  # done: remembered as final
    other.mark_gone(still_id, cid)
    j = _job(r, still_id)
    assert j.state() is JobState.QUEUED and j.outputs() == []
    assert still_id in {j.id for j in other.active_jobs()}, "the clip waiting on it brings it back"
    assert other.claimable(j)


def job_ids(r: Replica) -> list[str]:
    return [j.id for j in jobs_of(r)]


def jobs_of(r: Replica) -> list[Job]:
    from mesh.model.jobs import jobs

    return jobs(r.board)


def test_a_claimer_is_beaten_as_soon_as_a_claim_sorting_first_is_in_sight() -> None:
    """The early exit of the settle window: the loser stops its run the moment it sees the winner's claim,
    and the winner (the smallest live claim) is never beaten, so one claim always survives."""
    a, jid = _board_with_job()
    b = Replica("s")
    sync(a, b)
    agent_a = ClaimAgent(a.board, "peer-a", hlc=_hlc(5_000_000))
    agent_b = ClaimAgent(b.board, "peer-b", hlc=_hlc(4_000_000))  # behind: its stamp sorts first
    claim_a = agent_a.claim(jid)
    assert not agent_a.beaten(jid, claim_a)  # alone so far: it renders while it settles
    claim_b = agent_b.claim(jid)
    sync(a, b)
    assert agent_a.beaten(jid, claim_a) and not agent_b.beaten(jid, claim_b)
    agent_a.withdraw(jid, claim_a)
    sync(a, b)
    assert not agent_b.beaten(jid, claim_b) and agent_b.confirm(jid, claim_b)
    assert agent_a.beaten(jid, claim_a)  # a withdrawn claim can never win again
