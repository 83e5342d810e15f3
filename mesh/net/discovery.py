"""Zeroconf (mDNS/DNS-SD): a peer advertises itself on the LAN and finds the others, with no server.

Each peer registers one service `<peer id>._multiplex._tcp.local.` whose TXT record carries a short,
public summary: protocol version, peer id, display name, HTTP/sync port, the boards it serves and a
capability summary (GPU count, names, total VRAM, backends, models). Never a key, never anything secret:
anyone on the LAN reads TXT records. Details (per-GPU telemetry, running jobs) travel as presence over
sync, so the TXT stays under TXT_MAX_BYTES (mDNS packets must fit a datagram; each `key=value` string is
at most 255 bytes by RFC 6763).

TXT records come from anyone on the LAN, so they are parsed strictly (`parse_txt`): unknown versions,
bad ids, ports, board names or oversized fields mean the record is ignored and logged once. The number
of peers tracked and of lookups in flight are capped: a flood of fake services costs bounded memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import ifaddr
from zeroconf import BadTypeInNameException, InterfaceChoice, IPVersion, ServiceStateChange
from zeroconf import Error as ZeroconfError
from zeroconf.asyncio import AsyncServiceBrowser, AsyncServiceInfo, AsyncZeroconf

from mesh._log import QuietLogger, get_logger
from mesh.errors import DecodeError

__all__ = [
    "SERVICE_TYPE",
    "Advert",
    "Discovery",
    "PeerFound",
    "PeerLost",
    "encode_txt",
    "lan_addresses",
    "parse_txt",
]

log = get_logger("mesh.net.discovery")
quiet = QuietLogger(log)

SERVICE_TYPE = "_multiplex._tcp.local."
PROTOCOL_VERSION = 1
TXT_MAX_BYTES = 400
TXT_VALUE_MAX_BYTES = 255
MAX_TXT_KEYS = 16
MAX_BOARDS = 32
MAX_GPUS = 64
MAX_NAMES = 16
MAX_PEERS = 256  # peers tracked at once: beyond, new ones are ignored (a LAN flood must not grow memory)
MAX_LOOKUPS = 32  # service lookups in flight
LOOKUP_TIMEOUT_MS = 3_000

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\Z")  # \Z: `$` would let a final newline through
_WORD = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.:/+()@-]{0,63}\Z")  # GPU, backend and model names


@dataclass(frozen=True, slots=True)
class Advert:
    """What this peer says about itself on the LAN."""

    peer_id: str
    name: str
    port: int
    boards: tuple[str, ...] = ()
    gpu_count: int = 0
    gpu_names: tuple[str, ...] = ()
    vram_total_gb: int = 0
    backends: tuple[str, ...] = ()
    models: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PeerFound:
    """A peer seen on the LAN (or updated: the same peer id comes again with new fields)."""

    peer_id: str
    name: str
    addresses: tuple[str, ...]
    port: int
    boards: tuple[str, ...]
    caps: dict[str, object] = field(default_factory=dict)
    boards_truncated: bool = False

    def http_base(self) -> str:
        host = self.addresses[0]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}"

    def sync_url(self, board: str) -> str:
        return self.http_base().replace("http://", "ws://", 1) + f"/sync/{board}"


@dataclass(frozen=True, slots=True)
class PeerLost:
    peer_id: str


DiscoveryEvent = PeerFound | PeerLost


def _clean_list(values: Iterable[str], pattern: re.Pattern[str], limit: int) -> list[str]:
    out: list[str] = []
    for v in values:
        v = str(v).replace(",", " ").strip()[:64]
        if pattern.match(v) and v not in out:
            out.append(v)
        if len(out) >= limit:
            break
    return out


def _txt_size(txt: dict[str, str]) -> int:
    return sum(1 + len(k.encode()) + 1 + len(v.encode()) for k, v in txt.items())


def encode_txt(advert: Advert, *, max_bytes: int = TXT_MAX_BYTES) -> dict[str, str]:
    """The TXT properties for `advert`, trimmed to fit: models go first, then GPU names, backends, boards."""
    if not _ID.match(advert.peer_id):
        raise DecodeError(f"bad peer id {advert.peer_id!r}")
    name = advert.name.replace(",", " ").strip()[:63] or advert.peer_id
    lists = {
        "b": _clean_list(advert.boards, _ID, MAX_BOARDS),
        "be": _clean_list(advert.backends, _WORD, MAX_NAMES),
        "gn": _clean_list(advert.gpu_names, _WORD, MAX_NAMES),
        "m": _clean_list(advert.models, _WORD, MAX_NAMES),
    }
    fixed = {"v": str(PROTOCOL_VERSION), "id": advert.peer_id, "n": name, "p": str(int(advert.port)),
             "g": str(max(0, min(MAX_GPUS, int(advert.gpu_count)))),
             "vr": str(max(0, min(100_000, int(advert.vram_total_gb))))}

    def build() -> dict[str, str]:
        txt = dict(fixed)
        for key, values in lists.items():
            if values:
                txt[key] = ",".join(values)
        return txt

    def too_big(key: str, budget: int) -> bool:
        txt = build()
        return bool(lists[key]) and (_txt_size(txt) > budget
                                     or len(key) + 1 + len(txt.get(key, "").encode()) > TXT_VALUE_MAX_BYTES)

    # Boards matter most (sync needs them) but must not crowd out the capability summary: they get up
    # to 40% of the record first; then the least important list gives way until the record fits.
    while lists["b"] and len(",".join(lists["b"])) > max_bytes * 2 // 5:
        lists["b"].pop()
        fixed["bx"] = "1"  # tells readers that more boards exist than listed
    for key in ("m", "gn", "be", "b"):
        while too_big(key, max_bytes):
            lists[key].pop()
            if key == "b":
                fixed["bx"] = "1"
    txt = build()
    if _txt_size(txt) > max_bytes:
        raise DecodeError(f"TXT record does not fit {max_bytes} bytes even without lists")
    return txt


def _split(value: str, pattern: re.Pattern[str], limit: int, what: str) -> tuple[str, ...]:
    items = tuple(v for v in value.split(",") if v) if value else ()
    if len(items) > limit:
        raise DecodeError(f"more than {limit} {what}")
    for v in items:
        if not pattern.match(v):
            raise DecodeError(f"bad {what[:-1]} {v[:40]!r}")
    return items


def _int(value: str, low: int, high: int, what: str) -> int:
    # isascii: "²".isdigit() is true, but int("²") raises ValueError
    if not (value.isascii() and value.isdigit()) or len(value) > 6 or not low <= int(value) <= high:
        raise DecodeError(f"bad {what} {value[:10]!r}")
    return int(value)


def parse_txt(properties: dict[bytes, bytes | None], *, max_bytes: int = TXT_MAX_BYTES) -> dict[str, object]:
    """Strictly decode a TXT record from the LAN; DecodeError when anything is off (the record is ignored)."""
    if len(properties) > MAX_TXT_KEYS:
        raise DecodeError(f"TXT record with {len(properties)} keys")
    size = sum(1 + len(k) + 1 + len(v or b"") for k, v in properties.items())
    if size > max_bytes * 2:  # tolerate a peer with a larger limit, not an abusive one
        raise DecodeError(f"TXT record of {size} bytes")
    txt: dict[str, str] = {}
    for k, v in properties.items():
        try:
            txt[k.decode("ascii")] = (v or b"").decode("utf-8")
        except (UnicodeDecodeError, AttributeError) as exc:
            raise DecodeError("TXT record is not text") from exc
    if txt.get("v") != str(PROTOCOL_VERSION):
        raise DecodeError(f"protocol version {txt.get('v', '')[:8]!r}, we speak {PROTOCOL_VERSION}")
    peer_id = txt.get("id", "")
    if not _ID.match(peer_id):
        raise DecodeError("bad peer id")
    name = txt.get("n", "") or peer_id
    if len(name) > 64 or not name.isprintable():
        raise DecodeError("bad display name")
    return {
        "peer_id": peer_id,
        "name": name,
        "port": _int(txt.get("p", ""), 1, 65_535, "port"),
        "boards": _split(txt.get("b", ""), _ID, MAX_BOARDS, "boards"),
        "boards_truncated": txt.get("bx") == "1",
        "caps": {
            "gpu_count": _int(txt.get("g", "0"), 0, MAX_GPUS, "GPU count"),
            "gpu_names": _split(txt.get("gn", ""), _WORD, MAX_NAMES, "GPU names"),
            "vram_total_gb": _int(txt.get("vr", "0"), 0, 100_000, "VRAM"),
            "backends": _split(txt.get("be", ""), _WORD, MAX_NAMES, "backends"),
            "models": _split(txt.get("m", ""), _WORD, MAX_NAMES, "models"),
        },
    }


def lan_addresses(*, include_loopback: bool = False) -> list[str]:
    """IPv4 addresses of this machine's interfaces (what to advertise when none is chosen)."""
    out: list[str] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if not isinstance(ip.ip, str):
                continue  # IPv6: (address, flowinfo, scope) tuples; LAN peers are found over IPv4
            addr = ipaddress.ip_address(ip.ip)
            if (addr.is_loopback and not include_loopback) or addr.is_link_local:
                continue
            out.append(ip.ip)
    return out


