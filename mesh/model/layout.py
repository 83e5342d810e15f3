"""Where a new block goes: in free space next to what it belongs to, never on top of another block.

Intents fill the storyboard as rows that wrap (`COLUMNS` per row, each row with room above for its takes
and below for its comps); takes stack as a strip above their intent, comps as a strip below it. A block
asked for at a point (a palette click, a paste) lands at the nearest free spot to it. Everything is a
pure function of the blocks' rectangles, so every writer (CLI, API, canvas, MCP, script import) places
alike; a grid of buckets keeps a 10,000-block board's placement cheap.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator

__all__ = ["COLUMNS", "GAP", "Rect", "Space", "intent_slot"]

Rect = tuple[float, float, float, float]  # x, y, w, h
GAP = 20.0  # between neighbours
COLUMNS = 8  # intents per storyboard row before it wraps
ORIGIN = (80.0, 120.0)  # the first intent
COLUMN_PITCH = 340.0  # an intent (280) and a gutter
ROW_PITCH = 1240.0  # a row of intents with two takes stacked above and three comps below
BUCKET = 400.0
MAX_TRIES = 4_000


def intent_slot(index: int) -> tuple[float, float]:
    """The storyboard position of the index-th intent: rows of COLUMNS that wrap."""
    row, col = divmod(max(0, index), COLUMNS)
    return ORIGIN[0] + col * COLUMN_PITCH, ORIGIN[1] + row * ROW_PITCH


def _overlap(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


class Space:
    """The occupied rectangles of a board by block id, bucketed; `set` what you place so a batch never stacks."""

    def __init__(self, rects: Iterable[tuple[str, Rect]] = ()) -> None:
        self._buckets: dict[tuple[int, int], dict[str, Rect]] = {}
        self._rects: dict[str, Rect] = {}
        for block_id, r in rects:
            self.set(block_id, r)

    def __len__(self) -> int:
        return len(self._rects)

    def _keys(self, r: Rect) -> Iterator[tuple[int, int]]:
        for bx in range(math.floor(r[0] / BUCKET), math.floor((r[0] + r[2]) / BUCKET) + 1):
            for by in range(math.floor(r[1] / BUCKET), math.floor((r[1] + r[3]) / BUCKET) + 1):
                yield bx, by

    def set(self, block_id: str, r: Rect | None) -> None:
        """Where a block is now (None, or a rectangle that is not one: it takes no space)."""
        self.remove(block_id)
        if r is None or not all(isinstance(v, int | float) and math.isfinite(v) for v in r):
            return
        if r[2] <= 0 or r[3] <= 0 or max(abs(v) for v in r) > 1e9:
            return
        self._rects[block_id] = r
        for key in self._keys(r):
            self._buckets.setdefault(key, {})[block_id] = r

    def remove(self, block_id: str) -> None:
        old = self._rects.pop(block_id, None)
        if old is not None:
            for key in self._keys(old):
                bucket = self._buckets.get(key)
                if bucket is not None:
                    bucket.pop(block_id, None)
                    if not bucket:
                        del self._buckets[key]

    def free(self, r: Rect) -> bool:
        """No block within GAP of `r`."""
        padded = (r[0] - GAP / 2, r[1] - GAP / 2, r[2] + GAP, r[3] + GAP)
        return not any(_overlap(padded, o) for key in self._keys(padded) for o in self._buckets.get(key, {}).values())

    def first_free(self, candidates: Iterable[tuple[float, float]], w: float, h: float) -> tuple[float, float]:
        """The first candidate position where a w x h block is free (the last one tried, if none is)."""
        at = (0.0, 0.0)
        for n, at in enumerate(candidates):
            if n >= MAX_TRIES or self.free((at[0], at[1], w, h)):
                break
        return at

    def column(self, x: float, y: float, w: float, h: float, *, up: bool) -> tuple[float, float]:
        """The first free spot of a strip starting at (x, y) and growing up (takes) or down (comps)."""
        step = (h + GAP) * (-1 if up else 1)
        return self.first_free(((x, y + i * step) for i in range(MAX_TRIES)), w, h)

    def near(self, x: float, y: float, w: float, h: float) -> tuple[float, float]:
        """The free spot nearest to (x, y), searched in rings of growing radius."""
        def rings() -> Iterator[tuple[float, float]]:
            yield x, y
            for radius in range(1, 200):
                d = radius * 40.0
                ring = [(x + dx * d / radius, y + dy * d / radius)
                        for dx in range(-radius, radius + 1) for dy in (-radius, radius)]
                ring += [(x + dx * d / radius, y + dy * d / radius)
                         for dx in (-radius, radius) for dy in range(-radius + 1, radius)]
                yield from sorted(ring, key=lambda p: (p[0] - x) ** 2 + (p[1] - y) ** 2)

        return self.first_free(rings(), w, h)

    def storyboard(self, index: int, w: float, h: float) -> tuple[float, float]:
        """The index-th storyboard slot, or the next free slot after it."""
        return self.first_free((intent_slot(i) for i in range(index, index + MAX_TRIES)), w, h)
