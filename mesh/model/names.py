"""Board names, checked without loading the document model: the CLI validates MULTIPLEX_BOARD at
every start, and importing pycrdt for a regular expression would cost most of its start time."""

from __future__ import annotations

import re

from mesh.errors import SchemaError

__all__ = ["BOARD_NAME", "valid_board_name"]

BOARD_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\Z")  # \Z: `$` lets "film\n" through
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def valid_board_name(name: str) -> str:
    """Board names become directory names on Windows and Linux: keep them portable."""
    if not BOARD_NAME.match(name or "") or name.lower().split(".")[0] in _RESERVED or name.endswith("."):
        raise SchemaError(
            f"bad board name {name!r}: use 1-64 letters, digits, '-', '_' or '.', starting with a letter or digit"
        )
    return name
