"""The replica trust boundary: updates from other replicas are applied or refused, never raised."""

from __future__ import annotations

import logging
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pycrdt import Doc

from mesh.model import replica as replica_module
from mesh.model.board import Board
from mesh.model.replica import Replica

from ._replicas import USER

# Captured: a valid update with one byte flipped so that an item names a string item as its parent.
# Before the fix, yrs integrated the first block and then raised RuntimeError out of apply_remote.
BAD_PARENT = bytes.fromhex(
    "010e0700270106626c6f636b730d696e2d366163363839646632300128000700046b696e64017706696e74656e742800"
    "0700037375620177057363656e65280007000a637265617465645f6279017706757365723a61280007000178017c42a0"
    "0000280007000179017c42f0000028000700057469746c6501770e636173746c65206174206461776e270007000b6465"
    "736372697074696f6e02040007070e636173746c65206174206461776e280007000773686f745f6e6f01770131280007"
    "050177017c438c0000280007000168017c4348000028000700076372656174656401770f303031373935363134323730"
    "37383608010873657175656e636501770d696e2d3661633638396466323000"
)


@pytest.fixture(autouse=True)
def _fresh_warnings() -> None:
    replica_module.quiet._seen.clear()


def _source_update() -> bytes:
    doc = Doc(client_id=7)
    board = Board(doc)
    intent = board.add_intent("castle at dawn", origin=USER)
    board.add_default_blocks(origin=USER)
    board.add_comp(intent.id, "directive", origin=USER, params={"seed": 3})
    return doc.get_update()


GOOD = _source_update()


def _target() -> Replica:
    r = Replica("s", doc=Doc(client_id=9))
    r.board.add_intent("mine", origin="user:bob")
    return r


def test_a_good_update_applies_and_listeners_hear_its_source() -> None:
    r = _target()
    heard: list[tuple[int, str | None]] = []
    r.on_update(lambda update, source: heard.append((len(update), source)))
    assert r.apply_remote(GOOD, source="peer:a")
    assert len(r.board.blocks()) == 1 + 6  # ours + castle, three default blocks, a second intent, a comp
    assert heard and heard[-1][1] == "peer:a"
    r.board.add_intent("local", origin=USER)
    assert heard[-1][1] is None


@pytest.mark.parametrize("bad", [b"", b"\xff" * 40, GOOD[: len(GOOD) // 2], GOOD[:-3], BAD_PARENT, "text", 42],
                         ids=["empty", "ff", "half", "tail-cut", "bad-parent", "str", "int"])
def test_malformed_updates_are_refused_and_leave_the_doc_unchanged(
        bad: object, caplog: pytest.LogCaptureFixture) -> None:
    r = _target()
    before = r.doc.get_update()
    heard: list[object] = []
    r.on_update(lambda update, source: heard.append(source))
    with caplog.at_level(logging.WARNING, logger="multiplex"):
        assert r.apply_remote(bad, source="peer:evil") is False  # type: ignore[arg-type]
    assert r.doc.get_update() == before
    assert heard == []
    assert "peer:evil" in caplog.text
    r.board.add_intent("still works", origin=USER)
    assert len(r.board.intents()) == 2


def test_oversized_update_is_refused_before_parsing() -> None:
    r = Replica("s", max_update_bytes=100)
    assert len(GOOD) > 100
    assert r.apply_remote(GOOD, source="peer:a") is False
    assert r.board.blocks() == []


def test_refusals_are_logged_once_per_source(caplog: pytest.LogCaptureFixture) -> None:
    r = _target()
    with caplog.at_level(logging.WARNING, logger="multiplex"):
        for _ in range(5):
            r.apply_remote(b"\xff\xff", source="peer:noisy")
    assert len([rec for rec in caplog.records if rec.levelno == logging.WARNING]) == 1


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), flips=st.integers(1, 4), cut=st.booleans())
def test_corrupted_updates_never_raise(seed: int, flips: int, cut: bool) -> None:
    rng = random.Random(seed)
    buf = bytearray(GOOD)
    for _ in range(flips):
        buf[rng.randrange(len(buf))] = rng.randrange(256)
    if cut:
        buf = buf[: rng.randrange(len(buf))]
    r = _target()
    before = r.doc.get_update()
    if not r.apply_remote(bytes(buf), source="peer:fuzz"):
        assert r.doc.get_update() == before
    r.board.blocks(), r.board.edges(), r.board.sequence()  # reading never raises either


