"""The board document: one pycrdt `Doc` per board, read and written only through typed accessors.

Root types of the document (the only place their names appear):
    meta      Map   schema version, board name, board id
    blocks    Map   block id -> Map of fields (see `mesh.model.schema`)
    edges     Map   edge id -> Map {src, dst, kind}
    sequence  Array intent ids in storyboard order
    jobs      Map   job id -> Map (owned by `mesh.model.jobs` and `mesh.model.claims`)
    roster    Map   peer id -> Map (owned by `mesh.model.roster`)
    log       Array bounded activity events (owned by `mesh.model.activity`)
    comments  Map   comment id -> Map {block, text, author, resolved} (owned by `mesh.model.annotations`)
    snapshots Map   snapshot id -> Map {name, author, created, data} (owned by `mesh.model.annotations`)

Entries written by other replicas are validated on read: an entry that does not validate is skipped
with one logged warning, never raised into the caller. Every local write carries an origin (a user
id like ``user:alice`` or a peer id like ``peer:studio-a``) so undo and sync can tell edits apart.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, ClassVar

from pycrdt import Array, Doc, Map, Text

from mesh._log import QuietLogger, get_logger
from mesh.const import SCHEMA_VERSION
from mesh.errors import SchemaError
from mesh.model.layout import GAP, Rect, Space
from mesh.model.schema import BLOCK_SPECS, COMMON_FIELDS, BlockKind, EdgeKind, FieldType, field_for, spec_for

__all__ = [
    "ActivityStream",
    "Block",
    "Board",
    "Comp",
    "Edge",
    "GenArt",
    "Intent",
    "Narration",
    "VisualNarration",
    "new_id",
]

log = get_logger("mesh.model.board")
quiet = QuietLogger(log)

EMPTY_STATE_VECTOR = b"\x00"  # a state vector with no clients: the document has no operations

ROOTS = ("meta", "blocks", "edges", "sequence", "jobs", "roster", "log", "comments", "snapshots")


def new_id(prefix: str) -> str:
    """A short random id; the prefix makes ids readable in logs (``in-3f9a1c2b``)."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def plain(value: Any) -> Any:
    """A JSON-safe copy of a value read from the document (Text -> str, Map -> dict)."""
    if isinstance(value, Text):
        return str(value)
    if isinstance(value, Map | Array):
        return value.to_py()
    return value


class Block:
    """A typed view over one block's map. Reads validate lazily; writes go through `Board.update`."""

    kind: ClassVar[BlockKind]

    def __init__(self, board: Board, block_id: str, ymap: Map) -> None:
        self.board = board
        self.id = block_id
        self._m = ymap

    def get(self, name: str) -> Any:
        """A field's value, or its default when absent or (written by another replica) invalid."""
        f = field_for(self.kind, name)
        raw = self._m.get(name)
        if raw is None:
            return f.default
        if not f.valid(raw):
            quiet.warning(f"{self.id}.{name}", "block %s: ignoring invalid %s=%r", self.id, name, raw)
            return f.default
        if f.type is FieldType.TEXT or f.type is FieldType.MAP:
            return plain(raw)
        return f.coerce(name, raw)

    def text_ref(self, name: str) -> Text | None:
        """The shared Text of a text field, for editors that want character-level merges."""
        raw = self._m.get(name)
        return raw if isinstance(raw, Text) else None

    @property
    def sub(self) -> str:
        return str(self._m.get("sub"))

    @property
    def title(self) -> str:
        return str(self.get("title"))

    @property
    def position(self) -> tuple[float, float, float, float]:
        return (self.get("x"), self.get("y"), self.get("w"), self.get("h"))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind.value, "sub": self.sub}
        for name in (*COMMON_FIELDS, *BLOCK_SPECS[self.kind].fields):
            out[name] = self.get(name)
        return out


class Intent(Block):
    kind = BlockKind.INTENT

    @property
    def description(self) -> str:
        return str(self.get("description"))

    @property
    def duration_s(self) -> float:
        return float(self.get("duration_s"))

    @property
    def chosen(self) -> dict[str, str]:
        return dict(self.get("chosen") or {})

    @property
    def pipeline(self) -> str:
        """The pipeline a person picked for this intent ('' : the default for its sub-kind)."""
        return str(self.get("pipeline") or "")


