"""Scheduling: who can run a job, how peers are ranked (same on every replica), and fair job order."""

from __future__ import annotations

from typing import Any

import pytest

from mesh.model.board import Board
from mesh.model.claims import ClaimAgent
from mesh.model.hlc import HLC
from mesh.model.jobs import Job, job, plan_render
from mesh.model.replica import Replica
from mesh.model.roster import Roster
from mesh.model.scheduling import PeerCaps, can_run, order_jobs, rank_peers, select_claims, spare_jobs, unrunnable

from ._replicas import USER

CPU = {"still": ("cpu",), "clip": ("cpu",)}
COMFY = {"still": ("comfyui@127.0.0.1:8188",), "clip": ("comfyui@127.0.0.1:8188",)}


def _clock() -> HLC:
    t = iter(range(1_000_000, 10**9, 7))
    return HLC(wall_ms=lambda: next(t))


HLC_ = _clock()


def _stills(board: Board, n: int, *, by: str = USER, **directives: Any) -> list[Job]:
    out = []
    for i in range(n):
        intent = board.add_intent(f"{by} shot {i}", origin=USER)
        if directives:
            board.add_comp(intent.id, "directive", origin=USER, params=directives)
        still_id = plan_render(board, [intent.id], requested_by=by, hlc=HLC_)[0]
        j = job(board, still_id)
        assert j is not None
        out.append(j)
    return out


@pytest.fixture
def board() -> Board:
    return Replica("s").board


# -- can_run ------------------------------------------------------------------------------------------
def test_can_run_needs_the_stage_and_no_pause(board: Board) -> None:
    (j,) = _stills(board, 1)
    assert can_run(PeerCaps("p1", stages=CPU), j)
    assert not can_run(PeerCaps("p1", stages={"clip": ("cpu",)}), j)
    assert not can_run(PeerCaps("p1", stages=CPU, paused=True), j)


def test_can_run_honours_pin_by_id_or_name(board: Board) -> None:
    (j,) = _stills(board, 1, pin="studio-a")
    assert can_run(PeerCaps("p-7f3a", name="studio-a", stages=CPU), j)
    assert can_run(PeerCaps("studio-a", stages=CPU), j)
    assert not can_run(PeerCaps("p-other", name="studio-b", stages=CPU), j)


def test_can_run_honours_backend_and_model(board: Board) -> None:
    (by_backend,) = _stills(board, 1, backend="comfyui")
    assert can_run(PeerCaps("p1", stages=COMFY), by_backend)
    assert not can_run(PeerCaps("p1", stages=CPU), by_backend)
    (by_model,) = _stills(board, 1, model="flux1-dev")
    assert can_run(PeerCaps("p1", stages=COMFY, models=("flux1-dev", "wan2.1")), by_model)
    assert not can_run(PeerCaps("p1", stages=COMFY, models=("wan2.1",)), by_model)


# -- rank_peers ---------------------------------------------------------------------------------------
def test_rank_is_deterministic_and_independent_of_peer_order(board: Board) -> None:
    jobs = _stills(board, 20)
    peers = [PeerCaps(f"p{i}", stages=CPU) for i in range(5)]
    for j in jobs:
        first = rank_peers(j, peers)
        assert sorted(first) == sorted(p.peer_id for p in peers)
        assert rank_peers(j, list(reversed(peers))) == first == rank_peers(j, peers)
    # rendezvous hashing spreads jobs: not every job goes to the same peer
    assert len({rank_peers(j, peers)[0] for j in jobs}) > 1


def test_rank_skips_incapable_busy_and_paused_peers(board: Board) -> None:
    (j,) = _stills(board, 1)
    peers = [PeerCaps("ok", stages=CPU), PeerCaps("busy", stages=CPU, slots=1, busy=1),
             PeerCaps("paused", stages=CPU, paused=True), PeerCaps("clips-only", stages={"clip": ("cpu",)})]
    assert rank_peers(j, peers) == ["ok"]


