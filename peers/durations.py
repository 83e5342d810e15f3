"""What this peer's renders actually take, learned from its own runs, for the one estimator.

A backend's own estimate is a guess made before anything ran (a cost model, a fixed default); the first
few real runs on this machine say more. Each finished run is recorded by stage and size
(`mesh.model.estimates.size_key`) as a moving average; the peer publishes them in the roster, where
`mesh.model.estimates` reads them for every preview (CLI, API, canvas and MCP alike).
"""

from __future__ import annotations

from mesh.model.estimates import DISPATCH, work_of

__all__ = ["Durations"]

ALPHA = 0.5  # weight of the newest run: a machine's speed changes (model loaded, thermal), so adapt fast
MAX_SIZES = 16  # per stage; the least recently run size is forgotten first (the roster entry stays small)


class Durations:
    """Per stage and size: the moving average of measured seconds on this peer."""

    def __init__(self) -> None:
        self._means: dict[tuple[str, str], float] = {}  # insertion order = least recently run first
        self._dispatch: float | None = None

    def record_dispatch(self, seconds: float) -> None:
        """How long a ready job waited for this peer's claim while it had a free slot (ticks, rank delay)."""
        if 0 <= seconds < 3600:
            self._dispatch = seconds if self._dispatch is None else self._dispatch + ALPHA * (seconds - self._dispatch)

    def record(self, stage: str, size: str, seconds: float) -> None:
        if not 0 <= seconds < float("inf") or not work_of(size):
            return
        key = (stage, size)
        old = self._means.pop(key, None)
        self._means[key] = seconds if old is None else old + ALPHA * (seconds - old)
        same_stage = [k for k in self._means if k[0] == stage]
        if len(same_stage) > MAX_SIZES:
            del self._means[same_stage[0]]

    def expected(self, stage: str, size: str) -> float | None:
        """Seconds a run of this stage and size took here (moving average), or None before the first."""
        return self._means.get((stage, size))

    def published(self) -> dict[str, float]:
        """Roster entries: ``stage@size`` -> seconds, for every measured size, and ``dispatch``."""
        out = {f"{stage}@{size}": round(seconds, 2) for (stage, size), seconds in self._means.items()}
        if self._dispatch is not None:
            out[DISPATCH] = round(self._dispatch, 3)
        return out
