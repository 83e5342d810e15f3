"""The feed turns document changes into small diffs for every subscribed view."""

from __future__ import annotations

import asyncio

from canvas.feed import BoardFeed
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
