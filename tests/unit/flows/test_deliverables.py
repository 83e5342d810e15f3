"""Every deliverable is read back and checked: the PDF's text and panels, the OTIO timeline and the editor
formats re-read by OTIO's adapters, the animatic probed frame by frame with PyAV, the CSV's columns, the
zip's manifest against its members."""

from __future__ import annotations

import csv
import json
import zipfile
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from flows.deliverables import KINDS, ExportError, Snapshot, build, snapshot
from flows.deliverables.csv import COLUMNS
from mesh.model import sequence
from mesh.model.board import Board
from mesh.model.jobs import plan_render

pypdf = pytest.importorskip("pypdf")
otio = pytest.importorskip("opentimelineio")

FPS = 24
SIZE = (320, 180)
RED, GREEN, BLUE = (220, 30, 30), (30, 200, 40), (30, 40, 220)
ORIGIN = "user:test"


def make_clip(path: Path, colours: list[tuple[int, int, int]], seconds: float, fps: int = 16) -> None:
    """A clip whose frames change colour in equal parts (red then green, say), so timing is visible."""
    frames = round(seconds * fps)
    with av.open(str(path), "w", format="mp4") as c:
        s = c.add_stream("libx264", rate=fps)
        s.width, s.height, s.pix_fmt = 160, 90, "yuv420p"
        s.time_base = Fraction(1, fps)
        for i in range(frames):
            arr = np.zeros((90, 160, 3), np.uint8)
            arr[:] = colours[min(i * len(colours) // frames, len(colours) - 1)]
            f = av.VideoFrame.from_ndarray(arr, format="rgb24")
            f.pts = i
            for p in s.encode(f):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)


class Fixture:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.files: dict[str, Path] = {}
        self.board = Board()
        self.board.init_meta("Castle", origin=ORIGIN)

    def asset(self, path: Path) -> str:
        sha = f"{len(self.files):064x}"
        self.files[sha] = path
        return sha

    def path(self, sha: str) -> Path | None:
        return self.files.get(sha)

    def add_clip(self, intent_id: str, colours: list[tuple[int, int, int]], seconds: float, job_id: str = "") -> str:
        p = self.tmp / f"clip{len(self.files)}.mp4"
        make_clip(p, colours, seconds)
        art = self.board.add_gen_art(intent_id, "video", origin="peer:studio-a", asset=self.asset(p),
                                     stage="clip", mime="video/mp4", duration_s=seconds, peer_id="peer:studio-a",
                                     backend="cpu", job_id=job_id)
        return art.id

    def add_still(self, intent_id: str, colour: tuple[int, int, int]) -> str:
        p = self.tmp / f"still{len(self.files)}.png"
        Image.new("RGB", (320, 180), colour).save(p)
        return self.board.add_gen_art(intent_id, "image", origin="peer:studio-a", asset=self.asset(p),
                                      stage="still", mime="image/png", peer_id="peer:studio-a").id

    def snap(self) -> Snapshot:
        return snapshot(self.board, self.path)


@pytest.fixture
def fx(tmp_path: Path) -> Fixture:
    """Three shots (a red-then-green clip, one not rendered, a blue clip) and a character reference."""
    f = Fixture(tmp_path)
    b = f.board
    a = b.add_intent("Wide: the castle at dawn, mist in the valley", origin=ORIGIN, shot_size="WS",
                     camera_move="dolly-in", lens="24mm")
    b.add_comp(a.id, "note", origin=ORIGIN, text="keep the flag moving")
    f.add_still(a.id, RED)
    f.add_clip(a.id, [RED, GREEN], 1.0)
    b.add_intent("Mara, the rider", sub="character", origin=ORIGIN)  # a reference: not a shot
    c = b.add_intent("Close: Mara looks up", origin=ORIGIN, duration_s=1.5, shot_size="CU")
    d = b.add_intent("The gate opens", origin=ORIGIN)
    f.add_clip(d.id, [BLUE], 1.0)
    f.ids = [a.id, c.id, d.id]  # type: ignore[attr-defined]
    return f


def test_snapshot_follows_the_sequence(fx: Fixture) -> None:
    snap = fx.snap()
    assert [s.intent_id for s in snap.shots] == fx.ids  # type: ignore[attr-defined]
    assert [s.number for s in snap.shots] == ["1", "2", "3"]
    assert [s.edit_s for s in snap.shots] == [1.0, 1.5, 1.0]  # the take's length, else the intent's


# -- PDF -------------------------------------------------------------------------------------------


def _pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


@pytest.mark.parametrize(("per_page", "pages"), [(6, 2), (3, 3)])
def test_pdf_sheets_hold_3_or_6_panels_landscape(fx: Fixture, tmp_path: Path, per_page: int, pages: int) -> None:
    for i in range(4):
        fx.board.add_intent(f"Extra beat {i}", origin=ORIGIN)
    out = tmp_path / "board.pdf"
    summary = build("pdf", fx.snap(), out, options={"per_page": per_page})
    texts = _pdf_pages(out)
    assert summary["pages"] == pages == len(texts)
    counts = [t.count("SHOT ") for t in texts]
    assert counts[:-1] == [per_page] * (pages - 1) and sum(counts) == 7
    reader = pypdf.PdfReader(str(out))
    assert all(p.mediabox.width > p.mediabox.height for p in reader.pages)


def test_pdf_three_up_panels_have_room_for_long_text(fx: Fixture, tmp_path: Path) -> None:
    words = " ".join(f"beat{i}" for i in range(120))
    fx.board.update(fx.ids[1], origin=ORIGIN, description=words)  # type: ignore[attr-defined]
    three, six = tmp_path / "3.pdf", tmp_path / "6.pdf"
    build("pdf", fx.snap(), three, options={"per_page": 3})
    build("pdf", fx.snap(), six, options={"per_page": 6})
    assert "beat119" in _pdf_pages(three)[0]  # a 3-up sheet is one row: tall panels, the whole text
    assert "beat30" in _pdf_pages(six)[0] and "beat119" not in _pdf_pages(six)[0]  # 6-up: cut at the panel


def test_pdf_panel_shows_number_text_notes_camera_duration(fx: Fixture, tmp_path: Path) -> None:
    out = tmp_path / "board.pdf"
    build("pdf", fx.snap(), out)
    text = " ".join(_pdf_pages(out)[0].split())
    for expected in ("SHOT 1", "SHOT 2", "SHOT 3", "Wide: the castle at dawn", "keep the flag moving",
                     "WS · dolly-in · 24mm", "1.5s", "Castle"):
        assert expected in text
    assert "Mara, the rider" not in text  # a character reference is not a panel
    page = pypdf.PdfReader(str(out)).pages[0]
    fonts = {str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    assert any("SpaceGrotesk" in f for f in fonts), fonts  # the project's fonts, embedded
    assert len(page.images) == 2  # shot 1's still and shot 3's clip frame; shot 2 is not rendered


# -- timelines -------------------------------------------------------------------------------------


def test_otio_clips_match_sequence_with_provenance_and_handles(fx: Fixture, tmp_path: Path) -> None:
    a, _, d = fx.ids  # type: ignore[attr-defined]
    fx.board.add_comp(a, "directive", origin=ORIGIN, params={"seed": 42, "model": "flux-dev", "workflow": "wan"})
    _still_job, clip_job = plan_render(fx.board, [a], requested_by=ORIGIN)
    fx.board.choose_take(a, fx.add_clip(a, [RED, GREEN], 1.0, job_id=clip_job), origin=ORIGIN)
    sequence.set_cut(fx.board, d, 0.25, 0.75, origin=ORIGIN)
    out = tmp_path / "cut.otio"
    build("otio", fx.snap(), out)
    timeline = otio.adapters.read_from_file(str(out))
    clips = list(timeline.find_clips())
    shots = sequence.shots(fx.board)
    assert [c.metadata["multiplex"]["intent"] for c in clips] == [s.intent_id for s in shots]
    assert [c.source_range.duration.to_seconds() for c in clips] == [s.edit_s for s in shots]
    assert clips[2].source_range.start_time.to_seconds() == 0.25  # cut-in kept apart from the take's length
    assert clips[2].media_reference.available_range.duration.to_seconds() == 1.0  # the handles
    meta = clips[0].metadata["multiplex"]
    assert meta["prompt"] == "Wide: the castle at dawn, mist in the valley. keep the flag moving"
    assert (meta["seed"], meta["model"], meta["workflow"]) == (42, "flux-dev", "wan")
    assert meta["machine"] == "peer:studio-a" and meta["job"] == clip_job
    assert meta["shot"] == "1" and meta["take"] == fx.board.intent(a).chosen["clip"]
    assert isinstance(clips[1].media_reference, otio.schema.MissingReference)  # not rendered yet


@pytest.mark.parametrize(("kind", "adapter"), [("fcp7", "fcp_xml"), ("fcpxml", "fcpx_xml"), ("edl", "cmx_3600")])
def test_editor_formats_are_reread_by_the_adapters(fx: Fixture, tmp_path: Path, kind: str, adapter: str) -> None:
    out = tmp_path / f"cut.{kind}"
    build(kind, fx.snap(), out)
    timeline = otio.adapters.read_from_file(str(out), adapter_name=adapter)
    clips = list(timeline.find_clips())
    assert [round(c.duration().to_seconds(), 3) for c in clips] == [1.0, 1.5, 1.0]
    assert [c.name.split()[0] for c in clips] == ["1", "2", "3"]


# -- animatic ----------------------------------------------------------------------------------------


def _frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as c:
        return [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]


def _near(frame: np.ndarray, colour: tuple[int, int, int], tol: int = 40) -> bool:
    centre = frame[frame.shape[0] // 2 - 4:frame.shape[0] // 2 + 4, frame.shape[1] // 2 - 4:frame.shape[1] // 2 + 4]
    return bool(np.all(np.abs(centre.reshape(-1, 3).mean(axis=0) - colour) < tol))


def test_animatic_length_shot_boundaries_title_card_and_audio(fx: Fixture, tmp_path: Path) -> None:
    out = tmp_path / "animatic.mp4"
    seen: list[float] = []
    summary = build("animatic", fx.snap(), out, options={"width": SIZE[0], "height": SIZE[1], "fps": FPS},
                    progress=lambda f, _m: seen.append(f))
    assert summary["duration_s"] == 3.5
    frames = _frames(out)
    assert len(frames) == round(3.5 * FPS)  # 24 + 36 + 24, constant frame rate
    b1, b2 = 24, 24 + 36
    assert _near(frames[b1 - 1], GREEN) and not _near(frames[b1], GREEN)
    card = frames[b1 + 5]
    assert card.mean() < 40 and card.max() > 200  # the dark title card (light type) of the shot with no clip
    assert _near(frames[b2 - 1], frames[b2 - 1][0, 0]) and _near(frames[b2], BLUE)
    # time-based: output frame 10 (0.42 s) shows the clip at 0.42 s (red), not its 10th frame (green)
    assert _near(frames[10], RED)
    with av.open(str(out)) as c:
        audio = c.streams.audio[0]
        assert audio.codec_context.name == "aac" and c.streams.video[0].codec_context.name == "h264"
        assert abs(float(audio.duration * audio.time_base) - 3.5) < 0.05
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_animatic_starts_each_clip_at_its_cut_in(fx: Fixture, tmp_path: Path) -> None:
    a = fx.ids[0]  # type: ignore[attr-defined]
    sequence.set_cut(fx.board, a, 0.5, 0, origin=ORIGIN)  # the green half only
    out = tmp_path / "animatic.mp4"
    build("animatic", fx.snap(), out, options={"width": SIZE[0], "height": SIZE[1], "fps": FPS})
    frames = _frames(out)
    assert len(frames) == 12 + 36 + 24
    assert _near(frames[0], GREEN)


def make_tone(path: Path, seconds: float, hz: float = 440.0, rate: int = 22_050) -> None:
    """A sine tone in a WAV (another rate than the animatic's, so it is resampled on the way in)."""
    t = np.arange(round(seconds * rate)) / rate
    with av.open(str(path), "w", format="wav") as c:
        s = c.add_stream("pcm_s16le", rate=rate, layout="mono")
        samples = (0.5 * np.sin(2 * np.pi * hz * t) * 32767).astype(np.int16).reshape(1, -1)
        f = av.AudioFrame.from_ndarray(samples, format="s16", layout="mono")
        f.sample_rate = rate
        for p in s.encode(f):
            c.mux(p)
        for p in s.encode(None):
            c.mux(p)


def _audio(path: Path) -> tuple[np.ndarray, int]:
    with av.open(str(path)) as c:
        stream = c.streams.audio[0]
        rate = stream.codec_context.sample_rate
        chunks = [f.to_ndarray().reshape(-1) for f in c.decode(audio=0)]
    return np.concatenate(chunks), rate


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x.astype(np.float64))))) if x.size else 0.0


