"""The content-addressed asset store: round trips, idempotence, metadata, path escapes, corruption."""

from __future__ import annotations

import hashlib
import io
import json
import wave
from fractions import Fraction
from pathlib import Path

import pytest
from PIL import Image

from mesh.errors import AssetError, AssetIntegrityError, AssetNotFound
from mesh.storage.assets import AssetMeta, AssetStore, probe, sniff_mime, validate_hash

BAD_HASHES = [
    "",
    "../" * 21 + "a",
    "../../etc/passwd",
    "..\\..\\windows\\system32\\x" + "a" * 40,
    "C:\\x" + "a" * 60,
    "C:/" + "a" * 61,
    "/" + "a" * 63,
    "a" * 63,
    "a" * 65,
    "A" * 64,  # uppercase is not the canonical form: one asset, one name
    "g" * 64,
    "\x00" + "a" * 63,
    "a" * 63 + "\x00",
    "a" * 64 + "\n",  # `$` would accept this; fullmatch must not
    "é" * 64,
    "٣" * 64,  # Arabic-Indic digits match `\d` in unicode mode
    "\uff41" * 64,  # fullwidth 'a'
]


def _png(w: int = 32, h: int = 16, colour: str = "#00e5ff") -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (w, h), colour).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def store(tmp_path: Path) -> AssetStore:
    return AssetStore(tmp_path / "assets")


def _tmp_files(store: AssetStore) -> list[Path]:
    return list((store.root / ".tmp").iterdir())


def test_put_bytes_round_trip_and_layout(store: AssetStore) -> None:
    data = b"multiplex " * 1000
    meta = store.put_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    assert meta == AssetMeta(digest, "application/octet-stream", len(data))
    assert store.has(digest)
    assert store.path(digest) == store.root / digest[:2] / digest[2:]
    assert store.path(digest).read_bytes() == data
    sidecar = store.root / digest[:2] / f"{digest[2:]}.json"
    assert json.loads(sidecar.read_text()) == meta.to_dict()
    assert store.meta(digest) == meta
    assert store.verify(digest)
    assert _tmp_files(store) == []


def test_put_is_idempotent(store: AssetStore, tmp_path: Path) -> None:
    src = tmp_path / "panel.png"
    src.write_bytes(_png())
    first = store.put_file(src)
    second = store.put_file(src)
    third = store.put_bytes(src.read_bytes())
    assert first == second == third
    blobs = [p for p in store.root.rglob("*") if p.is_file() and p.suffix != ".json"]
    assert blobs == [store.path(first.sha256)]
    assert _tmp_files(store) == []


def test_image_metadata(store: AssetStore, tmp_path: Path) -> None:
    src = tmp_path / "x.bin"  # no extension: the type comes from the bytes
    src.write_bytes(_png(40, 24))
    meta = store.put_file(src)
    assert (meta.mime, meta.width, meta.height, meta.duration_s) == ("image/png", 40, 24, 0.0)


def test_explicit_mime_wins_and_is_validated(store: AssetStore) -> None:
    assert store.put_bytes(b"# note", mime="Text/Markdown").mime == "text/markdown"
    with pytest.raises(AssetError):
        store.put_bytes(b"x", mime="text/html\r\nSet-Cookie: a=b")


def test_video_and_audio_metadata(store: AssetStore, tmp_path: Path) -> None:
    import av

    clip = tmp_path / "clip.mp4"
    with av.open(str(clip), "w") as out:
        stream = out.add_stream("libx264", rate=8)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        stream.time_base = Fraction(1, 8)
        for i in range(16):
            frame = av.VideoFrame.from_image(Image.new("RGB", (64, 48), (i * 10, 0, 0)))
            frame.pts = i
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    meta = store.put_file(clip)
    assert (meta.mime, meta.width, meta.height) == ("video/mp4", 64, 48)
    assert meta.duration_s == pytest.approx(2.0, abs=1 / 8)

    wav = tmp_path / "voice.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x00" * 12000)
    meta = store.put_file(wav)
    assert (meta.mime, meta.width, meta.height) == ("audio/wav", 0, 0)
    assert meta.duration_s == pytest.approx(1.5, abs=0.01)


@pytest.mark.parametrize(
    ("head", "mime"),
    [
        (b"\x89PNG\r\n\x1a\n....", "image/png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", "audio/wav"),
        (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00", "video/mp4"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", "video/webm"),
        (b"OggS\x00\x02", "audio/ogg"),
        (b"ID3\x04\x00", "audio/mpeg"),
        (b"\xff\xfb\x90\x64", "audio/mpeg"),
        (b"<html><script>", "application/octet-stream"),
        (b"", "application/octet-stream"),
    ],
)
def test_sniff_mime(head: bytes, mime: str) -> None:
    assert sniff_mime(head) == mime


