"""Assets over HTTP: every peer serves its store at `/assets/{sha256}` and fetches from the others.

Why a plain HTTP route: browsers (the canvas shows images and scrubs clips) and peers both speak it,
Range lets a `<video>` seek without downloading the whole clip, and because a name is the hash of the
bytes, responses are immutable and cache forever.

Serving uses starlette's `FileResponse`, which streams from disk and handles `Range` (single ranges as
206 with `Content-Range`, several as multipart, 416 past the end, `If-Range`). One deviation is
corrected: starlette answers a malformed or non-`bytes` Range with 400, where RFC 9110 says to ignore
it and send the whole file (section 14.2); `_AssetFileResponse` does that.

Fetching verifies the hash of what arrives before anything lands in the store, so a peer that lies
(or a transfer that corrupts) costs a retry, never a wrong image on the board.

Who may fetch: the route sits behind the process's access gate (`multiplex.access`): a browser with a
canvas session, the CLI's API token, or another peer proving it belongs to a board that names the
asset. That peer credential is two headers, ``X-Multiplex-Board: <board>`` and
``X-Multiplex-Asset-Proof: base64url(HMAC-SHA256(K_a, board | 0 | sha256))`` with
``K_a = HMAC-SHA256(board key, "multiplex/asset-fetch/v1")`` (`asset_proof`). The server accepts it when
it serves that board, the proof matches, and one of the board's blocks names the asset
(`peer_asset_check`). The proof is the same for every request of one asset: someone who records it on
the LAN can replay it only to fetch that asset again, whose bytes they saw in the recorded response.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

import aiohttp
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import Headers
from starlette.responses import FileResponse, MalformedRangeHeader

from mesh._log import get_logger
from mesh.const import MAX_ASSET_BYTES
from mesh.errors import AssetError, AssetIntegrityError, AssetNotFound
from mesh.model.board import Board
from mesh.model.schema import BLOCK_SPECS
from mesh.storage.assets import AssetMeta, AssetStore, AssetWriter, validate_hash

__all__ = ["BOARD_HEADER", "PROOF_HEADER", "asset_proof", "asset_router", "credential_for", "fetch_asset",
           "peer_asset_check"]

_log = get_logger("peers.asset_http")

CACHE_CONTROL = "public, max-age=31536000, immutable"
FETCH_CONNECT_TIMEOUT_S = 10.0
FETCH_READ_TIMEOUT_S = 30.0  # longest silence between two chunks, not the whole transfer
FETCH_WRITE_BATCH_BYTES = 1024 * 1024  # bytes gathered before one worker-thread write (hash + disk)
BOARD_HEADER = "X-Multiplex-Board"
PROOF_HEADER = "X-Multiplex-Asset-Proof"
_ASSET_PATH = re.compile(r"^/assets/([0-9a-f]{64})$")


class BoardHolder(Protocol):
    """What the credential needs of a replica: its board and its key."""

    @property
    def board(self) -> Board: ...

    @property
    def key(self) -> bytes: ...


def asset_proof(key: bytes, board: str, sha256: str) -> str:
    """The peer credential for fetching `sha256` as a member of `board` (the key never leaves)."""
    fetch_key = hmac.new(key, b"multiplex/asset-fetch/v1", hashlib.sha256).digest()
    mac = hmac.new(fetch_key, board.encode() + b"\x00" + sha256.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def _names_asset(board: Board, sha256: str) -> bool:
    return any("asset" in BLOCK_SPECS[block.kind].fields and block.get("asset") == sha256
               for block in board.blocks())


def credential_for(replicas: Mapping[str, BoardHolder], sha256: str) -> tuple[str, str] | None:
    """(board, proof) for the first board here that names `sha256` (the one we want it for), or None."""
    for name in sorted(replicas):
        replica = replicas[name]
        if _names_asset(replica.board, sha256):
            return name, asset_proof(replica.key, name, sha256)
    return None


def peer_asset_check(replicas: Mapping[str, BoardHolder]) -> Callable[[str, str, Headers], bool]:
    """An access check (see `multiplex.access`) accepting another peer's credential on GET/HEAD /assets."""

    def check(method: str, path: str, headers: Headers) -> bool:
        board, proof = headers.get(BOARD_HEADER), headers.get(PROOF_HEADER)
        match = _ASSET_PATH.match(path)
        if method not in ("GET", "HEAD") or not board or not proof or match is None:
            return False
        replica = replicas.get(board)
        if replica is None:
            return False
        sha256 = match.group(1)
        if not hmac.compare_digest(proof.encode(), asset_proof(replica.key, board, sha256).encode()):
            return False
        return _names_asset(replica.board, sha256)

    return check


class _AssetFileResponse(FileResponse):
    @classmethod
    def _parse_range_header(cls, http_range: str, file_size: int) -> list[tuple[int, int]]:
        try:
            return super()._parse_range_header(http_range, file_size)
        except MalformedRangeHeader:
            return []  # FileResponse sends the whole file for an empty range list


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "detail": message}, status_code=status)


