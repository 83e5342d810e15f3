"""What a person's gestures on the canvas do to the board: one `Editor` per (board, person).

The browser sends small commands (``{"op": "move", ...}``); this module checks them (they come from a
browser, a trust boundary) and turns them into `mesh` calls tagged with the person's origin
(``user:NAME``). Undo and redo are per person: a `pycrdt.UndoManager` that tracks only that origin, so
undoing never reverts someone else's edit (remote updates arrive without our origins, so an UndoManager scoped to
one origin never captures them).

Text fields merge at character level: the browser sends the text it started from and the text it has
now; `merge_text` turns that into one splice on the shared `Text`, moved past concurrent edits made by
others in the meantime, so two people typing in one description both keep their words.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pycrdt import Array, Map, Text, UndoManager

from mesh.errors import MultiplexError
from mesh.model import annotations, pipelines, sequence
from mesh.model.board import Board, Intent
from mesh.model.jobs import cancel_jobs, jobs, plan_render, remove_block
from mesh.model.operations import preview_render, set_intent_pipeline
from mesh.model.roster import Roster
from mesh.model.schema import BLOCK_SPECS, BlockKind, EdgeKind, FieldType, field_for

from .model import CREATE_SIZES, DEFAULT_TITLES, pipelines_view

__all__ = ["CommandError", "Editor", "merge_text", "splice"]

MAX_BATCH = 2_000  # ids in one command (a box selection of a large board)
MAX_ID_CHARS = 64
EDITABLE = {"title", "description", "notes", "text", "duration_s", "scene_no", "shot_no", "shot_size", "angle",
            "camera_move", "lens", "action", "dialogue", "sound", "transition", "caption", "params", "sub"}
READ_OPS = frozenset({"preview", "pipelines"})  # what a view-only person may still ask (a cost preview changes nothing)
RENDER_OPS = frozenset({"render", "cancel"})  # spend (or stop spending) GPU time: a separate permission
# Typing sends a command per pause: those merge into one undo step within the capture window. Every other
# command is a gesture of its own (a create then a delete 300 ms later are two steps, not one).
MERGING_OPS = frozenset({"text", "update"})


class CommandError(MultiplexError):
    """A command from the browser that cannot be carried out; the message is shown to the person."""


def splice(old: str, new: str) -> tuple[int, int, str]:
    """The single edit (start, deleted length, inserted text) that turns `old` into `new`."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return start, end_old - start, new[start:end_new]


def merge_text(text: Text, base: str, value: str) -> None:
    """Apply the edit base -> value to `text`, which may have moved on from `base` (others typed).

    The person's edit is one splice of `base`; the concurrent change is one splice base -> current. When
    the two touch different places, the person's splice is shifted past the other one; when they
    overlap, the person's splice is applied at the same place in the current text (their words win
    there, the other person's words elsewhere survive).
    """
    current = str(text)
    start, deleted, inserted = splice(base, value)
    if current != base:
        o_start, o_deleted, o_inserted = splice(base, current)
        shift = len(o_inserted) - o_deleted
        if o_start + o_deleted <= start and not (o_deleted == 0 and o_start == start):
            start += shift
        elif o_start < start + deleted:  # overlapping: clamp into the current text
            start = min(start, len(current))
            deleted = max(0, min(deleted + max(0, shift), len(current) - start))
    start = max(0, min(start, len(current)))
    deleted = max(0, min(deleted, len(current) - start))
    if deleted:
        del text[start:start + deleted]
    if inserted:
        text.insert(start, inserted)


@dataclass(slots=True)
class Person:
    name: str
    client: str

    @property
    def origin(self) -> str:
        return f"user:{self.name}"


def _str(cmd: dict[str, Any], key: str, *, max_len: int = MAX_ID_CHARS) -> str:
    value = cmd.get(key)
    if not isinstance(value, str) or not value or len(value) > max_len:
        raise CommandError(f"{key}: expected text up to {max_len} characters")
    return value


def _ids(cmd: dict[str, Any], key: str = "ids") -> list[str]:
    value = cmd.get(key)
    if not isinstance(value, list) or len(value) > MAX_BATCH:
        raise CommandError(f"{key}: expected a list of at most {MAX_BATCH} ids")
    return [v for v in value if isinstance(v, str) and 0 < len(v) <= MAX_ID_CHARS]


