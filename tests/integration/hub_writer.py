"""Child process for test_store_sigkill: canvas-style edits and claims through a BoardHub, forever.

Usage: python hub_writer.py HOME PREFIX PAUSE_AT
Each round makes an edit the way the canvas does (a board edit, nobody flushes), renders an intent and
claims its still the way the runner does (claim, confirm), then waits for `replica.flushed()` and prints
"ack <title> <job id> <claim id>". After PAUSE_AT rounds it waits for a line on stdin (the parent lets
another process compact the board meanwhile). The parent kills it with SIGKILL at some point.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from mesh.model.claims import ClaimAgent
from mesh.model.jobs import plan_render
from mesh.model.schema import BlockKind
from mesh.storage.hub import BoardHub


async def main(home: Path, prefix: str, pause_at: int) -> None:
    hub = BoardHub(home)
    replica = hub.open("castle")
    agent = ClaimAgent(replica.board, f"writer-{prefix}")
    print("ready", flush=True)
    i = 0
    while True:
        title = f"{prefix} {i}"
        block = replica.board.add_block(BlockKind.ACTIVITY, "log", origin="user:canvas", title=title)
        replica.board.update(block.id, origin="user:canvas", x=float(i), y=float(-i))
        intent = replica.board.add_intent(f"shot {title}", origin="user:canvas")
        still, _clip = plan_render(replica.board, [intent.id], requested_by="user:canvas")
        claim_id = agent.claim(still)
        assert agent.confirm(still, claim_id)
        await replica.flushed()
        print(f"ack {title.replace(' ', '_')} {still} {claim_id}", flush=True)
        i += 1
        if i == pause_at:
            await asyncio.to_thread(sys.stdin.readline)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])))