def test_animatic_mixes_an_audio_comp_at_its_shot(fx: Fixture, tmp_path: Path) -> None:
    """Shot 2 (1.5 s, starts at 1.0 s) has a voice note of 3 s: it plays from 1.0 s, is cut at 2.5 s,
    and shots 1 and 3 stay silent."""
    tone = tmp_path / "voice.wav"
    make_tone(tone, 3.0)
    c = fx.ids[1]  # type: ignore[attr-defined]
    fx.board.add_comp(c, "voice", origin=ORIGIN, asset=fx.asset(tone), mime="audio/wav")
    out = tmp_path / "animatic.mp4"
    build("animatic", fx.snap(), out, options={"width": SIZE[0], "height": SIZE[1], "fps": FPS})
    samples, rate = _audio(out)
    assert rate == 48_000
    with av.open(str(out)) as container:
        a = container.streams.audio[0]
        assert a.codec_context.name == "aac"
        assert abs(float(a.duration * a.time_base) - 3.5) < 0.05
    sec = lambda t: round(t * rate)  # noqa: E731
    assert _rms(samples[sec(0.05):sec(0.95)]) < 0.01  # shot 1: silence
    voiced = samples[sec(1.1):sec(2.4)]
    assert 0.25 < _rms(voiced) < 0.45  # a 0.5 sine has rms 0.354
    spectrum = np.abs(np.fft.rfft(voiced))
    assert abs(np.argmax(spectrum) * rate / voiced.size - 440) < 5  # the tone itself, resampled
    assert _rms(samples[sec(2.6):sec(3.45)]) < 0.01  # cut at the shot's end: shot 3 is silent


