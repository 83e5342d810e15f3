"""The storyboard panel the CPU backend renders for a `still`: a shot frame plus its slate, on one card.

Layout (landscape; portrait and square stack the slate under the frame):

    [SCENE] SC 03 · SH 012   Title of the shot                          multiplex · cpu-panel
    +--------------------------------------------+  +-------------------------+
    |  shot frame: the illustration (or the      |  | SHOT   WS               |
    |  reference comp as the plate), thirds,     |  | ANGLE  low              |
    |  safe-area brackets, camera-move overlay   |  | MOVE   dolly in         |
    +--------------------------------------------+  | INTENT wrapped text...  |
    0s |----|----|----|----|----|----|----| 8s       | ACTION / DIALOGUE / ... |
                                                     | palette swatches · seed |

Type is Space Grotesk (titles), Plus Jakarta Sans (body) and JetBrains Mono (data), vendored in
`fonts/` (OFL); if a font cannot load, Pillow's built-in face keeps the panel readable.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

from peers.backends._camera import CameraMove
from peers.backends._scene import _KEY_LIGHT, _SKIES, AMBER, BLUE, CYAN, LAVENDER, RGB, ShotLook, draw_scene, mix

__all__ = ["SHEET_VIEWS", "PanelSpec", "render_panel", "render_sheet"]

BG, CARD, BORDER = "#0d0d0d", "#141416", "#252527"
TEXT, TEXT2, TEXT3 = "#f8f9fa", "#9ca3af", "#6b7280"
SUB_COLOURS = {"scene": BLUE, "character": CYAN, "style": LAVENDER, "timing": AMBER}
SUPERSAMPLE = 2  # the illustration is drawn at 2x and reduced: Pillow's polygons are not antialiased

_FONT_DIR = Path(__file__).with_name("fonts")
_FONT_FILES = {
    "title": "space-grotesk-latin-600-normal.woff2",
    "label": "space-grotesk-latin-500-normal.woff2",
    "body": "plus-jakarta-sans-latin-400-normal.woff2",
    "strong": "plus-jakarta-sans-latin-600-normal.woff2",
    "mono": "jetbrains-mono-latin-400-normal.woff2",
    "mono_b": "jetbrains-mono-latin-600-normal.woff2",
}

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@functools.lru_cache(maxsize=64)
def font(role: str, size: int) -> Font:
    try:
        return ImageFont.truetype(str(_FONT_DIR / _FONT_FILES[role]), size)
    except OSError:
        return ImageFont.load_default(size=size)


@dataclass(frozen=True, slots=True)
class PanelSpec:
    prompt: str
    seed: int  # shown on the slate
    rng_seed: int  # drives every random choice in the drawing
    width: int
    height: int
    panel: dict[str, Any]
    duration_s: float
    look: ShotLook
    move: CameraMove
    reference: Image.Image | None = None


def _field(panel: dict[str, Any], key: str, limit: int = 400) -> str:
    value = panel.get(key)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # board numbers arrive as floats (JS numbers)
    return " ".join(str(value).split())[:limit]


def _space(face: Font) -> float:
    # The Plus Jakarta Sans subset has a narrow space (0.17 em); typeset words at ~0.27 em instead.
    return max(face.getlength(" "), float(getattr(face, "size", 12)) * 0.27)


def measure(text: str, face: Font) -> float:
    words = text.split(" ")
    return sum(face.getlength(word) for word in words) + _space(face) * (len(words) - 1)


def draw_words(
    d: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, face: Font, fill: str, anchor: str = "la"
) -> None:
    """Draw left-anchored text word by word with `measure`'s word spacing."""
    x, y = xy
    for word in text.split(" "):
        d.text((x, y), word, font=face, fill=fill, anchor=anchor)
        x += face.getlength(word) + _space(face)