def _num(cmd: dict[str, Any], key: str, default: float | None = None) -> float:
    value = cmd.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise CommandError(f"{key}: expected a number")
    return float(value)


class Editor:
    """Carries out one person's commands on one board; owns that person's undo history."""

    def __init__(self, board: Board, person: Person, *, roster: Roster | None = None,
                 capture_timeout_ms: int = 400, may_edit: bool = True, may_render: bool = True) -> None:
        self.board = board
        self.person = person
        self.may_edit = may_edit  # False: a view-only invite (the relay's view role); only READ_OPS run
        self.may_render = may_render and may_edit
        self.roster = roster or Roster(board, "canvas:view")
        scopes = [board.doc.get(name, type=kind) for name, kind in
                  (("blocks", Map), ("edges", Map), ("sequence", Array), ("comments", Map))]
        self._capture_ms = capture_timeout_ms
        self._clock_skip_ms = 0  # added to the undo manager's clock to close a capture group at once
        self.undo = UndoManager(scopes=scopes, capture_timeout_millis=capture_timeout_ms, timestamp=self._now_ms)
        self.undo.include_origin(person.origin)
        self._ops: dict[str, Callable[[dict[str, Any]], dict[str, Any] | None]] = {
            "create": self.create, "move": self.move, "update": self.update, "text": self.text,
            "delete": self.delete, "duplicate": self.duplicate, "connect": self.connect,
            "disconnect": self.disconnect, "reorder": self.reorder, "place_after": self.place_after,
            "lock": self.lock, "cut": self.cut, "undo": self.do_undo, "redo": self.do_redo,
            "preview": self.preview, "pipelines": self.pipelines, "pipeline": self.pipeline,
            "render": self.render, "cancel": self.cancel, "choose": self.choose,
            "grow": self.grow, "comment": self.comment, "resolve": self.resolve, "snapshot": self.snapshot,
            "restore": self.restore, "drop_snapshot": self.drop_snapshot,
        }

    @property
    def origin(self) -> str:
        return self.person.origin

    def _now_ms(self) -> int:
        return int(time.monotonic() * 1000) + self._clock_skip_ms

    def _close_undo_step(self) -> None:
        """The undo manager merges changes closer than the capture window: jump its clock past it."""
        self._clock_skip_ms += self._capture_ms + 1

    def handle(self, cmd: Any) -> dict[str, Any] | None:
        """Run one command; SchemaError and friends become CommandError with a readable message."""
        if not isinstance(cmd, dict) or not isinstance(cmd.get("op"), str):
            raise CommandError("a command needs an op")
        op = self._ops.get(cmd["op"])
        if op is None:
            raise CommandError(f"unknown command {cmd['op']!r}")
        if not self.may_edit and cmd["op"] not in READ_OPS:
            raise CommandError("this board is view-only for you: your invite lets you look, not change it")
        if not self.may_render and cmd["op"] in RENDER_OPS:
            raise CommandError("your invite cannot start or cancel renders (ask for one with the render role)")
        gesture = cmd["op"] not in MERGING_OPS
        if gesture:
            self._close_undo_step()  # not merged into the typing before it
        try:
            return op(cmd)
        except CommandError:
            raise
        except MultiplexError as exc:
            raise CommandError(str(exc)) from exc
        finally:
            if gesture:
                self._close_undo_step()  # nor with what comes next

    # -- blocks -----------------------------------------------------------------------------------
    def create(self, cmd: dict[str, Any]) -> dict[str, Any]:
        kind, sub = _str(cmd, "kind"), _str(cmd, "sub")
        check_kind(kind, sub)
        x, y = _num(cmd, "x", 0.0), _num(cmd, "y", 0.0)
        title = DEFAULT_TITLES.get((kind, sub), sub)
        attach = cmd.get("attach")
        if kind == BlockKind.INTENT.value:
            view = self.board.add_intent(title, sub=sub, origin=self.origin, x=x, y=y, description="")
        elif kind == BlockKind.COMP.value and isinstance(attach, str) and isinstance(self.board.block(attach), Intent):
            ix, iy, _, _ = self.board.intent(attach).position
            count = len(self.board.comps_of(attach))
            w, _ = BLOCK_SPECS[BlockKind.COMP].size  # left of the intent, where its comp handle is
            view = self.board.add_comp(attach, sub, origin=self.origin, title=title, x=ix - w - 80 + count * 24,
                                       y=iy + count * 36)
        else:
            w, h = CREATE_SIZES.get((kind, sub), BLOCK_SPECS[BlockKind(kind)].size)
            view = self.board.add_block(kind, sub, origin=self.origin, x=x, y=y, w=w, h=h, title=title, free=True)
        return {"created": view.id}

    def move(self, cmd: dict[str, Any]) -> None:
        moves = cmd.get("moves")
        if not isinstance(moves, list) or len(moves) > MAX_BATCH:
            raise CommandError("moves: expected a list")
        with self.board.transact(self.origin):
            for m in moves:
                if not isinstance(m, dict) or not isinstance(m.get("id"), str) or self.board.block(m["id"]) is None:
                    continue
                fields = {k: float(m[k]) for k in ("x", "y", "w", "h")
                          if isinstance(m.get(k), int | float) and not isinstance(m.get(k), bool)}
                if fields:
                    self.board.update(m["id"], origin=self.origin, **fields)

    def update(self, cmd: dict[str, Any]) -> None:
        block_id = _str(cmd, "id")
        fields = cmd.get("fields")
        if not isinstance(fields, dict) or not fields or any(k not in EDITABLE for k in fields):
            raise CommandError(f"fields: expected some of {', '.join(sorted(EDITABLE))}")
        view = self.board.block(block_id)
        if view is None:
            raise CommandError("that block is gone")
        if "sub" in fields:
            sub = fields.pop("sub")
            if sub not in BLOCK_SPECS[view.kind].subs:
                raise CommandError(f"sub-kind must be one of {', '.join(BLOCK_SPECS[view.kind].subs)}")
            self.board.set_sub(block_id, str(sub), origin=self.origin)
        if "shot_no" in fields and isinstance(view, Intent):
            # a number typed by hand is a production number: it is kept (locked) when shots move around it;
            # cleared, the shot goes back to the computed numbering
            fields["locked"] = bool(str(fields["shot_no"]).strip())
        if fields:
            self.board.update(block_id, origin=self.origin, **fields)

    def text(self, cmd: dict[str, Any]) -> None:
        """Character-level edit of a text field: {id, field, base, value}."""
        block_id, name = _str(cmd, "id"), _str(cmd, "field")
        base, value = cmd.get("base"), cmd.get("value")
        if not isinstance(base, str) or not isinstance(value, str):
            raise CommandError("base and value must be text")
        view = self.board.block(block_id)
        if view is None:
            raise CommandError("that block is gone")
        f = field_for(view.kind, name)
        if name not in EDITABLE:
            raise CommandError(f"{name} cannot be edited here")
        if f.type is not FieldType.TEXT:
            self.board.update(block_id, origin=self.origin, **{name: value})
            return
        f.coerce(name, value)  # length limit
        ref = view.text_ref(name)
        if ref is None:
            self.board.update(block_id, origin=self.origin, **{name: value})
            return
        with self.board.transact(self.origin):
            merge_text(ref, base, value)

    def delete(self, cmd: dict[str, Any]) -> None:
        with self.board.transact(self.origin):
            for block_id in _ids(cmd):
                remove_block(self.board, block_id, origin=self.origin)
            for edge_id in _ids(cmd, "edges") if "edges" in cmd else []:
                self.board.remove_edge(edge_id, origin=self.origin)

    def duplicate(self, cmd: dict[str, Any]) -> dict[str, Any]:
        made: list[str] = []
        dx, dy = _num(cmd, "dx", 40.0), _num(cmd, "dy", 40.0)
        with self.board.transact(self.origin):
            for block_id in _ids(cmd):
                view = self.board.block(block_id)
                if view is None or view.kind is BlockKind.GEN_ART:
                    continue
                fields = {k: v for k, v in view.to_dict().items()
                          if k not in ("id", "kind", "sub", "created_by", "chosen") and v is not None}
                fields["x"], fields["y"] = fields.get("x", 0.0) + dx, fields.get("y", 0.0) + dy
                if view.kind is BlockKind.INTENT:
                    text = str(fields.pop("title") or "Untitled")
                    copy = self.board.add_intent(text, sub=view.sub, origin=self.origin, **fields)
                else:
                    copy = self.board.add_block(view.kind, view.sub, origin=self.origin, free=True, **fields)
                made.append(copy.id)
        return {"created": made}

    # -- edges and sequence -------------------------------------------------------------------------
    def connect(self, cmd: dict[str, Any]) -> dict[str, Any]:
        src, dst = _str(cmd, "source"), _str(cmd, "target")
        a, b = self.board.block(src), self.board.block(dst)
        if a is None or b is None or src == dst:
            raise CommandError("connect two blocks on this board")
        if a.kind is BlockKind.INTENT and b.kind is BlockKind.COMP:  # dragged the other way round
            a, b = b, a
        if a.kind is BlockKind.COMP and b.kind is BlockKind.INTENT:
            kind = EdgeKind.COMP
        elif a.kind is BlockKind.GEN_ART and b.kind is BlockKind.INTENT:
            kind = EdgeKind.GROWS
        else:
            raise CommandError("comps connect to intents (and gen.art to the intents it inspires)")
        for e in self.board.edges():
            if e.src == a.id and e.dst == b.id:
                return {"edge": e.id}
        return {"edge": self.board.add_edge(a.id, b.id, kind, origin=self.origin)}

    def disconnect(self, cmd: dict[str, Any]) -> None:
        with self.board.transact(self.origin):
            for edge_id in _ids(cmd):
                self.board.remove_edge(edge_id, origin=self.origin)

    def reorder(self, cmd: dict[str, Any]) -> None:
        index = _num(cmd, "index")
        if not math.isfinite(index):
            raise CommandError("index: expected a finite number")
        sequence.move(self.board, _str(cmd, "id"), int(index), origin=self.origin)

    def place_after(self, cmd: dict[str, Any]) -> None:
        """A shot's number dragged onto another intent: {id, after} (after null: to the front)."""
        after = cmd.get("after")
        if after is not None:
            after = _str(cmd, "after")
        sequence.move_after(self.board, _str(cmd, "id"), after, origin=self.origin)

    def lock(self, cmd: dict[str, Any]) -> dict[str, Any]:
        locked = cmd.get("locked")
        if not isinstance(locked, bool):
            raise CommandError("locked: expected true or false")
        return {"number": sequence.set_locked(self.board, _str(cmd, "id"), locked, origin=self.origin)}

    def cut(self, cmd: dict[str, Any]) -> None:
        """The edit's in/out points in seconds into the clip (cut_out 0: its end); refused unless they fit."""
        cut_in, cut_out = _num(cmd, "cut_in"), _num(cmd, "cut_out")
        sequence.set_cut(self.board, _str(cmd, "id"), cut_in, cut_out, origin=self.origin)

    # -- undo ----------------------------------------------------------------------------------------
    def do_undo(self, cmd: dict[str, Any]) -> dict[str, Any]:
        return {"undone": bool(self.undo.can_undo() and self.undo.undo())}

    def do_redo(self, cmd: dict[str, Any]) -> dict[str, Any]:
        return {"redone": bool(self.undo.can_redo() and self.undo.redo())}

    # -- rendering ------------------------------------------------------------------------------------
    def _intents(self, cmd: dict[str, Any]) -> list[str]:
        ids = [i for i in _ids(cmd) if isinstance(self.board.block(i), Intent)]
        if not ids:
            raise CommandError("select one or more intents to render")
        return ids

    def preview(self, cmd: dict[str, Any]) -> dict[str, Any]:
        ids = self._intents(cmd)
        cost = preview_render(self.board, ids, self.roster.live())  # the one estimator, as the CLI and MCP
        titles = [self.board.intent(i).title for i in ids]
        return {"preview": {**cost.to_dict(), "intents": ids, "titles": titles[:20]}}

    def pipelines(self, cmd: dict[str, Any]) -> dict[str, Any]:
        """The pipeline picker, with which live machines can run each one now (asked when it opens)."""
        return {"pipelines": pipelines_view(live=self.roster.live())}

    def pipeline(self, cmd: dict[str, Any]) -> dict[str, Any]:
        """Pick the pipeline an intent runs: {id, name} ('' : back to its sub-kind's default)."""
        block_id = _str(cmd, "id")
        name = cmd.get("name", "")
        if not isinstance(name, str) or len(name) > MAX_ID_CHARS:
            raise CommandError(f"name: expected a pipeline name up to {MAX_ID_CHARS} characters")
        if not isinstance(self.board.block(block_id), Intent):
            raise CommandError("pick a pipeline for an intent")
        runs = set_intent_pipeline(self.board, block_id, name, pipelines.installed(), origin=self.origin)
        return {"runs": runs}

    def render(self, cmd: dict[str, Any]) -> dict[str, Any]:
        created = plan_render(self.board, self._intents(cmd), requested_by=self.origin)
        return {"jobs": created}

    def cancel(self, cmd: dict[str, Any]) -> dict[str, Any]:
        ids = set(_ids(cmd))
        open_jobs = [j.id for j in jobs(self.board) if j.intent_id in ids and not j.state().terminal]
        return {"cancelled": cancel_jobs(self.board, open_jobs, origin=self.origin)}

    def choose(self, cmd: dict[str, Any]) -> None:
        art = self.board.block(_str(cmd, "id"))
        if art is None or art.kind is not BlockKind.GEN_ART:
            raise CommandError("choose a gen.art take")
        self.board.choose_take(str(art.get("intent_id")), art.id, origin=self.origin)

    def grow(self, cmd: dict[str, Any]) -> dict[str, Any]:
        """"New intent from this": an intent seeded from a gen.art, linked to it."""
        art = self.board.block(_str(cmd, "id"))
        if art is None or art.kind is not BlockKind.GEN_ART:
            raise CommandError("grow a new intent from a gen.art block")
        source = self.board.block(str(art.get("intent_id")))
        x, y, w, _ = art.position
        text = f"After: {source.title}" if source is not None and source.title else "Continues from this take"
        with self.board.transact(self.origin):
            intent = self.board.add_intent(text, origin=self.origin, x=x + w + 80, y=y, description="")
            self.board.add_edge(art.id, intent.id, EdgeKind.GROWS, origin=self.origin)
            if source is not None and source.id in self.board.sequence():
                self.board.move_in_sequence(intent.id, self.board.sequence().index(source.id) + 1,
                                            origin=self.origin)
        return {"created": intent.id}

    # -- comments and snapshots --------------------------------------------------------------------------
    def comment(self, cmd: dict[str, Any]) -> dict[str, Any]:
        text = cmd.get("text")
        if not isinstance(text, str):
            raise CommandError("a comment needs text")
        c = annotations.add_comment(self.board, _str(cmd, "id"), text, author=self.person.name, origin=self.origin)
        return {"comment": c.id}

    def resolve(self, cmd: dict[str, Any]) -> None:
        annotations.resolve_comment(self.board, _str(cmd, "id"), resolved=bool(cmd.get("resolved", True)),
                                    origin=self.origin)

    def snapshot(self, cmd: dict[str, Any]) -> dict[str, Any]:
        name = cmd.get("name")
        if not isinstance(name, str):
            raise CommandError("a snapshot needs a name")
        snap = annotations.save_snapshot(self.board, name, author=self.person.name, origin=self.origin)
        return {"snapshot": snap.id, "notify": f"Saved snapshot “{snap.name}”"}

    def restore(self, cmd: dict[str, Any]) -> dict[str, Any]:
        counts = annotations.restore_snapshot(self.board, _str(cmd, "id"), origin=self.origin)
        return {"restored": counts, "notify": "Snapshot restored (undo brings your board back)"}

    def drop_snapshot(self, cmd: dict[str, Any]) -> None:
        annotations.delete_snapshot(self.board, _str(cmd, "id"), origin=self.origin)


def check_kind(kind: str, sub: str) -> None:
    """Raise CommandError unless (kind, sub) is a block a person may create from the palette."""
    try:
        spec = BLOCK_SPECS[BlockKind(kind)]
    except ValueError:
        raise CommandError(f"unknown block kind {kind!r}") from None
    if sub not in spec.subs or spec.kind is BlockKind.GEN_ART:
        raise CommandError(f"cannot create a {kind} {sub} block here")

