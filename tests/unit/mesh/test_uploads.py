"""Uploads are judged before they are kept: sniffed media types only, within the board's quota, no leftovers."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest
from PIL import Image

from mesh.errors import AssetError, AssetTooLarge, QuotaExceeded, UnsupportedMedia
from mesh.storage.assets import SNIFF_BYTES, UPLOAD_MEDIA, AssetStore, declared_size, refusal_status, sniff_mime

BOARD = "film"
KIB = 1024


def _noise(n: int, seed: int = 7) -> bytes:
    """Random bytes that no magic number matches (checked, not assumed)."""
    data = b"\x00" + random.Random(seed).randbytes(n - 1)
    assert sniff_mime(data[:SNIFF_BYTES]) == "application/octet-stream"
    return data


def _png_sized(n: int, seed: int = 1) -> bytes:
    """A PNG signature then filler: sniffs as image/png (probing it just finds no pixels)."""
    return b"\x89PNG\r\n\x1a\n" + random.Random(seed).randbytes(n - 8)


def _footprint(store: AssetStore) -> tuple[int, list[str]]:
    """Bytes of every file under the store, and the names of its temp files."""
    files = [p for p in store.root.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), sorted(p.name for p in (store.root / ".tmp").iterdir())


@pytest.fixture
def store(tmp_path: Path) -> AssetStore:
    return AssetStore(tmp_path / "assets", upload_quota=1024 * KIB)


def _ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\x00\x00\x00\x00" + b"".join(compatible)
    return (8 + len(body)).to_bytes(4, "big") + b"ftyp" + body + b"\x00" * SNIFF_BYTES


@pytest.mark.parametrize(("head", "mime"), [
    (b"fLaC\x00\x00\x00\x22" + b"\x00" * 40, "audio/flac"),
    (b"II*\x00\x08\x00\x00\x00" + b"\x00" * 40, "image/tiff"),
    (b"MM\x00*\x00\x00\x00\x08" + b"\x00" * 40, "image/tiff"),
    (_ftyp(b"avif", b"mif1", b"miaf"), "image/avif"),
    (_ftyp(b"mif1", b"avif"), "image/avif"),
    (_ftyp(b"heic", b"mif1", b"heic"), "image/heic"),
    (_ftyp(b"qt  ", b"qt  "), "video/quicktime"),
    (_ftyp(b"isom", b"iso2", b"avc1", b"mp41"), "video/mp4"),
    (_ftyp(b"M4A ", b"M4A ", b"mp42"), "audio/mp4"),
    (b"\x00\x00\x00\x08wide\x00\x00\x00\x00mdat" + b"\x00" * 40, "video/quicktime"),
    (b"\xff\xf1\x50\x80" + b"\x00" * 40, "audio/aac"),
    (b"\xff\xfb\x90\x64" + b"\x00" * 40, "audio/mpeg"),
    (b"\xff\xff\xff\xff" + b"\x00" * 40, "application/octet-stream"),  # sync bits but a reserved layer/rate
])
def test_sniff_recognises_more_formats(head: bytes, mime: str) -> None:
    assert sniff_mime(head[:SNIFF_BYTES]) == mime


def test_real_images_sniff_as_their_type() -> None:
    for fmt, mime in (("TIFF", "image/tiff"), ("AVIF", "image/avif")):
        buf = io.BytesIO()
        Image.new("RGB", (16, 16), "#00e5ff").save(buf, fmt)
        assert sniff_mime(buf.getvalue()[:SNIFF_BYTES]) == mime
        assert mime in UPLOAD_MEDIA
    assert "image/heic" not in UPLOAD_MEDIA  # recognised, so the refusal can say what it is


def test_unknown_bytes_are_refused_at_the_first_write_before_any_is_kept(store: AssetStore) -> None:
    before = _footprint(store)
    w = store.upload_writer(BOARD)
    with pytest.raises(UnsupportedMedia, match="not a format we recognise"):
        w.write(_noise(5 * 1024 * KIB))
    assert _footprint(store) == before  # not even the temp file is left
    with pytest.raises(AssetError):
        w.write(b"more")  # the writer is closed, not reopened


def test_a_refused_type_is_named(store: AssetStore) -> None:
    w = store.upload_writer(BOARD)
    with pytest.raises(UnsupportedMedia, match="image/heic"):
        w.write(_ftyp(b"heic", b"mif1"))


def test_the_head_is_judged_even_when_it_arrives_in_small_pieces(store: AssetStore) -> None:
    before = _footprint(store)
    w = store.upload_writer(BOARD)
    data = _noise(4 * KIB)
    with pytest.raises(UnsupportedMedia):
        for i in range(0, len(data), 10):
            w.write(data[i:i + 10])
    assert w.size <= SNIFF_BYTES + 10
    assert _footprint(store) == before


def test_a_file_shorter_than_the_sniff_window_is_judged_at_commit(store: AssetStore) -> None:
    before = _footprint(store)
    for data in (b"", b"hello"):
        with store.upload_writer(BOARD) as w:
            w.write(data)
            with pytest.raises(UnsupportedMedia):
                w.commit()
    assert _footprint(store) == before


def test_an_accepted_upload_is_kept_with_its_sniffed_type_and_charged(store: AssetStore) -> None:
    data = _png_sized(100 * KIB)
    with store.upload_writer(BOARD) as w:
        w.write(data)
        meta = w.commit()
    assert meta.mime == "image/png" and store.has(meta.sha256)
    assert store.quota.used(BOARD) == len(data)
    record = json.loads((store.root / ".uploads" / f"{BOARD}.json").read_text(encoding="utf-8"))
    assert record == {meta.sha256: len(data)}
    assert store.quota.used("other") == 0  # per board


def test_a_declared_length_over_the_quota_is_refused_before_a_temp_file_exists(store: AssetStore) -> None:
    before = _footprint(store)
    with pytest.raises(QuotaExceeded, match=r"upload quota of 1 MiB.*MULTIPLEX_UPLOAD_QUOTA") as info:
        store.upload_writer(BOARD, declared=2 * 1024 * KIB)
    assert refusal_status(info.value) == 413
    assert _footprint(store) == before


def test_streaming_past_the_quota_is_refused_and_nothing_kept(store: AssetStore) -> None:
    before = _footprint(store)
    data = _png_sized(2 * 1024 * KIB)
    w = store.upload_writer(BOARD)  # no Content-Length (chunked)
    with pytest.raises(QuotaExceeded):
        for i in range(0, len(data), 64 * KIB):
            w.write(data[i:i + 64 * KIB])
    assert _footprint(store) == before and store.quota.used(BOARD) == 0


def test_quota_is_checked_again_at_commit(store: AssetStore) -> None:
    """Two uploads that each fit when they start cannot both land if together they do not."""
    first, second = _png_sized(600 * KIB, seed=1), _png_sized(600 * KIB, seed=2)
    a, b = store.upload_writer(BOARD, declared=len(first)), store.upload_writer(BOARD, declared=len(second))
    a.write(first)
    b.write(second)
    kept = a.commit()
    before, partial = _footprint(store)
    assert len(partial) == 1  # b's bytes, not yet judged
    with pytest.raises(QuotaExceeded, match="600 KiB of it is used"):
        b.commit()
    assert _footprint(store) == (before - len(second), [])
    assert store.quota.entries(BOARD) == {kept.sha256: len(first)}


def test_bytes_the_store_already_has_cost_no_quota(store: AssetStore) -> None:
    data = _png_sized(400 * KIB)
    for _ in range(3):  # the same drop again and again
        with store.upload_writer(BOARD, declared=len(data)) as w:
            w.write(data)
            w.commit()
    assert store.quota.used(BOARD) == len(data)
    rendered = store.put_bytes(_png_sized(300 * KIB, seed=9))  # e.g. a render's output, not an upload
    with store.upload_writer(BOARD) as w:
        w.write(store.path(rendered.sha256).read_bytes())
        assert w.commit().sha256 == rendered.sha256
    assert store.quota.used(BOARD) == len(data)


def test_a_damaged_record_counts_from_zero_and_is_rewritten(store: AssetStore) -> None:
    (store.root / ".uploads").mkdir()
    (store.root / ".uploads" / f"{BOARD}.json").write_text("{not json", encoding="utf-8")
    assert store.quota.used(BOARD) == 0
    with store.upload_writer(BOARD) as w:
        w.write(_png_sized(10 * KIB))
        w.commit()
    assert store.quota.used(BOARD) == 10 * KIB


def test_over_the_size_limit_is_too_large_not_a_quota_matter(tmp_path: Path) -> None:
    store = AssetStore(tmp_path / "assets", max_bytes=100 * KIB)
    with pytest.raises(AssetTooLarge) as info:
        store.upload_writer(BOARD, declared=200 * KIB)
    assert not isinstance(info.value, QuotaExceeded) and refusal_status(info.value) == 413
    w = store.upload_writer(BOARD)
    with pytest.raises(AssetTooLarge):
        w.write(_png_sized(200 * KIB))
    assert list((store.root / ".tmp").iterdir()) == []


@pytest.mark.parametrize("raw", ["abc", "-1", "1e6", "12 34", "", "\u0661\u0662", "9" * 5000, "0x10"])
def test_garbage_content_length_is_an_asset_error(raw: str) -> None:
    with pytest.raises(AssetError, match="Content-Length") as info:
        declared_size(raw)
    assert refusal_status(info.value) == 400


def test_content_length_parses() -> None:
    assert declared_size(None) is None
    assert declared_size("0") == 0 and declared_size(" 1048576 ") == 1048576


def test_a_negative_quota_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="quota"):
        AssetStore(tmp_path / "assets", upload_quota=-1)