def wrap(text: str, face: Font, max_w: float, max_lines: int) -> list[str]:
    """Greedy word wrap by measured width; the last line gets an ellipsis when text is cut."""
    lines: list[str] = []
    line = ""
    words = text.split()
    for idx, word in enumerate(words):
        while measure(word, face) > max_w and len(word) > 1:  # break words wider than the column
            cut = len(word) - 1
            while cut > 1 and measure(word[:cut], face) > max_w:
                cut -= 1
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:cut])
            word = word[cut:]
        trial = f"{line} {word}".strip()
        if measure(trial, face) <= max_w:
            line = trial
        else:
            lines.append(line)
            line = word
        if len(lines) >= max_lines:
            rest = bool(line) or idx < len(words) - 1
            lines = lines[:max_lines]
            if rest:
                last = lines[-1]
                while last and measure(last + "…", face) > max_w:
                    last = last[:-1]
                lines[-1] = last.rstrip() + "…"
            return lines
    if line:
        lines.append(line)
    return lines


def render_panel(spec: PanelSpec, tick: Callable[[str], None]) -> Image.Image:
    """Draw the whole panel; `tick(message)` is called between phases (it may raise to stop)."""
    import random

    w, h = spec.width, spec.height
    s = min(w / 1280, h / 720) if w >= h else min(w / 720, h / 1280)
    m = max(round(24 * s), 6)
    img = Image.new("RGB", (w, h), BG)
    d = ImageDraw.Draw(img)
    sub = _field(spec.panel, "sub").lower() or "scene"
    accent = SUB_COLOURS.get(sub, BLUE)

    # --- header -----------------------------------------------------------------------------------
    header_h = round(34 * s)
    _header(d, spec, sub, accent, m, header_h, s)

    # --- frame + slate geometry ---------------------------------------------------------------------
    aspect = min(max(w / h, 0.5), 2.4)
    top = m + header_h + round(12 * s)
    ruler_h = round(40 * s)
    landscape = w / h >= 1.25
    if landscape:
        col_w = round(max(300 * s, w * 0.27))
        gap = round(16 * s)
        avail_w, avail_h = w - 2 * m - col_w - gap, h - top - m - ruler_h
        fw = min(avail_w, round(avail_h * aspect))
        fh = round(fw / aspect)
        frame = (m, top, m + fw, top + fh)
        slate = (w - m - col_w, top, w - m, h - m)
    else:
        fw = w - 2 * m
        fh = min(round(fw / aspect), round((h - top - m) * 0.55))
        fw = min(fw, round(fh * aspect))
        fx = (w - fw) // 2
        frame = (fx, top, fx + fw, top + fh)
        slate = (m, top + fh + ruler_h, w - m, h - m)

    # --- the shot ----------------------------------------------------------------------------------
    fw, fh = frame[2] - frame[0], frame[3] - frame[1]
    rng = random.Random(spec.rng_seed)
    swatch: list[RGB]
    if spec.reference is not None:
        plate = ImageOps.fit(spec.reference.convert("RGB"), (fw, fh), Image.Resampling.LANCZOS)
        plate = Image.blend(plate, Image.new("RGB", plate.size, BG), 0.12)
        small = spec.reference.convert("RGB").resize((8, 8), Image.Resampling.BOX)
        colours = sorted((tuple(int(v) for v in px) for px in np.asarray(small).reshape(-1, 3)), key=sum)
        swatch = [colours[i] for i in (0, 16, 32, 48, 63)]  # type: ignore[misc]
        tick("reference plate")
    else:
        big, swatch = draw_scene((fw * SUPERSAMPLE, fh * SUPERSAMPLE), spec.look, rng, spec.rng_seed, tick)
        plate = big.resize((fw, fh), Image.Resampling.LANCZOS)
    img.paste(plate, frame[:2])
    _frame_guides(img, frame, spec, accent, s)
    tick("framing guides")

    # --- timing ruler + slate ----------------------------------------------------------------------
    _ruler(d, (frame[0], frame[3] + round(10 * s), frame[2], frame[3] + ruler_h - round(4 * s)), spec, s, sub)
    _slate(img, slate, spec, swatch, accent, s)
    tick("slate")
    return img


