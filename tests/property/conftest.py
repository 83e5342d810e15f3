"""The deep property runs (many examples over the production topology, and the rule-removal mutants) run
only when asked for (`python -m pytest -m deep`): they take tens of minutes on two cores, so the default
run deselects them; the default run keeps a few examples of every property."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "deep" in (config.getoption("markexpr") or ""):
        return
    keep = [item for item in items if item.get_closest_marker("deep") is None]
    if len(keep) != len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in keep])
        items[:] = keep
