"""`/yjs/{board}?token=...`: the relay's board endpoint, plain y-websocket so any Yjs client can join.

A stock npm `y-websocket` `WebsocketProvider(url + '/yjs', board, doc, {params: {token}})` connects
here; so do home peers (`mesh.net.relay_link`) and scripts. The token is checked before anything else
and the connection is then accepted only to be closed with a code and a reason a client can show:

    4401  token required / unknown or revoked token (also sent when a token is revoked mid-session)
    4403  a token for another board
    4429  over the message rate, or too many connections for this token
    1013  the relay holds as many connections as it allows in all
    1009  a frame over the size cap (from its header, by the transport)   1002  a malformed frame

After that it is a `mesh.net.sync` session (`SyncNode.serve_authorized`) within the grant's role: a
viewer's STEP2/UPDATE frames are dropped (never applied, so never stored or relayed; logged once),
its awareness is allowed; only a peer token may send SIDE frames (asset transfer). Every session gets
updates only once they are on the relay's disk (`SessionRules.durable_first`), so nobody ever sees an
edit a relay crash takes back.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable

from starlette.websockets import WebSocket

from mesh._log import QuietLogger, get_logger
from mesh.net.sync import SessionRules, SyncNode
from mesh.net.ws import PRE_AUTH_MAX_BYTES, Conn, StarletteConn

from .config import RelayLimits, TokenBucket
from .tokens import Grant, Role, TokenStore

__all__ = ["CLOSE_FORBIDDEN", "CLOSE_RATE", "CLOSE_UNAUTHORIZED", "BoardEndpoint"]

log = get_logger("relay.board_ws")
quiet = QuietLogger(log)

CLOSE_UNAUTHORIZED = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_RATE = 4429
CLOSE_FULL = 1013


class BoardEndpoint:
    """Accepts board connections for a `SyncNode`, within each token's role and the relay's limits."""

    def __init__(self, node: SyncNode, tokens: TokenStore, limits: RelayLimits, *,
                 on_session: Callable[[Grant, str], None] | None = None) -> None:
        self.node = node
        self.tokens = tokens
        self.limits = limits
        self.on_session = on_session  # (grant, remote) when a session starts: the asset cache pulls then
        self.open: dict[str, set[Conn]] = {}  # token id -> its open connections
        self._ids = itertools.count(1)

    @property
    def connections(self) -> int:
        return sum(len(c) for c in self.open.values())

    async def __call__(self, websocket: WebSocket) -> None:
        board = str(websocket.path_params.get("board", ""))
        token = websocket.query_params.get("token") or _bearer(websocket)
        grant = self.tokens.verify(token) if token else None
        conn = StarletteConn(websocket)
        verdict = self._judge(board, token, grant)
        conn.allow_frames(PRE_AUTH_MAX_BYTES if verdict else self.limits.max_frame_bytes)
        await websocket.accept()
        if verdict is not None or grant is None:
            code, reason = verdict or (CLOSE_UNAUTHORIZED, "unknown or revoked token")
            quiet.warning(f"yjs-refused:{conn.remote.rsplit(':', 1)[0]}:{code}", "refused /yjs/%s from %s: %s",
                          board[:64], conn.remote, reason)
            await conn.close(code, reason)
            return
        remote = f"{grant.role.value}:{grant.token_id}:{next(self._ids)}"
        conns = self.open.setdefault(grant.token_id, set())
        conns.add(conn)
        log.info("%s joined board %s (token %s, %s)", remote, board, grant.token_id, grant.role.value)
        try:
            if self.on_session is not None:
                self.on_session(grant, remote)
            await self.node.serve_authorized(conn, board, remote=remote, rules=self._rules(grant))
        finally:
            conns.discard(conn)
            if not conns:
                self.open.pop(grant.token_id, None)

    def _judge(self, board: str, token: str | None, grant: Grant | None) -> tuple[int, str] | None:
        if not token:
            return CLOSE_UNAUTHORIZED, "token required: add ?token=mxr_... (an invite from the relay's owner)"
        if grant is None:
            return CLOSE_UNAUTHORIZED, "unknown or revoked token"
        if grant.board != board:
            return CLOSE_FORBIDDEN, f"this token is for board {grant.board!r}, not {board[:64]!r}"
        if self.connections >= self.limits.max_connections:
            return CLOSE_FULL, f"the relay is full ({self.limits.max_connections} connections); try again later"
        if len(self.open.get(grant.token_id, ())) >= self.limits.connections_per_token:
            return CLOSE_RATE, f"too many connections for this token (at most {self.limits.connections_per_token})"
        return None

    def _rules(self, grant: Grant) -> SessionRules:
        bucket = TokenBucket(self.limits.messages_per_s, self.limits.message_burst)
        rate = self.limits.messages_per_s

        def meter(_size: int) -> tuple[int, str] | None:
            return None if bucket.take() else (CLOSE_RATE, f"over the message rate ({rate:g} per second)")

        return SessionRules(write=grant.allows(Role.EDIT), side=grant.allows(Role.PEER), meter=meter,
                            durable_first=True)

    async def close_revoked(self) -> int:
        """Close the connections of tokens no longer in the store (after a revocation); how many closed."""
        closing = [(tid, conn) for tid, conns in self.open.items() if self.tokens.get(tid) is None
                   for conn in list(conns)]
        for token_id, conn in closing:
            log.info("token %s revoked: closing its connection %s", token_id, conn.remote)
        await asyncio.gather(*(conn.close(CLOSE_UNAUTHORIZED, "token revoked") for _, conn in closing),
                             return_exceptions=True)
        return len(closing)


def _bearer(websocket: WebSocket) -> str:
    auth = websocket.headers.get("authorization", "")
    return auth[7:].strip() if auth[:7].lower() == "bearer " else ""
