"""The LLM narrator: think splitting, the narration-only pen, and the narration loop with scripted engines."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pycrdt import Doc, Map

from mesh.model.activity import EventKind, record
from mesh.model.board import Board
from mesh.model.changes import BoardChanges
from mesh.model.claims import ClaimAgent
from mesh.model.jobs import VISUAL_PRIORITY, JobState, job, jobs, plan_render
from mesh.model.replica import Replica
from mesh.model.scheduling import PeerCaps
from mesh.model.schema import BlockKind
from mesh.net.loopback import LoopbackNet
from peers.narration.builtin import NARRATE_EVERY_S, compose
from peers.narration.engines import Delta, EngineError
from peers.narration.pen import NarrationPen, NarrationRefused
from peers.narration.service import IDLE_S, NarrationService, image_prompt
from peers.narration.think import ThinkSplitter, split_think

USER = "user:alice"

# (model output, narration, reasoning): the model opens the tag, the template did, no tags, empty think
CASES = [
    ("<think>\nweighing it\n</think>\n\nThe castle renders.", "The castle renders.", "weighing it"),
    ("weighing it\n</think>\n\nThe castle renders.", "The castle renders.", "weighing it"),
    ("The castle renders.", "The castle renders.", ""),
    ("<think>\n\n</think>\n\nThe castle renders.", "The castle renders.", ""),
    ("  \n<think>a < b, </thin is no tag</think>The castle renders.", "The castle renders.", "a < b, </thin is no tag"),
    ("<think>still thinking when the stream broke", "", "still thinking when the stream broke"),
]


def _chunked(text: str, cuts: list[int]) -> list[str]:
    points = sorted({min(max(c, 0), len(text)) for c in cuts})
    bounds = [0, *points, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if b > a]


@pytest.mark.parametrize(("text", "answer", "think"), CASES)
def test_think_is_kept_apart_at_every_single_split(text: str, answer: str, think: str) -> None:
    assert split_think(text) == (answer, think)
    for cut in range(len(text) + 1):
        s = ThinkSplitter()
        for chunk in _chunked(text, [cut]):
            s.feed(chunk)
            shown, _ = s.showing
            assert "</" not in shown and "weighing" not in shown  # reasoning is never shown as narration
        assert s.finish() == (answer, think), cut


@settings(max_examples=200, deadline=None)
@given(case=st.sampled_from(CASES), cuts=st.lists(st.integers(0, 80), max_size=12))
def test_think_split_across_any_chunking(case: tuple[str, str, str], cuts: list[int]) -> None:
    text, answer, think = case
    s = ThinkSplitter()
    for chunk in _chunked(text, cuts):
        s.feed(chunk)
    assert s.finish() == (answer, think)


def test_reasoning_sent_in_its_own_field() -> None:
    s = ThinkSplitter()
    s.feed_reasoning("weighing ")
    s.feed_reasoning("it")
    s.feed("The castle renders.")
    assert s.finish() == ("The castle renders.", "weighing it")


def test_image_line_becomes_the_prompt() -> None:
    assert image_prompt("Two peers render.\nImage: a forge at night") == ("Two peers render.", "a forge at night")
    assert image_prompt("Two peers render. A third waits.") == ("Two peers render. A third waits.",
                                                                 "Two peers render.")


# -- the pen ------------------------------------------------------------------------------------------
def _board() -> tuple[Replica, str, str, str]:
    r = Replica("s")
    r.board.add_default_blocks(origin=USER)
    (narration,) = r.board.blocks(BlockKind.NARRATION)
    (visual,) = r.board.blocks(BlockKind.VISUAL_NARRATION)
    intent = r.board.intents()[0]
    return r, narration.id, visual.id, intent.id


def test_the_pen_writes_narration_and_nothing_else() -> None:
    r, narration, visual, intent = _board()
    board = r.board
    comp = board.add_comp(intent, "note", origin=USER, text="foggy")
    still, _clip = plan_render(board, [intent], requested_by=USER)
    art = board.add_gen_art(intent, "image", origin="peer:p1", stage="still", asset="ab" * 32, job_id=still)
    pen = NarrationPen(board, "peer:p0")
    before = {b.id: b.to_dict() for b in board.blocks()}
    jobs_before = {j.id: j.to_dict() for j in jobs(board)}
    for target in (intent, comp.id, art.id, visual):
        with pytest.raises(NarrationRefused):
            pen.write(target, text="hijacked")
    for target in (intent, comp.id, narration):
        with pytest.raises(NarrationRefused):
            pen.request_visual(target, "a prompt")
        with pytest.raises(NarrationRefused):
            pen.show(target, asset="cd" * 32, mime="image/png", caption="x")
    for job_id in (still, _clip, "job-nope"):
        with pytest.raises(NarrationRefused):
            pen.withdraw_visual(job_id)
        with pytest.raises(NarrationRefused):
            pen.job_state(job_id)
    with pytest.raises(NarrationRefused):
        pen.drop_illustration(art.id)
    with pytest.raises(NarrationRefused):
        pen.write(narration, title="renamed")  # not a narration field
    assert {b.id: b.to_dict() for b in board.blocks()} == before
    assert {j.id: j.to_dict() for j in jobs(board)} == jobs_before
    # and nothing it offers is the board, its document or a raw map
    for name in dir(pen):
        if not name.startswith("_"):
            value = getattr(pen, name)
            assert not isinstance(value, Board | Replica | Doc | Map), name
    pen.write(narration, text="hello", think="hm")
    job_id = pen.request_visual(visual, "a castle in mist", caption="hello")
    made = job(board, job_id)
    assert made is not None and made.visual and made.priority == VISUAL_PRIORITY and made.stage == "still"
    assert pen.withdraw_visual(job_id) and pen.job_state(job_id) == "cancelled"


# -- the loop -----------------------------------------------------------------------------------------
class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


class ScriptedEngine:
    """Streams `chunks` (advancing the clock `step` per chunk); optionally fails after them, or waits."""

    def __init__(self, chunks: list[str], clock: FakeClock, *, step: float = 0.0, fail: str = "",
                 gate: asyncio.Event | None = None) -> None:
        self.name = "fake:r1"
        self.chunks, self.clock, self.step, self.fail, self.gate = chunks, clock, step, fail, gate
        self.prompts: list[list[dict[str, str]]] = []

    async def stream(self, messages: list[dict[str, str]]) -> AsyncIterator[Delta]:
        self.prompts.append(messages)
        if self.gate is not None:
            await self.gate.wait()
        for chunk in self.chunks:
            self.clock.t += self.step
            yield Delta(content=chunk)
        if self.fail:
            raise EngineError(self.fail)

    async def close(self) -> None:
        pass


def _live(*ids: str, still: bool = True) -> Any:
    return lambda name: [PeerCaps(p, stages={"still": ("cpu",)} if still else {}, slots=1) for p in ids]


def _service(r: Replica, engine: Any, clock: FakeClock, *, peer: str = "p0", live: Any = None) -> NarrationService:
    return NarrationService({"s": r}, peer_id=peer, live_peers=live or _live("p0", "p1"), engine=engine, clock=clock,
                            min_gap_s=0.0, retry_s=60.0)


def _narration(r: Replica) -> dict[str, str]:
    (block,) = r.board.blocks(BlockKind.NARRATION)
    return {k: str(block.get(k) or "") for k in ("text", "think", "past", "narrator", "status")}


async def _run(svc: NarrationService, r: Replica, steps: int = 1) -> None:
    for _ in range(steps):
        svc.step("s", r)
        await svc.settled()


async def test_a_narration_streams_into_the_block_with_its_reasoning_apart() -> None:
    r, narration, visual, intent = _board()
    clock = FakeClock()
    engine = ScriptedEngine(["<think>\nThe ", "peers are busy.\n</th", "ink>\n\nStudio A ", "renders the castle.",
                             "\nImage: a castle in mist"], clock)
    svc = _service(r, engine, clock)
    plan_render(r.board, [intent], requested_by=USER)
    changes = BoardChanges(r.board)
    changes.take()
    await _run(svc, r)
    touched = changes.take()  # the narrator wrote narration, the illustration job, and nothing else
    assert touched.blocks == {narration, visual} or touched.blocks == {narration}
    assert all(job(r.board, j).visual for j in touched.jobs)  # type: ignore[union-attr]
    shown = _narration(r)
    assert (shown["text"], shown["think"], shown["narrator"], shown["status"]) == (
        "Studio A renders the castle.", "The peers are busy.", "fake:r1", "")
    prompt = engine.prompts[0][1]["content"]
    assert "2 jobs waiting" in prompt and "Machines:" in prompt
    assert engine.prompts[0][0]["role"] == "system"


async def test_writes_are_throttled_not_one_per_token() -> None:
    r, _, _, intent = _board()
    clock = FakeClock()
    words = [f"word{i} " for i in range(300)]
    svc = _service(r, ScriptedEngine(words, clock, step=0.01), clock)  # 300 tokens over 3 s of model time
    plan_render(r.board, [intent], requested_by=USER)
    writes: list[int] = []
    r.doc.observe(lambda e: writes.append(1))
    await _run(svc, r)
    assert _narration(r)["text"] == "".join(words).strip()
    assert 5 <= len(writes) <= 3.0 / 0.3 + 6  # a few writes a second of streaming, not 300


async def test_nothing_new_means_no_narration() -> None:
    r, _, _, intent = _board()
    clock = FakeClock()
    engine = ScriptedEngine(["The castle waits."], clock)
    svc = _service(r, engine, clock)
    plan_render(r.board, [intent], requested_by=USER)
    await _run(svc, r)
    for _ in range(20):
        clock.t += 30
        await _run(svc, r)
    assert len(engine.prompts) == 1
    record(r.board, EventKind.PEER_JOINED, peer="p2", msg="studio-c joined with still")
    await _run(svc, r)
    assert len(engine.prompts) == 2 and "studio-c joined" in engine.prompts[1][1]["content"]


async def test_one_in_flight_and_a_flood_is_coalesced() -> None:
    r, _, _, intent = _board()
    clock = FakeClock()
    gate = asyncio.Event()
    engine = ScriptedEngine(["Busy."], clock, gate=gate)
    svc = _service(r, engine, clock)
    plan_render(r.board, [intent], requested_by=USER)
    svc.step("s", r)
    await asyncio.sleep(0)
    for i in range(300):  # activity floods while the model thinks
        record(r.board, EventKind.WARNING, peer="p1", msg=f"warning {i}")
        svc.step("s", r)
    assert len(engine.prompts) == 1  # one narration in flight, whatever happens
    gate.set()
    await svc.settled()
    await _run(svc, r, steps=3)
    assert len(engine.prompts) == 2  # the flood became one more narration, not 300
    prompt = engine.prompts[1][1]["content"]
    assert "warning 299" in prompt and "earlier events since the last narration are left out" in prompt
    assert "warning 0\n" not in prompt


async def test_a_failing_model_hands_over_to_the_builtin_narrator_and_says_why() -> None:
    r, _, _, intent = _board()
    clock = FakeClock()
    engine = ScriptedEngine([], clock, fail="no model file at /models/r1.gguf")
    svc = _service(r, engine, clock)
    plan_render(r.board, [intent], requested_by=USER)
    await _run(svc, r)
    shown = _narration(r)
    assert shown["text"] == compose(r) and shown["narrator"] == "builtin"
    assert "no model file at /models/r1.gguf" in shown["status"]
    record(r.board, EventKind.PEER_JOINED, peer="p2", msg="studio-c joined")
    clock.t += 10
    await _run(svc, r)
    assert len(engine.prompts) == 1 and _narration(r)["text"] == compose(r)  # the builtin keeps narrating
    clock.t += 60  # retry time: the model is tried again
    record(r.board, EventKind.PEER_JOINED, peer="p3", msg="studio-d joined")
    await _run(svc, r)
    assert len(engine.prompts) == 2


async def test_the_endpoint_going_away_mid_stream_leaves_a_readable_partial() -> None:
    r, _, _, intent = _board()
    clock = FakeClock()
    engine = ScriptedEngine(["<think>hm</think>\n\nStudio A is ", "rendering the castle"], clock,
                            fail="the endpoint went away (ServerDisconnectedError)")
    svc = _service(r, engine, clock)
    plan_render(r.board, [intent], requested_by=USER)
    await _run(svc, r)
    shown = _narration(r)
    assert shown["text"] == "Studio A is rendering the castle" and shown["think"] == "hm"
    assert shown["status"].startswith("stopped early: the endpoint went away")


@pytest.mark.parametrize(("text", "kept"), [("A short narration.", 4), ("x" * 2000, 2)])
async def test_older_narrations_roll_off(text: str, kept: int) -> None:
    """The last few narrations stay on the block (by count, and by size), older ones roll off."""
    r, _, _, _ = _board()
    clock = FakeClock()
    svc = _service(r, ScriptedEngine([text], clock), clock)
    for i in range(30):
        record(r.board, EventKind.WARNING, peer="p1", msg=f"event {i}")
        await _run(svc, r)
    past = _narration(r)["past"]
    assert len(past.split("\n\n")) == kept and len(past) <= 3000


def _people_waiting(r: Replica, intent: str) -> list[str]:
    return plan_render(r.board, [intent], requested_by=USER)


async def test_illustrations_yield_to_a_persons_render() -> None:
    r, _, visual, intent = _board()
    board = r.board
    clock = FakeClock()
    svc = _service(r, ScriptedEngine(["Quiet.\nImage: an empty stage"], clock), clock)
    await _run(svc, r, steps=2)  # nothing of a person's waits: the illustration is asked for
    (vjob,) = [j for j in jobs(board) if j.visual]
    assert vjob.params["prompt"] == "an empty stage" and vjob.intent_id == visual
    still, clip = _people_waiting(r, intent)  # a person renders: the unclaimed illustration steps aside
    await _run(svc, r)
    assert job(board, vjob.id).state() is JobState.CANCELLED  # type: ignore[union-attr]
    record(board, EventKind.WARNING, peer="p1", msg="more")
    await _run(svc, r, steps=2)
    assert [j.id for j in jobs(board) if j.visual] == [vjob.id]  # none asked for while a person's job waits
    agent = ClaimAgent(board, "p1")
    for job_id in (still, clip):
        cid = agent.claim(job_id)
        agent.confirm(job_id, cid)
        agent.finish(job_id, cid, [])
    record(board, EventKind.DONE, peer="p1", msg="studio-b finished the clip")
    await _run(svc, r, steps=2)
    assert len([j for j in jobs(board) if j.visual]) == 2


async def test_the_newest_illustration_is_shown_with_its_caption_and_old_ones_roll_off() -> None:
    r, _, visual, _intent = _board()
    board = r.board
    clock = FakeClock()
    svc = _service(r, ScriptedEngine(["Quiet.\nImage: an empty stage"], clock), clock)
    pen = NarrationPen(board, "peer:p0")
    arts = []
    for i in range(15):
        job_id = pen.request_visual(visual, f"stage {i}", caption=f"caption {i}")
        arts.append(board.add_gen_art(visual, "image", origin="peer:p1", stage="still", asset=f"{i:02d}" * 32,
                                      mime="image/png", job_id=job_id, created=f"{i:015d}").id)
        await _run(svc, r)
    shown = board.block(visual)
    assert shown is not None and shown.get("asset") == "14" * 32 and shown.get("caption") == "caption 14"
    kept = [a for a in arts if board.block(a) is not None]
    assert kept == arts[-12:]  # browsable history, bounded


async def test_an_llm_peer_narrates_and_hands_over_when_it_leaves() -> None:
    r, _, _, intent = _board()
    other = Replica("s")
    net = LoopbackNet()
    net.join("p0", r)
    net.join("p9", other)
    for replica, pid in ((r, "p0"), (other, "p9")):
        replica.presence.set("peer", {"id": pid, "name": pid})
    clock = FakeClock()
    llm = NarrationService({"s": other}, peer_id="p9", live_peers=_live("p0", "p9"),
                           engine=ScriptedEngine(["From the LLM."], clock), clock=clock, min_gap_s=0.0)
    plain = NarrationService({"s": r}, peer_id="p0", live_peers=_live("p0", "p9"), clock=clock)
    plan_render(r.board, [intent], requested_by=USER)
    llm.step("s", other)  # publishes that its model works, and narrates
    await llm.settled()
    plain.step("s", r)
    assert _narration(r)["text"] == "From the LLM."  # the smaller id defers to the peer with a model
    await llm.stop()  # it leaves: its presence goes, the next peer narrates
    record(r.board, EventKind.WARNING, peer="p1", msg="more")
    clock.t += 5
    plain.step("s", r)
    assert _narration(r)["text"] == compose(r) and _narration(r)["narrator"] == "builtin"
    await plain.stop()


async def test_a_change_held_back_by_the_rate_limit_is_told_when_the_limit_ends() -> None:
    """The built-in narrator speaks at most every NARRATE_EVERY_S; what changes meanwhile is told as soon as
    that allows (the loop wakes for it), not after IDLE_S with nothing else happening."""
    r, _, _, intent = _board()
    clock = FakeClock()
    plain = NarrationService({"s": r}, peer_id="p0", live_peers=_live("p0", "p1"), clock=clock)
    assert plain.idle_s() == IDLE_S
    plan_render(r.board, [intent], requested_by=USER)
    plain.step("s", r)
    first = _narration(r)["text"]
    record(r.board, EventKind.WARNING, peer="p1", msg="studio-b is out of disk")
    clock.t += 0.1
    plain.step("s", r)
    assert _narration(r)["text"] == first  # held back: it spoke 0.1 s ago
    assert plain.idle_s() == pytest.approx(NARRATE_EVERY_S - 0.1)
    clock.t += plain.idle_s()
    plain.step("s", r)
    assert "out of disk" in _narration(r)["text"]
    await plain.stop()
