"""Directives are checked at plan time against the workflows this peer knows (templates and its own)."""

from __future__ import annotations

import pytest

from tests.unit.multiplex.conftest import API_BOARD, ApiHarness


@pytest.mark.parametrize(("directives", "status", "says"), [
    ({"warp": 9}, 400, "unknown directive 'warp'"),
    ({"guidance": 3.5, "denoise": 0.6, "clip.steps": 12}, 200, ""),
    ({"strength": 0.7, "sheet_tags": "turnaround"}, 200, ""),  # slots of the VACE and sheet templates
    ({"strength": "strong"}, 400, "slot 'strength' of workflow wan21_vace_restyle takes a number"),
    ({"clip.workflow": "flux1_dev_t2i"}, 400, "flux1_dev_t2i is a still workflow, not a clip one"),
    ({"workflow": "flux1_dev_t2i", "clip.workflow": "wan21_i2v_720p"}, 200, ""),
    ({"slot.color": 255}, 200, ""),  # explicit: a slot of a workflow another peer may hold
])
async def test_directives_are_checked_at_plan_time(api_harness: ApiHarness, directives: dict[str, object],
                                                   status: int, says: str) -> None:
    intent = api_harness.replica.board.add_intent("castle", origin="user:t")
    r = await api_harness.client.post(f"/api/boards/{API_BOARD}/comps",
                                      json={"intent": intent.id, "directives": directives})
    assert r.status_code == status, r.text
    if says:
        assert says in r.json()["error"]
        assert api_harness.replica.board.comps_of(intent.id) == []  # a refused directive writes nothing
