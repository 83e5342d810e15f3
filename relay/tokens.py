"""Relay tokens: who may do what on which board of the relay.

A token is ``mxr_<token_id>_<secret>``: the id (8 hex characters) names it in `token list` and
`token revoke`, the secret (32 random bytes, base64url) is the credential. Only sha256(token) is kept,
in HOME/relay/tokens.json (written like a secret: 0600, fsynced, replaced atomically), so a copy of
the relay's disk grants nothing. Tokens are random 256-bit values, so an unsalted fast hash is enough:
there is no dictionary to try. `verify` compares digests with `hmac.compare_digest` and does the same
work for an unknown id as for a known one; no token is ever logged, only its id.

Roles are ordered ``view < edit < render <= peer``: edit may change a board, render may also spend GPU
time (start and cancel renders), peer is a home peer's link (sync both ways, assets both ways) and
implies render.

The relay reads the file while `multiplex relay token ...` (another process) writes it; every lookup
first checks the file's modification time and size (one stat), so a token made or revoked a moment
ago counts at once, and the relay's poll closes a revoked token's open connections within a second.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import re
import secrets
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path

from mesh._log import get_logger
from mesh.errors import MultiplexError
from mesh.model.names import valid_board_name
from mesh.storage.home_lock import exclusive
from mesh.storage.secrets import write_secret

__all__ = ["TOKEN_PREFIX", "Grant", "Role", "TokenError", "TokenStore", "describe", "token_id_of"]

log = get_logger("relay.tokens")

TOKEN_PREFIX = "mxr_"
TOKENS_FILE = "tokens.json"
_TOKEN_RE = re.compile(r"mxr_([0-9a-f]{8})_([A-Za-z0-9_-]{43})", re.ASCII)
_ID_RE = re.compile(r"[0-9a-f]{8}", re.ASCII)
_MAX_LABEL = 80
_DUMMY_HASH = hashlib.sha256(b"multiplex relay: no such token").hexdigest()


class TokenError(MultiplexError):
    """A token operation that cannot be done (bad role, unknown id, unreadable token file)."""


class Role(StrEnum):
    VIEW = "view"
    EDIT = "edit"
    RENDER = "render"
    PEER = "peer"


_RANK = {Role.VIEW: 0, Role.EDIT: 1, Role.RENDER: 2, Role.PEER: 3}


@dataclass(frozen=True, slots=True)
class Grant:
    """What one token allows: one board, one role."""

    token_id: str
    board: str
    role: Role
    label: str
    created: float

    def allows(self, need: Role) -> bool:
        """view < edit < render <= peer: a peer token may do anything a render token may."""
        if need is Role.PEER:
            return self.role is Role.PEER
        return _RANK[self.role] >= _RANK[need]


def token_id_of(token: str) -> str | None:
    """The id part of a well-formed token (for messages; never proof of anything)."""
    match = _TOKEN_RE.fullmatch(token)
    return match.group(1) if match else None


def _digest(token: str) -> str:
    # surrogatepass: a JSON string may carry a lone surrogate, and verify() must answer None, not raise
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


class TokenStore:
    """The relay's tokens, hashed on disk; safe to read while another process writes the file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._entries: dict[str, dict[str, object]] = {}
        self._stamp: tuple[int, int] | None = None
        self.reload_if_changed()

    # -- reading ------------------------------------------------------------------------------------
    def _file_stamp(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return st.st_mtime_ns, st.st_size

    def reload_if_changed(self) -> bool:
        """Re-read the file when it changed on disk; True when it did. A broken file keeps the last good set."""
        stamp = self._file_stamp()
        if stamp == self._stamp and (stamp is not None or not self._entries):
            return False
        if stamp is None:
            self._entries, self._stamp = {}, None
            return True
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            entries = data["tokens"]
            if not isinstance(entries, dict):
                raise TypeError("tokens is not an object")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.error("cannot read %s (%s): keeping the tokens read before", self.path, exc)
            return False
        self._entries = {k: v for k, v in entries.items() if isinstance(k, str) and isinstance(v, dict)}
        self._stamp = stamp
        return True

    def _grant(self, token_id: str, entry: dict[str, object]) -> Grant | None:
        try:
            return Grant(token_id, str(entry["board"]), Role(str(entry["role"])), str(entry.get("label", "")),
                         float(entry.get("created", 0.0)))  # type: ignore[arg-type]
        except (KeyError, ValueError, TypeError):
            return None

    def list(self) -> list[Grant]:
        grants = (self._grant(k, v) for k, v in self._entries.items())
        return sorted((g for g in grants if g is not None), key=lambda g: (g.board, g.created))

    def get(self, token_id: str) -> Grant | None:
        """The grant of a token id that is still valid (None once revoked)."""
        self.reload_if_changed()  # one stat: a token made or revoked a moment ago counts at once
        entry = self._entries.get(token_id)
        return None if entry is None else self._grant(token_id, entry)

    def boards(self) -> set[str]:
        return {g.board for g in self.list()}

    def verify(self, token: str) -> Grant | None:
        """The grant of a valid token, else None. Constant time in the secret; never logs the token."""
        if not isinstance(token, str) or len(token) > 128:
            return None
        self.reload_if_changed()
        match = _TOKEN_RE.fullmatch(token)
        token_id = match.group(1) if match else ""
        entry = self._entries.get(token_id) if match else None
        stored = str(entry.get("sha256", "")) if entry is not None else _DUMMY_HASH
        ok = hmac.compare_digest(_digest(token).encode(), stored.encode())
        if not ok or entry is None:
            return None
        return self._grant(token_id, entry)

    # -- writing (the CLI) ----------------------------------------------------------------------------
    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """Read-modify-write under an OS lock, from a fresh read: two `token create` at once keep both."""
        with exclusive(self.path.with_name(self.path.name + ".lock")):
            self._stamp = None  # an equal (mtime, size) stamp must not hide the other process's write
            self.reload_if_changed()
            yield

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"version": 1, "tokens": self._entries}, indent=1, sort_keys=True)
        write_secret(self.path, body.encode("utf-8"))
        self._stamp = self._file_stamp()

    def create(self, board: str, role: Role | str, label: str = "") -> tuple[str, Grant]:
        """A new token for `board`; the token itself is returned once and never stored."""
        valid_board_name(board)
        try:
            role = Role(role)
        except ValueError:
            raise TokenError(f"role must be one of {', '.join(r.value for r in Role)}, not {role!r}") from None
        with self._writing():
            token_id = secrets.token_hex(4)
            while token_id in self._entries:
                token_id = secrets.token_hex(4)
            token = f"{TOKEN_PREFIX}{token_id}_{secrets.token_urlsafe(32)}"
            clean = "".join(ch for ch in label if ch.isprintable())[:_MAX_LABEL]
            now = time.time()
            self._entries[token_id] = {"sha256": _digest(token), "board": board, "role": role.value,
                                       "label": clean, "created": now}
            self._save()
        log.info("token %s created for board %s (%s)", token_id, board, role.value)
        return token, Grant(token_id, board, role, clean, now)

    def revoke(self, token_id: str) -> bool:
        """Forget a token; True when it existed. The running relay closes its connections within a poll."""
        if not _ID_RE.fullmatch(token_id or ""):
            return False
        with self._writing():
            if self._entries.pop(token_id, None) is None:
                return False
            self._save()
        log.info("token %s revoked", token_id)
        return True


def describe(grant: Grant) -> dict[str, object]:
    """A grant as JSON-friendly data (no secret in it: there is none to show)."""
    out = asdict(grant)
    out["role"] = grant.role.value
    return out

