"""The relay's asset cache (`relay.cache.AssetCache`): its size cap, its eviction order (least recently used
first; unnamed assets before takes a board shows; comp uploads never), the evicted set a board reports,
and pulls from home peers. Last use comes from a clock the test moves by hand (no timing)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest

import relay.cache as cache_module
from mesh.errors import AssetNotFound
from mesh.model import operations as ops
from mesh.model.replica import Replica
from mesh.storage.assets import AssetMeta, AssetStore
from relay.cache import AssetCache

BOARD = "film"
KB = 1024


class Clock:
    """Stands in for the `time` module inside relay.cache: last use is whatever the test says."""

    def __init__(self) -> None:
        self.now = 1000.0

    def time(self) -> float:
        self.now += 1.0
        return self.now

    def monotonic(self) -> float:
        return self.now


class Home:
    """A home peer's asset channel: fetch copies from its own store; `hold` keeps a fetch in flight."""

    def __init__(self, store: AssetStore, into: AssetStore) -> None:
        self.store, self.into = store, into
        self.hold: asyncio.Event | None = None
        self.fetches = 0
        self.asked = asyncio.Event()

    async def fetch(self, session: Any, sha: str) -> AssetMeta:
        self.fetches += 1
        self.asked.set()
        if self.hold is not None:
            await self.hold.wait()
        if not self.store.has(sha):
            raise AssetNotFound(f"home has no {sha[:10]}")
        return self.into.put_bytes(self.store.path(sha).read_bytes(), mime=self.store.meta(sha).mime)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(cache_module, "time", c)
    return c


@pytest.fixture
def replica() -> Replica:
    r = Replica(BOARD)
    r.board.init_meta(BOARD, origin="user:test")
    return r


def make(tmp_path: Path, replica: Replica, cap_kb: int) -> AssetCache:
    return AssetCache(AssetStore(tmp_path / "relay-assets"), {BOARD: replica}, cap_bytes=cap_kb * KB,
                      state_path=tmp_path / "cache.json")


def put(cache: AssetCache, kb: int) -> str:
    """An asset of `kb` KiB arriving in the cache (as a pull from home records it)."""
    meta = cache.store.put_bytes(os.urandom(kb * KB), mime="image/png")
    cache.added(meta.sha256, meta.size)
    return meta.sha256


def show(replica: Replica, sha: str) -> None:
    """A take on the board showing `sha` (gen.art of an intent)."""
    b = replica.board
    intent = b.add_intent("a shot", origin="user:test")
    b.add_gen_art(intent.id, "image", origin="peer:home", stage="still", asset=sha, peer_id="home")


def upload(replica: Replica, sha: str) -> None:
    """A reference image someone uploaded through the relay, on a comp."""
    b = replica.board
    intent = b.add_intent("a shot with a reference", origin="user:test")
    ops.add_asset_comp(b, intent.id, sha, "image/png", origin="user:test")


def test_the_cache_holds_its_cap_and_removes_no_more_than_it_must(tmp_path: Path, replica: Replica,
                                                                 clock: Clock) -> None:
    cache = make(tmp_path, replica, cap_kb=100)
    shas = [put(cache, 30) for _ in range(5)]  # 150 KiB in a 100 KiB cache
    assert cache.total > cache.cap_bytes
    removed = cache.evict()
    assert cache.total <= cache.cap_bytes
    assert len(removed) == 2, "three of 30 KiB fit in 100 KiB"
    assert set(cache.store.stored()) == set(shas) - set(removed), "evicted files are gone from disk"
    assert cache.evict() == [], "under the cap nothing more goes"


def test_the_least_recently_used_goes_first(tmp_path: Path, replica: Replica, clock: Clock) -> None:
    cache = make(tmp_path, replica, cap_kb=70)
    a, b, c = put(cache, 30), put(cache, 30), put(cache, 30)
    cache.touch(a)  # a was looked at last: b is now the least recently used
    assert cache.evict() == [b]
    assert set(cache.store.stored()) == {a, c}


