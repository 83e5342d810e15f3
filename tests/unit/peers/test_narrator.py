"""The built-in narrator: what it says about the cluster, who narrates, and that it only writes narration."""

from __future__ import annotations

from mesh.model.activity import EventKind, record
from mesh.model.board import Board
from mesh.model.claims import ClaimAgent
from mesh.model.jobs import plan_render
from mesh.model.replica import Replica
from mesh.model.schema import BlockKind
from peers.narrator import NARRATE_EVERY_S, BuiltinNarrator, compose

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


def test_who_renders_what_with_progress_from_presence() -> None:
    r = Replica("s")
    _, still, _ = _render(r.board)
    _start(r.board, still, "p1")
    r.presence.set("peer", {"id": "p1", "name": "studio-a"})
    r.presence.set("runs", {still: {"fraction": 0.5, "msg": "sampling"}})
    assert compose(r) == "Right now, studio-a is rendering the still of “castle at dawn” (50%). 1 job waiting."


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
