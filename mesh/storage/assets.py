"""The content-addressed asset store: image, clip and audio bytes live here, the board holds their hash.

Why content addressing: a gen.art made on one peer must survive that peer, so other peers copy it; with
the sha256 as the name, a copy is verifiable (re-hash), idempotent (same bytes, same name) and cannot be
confused with another take. The hash is also the only thing that turns into a path, and `validate_hash`
accepts exactly 64 lowercase hex characters, so no name that a remote peer sends can leave the store.

Layout under `root`:
    ab/cdef...        the bytes (two-character fan-out keeps directories small)
    ab/cdef....json   a sidecar with the `AssetMeta` (mime, size, pixel size, duration)
    .tmp/             partial writes; a put is tmp file + fsync + `os.replace`, so readers never see half
    .uploads/<board>.json   what people uploaded to each board ({sha256: size}), for its upload quota

Uploads (canvas drops, `multiplex` API) are the one way strangers' bytes reach the store, so they are
judged before they are kept: `AssetStore.upload_writer` sniffs the first bytes and refuses anything that is
not in `UPLOAD_MEDIA` (UnsupportedMedia, HTTP 415) before a byte is written, and refuses an upload that would
take its board over the quota (QuotaExceeded, HTTP 413), from the declared length, while streaming and at
commit. A refused or abandoned upload leaves nothing behind: the temp file goes in every exit path.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import re
import tempfile
import threading
import warnings
from collections.abc import AsyncIterator, Collection
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO

from mesh._log import get_logger
from mesh.const import MAX_ASSET_BYTES
from mesh.errors import AssetError, AssetIntegrityError, AssetNotFound, AssetTooLarge, QuotaExceeded, UnsupportedMedia
from mesh.model.names import valid_board_name

__all__ = [
    "DEFAULT_UPLOAD_QUOTA",
    "UPLOAD_MEDIA",
    "AssetMeta",
    "AssetStore",
    "AssetWriter",
    "UploadQuota",
    "declared_size",
    "format_bytes",
    "probe",
    "receive_upload",
    "refusal_status",
    "short_hash",
    "sniff_mime",
    "validate_hash",
]

_log = get_logger("mesh.storage.assets")

COPY_CHUNK_BYTES = 1024 * 1024
SNIFF_BYTES = 64
MAX_SIDECAR_BYTES = 64 * 1024
OCTET_STREAM = "application/octet-stream"

_HASH_RE = re.compile(r"[0-9a-f]{64}", re.ASCII)
# type/subtype as RFC 6838 allows it, lowercase, no parameters: a mime travels into HTTP headers.
_MIME_RE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}", re.ASCII)
_LENGTH_RE = re.compile(r"[0-9]{1,19}", re.ASCII)  # no sign, no other scripts' digits, nothing int() refuses
_TMP_DIR = ".tmp"
_UPLOADS_DIR = ".uploads"

DEFAULT_UPLOAD_QUOTA = 2 * 1024**3  # bytes people may upload to one board (MULTIPLEX_UPLOAD_QUOTA)
# What an upload may be: what the canvas shows or plays, or a backend decodes (Pillow, PyAV). Decided by
# the bytes (`sniff_mime`), never by the client's Content-Type. HEIC is recognised but refused: neither
# Chromium nor Pillow (without a plugin) can open it, so it would be a block nobody can see or render.
UPLOAD_MEDIA: frozenset[str] = frozenset({
    "image/png", "image/jpeg", "image/webp", "image/gif", "image/avif", "image/tiff",
    "video/mp4", "video/webm", "video/x-matroska", "video/quicktime",
    "audio/wav", "audio/mpeg", "audio/aac", "audio/ogg", "audio/mp4", "audio/flac",
})
_HEIF_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1")
_QT_ATOMS = (b"moov", b"mdat", b"wide", b"pnot")  # QuickTime files older than the ftyp box


def validate_hash(value: object) -> str:
    """Return `value` if it is a sha256 hex digest (64 lowercase hex chars); raise AssetIntegrityError.

    This is the store's path-escape guard: only strings it accepts are ever joined to the root.
    """
    if not isinstance(value, str) or _HASH_RE.fullmatch(value) is None:
        shown = value[:80] if isinstance(value, str) else type(value).__name__
        raise AssetIntegrityError(f"not a sha256 hex digest (64 lowercase hex characters): {shown!r}")
    return value


def short_hash(value: str, chars: int = 10) -> str:
    """A hash as people read it in messages: its first characters and an ellipsis (``3f9a1c2b7e…``), so it
    is plainly a prefix that `grep` and the store's ``ab/`` fan-out still match; short values stay whole."""
    return value if len(value) <= chars else f"{value[:chars]}…"


