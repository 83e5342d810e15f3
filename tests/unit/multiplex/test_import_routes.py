"""The import and sequence routes of the local API: a script in, re-imported in place, bad input refused."""

from __future__ import annotations

import json

import pytest

from tests.unit.multiplex.conftest import API_BOARD, ApiHarness

BOARD = API_BOARD
SCRIPT = "EXT. YARD - DAY\n\nDust.\n\nMAYA\nDown!\n\nINT. SHED - NIGHT\n\nA lamp.\n"


@pytest.fixture
async def api(api_harness: ApiHarness):
    h = api_harness
    yield h.client, h.replica


async def test_import_then_reimport_updates_in_place(api) -> None:
    client, _ = api
    r = await client.post(f"/api/boards/{BOARD}/import", json={"text": SCRIPT, "name": "y.fountain"})
    assert r.status_code == 200, r.text
    first = r.json()
    assert len(first["created"]) == 2 and len(first["characters"]) == 1
    r = await client.post(f"/api/boards/{BOARD}/import", json={"text": SCRIPT.replace("A lamp.", "Two lamps."),
                                                              "name": "y.fountain"})
    assert r.json()["updated"] == [first["created"][1]] and r.json()["created"] == []
    shots = (await client.get(f"/api/boards/{BOARD}/sequence")).json()["shots"]
    assert [s["title"] for s in shots] == ["EXT. YARD - DAY", "INT. SHED - NIGHT"]
    assert shots[1]["description"] == "Two lamps."


@pytest.mark.parametrize(("payload", "status", "words"), [
    ({"text": ""}, 400, "empty"),
    ({"text": 5}, 400, "text must be a string"),
    ({"text": "INT. A\n\n/* open\n"}, 400, "line 3"),
    ({"text": "x" * 950_000}, 400, "at most"),
])
async def test_bad_scripts_are_refused_clearly_and_write_nothing(api, payload, status, words) -> None:
    client, replica = api
    before = replica.board.doc.get_state()
    r = await client.post(f"/api/boards/{BOARD}/import", json=payload)
    assert r.status_code == status and words in r.json()["error"]
    assert replica.board.doc.get_state() == before


async def test_sequence_move_lock_and_cut(api) -> None:
    client, _ = api
    ids = (await client.post(f"/api/boards/{BOARD}/import", json={"text": "a\n\nb\n\nc\n"})).json()["created"]
    r = await client.post(f"/api/boards/{BOARD}/sequence", json={"intent": ids[2], "position": 0})
    assert r.status_code == 200 and r.json()["number"] == "1"
    await client.post(f"/api/boards/{BOARD}/sequence", json={"intent": ids[0], "locked": True})
    r = await client.post(f"/api/boards/{BOARD}/sequence", json={"intent": ids[1], "after": ids[2]})
    assert r.json()["number"] == "1A"  # c 1, b 1A (before the locked 2), a 2
    r = await client.post(f"/api/boards/{BOARD}/sequence", json={"intent": ids[1], "cut_in": 1, "cut_out": 4})
    assert r.json()["edit_s"] == 3.0
    shots = (await client.get(f"/api/boards/{BOARD}/sequence")).json()
    assert [s["number"] for s in shots["shots"]] == ["1", "1A", "2"] and shots["total_s"] == 19.0


@pytest.mark.parametrize("payload", [
    {"intent": "in-nope", "position": 0}, {"position": 0}, {"intent": "X", "position": "1"},
    {"intent": "X", "locked": "yes"}, {"intent": "X", "cut_in": "a"}, {"intent": "X"},
    {"intent": "X", "cut_in": 5, "cut_out": 2},
    # a refused part refuses the whole edit: the move asked with it is not made
    {"intent": "X", "position": 1, "cut_in": 5, "cut_out": 2}, {"intent": "X", "position": 1, "locked": 1},
    {"intent": "X", "after": "in-nope", "cut_in": 1}, {"intent": "X", "position": 1, "cut_in": float("nan")},
])
async def test_bad_sequence_edits_get_a_4xx(api, payload) -> None:
    client, replica = api
    ids = (await client.post(f"/api/boards/{BOARD}/import", json={"text": "a\n\nb\n"})).json()["created"]
    payload = {k: (ids[0] if v == "X" else v) for k, v in payload.items()}
    before = replica.board.doc.get_state()
    r = await client.post(f"/api/boards/{BOARD}/sequence", content=json.dumps(payload),  # NaN too, as JS can't
                          headers={"content-type": "application/json"})
    assert 400 <= r.status_code < 500 and r.json()["error"]
    assert replica.board.doc.get_state() == before
