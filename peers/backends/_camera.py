"""Camera moves as storyboards name them ("dolly in", "pan left", "tilt up"), turned into crop paths.

One parse serves both CPU stages, so the arrows drawn on a still panel and the motion of the clip made
from it agree. A move is a zoom (push/pull) and/or a travel (pan/tilt/truck/crane) eased over the clip.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

__all__ = ["CameraMove", "parse_camera_move"]

PUSH_ZOOM = 1.3
TRAVEL_ZOOM = 1.2  # a pan needs picture beyond the frame edge to travel into
BREATH_ZOOM = 1.04


@dataclass(frozen=True, slots=True)
class CameraMove:
    label: str
    zoom_from: float = 1.0
    zoom_to: float = 1.0
    pan_x: float = 0.0  # -1 left .. 1 right: direction of travel
    pan_y: float = 0.0  # -1 up .. 1 down
    dx: float = 0.0  # where a push/pull is centred, -1..1 of the free margin
    dy: float = 0.0

    def crop(self, t: float, src: tuple[int, int], aspect: float) -> tuple[float, float, float, float]:
        """The source box (x0, y0, x1, y1) to show at time t in [0, 1] for an output of `aspect`."""
        e = t * t * (3 - 2 * t)  # smoothstep: real dollies ease in and out
        w, h = src
        bw = min(w, h * aspect)
        bh = bw / aspect
        z = self.zoom_from + (self.zoom_to - self.zoom_from) * e
        cw, ch = bw / z, bh / z
        free_x, free_y = (w - cw) / 2, (h - ch) / 2
        cx = w / 2 + self.dx * free_x * 0.8 + self.pan_x * (2 * e - 1) * free_x * 0.9
        cy = h / 2 + self.dy * free_y * 0.8 + self.pan_y * (2 * e - 1) * free_y * 0.9
        return cx - cw / 2, cy - ch / 2, cx + cw / 2, cy + ch / 2


def _has(text: str, *words: str) -> bool:
    return any(re.search(rf"\b{w}\b", text) for w in words)


def parse_camera_move(text: str, rng: random.Random) -> CameraMove:
    """Read a storyboard camera-move field; unknown or empty text gives a slow push (a living frame)."""
    t = " ".join(text.lower().replace("-", " ").split())
    fx, fy = rng.uniform(-0.6, 0.6), rng.uniform(-0.4, 0.3)
    out = _has(t, "out", "back", "pull", "pullback", "reveal")
    sign_x = -1.0 if _has(t, "left") else 1.0 if _has(t, "right") else rng.choice((-1.0, 1.0))
    sign_y = -1.0 if _has(t, "up", "rise", "rising") else 1.0 if _has(t, "down", "descend") else -1.0
    if _has(t, "static", "locked", "lock off", "fixed", "still", "hold"):
        return CameraMove(t, 1.0, BREATH_ZOOM, dx=fx * 0.3, dy=fy * 0.3)
    if _has(t, "orbit", "arc", "circle"):
        return CameraMove(t, 1.05, TRAVEL_ZOOM, pan_x=sign_x)
    if _has(t, "pan", "truck", "track", "tracking", "dolly left", "dolly right", "whip") and not _has(t, "in", "out"):
        return CameraMove(t, TRAVEL_ZOOM, TRAVEL_ZOOM, pan_x=sign_x)
    if _has(t, "tilt", "crane", "pedestal", "boom", "jib"):
        return CameraMove(t, TRAVEL_ZOOM, TRAVEL_ZOOM, pan_y=sign_y)
    if _has(t, "dolly", "push", "zoom", "truck in", "track in", "creep", "pull"):
        z0, z1 = (PUSH_ZOOM, 1.0) if out else (1.0, PUSH_ZOOM)
        return CameraMove(t, z0, z1, dx=fx, dy=fy)
    return CameraMove(t, 1.0, 1.12, dx=fx * 0.5, dy=fy * 0.5)