def _locate(store: AssetStore, sha256: str) -> tuple[Path, AssetMeta, os.stat_result]:
    path = store.path(sha256)
    meta = store.meta(sha256)
    return path, meta, path.stat()


def asset_router(store: AssetStore, *, prefix: str = "/assets") -> APIRouter:
    """A router serving `GET`/`HEAD {prefix}/{sha256}` from `store`, with Range and long caching."""
    router = APIRouter(prefix=prefix)

    @router.api_route("/{sha256}", methods=["GET", "HEAD"], include_in_schema=False)
    async def get_asset(sha256: str, request: Request) -> Response:
        try:
            validate_hash(sha256)
        except AssetIntegrityError as exc:
            return _error(400, "bad_hash", str(exc))
        try:
            path, meta, stat_result = await asyncio.to_thread(_locate, store, sha256)
        except (AssetNotFound, FileNotFoundError):
            return _error(404, "not_found", f"no asset {sha256} on this peer")
        etag = f'"{sha256}"'
        headers = {
            "ETag": etag,
            "Cache-Control": CACHE_CONTROL,
            "X-Content-Type-Options": "nosniff",
            # Opened directly, an asset must never run script in this origin (it could be any bytes).
            "Content-Security-Policy": "default-src 'none'; img-src 'self'; media-src 'self'; sandbox",
        }
        if_none_match = request.headers.get("if-none-match")
        if if_none_match and (if_none_match.strip() == "*" or etag in if_none_match):
            return Response(status_code=304, headers=headers)
        return _AssetFileResponse(path, headers=headers, media_type=meta.mime, stat_result=stat_result)

    return router


async def fetch_asset(
    url_base: str,
    sha256: str,
    store: AssetStore,
    *,
    session: aiohttp.ClientSession,
    max_bytes: int = MAX_ASSET_BYTES,
    connect_timeout_s: float = FETCH_CONNECT_TIMEOUT_S,
    read_timeout_s: float = FETCH_READ_TIMEOUT_S,
    boards: Mapping[str, BoardHolder] | None = None,
) -> AssetMeta:
    """Download `sha256` from the peer at `url_base` into `store`, verifying the bytes; return the meta.

    `boards` (this peer's replicas) supply the peer credential: the first board naming the asset.
    Already stored -> no request. Raises AssetNotFound (the peer has no such asset), AssetIntegrityError
    (the bytes do not hash to `sha256`; nothing is stored) or AssetError (transport failure, too large).
    """
    validate_hash(sha256)
    if await asyncio.to_thread(store.has, sha256):
        return await store.meta_async(sha256)
    url = f"{url_base.rstrip('/')}/assets/{sha256}"
    timeout = aiohttp.ClientTimeout(total=None, sock_connect=connect_timeout_s, sock_read=read_timeout_s)
    credential = credential_for(boards, sha256) if boards else None
    headers = {BOARD_HEADER: credential[0], PROOF_HEADER: credential[1]} if credential else {}
    writer = await asyncio.to_thread(store.writer, expect=sha256, max_bytes=max_bytes)
    try:
        async with session.get(url, timeout=timeout, headers=headers) as resp:
            if resp.status == 404:
                raise AssetNotFound(f"peer {url_base} has no asset {sha256}")
            if resp.status in (401, 403):
                raise AssetError(f"peer {url_base} refused asset {sha256} ({resp.status}): "
                                 + ("no board here names it" if credential is None else
                                    f"it does not accept our credential for board {credential[0]!r}"))
            if resp.status != 200:
                raise AssetError(f"peer {url_base} answered {resp.status} for asset {sha256}")
            if resp.content_length is not None and resp.content_length > max_bytes:
                raise AssetError(
                    f"asset {sha256} is {resp.content_length} bytes, over the limit of {max_bytes} bytes"
                )
            await _stream_into(resp, writer)
            meta = await asyncio.to_thread(writer.commit, mime_hint=resp.headers.get("Content-Type"))
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise AssetError(f"fetching asset {sha256} from {url_base} failed: {exc!r}") from exc
    finally:
        await asyncio.to_thread(writer.abort)
    _log.debug("fetched %s from %s (%d bytes)", sha256, url_base, meta.size)
    return meta


async def _stream_into(resp: aiohttp.ClientResponse, writer: AssetWriter) -> None:
    """Copy the body into the writer, batching so each worker-thread hop carries about a megabyte."""
    batch: list[bytes] = []
    pending = 0
    async for chunk in resp.content.iter_chunked(256 * 1024):
        batch.append(chunk)
        pending += len(chunk)
        if pending >= FETCH_WRITE_BATCH_BYTES:
            await asyncio.to_thread(writer.write, b"".join(batch))
            batch.clear()
            pending = 0
    if batch:
        await asyncio.to_thread(writer.write, b"".join(batch))