def make_opus(path: Path, seconds: float, hz: float = 440.0) -> None:
    """What a browser's MediaRecorder makes of a voice note: Opus in WebM."""
    rate = 48_000
    x = (0.5 * np.sin(2 * np.pi * hz * np.arange(round(seconds * rate)) / rate)).astype(np.float32)
    with av.open(str(path), "w", format="webm") as c:
        s = c.add_stream("libopus", rate=rate, layout="mono")
        for at in range(0, x.size, 960):
            f = av.AudioFrame.from_ndarray(x[at:at + 960].reshape(1, -1), format="flt", layout="mono")
            f.sample_rate, f.pts = rate, at
            for p in s.encode(f):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)


@pytest.mark.skipif("libopus" not in av.codecs_available, reason="this PyAV build has no Opus encoder")
def test_animatic_mixes_a_browser_voice_note(fx: Fixture, tmp_path: Path) -> None:
    note = tmp_path / "voice.webm"
    make_opus(note, 1.0)
    fx.board.add_comp(fx.ids[2], "voice", origin=ORIGIN, asset=fx.asset(note), mime="audio/webm")  # type: ignore[attr-defined]
    out = tmp_path / "animatic.mp4"
    build("animatic", fx.snap(), out, options={"width": SIZE[0], "height": SIZE[1], "fps": FPS})
    samples, rate = _audio(out)
    assert _rms(samples[:round(2.45 * rate)]) < 0.01  # shots 1 and 2
    assert 0.25 < _rms(samples[round(2.6 * rate):round(3.4 * rate)]) < 0.45  # shot 3, from 2.5 s


