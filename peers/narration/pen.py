"""The narrator's only way to write: a capability that can touch narration blocks and illustrations, nothing else.

A narrator is a narrator, never a decision maker. Instead of the `Board` (which can create, change and
claim anything), narration code is handed a `NarrationPen`: it writes narration and visual-narration
blocks, requests and withdraws the narrator's own low-priority illustration jobs, and rolls off old
illustrations. Every method checks its target's kind and refuses anything else with `NarrationRefused`,
so an intent, a comp, a person's render job or a claim cannot be reached through it.
"""

from __future__ import annotations

import time
from typing import Any

from mesh.errors import MultiplexError
from mesh.model.board import Board, GenArt, Narration, VisualNarration
from mesh.model.hlc import HLC
from mesh.model.jobs import cancel_jobs, job, plan_visual_narration

__all__ = ["NarrationPen", "NarrationRefused"]

MAX_FIELD_CHARS = 19_000  # under the schema's text limit: a long R1 reasoning is cut, never refused


class NarrationRefused(MultiplexError):
    """Narration code tried to write something that is not narration."""


def _clip(text: str) -> str:
    return text if len(text) <= MAX_FIELD_CHARS else text[: MAX_FIELD_CHARS - 1] + "…"


class NarrationPen:
    """Writes narration for one board under one origin; refuses every other block, job and field."""

    __slots__ = ("__board", "__hlc", "origin")

    def __init__(self, board: Board, origin: str, hlc: HLC | None = None) -> None:
        self.__board = board
        self.__hlc = hlc or HLC()
        self.origin = origin

    def _narration(self, block_id: str) -> Narration:
        view = self.__board.block(block_id)
        if not isinstance(view, Narration):
            raise NarrationRefused(f"{block_id!r} is not a narration block: narration writes only narration")
        return view

    def _visual(self, block_id: str) -> VisualNarration:
        view = self.__board.block(block_id)
        if not isinstance(view, VisualNarration):
            raise NarrationRefused(f"{block_id!r} is not a visual-narration block")
        return view

    # -- narration text ----------------------------------------------------------------------------
    def read(self, block_id: str) -> dict[str, str]:
        """The narration fields of a block as they are now (text, think, past, narrator, status)."""
        view = self._narration(block_id)
        return {k: str(view.get(k) or "") for k in ("text", "think", "past", "narrator", "status")}

    def write(self, block_id: str, **fields: str) -> None:
        """Set narration fields as a whole (text, think, past, narrator, status); others are refused."""
        self._narration(block_id)
        unknown = set(fields) - {"text", "think", "past", "narrator", "status"}
        if unknown:
            raise NarrationRefused(f"narration cannot set {', '.join(sorted(unknown))}")
        values: dict[str, Any] = {k: _clip(v) if k in ("text", "think", "past") else v for k, v in fields.items()}
        self.__board.update(block_id, origin=self.origin, updated=_now(), **values)

    def stream(self, block_id: str, *, text: str, think: str) -> None:
        """Show a narration being written: text that grows is appended (a few bytes per write, and every
        canvas sees it typed); text that changed otherwise is replaced."""
        view = self._narration(block_id)
        board = self.__board
        with board.transact(self.origin):
            for name, value in (("text", _clip(text)), ("think", _clip(think))):
                ref = view.text_ref(name)
                current = str(ref) if ref is not None else None
                if current == value:
                    continue
                if ref is not None and current is not None and value.startswith(current):
                    ref += value[len(current):]
                else:
                    board.update(block_id, origin=self.origin, **{name: value})

    # -- visual narration --------------------------------------------------------------------------
    def show(self, block_id: str, *, asset: str, mime: str, caption: str, prompt: str = "") -> None:
        """Put an image with its caption on a visual-narration block."""
        view = self._visual(block_id)
        if (view.get("asset"), view.get("caption"), view.get("prompt")) == (asset, caption[:2000], prompt[:4000]):
            return
        self.__board.update(block_id, origin=self.origin, asset=asset, mime=mime, caption=caption[:2000],
                            prompt=prompt[:4000])

    def request_visual(self, block_id: str, prompt: str, *, caption: str = "") -> str:
        """Ask any capable peer for a low-priority still illustrating the narration; returns the job id."""
        self._visual(block_id)
        return plan_visual_narration(self.__board, block_id, prompt, caption=caption, requested_by=self.origin,
                                     hlc=self.__hlc)

    def _own_job(self, job_id: str) -> None:
        j = job(self.__board, job_id)
        if j is None or not j.visual or not isinstance(self.__board.block(j.intent_id), VisualNarration):
            raise NarrationRefused(f"{job_id!r} is not a visual-narration job: narration cannot touch it")

    def job_state(self, job_id: str) -> str:
        """The state of one of the narrator's illustration jobs ('' when it is gone)."""
        self._own_job(job_id)
        j = job(self.__board, job_id)
        return j.state().value if j is not None else ""

    def withdraw_visual(self, job_id: str) -> bool:
        """Cancel an illustration job (a person's render came in); only visual-narration jobs."""
        self._own_job(job_id)
        return cancel_jobs(self.__board, [job_id], origin=self.origin) > 0

    def drop_illustration(self, art_id: str) -> None:
        """Roll off an old illustration (a gen.art made for a visual-narration block, nothing else)."""
        art = self.__board.block(art_id)
        if not isinstance(art, GenArt) or not isinstance(self.__board.block(art.intent_id), VisualNarration):
            raise NarrationRefused(f"{art_id!r} is not an illustration of the narration")
        self.__board.remove(art_id, origin=self.origin)


def _now() -> str:
    return f"{time.time_ns() // 1_000_000:015d}"