class Discovery:
    """Advertise this peer and follow the others; an async context manager.

    `interfaces`: None for all, or a list of IP addresses to use (explicit LAN IPs keep mDNS off VPN
    and virtual adapters, which matters on Windows). `addresses`: the IPs to advertise (default: the
    chosen interfaces, else every non-loopback IPv4 address).
    """

    def __init__(
        self,
        advert: Advert,
        *,
        service_type: str = SERVICE_TYPE,
        interfaces: list[str] | None = None,
        addresses: list[str] | None = None,
        on_event: Callable[[DiscoveryEvent], None] | None = None,
        max_peers: int = MAX_PEERS,
        max_lookups: int = MAX_LOOKUPS,
        lookup_timeout_ms: int = LOOKUP_TIMEOUT_MS,
    ) -> None:
        self.advert = advert
        self.service_type = service_type
        self.interfaces = interfaces
        self.addresses = addresses or (list(interfaces) if interfaces else lan_addresses())
        self.on_event = on_event
        self.max_peers = max_peers
        self.max_lookups = max_lookups
        self.lookup_timeout_ms = lookup_timeout_ms
        self.peers: dict[str, PeerFound] = {}
        self._names: dict[str, str] = {}  # service name -> peer id
        self._lookups: set[asyncio.Task[None]] = set()
        self._queue: asyncio.Queue[DiscoveryEvent] = asyncio.Queue(maxsize=max_peers * 4)
        self._azc: AsyncZeroconf | None = None
        self._browser: AsyncServiceBrowser | None = None
        self._info: AsyncServiceInfo | None = None

    @property
    def instance_name(self) -> str:
        return f"{self.advert.peer_id}.{self.service_type}"

    def _service_info(self) -> AsyncServiceInfo:
        return AsyncServiceInfo(
            self.service_type, self.instance_name, port=self.advert.port,
            properties=encode_txt(self.advert), parsed_addresses=self.addresses,
            server=f"{self.advert.peer_id}.local.",
        )

    async def __aenter__(self) -> Discovery:
        interfaces = self.interfaces if self.interfaces else InterfaceChoice.All
        self._azc = AsyncZeroconf(interfaces=interfaces, ip_version=IPVersion.V4Only)
        self._info = self._service_info()
        await (await self._azc.async_register_service(self._info))  # the second await: probing done
        self._browser = AsyncServiceBrowser(self._azc.zeroconf, [self.service_type],
                                            handlers=[self._on_change])
        log.info("advertising %s on %s (port %d, boards %s)", self.advert.peer_id,
                 ", ".join(self.addresses) or "?", self.advert.port, ", ".join(self.advert.boards) or "-")
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Unregister (peers see us leave at once, not after a TTL) and stop browsing."""
        for task in list(self._lookups):
            task.cancel()
        if self._browser is not None:
            await self._browser.async_cancel()
            self._browser = None
        if self._azc is not None:
            with contextlib.suppress(ZeroconfError, OSError):
                if self._info is not None:  # the second await: goodbyes sent
                    await (await self._azc.async_unregister_service(self._info))
            await self._azc.async_close()
            self._azc = None

    async def update(self, advert: Advert) -> None:
        """Re-announce with new fields (a board opened, a GPU appeared)."""
        self.advert = advert
        if self._azc is not None:
            self._info = self._service_info()
            await (await self._azc.async_update_service(self._info))

    async def events(self) -> DiscoveryEvent:
        """The next PeerFound / PeerLost (an alternative to `on_event`)."""
        return await self._queue.get()

    def _emit(self, event: DiscoveryEvent) -> None:
        if self.on_event is not None:
            try:
                self.on_event(event)
            except Exception:  # a broken subscriber must not stop discovery
                log.exception("discovery subscriber failed")
        with contextlib.suppress(asyncio.QueueFull):
            self._queue.put_nowait(event)

    def _on_change(self, zeroconf: object, service_type: str, name: str,
                   state_change: ServiceStateChange) -> None:
        log.debug("mDNS %s: %s", state_change.name, name[:80])
        if name == self.instance_name:
            return
        if state_change is ServiceStateChange.Removed:
            peer_id = self._names.pop(name, None)
            if peer_id is not None and self.peers.pop(peer_id, None) is not None:
                log.info("peer %s left", peer_id)
                self._emit(PeerLost(peer_id))
            return
        if len(self._lookups) >= self.max_lookups:
            quiet.warning("lookups-full", "too many mDNS lookups in flight; ignoring %s for now", name[:80])
            return
        task = asyncio.get_running_loop().create_task(self._lookup(service_type, name))
        self._lookups.add(task)
        task.add_done_callback(self._lookups.discard)

    async def _lookup(self, service_type: str, name: str) -> None:
        if self._azc is None:
            return
        info = AsyncServiceInfo(service_type, name)
        try:
            if not await info.async_request(self._azc.zeroconf, self.lookup_timeout_ms):
                return
        except (ZeroconfError, BadTypeInNameException, OSError, ValueError) as exc:
            quiet.warning(f"lookup:{name[:80]}", "mDNS lookup of %s failed: %s", name[:80], exc)
            return
        self._accept(name, info)

    def _accept(self, name: str, info: AsyncServiceInfo) -> None:
        try:
            fields = parse_txt(info.properties)
        except DecodeError as exc:
            quiet.warning(f"txt:{name[:80]}", "ignoring service %s: malformed TXT record (%s)", name[:80], exc)
            return
        peer_id = str(fields["peer_id"])
        if peer_id == self.advert.peer_id:
            return
        if name != f"{peer_id}.{self.service_type}":
            quiet.warning(f"txt-name:{name[:80]}", "ignoring service %s: its TXT claims peer id %s",
                          name[:80], peer_id)
            return
        addresses = tuple(a for a in info.parsed_addresses(IPVersion.V4Only))[:8]
        if not addresses:
            return
        if peer_id not in self.peers and len(self.peers) >= self.max_peers:
            quiet.warning("peers-full", "tracking %d peers already; ignoring %s", len(self.peers), peer_id)
            return
        found = PeerFound(peer_id=peer_id, name=str(fields["name"]), addresses=addresses,
                          port=int(info.port or fields["port"]),  # type: ignore[call-overload]
                          boards=fields["boards"], caps=dict(fields["caps"]),  # type: ignore[arg-type]
                          boards_truncated=bool(fields["boards_truncated"]))
        if self.peers.get(peer_id) == found:
            return
        if peer_id not in self.peers:
            log.info("found peer %s (%s) at %s:%d, boards %s", peer_id, found.name, addresses[0], found.port,
                     ", ".join(found.boards) or "-")
        self.peers[peer_id] = found
        self._names[name] = peer_id
        self._emit(found)
