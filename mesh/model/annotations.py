"""Comments pinned to blocks and named snapshots of a board: what people add *about* a board.

Both live in the board document (roots ``comments`` and ``snapshots``), so every replica, the canvas and
the relay (MCP) see the same ones. This module owns their keys; everything else calls these functions.

Comments: ``comment id -> Map {block, text, author, created, resolved}``. Resolving is a flag, never a
delete, so a resolved thread can be reopened and concurrent resolve/reopen converges (last writer wins).

Snapshots: ``snapshot id -> Map {name, author, created, blocks, data}`` where ``data`` is the board's
composition (blocks, edges, sequence as `Board.to_json` gives them) as zlib-compressed JSON, base64.
Why not a pycrdt ``Snapshot``: it needs ``Doc(skip_gc=True)`` on every replica (a default doc panics), and
restoring a CRDT snapshot would rewind history for everyone. Why not a full state update: it carries
jobs, log and roster too, and applying an old update to a newer doc changes nothing (CRDT updates only
add). So a snapshot is the *values*, and `restore_snapshot` writes them back as one ordinary edit by the
person who restores it: it syncs like any edit, converges with concurrent edits, and that person can
undo it. Restoring never deletes gen.art (output is never lost) and leaves jobs, the activity log, the
roster and comments alone.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pycrdt import Map

from mesh._log import QuietLogger, get_logger
from mesh.errors import SchemaError
from mesh.model.board import Board, new_id, plain
from mesh.model.jobs import remove_block
from mesh.model.schema import BLOCK_SPECS, COMMON_FIELDS, BlockKind, EdgeKind

__all__ = [
    "MAX_COMMENTS",
    "MAX_COMMENT_CHARS",
    "MAX_SNAPSHOTS",
    "MAX_SNAPSHOT_BYTES",
    "Comment",
    "Snapshot",
    "add_comment",
    "comments",
    "delete_snapshot",
    "remove_comment",
    "resolve_comment",
    "restore_snapshot",
    "save_snapshot",
    "snapshot_data",
    "snapshots",
]

log = get_logger("mesh.model.annotations")
quiet = QuietLogger(log)

MAX_COMMENT_CHARS = 4_000
MAX_COMMENTS = 5_000
MAX_SNAPSHOTS = 50
MAX_SNAPSHOT_BYTES = 4 * 1024 * 1024  # compressed; a 1,000-block board is ~100 KB
MAX_SNAPSHOT_NAME = 120


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _snapshots_root(board: Board) -> Map:
    return board.doc.get("snapshots", type=Map)


# -- comments ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Comment:
    id: str
    block: str
    text: str
    author: str
    created: str
    resolved: bool

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "block": self.block, "text": self.text, "author": self.author,
                "created": self.created, "resolved": self.resolved}


def add_comment(board: Board, block_id: str, text: str, *, author: str, origin: str,
                max_chars: int = MAX_COMMENT_CHARS, max_comments: int = MAX_COMMENTS) -> Comment:
    """Pin a comment to a block (SchemaError if the block is unknown, the text empty or too long)."""
    text = text.strip()
    if not text:
        raise SchemaError("a comment needs some text")
    if len(text) > max_chars:
        raise SchemaError(f"comment longer than {max_chars} characters")
    if board.block(block_id) is None:
        raise SchemaError(f"no block with id {block_id!r} to comment on")
    if len(board.comments_root) >= max_comments:
        raise SchemaError(f"this board already has {max_comments} comments; remove resolved ones first")
    comment = Comment(new_id("cm"), block_id, text, author[:100], _now(), False)
    with board.transact(origin):
        board.comments_root[comment.id] = Map({k: v for k, v in comment.to_dict().items() if k != "id"})
    return comment


def resolve_comment(board: Board, comment_id: str, *, resolved: bool = True, origin: str) -> None:
    raw = board.comments_root.get(comment_id)
    if not isinstance(raw, Map):
        raise SchemaError(f"no comment with id {comment_id!r}")
    with board.transact(origin):
        raw["resolved"] = bool(resolved)


def remove_comment(board: Board, comment_id: str, *, origin: str) -> None:
    with board.transact(origin):
        if comment_id in board.comments_root:
            del board.comments_root[comment_id]


def comments(board: Board, *, block_id: str | None = None, include_resolved: bool = True) -> list[Comment]:
    """Valid comments, oldest first; malformed entries from other replicas are skipped."""
    out = []
    for comment_id, raw in board.comments_root.items():
        try:
            c = Comment(comment_id, str(raw["block"]), str(raw["text"])[:MAX_COMMENT_CHARS],
                        str(raw.get("author", "")), str(raw.get("created", "")), bool(raw.get("resolved", False)))
        except (KeyError, TypeError, AttributeError):
            quiet.warning(f"comment:{comment_id}", "skipping malformed comment %r", comment_id)
            continue
        if block_id is not None and c.block != block_id:
            continue
        if c.resolved and not include_resolved:
            continue
        out.append(c)
    return sorted(out, key=lambda c: (c.created, c.id))


# -- snapshots --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Snapshot:
    id: str
    name: str
    author: str
    created: str
    blocks: int

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "author": self.author, "created": self.created,
                "blocks": self.blocks}


def _encode(content: dict[str, Any]) -> str:
    raw = json.dumps(content, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.b64encode(zlib.compress(raw, 6)).decode("ascii")


def _decode(data: str, *, max_bytes: int) -> dict[str, Any]:
    try:
        packed = base64.b64decode(data.encode("ascii"), validate=True)
        if len(packed) > max_bytes:
            raise SchemaError(f"snapshot data of {len(packed)} bytes exceeds {max_bytes}")
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, max_bytes * 20)
        if inflater.unconsumed_tail:
            raise SchemaError("snapshot data inflates past its limit")
        content = json.loads(raw)
    except (binascii.Error, zlib.error, UnicodeError, ValueError) as exc:
        raise SchemaError(f"snapshot data is not readable: {exc}") from None
    if not isinstance(content, dict) or not isinstance(content.get("blocks"), list):
        raise SchemaError("snapshot data has no block list")
    return content


def save_snapshot(board: Board, name: str, *, author: str, origin: str, max_snapshots: int = MAX_SNAPSHOTS,
                  max_bytes: int = MAX_SNAPSHOT_BYTES) -> Snapshot:
    """Store the board's composition under a name a person can return to."""
    name = name.strip()[:MAX_SNAPSHOT_NAME]
    if not name:
        raise SchemaError("a snapshot needs a name")
    root = _snapshots_root(board)
    if len(root) >= max_snapshots:
        raise SchemaError(f"this board already keeps {max_snapshots} snapshots; delete one first")
    content = board.to_json()
    data = _encode(content)
    if len(data) * 3 // 4 > max_bytes:
        raise SchemaError(f"the board is too large to snapshot ({len(data)} bytes encoded, limit {max_bytes})")
    snap = Snapshot(new_id("snap"), name, author[:100], _now(), len(content["blocks"]))
    with board.transact(origin):
        root[snap.id] = Map({"name": snap.name, "author": snap.author, "created": snap.created,
                             "blocks": snap.blocks, "data": data})
    return snap