def validate_mime(value: str) -> str:
    """Return a lowercase `type/subtype`; raise AssetError for anything that cannot be a media type."""
    mime = value.strip().lower()
    if _MIME_RE.fullmatch(mime) is None:
        raise AssetError(f"not a media type: {value[:80]!r}")
    return mime


def sniff_mime(head: bytes) -> str:
    """Guess a media type from the first bytes (magic numbers); `application/octet-stream` if unknown.

    Needs the first `SNIFF_BYTES` bytes (fewer only when the file is shorter).
    """
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head[4:8] == b"ftyp":
        return _iso_media(head)
    if head.startswith(b"fLaC"):
        return "audio/flac"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if head[4:8] in _QT_ATOMS:
        return "video/quicktime"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm" if b"webm" in head else "video/x-matroska"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"ID3") or _mpeg_frame(head):
        return "audio/mpeg"
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0:
        return "audio/aac"  # ADTS
    return OCTET_STREAM


def _iso_media(head: bytes) -> str:
    """An ISO base media file (``ftyp`` box): its brands say mp4, m4a, mov, avif or heic."""
    major = head[8:12]
    brands = [major] + [head[i:i + 4] for i in range(16, min(len(head), int.from_bytes(head[:4], "big")), 4)]
    if major in (b"M4A ", b"M4B "):
        return "audio/mp4"
    if major == b"qt  ":
        return "video/quicktime"
    if b"avif" in brands or b"avis" in brands:
        return "image/avif"
    if any(b in _HEIF_BRANDS for b in brands):
        return "image/heic"
    return "video/mp4"


def _mpeg_frame(head: bytes) -> bool:
    """An MPEG audio frame header: 11 sync bits, then a version, layer, bitrate and rate that exist
    (so random bytes that happen to start with 0xFFE pass only rarely)."""
    if len(head) < 3 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version, layer = (head[1] >> 3) & 3, (head[1] >> 1) & 3
    bitrate, rate = head[2] >> 4, (head[2] >> 2) & 3
    return version != 1 and layer != 0 and bitrate != 15 and rate != 3


def declared_size(raw: str | None) -> int | None:
    """An upload's Content-Length as bytes (None when absent); AssetError for anything but plain digits."""
    if raw is None:
        return None
    if _LENGTH_RE.fullmatch(raw.strip()) is None:
        raise AssetError(f"Content-Length must be a number of bytes, not {raw[:40]!r}")
    return int(raw)


async def receive_upload(store: AssetStore, board: str, chunks: AsyncIterator[bytes], *,
                         content_length: str | None, max_bytes: int) -> AssetMeta:
    """Take an upload for `board` from an HTTP body: judged by its first bytes (not its Content-Type) and
    the board's quota before anything is kept; disk work in worker threads, off the event loop; refused,
    cut off or cancelled, its temp file goes. Raises AssetError (`refusal_status` gives the HTTP status)."""
    writer = await asyncio.to_thread(store.upload_writer, board, declared=declared_size(content_length),
                                     max_bytes=max_bytes)
    try:
        async for chunk in chunks:
            await asyncio.to_thread(writer.write, chunk)
        return await asyncio.to_thread(writer.commit)
    finally:
        writer.abort()


def refusal_status(exc: AssetError) -> int:
    """The HTTP status of an upload the store refused: 415 for what it is, 413 for its size, else 400."""
    return 415 if isinstance(exc, UnsupportedMedia) else 413 if isinstance(exc, AssetTooLarge) else 400


def format_bytes(n: int) -> str:
    """Bytes as people read them in messages (``1.5 GiB``)."""
    value = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}".replace(".0 ", " ")
        value /= 1024
    raise AssertionError("unreachable")


def probe(path: Path, mime: str) -> tuple[int, int, float]:
    """(width, height, duration_s) of an image (Pillow) or a video/audio file (PyAV); zeros if unknown.

    Probing never fails a put: the store keeps bytes, it does not judge them. Undecodable media just
    gets zeros (and a debug line).
    """
    kind = mime.split("/", 1)[0]
    try:
        if kind == "image":
            return _probe_image(path)
        if kind in ("video", "audio"):
            return _probe_av(path)
    except Exception as exc:  # decoders raise many types; a bad file only loses its metadata
        _log.debug("probe of %s (%s) failed: %r", path.name, mime, exc)
    return 0, 0, 0.0


