"""Procedural shot illustrations for the CPU backend: a deterministic little film still from an intent.

Why procedural and not a placeholder: a board without GPUs (a laptop, the relay, a test run) should
still produce a storyboard a person can read. The words of the intent pick the setting (castle, city,
forest, mountains, sea, desert, interior, open land) and the light (dawn, dusk, night, day, storm, fog);
the shot size scales the figure, the angle moves the horizon, "dutch" tilts the frame. Everything else
(ridge shapes, sun position, windows) comes from a seeded RNG, so the same request draws the same image.

Look: layered dark silhouettes with atmospheric perspective and a directional neon rim light, on a
banded-free (dithered) gradient sky, in the product's palette.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

__all__ = ["Mood", "ShotLook", "draw_scene", "read_look"]

RGB = tuple[int, int, int]

BLUE, CYAN, AMBER, LAVENDER, CORAL = "#00e5ff", "#64ffda", "#ffc947", "#9c88ff", "#ff5722"

_SKIES: dict[str, tuple[str, ...]] = {  # top -> horizon
    "night": ("#04050a", "#0a1022", "#16213f"),
    "dawn": ("#07080f", "#241c38", "#6a3f45", "#c98a4b"),
    "dusk": ("#07070d", "#261a3c", "#5b2c55", "#b5524a"),
    "day": ("#081019", "#10293c", "#24576b", "#4b8c93"),
    "storm": ("#050607", "#12161c", "#222831", "#343c47"),
    "fog": ("#0d0f11", "#1a1e22", "#2b3136", "#3d4449"),
}
_KEY_LIGHT = {"night": LAVENDER, "dawn": AMBER, "dusk": AMBER, "day": CYAN, "storm": BLUE, "fog": CYAN}

_WORDS = {
    "night": ("night", "midnight", "moon", "moonlit", "stars", "starry", "dark"),
    "dawn": ("dawn", "sunrise", "morning", "daybreak", "first light"),
    "dusk": ("dusk", "sunset", "evening", "twilight", "golden hour"),
    "storm": ("storm", "rain", "thunder", "lightning", "downpour"),
    "fog": ("fog", "mist", "haze", "smoke", "foggy", "misty"),
    "day": ("noon", "midday", "daylight", "sunny", "afternoon", "bright"),
}
_SETTINGS = {
    "interior": ("room", "interior", "inside", "kitchen", "hall", "corridor", "office", "bedroom", "studio"),
    "castle": ("castle", "fortress", "tower", "citadel", "palace", "keep"),
    "city": ("city", "street", "skyline", "building", "rooftop", "alley", "neon", "downtown", "town"),
    "forest": ("forest", "tree", "trees", "woods", "pine", "jungle", "grove"),
    "mountain": ("mountain", "mountains", "peak", "cliff", "summit", "ridge", "alps"),
    "sea": ("sea", "ocean", "beach", "shore", "lake", "river", "harbor", "harbour", "water", "coast"),
    "desert": ("desert", "dune", "dunes", "sand", "canyon", "mesa"),
}
_FIGURE_WORDS = (
    "she",
    "he",
    "her",
    "him",
    "man",
    "woman",
    "girl",
    "boy",
    "person",
    "figure",
    "hero",
    "heroine",
    "knight",
    "child",
    "stranger",
    "character",
    "they",
    "soldier",
    "detective",
    "dancer",
    "rider",
)
# Shot sizes, longest phrases first so "extreme close" wins over "close".
_SHOT_SIZES = (
    ("extreme close", "ECU", 3.2),
    ("ecu", "ECU", 3.2),
    ("medium close", "MCU", 1.5),
    ("mcu", "MCU", 1.5),
    ("close", "CU", 2.2),
    ("cu", "CU", 2.2),
    ("extreme wide", "EWS", 0.16),
    ("establishing", "EWS", 0.16),
    ("ews", "EWS", 0.16),
    ("medium long", "MLS", 0.75),
    ("cowboy", "MLS", 0.75),
    ("medium", "MS", 1.0),
    ("mid", "MS", 1.0),
    ("ms", "MS", 1.0),
    ("full", "FS", 0.55),
    ("long", "LS", 0.4),
    ("ls", "LS", 0.4),
    ("wide", "WS", 0.3),
    ("ws", "WS", 0.3),
)


@dataclass(frozen=True, slots=True)
class Mood:
    light: str  # key of _SKIES
    setting: str  # key of _SETTINGS or "land"
    figure: bool


@dataclass(frozen=True, slots=True)
class ShotLook:
    mood: Mood
    shot_code: str  # ECU, CU, MCU, MS, MLS, FS, LS, WS, EWS
    figure_scale: float
    horizon: float  # 0 top .. 1 bottom of the frame
    dutch_deg: float


def _has(text: str, words: tuple[str, ...]) -> bool:
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def read_look(prompt: str, panel: dict[str, object], rng: random.Random) -> ShotLook:
    """Turn the intent's words and storyboard fields into what to draw."""
    text = " ".join(str(panel.get(k, "")) for k in ("title", "action")) + " " + prompt
    text = text.lower()
    light = next((k for k, words in _WORDS.items() if _has(text, words)), None)
    light = light or rng.choice(("night", "dawn", "dusk", "day", "fog"))
    setting = next((k for k, words in _SETTINGS.items() if _has(text, words)), "land")
    figure = str(panel.get("sub", "")).lower() == "character" or _has(text, _FIGURE_WORDS)
    size_text = f"{panel.get('shot_size', '')} {text}".lower()
    code, scale = "MS" if figure else "WS", 1.0 if figure else 0.3
    for phrase, c, s in _SHOT_SIZES:
        if _has(size_text, (phrase,)):
            code, scale = c, s
            break
    angle = str(panel.get("angle", "")).lower()
    horizon = 0.62
    if _has(angle, ("low", "worm", "worm's eye")):
        horizon = 0.8
    elif _has(angle, ("high", "bird", "overhead", "top")):
        horizon = 0.3
    dutch = (7.0 if rng.random() < 0.5 else -7.0) if _has(angle, ("dutch", "canted", "tilted")) else 0.0
    return ShotLook(Mood(light, setting, figure), code, scale, horizon, dutch)


