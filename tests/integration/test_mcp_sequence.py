"""The sequence through MCP: move_intent repairs what concurrent moves left, edit_shot locks numbers and
sets cut points, and bad values are refused as tool errors that change nothing."""

from __future__ import annotations

import pytest

pytest.importorskip("mcp")
pytest.importorskip("httpx2")

from mesh.model import sequence
from relay.tokens import Role
from tests.integration.test_mcp import Relay, _data, fast_timing, relay  # noqa: F401 - the fixtures


async def test_edit_shot_locks_numbers_and_sets_cut_points(relay: Relay) -> None:  # noqa: F811
    async with relay.client(Role.EDIT) as llm:
        ids = [_data(await llm.call_tool("add_intent", {"text": t}))["id"] for t in ("dawn", "noon", "dusk")]
        locked = _data(await llm.call_tool("edit_shot", {"intent_id": ids[1], "locked": True}))
        assert (locked["number"], locked["locked"]) == ("2", True)
        new = _data(await llm.call_tool("add_intent", {"text": "morning", "position": 1}))["id"]
        assert [s.number for s in sequence.shots(relay.board)] == ["1", "1A", "2", "3"]
        _data(await llm.call_tool("move_intent", {"intent_id": new, "position": 2}))  # after the locked 2
        assert [s.number for s in sequence.shots(relay.board)] == ["1", "2", "3", "4"]
        cut = _data(await llm.call_tool("edit_shot", {"intent_id": ids[0], "cut_in": 1.5, "cut_out": 6}))
        assert (cut["edit_s"], cut["duration_s"], cut["duration_from"]) == (4.5, 8.0, "intent")
        only_out = _data(await llm.call_tool("edit_shot", {"intent_id": ids[0], "cut_out": 7}))
        assert (only_out["cut_in"], only_out["cut_out"]) == (1.5, 7.0)
        before = relay.board.doc.get_state()
        bad = await llm.call_tool("edit_shot", {"intent_id": ids[0], "cut_in": 5, "cut_out": 20})
        assert bad.is_error and "rendered length" in bad.content[0].text
        both = await llm.call_tool("edit_shot", {"intent_id": ids[2], "locked": True, "cut_in": 9})
        assert both.is_error  # a refused cut takes the lock asked with it along: nothing is written
        assert relay.board.doc.get_state() == before
    async with relay.client(Role.VIEW) as viewer:
        refused = await viewer.call_tool("edit_shot", {"intent_id": ids[0], "locked": True})
        assert refused.is_error and "403" in refused.content[0].text