def test_animatic_ignores_an_audio_comp_that_does_not_decode(fx: Fixture, tmp_path: Path) -> None:
    bad = tmp_path / "voice.webm"
    bad.write_bytes(b"not a sound at all" * 100)
    fx.board.add_comp(fx.ids[1], "voice", origin=ORIGIN, asset=fx.asset(bad), mime="audio/webm")  # type: ignore[attr-defined]
    out = tmp_path / "animatic.mp4"
    summary = build("animatic", fx.snap(), out, options={"width": SIZE[0], "height": SIZE[1], "fps": FPS})
    assert summary["duration_s"] == 3.5
    samples, _ = _audio(out)
    assert _rms(samples) < 0.01


def test_animatic_burns_in_the_shot_number(fx: Fixture, tmp_path: Path) -> None:
    plain, burned = tmp_path / "plain.mp4", tmp_path / "burned.mp4"
    opts = {"width": SIZE[0], "height": SIZE[1], "fps": FPS}
    build("animatic", fx.snap(), plain, options=opts)
    build("animatic", fx.snap(), burned, options={**opts, "burn_in": True})
    p, q = _frames(plain)[70], _frames(burned)[70]  # shot 3 (blue)
    assert np.abs(p[:20, :60].astype(int) - q[:20, :60]).max() > 100  # the corner changed
    assert _near(q, BLUE)  # the picture did not


