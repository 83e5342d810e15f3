"""Fetch a reference image an LLM names by URL, without letting the URL reach into the relay's network.

The relay runs on a droplet next to other services; a tool that fetches any URL would let a token holder
probe them (SSRF). So only http(s), every address a name resolves to must be public (no loopback,
private, link-local, metadata or multicast ranges) unless the operator allows private addresses, the
connection goes to the address that was checked (no second lookup a rebinding DNS could answer
differently), redirects are followed by hand (each hop checked again, at most a few), and size and time
are capped.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore

from mesh.errors import MultiplexError

__all__ = ["FetchRefused", "address_allowed", "fetch_bytes"]

MAX_REDIRECTS = 3


class FetchRefused(MultiplexError):
    """A URL that is not fetched (scheme, address, size, time, status); the message says which."""


IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def address_allowed(addr: IPAddress, *, allow_private: bool) -> bool:
    """Public unicast only, unless private addresses are allowed (multicast and 0.0.0.0 never)."""
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    if addr.is_multicast or addr.is_unspecified:
        return False
    return allow_private or addr.is_global


class _CheckedBackend(httpcore.AsyncNetworkBackend):
    """Resolves the host itself, refuses it unless every address is allowed, connects to the checked one."""

    def __init__(self, *, allow_private: bool) -> None:
        self._inner = httpcore.AnyIOBackend()
        self._allow_private = allow_private

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,  # noqa: ASYNC109 - httpcore's API
                          local_address: str | None = None,
                          socket_options: Iterable[Any] | None = None) -> httpcore.AsyncNetworkStream:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise FetchRefused(f"cannot resolve {host}: {exc}") from None
        addrs = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
        if not addrs:
            raise FetchRefused(f"{host} has no address")
        refused = [str(a) for a in addrs if not address_allowed(a, allow_private=self._allow_private)]
        if refused:
            raise FetchRefused(f"{host} resolves to a private or local address ({refused[0]}): refused "
                               "(the relay fetches public URLs only unless MULTIPLEX_MCP_ALLOW_PRIVATE_URLS=1)")
        return await self._inner.connect_tcp(str(addrs[0]), port, timeout=timeout, local_address=local_address,
                                             socket_options=socket_options)

    async def connect_unix_socket(self, path: str, timeout: float | None = None,  # noqa: ASYNC109
                                  socket_options: Iterable[Any] | None = None) -> httpcore.AsyncNetworkStream:
        raise FetchRefused("unix sockets are not fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


async def fetch_bytes(url: str, *, max_bytes: int, timeout_s: float, allow_private: bool = False) -> bytes:
    """The body of a GET of `url` (at most `max_bytes`, within `timeout_s` in all), or FetchRefused."""
    try:
        async with asyncio.timeout(timeout_s):
            return await _fetch(url, max_bytes=max_bytes, allow_private=allow_private)
    except TimeoutError:
        raise FetchRefused(f"fetching {url[:200]} took longer than {timeout_s:g} s") from None
    except httpcore.TimeoutException:
        raise FetchRefused(f"fetching {url[:200]} timed out") from None
    except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.UnsupportedProtocol, ssl.SSLError) as exc:
        raise FetchRefused(f"cannot fetch {url[:200]}: {exc or type(exc).__name__}") from None


async def _fetch(url: str, *, max_bytes: int, allow_private: bool) -> bytes:
    backend = _CheckedBackend(allow_private=allow_private)
    async with httpcore.AsyncConnectionPool(network_backend=backend, ssl_context=ssl.create_default_context(),
                                            retries=0, max_connections=2) as pool:
        for _ in range(MAX_REDIRECTS + 1):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchRefused(f"only http(s) URLs are fetched, not {url[:80]!r}")
            if parts.username or parts.password:
                raise FetchRefused("URLs with a user name or password are not fetched")
            headers = {"User-Agent": "multiplex-relay", "Accept": "image/*"}
            async with pool.stream("GET", url, headers=headers) as response:
                if response.status in (301, 302, 303, 307, 308):
                    location = dict((k.lower(), v) for k, v in response.headers).get(b"location")
                    if not location:
                        raise FetchRefused(f"{url[:200]} redirected without a location")
                    url = urljoin(url, location.decode("latin-1"))
                    continue
                if response.status != 200:
                    raise FetchRefused(f"{url[:200]} answered HTTP {response.status}")
                declared = dict((k.lower(), v) for k, v in response.headers).get(b"content-length")
                if declared is not None and declared.isdigit() and int(declared) > max_bytes:
                    raise FetchRefused(f"{url[:200]} is {int(declared)} bytes, over the limit of {max_bytes}")
                body = bytearray()
                async for chunk in response.aiter_stream():
                    body += chunk
                    if len(body) > max_bytes:
                        raise FetchRefused(f"{url[:200]} is over the limit of {max_bytes} bytes")
                return bytes(body)
        raise FetchRefused(f"{url[:200]}: more than {MAX_REDIRECTS} redirects")
