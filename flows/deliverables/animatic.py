"""The animatic: every shot's chosen clip in sequence order, from its cut-in to its cut-out, in one MP4.

H.264 video with an AAC track (editors and phones expect one): each shot's audio comps (voice notes, dropped
sounds) mixed in from the shot's first frame and cut at its last, silence where a shot has none. Constant
frame rate,
each shot exactly ``round(edit_s * fps)`` frames. Frames are picked by time, not count, so a 16 fps clip
plays at its own speed in a 24 fps animatic; a clip shorter than its shot holds its last frame. A shot
without a rendered clip gets a designed title card (dark, the project's fonts, its shot number, title
and length) so the cut's timing is right before everything has rendered. The shot number can be burned
into the corner of every frame for review.

Runs in a worker thread; `progress(fraction, message)` is called as it goes and `stop` (a threading.Event)
is checked every frame, so a cancelled export stops within a frame and leaves no partial file.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from fractions import Fraction
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from flows.deliverables.shots import ExportError, Shot

__all__ = ["AUDIO_RATE", "AnimaticStopped", "decode_audio", "shot_audio", "write_animatic"]

FONT_DIR = Path(__file__).resolve().parent / "fonts"
AUDIO_RATE = 48_000
AUDIO_FRAME = 1024
CARD_BG, CARD_INK, CARD_MUTED, CARD_ACCENT = (14, 15, 19), (236, 237, 240), (140, 144, 154), (255, 196, 84)

Progress = Callable[[float, str], None]


class AnimaticStopped(ExportError):
    """The export was cancelled; the partial file is gone."""


def _font(file: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / file), size)


def title_card(shot: Shot, size: tuple[int, int]) -> Image.Image:
    """A dark card standing in for a shot with no clip yet: shot number, title, length, camera."""
    w, h = size
    img = Image.new("RGB", size, CARD_BG)
    draw = ImageDraw.Draw(img)
    unit = h / 720
    pad = round(72 * unit)
    mono = _font("jetbrains-mono-latin-400-normal.ttf", max(round(26 * unit), 8))
    big = _font("space-grotesk-latin-600-normal.ttf", max(round(132 * unit), 12))
    body = _font("plus-jakarta-sans-latin-600-normal.ttf", max(round(40 * unit), 10))
    draw.rectangle((pad, pad, pad + round(56 * unit), pad + max(round(6 * unit), 2)), fill=CARD_ACCENT)
    draw.text((pad, pad + round(28 * unit)), "SHOT", font=mono, fill=CARD_MUTED)
    draw.text((pad, pad + round(56 * unit)), shot.number, font=big, fill=CARD_INK)
    y = pad + round(230 * unit)
    for line in _wrap(shot.title or shot.description, body, w - 2 * pad)[:3]:
        draw.text((pad, y), line, font=body, fill=CARD_INK)
        y += round(54 * unit)
    facts = " · ".join(x for x in (f"{shot.edit_s:g}s", shot.camera_line, "not rendered yet") if x)
    draw.text((pad, h - pad - round(26 * unit)), facts, font=mono, fill=CARD_MUTED)
    return img


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines, line = [], ""
    for word in " ".join(text.split()).split(" "):
        trial = f"{line} {word}".strip()
        if line and font.getlength(trial) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines


def _fit(img: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Letterbox (or pillarbox) a frame into the animatic's size."""
    if img.size == size:
        return img.convert("RGB")
    scale = min(size[0] / img.width, size[1] / img.height)
    scaled = img.convert("RGB").resize((max(round(img.width * scale), 1), max(round(img.height * scale), 1)),
                                       Image.Resampling.BILINEAR)
    canvas = Image.new("RGB", size, (0, 0, 0))
    canvas.paste(scaled, ((size[0] - scaled.width) // 2, (size[1] - scaled.height) // 2))
    return canvas


def _burn(img: Image.Image, number: str, font: ImageFont.FreeTypeFont) -> Image.Image:
    img = img.copy()
    draw = ImageDraw.Draw(img)
    text = f"SHOT {number}"
    pad = max(img.height // 60, 4)
    box = draw.textbbox((0, 0), text, font=font)
    draw.rectangle((pad, pad, pad * 3 + box[2] - box[0], pad * 3 + box[3] - box[1]), fill=(0, 0, 0))
    draw.text((pad * 2 - box[0], pad * 2 - box[1]), text, font=font, fill=(255, 255, 255))
    return img


def _clip_frames(path: Path, size: tuple[int, int]) -> Iterator[tuple[float, Image.Image]]:
    """(seconds from the clip's start, frame) in presentation order."""
    import av

    with av.open(str(path)) as container:
        rate = float(container.streams.video[0].average_rate or 24)
        for i, frame in enumerate(container.decode(video=0)):
            t = float(frame.time) if frame.time is not None else i / rate
            # scale in libswscale (C, several times faster than Pillow here), then letterbox if needed
            scale = min(size[0] / frame.width, size[1] / frame.height)
            w, h = max(round(frame.width * scale), 1), max(round(frame.height * scale), 1)
            yield t, _fit(frame.reformat(width=w, height=h, format="rgb24").to_image(), size)


def write_animatic(shots: list[Shot], out: Path, *, size: tuple[int, int] = (1280, 720), fps: int = 24,
                   burn_in: bool = False, progress: Progress | None = None,
                   stop: threading.Event | None = None, preset: str = "veryfast", crf: int = 23) -> float:
    """Encode the animatic; returns its length in seconds. A clip that will not decode gets the title card."""
    import av

    if not shots:
        raise ExportError("the sequence is empty: add intents to the storyboard first")
    w, h = size[0] - size[0] % 2, size[1] - size[1] % 2
    if not (16 <= w <= 4096 and 16 <= h <= 4096 and 1 <= fps <= 60):
        raise ExportError(f"animatic size {w}x{h} at {fps} fps is outside 16..4096 px, 1..60 fps")
    codec = "libx264" if "libx264" in av.codecs_available else "mpeg4"  # mpeg4: a build without x264
    counts = [max(round(s.edit_s * fps), 1) for s in shots]
    total = sum(counts)
    burn_font = _font("jetbrains-mono-latin-400-normal.ttf", max(h // 30, 10))
    part = Path(out).with_name(Path(out).name + ".part")
    done = 0
    pending = np.zeros(0, dtype=np.float32)  # mixed samples not yet handed to the encoder
    samples_written = 0

    def write_audio(samples: np.ndarray) -> None:
        nonlocal samples_written
        af = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="fltp", layout="mono")
        af.sample_rate = AUDIO_RATE
        af.pts = samples_written
        for packet in audio.encode(af):
            container.mux(packet)
        samples_written += samples.shape[0]

    try:
        with av.open(str(part), "w", format="mp4", options={"movflags": "+faststart"}) as container:
            video = container.add_stream(codec, rate=fps)
            video.width, video.height, video.pix_fmt = w, h, "yuv420p"
            video.time_base = Fraction(1, fps)
            if codec == "libx264":
                video.options = {"preset": preset, "crf": str(crf)}
            audio = container.add_stream("aac", rate=AUDIO_RATE, layout="mono")
            for shot, count in zip(shots, counts, strict=True):
                first = done
                for img in _shot_frames(shot, count, (w, h), fps):
                    if stop is not None and stop.is_set():
                        raise AnimaticStopped("the animatic export was cancelled")
                    if burn_in:
                        img = _burn(img, shot.number, burn_font)
                    frame = av.VideoFrame.from_image(img)
                    frame.pts = done
                    for packet in video.encode(frame):
                        container.mux(packet)
                    done += 1
                    if progress is not None and (done % 12 == 0 or done == total):
                        progress(done / total, f"shot {shot.number}: frame {done}/{total}")
                # this shot's sound (or silence) up to its last frame, so the streams stay interleaved
                span = round(done / fps * AUDIO_RATE) - round(first / fps * AUDIO_RATE)
                pending = np.concatenate([pending, shot_audio(shot, span)])
                whole = pending.shape[0] - pending.shape[0] % AUDIO_FRAME
                for at in range(0, whole, AUDIO_FRAME):
                    write_audio(pending[at:at + AUDIO_FRAME])
                pending = pending[whole:]
            if pending.shape[0]:  # the last partial frame, padded: AAC frames are 1024 samples
                write_audio(np.concatenate([pending, np.zeros(AUDIO_FRAME - pending.shape[0], np.float32)]))
            for stream in (video, audio):
                for packet in stream.encode(None):
                    container.mux(packet)
        os.replace(part, out)
    except av.FFmpegError as exc:
        raise ExportError(f"the video encoder failed: {exc}") from exc
    finally:
        part.unlink(missing_ok=True)
    return total / fps


def shot_audio(shot: Shot, samples: int) -> np.ndarray:
    """`samples` of mono 48 kHz float audio for one shot: its audio comps mixed (summed, then limited to
    -1..1) from the shot's start, cut at its end; silence where they are shorter, or none decode."""
    out = np.zeros(samples, dtype=np.float32)
    for path in shot.audio:
        sound = decode_audio(path, samples)
        out[:sound.shape[0]] += sound
    np.clip(out, -1.0, 1.0, out=out)
    return out


def decode_audio(path: Path, limit: int) -> np.ndarray:
    """The first `limit` samples of a sound file as mono 48 kHz float32; empty if it has no audio that
    decodes (a broken or silent-only comp never stops the animatic)."""
    import av

    parts: list[np.ndarray] = []
    have = 0
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                return np.zeros(0, dtype=np.float32)
            resampler = av.AudioResampler(format="flt", layout="mono", rate=AUDIO_RATE)
            for frame in container.decode(audio=0):
                for out in resampler.resample(frame):
                    parts.append(out.to_ndarray().reshape(-1).astype(np.float32, copy=False))
                    have += parts[-1].shape[0]
                if have >= limit:
                    break
            else:
                for out in resampler.resample(None):
                    parts.append(out.to_ndarray().reshape(-1).astype(np.float32, copy=False))
    except (OSError, ValueError, av.FFmpegError):
        pass  # keep what decoded
    if not parts:
        return np.zeros(0, dtype=np.float32)
    return np.nan_to_num(np.concatenate(parts)[:limit], nan=0.0, posinf=0.0, neginf=0.0)


def _shot_frames(shot: Shot, count: int, size: tuple[int, int], fps: int) -> Iterator[Image.Image]:
    """Exactly `count` frames: output frame k shows the clip's last frame at or before cut_in + k/fps
    (held at the clip's end), or the title card when there is no clip that decodes."""
    import av

    produced = 0
    clip = shot.clip
    if clip is not None and clip.path is not None and clip.path.is_file():
        current: Image.Image | None = None
        try:
            frames = _clip_frames(clip.path, size)
            pending = next(frames, None)
            while produced < count:
                t = shot.cut_in + produced / fps + 1e-6
                while pending is not None and pending[0] <= t:
                    current = pending[1]
                    pending = next(frames, None)
                if current is None:  # the clip starts after t (an offset first frame): show its first one
                    if pending is None:
                        break
                    current = pending[1]
                yield current
                produced += 1
            frames.close()
        except (OSError, ValueError, av.FFmpegError):
            pass  # a clip that stops decoding: hold what came, or fall back to the card
        if current is not None:
            for _ in range(count - produced):
                yield current
            return
    card = title_card(shot, size)
    for _ in range(count - produced):
        yield card