def _header(d: ImageDraw.ImageDraw, spec: PanelSpec, sub: str, accent: str, m: int, hh: int, s: float) -> None:
    w = spec.width
    f_badge = font("mono_b", max(round(11 * s), 8))
    label = sub.upper()
    bw = f_badge.getlength(label) + 18 * s
    y0, y1 = m + round(5 * s), m + hh - round(5 * s)
    d.rounded_rectangle(
        [m, y0, m + bw, y1], radius=max(round(3 * s), 1), fill=mix(accent, BG, 0.86), outline=accent, width=1
    )
    d.text((m + bw / 2, (y0 + y1) / 2), label, font=f_badge, fill=accent, anchor="mm")
    x = m + bw + 14 * s
    f_num = font("mono", max(round(13 * s), 8))
    sc, sh = _field(spec.panel, "scene_no", 8) or "—", _field(spec.panel, "shot_no", 8) or "—"
    num = f"SC {sc.zfill(2) if sc.isdigit() else sc}  ·  SH {sh.zfill(3) if sh.isdigit() else sh}"
    d.text((x, m + hh / 2), num, font=f_num, fill=TEXT2, anchor="lm")
    x += f_num.getlength(num) + 18 * s
    f_brand = font("mono", max(round(11 * s), 8))
    brand = "multiplex · cpu-panel"
    bx = w - m - f_brand.getlength(brand)
    d.text((bx, m + hh / 2), brand, font=f_brand, fill=TEXT3, anchor="lm")
    title = _field(spec.panel, "title", 160) or spec.prompt
    f_title = font("title", max(round(21 * s), 9))
    lines = wrap(title, f_title, max(bx - x - 18 * s, 10), 1)
    if lines:
        d.text((x, m + hh / 2), lines[0], font=f_title, fill=TEXT, anchor="lm")


def _dashed_rect(
    d: ImageDraw.ImageDraw,
    box: tuple[float, float, float, float],
    fill: RGB | str,
    dash: float,
    width: int = 1,
) -> None:
    x0, y0, x1, y1 = box
    for (ax, ay), (bx, by) in (
        ((x0, y0), (x1, y0)),
        ((x1, y0), (x1, y1)),
        ((x1, y1), (x0, y1)),
        ((x0, y1), (x0, y0)),
    ):
        length = math.hypot(bx - ax, by - ay)
        n = max(int(length / (dash * 2)), 1)
        for i in range(n):
            t0, t1 = i / n, (i + 0.5) / n
            d.line(
                [(ax + (bx - ax) * t0, ay + (by - ay) * t0), (ax + (bx - ax) * t1, ay + (by - ay) * t1)],
                fill=fill,
                width=width,
            )


def _arrow(
    d: ImageDraw.ImageDraw, a: tuple[float, float], b: tuple[float, float], fill: str, width: int, head: float
) -> None:
    d.line([a, b], fill=fill, width=width)
    ang = math.atan2(b[1] - a[1], b[0] - a[0])
    for side in (-1, 1):
        t = ang + math.pi + side * 0.45
        d.line([b, (b[0] + head * math.cos(t), b[1] + head * math.sin(t))], fill=fill, width=width)


def _frame_guides(img: Image.Image, frame: tuple[int, int, int, int], spec: PanelSpec, accent: str, s: float) -> None:
    overlay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(overlay)
    x0, y0, x1, y1 = frame
    fw, fh = x1 - x0, y1 - y0
    faint = (248, 249, 250, 38)
    for k in (1, 2):  # rule of thirds
        d.line([(x0 + fw * k / 3, y0), (x0 + fw * k / 3, y1)], fill=faint, width=1)
        d.line([(x0, y0 + fh * k / 3), (x1, y0 + fh * k / 3)], fill=faint, width=1)
    cx, cy, c = x0 + fw / 2, y0 + fh / 2, 7 * s
    d.line([(cx - c, cy), (cx + c, cy)], fill=(248, 249, 250, 90), width=1)
    d.line([(cx, cy - c), (cx, cy + c)], fill=(248, 249, 250, 90), width=1)
    for inset, alpha in ((0.05, 150), (0.1, 70)):  # action-safe and title-safe corner brackets
        bx0, by0, bx1, by1 = x0 + fw * inset, y0 + fh * inset, x1 - fw * inset, y1 - fh * inset
        arm = min(fw, fh) * 0.06
        for px, py, sx, sy in ((bx0, by0, 1, 1), (bx1, by0, -1, 1), (bx0, by1, 1, -1), (bx1, by1, -1, -1)):
            d.line([(px, py), (px + sx * arm, py)], fill=(156, 163, 175, alpha), width=1)
            d.line([(px, py), (px, py + sy * arm)], fill=(156, 163, 175, alpha), width=1)
    _move_overlay(d, frame, spec.move, s)
    img.paste(Image.alpha_composite(img.convert("RGBA"), overlay).convert("RGB"))
    dd = ImageDraw.Draw(img)
    dd.rectangle(frame, outline=BORDER, width=1)
    dd.line([(x0, y0), (x0 + fw * 0.18, y0)], fill=accent, width=max(round(2 * s), 1))  # accent edge
    f_tag = font("mono_b", max(round(11 * s), 8))
    shot = spec.look.shot_code
    angle = _field(spec.panel, "angle", 24).upper() or "EYE LEVEL"
    lens = _field(spec.panel, "lens", 16)
    tag = "  ·  ".join(t for t in (shot, angle, lens) if t)
    _chip(dd, (x0 + 10 * s, y0 + 10 * s), tag, f_tag, TEXT, s)
    if spec.reference is not None:
        _chip(dd, (x0 + 10 * s, y1 - 30 * s), "REF PLATE", f_tag, CYAN, s)