def _rgb(hex_colour: str) -> RGB:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def mix(a: str | RGB, b: str | RGB, t: float) -> RGB:
    ra = _rgb(a) if isinstance(a, str) else a
    rb = _rgb(b) if isinstance(b, str) else b
    return tuple(round(x + (y - x) * t) for x, y in zip(ra, rb, strict=True))  # type: ignore[return-value]


def _sky(w: int, h: int, stops: tuple[str, ...], horizon_px: int, seed: int) -> Image.Image:
    ys = np.linspace(0.0, 1.0, len(stops)) * max(horizon_px, 1)
    cols = np.array([_rgb(s) for s in stops], dtype=np.float32)
    y = np.arange(h, dtype=np.float32)
    grad = np.stack([np.interp(y, ys, cols[:, c]) for c in range(3)], axis=-1)  # (h, 3)
    img = np.broadcast_to(grad[:, None, :], (h, w, 3)).astype(np.float32)
    noise = np.random.default_rng(seed).uniform(-1.6, 1.6, size=(h, w, 1)).astype(np.float32)
    return Image.fromarray(np.clip(img + noise, 0, 255).astype(np.uint8), "RGB")


def _noise_line(rng: random.Random, n: int, *, octaves: int = 3, base: int = 5) -> list[float]:
    """Smooth 1-D value noise in [-1, 1] sampled at n points."""
    out = [0.0] * n
    amp, total = 1.0, 0.0
    for o in range(octaves):
        k = base * 2**o + 1
        pts = [rng.uniform(-1, 1) for _ in range(k + 1)]
        for i in range(n):
            x = i / max(n - 1, 1) * k
            j = min(int(x), k - 1)
            t = (1 - math.cos((x - j) * math.pi)) / 2
            out[i] += amp * (pts[j] * (1 - t) + pts[j + 1] * t)
        total += amp
        amp *= 0.45
    return [v / total for v in out]


def _ridge_mask(size: tuple[int, int], base_y: float, amp: float, rng: random.Random, **kw: int) -> Image.Image:
    w, h = size
    n = 96
    ys = _noise_line(rng, n, **kw)
    pts = [(i / (n - 1) * w, base_y - amp * (0.5 + 0.5 * v)) for i, v in enumerate(ys)]
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).polygon([*pts, (w, h), (0, h)], fill=255)
    return mask


def _skyline(size: tuple[int, int], base_y: float, rng: random.Random, lit: Image.Image, tint: RGB) -> Image.Image:
    w, h = size
    mask = Image.new("L", size, 0)
    d, dl = ImageDraw.Draw(mask), ImageDraw.Draw(lit)
    x = -rng.uniform(0, 0.05) * w
    while x < w:
        bw = rng.uniform(0.035, 0.09) * w
        bh = rng.uniform(0.08, 0.38) * h
        top = base_y - bh
        d.rectangle([x, top, x + bw, h], fill=255)
        if rng.random() < 0.25:
            d.rectangle([x + bw * 0.45, top - bh * 0.25, x + bw * 0.5, top], fill=255)
        step = max(h * 0.018, 3.0)
        for wy in np.arange(top + step, base_y - step, step * 1.6):
            for wx in np.arange(x + step * 0.6, x + bw - step, step * 1.3):
                if rng.random() < 0.12:
                    dl.rectangle([wx, wy, wx + step * 0.45, wy + step * 0.6], fill=(*tint, 255))
        x += bw + rng.uniform(0, 0.012) * w
    return mask


