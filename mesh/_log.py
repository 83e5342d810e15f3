"""Package logging: one `multiplex.*` logger tree, and a log-once helper for text other peers control."""

from __future__ import annotations

import logging
from collections import OrderedDict

__all__ = ["QuietLogger", "get_logger"]

logging.getLogger("multiplex").addHandler(logging.NullHandler())


def get_logger(name: str) -> logging.Logger:
    """A logger under `multiplex.` for a module name like `mesh.model.board`."""
    return logging.getLogger(f"multiplex.{name}")


class QuietLogger:
    """Warns the first time a key is seen and logs repeats at debug.

    The seen-set is capped because other replicas choose its keys: a hostile peer writing a million
    bad entries must not grow our memory or flood the log.
    """

    def __init__(self, logger: logging.Logger, *, max_keys: int = 1_000) -> None:
        self._logger = logger
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._max_keys = max_keys

    def warning(self, key: str, msg: str, *args: object) -> None:
        if key in self._seen:
            self._logger.debug(msg, *args)
            return
        self._seen[key] = None
        if len(self._seen) > self._max_keys:
            self._seen.popitem(last=False)
        self._logger.warning(msg, *args)
