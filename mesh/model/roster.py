"""The roster: which peers serve a board, what they can run, whether a person paused them.

Each peer writes only its own entry. Liveness is judged like leases (`mesh.model.claims.LeaseWatch`): a peer
whose ``beat`` counter has not changed for PEER_TTL_S of local time is gone. An entry also carries the
process's random ``instance``; a peer that sees its own id written with another instance knows a second
process claims the same id and reports it.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from pycrdt import Map

from mesh._log import QuietLogger, get_logger
from mesh.errors import SchemaError
from mesh.model.activity import EventKind, record
from mesh.model.board import Board, plain
from mesh.model.claims import LeaseWatch
from mesh.model.estimates import published_estimates
from mesh.model.scheduling import PeerCaps

__all__ = ["Roster", "name_of"]

log = get_logger("mesh.model.roster")
quiet = QuietLogger(log)


class Roster:
    """One peer's view of (and entry in) a board's roster."""

    def __init__(self, board: Board, peer_id: str, *, name: str = "", instance: str | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.board = board
        self.peer_id = peer_id
        self.name = name or peer_id
        self.instance = instance or uuid.uuid4().hex[:12]
        self.clock = clock
        self.watch = LeaseWatch()
        self.origin = f"peer:{peer_id}"
        self._beat = 0
        self.duplicate_of: str | None = None

    def announce(self, *, stages: dict[str, Iterable[str]], models: Iterable[str] = (),
                 loaded: Iterable[str] = (), slots: int = 1, busy: int = 0, host: str = "",
                 gpus: list[dict[str, Any]] | None = None, estimates: dict[str, float] | None = None,
                 api: str = "") -> None:
        """Write (or refresh) our entry; keeps the person-controlled `paused` flag as it is."""
        root = self.board.roster_root
        with self.board.transact(self.origin):
            entry = root.get(self.peer_id)
            if not isinstance(entry, Map):
                entry = Map()
                root[self.peer_id] = entry
            previous = entry.get("instance")
            if isinstance(previous, str) and previous != self.instance and self._beat > 0:
                self._report_duplicate(previous)
            values = {
                "name": self.name, "instance": self.instance, "host": host,
                "stages": {k: sorted(set(v)) for k, v in stages.items()}, "models": sorted(set(models)),
                "loaded": sorted(set(loaded)), "slots": int(slots), "busy": int(busy),
                "gpus": gpus or [], "estimates": {k: round(float(v), 2) for k, v in (estimates or {}).items()},
                "api": api,
            }
            for key, value in values.items():
                if plain(entry.get(key)) != value:
                    entry[key] = value
            self._beat += 1
            entry["beat"] = self._beat

    def beat(self, *, busy: int | None = None) -> None:
        """Prove we are alive (and update the busy count); detects a second process with our id."""
        entry = self.board.roster_root.get(self.peer_id)
        if not isinstance(entry, Map):
            raise SchemaError("announce() before beat()")
        other = entry.get("instance")
        if isinstance(other, str) and other != self.instance:
            self._report_duplicate(other)
        with self.board.transact(self.origin):
            self._beat += 1
            entry["beat"] = self._beat
            entry["instance"] = self.instance
            if busy is not None and entry.get("busy") != busy:
                entry["busy"] = int(busy)

    def _report_duplicate(self, other: str) -> None:
        if self.duplicate_of != other:
            self.duplicate_of = other
            log.error("peer id %s is used by another process too (instance %s, ours %s): give each machine "
                      "its own MULTIPLEX_HOME or delete peer_id there", self.peer_id, other, self.instance)
            record(self.board, EventKind.WARNING, peer=self.peer_id,
                   msg=f"two processes use peer id {self.peer_id}: give each machine its own MULTIPLEX_HOME")

    def set_paused(self, peer_id: str, paused: bool, *, origin: str) -> None:
        """A person pauses a peer ("I'm using this workstation"): it claims nothing new."""
        entry = self.board.roster_root.get(peer_id)
        if not isinstance(entry, Map):
            raise SchemaError(f"no peer {peer_id!r} on this board")
        with self.board.transact(origin):
            entry["paused"] = bool(paused)

    def entries(self) -> dict[str, dict[str, Any]]:
        out = {}
        for peer_id, entry in self.board.roster_root.items():
            if not isinstance(entry, Map):
                quiet.warning(f"roster:{peer_id}", "skipping malformed roster entry %r", peer_id)
                continue
            out[peer_id] = {k: plain(v) for k, v in entry.items()}
        return out

    def live(self) -> list[PeerCaps]:
        """Peers seen beating within PEER_TTL_S (always including ourselves)."""
        from mesh import const

        now = self.clock()
        out = []
        for peer_id, e in self.entries().items():
            beat = e.get("beat")
            if not isinstance(beat, int | float) or not math.isfinite(beat):
                quiet.warning(f"roster-beat:{peer_id}", "skipping roster entry %r without a valid beat", peer_id)
                continue
            if peer_id != self.peer_id and self.watch.age(f"peer:{peer_id}", int(beat), now) >= const.PEER_TTL_S:
                continue
            try:
                stages = {str(k): tuple(str(b) for b in v) for k, v in (e.get("stages") or {}).items()}
                out.append(PeerCaps(
                    peer_id=peer_id, name=str(e.get("name") or peer_id), stages=stages,
                    models=tuple(str(m) for m in e.get("models") or ()),
                    loaded=tuple(str(m) for m in e.get("loaded") or ()),
                    slots=int(e.get("slots") or 0), busy=int(e.get("busy") or 0),
                    paused=bool(e.get("paused", False)),
                ))
            except (TypeError, ValueError, AttributeError, OverflowError):  # OverflowError: int(inf)
                quiet.warning(f"roster-shape:{peer_id}", "skipping roster entry %r with bad fields", peer_id)
        return out

    def estimates(self) -> dict[str, dict[str, float]]:
        """Peer id -> stage -> seconds per job, as each peer published it (for the cost preview)."""
        return published_estimates(self.board)

    def gpu_counts(self) -> dict[str, int]:
        return {p: len(e.get("gpus") or []) for p, e in self.entries().items() if isinstance(e.get("gpus"), list)}

    def paused(self) -> bool:
        entry = self.board.roster_root.get(self.peer_id)
        return isinstance(entry, Map) and bool(entry.get("paused", False))


def name_of(board: Board, peer_id: str) -> str:
    """A peer's display name from its roster entry (people read machine names, never peer ids); the id
    itself when the entry is missing or malformed."""
    entry = board.roster_root.get(peer_id) if peer_id else None
    name = entry.get("name") if isinstance(entry, Map) else None
    return name[:64] if isinstance(name, str) and name.strip() else peer_id

