"""The relay's state and background work: boards, tokens, the board endpoint and the asset cache.

A relay is a peer without render backends: it holds board replicas in the same durable store
(`mesh.storage.hub.BoardHub`, fsync by group commit), never claims or renders, and serves what it
holds to token holders. Boards exist on the relay because a token names them (`token create --board`
writes the token; the running relay sees the file change and opens the board, empty until a home peer
links and fills it); no request ever creates one.

Background work, each a loop that logs and carries on when a round fails:
- tokens: re-read tokens.json when it changes (another process writes it), close the connections of
  revoked tokens, open boards new tokens name;
- assets: pull what boards name from linked home peers (`relay.cache`);
- upkeep: compact board logs, save the cache's last-use times, pick up uploads, evict over the cap.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.responses import FileResponse

from mesh._log import get_logger
from mesh.errors import AssetError, MultiplexError
from mesh.net.sync import SyncNode, SyncSettings
from mesh.storage.asset_channel import AssetChannel
from mesh.storage.assets import AssetStore, validate_hash
from mesh.storage.hub import BoardHub

from .board_ws import BoardEndpoint
from .cache import EVICTED_MESSAGE, AssetCache
from .config import RelayConfig
from .gate import Needs, SessionKeys, grants_of
from .tokens import Grant, TokenStore

__all__ = ["RELAY_DIR", "RelayService"]

log = get_logger("relay.service")

RELAY_DIR = "relay"
TOKENS_POLL_S = 1.0
PULL_TICK_S = 1.0
UPKEEP_S = 30.0
ON_DEMAND_FETCH_S = 20.0  # a browser waits at most this long for a take the relay fetches from home
CACHE_CONTROL = "public, max-age=31536000, immutable"
_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="480" height="270" viewBox="0 0 480 270">
<rect width="480" height="270" fill="#141416" stroke="#252527"/><text x="240" y="128" fill="#9ca3af"
font-family="system-ui,sans-serif" font-size="15" text-anchor="middle">{line1}</text><text x="240" y="152"
fill="#9ca3af" font-family="system-ui,sans-serif" font-size="15" text-anchor="middle">{line2}</text></svg>"""