def snapshots(board: Board) -> list[Snapshot]:
    out = []
    for snap_id, raw in _snapshots_root(board).items():
        try:
            out.append(Snapshot(snap_id, str(raw["name"]), str(raw.get("author", "")), str(raw.get("created", "")),
                                int(raw.get("blocks", 0) or 0)))
        except (KeyError, TypeError, ValueError, AttributeError):
            quiet.warning(f"snapshot:{snap_id}", "skipping malformed snapshot %r", snap_id)
    return sorted(out, key=lambda s: (s.created, s.id))


def delete_snapshot(board: Board, snapshot_id: str, *, origin: str) -> None:
    root = _snapshots_root(board)
    with board.transact(origin):
        if snapshot_id in root:
            del root[snapshot_id]


def snapshot_data(board: Board, snapshot_id: str, *, max_bytes: int = MAX_SNAPSHOT_BYTES) -> dict[str, Any]:
    """The stored composition of a snapshot (blocks, edges, sequence)."""
    raw = _snapshots_root(board).get(snapshot_id)
    if not isinstance(raw, Map) or not isinstance(raw.get("data"), str):
        raise SchemaError(f"no snapshot with id {snapshot_id!r}")
    return _decode(raw["data"], max_bytes=max_bytes)


_KEEP_ON_RESTORE = {BlockKind.GEN_ART.value}
_SKIP_FIELDS = {"id", "kind", "sub", "created_by"}


