"""The board hub: portable board names, opening from disk, and edits surviving a reopen."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from pycrdt import Doc

from mesh.errors import SchemaError, StoreError
from mesh.model.board import Board
from mesh.model.jobs import jobs, plan_render
from mesh.model.replica import Replica
from mesh.storage.hub import BoardHub, valid_board_name
from mesh.storage.store import BoardStore

USER = "user:alice"


def content(board: Board) -> dict[str, Any]:
    """The board as plain data, independent of map iteration order (which a reload may change)."""
    data = board.to_json()
    data["blocks"] = sorted(data["blocks"], key=lambda b: b["id"])
    data["edges"] = sorted(data["edges"], key=lambda e: e["id"])
    return data


@pytest.mark.parametrize("name", ["demo", "Castle_2026", "ep.01", "a", "x" * 64, "con-trail", "nulls", "com10",
                                  "console"])
def test_portable_names_are_accepted(name: str) -> None:
    assert valid_board_name(name) == name


@pytest.mark.parametrize("name", [
    "", "CON", "con", "Nul", "PRN", "aux", "COM1", "com9", "LPT1", "lpt9", "con.txt", "NUL.board",  # Windows devices
    "demo.", "demo..",  # Windows drops trailing dots
    ".hidden", "-flag", "_x", "a b", "a/b", "a\\b", "..", "c:", "x" * 65, "déjà", "a*", "a?", "a|b", "a\"b", "a<b",
])
def test_names_windows_or_linux_cannot_hold_are_refused(name: str) -> None:
    with pytest.raises(SchemaError, match="bad board name"):
        valid_board_name(name)


def test_open_creates_a_board_with_a_key_and_returns_the_same_replica(tmp_path: Path) -> None:
    hub = BoardHub(tmp_path)
    try:
        replica = hub.open("demo")
        assert hub.open("demo") is replica
        assert (tmp_path / "boards" / "demo" / "board.key").read_bytes() == replica.key
        assert len(replica.key) == 32
        assert hub.names_on_disk() == ["demo"]
        with pytest.raises(StoreError, match="no board 'other'"):
            hub.open("other", create=False)
        with pytest.raises(SchemaError):
            hub.open("CON")
        assert hub.names_on_disk() == ["demo"]
    finally:
        hub.close()


async def test_reopen_keeps_edits_and_key(tmp_path: Path) -> None:
    hub = BoardHub(tmp_path)
    replica = hub.open("studio")
    board = replica.board
    board.init_meta("studio", origin=USER)
    intent = board.add_intent("castle at dawn", origin=USER, shot_size="WS")
    board.add_comp(intent.id, "directive", origin=USER, params={"duration": 4})
    plan_render(board, [intent.id], requested_by=USER)
    await hub.flush("studio")
    key, before = replica.key, content(board)
    hub.close()

    again = BoardHub(tmp_path)
    try:
        reopened = again.open("studio", create=False)
        assert reopened.key == key
        assert content(reopened.board) == before
        assert reopened.board.intent(intent.id).get("shot_size") == "WS"
        assert [j.stage for j in jobs(reopened.board)] == ["still", "clip"]
        reopened.board.add_intent("second", origin=USER)  # and it keeps persisting after a reopen
    finally:
        again.close()
    third = BoardHub(tmp_path)
    try:
        assert [i.title for i in third.open("studio").board.intents()] == ["castle at dawn", "second"]
    finally:
        third.close()


def test_a_given_key_is_stored(tmp_path: Path) -> None:
    hub = BoardHub(tmp_path)
    try:
        assert hub.open("shared", key=b"k" * 32).key == b"k" * 32
    finally:
        hub.close()
    again = BoardHub(tmp_path)
    try:
        assert again.open("shared").key == b"k" * 32
    finally:
        again.close()


def test_names_differing_only_in_case_are_refused(tmp_path: Path) -> None:
    """Windows file systems are case-insensitive: "Demo" and "demo" would be one directory, two stores."""
    hub = BoardHub(tmp_path)
    try:
        hub.open("demo")
        with pytest.raises(SchemaError, match="'demo' differs only in case"):
            hub.open("Demo")
    finally:
        hub.close()
    again = BoardHub(tmp_path)
    try:
        with pytest.raises(SchemaError):
            again.open("DEMO")  # also against boards on disk that are not open
        assert again.open("demo").name == "demo"
    finally:
        again.close()


@pytest.mark.skipif(os.name == "nt", reason="Windows has no permission bits; the home's ACL applies")
def test_board_key_is_written_0600_and_fsynced_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """board.key used to be written with the default umask (often world-readable) and never fsynced."""
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr("mesh.storage.secrets.os.fsync", lambda fd: (synced.append(fd), real(fd))[1])
    hub = BoardHub(tmp_path)
    replica = hub.open("castle")
    key_file = tmp_path / "boards" / "castle" / "board.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert key_file.read_bytes() == replica.key and len(synced) >= 2  # the file, then its directory
    hub.close()
    BoardHub(tmp_path).open("given", key=b"k" * 32)
    assert stat.S_IMODE((tmp_path / "boards" / "given" / "board.key").stat().st_mode) == 0o600
    assert not [p for p in (tmp_path / "boards").rglob("*.tmp")]


async def test_a_claim_is_on_disk_when_replica_flushed_returns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The runner awaits `replica.flushed()` after winning a claim and before the backend starts."""
    from mesh.model.claims import ClaimAgent

    hub = BoardHub(tmp_path)
    replica = hub.open("castle")
    intent = replica.board.add_intent("castle at dawn", origin=USER)
    still, _clip = plan_render(replica.board, [intent.id], requested_by=USER)
    await replica.flushed()
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr("mesh.storage.store.os.fsync", lambda fd: (synced.append(fd), real(fd))[1])
    agent = ClaimAgent(replica.board, "p1")
    claim_id = agent.claim(still)
    assert agent.confirm(still, claim_id)
    await replica.flushed()
    store = hub.store("castle")
    assert synced and store._synced == store._appended
    on_disk = Board(Doc())
    BoardStore(store.directory, fsync=False).load_into(on_disk.doc)  # what a kill -9 now would leave
    (j,) = [j for j in jobs(on_disk) if j.id == still]
    assert [(c.id, c.started) for c in j.claims()] == [(claim_id, True)]
    hub.close()
    assert await Replica("bare").flushed() is None  # no store: nothing to wait for