def test_rank_prefers_a_peer_with_the_model_loaded(board: Board) -> None:
    jobs = _stills(board, 60, model="wan2.1")
    cold = PeerCaps("cold", stages=COMFY, models=("wan2.1",))
    warm = PeerCaps("warm", stages=COMFY, models=("wan2.1",), loaded=("wan2.1",))
    top = [rank_peers(j, [cold, warm])[0] for j in jobs]
    # weighted rendezvous: the warm peer wins about 8 jobs in 9, never all by accident of the hash
    assert top.count("warm") >= 42  # expected ~53; below 42 has odds of about 1e-6


def test_rank_penalises_a_peer_that_failed_the_job(board: Board) -> None:
    jobs = _stills(board, 40)
    peers = [PeerCaps("flaky", stages=CPU), PeerCaps("steady", stages=CPU)]
    for j in jobs:
        agent = ClaimAgent(board, "flaky", hlc=_clock())
        agent.fail(j.id, agent.claim(j.id), "CUDA error")
    top = [rank_peers(j, peers)[0] for j in jobs]
    assert top.count("steady") >= 36  # expected ~39.6; below 36 has odds of about 1e-5
    assert all("flaky" in rank_peers(j, peers) for j in jobs)  # still a fallback when nobody else can


# -- order_jobs ---------------------------------------------------------------------------------------
def test_order_honours_priority_first(board: Board) -> None:
    low = _stills(board, 2, priority=-5)
    normal = _stills(board, 2)
    urgent = _stills(board, 1, priority=8)
    ordered = order_jobs([*low, *normal, *urgent], [])
    assert [j.id for j in ordered] == [urgent[0].id, *(j.id for j in normal), *(j.id for j in low)]


def test_order_is_fair_between_requesters(board: Board) -> None:
    alice = _stills(board, 6, by="user:alice")  # a long batch, requested first
    bob = _stills(board, 2, by="user:bob")
    ordered = [j.requested_by for j in order_jobs([*alice, *bob], [])]
    assert ordered[:4].count("user:bob") == 2, ordered
    assert ordered[:4].count("user:alice") == 2, ordered


def test_order_counts_what_is_running_already(board: Board) -> None:
    alice = _stills(board, 4, by="user:alice")
    bob = _stills(board, 1, by="user:bob")
    ordered = order_jobs([*alice[2:], *bob], running=alice[:2])
    assert ordered[0].requested_by == "user:bob"
    assert [j.id for j in ordered[1:]] == [j.id for j in alice[2:]]  # then oldest first


def test_order_is_the_same_whatever_the_input_order(board: Board) -> None:
    jobs = [*_stills(board, 3, by="user:a"), *_stills(board, 3, by="user:b", priority=1), *_stills(board, 2)]
    assert [j.id for j in order_jobs(jobs, [])] == [j.id for j in order_jobs(list(reversed(jobs)), [])]


# -- select_claims ------------------------------------------------------------------------------------
def test_select_claims_staggers_by_rank(board: Board) -> None:
    (j,) = _stills(board, 1)
    live = {p: PeerCaps(p, stages=CPU) for p in ("p1", "p2", "p3")}
    ranking = rank_peers(j, live.values())
    first_open: dict[tuple[str, int], float] = {}
    take_all = lambda _j: True  # noqa: E731
    due = {me: [x.id for x in select_claims([j], [], live, me, 0.0, first_open, take_all, 0.75)] for me in live}
    assert due[ranking[0]] == [j.id] and due[ranking[1]] == [] and due[ranking[2]] == []
    assert select_claims([j], [], live, ranking[1], 0.8, first_open, take_all, 0.75) == [j]
    assert select_claims([j], [], live, ranking[2], 1.4, first_open, take_all, 0.75) == []
    assert select_claims([j], [], live, ranking[2], 1.5, first_open, take_all, 0.75) == [j]