@pytest.mark.parametrize("bad", BAD_HASHES)
def test_bad_hashes_never_become_paths(store: AssetStore, bad: str) -> None:
    with pytest.raises(AssetIntegrityError):
        validate_hash(bad)
    for call in (store.has, store.path, store.meta, store.verify):
        with pytest.raises(AssetIntegrityError):
            call(bad)
    with pytest.raises(AssetIntegrityError):
        store.writer(expect=bad)


@pytest.mark.parametrize("bad", [None, 123, b"a" * 64])
def test_non_string_hashes_are_rejected(bad: object) -> None:
    with pytest.raises(AssetIntegrityError):
        validate_hash(bad)


def test_missing_asset(store: AssetStore) -> None:
    digest = hashlib.sha256(b"never stored").hexdigest()
    assert not store.has(digest)
    for call in (store.path, store.meta, store.verify):
        with pytest.raises(AssetNotFound):
            call(digest)


def test_verify_detects_a_damaged_file(store: AssetStore) -> None:
    meta = store.put_bytes(b"the original bytes")
    assert store.verify(meta.sha256)
    path = store.path(meta.sha256)
    path.write_bytes(b"the damaged bytes!")
    assert not store.verify(meta.sha256)


def test_sidecar_is_rebuilt_when_missing_or_damaged(store: AssetStore) -> None:
    meta = store.put_bytes(_png(8, 8))
    sidecar = store.root / meta.sha256[:2] / f"{meta.sha256[2:]}.json"
    sidecar.unlink()
    assert store.meta(meta.sha256) == meta
    sidecar.write_text('{"sha256": "../../x", "mime": 1}')
    assert store.meta(meta.sha256) == meta
    assert json.loads(sidecar.read_text()) == meta.to_dict()


def test_oversized_input_is_refused(tmp_path: Path) -> None:
    store = AssetStore(tmp_path / "assets", max_bytes=10)
    with pytest.raises(AssetError, match="limit of 10 bytes"):
        store.put_bytes(b"x" * 11)
    src = tmp_path / "big.bin"
    src.write_bytes(b"y" * 11)
    with pytest.raises(AssetError, match="limit of 10 bytes"):
        store.put_file(src)
    with store.writer() as w, pytest.raises(AssetError, match="limit"):
        for _ in range(3):
            w.write(b"zzzz")  # a stream with no announced size is cut off at the limit
    assert store.put_bytes(b"x" * 10).size == 10
    assert _tmp_files(store) == []
    assert sum(1 for p in store.root.rglob("*") if p.is_file() and p.suffix != ".json") == 1


def test_writer_with_expected_hash(store: AssetStore) -> None:
    good = b"bytes a peer promised"
    with store.writer(expect=hashlib.sha256(good).hexdigest()) as w:
        w.write(good[:5])
        w.write(good[5:])
        assert w.commit().sha256 == hashlib.sha256(good).hexdigest()
    wrong = hashlib.sha256(b"something else").hexdigest()
    with store.writer(expect=wrong) as w:
        w.write(good)
        with pytest.raises(AssetIntegrityError, match="do not match"):
            w.commit()
    assert not store.has(wrong)
    assert _tmp_files(store) == []


async def test_async_variants(store: AssetStore, tmp_path: Path) -> None:
    src = tmp_path / "a.png"
    src.write_bytes(_png(4, 4))
    meta = await store.put_file_async(src)
    assert await store.put_bytes_async(src.read_bytes()) == meta
    assert await store.meta_async(meta.sha256) == meta
    assert await store.verify_async(meta.sha256)


def test_probe_of_undecodable_media_gives_zeros(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n but then garbage")
    assert probe(bad, "image/png") == (0, 0, 0.0)
    assert probe(bad, "video/mp4") == (0, 0, 0.0)


def test_meta_from_dict_validates() -> None:
    digest = "a" * 64
    assert AssetMeta.from_dict({"sha256": digest, "mime": "image/png", "size": 3}).size == 3
    for bad in (
        {"sha256": "x", "mime": "image/png", "size": 1},
        {"sha256": digest},
        [],
        {"sha256": digest, "mime": "image/png", "size": -1},
    ):
        with pytest.raises(AssetError):
            AssetMeta.from_dict(bad)