# -- CSV and zip --------------------------------------------------------------------------------------


def test_csv_shot_list_columns_and_rows(fx: Fixture, tmp_path: Path) -> None:
    out = tmp_path / "shots.csv"
    build("csv", fx.snap(), out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0].keys()) == COLUMNS
    assert [r["shot"] for r in rows] == ["1", "2", "3"]
    assert [r["start_s"] for r in rows] == ["0", "1", "2.5"]
    assert rows[0]["shot_size"] == "WS" and rows[0]["comp_notes"] == "keep the flag moving"
    assert rows[1]["clip"] == "" and rows[2]["machine"] == "peer:studio-a"


def test_zip_holds_every_take_and_a_matching_manifest(fx: Fixture, tmp_path: Path) -> None:
    a = fx.ids[0]  # type: ignore[attr-defined]
    fx.add_clip(a, [BLUE], 1.0)  # a second take, not chosen
    lost = fx.board.add_gen_art(a, "image", origin="peer:gone", asset="f" * 64, stage="still", mime="image/png")
    out = tmp_path / "gen-art.zip"
    summary = build("zip", fx.snap(), out)
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read("manifest.json"))
        names = set(z.namelist())
        listed = [f for f in manifest["files"] if f["file"]]
        assert {f["file"] for f in listed} | {"manifest.json", "timeline.otio"} == names
        for f in listed:
            assert z.read(f["file"]) == fx.files[f["asset"]].read_bytes()
        timeline = otio.adapters.read_from_string(z.read("timeline.otio").decode(), "otio_json")
    missing = [f for f in manifest["files"] if not f["file"]]
    assert [f["gen_art_id"] for f in missing] == [lost.id] and summary["missing"] == 1
    chosen = {f["gen_art_id"] for f in manifest["files"] if f["chosen"]}
    assert chosen == {i for s in fx.snap().shots for i in (s.still and s.still.gen_art_id,
                                                           s.clip and s.clip.gen_art_id) if i}
    assert [s["intent"] for s in manifest["shots"]] == fx.ids  # type: ignore[attr-defined]
    urls = [c.media_reference.target_url for c in timeline.find_clips() if hasattr(c.media_reference, "target_url")]
    assert urls and all(u in names for u in urls)  # the bundled timeline points inside the zip


def test_build_refuses_unknown_kinds_and_an_empty_sequence(tmp_path: Path) -> None:
    assert set(KINDS) == {"pdf", "animatic", "csv", "otio", "fcp7", "fcpxml", "edl", "zip"}
    with pytest.raises(ExportError, match="unknown export"):
        build("mov", Snapshot("b", []), tmp_path / "x")
    with pytest.raises(ExportError, match="no shots"):
        build("pdf", Snapshot("b", []), tmp_path / "x.pdf")