def _chip(d: ImageDraw.ImageDraw, at: tuple[float, float], text: str, face: Font, colour: str, s: float) -> None:
    pad = 7 * s
    tw = face.getlength(text)
    box = (at[0], at[1], at[0] + tw + 2 * pad, at[1] + 20 * s)
    d.rounded_rectangle(box, radius=max(round(3 * s), 1), fill=(13, 13, 13), outline=BORDER, width=1)
    d.text((at[0] + pad, (box[1] + box[3]) / 2), text, font=face, fill=colour, anchor="lm")


def _move_overlay(d: ImageDraw.ImageDraw, frame: tuple[int, int, int, int], move: CameraMove, s: float) -> None:
    """Draw the camera move the way boards do: end frame for push/pull, arrows for pans and tilts."""
    x0, y0, x1, y1 = frame
    fw, fh = x1 - x0, y1 - y0
    amber = (255, 201, 71, 230)
    width = max(round(2 * s), 1)
    if abs(move.zoom_to - move.zoom_from) >= 0.1:  # a push or pull, not a static frame's breathing
        # the tightest framing of the move, exactly as the clip will crop it
        bx0, by0, bx1, by1 = move.crop(1.0 if move.zoom_to > move.zoom_from else 0.0, (fw, fh), fw / fh)
        box = (x0 + bx0, y0 + by0, x0 + bx1, y0 + by1)
        _dashed_rect(d, box, amber, 6 * s, width)
        outer = (
            (x0 + fw * 0.05, y0 + fh * 0.05),
            (x1 - fw * 0.05, y0 + fh * 0.05),
            (x0 + fw * 0.05, y1 - fh * 0.05),
            (x1 - fw * 0.05, y1 - fh * 0.05),
        )
        inner_pts = ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3]))
        for o, i in zip(outer, inner_pts, strict=True):
            a, b = (o, i) if move.zoom_to > move.zoom_from else (i, o)
            _arrow(d, a, b, "#ffc947", width, 9 * s)
    if move.pan_x or move.pan_y:
        cx, cy = x0 + fw / 2, y0 + fh * (0.82 if move.pan_x else 0.5)
        length = min(fw, fh) * 0.32
        a = (cx - move.pan_x * length, cy - move.pan_y * length)
        b = (cx + move.pan_x * length, cy + move.pan_y * length)
        _arrow(d, a, b, "#ffc947", width + 1, 14 * s)


def _ruler(d: ImageDraw.ImageDraw, box: tuple[float, float, float, float], spec: PanelSpec, s: float, sub: str) -> None:
    x0, y0, x1, y1 = box
    dur = spec.duration_s if math.isfinite(spec.duration_s) and spec.duration_s > 0 else 8.0
    f = font("mono", max(round(10 * s), 7))
    label_w = f.getlength("00.0s") + 8 * s
    rx0, rx1 = x0 + label_w, x1 - label_w
    mid = (y0 + y1) / 2
    col = AMBER if sub == "timing" else TEXT3
    d.text((x0, mid), "0.0s", font=f, fill=TEXT3, anchor="lm")
    d.text((x1, mid), f"{dur:.1f}s", font=f, fill=col, anchor="rm")
    d.line([(rx0, mid), (rx1, mid)], fill=BORDER, width=1)
    steps = max(1, min(math.ceil(dur), 60))
    for i in range(steps + 1):
        x = rx0 + (rx1 - rx0) * min(i / dur, 1.0) if dur else rx0
        tall = 6 * s if i % 4 == 0 else 3 * s
        d.line([(x, mid - tall), (x, mid + tall)], fill=TEXT3, width=1)
    move = spec.move.label
    if move:
        fm = font("mono_b", max(round(10 * s), 7))
        d.text(((rx0 + rx1) / 2, mid - 8 * s), move.upper(), font=fm, fill=AMBER, anchor="mb")