def _probe_image(path: Path) -> tuple[int, int, float]:
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # DecompressionBombWarning: we only read the header
        with Image.open(path) as im:
            width, height = im.size
            frames = getattr(im, "n_frames", 1)
            duration_ms = im.info.get("duration", 0) if frames > 1 else 0
            return int(width), int(height), float(duration_ms) * frames / 1000.0


def _probe_av(path: Path) -> tuple[int, int, float]:
    import av

    with av.open(str(path)) as container:
        width = height = 0
        duration_s = 0.0
        if container.streams.video:
            stream = container.streams.video[0]
            width, height = int(stream.codec_context.width), int(stream.codec_context.height)
        if container.duration is not None:
            duration_s = float(container.duration) / av.time_base
        else:
            for stream in container.streams:
                if stream.duration is not None and stream.time_base is not None:
                    duration_s = max(duration_s, float(stream.duration * stream.time_base))
        return width, height, round(duration_s, 6)


@dataclass(frozen=True, slots=True)
class AssetMeta:
    """What the store knows about one asset; written as a JSON sidecar at put time."""

    sha256: str
    mime: str
    size: int
    width: int = 0
    height: int = 0
    duration_s: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> AssetMeta:
        """Build from a decoded sidecar or a remote peer's JSON; raise AssetError if it does not fit."""
        if not isinstance(data, dict):
            raise AssetError("asset metadata is not an object")
        try:
            meta = cls(
                sha256=validate_hash(data["sha256"]),
                mime=validate_mime(str(data["mime"])),
                size=int(data["size"]),
                width=int(data.get("width", 0)),
                height=int(data.get("height", 0)),
                duration_s=float(data.get("duration_s", 0.0)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise AssetError(f"asset metadata does not validate: {exc}") from exc
        if meta.size < 0 or meta.width < 0 or meta.height < 0 or not meta.duration_s >= 0.0:
            raise AssetError("asset metadata has negative values")
        return meta


class UploadQuota:
    """How many bytes people uploaded to each board, kept as ``.uploads/<board>.json`` ({sha256: size}).

    Why per board: a board is what a canvas link opens, so one shared link should not be able to fill the
    disk of every peer that holds the board. Only new bytes cost quota: an upload of bytes the store already
    has (the same drop again, a render's output) is free. Each board's file is rewritten whole and
    atomically (temp file, fsync, `os.replace`), under a lock per file shared by every store of the process.
    """

    _locks: dict[Path, threading.Lock] = {}
    _locks_guard = threading.Lock()

    def __init__(self, root: Path, limit: int) -> None:
        if limit < 0:
            raise ValueError("an upload quota is a number of bytes, 0 or more")
        self.root = Path(root) / _UPLOADS_DIR
        self.limit = limit

    def lock(self, board: str) -> threading.Lock:
        path = self._path(board)
        with self._locks_guard:
            return self._locks.setdefault(path, threading.Lock())

    def entries(self, board: str) -> dict[str, int]:
        """{sha256: size} of the board's charged uploads; empty when there are none (or the file is damaged)."""
        path = self._path(board)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            _log.warning("upload record %s unreadable (%r); counting the board's uploads from zero", path, exc)
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, int) and v >= 0}

    def used(self, board: str) -> int:
        return sum(self.entries(board).values())

    def check(self, board: str, size: int, *, used: int | None = None) -> None:
        """Raise QuotaExceeded if `size` more bytes would take `board` over its quota."""
        used = self.used(board) if used is None else used
        if used + size > self.limit:
            raise QuotaExceeded(
                f"board {board!r} has an upload quota of {format_bytes(self.limit)} and {format_bytes(used)} of it "
                f"is used; this upload of {format_bytes(size)} would go over it, so it was not kept. Raise it "
                f"with MULTIPLEX_UPLOAD_QUOTA (bytes, or e.g. 10G) and restart the peer."
            )

    def record(self, board: str, sha256: str, size: int) -> None:
        """Add one upload to the board's record (call holding `lock(board)`)."""
        entries = self.entries(board)
        entries[validate_hash(sha256)] = size
        self.root.mkdir(parents=True, exist_ok=True)
        path = self._path(board)
        fd, name = tempfile.mkstemp(dir=self.root, prefix=".record-", suffix=".part")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(entries, f, separators=(",", ":"))
                f.flush()
                os.fsync(f.fileno())
            os.replace(name, path)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise

    def _path(self, board: str) -> Path:
        return self.root / f"{valid_board_name(board)}.json"


