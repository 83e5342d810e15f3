"""The storyboard sequence: shots in order, their numbers, durations and cut points.

Everything that shows, moves or exports the sequence reads it here, so the canvas strip, the CLI, MCP and
every export (PDF, CSV, OTIO, animatic) agree on order, numbers and lengths.

Stable API (exporters rely on it):
    shots(board) -> list[Shot]         the shots in order, numbered, timed; what an export walks
    shot(board, intent_id) -> Shot     one of them (SchemaError if it is not a shot)
    total_duration_s(board) -> float   the edited length (sum of `Shot.edit_s`)
    order(board) -> list[str]          every intent id in storyboard order (shots and reference intents)
    move(board, intent_id, index, *, origin)           to `index` of `order()`
    move_after(board, intent_id, after_id, *, origin)  just after another intent (None: to the front)
    set_locked(board, intent_id, locked, *, origin)    lock keeps the number it shows now
    set_cut(board, intent_id, cut_in, cut_out, *, origin)   (check_cut: the same check, writing nothing)
    number_labels(entries) -> list[str]                the numbering rule, on (stored number, locked) pairs
    repair(board, *, origin) -> int                    drop raw duplicates left by concurrent moves

Rules:
- Order is `Board.sequence()` (a Yjs array of ids, read deduplicated: the first copy of an id wins, so
  every replica that holds the same document shows the same order), then intents missing from it.
  Concurrent moves of different intents both hold; two people moving the same intent at once leave two
  copies in the array, the first one shown, and the next write through `move` repairs the array.
- Shots are intents of sub-kind ``scene`` or ``timing``; ``character`` and ``style`` intents are references,
  kept in the order but not numbered, timed or exported.
- Numbers: unlocked shots are numbered 1, 2, 3 ... in order; a locked shot keeps its stored ``shot_no``.
  An unlocked shot after a locked one takes the next whole number if that is below the next locked
  number, otherwise a letter after it (1, 1A, 1B ...; after Z comes AA), never a label a locked shot holds;
  shots inserted before a locked 1 become 0A, 0B.
- Duration (the rendered length, ``Shot.duration_s``): the ``duration`` directive, else the chosen clip
  take's length, else the intent's ``duration_s`` (8 s unless set).
- Cut points are apart from it: ``cut_in``/``cut_out`` in seconds from the clip's start (``cut_out`` 0 means
  its end). ``Shot.edit_s`` is what the edit uses; the rest are handles for transitions.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mesh.errors import DirectiveError, SchemaError
from mesh.model.board import Board, Comp, GenArt, Intent
from mesh.model.jobs import parse_directives
from mesh.model.schema import EdgeKind

__all__ = [
    "REFERENCE_SUBS",
    "SHOT_SUBS",
    "Shot",
    "check_cut",
    "move",
    "move_after",
    "number_labels",
    "order",
    "repair",
    "set_cut",
    "set_locked",
    "shot",
    "shots",
    "total_duration_s",
]

SHOT_SUBS = ("scene", "timing")
REFERENCE_SUBS = ("character", "style")
_LABEL = re.compile(r"^(\d+)([A-Z]*)$")


@dataclass(frozen=True, slots=True)
class Shot:
    """One shot of the sequence as every reader sees it (computed, never stored as a whole)."""

    index: int  # 0-based among shots
    intent_id: str
    number: str  # the shot number shown: "1", "1A"
    scene_no: str  # as stored (the script's scene number, if imported)
    locked: bool
    sub: str
    title: str
    description: str
    dialogue: str
    transition: str
    duration_s: float  # rendered (or to-be-rendered) length
    duration_from: str  # "directive", "take" or "intent"
    cut_in: float
    cut_out: float  # resolved: never 0, at most duration_s
    start_s: float  # where the shot starts on the edited timeline
    clip_id: str  # the chosen video take's gen.art id (restyle over clip), or ""
    still_id: str  # the chosen still take's gen.art id, or ""

    @property
    def edit_s(self) -> float:
        """Length in the edit: cut_out - cut_in."""
        return self.cut_out - self.cut_in

    @property
    def head_s(self) -> float:
        """Handle before the cut-in."""
        return self.cut_in

    @property
    def tail_s(self) -> float:
        """Handle after the cut-out."""
        return self.duration_s - self.cut_out


def order(board: Board) -> list[str]:
    """Every intent id in storyboard order (the sequence, then intents missing from it)."""
    return [i.id for i in board.intents()]


def _next_letters(suffix: str) -> str:
    """"" -> A, A -> B, Z -> AA, AZ -> BA (bijective base 26)."""
    letters = list(suffix)
    i = len(letters) - 1
    while i >= 0:
        if letters[i] != "Z":
            letters[i] = chr(ord(letters[i]) + 1)
            return "".join(letters)
        letters[i] = "A"
        i -= 1
    return "A" + "".join(letters)


def _parse(label: str) -> tuple[int, str] | None:
    m = _LABEL.match(label.strip().upper())
    return (int(m.group(1)), m.group(2)) if m else None


def number_labels(entries: Sequence[tuple[str, bool]]) -> list[str]:
    """The numbers shown for shots given as (stored number, locked), in order; see the module rules."""
    used = {stored.strip().upper() for stored, locked in entries if locked and stored.strip()}
    out: list[str] = []
    base, suffix = 0, ""
    for i, (stored, locked) in enumerate(entries):
        label = stored.strip().upper()
        if locked and label:
            out.append(label)
            parsed = _parse(label)
            if parsed is not None:
                base, suffix = parsed
            continue
        next_lock = next((p[0] for s, lk in entries[i + 1:] if lk and (p := _parse(s)) is not None), None)
        candidate = base + 1
        if (next_lock is None or candidate < next_lock) and str(candidate) not in used:
            base, suffix = candidate, ""
            out.append(str(candidate))
            continue
        suffix = _next_letters(suffix)
        while f"{base}{suffix}" in used:
            suffix = _next_letters(suffix)
        out.append(f"{base}{suffix}")
    return out


def _directive_durations(board: Board) -> dict[str, Any]:
    """Each intent's ``duration`` directive value (as `Board.directives_of` merges them: later comps win),
    read in one pass over the edges rather than one pass per intent."""
    out: dict[str, Any] = {}
    for edge in board.edges():
        if edge.kind is EdgeKind.COMP:
            comp = board.block(edge.src)
            if isinstance(comp, Comp) and comp.sub == "directive" and "duration" in comp.params:
                out[edge.dst] = comp.params["duration"]
    return out


def _duration(value: Any) -> float | None:
    if value is None:
        return None
    try:
        return parse_directives({"duration": value}).duration_s
    except DirectiveError:
        return None  # a bad directive is refused where it is written; one from another replica is ignored


def _take(board: Board, intent: Intent, stage: str) -> GenArt | None:
    take = board.block(intent.chosen.get(stage, ""))
    return take if isinstance(take, GenArt) and take.intent_id == intent.id else None


def shots(board: Board) -> list[Shot]:
    """The shots in order, numbered and timed."""
    intents = [i for i in board.intents() if i.sub in SHOT_SUBS]
    labels = number_labels([(str(i.get("shot_no")), bool(i.get("locked"))) for i in intents])
    directed = _directive_durations(board)
    out: list[Shot] = []
    start = 0.0
    for index, (intent, label) in enumerate(zip(intents, labels, strict=True)):
        # the shot's video is its last look: the restyled clip where a style was applied, else the clip
        clip = _take(board, intent, "restyle") or _take(board, intent, "clip")
        still = _take(board, intent, "still")
        duration, source = _duration(directed.get(intent.id)), "directive"
        if duration is None and clip is not None and float(clip.get("duration_s")) > 0:
            duration, source = float(clip.get("duration_s")), "take"
        if duration is None:
            duration, source = intent.duration_s, "intent"
        cut_in, cut_out = float(intent.get("cut_in")), float(intent.get("cut_out"))
        if cut_out <= 0 or cut_out > duration:
            cut_out = duration
        if cut_in >= cut_out:  # points that no longer fit the clip (it was re-rendered shorter): use it all
            cut_in, cut_out = 0.0, duration
        s = Shot(index=index, intent_id=intent.id, number=label, scene_no=str(intent.get("scene_no")),
                 locked=bool(intent.get("locked")), sub=intent.sub, title=intent.title,
                 description=intent.description, dialogue=str(intent.get("dialogue")),
                 transition=str(intent.get("transition")), duration_s=duration, duration_from=source,
                 cut_in=cut_in, cut_out=cut_out, start_s=start, clip_id=clip.id if clip else "",
                 still_id=still.id if still else "")
        out.append(s)
        start += s.edit_s
    return out


def shot(board: Board, intent_id: str) -> Shot:
    for s in shots(board):
        if s.intent_id == intent_id:
            return s
    board.intent(intent_id)  # SchemaError "no intent ..." when it does not exist
    raise SchemaError(f"intent {intent_id!r} is a reference intent, not a shot of the sequence")


def total_duration_s(board: Board) -> float:
    return sum(s.edit_s for s in shots(board))


def repair(board: Board, *, origin: str) -> int:
    """Drop raw duplicates and dangling ids from the stored sequence; returns how many went."""
    return board.repair_sequence(origin=origin)


def move(board: Board, intent_id: str, index: int, *, origin: str) -> None:
    """Move an intent to `index` of `order()` (clamped), repairing the stored array in the same edit."""
    if isinstance(index, bool) or not isinstance(index, int):
        raise SchemaError(f"position must be a whole number, not {index!r}")
    with board.transact(origin):
        board.move_in_sequence(intent_id, index, origin=origin)
        board.repair_sequence(origin=origin)


def move_after(board: Board, intent_id: str, after_id: str | None, *, origin: str) -> None:
    """Put an intent just after another (None: first)."""
    if after_id is None:
        move(board, intent_id, 0, origin=origin)
        return
    if after_id == intent_id:
        raise SchemaError("an intent cannot be moved after itself")
    board.intent(after_id)
    ids = [i for i in order(board) if i != intent_id]
    move(board, intent_id, ids.index(after_id) + 1, origin=origin)


def set_locked(board: Board, intent_id: str, locked: bool, *, origin: str) -> str:
    """Lock a shot's number (it keeps the one it shows now) or unlock it; returns the number."""
    number = shot(board, intent_id).number
    if locked:
        board.update(intent_id, origin=origin, locked=True, shot_no=number)
    else:
        board.update(intent_id, origin=origin, locked=False)
    return number


def check_cut(board: Board, intent_id: str, cut_in: float, cut_out: float) -> None:
    """Raise SchemaError unless `set_cut` would take these points (for callers that check before writing)."""
    s = shot(board, intent_id)
    if not (math.isfinite(cut_in) and math.isfinite(cut_out)):
        raise SchemaError("cut points must be finite numbers of seconds")
    end = cut_out if cut_out > 0 else s.duration_s
    if cut_in < 0 or end <= cut_in or end > s.duration_s:
        raise SchemaError(f"cut points {cut_in:g}..{end:g} s must satisfy 0 <= in < out <= {s.duration_s:g} s "
                          "(the rendered length)")


def set_cut(board: Board, intent_id: str, cut_in: float, cut_out: float, *, origin: str) -> None:
    """Set the edit's in and out points (cut_out 0: the clip's end); refused unless 0 <= in < out <= length."""
    check_cut(board, intent_id, cut_in, cut_out)
    board.update(intent_id, origin=origin, cut_in=cut_in, cut_out=cut_out)