def _castle(size: tuple[int, int], base_y: float, rng: random.Random, lit: Image.Image, tint: RGB) -> Image.Image:
    w, h = size
    mask = _ridge_mask(size, base_y + h * 0.03, h * 0.1, rng, base=2, octaves=2)
    d, dl = ImageDraw.Draw(mask), ImageDraw.Draw(lit)
    cx, unit = rng.uniform(0.35, 0.65) * w, h * 0.045
    top = base_y - unit * 3
    d.rectangle([cx - unit * 3, top, cx + unit * 3, h], fill=255)
    for i in range(-3, 3):  # crenellations
        if i % 2 == 0:
            d.rectangle([cx + i * unit, top - unit * 0.5, cx + (i + 1) * unit, top], fill=255)
    for tx, th in ((-3.6, 5.2), (3.6, 4.6), (0.0, 7.0)):
        x0, x1, t = cx + (tx - 0.8) * unit, cx + (tx + 0.8) * unit, base_y - unit * th
        d.rectangle([x0, t, x1, h], fill=255)
        d.polygon([(x0 - unit * 0.2, t), (x1 + unit * 0.2, t), ((x0 + x1) / 2, t - unit * 1.8)], fill=255)
        if rng.random() < 0.8:
            wy = t + unit * 1.2
            dl.rectangle(
                [(x0 + x1) / 2 - unit * 0.12, wy, (x0 + x1) / 2 + unit * 0.12, wy + unit * 0.5],
                fill=(*tint, 255),
            )
    return mask


def _pines(size: tuple[int, int], base_y: float, rng: random.Random, scale: float) -> Image.Image:
    w, h = size
    mask = _ridge_mask(size, base_y, h * 0.05, rng, base=3, octaves=2)
    d = ImageDraw.Draw(mask)
    x = rng.uniform(-0.02, 0.02) * w
    while x < w * 1.02:
        th = rng.uniform(0.12, 0.26) * h * scale
        tw = th * rng.uniform(0.28, 0.38)
        y0 = base_y + rng.uniform(-0.01, 0.02) * h
        for k in range(3):
            f = 1 - k * 0.28
            d.polygon(
                [
                    (x - tw / 2 * f, y0 - th * k * 0.3),
                    (x + tw / 2 * f, y0 - th * k * 0.3),
                    (x, y0 - th * (0.45 + k * 0.3)),
                ],
                fill=255,
            )
        x += tw * rng.uniform(0.45, 0.9)
    return mask


def _figure(size: tuple[int, int], look: ShotLook, rng: random.Random) -> Image.Image:
    """A person's silhouette framed as the shot size asks (head and shoulders up close, a small standing
    figure when wide)."""
    w, h = size
    mask = Image.new("L", size, 0)
    d = ImageDraw.Draw(mask)
    s = look.figure_scale
    cx = rng.choice((w / 3, 2 * w / 3)) + rng.uniform(-0.03, 0.03) * w
    if s >= 0.7:  # bust: head + shoulders rising from the bottom edge
        head = h * 0.11 * s
        hy = h * 0.45
        d.ellipse([cx - head * 0.78, hy - head, cx + head * 0.78, hy + head], fill=255)
        d.rectangle([cx - head * 0.32, hy + head * 0.6, cx + head * 0.32, hy + head * 1.45], fill=255)
        d.rounded_rectangle(
            [cx - head * 2.2, hy + head * 1.3, cx + head * 2.2, h + head * 2], radius=head * 0.9, fill=255
        )
    else:  # full figure standing at the horizon
        fh = h * 0.62 * s
        foot = min(h * 0.95, h * look.horizon + (h - h * look.horizon) * (0.3 + 0.6 * s))
        head = fh * 0.075
        d.ellipse([cx - head, foot - fh, cx + head, foot - fh + head * 2.1], fill=255)
        d.rounded_rectangle(
            [cx - fh * 0.13, foot - fh + head * 2.2, cx + fh * 0.13, foot - fh * 0.45],
            radius=fh * 0.05,
            fill=255,
        )
        for side in (-1, 1):
            d.polygon(
                [
                    (cx + side * fh * 0.02, foot - fh * 0.47),
                    (cx + side * fh * 0.12, foot - fh * 0.47),
                    (cx + side * fh * 0.09, foot),
                    (cx + side * fh * 0.03, foot),
                ],
                fill=255,
            )
    return mask