def test_select_claims_respects_free_slots(board: Board) -> None:
    jobs = _stills(board, 3)
    live = {"me": PeerCaps("me", stages=CPU, slots=3)}
    slots = [1]

    def take(_j: Job) -> bool:
        if slots[0] <= 0:
            return False
        slots[0] -= 1
        return True

    assert len(select_claims(jobs, [], live, "me", 0.0, {}, take, 0.75)) == 1
    assert select_claims(jobs, [], live, "not-live", 0.0, {}, lambda _j: True, 0.75) == []


def test_select_claims_gives_peers_freed_at_once_different_jobs_at_once(board: Board) -> None:
    """The matching: each free peer claims a different job without a rank delay, even when the same peer
    ranks first for several jobs; a job nobody is matched to waits for a slot."""
    jobs = _stills(board, 6)
    live = {p: PeerCaps(p, stages=CPU) for p in ("p1", "p2", "p3", "p4")}
    take_all = lambda _j: True  # noqa: E731
    due = {me: [x.id for x in select_claims(jobs, [], live, me, 0.0, {}, take_all, 0.75)] for me in live}
    assert all(len(ids) == 1 for ids in due.values()), due
    assert len({ids[0] for ids in due.values()}) == 4


def test_select_claims_counts_live_claims_before_the_roster_says_busy(board: Board) -> None:
    """A peer that just claimed still beats busy=0 in the roster; its live claim already makes it busy,
    so the one idle peer claims at once instead of waiting a rank delay behind it."""
    first, second = _stills(board, 2)
    live = {p: PeerCaps(p, stages=CPU) for p in ("p1", "p2")}
    other = next(p for p in live if rank_peers(second, live.values())[0] == p)
    me = next(p for p in live if p != other)
    ClaimAgent(board, other, hlc=HLC_).claim(first.id)
    claimed = job(board, first.id)
    assert claimed is not None
    assert select_claims([second], [claimed], live, me, 0.0, {}, lambda _j: True, 0.75) == [second]
    assert select_claims([second], [claimed], live, other, 0.0, {}, lambda _j: True, 0.75) == []


def test_spare_jobs_are_what_no_free_slot_takes(board: Board) -> None:
    """A busy peer claims ahead only what the matching leaves after every free slot took its job: the
    first open job goes to the free peer, so only the later ones are spare, and none once all is taken."""
    jobs = _stills(board, 3)
    live = {"busy": PeerCaps("busy", stages=CPU, busy=1), "free": PeerCaps("free", stages=CPU)}
    ordered = order_jobs(jobs, [])
    assert [j.id for j in spare_jobs(jobs, [], live)] == [j.id for j in ordered[1:]]
    live["free2"] = PeerCaps("free2", stages=CPU, slots=2)
    assert spare_jobs(jobs, [], live) == []


def test_a_slot_about_to_free_lists_the_job_its_run_opens_where_it_comes_in_the_order(board: Board) -> None:
    """Claiming ahead must not hand a slot a shorter chain than the one its own ending run opens: for the
    peer rendering a 60 s shot's still, that shot's clip (a successor, not open yet) comes before the
    10 s shot's still, so the slot claims the clip ahead; for one rendering a 10 s shot's still, its 10 s
    clip is the shortest chain and comes last."""
    long_, short = _shot(board, 60), _shot(board, 10)
    every = [*long_, *short]
    agent = ClaimAgent(board, "p1", hlc=HLC_)
    live = {"p1": PeerCaps("p1", stages=CPU, busy=1)}
    agent.claim(long_[0].id)
    assert spare_jobs([short[0]], [long_[0]], live, every) == [short[0]]  # not told what ends: as before
    got = spare_jobs([short[0]], [long_[0]], live, every, [long_[0].id])
    assert [j.id for j in got] == [long_[1].id, short[0].id]  # the 60 s clip first, though it is not open
    assert spare_jobs([short[0]], [long_[0]], live, every, ["someone-else"]) == [short[0]]
    other = _shot(board, 10)
    agent.claim(other[0].id)
    got = spare_jobs([long_[0], short[0]], [other[0]], live, [*every, *other], [other[0].id])
    assert [j.id for j in got] == [long_[0].id, short[0].id, other[1].id]  # its 10 s clip: the shortest chain


