"""A peer adds the default blocks to a board it creates, and never to a board that exists: a remote that
writes nonsense into the meta (``meta.schema = "banana"``) must not make every restart re-add them."""

from __future__ import annotations

from pathlib import Path

from pycrdt import Doc, Map

from multiplex.app import open_peer
from peers.config import PeerConfig

BOARD = "film"


def _config(home: Path) -> PeerConfig:
    return PeerConfig(home=home, board=BOARD, name="t", port=0, cpu_slots=0, discovery=False, canvas=False)


async def test_a_board_with_history_is_never_reinitialised(tmp_path: Path) -> None:
    async with open_peer(_config(tmp_path), backends=[]) as peer:
        replica = peer.hub.replicas[BOARD]
        first = {b.id for b in replica.board.blocks()}
        assert first  # a new board opens with its default blocks
        raw = Doc()  # another replica writes nonsense into the meta
        raw.apply_update(replica.doc.get_update())
        before = raw.get_state()
        raw.get("meta", type=Map)["schema"] = "banana"
        assert replica.apply_remote(raw.get_update(before), source="peer:evil")
        await peer.hub.flush()
    for _ in range(2):  # restarts
        async with open_peer(_config(tmp_path), backends=[]) as peer:
            assert {b.id for b in peer.hub.replicas[BOARD].board.blocks()} == first