def _fields_of(entry: dict[str, Any]) -> dict[str, Any]:
    """The schema fields of a stored block entry; anything the schema does not know is dropped."""
    try:
        kind = BlockKind(entry.get("kind"))
    except ValueError:
        return {}
    known = {*COMMON_FIELDS, *BLOCK_SPECS[kind].fields}
    return {k: v for k, v in entry.items() if k in known and k not in _SKIP_FIELDS and v is not None}


def restore_snapshot(board: Board, snapshot_id: str, *, origin: str) -> dict[str, int]:
    """Write a snapshot's composition back as one edit by `origin`; returns counts of what changed.

    Blocks still present get their snapshot values back; blocks deleted since are recreated (with new
    ids, edges and sequence remapped); blocks added since are removed, except gen.art, which is kept
    with its links. Entries of the snapshot that no longer validate are skipped with a warning.
    """
    content = snapshot_data(board, snapshot_id)
    wanted = [b for b in content["blocks"] if isinstance(b, dict) and isinstance(b.get("id"), str)]
    current = {b.id: b for b in board.blocks()}
    counts = {"updated": 0, "created": 0, "removed": 0, "edges": 0}
    remap: dict[str, str] = {}
    with board.transact(origin):
        wanted_ids = {b["id"] for b in wanted}
        for block_id, view in current.items():
            if block_id not in wanted_ids and view.kind.value not in _KEEP_ON_RESTORE:
                remove_block(board, block_id, origin=origin)
                counts["removed"] += 1
        for entry in wanted:
            fields = _fields_of(entry)
            view = current.get(entry["id"])
            try:
                if view is not None and view.kind.value == entry.get("kind") and view.sub == entry.get("sub"):
                    changed = {k: v for k, v in fields.items() if plain(view.get(k)) != v}
                    if changed:
                        board.update(view.id, origin=origin, **changed)
                        counts["updated"] += 1
                    remap[entry["id"]] = view.id
                else:
                    if view is not None:
                        board.remove(view.id, origin=origin)
                    made = board.add_block(str(entry.get("kind")), str(entry.get("sub")), origin=origin, **fields)
                    remap[entry["id"]] = made.id
                    counts["created"] += 1
            except SchemaError as exc:
                quiet.warning(f"restore:{entry['id']}", "snapshot block %s not restored: %s", entry["id"], exc)
        _restore_edges(board, content, remap, origin, counts)
        _restore_sequence(board, content, remap, origin)
    log.info("restored snapshot %s: %s", snapshot_id, counts)
    return counts


def _restore_edges(board: Board, content: dict[str, Any], remap: dict[str, str], origin: str,
                   counts: dict[str, int]) -> None:
    wanted: set[tuple[str, str, str]] = set()
    for e in content.get("edges") or []:
        if not isinstance(e, dict):
            continue
        src, dst = remap.get(str(e.get("src"))), remap.get(str(e.get("dst")))
        if src and dst and e.get("kind") in {k.value for k in EdgeKind}:
            wanted.add((src, dst, str(e["kind"])))
    have: set[tuple[str, str, str]] = set()
    for edge in board.edges():
        key = (edge.src, edge.dst, edge.kind.value)
        src_view = board.block(edge.src)
        keep_gen_art = src_view is not None and src_view.kind.value in _KEEP_ON_RESTORE
        if key not in wanted and not keep_gen_art:
            board.remove_edge(edge.id, origin=origin)
            counts["edges"] += 1
        else:
            have.add(key)
    for src, dst, kind in sorted(wanted - have):
        try:
            board.add_edge(src, dst, kind, origin=origin)
            counts["edges"] += 1
        except SchemaError as exc:
            quiet.warning(f"restore-edge:{src}:{dst}", "snapshot edge not restored: %s", exc)


def _restore_sequence(board: Board, content: dict[str, Any], remap: dict[str, str], origin: str) -> None:
    order = [remap[i] for i in content.get("sequence") or [] if isinstance(i, str) and i in remap]
    for index, intent_id in enumerate(order):
        if board.sequence()[index:index + 1] != [intent_id]:
            try:
                board.move_in_sequence(intent_id, index, origin=origin)
            except SchemaError as exc:
                quiet.warning(f"restore-seq:{intent_id}", "snapshot sequence entry skipped: %s", exc)