class AssetWriter:
    """Streams bytes into the store: hashes while writing, commits atomically, discards on any failure.

    Blocking (file I/O and hashing); async callers run `write`/`commit` in a worker thread. Use it as a
    context manager: leaving the block without `commit()` removes the partial file.

        with store.writer(expect="ab12...") as w:
            for chunk in chunks:
                w.write(chunk)
            meta = w.commit()

    With `accept` (an upload), the sniffed type of the first bytes must be one of those types: anything else
    raises UnsupportedMedia as soon as `SNIFF_BYTES` have arrived, before they are written. With `quota`
    and `board`, the bytes must fit the board's quota while streaming and again at commit, which records
    the upload.
    """

    def __init__(self, store: AssetStore, *, expect: str | None = None, max_bytes: int,
                 accept: Collection[str] | None = None, quota: UploadQuota | None = None,
                 board: str | None = None) -> None:
        if (quota is None) != (board is None):
            raise ValueError("an upload quota needs the board it is charged to")
        self._store = store
        self._expect = validate_hash(expect) if expect is not None else None
        self._max_bytes = max_bytes
        self._accept = frozenset(accept) if accept is not None else None
        self._quota = quota
        self._board = board
        self._room = quota.limit - quota.used(board) if quota is not None and board is not None else None
        self._sniffed: str | None = None
        self._hasher = hashlib.sha256()
        self._size = 0
        self._head = b""
        fd, name = tempfile.mkstemp(dir=store.root / _TMP_DIR, prefix="put-", suffix=".part")
        self._tmp = Path(name)
        self._file: BinaryIO | None = os.fdopen(fd, "wb")

    @property
    def size(self) -> int:
        return self._size

    @property
    def mime(self) -> str | None:
        """The sniffed type, once enough bytes arrived for an upload's check (None before)."""
        return self._sniffed

    def write(self, data: bytes) -> None:
        if self._file is None:
            raise AssetError("asset writer is closed")
        try:
            if len(self._head) < SNIFF_BYTES:
                self._head += data[: SNIFF_BYTES - len(self._head)]
                if len(self._head) >= SNIFF_BYTES:
                    self._check_media()  # what it is comes first: a refused type is refused at any size
            self._size += len(data)
            if self._size > self._max_bytes:
                raise AssetTooLarge(
                    f"asset is larger than the limit of {format_bytes(self._max_bytes)} ({self._max_bytes} bytes); "
                    "refused"
                )
            if self._room is not None and self._size > self._room:
                assert self._quota is not None and self._board is not None
                self._quota.check(self._board, self._size)
            self._hasher.update(data)
            self._file.write(data)
        except BaseException:
            self.abort()
            raise

    def _check_media(self) -> None:
        """Judge an upload by its first bytes (sniffed, whatever the client said it is)."""
        if self._accept is None or self._sniffed is not None:
            return
        mime = sniff_mime(self._head)
        if mime not in self._accept:
            what = "not a format we recognise" if mime == OCTET_STREAM else mime
            raise UnsupportedMedia(
                f"this file is {what}: upload an image (PNG, JPEG, WebP, GIF, AVIF, TIFF), a clip (MP4, WebM, "
                "MKV, MOV) or a sound (WAV, MP3, AAC, OGG, M4A, FLAC)"
            )
        self._sniffed = mime

    def commit(self, *, mime: str | None = None, mime_hint: str | None = None) -> AssetMeta:
        """Verify (if a hash was expected), probe, write the sidecar, move the bytes into place.

        `mime` is authoritative (a local backend knows what it wrote); otherwise the type is sniffed,
        and `mime_hint` (e.g. a remote Content-Type) is used only when sniffing finds nothing. An upload
        (`accept`) is always the sniffed type, and a quota'd one is recorded against its board.
        """
        if self._file is None:
            raise AssetError("asset writer is closed")
        try:
            if self._accept is not None:
                self._check_media()  # a file shorter than SNIFF_BYTES
                mime, mime_hint = self._sniffed, None
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            self._file = None
            digest = self._hasher.hexdigest()
            if self._expect is not None and digest != self._expect:
                raise AssetIntegrityError(
                    f"bytes do not match their hash: expected {self._expect}, got {digest}"
                )
            if mime is not None:
                kind = validate_mime(mime)
            else:
                kind = sniff_mime(self._head)
                if kind == OCTET_STREAM and mime_hint:
                    with contextlib.suppress(AssetError):
                        kind = validate_mime(mime_hint.split(";", 1)[0])
            if self._quota is None or self._board is None:
                return self._store._adopt(self._tmp, digest, self._size, kind)
            return self._adopt_charged(self._quota, self._board, digest, kind)
        finally:
            self.abort()

    def _adopt_charged(self, quota: UploadQuota, board: str, digest: str, kind: str) -> AssetMeta:
        """Keep the bytes only if they fit the board's quota now (other uploads may have landed meanwhile);
        bytes the store already has, or this board already paid for, cost nothing."""
        with quota.lock(board):
            entries = quota.entries(board)
            if digest in entries or self._store.has(digest):
                return self._store._adopt(self._tmp, digest, self._size, kind)
            quota.check(board, self._size, used=sum(entries.values()))
            meta = self._store._adopt(self._tmp, digest, self._size, kind)
            quota.record(board, digest, self._size)
            return meta

    def abort(self) -> None:
        """Close and delete the partial file (idempotent)."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> AssetWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.abort()


class AssetStore:
    """A directory of assets named by their sha256. Blocking methods; `*_async` run them in a thread."""

    def __init__(self, root: Path, *, max_bytes: int = MAX_ASSET_BYTES,
                 upload_quota: int = DEFAULT_UPLOAD_QUOTA) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes
        self.quota = UploadQuota(self.root, upload_quota)
        (self.root / _TMP_DIR).mkdir(parents=True, exist_ok=True)

    # --- writing -----------------------------------------------------------------------------------

    def writer(self, *, expect: str | None = None, max_bytes: int | None = None) -> AssetWriter:
        """A streaming writer (see AssetWriter); `expect` makes commit verify the hash."""
        limit = self.max_bytes if max_bytes is None else min(max_bytes, self.max_bytes)
        return AssetWriter(self, expect=expect, max_bytes=limit)

    def upload_writer(self, board: str, *, declared: int | None = None, max_bytes: int | None = None,
                      accept: Collection[str] = UPLOAD_MEDIA) -> AssetWriter:
        """A writer for bytes a person uploads to `board`: media types in `accept` only, within the board's
        upload quota. `declared` (a Content-Length) is checked against both limits before anything is
        written: AssetTooLarge or QuotaExceeded."""
        limit = self.max_bytes if max_bytes is None else min(max_bytes, self.max_bytes)
        if declared is not None:
            if declared > limit:
                raise AssetTooLarge(f"upload of {format_bytes(declared)} is over the limit of {format_bytes(limit)} "
                                    f"({limit} bytes) for one file")
            self.quota.check(board, declared)
        return AssetWriter(self, max_bytes=limit, accept=accept, quota=self.quota, board=board)

    def put_file(self, src: Path, *, mime: str | None = None) -> AssetMeta:
        """Copy a file into the store (hashing while copying); returns its metadata. Idempotent."""
        with open(src, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > self.max_bytes:
                raise AssetError(
                    f"{Path(src).name} is {size} bytes, over the asset limit of {self.max_bytes} bytes"
                )
            with self.writer() as w:
                while chunk := f.read(COPY_CHUNK_BYTES):
                    w.write(chunk)
                return w.commit(mime=mime)

    def put_bytes(self, data: bytes, *, mime: str | None = None) -> AssetMeta:
        """Store bytes; returns their metadata. Idempotent."""
        if len(data) > self.max_bytes:
            raise AssetError(f"asset is {len(data)} bytes, over the asset limit of {self.max_bytes} bytes")
        with self.writer() as w:
            w.write(data)
            return w.commit(mime=mime)

    async def put_file_async(self, src: Path, *, mime: str | None = None) -> AssetMeta:
        return await asyncio.to_thread(self.put_file, src, mime=mime)

    async def put_bytes_async(self, data: bytes, *, mime: str | None = None) -> AssetMeta:
        return await asyncio.to_thread(self.put_bytes, data, mime=mime)

    def _adopt(self, tmp: Path, digest: str, size: int, mime: str) -> AssetMeta:
        """Move a complete, hashed temp file into place (called by AssetWriter.commit)."""
        dest = self._blob_path(digest)
        if dest.is_file():
            # Same name means same bytes: keep the existing copy, repair its sidecar if needed.
            tmp.unlink(missing_ok=True)
            return self.meta(digest)
        width, height, duration_s = probe(tmp, mime)
        meta = AssetMeta(digest, mime, size, width, height, duration_s)
        dest.parent.mkdir(parents=True, exist_ok=True)
        # Sidecar first: whenever the bytes are visible, their metadata is too.
        self._write_sidecar(meta)
        try:
            os.replace(tmp, dest)
        except PermissionError:
            # Windows refuses to replace a file another process holds open; if a concurrent put of
            # the same bytes won the race, that copy is as good as ours.
            if not dest.is_file():
                raise
            tmp.unlink(missing_ok=True)
        _log.debug("stored %s (%s, %d bytes)", digest, mime, size)
        return meta

    def _write_sidecar(self, meta: AssetMeta) -> None:
        side = self._meta_path(meta.sha256)
        fd, name = tempfile.mkstemp(dir=self.root / _TMP_DIR, prefix="meta-", suffix=".part")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(meta.to_dict(), f, separators=(",", ":"))
            os.replace(name, side)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise

    # --- reading -----------------------------------------------------------------------------------

    def has(self, sha256: str) -> bool:
        return self._blob_path(validate_hash(sha256)).is_file()

    def path(self, sha256: str) -> Path:
        """The file holding the asset's bytes; AssetNotFound if absent. Treat it as read-only."""
        blob = self._blob_path(validate_hash(sha256))
        if not blob.is_file():
            raise AssetNotFound(f"no asset {sha256} in the store")
        return blob

    def meta(self, sha256: str) -> AssetMeta:
        """The sidecar metadata; rebuilt from the bytes if the sidecar is missing or damaged."""
        blob = self.path(sha256)
        side = self._meta_path(sha256)
        try:
            if side.stat().st_size <= MAX_SIDECAR_BYTES:
                meta = AssetMeta.from_dict(json.loads(side.read_text(encoding="utf-8")))
                if meta.sha256 == sha256:
                    return meta
        except (OSError, ValueError, AssetError) as exc:
            _log.debug("sidecar of %s unreadable (%r); rebuilding", sha256, exc)
        with open(blob, "rb") as f:
            head = f.read(SNIFF_BYTES)
            size = os.fstat(f.fileno()).st_size
        mime = sniff_mime(head)
        meta = AssetMeta(sha256, mime, size, *probe(blob, mime))
        self._write_sidecar(meta)
        return meta

    def verify(self, sha256: str) -> bool:
        """Re-hash the bytes on disk; False means the file was damaged after it was stored."""
        hasher = hashlib.sha256()
        with open(self.path(sha256), "rb") as f:
            while chunk := f.read(COPY_CHUNK_BYTES):
                hasher.update(chunk)
        return hasher.hexdigest() == sha256

    async def meta_async(self, sha256: str) -> AssetMeta:
        return await asyncio.to_thread(self.meta, sha256)

    def stored(self) -> dict[str, int]:
        """Every asset in the store and its size in bytes (a walk of the fan-out directories)."""
        out: dict[str, int] = {}
        if not self.root.is_dir():
            return out
        for fan in self.root.iterdir():
            if len(fan.name) != 2 or not fan.is_dir():
                continue
            for blob in fan.iterdir():
                sha = fan.name + blob.name
                if _HASH_RE.fullmatch(sha):
                    with contextlib.suppress(OSError):
                        out[sha] = blob.stat().st_size
        return out

    def remove(self, sha256: str) -> int:
        """Delete an asset and its sidecar (a cache evicting it); the bytes freed, 0 if it was absent."""
        blob = self._blob_path(validate_hash(sha256))
        try:
            size = blob.stat().st_size
            blob.unlink()
        except FileNotFoundError:
            return 0
        self._meta_path(sha256).unlink(missing_ok=True)
        return size

    async def verify_async(self, sha256: str) -> bool:
        return await asyncio.to_thread(self.verify, sha256)

    def _blob_path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:]

    def _meta_path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256[2:]}.json"
