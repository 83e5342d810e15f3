"""The activity log: milestones in a bounded array that converges when several replicas trim it at once."""

from __future__ import annotations

import logging

import pytest
from pycrdt import Array, Doc, Map

from mesh.model import activity as activity_module
from mesh.model.activity import Event, EventKind, recent, record
from mesh.model.hlc import HLC
from mesh.model.replica import Replica

from ._replicas import forge, sync


def _hlc(start: int) -> HLC:
    t = iter(range(start, start + 10**9))
    return HLC(wall_ms=lambda: next(t))


@pytest.fixture(autouse=True)
def _fresh_warnings() -> None:
    activity_module.quiet._seen.clear()


def test_record_and_read_back_in_time_order() -> None:
    r = Replica("s")
    clock = _hlc(1_000)
    e1 = record(r.board, EventKind.CLAIMED, peer="p1", hlc=clock, job="job-1", stage="still", msg="p1 claims")
    e2 = record(r.board, EventKind.DONE, peer="p1", hlc=clock, job="job-1", seconds=12.5, gpu="0")
    assert recent(r.board) == [e1, e2]
    assert e2.to_dict()["kind"] == "done" and e2.to_dict()["seconds"] == 12.5
    assert recent(r.board, limit=1) == [e2]


def test_each_event_carries_its_origin() -> None:
    r = Replica("s")
    seen: list[str | None] = []
    r.doc.observe(lambda e: seen.append(r.board.origin_of(e.transaction.origin())))
    record(r.board, EventKind.PEER_JOINED, peer="p1")
    record(r.board, EventKind.PAUSED, peer="p1", origin="user:alice")
    assert seen == ["peer:p1", "user:alice"]


@pytest.mark.parametrize("cap", [3, 10, 40, 120])
def test_log_stays_within_its_cap_after_many_events(cap: int) -> None:
    r = Replica("s")
    clock = _hlc(1_000)
    for n in range(3 * cap + 7):
        record(r.board, EventKind.PROGRESS, peer="p1", hlc=clock, msg=f"event {n}", max_events=cap)
        assert len(r.board.log_root) <= cap
    newest = recent(r.board, limit=cap)
    assert newest[-1].msg == f"event {3 * cap + 6}"  # the oldest go, the newest stay
    assert [int(e.msg.split()[1]) for e in newest] == sorted(int(e.msg.split()[1]) for e in newest)


@pytest.mark.parametrize("cap", [5, 20, 100, 500])
def test_two_replicas_crossing_the_cap_at_once_stay_within_it(cap: int) -> None:
    a, b = Replica("s"), Replica("s")
    ca, cb = _hlc(1_000), _hlc(1_000_000)
    for n in range(cap):
        record(a.board, EventKind.PROGRESS, peer="pa", hlc=ca, msg=f"shared {n}", max_events=cap)
    sync(a, b)
    record(a.board, EventKind.DONE, peer="pa", hlc=ca, max_events=cap)
    record(b.board, EventKind.FAILED, peer="pb", hlc=cb, max_events=cap)
    sync(a, b)
    assert a.board.log_root.to_py() == b.board.log_root.to_py()
    assert len(a.board.log_root) <= cap


@pytest.mark.parametrize("cap", [5, 20, 100])
def test_trims_during_a_partition_converge_and_the_next_write_restores_the_cap(cap: int) -> None:
    a, b = Replica("s"), Replica("s")
    ca, cb = _hlc(1_000), _hlc(1_000_000)
    for n in range(cap):
        record(a.board, EventKind.PROGRESS, peer="pa", hlc=ca, msg=f"shared {n}", max_events=cap)
    sync(a, b)
    for round_ in range(3):
        for n in range(cap // 2 + 1):  # both write and trim while cut off from each other
            record(a.board, EventKind.DONE, peer="pa", hlc=ca, msg=f"a {round_}.{n}", max_events=cap)
            record(b.board, EventKind.FAILED, peer="pb", hlc=cb, msg=f"b {round_}.{n}", max_events=cap)
            assert len(a.board.log_root) <= cap and len(b.board.log_root) <= cap
        sync(a, b)
        assert a.board.log_root.to_py() == b.board.log_root.to_py()
        # the merge holds what both sides wrote meanwhile; whoever writes next trims back under the cap
        record((a, b)[round_ % 2].board, EventKind.WARNING, peer="p", hlc=ca, max_events=cap)
        sync(a, b)
        assert a.board.log_root.to_py() == b.board.log_root.to_py()
        assert len(a.board.log_root) <= cap
        assert recent(a.board, limit=cap) == recent(b.board, limit=cap)


def test_malformed_events_from_another_replica_are_skipped(caplog: pytest.LogCaptureFixture) -> None:
    r = Replica("s")
    good = record(r.board, EventKind.WARNING, peer="p1", msg="disk almost full")

    def garbage(doc: Doc) -> None:
        log = doc.get("log", type=Array)
        log.append("a string")
        log.append(42)
        log.append({"t": "1", "kind": "exploded", "peer": "x"})
        log.append({"kind": "done", "peer": "x"})
        log.append({"t": "2", "kind": "done", "peer": "x", "seconds": "slow"})
        log.append(Map({"t": "3"}))
        log.append(Array([1]))

    with caplog.at_level(logging.WARNING, logger="multiplex"):
        forge(r, garbage)
        assert recent(r.board) == [good]
    assert "skipping malformed activity event" in caplog.text


def test_event_defaults() -> None:
    e = Event(t="1", kind=EventKind.REQUESTED, peer="p1")
    assert e.to_dict() == {"t": "1", "kind": "requested", "peer": "p1", "msg": "", "job": "", "intent": "",
                           "stage": "", "gpu": "", "seconds": 0.0}
