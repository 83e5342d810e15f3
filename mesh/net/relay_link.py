"""A home peer's link out to the relay: `{relay}/yjs/{board}?token=...`, the standard y-websocket endpoint.

Home peers dial out, so no port is opened at home. The link is a `mesh.net.sync.Link` with the board-key
handshake replaced by a token: the relay never holds board keys, and a stock y-websocket client must be
able to use the same endpoint, so the token (a PEER token from `multiplex relay token create`) is the
credential and travels as a URL parameter, over TLS (`wss://`: the system's CAs, plus a private CA
file when the relay's certificate is self-made). Everything else is the LAN link's: aiohttp heartbeats
notice a dead channel, reconnects back off with jitter, every connect catches up by state vector in
both directions, anti-entropy repairs a lost update, and side frames (assets, `mesh.storage.asset_channel`)
travel on the same session, so the relay can cache takes and hand a peer what a remote user uploaded.

A refusal (close 4401 "token required"/"unknown or revoked token", 4403 "another board", or HTTP
401/403 before the upgrade) is logged once per reason, kept on the link (`close_code`, `last_error`) for
status lines, and retried every ~`backoff_refused_s`: a revoked token does not fix itself, and a relay
should not be hammered by a peer it refuses. The token never appears in a log, a status line or an
exception message.
"""

from __future__ import annotations

import asyncio
import random
import ssl
from pathlib import Path
from urllib.parse import quote, urlsplit

import aiohttp

from mesh._log import get_logger
from mesh.errors import AuthError, ProtocolError
from mesh.model.replica import Replica
from mesh.net.sync import Link, SyncNode
from mesh.net.ws import AiohttpConn, Conn, ConnectionClosed

__all__ = [
    "CLOSE_FORBIDDEN",
    "CLOSE_UNAUTHORIZED",
    "RELAY_PEER",
    "RelayLink",
    "relay_board_url",
    "relay_ssl_context",
]

log = get_logger("mesh.net.relay_link")

CLOSE_UNAUTHORIZED = 4401  # no token, or an unknown or revoked one
CLOSE_FORBIDDEN = 4403  # a valid token for another board (or a role too low for this endpoint)
REFUSAL_CODES = frozenset({CLOSE_UNAUTHORIZED, CLOSE_FORBIDDEN})
RELAY_PEER = "relay"  # the remote end's name in sessions and logs: the relay sends no peer id


def relay_ssl_context(ca: Path | None = None) -> ssl.SSLContext:
    """Verify the relay against the system's CAs, plus `ca` (a PEM file) for a private or self-signed one."""
    context = ssl.create_default_context()
    if ca is not None:
        context.load_verify_locations(cafile=str(ca))
    return context


def relay_board_url(base: str, board: str) -> str:
    """`wss://relay.example[/prefix]` + board -> `wss://relay.example[/prefix]/yjs/<board>` (no token)."""
    return f"{base.rstrip('/')}/yjs/{quote(board, safe='')}"


class RelayLink(Link):
    """The outbound websocket from this peer to the relay for one board, kept open like a LAN link."""

    def __init__(self, node: SyncNode, board: str, base_url: str, token: str, *,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        super().__init__(node, board, relay_board_url(base_url, board))
        self._token = token
        self._ssl: ssl.SSLContext | bool = ssl_context if ssl_context is not None else True
        self.remote_peer = RELAY_PEER
        self.host = urlsplit(self.url).netloc
        self.close_code: int | None = None  # the relay's close code of the last refusal
        self.close_reason = ""
        self._said: set[tuple[int | None, str]] = set()

    def __repr__(self) -> str:  # never the token
        return f"RelayLink({self.board!r}, {self.url!r}, state={self.state!r})"

    async def _connect_once(self) -> None:
        replica = self.node.replicas.get(self.board)
        if replica is None:
            raise ProtocolError(f"board {self.board} is not open here")
        self.state = "connecting"
        session = await self.node.http_session()
        settings = self.node.settings
        try:
            async with asyncio.timeout(settings.connect_timeout_s):
                # No pre-auth cap: nothing is proved on this link before sync starts (the token is checked
                # by the relay), so the relay's frames get the normal cap from the first byte.
                ws = await session.ws_connect(self.url, params={"token": self._token}, ssl=self._ssl,
                                              max_msg_size=settings.max_frame_bytes,
                                              heartbeat=settings.heartbeat_s, autoping=True)
        except aiohttp.WSServerHandshakeError as exc:
            if exc.status in (401, 403):
                raise self._refusal(None, f"HTTP {exc.status} {exc.message}") from None
            raise ProtocolError(f"the relay answered HTTP {exc.status} {self._clean(exc.message)}") from None
        except aiohttp.ClientError as exc:  # the messages of some name the URL, token included
            raise ProtocolError(self._clean(f"{type(exc).__name__}: {exc}")) from None
        conn = AiohttpConn(ws, self.url)
        try:
            await self._run_session(conn, replica)
        except ConnectionClosed as exc:
            if exc.code in REFUSAL_CODES:
                raise self._refusal(exc.code, exc.reason) from None
            raise
        finally:
            await conn.close()

    async def _run_session(self, conn: Conn, replica: Replica, remote_peer: str = RELAY_PEER) -> None:
        self.close_code, self.close_reason = None, ""
        await super()._run_session(conn, replica, remote_peer)

    def _refusal(self, code: int | None, reason: str) -> AuthError:
        reason = self._clean(reason)[:120] or "refused"
        self.close_code, self.close_reason = code, reason
        return AuthError(f"the relay refused the token ({code if code is not None else 'HTTP'}: {reason})")

    def _backoff_s(self, attempt: int) -> float:
        """A refused token is retried every ~`backoff_refused_s` from the first refusal (someone has to fix
        MULTIPLEX_RELAY_TOKEN or the relay's token list); anything else backs off as on the LAN."""
        if self.state == "refused":
            return self.node.settings.backoff_refused_s * random.uniform(0.5, 1.0)
        return super()._backoff_s(attempt)

    def _log_refused(self, exc: AuthError) -> None:
        said = (self.close_code, self.close_reason)
        say = log.debug if said in self._said else log.warning  # once per reason per link, not per retry
        self._said.add(said)
        say("the relay at %s refused this peer for board %s: %s; check MULTIPLEX_RELAY_TOKEN (a peer token "
            "for this board); retrying every ~%.0f s", self.host, self.board, exc, self.node.settings.backoff_refused_s)

    def _describe(self, exc: BaseException) -> str:
        return self._clean(super()._describe(exc))

    def _clean(self, text: str) -> str:
        """`text` without the token (aiohttp names the URL, query included, in some errors)."""
        if not self._token:
            return text
        return text.replace(self._token, "<token>").replace(quote(self._token, safe=""), "<token>")
