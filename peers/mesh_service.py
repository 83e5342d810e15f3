"""The mesh side of a peer: advertise, find the others, keep the right links open, publish GPUs, fetch assets.

`MeshService` is what turns "plug a machine in" into "it appears on every canvas": it advertises this
peer with zeroconf (`mesh.net.discovery`), and for every board it serves, links to the peers that serve it
too, following the ring-with-chords topology (`mesh.net.topology`) so traffic per peer stays bounded. A
peer whose handshake fails (it does not hold the board's key) is left out of the topology for a while
and retried later. Seeds (host:port from invites, or `static_peers`) are always dialed: they make a
mesh work where multicast is blocked.

It also publishes GPU telemetry as presence (`peers.gpu`) and keeps the gen.art of shared boards
local: assets named on a board and missing here are fetched from the peer that made them (or any
linked peer), hash-checked, with bounded concurrency and backoff — over HTTP when an address for that
peer is known, otherwise (or when HTTP fails) over the board's sync session itself
(`mesh.storage.asset_channel`), so a peer can fetch from a peer that dialled it.

With `relay` set (MULTIPLEX_RELAY) it also keeps a link out to the relay for its board
(`mesh.net.relay_link`), beside the LAN links and independent of them: the LAN session carries on while
the relay is unreachable, and the state vectors merge both sides' edits when it is back. The link's
state is published as presence (`relay`: connected / connecting / unreachable / refused, with the
reason) so canvases can show it, and its transitions go to the activity log (at most one event of a
kind per `relay_event_gap_s`, so a flapping uplink cannot fill the log).

Stop order matters and is handled by `__aexit__`: drain pending sync frames (the runner's released
claims must reach the others), unregister from mDNS, then close links with a presence goodbye.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from mesh._log import QuietLogger, get_logger
from mesh.errors import AssetError, AssetIntegrityError, DecodeError
from mesh.model.activity import EventKind, record
from mesh.model.changes import BoardChanges
from mesh.model.schema import BLOCK_SPECS
from mesh.net.auth import split_address
from mesh.net.discovery import SERVICE_TYPE, Advert, Discovery, PeerFound, PeerLost
from mesh.net.relay_link import RelayLink, relay_ssl_context
from mesh.net.sync import SyncNode
from mesh.net.topology import DEFAULT_FANOUT, neighbours_to_dial
from mesh.storage.asset_channel import AssetChannel
from mesh.storage.assets import AssetStore, short_hash, validate_hash

from .gpu import GPU_PUBLISH_S, GpuMonitor, gpu_summary

__all__ = ["MeshService", "MeshSettings", "load_seeds", "save_seeds"]

log = get_logger("peers.mesh")
quiet = QuietLogger(log)

TICK_S = 1.0
REFUSED_EXCLUDE_S = 60.0  # a peer that failed the handshake is left out of the topology this long
ASSET_SCAN_S = 0.5  # a changed board is scanned for missing assets this soon (scans run only on change)
ASSET_FETCHES = 2  # concurrent downloads
ASSET_RETRY_MIN_S = 0.5  # a failed fetch is retried after this, doubling per failure up to ASSET_RETRY_S
ASSET_RETRY_S = 15.0
MAX_ASSET_FAILURES_TRACKED = 10_000
DRAIN_TIMEOUT_S = 2.0
SEEDS_FILE = "seeds.json"
MAX_SEEDS = 8
RELAY_PRESENCE = "relay"  # presence field: {"state", "relay" (host), "reason"}
RELAY_EVENT_GAP_S = 300.0  # the same relay event (e.g. "unreachable") is logged on the board at most this often


def save_seeds(board_dir: Path, addresses: Iterable[str]) -> None:
    """Remember `host:port` addresses to dial for a board (from an invite); never holds the key."""
    clean = []
    for a in addresses:
        split_address(a)
        if a not in clean:
            clean.append(a)
    board_dir.mkdir(parents=True, exist_ok=True)
    (board_dir / SEEDS_FILE).write_text(json.dumps(clean[:MAX_SEEDS]), encoding="utf-8")


def load_seeds(board_dir: Path) -> list[str]:
    path = board_dir / SEEDS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out = []
    for a in data if isinstance(data, list) else []:
        try:
            split_address(str(a))
        except DecodeError:
            continue
        out.append(str(a))
    return out[:MAX_SEEDS]


@dataclass(frozen=True, slots=True, kw_only=True)
class MeshSettings:
    """How this peer appears on the LAN and tends its links: one value, built from `PeerConfig` by the
    app and by tests, instead of a dozen keyword arguments on `MeshService`."""

    name: str
    http_port: int
    interfaces: tuple[str, ...] = ()  # IPs zeroconf uses (empty: all)
    advertise_addresses: tuple[str, ...] = ()
    service_type: str = SERVICE_TYPE
    enable_discovery: bool = True
    static_peers: tuple[str, ...] = ()  # host:port seeds from `multiplex join`
    fanout: int = DEFAULT_FANOUT
    gpu_publish_s: float = GPU_PUBLISH_S
    refused_exclude_s: float = REFUSED_EXCLUDE_S
    tick_s: float = TICK_S
    relay: str = ""  # base URL of the relay to link out to (MULTIPLEX_RELAY); "" for none
    relay_token: str = field(default="", repr=False)  # the peer token: a credential, never printed
    relay_ca: Path | None = None  # extra CA file for the relay's certificate
    relay_board: str = ""  # the board the token is for (the peer's own board)
    relay_event_gap_s: float = RELAY_EVENT_GAP_S


class MeshService:
    """Discovery + topology + GPU presence + asset fetching for one peer process."""

    def __init__(
        self,
        hub: Any,
        *,
        node: SyncNode,
        peer_id: str,
        settings: MeshSettings,
        assets: AssetStore | None = None,
        capabilities: Callable[[], Iterable[Any]] | None = None,
        gpu: GpuMonitor | None = None,
    ) -> None:
        self.hub = hub
        self.node = node
        self.peer_id = peer_id
        self.settings = settings
        self.assets = assets
        self.capabilities = capabilities
        self.gpu = gpu if gpu is not None else GpuMonitor()
        self.discovery: Discovery | None = None
        self._excluded: dict[tuple[str, str], float] = {}  # (board, peer id) -> until (monotonic)
        self._managed: dict[tuple[str, str], str] = {}  # (board, url) -> peer id, links we dialed by topology
        self._asset_failures: dict[str, tuple[float, int]] = {}  # sha -> (retry after, failures so far)
        self._missing: dict[str, tuple[str, str]] = {}  # sha -> (maker, board) from the last scan
        self.channel = AssetChannel(assets) if assets is not None else None
        if self.channel is not None:
            node.side = self.channel
        # what each board names, kept from its change events: a roster beat or a lease renewal from
        # another peer costs nothing here (a 10,000-block board rescanned per remote update did)
        self._asset_watch: dict[str, BoardChanges] = {}
        self._named: dict[str, dict[str, tuple[str, str]]] = {}  # board -> block id -> (sha, maker)
        self._here: set[str] = set()  # hashes known to be in our store (assets are never deleted)
        self._fetch = asyncio.Semaphore(ASSET_FETCHES)
        self._http: aiohttp.ClientSession | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._advert: Advert | None = None
        self._topology_dirty = asyncio.Event()
        self.relay_link: RelayLink | None = None
        self._relay_state = ""
        self._relay_events: dict[str, float] = {}  # event state -> when it was last written (monotonic)

    # -- lifecycle -------------------------------------------------------------------------------------

    async def __aenter__(self) -> MeshService:
        self.gpu.start()
        self._http = aiohttp.ClientSession()
        self.node._ensure_started()
        if self.settings.enable_discovery:
            self._advert = await self._build_advert()
            self.discovery = Discovery(self._advert, service_type=self.settings.service_type,
                                       interfaces=list(self.settings.interfaces) or None,
                                       addresses=list(self.settings.advertise_addresses) or None,
                                       on_event=self._on_event)
            await self.discovery.__aenter__()
        self._tasks = [
            asyncio.create_task(self._maintain(), name="mesh-maintain"),
            asyncio.create_task(self._publish_gpus(), name="mesh-gpus"),
        ]
        if self.assets is not None:
            self._tasks.append(asyncio.create_task(self._keep_assets(), name="mesh-assets"))
        self.reconcile()
        self._link_relay()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        await self.node.drain(DRAIN_TIMEOUT_S)  # released claims and last edits reach the others first
        if self.discovery is not None:
            await self.discovery.aclose()  # goodbye packets: others drop us at once
            self.discovery = None
        await self.node.aclose()
        for watch in self._asset_watch.values():
            watch.close()
        if self._http is not None:
            await self._http.close()
        self.gpu.close()

    # -- discovery and topology ------------------------------------------------------------------------

    def _on_event(self, event: PeerFound | PeerLost) -> None:
        if isinstance(event, PeerLost):
            for key in [k for k in self._excluded if k[1] == event.peer_id]:
                del self._excluded[key]
        self.reconcile()

    def members(self, board: str) -> dict[str, PeerFound]:
        """Discovered peers that serve `board` and have not failed its handshake lately."""
        if self.discovery is None:
            return {}
        now = time.monotonic()
        return {pid: p for pid, p in self.discovery.peers.items()
                if board in p.boards and self._excluded.get((board, pid), 0) <= now}

    def reconcile(self) -> None:
        """Open the links the topology wants, close the ones it no longer wants."""
        wanted: dict[tuple[str, str], str] = {}
        for board in list(self.node.replicas):
            members = self.members(board)
            self.node.set_members(board, members, fanout=self.settings.fanout)
            for pid in neighbours_to_dial(self.peer_id, members, fanout=self.settings.fanout):
                wanted[(board, members[pid].sync_url(board))] = pid
            for address in [*self.settings.static_peers, *self._seeds(board)]:
                host, port = split_address(address)
                host = f"[{host}]" if ":" in host else host
                wanted.setdefault((board, f"ws://{host}:{port}/sync/{board}"), "")
        for (board, url), pid in wanted.items():
            self.node.link(board, url)
            self._managed[(board, url)] = pid
        for key in [k for k in self._managed if k not in wanted]:
            del self._managed[key]
            asyncio.get_running_loop().create_task(self.node.unlink(*key))

    def _seeds(self, board: str) -> list[str]:
        boards_dir = getattr(self.hub, "boards_dir", None)
        return load_seeds(Path(boards_dir) / board) if boards_dir is not None else []

    # -- the relay -------------------------------------------------------------------------------------

    def _link_relay(self) -> None:
        s = self.settings
        if not s.relay or not s.relay_board:
            return
        try:
            context = relay_ssl_context(s.relay_ca) if s.relay.startswith("wss:") else None
        except (OSError, ValueError) as exc:  # the CA file went away or broke since the config was read
            log.error("not linking to the relay: cannot use MULTIPLEX_RELAY_CA=%s (%s)", s.relay_ca, exc)
            return
        link = RelayLink(self.node, s.relay_board, s.relay, s.relay_token, ssl_context=context)
        self.relay_link = self.node.keep(link)  # type: ignore[assignment]
        log.info("keeping a link to the relay at %s for board %s", link.host, s.relay_board)

    def relay_status(self) -> dict[str, str] | None:
        """What canvases show for this peer's relay link; None without a relay."""
        link = self.relay_link
        if link is None:
            return None
        if link.synced:
            state = "connected"
        elif link.refused:
            state = "refused"
        elif link.last_error:
            state = "unreachable"  # until a new connection has caught up: no flicker while redialling
        else:
            state = self._relay_state or "connecting"
        reason = "" if state == "connected" else link.last_error[:200]
        return {"state": state, "relay": link.host, "reason": reason}

    def _report_relay(self) -> None:
        status = self.relay_status()
        replica = self.node.replicas.get(self.settings.relay_board)
        if status is None or replica is None:
            return
        replica.presence.set(RELAY_PRESENCE, status)
        state, previous = status["state"], self._relay_state
        self._relay_state = state
        if state == previous or state == "connecting":
            return
        now = time.monotonic()
        if now - self._relay_events.get(state, -self.settings.relay_event_gap_s) < self.settings.relay_event_gap_s:
            return
        self._relay_events[state] = now
        name, host, reason = self.settings.name, status["relay"], status["reason"]
        if state == "connected":
            kind, msg = EventKind.PEER_JOINED, f"{name} linked to the relay at {host}"
        elif state == "refused":
            kind, msg = EventKind.WARNING, (f"the relay at {host} refused {name}: {reason}; set MULTIPLEX_RELAY_TOKEN "
                                            "to a peer token for this board")
        else:
            kind, msg = EventKind.WARNING, (f"{name} cannot reach the relay at {host} ({reason}); edits stay on "
                                            "the LAN and merge when it is back")
        record(replica.board, kind, peer=self.peer_id, msg=msg[:500])

    async def _maintain(self) -> None:
        while True:
            await asyncio.sleep(self.settings.tick_s)
            try:
                await self._tick()
            except Exception:  # one bad tick must not stop the mesh
                log.exception("mesh maintenance failed")

    async def _tick(self) -> None:
        changed = False
        now = time.monotonic()
        self._report_relay()
        for (board, url), link in list(self.node.links.items()):
            if isinstance(link, RelayLink):
                continue  # a refused token is the relay's verdict, not a peer without the key
            pid = self._managed.get((board, url)) or link.remote_peer or ""
            if link.refused and pid and (board, pid) not in self._excluded:
                log.warning("peer %s does not hold the key of board %s: leaving it out for %.0f s",
                            pid, board, self.settings.refused_exclude_s)
                self._excluded[(board, pid)] = now + self.settings.refused_exclude_s
                changed = True
        for (board, pid), host in list(self.node.refused_inbound.items()):
            del self.node.refused_inbound[(board, pid)]
            found = self.discovery.peers.get(pid) if self.discovery is not None else None
            if found is not None and host in found.addresses and (board, pid) not in self._excluded:
                log.warning("peer %s failed the handshake of board %s: leaving it out for %.0f s",
                            pid, board, self.settings.refused_exclude_s)
                self._excluded[(board, pid)] = now + self.settings.refused_exclude_s
                changed = True
        for key, until in list(self._excluded.items()):
            if until <= now:
                del self._excluded[key]
                changed = True
        if self.discovery is not None:
            advert = await self._build_advert()
            if advert != self._advert:
                self._advert = advert
                await self.discovery.update(advert)
        if changed or set(self.node.replicas) != {b for b, _ in self._managed}:
            self.reconcile()

    async def _build_advert(self) -> Advert:
        gpus = await self.gpu.snapshot_async()
        summary = gpu_summary(gpus)
        backends: set[str] = set()
        models: set[str] = set()
        if self.capabilities is not None:
            for cap in self.capabilities():
                backends.add(str(getattr(cap, "backend", "")))
                models.update(str(m) for m in getattr(cap, "models", ()))
        return Advert(peer_id=self.peer_id, name=self.settings.name, port=self.settings.http_port,
                      boards=tuple(sorted(self.node.replicas)), gpu_count=summary["gpu_count"],
                      gpu_names=summary["gpu_names"], vram_total_gb=summary["vram_total_gb"],
                      backends=tuple(sorted(b for b in backends if b)), models=tuple(sorted(models)))

    # -- GPU presence ----------------------------------------------------------------------------------

    async def _publish_gpus(self) -> None:
        await self.gpu.publish(lambda: [r.presence for r in self.node.replicas.values()],
                               interval_s=self.settings.gpu_publish_s)

    # -- assets ----------------------------------------------------------------------------------------

    def http_base(self, peer_id: str) -> str | None:
        if self.discovery is not None and peer_id in self.discovery.peers:
            return self.discovery.peers[peer_id].http_base()
        for (_board, url), link in self.node.links.items():
            if link.remote_peer == peer_id and not isinstance(link, RelayLink):  # the relay: over the session
                return url.split("/sync/", 1)[0].replace("ws://", "http://", 1)
        return None

    def _asset_changes_pending(self) -> bool:
        return any(w.pending for w in self._asset_watch.values()) or any(
            name not in self._asset_watch for name in self.node.replicas)

    def _wanted_assets(self) -> list[tuple[str, str, str]]:
        """(sha256, peer id that made it or "", board) for every asset named on a board, updated from
        the blocks that changed since the last call (a full scan only the first time per board)."""
        out = []
        for replica in list(self.node.replicas.values()):
            board = replica.board
            watch = self._asset_watch.get(replica.name)
            if watch is None:
                watch = self._asset_watch[replica.name] = BoardChanges(board)
            named = self._named.setdefault(replica.name, {})
            changes = watch.take()
            if changes.everything:
                named.clear()
                ids: Iterable[str] = [block.id for block in board.blocks()]
            else:
                ids = changes.blocks
            for block_id in ids:
                block = board.block(block_id)
                fields = BLOCK_SPECS[block.kind].fields if block is not None else {}
                sha = block.get("asset") if block is not None and "asset" in fields else ""
                if isinstance(sha, str) and sha:
                    made_by = block.get("peer_id") if "peer_id" in fields else ""
                    named[block_id] = (sha, str(made_by or ""))
                else:
                    named.pop(block_id, None)
            out.extend((sha, made_by, replica.name) for sha, made_by in named.values())
        return out

    async def _keep_assets(self) -> None:
        """Scan the boards only when they changed; between changes, retry just the assets still missing."""
        while True:
            await asyncio.sleep(ASSET_SCAN_S)
            now = time.monotonic()
            if not self._asset_changes_pending() and not any(
                    self._asset_failures.get(sha, (0.0, 0))[0] <= now for sha in self._missing):
                continue
            try:
                await self.fetch_missing_assets()
            except Exception:
                log.exception("asset scan failed")

    async def fetch_missing_assets(self) -> int:
        """Fetch every asset named on a board and missing here; returns how many arrived."""
        assert self.assets is not None
        if self._asset_changes_pending():
            wanted: dict[str, tuple[str, str]] = {}
            for sha, made_by, board in self._wanted_assets():
                try:
                    validate_hash(sha)
                except AssetIntegrityError:
                    continue
                if sha not in self._here:
                    wanted.setdefault(sha, (made_by, board))
            present = await asyncio.to_thread(lambda: {sha for sha in wanted if self.assets.has(sha)})  # type: ignore[union-attr]
            self._here |= present
            self._missing = {sha: where for sha, where in wanted.items() if sha not in present}
        now = time.monotonic()
        todo = [(sha, made_by, board) for sha, (made_by, board) in self._missing.items()
                if self._asset_failures.get(sha, (0.0, 0))[0] <= now]
        got = await asyncio.gather(*(self._fetch_one(sha, made_by, board) for sha, made_by, board in todo))
        return sum(got)

    async def fetch(self, sha: str, made_by: str = "", board: str | None = None) -> bool:
        """Fetch one asset now (a render needs it as input), from its maker first, then any linked peer."""
        if self.assets is None or self._http is None:
            return False
        return await self._fetch_one(sha, made_by, board)

    def _sources(self, made_by: str, board: str | None) -> list[str]:
        linked = {s.remote_peer for s in self.node.sessions(board)}
        sources = [made_by] if made_by else []
        return sources + sorted(linked - {made_by, self.peer_id})

    async def _fetch_one(self, sha: str, made_by: str, board: str | None = None) -> bool:
        assert self.assets is not None and self._http is not None
        async with self._fetch:
            if await asyncio.to_thread(self.assets.has, sha):
                self._arrived(sha)
                return True
            for peer_id in self._sources(made_by, board):
                if await self._fetch_http(sha, peer_id) or await self._fetch_session(sha, peer_id, board):
                    self._arrived(sha)
                    log.info("fetched asset %s from peer %s", short_hash(sha), peer_id)
                    return True
        _, failures = self._asset_failures.get(sha, (0.0, 0))
        if sha in self._asset_failures or len(self._asset_failures) < MAX_ASSET_FAILURES_TRACKED:
            delay = min(ASSET_RETRY_S, ASSET_RETRY_MIN_S * 2**failures)
            self._asset_failures[sha] = (time.monotonic() + delay, min(failures + 1, 30))
        self._missing.setdefault(sha, (made_by, board or ""))
        quiet.warning(f"asset:{sha}", "asset %s is on a board but no linked peer could send it yet", short_hash(sha))
        return False

    def _arrived(self, sha: str) -> None:
        self._here.add(sha)
        self._asset_failures.pop(sha, None)
        self._missing.pop(sha, None)

    async def _fetch_http(self, sha: str, peer_id: str) -> bool:
        from .asset_http import fetch_asset

        assert self.assets is not None and self._http is not None
        base = self.http_base(peer_id)
        if base is None:
            return False
        try:
            await fetch_asset(base, sha, self.assets, session=self._http, boards=self.node.replicas)
        except AssetError as exc:
            log.debug("asset %s not fetched from %s over HTTP: %s", sha, peer_id, exc)
            return False
        return True

    async def _fetch_session(self, sha: str, peer_id: str, board: str | None) -> bool:
        """Over the sync session itself: works whoever dialled whom (no address needed)."""
        if self.channel is None:
            return False
        for session in self.node.sessions(board):
            if session.remote_peer != peer_id:
                continue
            try:
                await self.channel.fetch(session, sha)
            except AssetError as exc:
                log.debug("asset %s not fetched from %s over the session: %s", sha, peer_id, exc)
                continue
            return True
        return False