def _slate(
    img: Image.Image,
    box: tuple[int, int, int, int],
    spec: PanelSpec,
    swatch: list[RGB],
    accent: str,
    s: float,
) -> None:
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    if y1 - y0 < 40 * s or x1 - x0 < 80 * s:
        return
    d.rounded_rectangle(box, radius=max(round(4 * s), 1), fill=CARD, outline=BORDER, width=1)
    d.line([(x0, y0 + 4 * s), (x0, y0 + 44 * s)], fill=accent, width=max(round(2 * s), 1))
    pad = 16 * s
    x, y, inner = x0 + pad, y0 + pad, x1 - x0 - 2 * pad
    f_lab, f_val = font("mono", max(round(10 * s), 7)), font("strong", max(round(14 * s), 8))
    f_body, f_small = font("body", max(round(13 * s), 8)), font("body", max(round(12 * s), 8))
    label_w = f_lab.getlength("ANGLE") + 14 * s
    rows = (
        ("SHOT", _field(spec.panel, "shot_size", 40) or spec.look.shot_code),
        ("ANGLE", _field(spec.panel, "angle", 40) or "eye level"),
        ("MOVE", _field(spec.panel, "camera_move", 40) or spec.move.label or "slow push"),
        ("LENS", _field(spec.panel, "lens", 40) or "—"),
    )
    line_h = 22 * s
    for lab, val in rows:
        d.text((x, y + line_h / 2), lab, font=f_lab, fill=TEXT3, anchor="lm")
        val_lines = wrap(val, f_val, inner - label_w, 1)
        draw_words(d, (x + label_w, y + line_h / 2), val_lines[0] if val_lines else "", f_val, TEXT, "lm")
        y += line_h
    y += 6 * s
    d.line([(x, y), (x1 - pad, y)], fill=BORDER, width=1)
    y += 12 * s
    bottom = y1 - pad - 26 * s  # leave room for the swatch/seed footer
    sections = (
        ("INTENT", spec.prompt, f_body, TEXT2, 5),
        ("ACTION", _field(spec.panel, "action"), f_small, TEXT2, 3),
        ("DIALOGUE", _field(spec.panel, "dialogue"), f_small, TEXT, 3),
        ("NOTES", _field(spec.panel, "notes"), f_small, TEXT3, 3),
    )
    for lab, text, face, colour, max_lines in sections:
        if not text.strip():
            continue
        body_h = face.getbbox("Ag")[3] + 5 * s
        room = int((bottom - y - 18 * s) // body_h)
        if room < 1:
            break
        d.text((x, y), lab, font=f_lab, fill=LAVENDER if lab == "DIALOGUE" else TEXT3)
        y += 16 * s
        shown = f"“{text}”" if lab == "DIALOGUE" else text
        for line in wrap(shown, face, inner, min(max_lines, room)):
            draw_words(d, (x, y), line, face, colour)
            y += body_h
        y += 10 * s
    fy = y1 - pad - 12 * s
    sw = 14 * s
    for i, c in enumerate(swatch[:5]):
        d.rounded_rectangle(
            [x + i * (sw + 4 * s), fy - sw / 2, x + i * (sw + 4 * s) + sw, fy + sw / 2],
            radius=max(round(2 * s), 1),
            fill=c,
            outline=BORDER,
            width=1,
        )
    d.text((x1 - pad, fy), f"seed {spec.seed}", font=f_lab, fill=TEXT3, anchor="rm")


SHEET_VIEWS = ("FRONT", "THREE-QUARTER", "SIDE")


def render_sheet(spec: PanelSpec, tick: Callable[[str], None]) -> Image.Image:
    """A character sheet: the same figure front, three-quarter and side, on one card with the slate header.

    The figure is lit with the look's key light; a reference comp (or a sheet's chosen take) fills it,
    so a character drawn from a reference keeps its colours in all three views."""
    import random

    w, h = spec.width, spec.height
    s = min(w / 1280, h / 720) if w >= h else min(w / 720, h / 1280)
    m = max(round(24 * s), 6)
    img = Image.new("RGB", (w, h), BG)
    d = ImageDraw.Draw(img)
    header_h = round(34 * s)
    _header(d, spec, "character", CYAN, m, header_h, s)
    rng = random.Random(spec.rng_seed)
    stops = _SKIES[spec.look.mood.light]
    key = _KEY_LIGHT[spec.look.mood.light]
    top, bottom = m + header_h + round(12 * s), h - m
    label_h = round(28 * s)
    gap = round(12 * s)
    col_w = (w - 2 * m - 2 * gap) // 3
    fill = None
    if spec.reference is not None:
        fill = ImageOps.fit(spec.reference.convert("RGB"), (col_w, bottom - top - label_h), Image.Resampling.LANCZOS)
    body = mix(stops[-1], key, 0.35)
    lean = rng.uniform(-0.02, 0.02)
    f_lab = font("mono_b", max(round(11 * s), 8))
    for i, view in enumerate(SHEET_VIEWS):
        x0 = m + i * (col_w + gap)
        box = (x0, top, x0 + col_w, bottom - label_h)
        cw, ch = box[2] - box[0], box[3] - box[1]
        d.rounded_rectangle(box, radius=max(round(4 * s), 1), fill=CARD, outline=BORDER, width=1)
        mask = _sheet_figure((cw, ch), i, lean)
        colour = Image.new("RGB", (cw, ch), body) if fill is None else fill
        rim = Image.new("RGB", (cw, ch), mix(key, "#ffffff", 0.2))
        edge = ImageChops.subtract(mask, mask.filter(ImageFilter.MinFilter(max(3, round(3 * s) | 1))))
        tile = img.crop(box)
        tile.paste(colour, (0, 0), mask)
        tile.paste(rim, (0, 0), edge)
        img.paste(tile, box[:2])
        for k in (1, 2, 3):  # height guides, the same on every view
            y = box[1] + ch * k / 4
            d.line([(box[0] + 6 * s, y), (box[2] - 6 * s, y)], fill=(40, 40, 44), width=1)
        d.text((x0 + col_w / 2, bottom - label_h / 2), view, font=f_lab, fill=CYAN if i == 0 else TEXT2, anchor="mm")
        tick(f"{view.lower()} view")
    return img


def _sheet_figure(size: tuple[int, int], view: int, lean: float) -> Image.Image:
    """A standing figure's silhouette: front (0), three-quarter (1) or side (2) — narrower as it turns."""
    w, h = size
    mask = Image.new("L", size, 0)
    d = ImageDraw.Draw(mask)
    cx = w / 2 + lean * w
    fh = h * 0.86
    foot = h * 0.95
    head = fh * 0.07
    turn = (1.0, 0.72, 0.42)[view]
    nose = (0.0, 0.25, 0.55)[view]
    d.ellipse([cx - head * (0.9 - 0.1 * view) + nose * head, foot - fh, cx + head * 0.9 + nose * head,
               foot - fh + head * 2.2], fill=255)
    shoulders = fh * 0.16 * turn
    d.rounded_rectangle([cx - shoulders, foot - fh + head * 2.4, cx + shoulders, foot - fh * 0.46],
                        radius=max(fh * 0.04, 1), fill=255)
    arm = fh * 0.035
    for side in ((-1, 1) if view < 2 else (1,)):
        ax = cx + side * (shoulders + arm * 0.6) if view < 2 else cx + arm * 0.3
        d.rounded_rectangle([ax - arm, foot - fh + head * 2.6, ax + arm, foot - fh * 0.5], radius=arm, fill=255)
    legs = fh * 0.07 * max(turn, 0.6)
    for side in ((-1, 1) if view < 2 else (0,)):
        lx = cx + side * legs * 0.75
        d.rounded_rectangle([lx - legs * 0.55, foot - fh * 0.5, lx + legs * 0.55, foot], radius=legs * 0.3, fill=255)
    return mask
