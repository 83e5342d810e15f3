"""A hybrid logical clock: timestamps that order events across peers whose wall clocks disagree.

A stamp is (wall_ms, counter); it never goes backwards on one peer and is always greater than any
stamp the peer has observed, so "happened after something I saw" implies "has a larger stamp".
Ties between peers are broken by peer id where a total order is needed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["HLC", "Stamp"]

Stamp = tuple[int, int]
MAX_DRIFT_MS = 60 * 60 * 1000  # stamps more than an hour ahead of our clock are not adopted


@dataclass(slots=True)
class HLC:
    """One peer's clock. `now()` for local events, `observe()` for stamps read from the document."""

    wall_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000
    _last: Stamp = (0, 0)

    def now(self) -> Stamp:
        wall = self.wall_ms()
        last_wall, last_count = self._last
        stamp = (wall, 0) if wall > last_wall else (last_wall, last_count + 1)
        self._last = stamp
        return stamp

    def observe(self, stamp: Stamp) -> None:
        """Move past a stamp seen in the document — unless it is absurdly far ahead of our wall clock
        (a buggy or hostile replica must not drag every peer's clock into the future for good)."""
        if int(stamp[0]) - self.wall_ms() > MAX_DRIFT_MS:
            return
        if tuple(stamp) > self._last:
            self._last = (int(stamp[0]), int(stamp[1]))

    @staticmethod
    def encode(stamp: Stamp) -> str:
        """A string that sorts like the stamp (CRDT maps store it without float rounding)."""
        return f"{stamp[0]:015d}.{stamp[1]:06d}"

    @staticmethod
    def decode(text: str) -> Stamp:
        wall, _, count = str(text).partition(".")
        return (int(wall), int(count or 0))
