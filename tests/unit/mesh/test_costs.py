"""The cost preview a person sees before committing GPUs."""

from __future__ import annotations

import pytest

from mesh.errors import DirectiveError, SchemaError
from mesh.model.board import Board
from mesh.model.costs import FALLBACK_S, preview
from mesh.model.replica import Replica
from mesh.model.scheduling import PeerCaps

from ._replicas import USER

BOTH = {"still": ("comfyui@a",), "clip": ("comfyui@a",)}


@pytest.fixture
def board() -> Board:
    return Replica("s").board


def test_one_intent_on_one_machine(board: Board) -> None:
    intent = board.add_intent("castle", origin=USER)
    peers = [PeerCaps("p1", name="studio-a", stages=BOTH)]
    p = preview(board, [intent.id], peers, {"p1": {"still": 10.0, "clip": 60.0}}, {"p1": 3})
    assert p.text == "2 jobs on studio-a: 3 GPUs, ~70 s"
    assert (p.machines, p.gpus, p.seconds, p.jobs, p.unrunnable) == (["studio-a"], 3, 70.0, 2, [])
    assert p.to_dict()["seconds"] == 70.0


def test_minutes_waves_and_fallback_estimates(board: Board) -> None:
    ids = [board.add_intent(f"shot {i}", origin=USER).id for i in range(2)]
    peers = [PeerCaps("p1", name="studio-a", stages=BOTH), PeerCaps("p2", name="studio-b",
                                                                    stages={"still": ("cpu",)}, slots=2)]
    p = preview(board, ids, peers, gpus={"p1": 3, "p2": 1})
    # stills: 3 slots, one wave of the fallback; clips: one slot, two waves
    assert p.seconds == FALLBACK_S["still"] + 2 * FALLBACK_S["clip"]
    assert p.text == "4 jobs on studio-a, studio-b: 4 GPUs, ~4 min"


def test_paused_peers_do_not_count_and_unrunnable_stages_are_named(board: Board) -> None:
    intent = board.add_intent("castle", origin=USER)
    peers = [PeerCaps("p1", name="studio-a", stages=BOTH, paused=True), PeerCaps("p2", name="laptop",
                                                                                 stages={"still": ("cpu",)})]
    p = preview(board, [intent.id], peers, {"p2": {"still": 30.0}}, {"p1": 3})
    assert p.unrunnable == ["clip"] and p.machines == ["laptop"] and p.gpus == 0
    assert p.text == ("2 jobs on laptop: 0 GPUs, ~30 s — nothing live can run clip now ('castle': no live peer "
                      "can run this clip (laptop: no clip backend; studio-a: paused))")


def test_no_live_machine(board: Board) -> None:
    intent = board.add_intent("castle", origin=USER)
    p = preview(board, [intent.id], [])
    assert p.text.startswith("2 jobs on no machine: 0 GPUs") and p.unrunnable == ["still", "clip"]


def test_a_pin_directive_names_the_pinned_machine(board: Board) -> None:
    intent = board.add_intent("castle", origin=USER)
    board.add_comp(intent.id, "directive", origin=USER, params={"pin": "studio-b"})
    peers = [PeerCaps("p1", name="studio-a", stages=BOTH), PeerCaps("p2", name="studio-b", stages=BOTH)]
    p = preview(board, [intent.id], peers, {"p1": {"still": 1.0, "clip": 1.0}}, {"p1": 1, "p2": 2})
    assert p.machines == ["studio-b"] and p.gpus == 2


def test_bad_input_raises(board: Board) -> None:
    with pytest.raises(SchemaError):
        preview(board, ["in-missing"], [])
    intent = board.add_intent("castle", origin=USER)
    board.add_comp(intent.id, "directive", origin=USER, params={"duration": -1})
    with pytest.raises(DirectiveError, match="duration"):
        preview(board, [intent.id], [PeerCaps("p1", stages=BOTH)])


def test_a_backend_directive_no_live_peer_has_is_named_in_the_preview(board: Board) -> None:
    intent = board.add_intent("castle", origin=USER)
    board.add_comp(intent.id, "directive", origin=USER, params={"backend": "comfyui"})
    cpu = {"still": ("cpu",), "clip": ("cpu",)}
    p = preview(board, [intent.id], [PeerCaps("p1", name="laptop", stages=cpu)])
    assert p.unrunnable == ["still", "clip"] and p.machines == []
    assert "backend=comfyui" in p.reasons[0] and "nothing live can run still, clip now" in p.text