def test_a_successor_waits_only_on_ending_runs(board: Board) -> None:
    """A job is a successor only when everything it waits on is done or ending on the asking peer: a clip
    whose still renders elsewhere is no job of this slot's, and a clip claimed already is not listed."""
    shot, other = _shot(board, 60), _shot(board, 10)
    agent = ClaimAgent(board, "p1", hlc=HLC_)
    live = {"p1": PeerCaps("p1", stages=CPU, busy=1), "p2": PeerCaps("p2", stages=CPU, busy=1)}
    agent.claim(shot[0].id)
    ClaimAgent(board, "p2", hlc=HLC_).claim(other[0].id)
    every = [*shot, *other]
    assert [j.id for j in spare_jobs([], [shot[0], other[0]], live, every, [shot[0].id])] == [shot[1].id]
    assert spare_jobs([], [shot[0], other[0]], live, every, []) == []
    agent.claim(shot[1].id)  # claimed ahead already
    assert spare_jobs([], [shot[0], other[0]], live, every, [shot[0].id]) == []


def test_order_puts_the_jobs_others_wait_on_first(board: Board) -> None:
    """Within one person's batch, every still (a clip waits on it) goes before the first clip."""
    ids = []
    for i in range(3):
        intent = board.add_intent(f"shot {i}", origin=USER)
        ids += plan_render(board, [intent.id], requested_by=USER, hlc=HLC_)
    every = [j for j in (job(board, i) for i in ids) if j is not None]
    stills = [j for j in every if not j.deps]
    for s in stills[:2]:  # the first two shots' stills are done: their clips are open
        cid = ClaimAgent(board, "p1", hlc=HLC_).claim(s.id)
        ClaimAgent(board, "p1", hlc=HLC_).finish(s.id, cid, ["ga"])
    open_jobs = [j for j in every if j.state().value in ("queued", "lost")]
    ordered = order_jobs(open_jobs, [], every)
    assert [bool(j.deps) for j in ordered] == [False, True, True]  # the last still, then both clips
    assert [j.id for j in order_jobs(open_jobs, [])] != [j.id for j in ordered]  # age alone: clips first


def test_order_takes_the_longer_shot_first_within_a_share(board: Board) -> None:
    """A 60 s shot's still goes before an 8 s shot's requested earlier: its chain (still, then a 60 s clip)
    is longer; started last, it would stretch the batch past its critical path. Priority and fair share
    still come first."""
    short, long_ = _shot(board, 8), _shot(board, 60)
    other = _shot(board, 8, by="user:bob")
    every = [*short, *long_, *other]
    assert [j.id for j in order_jobs([short[0], long_[0]], [], every)] == [long_[0].id, short[0].id]
    assert order_jobs([short[0], long_[0], other[0]], [long_[0]], every)[0].id == other[0].id  # bob runs nothing


def _shot(board: Board, duration: float, *, by: str = USER, still_done: bool = False) -> list[Job]:
    """One shot's still and clip (its ``duration`` directive set); the still finished when `still_done`."""
    intent = board.add_intent(f"{by} {duration} s shot", origin=USER)
    board.add_comp(intent.id, "directive", origin=USER, params={"duration": duration})
    ids = plan_render(board, [intent.id], requested_by=by, hlc=HLC_)
    still, clip = (job(board, i) for i in ids)
    assert still is not None and clip is not None and clip.deps == [still.id]
    if still_done:
        agent = ClaimAgent(board, "p1", hlc=HLC_)
        agent.finish(still.id, agent.claim(still.id), ["ga"])
    return [still, clip]


