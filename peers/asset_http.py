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
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import aiohttp
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from starlette.responses import FileResponse, MalformedRangeHeader

from mesh._log import get_logger
from mesh.assets import AssetMeta, AssetStore, AssetWriter, validate_hash
from mesh.const import MAX_ASSET_BYTES
from mesh.errors import AssetError, AssetIntegrityError, AssetNotFound

__all__ = ["asset_router", "fetch_asset"]

_log = get_logger("peers.asset_http")

CACHE_CONTROL = "public, max-age=31536000, immutable"
FETCH_CONNECT_TIMEOUT_S = 10.0
FETCH_READ_TIMEOUT_S = 30.0  # longest silence between two chunks, not the whole transfer
FETCH_WRITE_BATCH_BYTES = 1024 * 1024  # bytes gathered before one worker-thread write (hash + disk)


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
) -> AssetMeta:
    """Download `sha256` from the peer at `url_base` into `store`, verifying the bytes; return the meta.

    Already stored -> no request. Raises AssetNotFound (the peer has no such asset), AssetIntegrityError
    (the bytes do not hash to `sha256`; nothing is stored) or AssetError (transport failure, too large).
    """
    validate_hash(sha256)
    if await asyncio.to_thread(store.has, sha256):
        return await store.meta_async(sha256)
    url = f"{url_base.rstrip('/')}/assets/{sha256}"
    timeout = aiohttp.ClientTimeout(total=None, sock_connect=connect_timeout_s, sock_read=read_timeout_s)
    writer = await asyncio.to_thread(store.writer, expect=sha256, max_bytes=max_bytes)
    try:
        async with session.get(url, timeout=timeout) as resp:
            if resp.status == 404:
                raise AssetNotFound(f"peer {url_base} has no asset {sha256}")
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
