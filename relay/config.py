"""The relay's one frozen configuration, from `MULTIPLEX_*` environment variables and flags, and the
per-connection limits it enforces (each a named setting, so an operator can tighten one without code).

The relay faces the internet, so its limits are tighter than a LAN peer's: a frame cap, a message rate
per connection (token bucket), connections per token and in all.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from mesh.errors import MultiplexError

__all__ = ["ENV_VARS", "RelayConfig", "RelayConfigError", "RelayLimits", "TokenBucket", "parse_size"]

DEFAULT_PORT = 8471
DEFAULT_CACHE_BYTES = 5 * 1024**3
MAX_FRAME_BYTES = 4 * 1024 * 1024  # one y-protocols frame; a board edit is a few hundred bytes
MESSAGES_PER_S = 100.0
MESSAGE_BURST = 400  # a first sync, or a paste of many blocks, arrives as a burst
CONNECTIONS_PER_TOKEN = 32  # tabs and tools sharing one invite link
MAX_CONNECTIONS = 1_000

ENV_VARS: dict[str, str] = {
    "MULTIPLEX_HOME": "the relay's data directory: boards, asset cache, tokens (default: per-user data dir)",
    "MULTIPLEX_HOST": "address to listen on (default: 0.0.0.0)",
    "MULTIPLEX_PORT": f"HTTP port for canvas, assets, /yjs and /mcp (default: {DEFAULT_PORT})",
    "MULTIPLEX_PUBLIC_URL": "the relay's address as people reach it, for invite links (e.g. https://relay.example)",
    "MULTIPLEX_RELAY_CACHE": "bytes of gen.art assets kept for remote users, e.g. 5G (least recently used go first)",
    "MULTIPLEX_RELAY_MAX_FRAME": f"largest websocket frame accepted, bytes (default: {MAX_FRAME_BYTES})",
    "MULTIPLEX_RELAY_RATE": f"messages per second per connection, sustained (default: {MESSAGES_PER_S:g})",
    "MULTIPLEX_RELAY_BURST": f"messages a connection may send at once above the rate (default: {MESSAGE_BURST})",
    "MULTIPLEX_RELAY_CONN_PER_TOKEN": f"open connections per token (default: {CONNECTIONS_PER_TOKEN})",
    "MULTIPLEX_RELAY_MAX_CONN": f"open board connections in all (default: {MAX_CONNECTIONS})",
    "MULTIPLEX_RELAY_TRUSTED_PROXIES": "comma-separated addresses whose X-Forwarded-For/-Proto are believed, or * "
                                       "(default: 127.0.0.1; behind Coolify's proxy in Docker: *)",
    "MULTIPLEX_MCP_ALLOW_PRIVATE_URLS": "1 lets MCP reference-image URLs reach private/loopback addresses (default: 0)",
    "MULTIPLEX_MCP_ALLOWED_HOSTS": "comma-separated Host headers /mcp accepts (DNS-rebinding check; default: any)",
    "MULTIPLEX_LOG": "log level: DEBUG, INFO, WARNING (default: INFO)",
}


class RelayConfigError(MultiplexError):
    """A relay setting is malformed; the message names the variable."""


_SIZE = re.compile(r"^\s*(\d+)\s*([KMGT]?)(?:I?B)?\s*$", re.IGNORECASE)
_HOST = re.compile(r"^[A-Za-z0-9.:\-\[\]]{1,255}$")


def parse_size(raw: str, key: str) -> int:
    """A number of bytes, plain or with a binary suffix (500M, 5G, 1TiB)."""
    match = _SIZE.match(raw)
    if match is None:
        raise RelayConfigError(f"{key}={raw!r}: expected a number of bytes, e.g. 5368709120, 500M or 5G")
    return int(match.group(1)) * 1024 ** "_KMGT".index(match.group(2).upper() or "_")


def _number(env: Mapping[str, str], key: str, default: float, lo: float, hi: float) -> float:
    raw = (env.get(key) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise RelayConfigError(f"{key}={raw!r}: expected a number") from None
    if not lo <= value <= hi:
        raise RelayConfigError(f"{key}={raw}: expected {lo:g}..{hi:g}")
    return value


@dataclass(frozen=True, slots=True, kw_only=True)
class RelayLimits:
    """What one connection may send and how many may be open (refusals close with a code and reason)."""

    max_frame_bytes: int = MAX_FRAME_BYTES
    messages_per_s: float = MESSAGES_PER_S
    message_burst: int = MESSAGE_BURST
    connections_per_token: int = CONNECTIONS_PER_TOKEN
    max_connections: int = MAX_CONNECTIONS

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> RelayLimits:
        frame = (env.get("MULTIPLEX_RELAY_MAX_FRAME") or "").strip()
        return cls(
            max_frame_bytes=parse_size(frame, "MULTIPLEX_RELAY_MAX_FRAME") if frame else MAX_FRAME_BYTES,
            messages_per_s=_number(env, "MULTIPLEX_RELAY_RATE", MESSAGES_PER_S, 0.1, 1e6),
            message_burst=int(_number(env, "MULTIPLEX_RELAY_BURST", MESSAGE_BURST, 1, 1e7)),
            connections_per_token=int(_number(env, "MULTIPLEX_RELAY_CONN_PER_TOKEN", CONNECTIONS_PER_TOKEN, 1, 1e6)),
            max_connections=int(_number(env, "MULTIPLEX_RELAY_MAX_CONN", MAX_CONNECTIONS, 1, 1e7)),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class RelayConfig:
    home: Path
    host: str = "0.0.0.0"
    port: int = DEFAULT_PORT
    public_url: str = ""
    cache_bytes: int = DEFAULT_CACHE_BYTES
    limits: RelayLimits = RelayLimits()
    log_level: str = "INFO"
    # whose X-Forwarded-* headers say the scheme and client: anyone else could claim https or any address
    trusted_proxies: str = "127.0.0.1"
    mcp_allow_private_urls: bool = False
    mcp_allowed_hosts: tuple[str, ...] = ()

    @classmethod
    def from_env(cls, env: Mapping[str, str], **overrides: Any) -> RelayConfig:
        home = Path(env.get("MULTIPLEX_HOME") or user_data_dir("multiplex-relay", appauthor=False))
        host = env.get("MULTIPLEX_HOST") or "0.0.0.0"
        if not _HOST.match(host):
            raise RelayConfigError(f"MULTIPLEX_HOST={host!r}: not a host name or IP address")
        public = (env.get("MULTIPLEX_PUBLIC_URL") or "").strip().rstrip("/")
        if public and not re.match(r"^https?://[^\s/]+", public):
            raise RelayConfigError(f"MULTIPLEX_PUBLIC_URL={public!r}: expected an http(s) URL")
        level = (env.get("MULTIPLEX_LOG") or "INFO").upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise RelayConfigError(f"MULTIPLEX_LOG={level!r}: expected DEBUG, INFO, WARNING or ERROR")
        proxies = (env.get("MULTIPLEX_RELAY_TRUSTED_PROXIES") or "127.0.0.1").strip()
        if proxies != "*" and not all(_HOST.match(p.strip()) for p in proxies.split(",")):
            raise RelayConfigError(f"MULTIPLEX_RELAY_TRUSTED_PROXIES={proxies!r}: expected addresses "
                                   "separated by commas, or *")
        private = (env.get("MULTIPLEX_MCP_ALLOW_PRIVATE_URLS") or "0").strip().lower()
        if private not in ("0", "1", "true", "false", "yes", "no"):
            raise RelayConfigError(f"MULTIPLEX_MCP_ALLOW_PRIVATE_URLS={private!r}: expected 1 or 0")
        hosts = tuple(h.strip() for h in (env.get("MULTIPLEX_MCP_ALLOWED_HOSTS") or "").split(",") if h.strip())
        if not all(_HOST.match(h) for h in hosts):
            raise RelayConfigError(f"MULTIPLEX_MCP_ALLOWED_HOSTS={','.join(hosts)!r}: expected host names")
        cache = env.get("MULTIPLEX_RELAY_CACHE")
        config = cls(home=home, host=host, port=int(_number(env, "MULTIPLEX_PORT", DEFAULT_PORT, 0, 65535)),
                     public_url=public,
                     cache_bytes=parse_size(cache, "MULTIPLEX_RELAY_CACHE") if cache else DEFAULT_CACHE_BYTES,
                     limits=RelayLimits.from_env(env), log_level=level, trusted_proxies=proxies,
                     mcp_allow_private_urls=private in ("1", "true", "yes"), mcp_allowed_hosts=hosts)
        overrides = {k: v for k, v in overrides.items() if v is not None}
        return replace(config, **overrides) if overrides else config

    @property
    def base_url(self) -> str:
        """Where people reach the relay (MULTIPLEX_PUBLIC_URL, else this machine's loopback)."""
        if self.public_url:
            return self.public_url
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
        return f"http://{host}:{self.port}"


class TokenBucket:
    """`rate` tokens a second, at most `burst` saved up; each message takes one."""

    __slots__ = ("_level", "_stamp", "burst", "rate")

    def __init__(self, rate: float, burst: int, *, now: float | None = None) -> None:
        self.rate = rate
        self.burst = float(burst)
        self._level = float(burst)
        self._stamp = time.monotonic() if now is None else now

    def take(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        self._level = min(self.burst, self._level + (now - self._stamp) * self.rate)
        self._stamp = now
        if self._level >= 1.0:
            self._level -= 1.0
            return True
        return False
