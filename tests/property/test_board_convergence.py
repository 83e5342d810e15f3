"""Stateful tests of the board document.

- `BoardModel`: one board driven by random operations, checked against a plain dict model after every step.
- `Convergence`: three replicas edit concurrently while their updates are delayed, reordered, duplicated or
  dropped; after a full state-vector exchange (what a reconnect does) every replica reads the same board,
  and at every moment each one reads a valid board (no duplicate or removed intent in the sequence, no
  take of another intent chosen).
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, initialize, invariant, precondition, rule

from mesh.errors import SchemaError
from mesh.model.activity import EventKind, recent, record
from mesh.model.board import Board, GenArt
from mesh.model.replica import Replica
from mesh.model.schema import BlockKind, EdgeKind

USER = "user:prop"
SHOT_SIZES = st.sampled_from(["", "CU", "MS", "WS"])
LOG_CAP = 12


def content(board: Board) -> dict[str, Any]:
    data = board.to_json()
    data["blocks"] = sorted(data["blocks"], key=lambda b: b["id"])
    data["edges"] = sorted(data["edges"], key=lambda e: e["id"])
    data["log"] = [e.to_dict() for e in recent(board, limit=10_000)]
    return data


class BoardModel(RuleBasedStateMachine):
    """The typed board against a dict model: what you write is what you read."""

    intents = Bundle("intents")

    def __init__(self) -> None:
        super().__init__()
        self.board = Board()
        self.model: dict[str, dict[str, Any]] = {}  # intent id -> {"x", "shot_size", "takes", "chosen"}
        self.order: list[str] = []

    @rule(target=intents, text=st.text(min_size=1, max_size=20).filter(str.strip), shot=SHOT_SIZES)
    def add_intent(self, text: str, shot: str) -> str:
        intent = self.board.add_intent(text, origin=USER, shot_size=shot)
        self.model[intent.id] = {"x": intent.position[0], "shot_size": shot, "takes": [], "chosen": {}}
        self.order.append(intent.id)
        return intent.id

    @precondition(lambda self: self.model)
    @rule(intent=intents, x=st.floats(-1e6, 1e6, allow_nan=False), shot=SHOT_SIZES)
    def update(self, intent: str, x: float, shot: str) -> None:
        if intent not in self.model:
            return
        self.board.update(intent, origin=USER, x=x, shot_size=shot)
        self.model[intent].update(x=x, shot_size=shot)

    @rule(intent=intents, bad=st.sampled_from([{"shot_size": "HUGE"}, {"w": 1}, {"duration_s": -1}, {"nope": 1}]))
    def bad_update_changes_nothing(self, intent: str, bad: dict[str, Any]) -> None:
        before = self.board.doc.get_update()
        try:
            self.board.update(intent, origin=USER, **bad)
        except SchemaError:
            pass
        else:
            raise AssertionError(f"{bad} was accepted")
        assert self.board.doc.get_update() == before

    @rule(intent=intents, index=st.integers(-2, 8))
    def move(self, intent: str, index: int) -> None:
        if intent not in self.model:
            return
        self.board.move_in_sequence(intent, index, origin=USER)
        self.order.remove(intent)
        self.order.insert(max(0, min(index, len(self.order))), intent)

    @rule(intent=intents, stage=st.sampled_from(["still", "clip"]))
    def add_take(self, intent: str, stage: str) -> None:
        if intent not in self.model:
            return
        art = self.board.add_gen_art(intent, "image" if stage == "still" else "video", origin="peer:p", stage=stage)
        m = self.model[intent]
        m["takes"].append((art.id, stage))
        m["chosen"].setdefault(stage, art.id)

    @rule(intent=intents, pick=st.integers(0, 10))
    def choose(self, intent: str, pick: int) -> None:
        if intent not in self.model or not self.model[intent]["takes"]:
            return
        art_id, stage = self.model[intent]["takes"][pick % len(self.model[intent]["takes"])]
        self.board.choose_take(intent, art_id, origin=USER)
        self.model[intent]["chosen"][stage] = art_id

    @rule(intent=consumes(intents))
    def remove(self, intent: str) -> None:
        if intent not in self.model:
            return
        for art_id, _ in self.model.pop(intent)["takes"]:
            self.board.remove(art_id, origin=USER)
        self.board.remove(intent, origin=USER)
        self.order.remove(intent)

    @invariant()
    def reads_match_the_model(self) -> None:
        assert self.board.sequence() == self.order
        assert [i.id for i in self.board.intents()] == self.order
        for intent_id, m in self.model.items():
            intent = self.board.intent(intent_id)
            assert intent.position[0] == m["x"] and intent.get("shot_size") == m["shot_size"]
            assert intent.chosen == m["chosen"]
            assert sorted(g.id for g in self.board.gen_art_of(intent_id)) == sorted(a for a, _ in m["takes"])
        gen_edges = {(e.src, e.dst) for e in self.board.edges() if e.kind is EdgeKind.GEN_ART}
        assert gen_edges == {(a, i) for i, m in self.model.items() for a, _ in m["takes"]}


TestBoardModel = BoardModel.TestCase
TestBoardModel.settings = settings(deadline=None, stateful_step_count=30,
                                   suppress_health_check=[HealthCheck.too_slow])


class Convergence(RuleBasedStateMachine):
    """Three replicas, a lossy and reordering network, and a full resync that must make them agree."""

    messages = Bundle("messages")

    @initialize(n_intents=st.integers(1, 3))
    def start(self, n_intents: int) -> None:
        self.replicas = [Replica("b") for _ in range(3)]
        self.outbox: list[tuple[int, int, bytes]] = []  # (from, to, update) not yet delivered
        for i, r in enumerate(self.replicas):
            r.on_update(lambda update, source, i=i: self._send(i, update) if source is None else None)
        for n in range(n_intents):
            self.replicas[0].board.add_intent(f"shot {n}", origin=USER)
        self.resync()

    def _send(self, src: int, update: bytes) -> None:
        for dst in range(len(self.replicas)):
            if dst != src:
                self.outbox.append((src, dst, update))

    def _intents(self, i: int) -> list[str]:
        return [b.id for b in self.replicas[i].board.intents()]

    # -- edits --------------------------------------------------------------------------------------
    @rule(i=st.integers(0, 2), text=st.sampled_from(["castle", "storm", "dawn"]))
    def add_intent(self, i: int, text: str) -> None:
        self.replicas[i].board.add_intent(text, origin=f"user:{i}")

    @rule(i=st.integers(0, 2), pick=st.integers(0, 20), index=st.integers(0, 6))
    def move(self, i: int, pick: int, index: int) -> None:
        ids = self._intents(i)
        if ids:
            self.replicas[i].board.move_in_sequence(ids[pick % len(ids)], index, origin=f"user:{i}")

    @rule(i=st.integers(0, 2), pick=st.integers(0, 20))
    def remove(self, i: int, pick: int) -> None:
        ids = self._intents(i)
        if ids:
            self.replicas[i].board.remove(ids[pick % len(ids)], origin=f"user:{i}")

    @rule(i=st.integers(0, 2), pick=st.integers(0, 20), x=st.floats(-1e4, 1e4, allow_nan=False),
          shot=SHOT_SIZES)
    def edit(self, i: int, pick: int, x: float, shot: str) -> None:
        ids = self._intents(i)
        if ids:
            self.replicas[i].board.update(ids[pick % len(ids)], origin=f"user:{i}", x=x, shot_size=shot)

    @rule(i=st.integers(0, 2), pick=st.integers(0, 20), words=st.text("abc ", max_size=6))
    def type_text(self, i: int, pick: int, words: str) -> None:
        ids = self._intents(i)
        if not ids:
            return
        board = self.replicas[i].board
        text = board.intent(ids[pick % len(ids)]).text_ref("description")
        if text is not None:
            with board.transact(f"user:{i}"):
                text.insert(min(pick, len(str(text))), words)

    @rule(i=st.integers(0, 2), pick=st.integers(0, 20), comp=st.booleans())
    def attach(self, i: int, pick: int, comp: bool) -> None:
        ids = self._intents(i)
        if not ids:
            return
        board = self.replicas[i].board
        intent = ids[pick % len(ids)]
        if comp:
            board.add_comp(intent, "note", origin=f"user:{i}", text="moody")
        else:
            takes = board.gen_art_of(intent)
            if takes and pick % 2:
                board.choose_take(intent, takes[pick % len(takes)].id, origin=f"user:{i}")
            else:
                board.add_gen_art(intent, "image", origin=f"peer:{i}", stage="still")

    @rule(i=st.integers(0, 2), n=st.integers(1, 8))
    def log_events(self, i: int, n: int) -> None:
        for k in range(n):
            record(self.replicas[i].board, EventKind.PROGRESS, peer=f"p{i}", msg=f"{i}.{k}", max_events=LOG_CAP)

    # -- network ------------------------------------------------------------------------------------
    @precondition(lambda self: self.outbox)
    @rule(pick=st.integers(0, 10**6), keep=st.booleans())
    def deliver(self, pick: int, keep: bool) -> None:
        """Deliver any pending message (so out of order); `keep` leaves it queued too (a duplicate)."""
        src, dst, update = self.outbox[pick % len(self.outbox)]
        if not keep:
            self.outbox.remove((src, dst, update))
        assert self.replicas[dst].apply_remote(update, source=f"r{src}")

    @precondition(lambda self: self.outbox)
    @rule(pick=st.integers(0, 10**6))
    def drop(self, pick: int) -> None:
        del self.outbox[pick % len(self.outbox)]

    @rule()
    def resync(self) -> None:
        """Anti-entropy between every pair, then every replica must read the same board."""
        for a in self.replicas:
            for b in self.replicas:
                if a is not b:
                    assert b.apply_remote(a.doc.get_update(b.doc.get_state()), source="resync")
        self.outbox.clear()
        first = content(self.replicas[0].board)
        for r in self.replicas[1:]:
            assert content(r.board) == first

    @invariant()
    def every_replica_reads_a_valid_board(self) -> None:
        if not hasattr(self, "replicas"):
            return
        for r in self.replicas:
            board = r.board
            seq = board.sequence()
            assert len(seq) == len(set(seq))
            intents = board.intents()
            assert len({i.id for i in intents}) == len(intents)
            assert [i.id for i in intents][: len(seq)] == seq  # every id shown is a live intent, in order
            for intent in intents:
                for stage, art_id in intent.chosen.items():
                    art = board.block(art_id)
                    # a chosen take may be gone (removed concurrently) but is never another intent's take
                    assert art is None or (isinstance(art, GenArt) and art.intent_id == intent.id), stage
            for block in board.blocks(BlockKind.INTENT):
                assert block.to_dict()["kind"] == "intent"


TestConvergence = Convergence.TestCase
TestConvergence.settings = settings(deadline=None, stateful_step_count=40,
                                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