class Comp(Block):
    kind = BlockKind.COMP

    @property
    def asset(self) -> str:
        return str(self.get("asset"))

    @property
    def text(self) -> str:
        return str(self.get("text"))

    @property
    def params(self) -> dict[str, Any]:
        return dict(self.get("params") or {})


class GenArt(Block):
    kind = BlockKind.GEN_ART

    @property
    def asset(self) -> str:
        return str(self.get("asset"))

    @property
    def intent_id(self) -> str:
        return str(self.get("intent_id"))

    @property
    def job_id(self) -> str:
        return str(self.get("job_id"))

    @property
    def fingerprint(self) -> str:
        """The digest of the inputs this take was made from (`mesh.model.jobs.fingerprint`)."""
        return str(self.get("fingerprint") or "")


class ActivityStream(Block):
    kind = BlockKind.ACTIVITY


class Narration(Block):
    kind = BlockKind.NARRATION

    @property
    def text(self) -> str:
        return str(self.get("text"))


class VisualNarration(Block):
    kind = BlockKind.VISUAL_NARRATION


VIEW_CLASSES: dict[BlockKind, type[Block]] = {
    cls.kind: cls for cls in (Intent, Comp, GenArt, ActivityStream, Narration, VisualNarration)
}


class Edge:
    __slots__ = ("dst", "id", "kind", "src")

    def __init__(self, edge_id: str, src: str, dst: str, kind: EdgeKind) -> None:
        self.id, self.src, self.dst, self.kind = edge_id, src, dst, kind

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "src": self.src, "dst": self.dst, "kind": self.kind.value}


