"""The boards this process holds: opened from disk, persisted as they change, compacted now and then.

Layout under a home directory (MULTIPLEX_HOME):
    boards/<name>/        the board's store (`mesh.storage.store`) and its key (board.key, never synced)
    assets/               the content-addressed asset store (`mesh.storage.assets`)
"""

from __future__ import annotations

import secrets
from pathlib import Path

from pycrdt import Subscription

from mesh._log import get_logger
from mesh.errors import SchemaError, StoreError
from mesh.model.names import BOARD_NAME, valid_board_name
from mesh.model.replica import Replica
from mesh.storage.secrets import write_secret
from mesh.storage.store import BoardStore, attach

__all__ = ["BoardHub", "valid_board_name"]

log = get_logger("mesh.storage.hub")

_NAME = BOARD_NAME


class BoardHub:
    """Opens, persists and closes the replicas of one process."""

    def __init__(self, home: Path) -> None:
        self.home = Path(home)
        self.boards_dir = self.home / "boards"
        self.replicas: dict[str, Replica] = {}
        self._stores: dict[str, BoardStore] = {}
        self._subs: dict[str, Subscription] = {}

    def names_on_disk(self) -> list[str]:
        if not self.boards_dir.is_dir():
            return []
        return sorted(p.name for p in self.boards_dir.iterdir() if p.is_dir() and _NAME.match(p.name))

    def open(self, name: str, *, create: bool = True, key: bytes | None = None) -> Replica:
        """The replica of a board, loaded from its store (created with a new key if absent and allowed)."""
        valid_board_name(name)
        if name in self.replicas:
            return self.replicas[name]
        for other in (*self.replicas, *self.names_on_disk()):
            if other != name and other.lower() == name.lower():  # one directory on Windows: two stores on it
                raise SchemaError(f"bad board name {name!r}: board {other!r} differs only in case")
        directory = self.boards_dir / name
        key_file = directory / "board.key"
        if not directory.exists():
            if not create:
                raise StoreError(f"no board {name!r} in {self.boards_dir}")
            directory.mkdir(parents=True)
        try:
            if key is not None:
                write_secret(key_file, key)
            elif key_file.exists():
                key = key_file.read_bytes()
            else:
                key = secrets.token_bytes(32)
                write_secret(key_file, key)
        except OSError as exc:
            raise StoreError(f"cannot keep the key of board {name!r} in {key_file}: {exc}") from exc
        store = BoardStore(directory)
        replica = Replica(name, key=key)
        report = store.load_into(replica.doc)
        log.info("board %s loaded: %s", name, report)
        # Every transaction (API, canvas, claims, remote updates) is appended and fsynced by the
        # store's group commit; `replica.flushed()` waits for it.
        self._subs[name] = attach(store, replica.doc)
        replica.durable = store.flush
        self._stores[name] = store
        self.replicas[name] = replica
        return replica

    def store(self, name: str) -> BoardStore:
        return self._stores[name]

    async def flush(self, name: str | None = None) -> None:
        """Wait until every edit so far is fsynced (an edit is acknowledged only after this returns).

        The store's group commit fsyncs every edit within a few ms anyway; this waits for it.
        """
        for board, store in self._stores.items():
            if name is None or board == name:
                await store.flush()

    def maybe_compact(self) -> None:
        for name, store in self._stores.items():
            if store.needs_compaction():
                store.compact(self.replicas[name].doc)

    def close(self) -> None:
        for name, store in list(self._stores.items()):
            replica = self.replicas.pop(name)
            try:
                store.flush_sync()
                store.compact(replica.doc)
            except StoreError:
                log.exception("could not compact board %s on close", name)
            replica.doc.unobserve(self._subs.pop(name))
            replica.durable = None
            replica.close()
            store.close()
        self._stores.clear()
