"""Child process for test_store_sigkill: edits a board forever, acknowledging each edit on stdout.

Usage: python store_writer.py DIRECTORY PREFIX COMPACT_EVERY
Prints "ack N" after `flush()` returned for edit N; the parent kills it with SIGKILL at some point.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from pycrdt import Doc

from mesh.model.board import Board
from mesh.model.schema import BlockKind
from mesh.storage.store import BoardStore, attach


async def main(directory: Path, prefix: str, compact_every: int) -> None:
    store = BoardStore(directory, compact_every=compact_every, fsync=True)
    doc = Doc()
    store.load_into(doc)
    attach(store, doc)
    board = Board(doc)
    print("ready", flush=True)
    i = 0
    while True:
        block = board.add_block(BlockKind.ACTIVITY, "log", origin="user:writer", title=f"{prefix} {i}")
        board.update(block.id, origin="user:writer", x=float(i), y=float(-i))
        await store.flush()
        print(f"ack {i}", flush=True)
        if store.needs_compaction():
            store.compact(doc)
        i += 1


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])))
