"""The feed turns document changes into small diffs for every subscribed view."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import canvas.feed as feed_module
from canvas.feed import BoardFeed
from canvas.model import intent_status
from mesh.model.claims import ClaimAgent
from mesh.model.jobs import plan_render
from mesh.model.replica import Replica


async def test_feed_sends_only_what_changed() -> None:
    replica = Replica("t")
    board = replica.board
    board.add_default_blocks(origin="user:a")
    feed = BoardFeed(replica, flush_delay_s=0.01)
    got: asyncio.Queue[dict] = asyncio.Queue()
    feed.subscribe(got.put_nowait)
    intent = board.intents()[0]
    board.update(intent.id, origin="user:a", x=500.0)
    diff = await asyncio.wait_for(got.get(), 2)
    assert list(diff["blocks"]) == [intent.id] and diff["blocks"][intent.id]["x"] == 500.0
    board.remove(intent.id, origin="user:a")
    diff = await asyncio.wait_for(got.get(), 2)
    assert diff["blocks"][intent.id] is None and diff["sequence"] == []
    feed.close()


async def test_feed_coalesces_a_burst_into_one_diff() -> None:
    replica = Replica("t")
    feed = BoardFeed(replica, flush_delay_s=0.05)
    got: asyncio.Queue[dict] = asyncio.Queue()
    feed.subscribe(got.put_nowait)
    made = [replica.board.add_intent(f"shot {i}", origin="user:a").id for i in range(20)]
    diff = await asyncio.wait_for(got.get(), 2)
    assert set(diff["blocks"]) == set(made) and diff["sequence"] == made
    assert got.empty()
    feed.close()


async def test_a_progress_tick_or_a_job_change_recomputes_only_its_intent(monkeypatch: pytest.MonkeyPatch) -> None:
    """With 300 intents on the board, a live progress tick of one job recomputes that job's intent only."""
    replica = Replica("t")
    board = replica.board
    intents = [board.add_intent(f"shot {i}", origin="user:a").id for i in range(300)]
    agent = ClaimAgent(board, "p1")
    planned = [plan_render(board, [intent_id], requested_by="user:a") for intent_id in intents[:5]]
    still = planned[0][0]
    assert agent.confirm(still, agent.claim(still))
    feed = BoardFeed(replica, flush_delay_s=0.01, presence_interval_s=0.01)
    feed.snapshot()
    got: asyncio.Queue[dict] = asyncio.Queue()
    feed.subscribe(got.put_nowait)
    computed: list[str] = []

    def counting(board: Any, intent_id: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        computed.append(intent_id)
        return intent_status(board, intent_id, *args, **kwargs)

    monkeypatch.setattr(feed_module, "intent_status", counting)
    replica.presence.set("peer", {"id": "p1", "name": "studio-a"})
    replica.presence.set("runs", {still: {"fraction": 0.5, "msg": "sampling", "stage": "still"}})
    diff = await asyncio.wait_for(got.get(), 5)
    while "blocks" not in diff:
        diff = await asyncio.wait_for(got.get(), 5)
    assert diff["blocks"][intents[0]]["status"]["stage_fraction"] == 0.5
    assert set(computed) == {intents[0]}

    computed.clear()
    other = planned[3][0]
    agent.claim(other)  # a job of another intent changes
    diff = await asyncio.wait_for(got.get(), 5)
    while "blocks" not in diff:
        diff = await asyncio.wait_for(got.get(), 5)
    assert set(computed) == {intents[3]} and diff["blocks"][intents[3]]["status"]["state"] == "claimed"
    feed.close()
