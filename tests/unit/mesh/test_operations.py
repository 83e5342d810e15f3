"""Person-level board operations shared by the local API, the relay API and the MCP server."""

from __future__ import annotations

import pytest

from mesh.errors import DirectiveError, SchemaError
from mesh.model.board import Board
from mesh.model.jobs import jobs
from mesh.model.operations import add_directive_comp, cancel_request, request_render
from mesh.model.scheduling import PeerCaps

LIVE = [PeerCaps(peer_id="cpu", name="cpu", stages={"still": ("cpu",), "clip": ("cpu",)})]


def _board(*texts: str) -> tuple[Board, list[str]]:
    board = Board()
    return board, [board.add_intent(t, origin="user:a").id for t in texts]


def test_a_retried_render_with_its_key_writes_no_new_jobs() -> None:
    board, ids = _board("castle", "forest")
    first = request_render(board, ids, LIVE, requested_by="user:a", key="req-1")
    again = request_render(board, list(reversed(ids)), LIVE, requested_by="user:a", key="req-1")
    assert not first.reused and again.reused
    assert sorted(again.jobs) == sorted(first.jobs)
    assert len(jobs(board)) == 4


def test_a_render_without_key_reuses_the_same_render_under_way_unless_forced() -> None:
    board, ids = _board("castle")
    first = request_render(board, ids, LIVE, requested_by="user:a")
    again = request_render(board, ids, LIVE, requested_by="user:a")
    assert len(first.jobs) == 2 and again.jobs == [] and len(jobs(board)) == 2
    assert again.preview.reused == 2 and "2 reused" in again.preview.text
    request_render(board, ids, LIVE, requested_by="user:a", force=True)
    assert len(jobs(board)) == 4


def test_a_key_reused_for_other_intents_is_refused() -> None:
    board, ids = _board("castle", "forest")
    request_render(board, ids[:1], LIVE, requested_by="user:a", key="k")
    with pytest.raises(SchemaError, match="already used for other intents"):
        request_render(board, ids, LIVE, requested_by="user:a", key="k")
    assert len(jobs(board)) == 2


def test_cancel_by_intent_and_job() -> None:
    board, ids = _board("castle", "forest")
    done = request_render(board, ids, LIVE, requested_by="user:a")
    assert cancel_request(board, done.jobs[:1], ids[1:], origin="user:a") == 3


def test_a_nonsense_directive_writes_no_comp() -> None:
    board, ids = _board("castle")
    with pytest.raises(DirectiveError):
        add_directive_comp(board, ids[0], {"seed": -1}, origin="user:a")
    assert board.comps_of(ids[0]) == []
