"""The roster: announcing capabilities, liveness by beat on the observer's clock, pausing, duplicate ids."""

from __future__ import annotations

import logging
import math

import pytest
from pycrdt import Array, Doc, Map

from mesh.const import PEER_TTL_S
from mesh.errors import SchemaError
from mesh.model import roster as roster_module
from mesh.model.replica import Replica
from mesh.model.roster import Roster

from ._replicas import USER, forge, sync

STAGES = {"still": ["cpu", "comfyui@a"], "clip": ["cpu"]}


class FakeClock:
    def __init__(self, t: float = 500.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


@pytest.fixture(autouse=True)
def _fresh_warnings() -> None:
    roster_module.quiet._seen.clear()


def test_announce_publishes_capabilities() -> None:
    r = Replica("s")
    roster = Roster(r.board, "p1", name="studio-a")
    roster.announce(stages=STAGES, models=["wan2.1", "flux", "flux"], loaded=["flux"], slots=3, busy=1,
                    gpus=[{"name": "A6000"}, {"name": "A6000"}], estimates={"still": 12.345}, host="10.0.0.5")
    (me,) = roster.live()
    assert (me.peer_id, me.name, me.slots, me.busy, me.free) == ("p1", "studio-a", 3, 1, 2)
    assert me.stages == {"still": ("comfyui@a", "cpu"), "clip": ("cpu",)}
    assert me.models == ("flux", "wan2.1") and me.loaded == ("flux",)
    assert roster.estimates() == {"p1": {"still": 12.35}}
    assert roster.gpu_counts() == {"p1": 2}
    assert roster.entries()["p1"]["host"] == "10.0.0.5"


def test_beat_before_announce_is_an_error() -> None:
    with pytest.raises(SchemaError, match="announce"):
        Roster(Replica("s").board, "p1").beat()


def test_liveness_by_beat_on_the_observers_own_clock() -> None:
    a, b = Replica("s"), Replica("s")
    peer = Roster(a.board, "worker")
    clock = FakeClock()
    observer = Roster(b.board, "observer", clock=clock)
    peer.announce(stages=STAGES)
    observer.announce(stages=STAGES)
    sync(a, b)
    assert {p.peer_id for p in observer.live()} == {"worker", "observer"}
    clock.t += PEER_TTL_S - 0.1
    assert {p.peer_id for p in observer.live()} == {"worker", "observer"}
    peer.beat(busy=1)
    sync(a, b)
    observer.live()  # the watch restarts when the observer sees the new beat
    clock.t += PEER_TTL_S - 0.1
    (worker,) = [p for p in observer.live() if p.peer_id == "worker"]
    assert worker.busy == 1
    clock.t += 0.2
    assert [p.peer_id for p in observer.live()] == ["observer"]  # we always count ourselves live
    peer.beat()
    sync(a, b)
    assert {p.peer_id for p in observer.live()} == {"worker", "observer"}  # back as soon as it beats


def test_a_person_pauses_a_peer_and_announce_keeps_it_paused() -> None:
    r = Replica("s")
    roster = Roster(r.board, "p1")
    roster.announce(stages=STAGES)
    roster.set_paused("p1", True, origin=USER)
    assert roster.paused() and roster.live()[0].paused
    roster.announce(stages=STAGES, busy=0)
    assert roster.paused()
    roster.set_paused("p1", False, origin=USER)
    assert not roster.paused()
    with pytest.raises(SchemaError, match="no peer 'ghost'"):
        roster.set_paused("ghost", True, origin=USER)


def test_a_restart_with_a_new_instance_is_not_a_duplicate(caplog: pytest.LogCaptureFixture) -> None:
    r = Replica("s")
    Roster(r.board, "p1", instance="first").announce(stages=STAGES)
    with caplog.at_level(logging.ERROR, logger="multiplex"):
        again = Roster(r.board, "p1", instance="second")
        again.announce(stages=STAGES)
        again.beat()
    assert again.duplicate_of is None and caplog.records == []


def test_two_processes_with_one_peer_id_are_detected(caplog: pytest.LogCaptureFixture) -> None:
    a, b = Replica("s"), Replica("s")
    first = Roster(a.board, "p1", instance="inst-a")
    second = Roster(b.board, "p1", instance="inst-b")
    with caplog.at_level(logging.ERROR, logger="multiplex"):
        first.announce(stages=STAGES)
        second.announce(stages=STAGES)
        sync(a, b)
        for _ in range(2):  # beats at different moments, as on two real machines
            first.beat()
            sync(a, b)
            second.beat()
            sync(a, b)
    assert first.duplicate_of == "inst-b" and second.duplicate_of == "inst-a"
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert errors and all("p1" in r.getMessage() for r in errors)
    assert len(errors) == 2  # once per process, not once per beat


def test_malformed_roster_entries_from_another_replica_are_skipped(caplog: pytest.LogCaptureFixture) -> None:
    r = Replica("s")
    me = Roster(r.board, "me")
    me.announce(stages=STAGES)

    def garbage(doc: Doc) -> None:
        root = doc.get("roster", type=Map)
        root["text"] = "not a map"
        root["array"] = Array([1, 2])
        root["no-beat"] = Map({"stages": {"still": ["cpu"]}})
        root["inf-beat"] = Map({"beat": math.inf, "stages": {"still": ["cpu"]}})
        root["nan-beat"] = Map({"beat": math.nan, "stages": {"still": ["cpu"]}})
        root["list-stages"] = Map({"beat": 1, "stages": ["still"]})
        root["num-stage"] = Map({"beat": 1, "stages": {"still": 5}})
        root["bad-slots"] = Map({"beat": 1, "stages": {"still": ["cpu"]}, "slots": "many"})
        root["bad-estimates"] = Map({"beat": 1, "stages": {}, "estimates": {"still": "fast"}, "gpus": "two"})
        root["ok"] = Map({"beat": 1, "stages": {"still": ["cpu"]}, "slots": 2})

    with caplog.at_level(logging.WARNING, logger="multiplex"):
        forge(r, garbage)
        live = {p.peer_id for p in me.live()}
        assert live == {"me", "ok", "bad-estimates"}
        assert me.estimates()["bad-estimates"] == {}
        assert "bad-estimates" not in me.gpu_counts()
    text = caplog.text
    for peer in ("text", "array", "no-beat", "inf-beat", "list-stages", "num-stage", "bad-slots"):
        assert repr(peer) in text
