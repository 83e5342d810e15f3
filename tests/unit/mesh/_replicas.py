"""Helpers shared by the mesh unit tests: syncing replicas by hand and forging entries from "other replicas"."""

from __future__ import annotations

from collections.abc import Callable

from pycrdt import Doc

from mesh.model.replica import Replica

USER = "user:alice"


def sync(*replicas: Replica) -> None:
    """Full state-vector exchange between every pair (what a reconnect does)."""
    for a in replicas:
        for b in replicas:
            if a is not b:
                assert b.apply_remote(a.doc.get_update(b.doc.get_state()), source=a.name)


def forge(target: Replica, write: Callable[[Doc], None]) -> None:
    """Let a raw second document (a buggy or hostile replica) write `write(doc)` and sync it into `target`.

    The raw doc starts from the target's state, so its writes land in the maps the target reads.
    """
    raw = Doc()
    raw.apply_update(target.doc.get_update())
    before = raw.get_state()
    write(raw)
    assert target.apply_remote(raw.get_update(before), source="replica:evil")
