"""A small Fountain screenplay parser (https://fountain.io/syntax), and plain text as one beat per paragraph.

Ours, not a PyPI package: `fountain` (0.1.3, 2016) is unmaintained and misses notes spanning lines and the
boneyard; the newer `fountain-parser`/`fountain-py` have a release or two and unknown coverage of the
spec's edge cases; `screenplain` renders PDF/HTML rather than giving elements with line numbers.

What it handles: title page, scene headings (INT/EXT/EST/INT./EXT/I/E, forced ``.``, ``#1A#`` numbers),
action (forced ``!``), characters (forced ``@``, extensions like ``(V.O.)``, dual dialogue ``^``),
parentheticals, dialogue (a line of two spaces keeps a block going), lyrics ``~``, transitions (``TO:``,
forced ``>``, and the common FADE IN:/FADE OUT.), centered ``>text<``, page breaks ``===``, sections ``#``,
synopses ``=``, notes ``[[ ]]`` (also across lines, kept as notes) and the boneyard ``/* */`` (dropped).
Errors (an unclosed note or boneyard, binary content, too big) raise `ScriptError` with the line number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mesh.errors import MultiplexError

__all__ = [
    "MAX_SCRIPT_CHARS",
    "Element",
    "Script",
    "ScriptError",
    "ScriptScene",
    "parse",
    "parse_fountain",
    "parse_plain",
    "scenes_of",
]

MAX_SCRIPT_CHARS = 900_000  # a feature film is ~250 kB of Fountain; the API body cap is 1 MB
MAX_SCENES = 2_000

_HEADING = re.compile(r"^(INT|EXT|EST|INT\.?/EXT|I/E)[. ]", re.IGNORECASE)
_SCENE_NO = re.compile(r"\s*#([A-Za-z0-9.\-]+)#\s*$")
_EXTENSION = re.compile(r"\s*(\([^)]*\))\s*$")
_TITLE_KEY = re.compile(r"^([A-Za-z][A-Za-z ]*):\s*(.*)$")
_LOOSE_TRANSITIONS = ("FADE IN:", "FADE OUT.", "FADE TO BLACK.", "CUT TO BLACK.", "FADE OUT:")


class ScriptError(MultiplexError):
    """A script that cannot be read; the message names the line."""


@dataclass(frozen=True, slots=True)
class Element:
    kind: str  # scene_heading action character parenthetical dialogue lyric transition centered page_break
    #            section synopsis note
    text: str
    line: int  # 1-based line of the element's first line in the file
    scene_no: str = ""  # forced #n# on a heading
    dual: bool = False  # a character with ^: speaks at the same time as the one before
    extension: str = ""  # a character's (V.O.), (CONT'D)
    level: int = 0  # a section's depth


@dataclass(slots=True)
class ScriptScene:
    """What one scene (or plain-text beat) brings to the board."""

    heading: str
    number: str  # forced number, '' if none
    line: int
    key: str  # stable across re-imports: heading (or first line) + ordinal among equal ones
    action: list[str] = field(default_factory=list)
    dialogue: list[str] = field(default_factory=list)
    characters: list[str] = field(default_factory=list)  # distinct, in order of first line
    transition: str = ""  # the Fountain text ("CUT TO:")
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Script:
    title: dict[str, str]
    elements: list[Element]
    scenes: list[ScriptScene]


def _clean(text: str) -> list[tuple[int, str]]:
    """Lines with their numbers, the boneyard removed and notes lifted out as ``\\x00note`` lines.

    A line that held only a note or boneyard is dropped (not made blank), so a note between a character
    and its dialogue does not break the block.
    """
    if len(text) > MAX_SCRIPT_CHARS:
        raise ScriptError(f"the script is {len(text):,} characters; the import takes at most {MAX_SCRIPT_CHARS:,}")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    nul = text.find("\x00")
    if nul >= 0:
        raise ScriptError(f"line {text.count(chr(10), 0, nul) + 1}: binary content (a NUL byte); "
                          "expected a .fountain or .txt text file")
    out: list[tuple[int, str]] = []
    in_bone, in_note = 0, 0  # the line where an open /* or [[ started (0: none)
    note: list[str] = []
    for number, line in enumerate(text.split("\n"), 1):
        kept, i, had_markup = [], 0, False
        while i < len(line):
            if in_bone:
                end = line.find("*/", i)
                if end < 0:
                    i = len(line)
                    break
                in_bone, i, had_markup = 0, end + 2, True
            elif in_note:
                end = line.find("]]", i)
                if end < 0:
                    note.append(line[i:])
                    i = len(line)
                    break
                note.append(line[i:end])
                out.append((in_note, "\x00" + "\n".join(note).strip()))
                in_note, note, i, had_markup = 0, [], end + 2, True
            else:
                bone, open_note = line.find("/*", i), line.find("[[", i)
                starts = [p for p in (bone, open_note) if p >= 0]
                if not starts:
                    kept.append(line[i:])
                    break
                first = min(starts)
                kept.append(line[i:first])
                had_markup = True
                if first == bone:
                    in_bone, i = number, first + 2
                else:
                    in_note, note, i = number, [], first + 2
        joined = "".join(kept)
        if had_markup and not joined.strip():
            continue
        if (in_bone or in_note) and not joined.strip() and not had_markup:
            continue  # a line wholly inside a multi-line note or boneyard
        out.append((number, joined.rstrip() if joined.strip() else joined))
    if in_bone:
        raise ScriptError(f"line {in_bone}: boneyard /* is never closed with */")
    if in_note:
        raise ScriptError(f"line {in_note}: note [[ is never closed with ]]")
    return out


def _is_blank(line: str) -> bool:
    return not line.strip()


def _upper(text: str) -> bool:
    return any(c.isalpha() for c in text) and text == text.upper()


def parse_fountain(text: str) -> Script:
    """The elements and scenes of a Fountain screenplay."""
    lines = _clean(text)
    notes = [(n, t[1:]) for n, t in lines if t.startswith("\x00")]
    lines = [(n, t) for n, t in lines if not t.startswith("\x00")]
    title: dict[str, str] = {}
    i = 0
    first = next((k for k, (_, t) in enumerate(lines) if not _is_blank(t)), len(lines))
    if first < len(lines) and _TITLE_KEY.match(lines[first][1]) and not _HEADING.match(lines[first][1]):
        i, key = first, ""
        while i < len(lines) and not _is_blank(lines[i][1]):
            raw = lines[i][1]
            m = _TITLE_KEY.match(raw)
            if m and not raw.startswith((" ", "\t")):
                key = m.group(1).strip().lower()
                title[key] = m.group(2).strip()
            elif key:
                title[key] = (title[key] + "\n" + raw.strip()).strip()
            i += 1
    elements: list[Element] = []
    prev_blank = True
    while i < len(lines):
        number, raw = lines[i]
        line = raw.strip()
        next_blank = i + 1 >= len(lines) or _is_blank(lines[i + 1][1])
        if not line:
            prev_blank = True
            i += 1
            continue
        kind = ""
        if re.fullmatch(r"={3,}", line):
            elements.append(Element("page_break", "", number))
        elif line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            elements.append(Element("section", line[level:].strip(), number, level=level))
        elif line.startswith("="):
            elements.append(Element("synopsis", line[1:].strip(), number))
        elif line.startswith("~"):
            elements.append(Element("lyric", line[1:].strip(), number))
        elif line.startswith(">") and line.endswith("<"):
            elements.append(Element("centered", line[1:-1].strip(), number))
        elif line.startswith(">"):
            elements.append(Element("transition", line[1:].strip(), number))
        elif line.startswith(".") and not line.startswith(".."):
            kind = "heading"
        elif prev_blank and _HEADING.match(line):
            kind = "heading"
        elif prev_blank and next_blank and _upper(line) and (line.endswith("TO:") or line in _LOOSE_TRANSITIONS):
            elements.append(Element("transition", line, number))
        elif line.startswith("@") or (prev_blank and not next_blank and not line.startswith("!")
                                      and _upper(_EXTENSION.sub("", line.rstrip("^").rstrip()))):
            i = _dialogue_block(lines, i, elements)
            prev_blank = False
            continue
        else:
            kind = "action"
        if kind == "heading":
            heading = line[1:].strip() if line.startswith(".") else line
            m = _SCENE_NO.search(heading)
            scene_no = m.group(1) if m else ""
            heading = _SCENE_NO.sub("", heading).strip()
            elements.append(Element("scene_heading", heading, number, scene_no=scene_no))
        elif kind == "action":
            block = [raw[1:] if raw.lstrip().startswith("!") else raw]
            j = i + 1
            while j < len(lines) and not _is_blank(lines[j][1]):
                block.append(lines[j][1])
                j += 1
            elements.append(Element("action", "\n".join(b.rstrip() for b in block).strip("\n"), number))
            i = j
            prev_blank = False
            continue
        prev_blank = False
        i += 1
    elements.extend(Element("note", t, n) for n, t in notes)
    elements.sort(key=lambda e: e.line)
    return Script(title, elements, scenes_of(elements))


def _dialogue_block(lines: list[tuple[int, str]], i: int, elements: list[Element]) -> int:
    """A character and what follows until a blank line; returns the index after the block."""
    number, raw = lines[i]
    name = raw.strip()
    name = name[1:] if name.startswith("@") else name
    dual = name.endswith("^")
    name = name.rstrip("^").strip()
    m = _EXTENSION.search(name)
    extension = m.group(1) if m else ""
    name = _EXTENSION.sub("", name).strip()
    elements.append(Element("character", name, number, dual=dual, extension=extension))
    j = i + 1
    while j < len(lines):
        n, text = lines[j]
        if text == "  ":  # two spaces: a deliberate blank line inside the dialogue
            elements.append(Element("dialogue", "", n))
        elif _is_blank(text):
            break
        else:
            stripped = text.strip()
            if stripped.startswith("(") and stripped.endswith(")"):
                elements.append(Element("parenthetical", stripped, n))
            elif stripped.startswith("~"):
                elements.append(Element("lyric", stripped[1:].strip(), n))
            else:
                elements.append(Element("dialogue", stripped, n))
        j += 1
    return j


def _key(text: str, seen: dict[str, int]) -> str:
    base = " ".join(text.upper().split())[:200]
    seen[base] = seen.get(base, 0) + 1
    return f"{base}#{seen[base]}"


def scenes_of(elements: list[Element]) -> list[ScriptScene]:
    """Group elements into scenes: what comes before the first heading is an opening scene if it has any
    action or dialogue; a transition before the first heading (FADE IN:) goes to the first scene."""
    scenes: list[ScriptScene] = []
    seen: dict[str, int] = {}
    pending_transition = ""
    current: ScriptScene | None = None
    speaker = ""
    for e in elements:
        if e.kind == "scene_heading":
            if len(scenes) >= MAX_SCENES:
                raise ScriptError(f"line {e.line}: more than {MAX_SCENES} scenes; split the script")
            current = ScriptScene(e.text, e.scene_no, e.line, _key(e.text, seen))
            if pending_transition and not scenes:
                current.transition = pending_transition
            pending_transition = ""
            scenes.append(current)
            continue
        if e.kind in ("page_break", "section"):
            continue
        if current is None:
            if e.kind == "transition":
                pending_transition = e.text
                continue
            if e.kind in ("note", "synopsis"):
                continue
            current = ScriptScene("", "", e.line, _key("(opening)", seen))
            scenes.append(current)
        if e.kind in ("action", "centered", "lyric"):
            current.action.append(e.text)
        elif e.kind == "character":
            speaker = e.text + (" (at once)" if e.dual else "") + (f" {e.extension}" if e.extension else "")
            if e.text not in current.characters:
                current.characters.append(e.text)
            current.dialogue.append(f"{speaker}:")
        elif e.kind in ("dialogue", "parenthetical") and current.dialogue:
            current.dialogue[-1] = (current.dialogue[-1] + " " + e.text).rstrip()
        elif e.kind == "transition":
            current.transition = e.text
        elif e.kind in ("note", "synopsis"):
            current.notes.append(e.text)
    return scenes


def parse_plain(text: str) -> Script:
    """Plain text: each paragraph (lines up to a blank line) is one beat."""
    lines = [(n, t) for n, t in _clean(text) if not t.startswith("\x00")]
    elements: list[Element] = []
    block: list[str] = []
    start = 0
    for number, line in [*lines, (0, "")]:
        if line.strip():
            if not block:
                start = number
            block.append(line.rstrip())
        elif block:
            elements.append(Element("action", "\n".join(block), start))
            block = []
    scenes: list[ScriptScene] = []
    seen: dict[str, int] = {}
    for e in elements:
        if len(scenes) >= MAX_SCENES:
            raise ScriptError(f"line {e.line}: more than {MAX_SCENES} paragraphs; split the text")
        first = e.text.strip().splitlines()[0]
        scenes.append(ScriptScene("", "", e.line, _key(first[:80], seen), action=[e.text.strip()]))
    return Script({}, elements, scenes)


def parse(text: str, *, name: str = "") -> Script:
    """Fountain for a ``.fountain`` name, or for any text with a scene heading; plain text otherwise."""
    if name.lower().endswith(".fountain") or _looks_like_fountain(text):
        return parse_fountain(text)
    return parse_plain(text)


def _looks_like_fountain(text: str) -> bool:
    for raw in text[:200_000].splitlines():
        line = raw.strip()
        if _HEADING.match(line) or (line.startswith(".") and len(line) > 1 and line[1].isalpha()):
            return True
    return False
