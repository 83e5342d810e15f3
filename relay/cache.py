"""The relay's asset cache: takes copied from home peers, so remote people see them while home sleeps.

Assets arrive over the sync session of a home peer's link (`mesh.storage.asset_channel`, side frames;
only peer tokens may send them): whenever a peer session is open on a board, the relay pulls every
asset the board names that it lacks (newest blocks first), and pulls on demand when a browser asks for
one. The cache is size-capped (`MULTIPLEX_RELAY_CACHE`) and evicts the least recently used first, in
this order: assets no board names any more; then gen.art takes a board still shows, which are recorded
as *evicted* (`evicted_on`) so the canvas and `/assets` say so ("evicted from the relay cache; it
comes back when its home peer is online") instead of showing a broken image. Assets on comp blocks
(references, voice notes people uploaded through the relay) are never evicted: the relay may hold the
only copy until a home peer fetched it.

Last use is kept in memory and saved to HOME/relay/cache.json now and then; a lost save only makes the
order a little less exact.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from mesh._log import get_logger
from mesh.errors import AssetError
from mesh.model.replica import Replica
from mesh.model.schema import BLOCK_SPECS, BlockKind
from mesh.storage.asset_channel import AssetChannel
from mesh.storage.assets import AssetStore, short_hash

__all__ = ["EVICTED_MESSAGE", "AssetCache"]

log = get_logger("relay.cache")

EVICTED_MESSAGE = "take evicted from the relay cache; it comes back when its home peer is online"
PULL_CONCURRENCY = 2
FETCH_TIMEOUT_S = 120.0


class AssetCache:
    """Sizes, last use and evictions of the relay's asset store; pulls what boards name from home peers."""

    def __init__(self, store: AssetStore, replicas: Mapping[str, Replica], *, cap_bytes: int,
                 state_path: Path, channel: AssetChannel | None = None) -> None:
        self.store = store
        self.replicas = replicas
        self.cap_bytes = cap_bytes
        self.state_path = Path(state_path)
        self.channel = channel or AssetChannel(store)
        self.sizes: dict[str, int] = {}
        self.used: dict[str, float] = {}
        self.evicted: dict[str, float] = {}
        self._pulling: dict[str, asyncio.Event] = {}  # set when that pull ends, however it ends
        self._failed: dict[str, float] = {}
        self._limit = asyncio.Semaphore(PULL_CONCURRENCY)
        self._dirty = False

    # -- bookkeeping -------------------------------------------------------------------------------
    def load(self) -> None:
        """Read what the store holds and the saved last-use times (blocking: call in a thread at start)."""
        self.sizes = self.store.stored()
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
            self.used = {k: float(v) for k, v in dict(state.get("used", {})).items() if k in self.sizes}
            self.evicted = {k: float(v) for k, v in dict(state.get("evicted", {})).items() if k not in self.sizes}

    def save(self) -> None:
        if not self._dirty:
            return
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"used": self.used, "evicted": self.evicted}), encoding="utf-8")
        tmp.replace(self.state_path)
        self._dirty = False

    @property
    def total(self) -> int:
        return sum(self.sizes.values())

    def touch(self, sha: str) -> None:
        self.used[sha] = time.time()
        self._dirty = True

    def added(self, sha: str, size: int) -> None:
        self.sizes[sha] = size
        self.evicted.pop(sha, None)
        self.touch(sha)

    def rescan(self) -> None:
        """Pick up assets that came in another way (canvas uploads); blocking."""
        self.sizes = self.store.stored()
        for sha in list(self.evicted):
            if sha in self.sizes:
                del self.evicted[sha]

    def named(self) -> tuple[set[str], set[str]]:
        """(assets some board names, of those the ones on comps: never evicted)."""
        shown: set[str] = set()
        pinned: set[str] = set()
        for replica in list(self.replicas.values()):
            for block in replica.board.blocks():
                if "asset" not in BLOCK_SPECS[block.kind].fields:
                    continue
                sha = block.get("asset")
                if isinstance(sha, str) and sha:
                    shown.add(sha)
                    if block.kind is BlockKind.COMP:
                        pinned.add(sha)
        return shown, pinned

    def names(self, board: str, sha: str) -> bool:
        """Whether `board` names the asset (who may fetch it through the gate)."""
        replica = self.replicas.get(board)
        if replica is None:
            return False
        return any("asset" in BLOCK_SPECS[b.kind].fields and b.get("asset") == sha for b in replica.board.blocks())

    def evicted_on(self, board: str) -> list[str]:
        """Assets `board` still shows that the cache evicted (they come back when a home peer links)."""
        replica = self.replicas.get(board)
        if replica is None:
            return []
        return sorted({b.get("asset") for b in replica.board.blocks(BlockKind.GEN_ART)} & set(self.evicted))

    def evict(self) -> list[str]:
        """Remove least recently used assets until the cache fits its cap; blocking. Returns the removed."""
        total = self.total
        if total <= self.cap_bytes:
            return []
        shown, pinned = self.named()
        order = sorted((sha for sha in self.sizes if sha not in pinned),
                       key=lambda sha: (sha in shown, self.used.get(sha, 0.0)))
        removed = []
        for sha in order:
            if total <= self.cap_bytes:
                break
            freed = self.store.remove(sha)
            total -= self.sizes.pop(sha, 0)
            self.used.pop(sha, None)
            removed.append(sha)
            if sha in shown:
                self.evicted[sha] = time.time()
                log.warning("asset %s evicted from the relay cache while a board still shows it (%d bytes over "
                            "MULTIPLEX_RELAY_CACHE); it comes back when its home peer is online", short_hash(sha),
                            freed)
        self._dirty = True
        if total > self.cap_bytes:
            log.warning("relay cache holds %d bytes of uploads (never evicted), over its cap of %d", total,
                        self.cap_bytes)
        return removed

    # -- pulling from home peers ------------------------------------------------------------------
    def wanted(self, board: str) -> list[str]:
        """Assets `board` names that the cache lacks and has not evicted, newest blocks first."""
        replica = self.replicas.get(board)
        if replica is None:
            return []
        blocks = [b for b in replica.board.blocks() if "asset" in BLOCK_SPECS[b.kind].fields]
        blocks.sort(key=lambda b: str(b.get("created") or ""), reverse=True)
        out: list[str] = []
        for block in blocks:
            sha = block.get("asset")
            if isinstance(sha, str) and sha and sha not in self.sizes and sha not in self.evicted and sha not in out:
                out.append(sha)
        return out

    async def pull(self, sessions: Callable[[], list[object]], sha: str) -> bool:
        """Fetch one asset from the first home-peer session that has it; True when it is here now. A caller
        that finds the asset already on its way waits for that pull (an MCP client looking at a take the
        background pull has just started on) instead of being told it is missing."""
        if sha in self.sizes:
            self.touch(sha)
            return True
        inflight = self._pulling.get(sha)
        if inflight is not None:
            await inflight.wait()
            return sha in self.sizes
        if time.monotonic() - self._failed.get(sha, -1e9) < 30.0:
            return False
        self._pulling[sha] = asyncio.Event()
        try:
            async with self._limit:
                for session in sessions():
                    try:
                        async with asyncio.timeout(FETCH_TIMEOUT_S):
                            meta = await self.channel.fetch(session, sha)
                    except (AssetError, TimeoutError) as exc:
                        log.debug("asset %s not fetched from %s: %s", short_hash(sha),
                                  getattr(session, "remote_peer", "?"), exc)
                        continue
                    self.added(sha, meta.size)
                    await asyncio.to_thread(self.evict)
                    return sha in self.sizes
            self._failed[sha] = time.monotonic()
            return False
        finally:
            self._pulling.pop(sha).set()

    async def pull_board(self, board: str, sessions: Callable[[], list[object]]) -> int:
        """Pull everything `board` names and lacks from its home-peer sessions; how many arrived."""
        got = 0
        for sha in self.wanted(board):
            if not sessions():
                break
            if await self.pull(sessions, sha):
                got += 1
        return got