def test_a_broken_listener_does_not_break_the_document(caplog: pytest.LogCaptureFixture) -> None:
    r = Replica("s")
    heard: list[str | None] = []

    def broken(update: bytes, source: str | None) -> None:
        raise RuntimeError("listener bug")

    r.on_update(broken)
    unsubscribe = r.on_update(lambda update, source: heard.append(source))
    with caplog.at_level(logging.ERROR, logger="multiplex"):
        r.board.add_intent("castle", origin=USER)
    assert heard == [None] and "update listener failed" in caplog.text
    unsubscribe()
    r.board.add_intent("again", origin=USER)
    assert heard == [None]


def test_state_is_the_whole_document_and_close_stops_listeners() -> None:
    a = Replica("s")
    a.board.add_intent("castle", origin=USER)
    b = Replica("s")
    assert b.apply_remote(a.state(), source="peer:a")
    assert [i.title for i in b.board.intents()] == ["castle"]
    heard: list[object] = []
    a.on_update(lambda u, s: heard.append(s))
    a.close()
    a.board.add_intent("after close", origin=USER)
    assert heard == []


def test_presence_is_ephemeral_and_skips_malformed_states() -> None:
    r = Replica("s")
    r.presence.set("peer", {"id": "p1", "name": "studio-a"})
    r.presence.set("runs", {"job-1": {"fraction": 0.5, "msg": "sampling"}, "job-2": "garbage"})
    assert r.presence.local()["peer"]["name"] == "studio-a"
    assert set(r.presence.peers()) == {"p1"}
    assert r.presence.progress() == {"job-1": {"fraction": 0.5, "msg": "sampling", "peer": "p1"}}
    assert r.doc.get_update() == Replica("t").doc.get_update()  # nothing went into the document


def _edits(n: int) -> list[bytes]:
    """`n` successive title edits of one block on another replica, each the update it sent."""
    author = Replica("film")
    sent: list[bytes] = []
    author.on_update(lambda update, source: sent.append(update))
    block = author.board.add_intent("castle", origin=USER)
    for i in range(n - 1):
        author.board.update(block.id, title=f"take {i}", origin=USER)
    return sent


def test_an_update_applied_whole_is_not_waiting_without_a_state_vector_diff(monkeypatch) -> None:
    """In order, the transaction changes exactly the update: it is known to be whole, no diff computed."""
    first, second = _edits(2)
    replica = Replica("film")
    assert replica.apply_remote(first, source="p1") and replica.apply_remote(second, source="p1")

    def no_diff(*_: object) -> bytes:
        raise AssertionError("the state vector diff was computed")

    monkeypatch.setattr(replica_module, "get_update", no_diff)
    assert not replica.waits_for_more(second)


def test_an_update_that_came_before_its_parent_is_waiting_until_the_parent_comes() -> None:
    """Out of order, the transaction changes nothing of it (yrs holds it back): it waits, and once the
    parent is applied both are whole."""
    first, second = _edits(2)
    replica = Replica("film")
    assert replica.apply_remote(second, source="p1")
    assert replica.waits_for_more(second)
    assert replica.apply_remote(first, source="p1")
    assert not replica.waits_for_more(second) and not replica.waits_for_more(first)
    assert replica.board.intents()[0].title == "take 0"


def test_an_update_applied_again_is_not_waiting() -> None:
    (first,) = _edits(1)
    replica = Replica("film")
    assert replica.apply_remote(first, source="p1") and replica.apply_remote(first, source="p1")
    assert not replica.waits_for_more(first)