def _glow(mask: Image.Image, radius: float) -> Image.Image:
    """A soft glow of a mask, blurred at quarter size (4x cheaper than at full size)."""
    small = mask.resize((max(mask.width // 4, 1), max(mask.height // 4, 1)), Image.Resampling.BILINEAR)
    return small.filter(ImageFilter.GaussianBlur(max(radius / 4, 0.5))).resize(mask.size, Image.Resampling.BILINEAR)


def draw_scene(
    size: tuple[int, int],
    look: ShotLook,
    rng: random.Random,
    seed: int,
    tick: Callable[[str], None] = lambda _m: None,
) -> tuple[Image.Image, list[RGB]]:
    """Draw the illustration at `size`; returns it and the five colours that define it (for a swatch)."""
    w, h = size
    mood = look.mood
    stops = _SKIES[mood.light]
    key = _rgb(_KEY_LIGHT[mood.light])
    hy = h * look.horizon
    canvas = _sky(w, h, stops, int(hy), seed)
    horizon_col = _rgb(stops[-1])
    tick("sky")

    light_dir = rng.choice((-1, 1))
    glow_src = Image.new("L", size, 0)
    gd = ImageDraw.Draw(glow_src)
    if mood.light == "night":
        stars = ImageDraw.Draw(canvas)
        for _ in range(int(w * h / 5000)):
            x, y = rng.uniform(0, w), rng.uniform(0, hy * 0.9)
            b = rng.randint(70, 220)
            stars.point((x, y), fill=(b, b, min(255, b + 25)))
    if mood.light in ("night", "dawn", "dusk", "day"):
        r = h * (0.07 if mood.light != "day" else 0.045)
        sx = w / 2 + light_dir * rng.uniform(0.12, 0.32) * w
        sy = hy - r * (0.4 if mood.light in ("dawn", "dusk") else 5.0)
        disc = Image.new("L", size, 0)
        ImageDraw.Draw(disc).ellipse([sx - r, sy - r, sx + r, sy + r], fill=255)
        gd.ellipse([sx - r * 2.5, sy - r * 2.5, sx + r * 2.5, sy + r * 2.5], fill=150)
        canvas = _add_light(canvas, _glow(glow_src, h * 0.08), key, 0.55)
        canvas.paste(mix(key, "#ffffff", 0.55), mask=disc)
    tick("light")

    lit = Image.new("RGBA", size, (0, 0, 0, 0))
    layers: list[tuple[Image.Image, RGB]] = []
    far = mix(horizon_col, "#0d0d0d", 0.45)
    layers.append(
        (
            _ridge_mask(
                size,
                hy - h * 0.02,
                h * (0.2 if mood.setting == "mountain" else 0.08),
                rng,
                base=4 if mood.setting == "mountain" else 2,
            ),
            far,
        )
    )
    if mood.setting == "sea":  # only a distant headland above the waterline
        headland, _ = layers.pop()
        above = Image.new("L", size, 0)
        ImageDraw.Draw(above).rectangle([0, 0, w, hy], fill=255)
        layers.append((ImageChops.multiply(headland, above), far))
    mid = mix(horizon_col, "#0b0b0c", 0.7)
    near = mix(horizon_col, "#09090a", 0.86)
    warm = _rgb(AMBER) if mood.light != "day" else _rgb(CYAN)
    if mood.setting == "city":
        layers.append((_skyline(size, hy + h * 0.02, rng, lit, warm), mid))
    elif mood.setting == "castle":
        layers.append((_castle(size, hy, rng, lit, warm), mid))
    elif mood.setting == "forest":
        layers.append((_pines(size, hy + h * 0.03, rng, 0.8), mid))
    elif mood.setting == "mountain":
        layers.append((_ridge_mask(size, hy + h * 0.02, h * 0.28, rng, base=6, octaves=4), mid))
    elif mood.setting == "desert":
        layers.append((_ridge_mask(size, hy + h * 0.05, h * 0.07, rng, base=1, octaves=1), mid))
    elif mood.setting == "interior":
        layers.append((_interior(size, hy, rng), mid))
    elif mood.setting != "sea":
        layers.append((_ridge_mask(size, hy + h * 0.04, h * 0.08, rng, base=2), mid))
    if look.horizon < 0.5 and mood.setting in ("land", "forest", "desert", "mountain", "city"):
        # a high angle shows a lot of ground: give it a middle distance
        extra_y = hy + (h - hy) * 0.5
        if mood.setting == "forest":
            layers.append((_pines(size, extra_y, rng, 1.0), mix(mid, near, 0.5)))
        else:
            layers.append((_ridge_mask(size, extra_y, h * 0.06, rng, base=3), mix(mid, near, 0.5)))
    if mood.setting == "sea":
        _water(canvas, size, hy, horizon_col, key, rng)
    elif mood.setting == "forest":
        layers.append((_pines(size, h * 0.98, rng, 1.6), near))
    elif mood.setting not in ("interior",):
        layers.append((_ridge_mask(size, h * 0.97, h * 0.12, rng, base=2, octaves=2), near))
    if mood.figure:
        layers.append((_figure(size, look, rng), (6, 6, 7)))
    tick("silhouettes")

    # Far to near: each layer covers what is behind it, its rim light included.
    rim_all = Image.new("L", size, 0)
    shift = max(int(h * 0.006), 2)
    rim_colour = mix(key, "#ffffff", 0.25)
    for i, (mask, colour) in enumerate(layers):
        canvas.paste(colour, mask=mask)
        rim = ImageChops.subtract(mask, ImageChops.offset(mask, -light_dir * shift, shift))
        rim = rim.point(lambda v, a=0.3 + 0.55 * i / max(len(layers) - 1, 1): int(v * a))
        canvas.paste(rim_colour, mask=rim)
        rim_all = ImageChops.lighter(ImageChops.subtract(rim_all, mask), rim)
        if i == 1:  # lit windows belong to the middle layer: nearer layers must cover them
            canvas.paste(lit.convert("RGB"), mask=lit.getchannel("A"))
    tick("rim light")

    canvas = _add_light(canvas, _glow(rim_all, h * 0.02), key, 0.5)
    if mood.light in ("fog", "storm"):
        veil = Image.new("RGB", size, mix(horizon_col, "#9ca3af", 0.2))
        canvas = Image.blend(canvas, veil, 0.18 if mood.light == "fog" else 0.08)
    if look.dutch_deg:
        z = 1 + abs(math.sin(math.radians(look.dutch_deg))) * (w / h + 1)
        canvas = canvas.rotate(look.dutch_deg, Image.Resampling.BICUBIC)
        cw, ch = w / z, h / z
        canvas = canvas.resize(
            size, Image.Resampling.BICUBIC, box=((w - cw) / 2, (h - ch) / 2, (w + cw) / 2, (h + ch) / 2)
        )
    tick("atmosphere")
    swatch = [_rgb(stops[0]), _rgb(stops[len(stops) // 2]), horizon_col, mid, key]
    return canvas, swatch


def _add_light(canvas: Image.Image, glow: Image.Image, colour: RGB, strength: float) -> Image.Image:
    light = Image.composite(
        Image.new("RGB", canvas.size, colour), Image.new("RGB", canvas.size, 0), glow.point(lambda v: int(v * strength))
    )
    return ImageChops.add(canvas, light)


def _interior(size: tuple[int, int], hy: float, rng: random.Random) -> Image.Image:
    """A room: a wall with a window onto the sky, a floor below the horizon."""
    w, h = size
    mask = Image.new("L", size, 255)
    d = ImageDraw.Draw(mask)
    ww, wh = w * rng.uniform(0.22, 0.3), h * rng.uniform(0.3, 0.42)
    wx = rng.uniform(0.15, 0.85 - ww / w) * w
    wy = hy - wh - h * 0.06
    d.rectangle([wx, wy, wx + ww, wy + wh], fill=0)
    d.rectangle([wx + ww / 2 - 2, wy, wx + ww / 2 + 2, wy + wh], fill=255)  # mullions
    d.rectangle([wx, wy + wh / 2 - 2, wx + ww, wy + wh / 2 + 2], fill=255)
    return mask


def _water(canvas: Image.Image, size: tuple[int, int], hy: float, horizon: RGB, key: RGB, rng: random.Random) -> None:
    w, h = size
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, hy, w, h], fill=mix(horizon, "#060608", 0.75))
    for _ in range(int(h * 0.12)):
        y = rng.uniform(hy, h)
        depth = (y - hy) / max(h - hy, 1)
        half = rng.uniform(0.01, 0.09) * w * (0.4 + depth)
        x = w / 2 + rng.gauss(0, 0.22) * w
        d.line(
            [(x - half, y), (x + half, y)],
            fill=mix(mix(horizon, "#060608", 0.6), key, 0.3 * (1 - depth)),
            width=max(1, int(h * 0.003)),
        )