def _open(jobs: list[Job]) -> list[Job]:
    return [j for j in jobs if j.state().value in ("queued", "lost")]


def test_order_takes_the_longest_chain_left_first(board: Board) -> None:
    """A still whose 60 s clip waits on it goes before a ready 10 s clip, and a ready 60 s clip before the
    still of a 10 s shot (its chain, still + 10 s clip, is shorter): whatever the creation order."""
    ready10, still10, ready60, still60 = (_shot(board, 10, still_done=True), _shot(board, 10),
                                          _shot(board, 60, still_done=True), _shot(board, 60))
    every = [*ready10, *still10, *ready60, *still60]
    want = [still60[0].id, ready60[1].id, still10[0].id, ready10[1].id]
    assert [j.id for j in order_jobs(_open(every), [], every)] == want
    assert [j.id for j in order_jobs(list(reversed(_open(every))), [], list(reversed(every)))] == want
    # a job's own length counts with nothing waiting on it: the longer ready clip first
    assert [j.id for j in order_jobs([ready10[1], ready60[1]], [])] == [ready60[1].id, ready10[1].id]


def test_order_weighs_stills_against_clips_by_what_the_roster_publishes(board: Board) -> None:
    """The fallback table makes a still 20 s and a clip 15 s per second of it; peers whose backends say a
    still takes 5 s and an 8 s clip 8 s turn the order round: the still of a 10 s shot (5 + 10 s) before a
    ready 12 s clip. Every replica reads the same roster, so every replica orders alike."""
    ready12, still10 = _shot(board, 12, still_done=True), _shot(board, 10)
    every = [*ready12, *still10]
    assert [j.id for j in order_jobs(_open(every), [], every)] == [ready12[1].id, still10[0].id]
    for peer in ("p1", "p2"):
        Roster(board, peer).announce(stages=CPU, estimates={"still": 5.0, "clip": 8.0})
    assert [j.id for j in order_jobs(_open(every), [], every)] == [still10[0].id, ready12[1].id]
    other = _shot(board, 10, by="user:bob")
    ordered = order_jobs([*_open(every), other[0]], [ready12[0]], [*every, *other])
    assert ordered[0].id == other[0].id  # fair share before chains: alice has a job running, bob none


def test_unrunnable_names_what_each_live_peer_lacks() -> None:
    cpu = PeerCaps("p1", name="laptop", stages={"still": ("cpu",), "clip": ("cpu",)})
    paused = PeerCaps("p2", name="studio", stages={"still": ("comfyui@a",)}, paused=True)
    why = unrunnable("still", {"backend": "comfyui"}, [cpu, paused])
    assert why == "no live peer can run this still (laptop: backend=comfyui; studio: paused)"
    assert unrunnable("still", {}, [cpu, paused]) == ""
    assert unrunnable("clip", {}, []) == "no live peer can run this clip (no peer is live)"


def test_a_queued_job_no_live_peer_can_run_is_blocked_with_a_reason() -> None:
    from mesh.model.scheduling import blocked

    board = Replica("s").board
    intent = board.add_intent("needs a GPU", origin=USER)
    board.add_comp(intent.id, "directive", origin=USER, params={"backend": "comfyui"})
    still_id, clip_id = plan_render(board, [intent.id], requested_by=USER)
    cpu = [PeerCaps("p1", name="laptop", stages={"still": ("cpu",), "clip": ("cpu",)})]
    assert blocked(job(board, still_id), cpu) == "no live peer can run this still (laptop: backend=comfyui)"
    assert "clip" in blocked(job(board, clip_id), cpu)
    gpu = [PeerCaps("p2", name="studio", stages={"still": ("comfyui@a",), "clip": ("comfyui@a",)})]
    assert blocked(job(board, still_id), gpu) == ""