class Board:
    """One board: the document plus its typed accessors."""

    def __init__(self, doc: Doc | None = None) -> None:
        self.doc = doc if doc is not None else Doc()
        self._origins: dict[int, str] = {}
        with self.doc.transaction():
            for name in ROOTS:
                kind: type = Array if name in ("sequence", "log") else Map
                self.doc.get(name, type=kind)
        self.meta: Map = self.doc.get("meta", type=Map)
        self._blocks: Map = self.doc.get("blocks", type=Map)
        self._edges: Map = self.doc.get("edges", type=Map)
        self._sequence: Array = self.doc.get("sequence", type=Array)
        self.jobs_root: Map = self.doc.get("jobs", type=Map)
        self.roster_root: Map = self.doc.get("roster", type=Map)
        self.log_root: Array = self.doc.get("log", type=Array)
        self.comments_root: Map = self.doc.get("comments", type=Map)
        self._space: Space | None = None  # built on the first placement, then kept current by an observer
        self._space_sub: Any = None

    # -- placement ------------------------------------------------------------------------------
    def space(self) -> Space:
        """Every block's rectangle, for placing new ones in free space (`mesh.model.layout`)."""
        if self._space is None:
            self._space = Space((block_id, r) for block_id, raw in self._blocks.items()
                                if (r := _rect(raw)) is not None)
            if self._space_sub is None:
                self._space_sub = self._blocks.observe_deep(self._on_blocks_moved)
        return self._space

    def _on_blocks_moved(self, events: Any) -> None:
        space = self._space
        if space is None:
            return
        try:
            for event in events:
                path = list(event.path)
                if not path:  # blocks added or removed
                    changed = list(event.keys)
                elif len(path) == 1 and not _RECT_KEYS.isdisjoint(getattr(event, "keys", ())):
                    changed = [path[0]]  # a block moved or resized
                else:  # a title, a status, a text inside a block: where it is did not change
                    continue
                for block_id in changed:
                    space.set(str(block_id), _rect(self._blocks.get(block_id)))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # pyo3's PanicException is a BaseException, not an Exception
            # Seen once from pycrdt while a sync session applied an update: raised here, it would end the
            # session (and a local edit's caller). The index is only a cache: drop it, rebuild when next used.
            log.warning("placement index dropped after %r; it is rebuilt from the board when next used", exc)
            self._space = None

    # -- transactions and origins -------------------------------------------------------------
    @contextmanager
    def transact(self, origin: str) -> Iterator[None]:
        """A transaction tagged with who made it (``user:NAME`` or ``peer:ID``)."""
        if not origin:
            raise SchemaError("every local edit needs an origin (user or peer id)")
        self._origins[hash(origin)] = origin
        with self.doc.transaction(origin=origin):
            yield

    def origin_of(self, origin_hash: int | None) -> str | None:
        """Map a transaction's hashed origin back to the origin string (None for remote updates)."""
        return None if origin_hash is None else self._origins.get(origin_hash)

    # -- meta ----------------------------------------------------------------------------------
    def init_meta(self, name: str, *, origin: str) -> None:
        with self.transact(origin):
            if "schema" not in self.meta:
                self.meta["schema"] = SCHEMA_VERSION
                self.meta["name"] = name
                self.meta["board_id"] = new_id("board")

    @property
    def name(self) -> str:
        return str(self.meta.get("name") or "")

    @property
    def schema_version(self) -> int:
        """The document's schema version; 0 when absent, or (with a warning) when another replica wrote
        something that is not a version: invalid meta is invalid, it does not make the board new."""
        raw = self.meta.get("schema")
        if raw is None:
            return 0
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 1:
            quiet.warning("meta.schema", "board %r: ignoring invalid meta.schema=%r", self.name, raw)
            return 0
        return int(raw)

    def is_new(self) -> bool:
        """True only for a document nobody ever wrote to (no operation in its history).

        This, not the meta, decides whether a board gets its default blocks: a board that has any
        history (blocks, meta, or everything deleted) was made somewhere and must never be
        re-initialised, whatever a remote wrote into its meta.
        """
        return self.doc.get_state() == EMPTY_STATE_VECTOR

    # -- blocks ----------------------------------------------------------------------------------
    def _view(self, block_id: str, raw: Any) -> Block | None:
        if not isinstance(raw, Map):
            quiet.warning(f"shape:{block_id}", "skipping block %r: not a map", block_id)
            return None
        kind = raw.get("kind")
        try:
            spec = spec_for(str(kind))
        except SchemaError as exc:
            quiet.warning(f"kind:{block_id}", "skipping block %r: %s", block_id, exc)
            return None
        if raw.get("sub") not in spec.subs:
            quiet.warning(f"sub:{block_id}", "skipping block %r: bad sub-kind %r", block_id, raw.get("sub"))
            return None
        return VIEW_CLASSES[spec.kind](self, block_id, raw)

    def block(self, block_id: str) -> Block | None:
        """The block with this id, or None if absent or invalid."""
        raw = self._blocks.get(block_id)
        return None if raw is None else self._view(block_id, raw)

    def blocks(self, kind: BlockKind | None = None) -> list[Block]:
        """Every valid block (of one kind if given); invalid entries are skipped with a warning."""
        out = []
        for block_id, raw in self._blocks.items():
            if kind is not None and isinstance(raw, Map) and raw.get("kind") != kind.value:
                continue
            view = self._view(block_id, raw)
            if view is not None:
                out.append(view)
        return out

    def intent(self, block_id: str) -> Intent:
        view = self.block(block_id)
        if not isinstance(view, Intent):
            raise SchemaError(f"no intent with id {block_id!r} on board {self.name!r}")
        return view

    def intents(self) -> list[Intent]:
        """Intents in storyboard order first, then any not in the sequence."""
        by_id = {b.id: b for b in self.blocks(BlockKind.INTENT)}
        ordered = [by_id.pop(i) for i in self.sequence() if i in by_id]
        return [*ordered, *by_id.values()]  # type: ignore[list-item]

    def add_block(self, kind: BlockKind | str, sub: str, *, origin: str, free: bool = False, **fields: Any) -> Block:
        """Create a block; fields are checked against the schema (SchemaError names a bad one).

        With `free`, a chosen point is a wish: the block lands at the nearest free spot to it (a palette
        click); without, exactly where asked (an undo, a restore, a test)."""
        spec = spec_for(str(kind))
        if sub not in spec.subs:
            raise SchemaError(f"{spec.kind.value} sub-kind must be one of {', '.join(spec.subs)}, not {sub!r}")
        fields.setdefault("w", spec.size[0])
        fields.setdefault("h", spec.size[1])
        if free and _given(fields):
            w, h = _size(spec.kind, fields)
            fields["x"], fields["y"] = self.space().near(float(fields["x"]), float(fields["y"]), w, h)
        if "x" not in fields or "y" not in fields:
            fields.setdefault("x", 0.0)
            fields.setdefault("y", 0.0)
        fields.setdefault("created", f"{time.time_ns() // 1_000_000:015d}")
        values = {"kind": spec.kind.value, "sub": sub, "created_by": origin}
        for name, value in fields.items():
            values[name] = self._prepare(spec.kind, name, value)
        block_id = new_id(_PREFIX[spec.kind])
        with self.transact(origin):
            self._blocks[block_id] = Map({k: v for k, v in values.items() if v is not None})
        view = self.block(block_id)
        assert view is not None
        if self._space is not None:  # inside a batch the observer runs only at its end: placed now
            self._space.set(block_id, _rect(self._blocks[block_id]))
        return view

    def _prepare(self, kind: BlockKind, name: str, value: Any) -> Any:
        f = field_for(kind, name)
        value = f.coerce(name, value)
        if value is None:
            return None
        if f.type is FieldType.TEXT:
            return Text(value)
        if f.type is FieldType.MAP:
            return Map(value)
        return value

    def update(self, block_id: str, *, origin: str, **fields: Any) -> None:
        """Set fields of a block; a text field is replaced as a whole (editors use `text_ref`)."""
        view = self.block(block_id)
        if view is None:
            raise SchemaError(f"no block with id {block_id!r}")
        prepared = {name: self._prepare(view.kind, name, value) for name, value in fields.items()}
        with self.transact(origin):
            raw = self._blocks[block_id]
            for name, value in prepared.items():
                if value is None:
                    if name in raw:
                        del raw[name]
                elif isinstance(value, Map) and isinstance(raw.get(name), Map):
                    target = raw[name]
                    for k in list(target.keys()):
                        if k not in value._prelim:  # type: ignore[attr-defined]
                            del target[k]
                    for k, v in value._prelim.items():  # type: ignore[attr-defined]
                        target[k] = v
                else:
                    raw[name] = value

    def set_sub(self, block_id: str, sub: str, *, origin: str) -> None:
        """Change a block's sub-kind (an intent from scene to character, say) within its kind."""
        view = self.block(block_id)
        if view is None:
            raise SchemaError(f"no block with id {block_id!r}")
        subs = BLOCK_SPECS[view.kind].subs
        if sub not in subs:
            raise SchemaError(f"{view.kind.value} sub-kind must be one of {', '.join(subs)}, not {sub!r}")
        with self.transact(origin):
            self._blocks[block_id]["sub"] = sub

    def remove(self, block_id: str, *, origin: str) -> None:
        """Delete a block with its edges and its place in the sequence. People delete through
        `mesh.model.jobs.remove_block`, which also cancels an intent's jobs."""
        with self.transact(origin):
            if block_id in self._blocks:
                del self._blocks[block_id]
            for edge in self.edges():
                if block_id in (edge.src, edge.dst):
                    del self._edges[edge.id]
            self._drop_from_sequence(block_id)

    # -- intents, comps, gen.art ------------------------------------------------------------------
    def add_intent(self, text: str, *, sub: str = "scene", origin: str, **fields: Any) -> Intent:
        """A new intent at the end of the sequence; its text is both title and description."""
        text = text.strip()
        if not text:
            raise SchemaError("an intent needs some text")
        index = len(self._sequence)
        w, h = _size(BlockKind.INTENT, fields)
        if _given(fields):  # a palette click or a paste: the nearest free spot to it
            fields["x"], fields["y"] = self.space().near(float(fields["x"]), float(fields["y"]), w, h)
        else:  # the next storyboard slot, rows that wrap
            fields["x"], fields["y"] = self.space().storyboard(index, w, h)
        fields.setdefault("title", text.splitlines()[0][:300])
        fields.setdefault("description", text)
        fields.setdefault("shot_no", str(index + 1))
        with self.transact(origin):
            view = self.add_block(BlockKind.INTENT, sub, origin=origin, **fields)
            self._sequence.append(view.id)
        return view  # type: ignore[return-value]

    def add_comp(self, intent_id: str, sub: str, *, origin: str, **fields: Any) -> Comp:
        """A comp attached to an intent (the edge is written in the same transaction)."""
        intent = self.intent(intent_id)
        x, y, _, h = intent.position
        w, ch = _size(BlockKind.COMP, fields)
        if _given(fields):
            fields["x"], fields["y"] = self.space().near(float(fields["x"]), float(fields["y"]), w, ch)
        else:  # a strip under its intent
            fields["x"], fields["y"] = self.space().column(x, y + h + 2 * GAP, w, ch, up=False)
        with self.transact(origin):
            view = self.add_block(BlockKind.COMP, sub, origin=origin, **fields)
            self.add_edge(view.id, intent_id, EdgeKind.COMP, origin=origin)
        return view  # type: ignore[return-value]

    def add_gen_art(self, intent_id: str, sub: str, *, origin: str, **fields: Any) -> GenArt:
        """A gen.art block linked back to its intent; the first take of a stage becomes the chosen one, and
        so does a take made from other inputs than the chosen one (the text or a reference changed since:
        the chosen take is stale). Another take of the same inputs (a late one, a forced one) leaves the
        choice to the person.

        Rendered output is never dropped: if the intent was deleted meanwhile (or this replica has not
        received it), the take is still written, unlinked, and keeps its `intent_id`.
        """
        intent = self.block(intent_id)
        w, h = _size(BlockKind.GEN_ART, fields)
        if isinstance(intent, VisualNarration):  # an illustration of the narration: stacked under its block
            x, y, _, vh = intent.position
            fields["x"], fields["y"] = self.space().column(x, y + vh + 2 * GAP, w, h, up=False)
            fields["intent_id"] = intent_id
            return self.add_block(BlockKind.GEN_ART, sub, origin=origin, **fields)  # type: ignore[return-value]
        if not isinstance(intent, Intent):
            quiet.warning(f"orphan:{intent_id}", "intent %s is gone; keeping its gen.art unlinked", intent_id)
            fields["intent_id"] = intent_id
            return self.add_block(BlockKind.GEN_ART, sub, origin=origin, **fields)  # type: ignore[return-value]
        x, y, _, _ = intent.position
        stage = str(fields.get("stage", sub))
        # Takes stack as a strip above their intent, in the order they land (a still, then its clip...).
        fields["x"], fields["y"] = self.space().column(x, y - h - 2 * GAP, w, h, up=True)
        fields["intent_id"] = intent_id
        with self.transact(origin):
            view = self.add_block(BlockKind.GEN_ART, sub, origin=origin, **fields)
            self.add_edge(view.id, intent_id, EdgeKind.GEN_ART, origin=origin)
            chosen = intent.chosen
            current = self.block(chosen.get(stage, ""))
            made_from = str(fields.get("fingerprint") or "")
            stale = (isinstance(current, GenArt) and bool(made_from) and bool(current.fingerprint)
                     and current.fingerprint != made_from)  # the chosen take was made from other inputs
            if stage not in chosen or stale:
                chosen[stage] = view.id
                self.update(intent_id, origin=origin, chosen=chosen)
        return view  # type: ignore[return-value]

    def choose_take(self, intent_id: str, gen_art_id: str, *, origin: str) -> None:
        art = self.block(gen_art_id)
        if not isinstance(art, GenArt) or art.intent_id != intent_id:
            raise SchemaError(f"{gen_art_id!r} is not a take of intent {intent_id!r}")
        chosen = self.intent(intent_id).chosen
        chosen[str(art.get("stage") or art.sub)] = gen_art_id
        self.update(intent_id, origin=origin, chosen=chosen)

    def linked(self, intent_id: str, kind: EdgeKind) -> list[Block]:
        out = []
        for edge in self.edges():
            if edge.dst == intent_id and edge.kind is kind:
                view = self.block(edge.src)
                if view is not None:
                    out.append(view)
        return out

    def comps_of(self, intent_id: str) -> list[Comp]:
        return [b for b in self.linked(intent_id, EdgeKind.COMP) if isinstance(b, Comp)]

    def gen_art_of(self, intent_id: str) -> list[GenArt]:
        return [b for b in self.blocks(BlockKind.GEN_ART) if isinstance(b, GenArt) and b.intent_id == intent_id]

    def directives_of(self, intent_id: str) -> dict[str, Any]:
        """All directive comps of an intent merged (later comps win on the same key)."""
        merged: dict[str, Any] = {}
        for comp in self.comps_of(intent_id):
            if comp.sub == "directive":
                merged.update(comp.params)
        return merged

    # -- edges and sequence ------------------------------------------------------------------------
    def add_edge(self, src: str, dst: str, kind: EdgeKind | str, *, origin: str) -> str:
        kind = EdgeKind(kind)
        for end in (src, dst):
            if self.block(end) is None:
                raise SchemaError(f"edge end {end!r} is not a block on this board")
        edge_id = new_id("e")
        with self.transact(origin):
            self._edges[edge_id] = Map({"src": src, "dst": dst, "kind": kind.value})
        return edge_id

    def remove_edge(self, edge_id: str, *, origin: str) -> None:
        with self.transact(origin):
            if edge_id in self._edges:
                del self._edges[edge_id]

    def edges(self) -> list[Edge]:
        out = []
        for edge_id, raw in self._edges.items():
            try:
                out.append(Edge(edge_id, str(raw["src"]), str(raw["dst"]), EdgeKind(raw["kind"])))
            except (KeyError, TypeError, ValueError, AttributeError):
                quiet.warning(f"edge:{edge_id}", "skipping malformed edge %r", edge_id)
        return out

    def sequence(self) -> list[str]:
        """Intent ids in storyboard order (duplicates from concurrent moves collapse to the first; an id
        that a concurrent move re-inserted after its intent was removed is skipped)."""
        seen: dict[str, None] = {}
        for item in self._sequence:
            if isinstance(item, str) and item not in seen:
                raw = self._blocks.get(item)
                if isinstance(raw, Map) and raw.get("kind") == BlockKind.INTENT.value:
                    seen[item] = None
        return list(seen)

    def move_in_sequence(self, intent_id: str, index: int, *, origin: str) -> None:
        """Move an intent to `index` of `sequence()` (positions as shown, whatever the raw array holds)."""
        self.intent(intent_id)
        with self.transact(origin):
            self._drop_from_sequence(intent_id)
            shown = self.sequence()
            index = max(0, index)
            if index >= len(shown):
                raw_index = len(self._sequence)
            else:  # just before the first copy of the intent now shown at `index`
                target = shown[index]
                raw_index = next(i for i, item in enumerate(self._sequence) if item == target)
            self._sequence.insert(raw_index, intent_id)

    def repair_sequence(self, *, origin: str) -> int:
        """Rewrite the raw sequence as `sequence()` reads it: later copies left by concurrent moves, ids of
        removed blocks and non-intents dropped. Returns how many entries went; writes nothing if none."""
        keep = set(self.sequence())
        seen: set[str] = set()
        drop = []
        for i, item in enumerate(self._sequence):
            if not isinstance(item, str) or item not in keep or item in seen:
                drop.append(i)
            else:
                seen.add(item)
        if drop:
            with self.transact(origin):
                for i in reversed(drop):
                    del self._sequence[i]
        return len(drop)

    def _drop_from_sequence(self, block_id: str) -> None:
        for i in reversed(range(len(self._sequence))):
            if self._sequence[i] == block_id:
                del self._sequence[i]

    # -- whole board ---------------------------------------------------------------------------
    def add_default_blocks(self, *, origin: str) -> None:
        """What a new board opens with: an intent, an activity stream, a narration, a visual narration."""
        with self.transact(origin):
            self.add_intent("Wide shot of a castle at dawn, mist in the valley", origin=origin, x=80, y=120)
            # The machine and narration blocks sit in a band above the storyboard row, clear of the
            # gen.art that renders place above each intent.
            self.add_block(BlockKind.ACTIVITY, "gpu", origin=origin, x=80, y=-800, title="Machines")
            self.add_block(BlockKind.NARRATION, "live", origin=origin, x=440, y=-800, title="Narration")
            self.add_block(BlockKind.VISUAL_NARRATION, "live", origin=origin, x=800, y=-800,
                           title="Visual narration")

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "schema": self.schema_version,
            "blocks": [b.to_dict() for b in self.blocks()],
            "edges": [e.to_dict() for e in self.edges()],
            "sequence": self.sequence(),
        }


_PREFIX = {
    BlockKind.INTENT: "in",
    BlockKind.COMP: "cp",
    BlockKind.GEN_ART: "ga",
    BlockKind.ACTIVITY: "ac",
    BlockKind.NARRATION: "nr",
    BlockKind.VISUAL_NARRATION: "vn",
}


_RECT_KEYS = frozenset(("x", "y", "w", "h"))


def _rect(raw: Any) -> Rect | None:
    """A block map's rectangle, or None for one without a usable position."""
    if not isinstance(raw, Map):
        return None
    values = tuple(raw.get(k) for k in ("x", "y", "w", "h"))
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return None
    return values  # type: ignore[return-value]


def _size(kind: BlockKind, fields: dict[str, Any]) -> tuple[float, float]:
    w, h = BLOCK_SPECS[kind].size
    try:
        return float(fields.get("w", w)), float(fields.get("h", h))
    except (TypeError, ValueError):
        return w, h


def _given(fields: dict[str, Any]) -> bool:
    """The caller chose a point (both coordinates, as numbers)."""
    return all(isinstance(fields.get(k), int | float) and not isinstance(fields.get(k), bool) for k in ("x", "y"))