class RelayService:
    """Everything of a relay except the HTTP server and the canvas (the composition root adds those)."""

    def __init__(self, config: RelayConfig) -> None:
        self.config = config
        home = config.home
        relay_dir = home / RELAY_DIR
        relay_dir.mkdir(parents=True, exist_ok=True)
        self.hub = BoardHub(home)
        self.assets = AssetStore(home / "assets")
        self.tokens = TokenStore(relay_dir / "tokens.json")
        self.keys = SessionKeys.for_dir(relay_dir)
        limits = config.limits
        self.node = SyncNode(self.hub, peer_id="relay", settings=SyncSettings(
            max_frame_bytes=limits.max_frame_bytes, max_sessions=limits.max_connections))
        self.channel = AssetChannel(self.assets)
        self.node.side = self.channel  # home peers fetch uploads from here; the cache pulls takes from them
        self.cache = AssetCache(self.assets, self.hub.replicas, cap_bytes=config.cache_bytes,
                                state_path=relay_dir / "cache.json", channel=self.channel)
        self.endpoint = BoardEndpoint(self.node, self.tokens, limits, on_session=self._on_session)
        self.needs = Needs(asset_named=self.cache.names)
        self._dirty: set[str] = set()
        self._unsubscribe: dict[str, Callable[[], None]] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self._tokens_seen: set[tuple[str, str]] = set()  # (token id, board) at the last round

    # -- boards --------------------------------------------------------------------------------------
    def open_boards(self) -> list[str]:
        """Open every board on disk and every board a token names (creating those, empty); the new ones."""
        opened = []
        for name in sorted(set(self.hub.names_on_disk()) | self.tokens.boards()):
            if name in self.hub.replicas:
                continue
            try:
                replica = self.hub.open(name)
            except MultiplexError as exc:
                log.error("cannot open board %s: %s", name, exc)
                continue
            self._unsubscribe[name] = replica.on_update(lambda _u, _s, name=name: self._dirty.add(name))
            self._dirty.add(name)
            opened.append(name)
        return opened

    def peer_sessions(self, board: str) -> list[Any]:
        """Open sessions of home peers (peer tokens) on `board`: where assets come from."""
        return [s for s in self.node.sessions(board) if s.rules.side]

    def _on_session(self, grant: Grant, remote: str) -> None:
        self._dirty.add(grant.board)

    # -- lifecycle -----------------------------------------------------------------------------------
    async def start(self) -> None:
        self.open_boards()
        await asyncio.to_thread(self.cache.load)
        await self.node.__aenter__()
        self._tasks = [asyncio.create_task(self._loop(TOKENS_POLL_S, self._tokens_round), name="relay-tokens"),
                       asyncio.create_task(self._loop(PULL_TICK_S, self._pull_round), name="relay-pull"),
                       asyncio.create_task(self._loop(UPKEEP_S, self._upkeep_round), name="relay-upkeep")]

    async def aclose(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.node.aclose()
        for unsubscribe in self._unsubscribe.values():
            unsubscribe()
        with contextlib.suppress(OSError):
            self.cache.save()
        await self.hub.flush()
        self.hub.close()

    @staticmethod
    async def _loop(period_s: float, work: Callable[[], Awaitable[None]]) -> None:
        while True:
            await asyncio.sleep(period_s)
            try:
                await work()
            except Exception:  # one failed round must not end the loop
                log.exception("relay background work failed (%s)", getattr(work, "__name__", work))

    async def _tokens_round(self) -> None:
        # Compare what the file says with the last round: verify()/get() re-read it too, so whether this
        # call re-read it says nothing about whether the boards and connections are caught up.
        self.tokens.reload_if_changed()
        # Every round, not only when the set of tokens changed: a token made and revoked between two rounds
        # leaves the set as it was, and its connection open (a loaded machine stretches a round).
        closed = await self.endpoint.close_revoked()
        seen = {(g.token_id, g.board) for g in self.tokens.list()}
        opened: list[str] = []
        if seen != self._tokens_seen:
            self._tokens_seen = seen
            opened = self.open_boards()
        if closed or opened:
            log.info("tokens changed: %d connection(s) of revoked tokens closed, board(s) opened: %s",
                     closed, ", ".join(opened) or "none")

    async def _pull_round(self) -> None:
        for board in list(self._dirty):
            if not self.peer_sessions(board):
                continue  # keep it dirty: a home peer's link pulls when it arrives
            self._dirty.discard(board)
            await self.cache.pull_board(board, lambda board=board: self.peer_sessions(board))

    async def _upkeep_round(self) -> None:
        self.hub.maybe_compact()
        await asyncio.to_thread(self.cache.rescan)
        await asyncio.to_thread(self.cache.evict)
        await asyncio.to_thread(self.cache.save)

    async def fetch_asset(self, board: str, sha: str) -> bool:
        """Pull an asset `board` names from its linked home peers now (a browser or an MCP client waits for
        it, at most ON_DEMAND_FETCH_S); whether the relay holds it."""
        sessions = self.peer_sessions(board) if self.cache.names(board, sha) else []
        if not sessions:
            return False
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(ON_DEMAND_FETCH_S):
                return await self.cache.pull(lambda: sessions, sha)
        return False

    # -- HTTP --------------------------------------------------------------------------------------
    def mount(self, app: FastAPI) -> None:
        """`/healthz`, `/yjs/{board}`, `/assets/{sha}` and `/api/boards/{board}/cache` (behind `relay.gate`)."""

        @app.get("/healthz", include_in_schema=False)
        async def healthz() -> dict[str, str]:
            return {"status": "ok"}

        app.add_api_websocket_route("/yjs/{board}", self.endpoint)

        @app.get("/assets/{sha}")
        async def asset(sha: str, request: Request) -> Response:
            return await self._asset(sha, request)

        @app.get("/api/boards/{board}/cache")
        async def cache_state(board: str, request: Request) -> JSONResponse:
            if not any(g.board == board for g in grants_of(request.scope)):
                return JSONResponse({"error": f"your token is not for board {board!r}"}, status_code=403)
            return JSONResponse({"board": board, "evicted": self.cache.evicted_on(board),
                                 "evicted_message": EVICTED_MESSAGE, "cache_bytes": self.cache.total,
                                 "cap_bytes": self.cache.cap_bytes,
                                 "home_peers_linked": len(self.peer_sessions(board))})

    async def _asset(self, sha: str, request: Request) -> Response:
        try:
            validate_hash(sha)
        except AssetError as exc:
            return JSONResponse({"error": str(exc)}, status_code=404)
        if not await asyncio.to_thread(self.assets.has, sha):
            for board in {g.board for g in grants_of(request.scope)}:
                if await self.fetch_asset(board, sha):
                    break
        try:
            meta = await self.assets.meta_async(sha)
            path = self.assets.path(sha)
        except AssetError:
            return self._missing(sha, request)
        self.cache.touch(sha)
        return FileResponse(path, media_type=meta.mime, headers={"cache-control": CACHE_CONTROL})

    def _missing(self, sha: str, request: Request) -> Response:
        evicted = sha in self.cache.evicted
        message = EVICTED_MESSAGE if evicted else "not on the relay yet: it arrives when its home peer is online"
        headers = {"cache-control": "no-store", "x-multiplex-asset": "evicted" if evicted else "missing"}
        accept = request.headers.get("accept", "")
        if "image/" in accept or "text/html" in accept:  # an <img> on the canvas: say it on the block
            line1, line2 = (("take evicted from the relay cache;", "it comes back when its home peer is online")
                            if evicted else ("not on the relay yet:", "it arrives when its home peer is online"))
            body = _SVG.format(line1=line1, line2=line2)
            return Response(body, status_code=404, media_type="image/svg+xml", headers=headers)
        return JSONResponse({"error": message, "evicted": evicted}, status_code=404, headers=headers)
