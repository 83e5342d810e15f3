"""The fault-injection suite runs only when asked for (`python -m pytest -m faults`): real processes,
network namespaces and kills take minutes, so the default run deselects it (CI runs it as its own step)."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "faults" in (config.getoption("markexpr") or ""):
        return
    keep = [item for item in items if item.get_closest_marker("faults") is None]
    if len(keep) != len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in keep])
        items[:] = keep
