"""A script (Fountain or plain text) into a board: one scene intent per scene, one character intent per
speaking character (a reference on the board, not in the storyboard order), linked to the scenes they
speak in by ``cast`` edges.

Re-importing an edited script updates the intents it made before instead of adding new ones: each scene
intent keeps the key of the scene it came from (its heading plus which of the equal headings it is), so
renaming a heading makes a new scene and the old one is reported as removed. Removed scenes are never
deleted: the report lists them, and their takes and comps stay. The user's own edits to fields the script
does not set (camera, cut points, comps, takes, order) are kept; new scenes go after the scene before
them in the script. Everything is written in one transaction, after the whole script has been read.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from flows.fountain import Script, ScriptScene, parse
from mesh.const import MAX_TEXT_CHARS
from mesh.model import sequence
from mesh.model.board import Board, Intent
from mesh.model.jobs import jobs
from mesh.model.schema import BLOCK_SPECS, COMMON_FIELDS, BlockKind, EdgeKind

__all__ = ["ImportReport", "import_script", "transition_of"]

SCENE_PREFIX, CHARACTER_PREFIX = "scene:", "character:"
_FIELDS = BLOCK_SPECS[BlockKind.INTENT].fields
_TRANSITIONS = (("SMASH", "smash-cut"), ("MATCH", "match-cut"), ("DISSOLVE", "dissolve"), ("WIPE", "wipe"),
                ("FADE IN", "fade-in"), ("FADE", "fade-out"), ("CUT", "cut"))


@dataclass(slots=True)
class ImportReport:
    format: str  # "fountain" or "text"
    title: str
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)  # {id, title, key}: in the board, not the script
    characters: list[str] = field(default_factory=list)  # character intents created
    placeholder: str = ""  # the new board's untouched sample intent the script replaced, if there was one
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def transition_of(text: str) -> str:
    """A Fountain transition ("SMASH CUT TO:") as the intent's transition choice ("" when none)."""
    upper = text.upper()
    return next((choice for word, choice in _TRANSITIONS if word in upper), "cut" if upper.strip() else "")


def _clip(value: str, name: str, limit: int, where: str, warnings: list[str]) -> str:
    if len(value) <= limit:
        return value
    warnings.append(f"{where}: {name} cut to {limit} characters")
    return value[: limit - 1] + "…"


def _scene_fields(scene: ScriptScene, scene_no: str, warnings: list[str]) -> dict[str, Any]:
    where = f"line {scene.line}"
    action = "\n\n".join(a for a in scene.action if a.strip())
    description = action or scene.heading or "\n".join(scene.dialogue) or "(empty scene)"
    title = scene.heading or description.strip().splitlines()[0]
    return {
        "title": _clip(title, "title", COMMON_FIELDS["title"].max_len, where, warnings),
        "description": _clip(description, "description", MAX_TEXT_CHARS, where, warnings),
        "dialogue": _clip("\n".join(scene.dialogue), "dialogue", _FIELDS["dialogue"].max_len, where, warnings),
        "transition": transition_of(scene.transition),
        "scene_no": _clip(scene_no, "scene number", _FIELDS["scene_no"].max_len, where, warnings),
        "notes": _clip("\n".join(scene.notes), "notes", MAX_TEXT_CHARS, where, warnings),
    }


# What `Board.add_default_blocks` opens a new board with: a sample shot, not the user's work.
PLACEHOLDER_TEXT = "Wide shot of a castle at dawn, mist in the valley"


def _placeholder(board: Board) -> Intent | None:
    """The new board's sample intent, if it is the board's only intent and nobody has touched it (same text,
    no comps, no takes, never rendered): a first import replaces it rather than keeping it as shot 1."""
    intents = board.intents()
    if len(intents) != 1:
        return None
    only = intents[0]
    untouched = (only.title == PLACEHOLDER_TEXT and only.description == PLACEHOLDER_TEXT
                 and not only.get("script_key") and not board.comps_of(only.id)
                 and not board.gen_art_of(only.id) and not jobs(board, intent_id=only.id))
    return only if untouched else None


def _changed(intent: Intent, fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if intent.get(k) != v}


def import_script(board: Board, text: str, *, name: str = "", origin: str) -> ImportReport:
    """Parse `text` (ScriptError names the line of what is wrong) and write it into `board`."""
    script: Script = parse(text, name=name)
    fountain = any(s.heading for s in script.scenes)
    report = ImportReport("fountain" if fountain else "text", script.title.get("title", ""))
    forced = [(s.number, bool(s.number)) for s in script.scenes]
    numbers = sequence.number_labels(forced) if fountain else [""] * len(script.scenes)
    existing: dict[str, Intent] = {}
    for intent in board.intents():
        key = str(intent.get("script_key"))
        if key and key not in existing:
            existing[key] = intent
    wanted = {SCENE_PREFIX + s.key for s in script.scenes}
    edges = {(e.src, e.dst) for e in board.edges() if e.kind is EdgeKind.CAST}
    placeholder = _placeholder(board) if script.scenes else None
    with board.transact(origin):
        if placeholder is not None:
            board.remove(placeholder.id, origin=origin)
            report.placeholder = placeholder.id
        characters: dict[str, str] = {}
        for speaker in dict.fromkeys(c for s in script.scenes for c in s.characters):
            key = CHARACTER_PREFIX + speaker.upper()[:300]  # within script_key's 400, like a scene's key
            if key in existing:
                characters[speaker] = existing[key].id
                continue
            # a reference, not a shot: on the board, out of the storyboard order
            title = _clip(speaker, "character name", COMMON_FIELDS["title"].max_len, speaker[:20], report.warnings)
            made = board.add_block(BlockKind.INTENT, "character", origin=origin, script_key=key, title=title,
                                   description=speaker, x=80.0 + len(report.characters) * 300.0, y=560.0)
            characters[speaker] = made.id
            report.characters.append(made.id)
        previous: str | None = None
        order = board.sequence()  # kept in step here: reading the board's order per scene is quadratic
        for scene, number in zip(script.scenes, numbers, strict=True):
            key = SCENE_PREFIX + scene.key
            fields = _scene_fields(scene, number, report.warnings)
            intent = existing.get(key)
            if intent is None:
                description = fields.pop("description")
                intent = board.add_intent(description, origin=origin, script_key=key, description=description,
                                          **fields)
                if previous in order and order[-1] != previous:  # appended: already right after it
                    sequence.move_after(board, intent.id, previous, origin=origin)
                    order.insert(order.index(previous) + 1, intent.id)
                else:
                    order.append(intent.id)
                report.created.append(intent.id)
            else:
                changes = _changed(intent, fields)
                if changes:
                    board.update(intent.id, origin=origin, **changes)
                    report.updated.append(intent.id)
                else:
                    report.unchanged.append(intent.id)
            for speaker in scene.characters:
                if (characters[speaker], intent.id) not in edges:
                    board.add_edge(characters[speaker], intent.id, EdgeKind.CAST, origin=origin)
                    edges.add((characters[speaker], intent.id))
            previous = intent.id
    for key, intent in existing.items():
        if key.startswith(SCENE_PREFIX) and key not in wanted:
            report.removed.append({"id": intent.id, "title": intent.title, "key": key[len(SCENE_PREFIX):]})
    return report