def test_unnamed_assets_go_before_takes_a_board_still_shows(tmp_path: Path, replica: Replica,
                                                           clock: Clock) -> None:
    cache = make(tmp_path, replica, cap_kb=70)
    shown = put(cache, 30)  # the oldest, but a board shows it
    show(replica, shown)
    spare_old, spare_new = put(cache, 30), put(cache, 30)
    cache.touch(shown)
    cache.touch(spare_new)
    cache.touch(spare_old)  # spare_old is used last of all: recency alone would evict `shown` first
    assert cache.evict() == [spare_new]
    assert cache.store.has(shown) and cache.evicted == {}


def test_comp_uploads_are_never_evicted(tmp_path: Path, replica: Replica, clock: Clock) -> None:
    cache = make(tmp_path, replica, cap_kb=50)
    pinned = put(cache, 40)  # the oldest and the largest: the only copy may be here
    upload(replica, pinned)
    shown, spare = put(cache, 20), put(cache, 20)
    show(replica, shown)
    removed = cache.evict()
    assert set(removed) == {shown, spare}, "everything else goes first"
    assert cache.store.has(pinned)
    assert cache.total == 40 * KB
    cache.cap_bytes = 10 * KB  # even over the cap with nothing else left
    assert cache.evict() == [] and cache.store.has(pinned)


def test_an_evicted_take_a_board_shows_is_reported_until_it_comes_back(tmp_path: Path, replica: Replica,
                                                                      clock: Clock) -> None:
    cache = make(tmp_path, replica, cap_kb=50)
    shown = put(cache, 40)
    show(replica, shown)
    spare = put(cache, 5)
    assert cache.evicted_on(BOARD) == []
    show(replica, put(cache, 40))  # a newer take shown too: once `spare` is gone, the older take must go
    assert cache.evict() == [spare, shown]
    assert cache.evicted_on(BOARD) == [shown], "the board says the take it shows was evicted"
    assert spare not in cache.evicted, "an asset no board names is simply gone"
    assert shown not in cache.wanted(BOARD), "not pulled straight back by the next round (no thrashing)"

    cache.store.put_bytes(b"\x89PNG" + os.urandom(40 * KB - 4), mime="image/png")  # unrelated upload
    cache.rescan()
    assert cache.evicted_on(BOARD) == [shown], "it stays reported while it is away"
    cache.added(shown, 40 * KB)  # its home peer sent it again
    assert cache.evicted_on(BOARD) == []


async def test_a_pull_from_home_brings_an_evicted_take_back(tmp_path: Path, replica: Replica,
                                                           clock: Clock) -> None:
    home_store = AssetStore(tmp_path / "home-assets")
    cache = make(tmp_path, replica, cap_kb=50)
    cache.channel = Home(home_store, cache.store)  # type: ignore[assignment]
    data = os.urandom(40 * KB)
    shown = home_store.put_bytes(data, mime="image/png").sha256
    cache.store.put_bytes(data, mime="image/png")
    cache.added(shown, len(data))
    show(replica, shown)
    upload(replica, put(cache, 40))  # an upload it may not evict: the take must go
    assert cache.evict() == [shown] and cache.evicted_on(BOARD) == [shown]

    cache.cap_bytes = 200 * KB  # room again (say the operator raised MULTIPLEX_RELAY_CACHE)
    assert await cache.pull(lambda: ["home session"], shown)
    assert cache.store.has(shown) and cache.evicted_on(BOARD) == []


async def test_a_second_caller_waits_for_a_pull_already_under_way(tmp_path: Path, replica: Replica,
                                                                 clock: Clock) -> None:
    home_store = AssetStore(tmp_path / "home-assets")
    cache = make(tmp_path, replica, cap_kb=200)
    home = Home(home_store, cache.store)
    home.hold = asyncio.Event()
    cache.channel = home  # type: ignore[assignment]
    take = home_store.put_bytes(os.urandom(10 * KB), mime="image/png").sha256
    show(replica, take)
    background = asyncio.create_task(cache.pull_board(BOARD, lambda: ["home session"]))
    await home.asked.wait()  # the cache's own round has asked home for it
    asking = asyncio.create_task(cache.pull(lambda: ["home session"], take))  # an MCP client, meanwhile
    await asyncio.sleep(0)
    home.hold.set()
    assert await asking, "told the take is here once the pull under way lands, not that it is missing"
    assert await background == 1
    assert home.fetches == 1, "fetched from home once"
