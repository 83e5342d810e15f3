"""The built-in narrator: what it says about the cluster, who narrates, and that it only writes narration."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import peers.narration.builtin as narrator_module
from mesh.model.activity import EventKind, record
from mesh.model.board import Board
from mesh.model.claims import ClaimAgent
from mesh.model.jobs import plan_render
from mesh.model.replica import Replica
from mesh.model.schema import BlockKind
from peers.narration.builtin import NARRATE_EVERY_S, BuiltinNarrator, compose

USER = "user:alice"


class FakeClock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def _render(board: Board, text: str = "castle at dawn") -> tuple[str, str, str]:
    intent = board.add_intent(text, origin=USER)
    still, clip = plan_render(board, [intent.id], requested_by=USER)
    return intent.id, still, clip


def _start(board: Board, job_id: str, peer: str) -> tuple[ClaimAgent, str]:
    agent = ClaimAgent(board, peer)
    cid = agent.claim(job_id)
    assert agent.confirm(job_id, cid)
    return agent, cid


def test_a_quiet_board() -> None:
    assert compose(Replica("s")) == "The board is quiet: nothing has been sent to render yet."


def test_idle_machines_and_waiting_jobs() -> None:
    r = Replica("s")
    _render(r.board)
    assert compose(r) == "The machines are idle. 2 jobs waiting."


def test_who_renders_what_but_not_how_far() -> None:
    """Names come from presence; the percentage stays there too (canvases read it live), so the text
    changes on transitions only."""
    r = Replica("s")
    _, still, _ = _render(r.board)
    _start(r.board, still, "p1")
    r.presence.set("peer", {"id": "p1", "name": "studio-a"})
    r.presence.set("runs", {still: {"fraction": 0.5, "msg": "sampling"}})
    assert compose(r) == "Right now, studio-a is rendering the still of “castle at dawn”. 1 job waiting."


def test_malformed_progress_from_another_peer_does_not_break_narration() -> None:
    r = Replica("s")
    _, still, _ = _render(r.board)
    _start(r.board, still, "p1")
    r.presence.set("peer", {"id": "p1", "name": 42})
    r.presence.set("runs", {still: {"fraction": "half"}})
    text = compose(r)
    assert "rendering the still of “castle at dawn”" in text and "%" not in text


def test_milestones_from_the_activity_log_are_told() -> None:
    r = Replica("s")
    _, still, _ = _render(r.board)
    agent, cid = _start(r.board, still, "p1")
    agent.finish(still, cid, [])
    record(r.board, EventKind.CLAIMED, peer="p1", msg="p1 claimed the clip")  # not notable
    record(r.board, EventKind.DONE, peer="p1", msg="studio-a finished the still in 4.2 s")
    record(r.board, EventKind.FAILED, peer="p2", msg="studio-b failed the clip: out of memory.")
    text = compose(r)
    assert text.endswith("studio-a finished the still in 4.2 s. studio-b failed the clip: out of memory.")
    assert "1 done" in text.lower() and "claimed" not in text


def test_only_the_smallest_live_peer_narrates_and_not_too_often() -> None:
    r = Replica("s")
    clock = FakeClock()
    a, b = BuiltinNarrator("peer-a", clock=clock), BuiltinNarrator("peer-b", clock=clock)
    assert a.should_narrate(r, ["peer-b", "peer-a"]) and not b.should_narrate(r, ["peer-b", "peer-a"])
    assert not a.should_narrate(r, [])
    clock.t += NARRATE_EVERY_S - 0.01
    assert not a.should_narrate(r, ["peer-a"])
    clock.t += 0.02
    assert a.should_narrate(r, ["peer-a"])
    assert b.should_narrate(r, ["peer-b"])  # peer-a left: the next one takes over


async def test_tick_writes_only_narration_blocks() -> None:
    r = Replica("s")
    board = r.board
    board.add_default_blocks(origin=USER)
    intent_id, still, _ = _render(board, "lighthouse in a storm")
    agent, cid = _start(board, still, "p1")
    art = board.add_gen_art(intent_id, "image", origin="peer:p1", stage="still", asset="ab" * 32, mime="image/png",
                            peer_id="p1", job_id=still)
    agent.finish(still, cid, [art.id])
    untouched = {b.id: b.to_dict() for b in board.blocks()
                 if b.kind not in (BlockKind.NARRATION, BlockKind.VISUAL_NARRATION)}
    origins: list[str | None] = []
    r.doc.observe(lambda e: origins.append(board.origin_of(e.transaction.origin())))
    narrator = BuiltinNarrator("p0", clock=FakeClock())
    await narrator.tick(r, ["p0", "p1"])
    (narration,) = board.blocks(BlockKind.NARRATION)
    assert narration.get("text") == compose(r) and narration.get("narrator") == "builtin"
    (visual,) = board.blocks(BlockKind.VISUAL_NARRATION)
    assert visual.get("asset") == "ab" * 32 and visual.get("mime") == "image/png"
    assert visual.get("caption") == "“lighthouse in a storm” — still by p1"
    assert {b.id: b.to_dict() for b in board.blocks() if b.id in untouched} == untouched
    assert origins and set(origins) == {"peer:p0"}
    origins.clear()
    await BuiltinNarrator("p1", clock=FakeClock()).tick(r, ["p0", "p1"])  # not its turn: writes nothing
    assert origins == []


async def _settle(narrator: BuiltinNarrator, r: Replica, clock: FakeClock, live: list[str], ticks: int = 3) -> None:
    for _ in range(ticks):
        clock.t += NARRATE_EVERY_S
        await narrator.tick(r, live)


async def test_progress_ticks_add_nothing_to_the_document() -> None:
    """Progress lives in presence: 1,000 progress ticks of a running job leave the document as it was."""
    r = Replica("s")
    board = r.board
    board.add_default_blocks(origin=USER)
    _, still, _ = _render(board)
    _start(board, still, "p1")
    r.presence.set("peer", {"id": "p1", "name": "studio-a"})  # the renderer's presence, as another peer sees it
    clock = FakeClock()
    narrator = BuiltinNarrator("p0", clock=clock)
    await _settle(narrator, r, clock, ["p0", "p1"])
    (narration,) = board.blocks(BlockKind.NARRATION)
    assert "rendering the still" in str(narration.get("text"))
    size = len(r.doc.get_update())
    for i in range(1000):
        r.presence.set("runs", {still: {"fraction": i / 1000, "msg": "sampling", "stage": "still"}})
        clock.t += NARRATE_EVERY_S
        await narrator.tick(r, ["p0", "p1"])
    assert len(r.doc.get_update()) - size == 0
    assert "%" not in str(narration.get("text"))


class _Reads:
    """Counts what the narrator reads: a `blocks()` or `jobs()` scan costs every entry of the board."""

    def __init__(self, r: Replica, monkeypatch: pytest.MonkeyPatch) -> None:
        self.blocks = self.jobs = 0
        board = r.board
        block, blocks = board.block, board.blocks
        size = len(blocks())

        def count_block(block_id: str) -> Any:
            self.blocks += 1
            return block(block_id)

        def count_blocks(kind: BlockKind | None = None) -> Any:
            self.blocks += size  # a scan touches every block
            return blocks(kind)

        def counted(fn: Callable[..., Any], scan: bool) -> Callable[..., Any]:
            def wrapper(*args: Any, **kwargs: Any) -> Any:
                out = fn(*args, **kwargs)
                self.jobs += len(out) if scan else 1
                return out
            return wrapper

        monkeypatch.setattr(board, "block", count_block)
        monkeypatch.setattr(board, "blocks", count_blocks)
        monkeypatch.setattr(narrator_module, "jobs", counted(narrator_module.jobs, True))
        monkeypatch.setattr(narrator_module, "job", counted(narrator_module.job, False))

    def take(self) -> tuple[int, int]:
        out = (self.blocks, self.jobs)
        self.blocks = self.jobs = 0
        return out


def _big_board(blocks: int = 1000) -> tuple[Replica, list[str]]:
    r = Replica("big")
    board = r.board
    board.add_default_blocks(origin=USER)
    intents = [board.add_intent(f"shot {i}", origin=USER).id for i in range(300)]
    agent = ClaimAgent(board, "p1")
    for intent_id in intents[:10]:
        for job_id in plan_render(board, [intent_id], requested_by=USER):
            cid = agent.claim(job_id)
            agent.confirm(job_id, cid)
            art = board.add_gen_art(intent_id, "image", origin="peer:p1", stage="still", asset="cd" * 32,
                                    mime="image/png", peer_id="p1", job_id=job_id)
            agent.finish(job_id, cid, [art.id])
    for i in range(blocks - len(board.blocks())):
        board.add_block(BlockKind.COMP, "note", origin=USER, text=f"note {i}")
    assert len(board.blocks()) == blocks
    return r, intents


async def test_an_idle_tick_reads_nothing_and_a_change_reads_what_it_touched(monkeypatch: pytest.MonkeyPatch) -> None:
    r, intents = _big_board(1000)
    board = r.board
    clock = FakeClock()
    narrator = BuiltinNarrator("p0", clock=clock)
    await _settle(narrator, r, clock, ["p0", "p1"])
    reads = _Reads(r, monkeypatch)
    await _settle(narrator, r, clock, ["p0", "p1"], ticks=20)
    assert reads.take() == (0, 0)  # nothing changed: nothing read

    board.update(intents[200], origin=USER, title="a new title")  # an intent nobody renders
    await _settle(narrator, r, clock, ["p0", "p1"], ticks=1)
    blocks_read, jobs_read = reads.take()
    assert blocks_read <= 2 and jobs_read == 0

    (still, _clip) = plan_render(board, [intents[100]], requested_by=USER)  # two new jobs, then one starts
    _start(board, still, "p1")
    await _settle(narrator, r, clock, ["p0", "p1"], ticks=1)
    blocks_read, jobs_read = reads.take()
    assert blocks_read <= 10 and jobs_read <= 10
    (narration,) = board.blocks(BlockKind.NARRATION)
    assert narration.get("text") == compose(r) and "rendering the still of “shot 100”" in compose(r)


async def test_incremental_narration_matches_a_full_scan() -> None:
    r = Replica("s")
    board = r.board
    board.add_default_blocks(origin=USER)
    clock = FakeClock()
    narrator = BuiltinNarrator("p0", clock=clock)
    live = ["p0", "p1"]

    def narration() -> str:
        (block,) = board.blocks(BlockKind.NARRATION)
        return str(block.get("text"))

    await _settle(narrator, r, clock, live, ticks=1)
    intent_id, still, _clip = _render(board, "harbour at night")
    await _settle(narrator, r, clock, live, ticks=1)
    assert narration() == compose(r) == "The machines are idle. 2 jobs waiting."
    agent, cid = _start(board, still, "p1")
    r.presence.set("peer", {"id": "p1", "name": "studio-a"})
    await _settle(narrator, r, clock, live, ticks=1)
    assert narration() == compose(r)
    board.update(intent_id, origin=USER, title="harbour at dawn")  # the title of what is rendering
    await _settle(narrator, r, clock, live, ticks=1)
    assert narration() == compose(r) and "“harbour at dawn”" in narration()
    art = board.add_gen_art(intent_id, "image", origin="peer:p1", stage="still", asset="ef" * 32,
                            mime="image/png", peer_id="p1", job_id=still)
    agent.finish(still, cid, [art.id])
    record(board, EventKind.DONE, peer="p1", msg="studio-a finished the still in 3.0 s")
    await _settle(narrator, r, clock, live, ticks=1)
    assert narration() == compose(r) and narration().endswith("finished the still in 3.0 s.")
    (visual,) = board.blocks(BlockKind.VISUAL_NARRATION)
    assert visual.get("asset") == "ef" * 32
    (old,) = board.blocks(BlockKind.NARRATION)
    board.remove(old.id, origin=USER)
    fresh = board.add_block(BlockKind.NARRATION, "live", origin=USER, text="")
    await _settle(narrator, r, clock, live, ticks=1)
    assert board.block(fresh.id).get("text") == compose(r)  # type: ignore[union-attr]


async def test_the_visual_narration_caption_names_the_machine() -> None:
    """Machines by their names, never peer ids: the caption under the newest still says who made it."""
    r = Replica("s")
    board = r.board
    board.add_default_blocks(origin=USER)
    intent_id, still, _ = _render(board, "lighthouse in a storm")
    agent, cid = _start(board, still, "p1")
    art = board.add_gen_art(intent_id, "image", origin="peer:p1", stage="still", asset="ab" * 32, mime="image/png",
                            peer_id="p1", job_id=still)
    agent.finish(still, cid, [art.id])
    r.presence.set("peer", {"id": "p1", "name": "render-b"})  # the maker's presence, as this peer sees it
    await BuiltinNarrator("p0", clock=FakeClock()).tick(r, ["p0", "p1"])
    (visual,) = board.blocks(BlockKind.VISUAL_NARRATION)
    assert visual.get("caption") == "“lighthouse in a storm” — still by render-b"
