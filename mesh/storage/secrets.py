"""Secrets on disk (board keys, API and canvas tokens): never half written, never readable by others,
durable before anyone relies on them."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

__all__ = ["write_secret"]


def write_secret(path: Path, data: bytes) -> None:
    """Write a secret (a board key) so that it is never half there, never readable by others, and
    survives power loss: a tmp file created 0600, fsynced, renamed over `path`, the directory fsynced.

    Windows has no permission bits; the file inherits the ACL of the (per-user) home directory there.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if os.name != "nt":  # a rename is durable once its directory is; Windows cannot open one for that
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
