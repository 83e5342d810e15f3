"""The node-graph component: Vue Flow (bundled in canvas/static/flow, `vue` external) inside NiceGUI.

Props are set once (palette, who I am, board name, upload token); everything that changes travels as
method calls (`reset` with the first snapshot, `apply` with diffs) because a NiceGUI prop update
resends every prop. The browser talks back with `command`, `presence` and `ready` events.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nicegui import ui

__all__ = ["GraphView"]

_FLOW = Path(__file__).parent.parent / "static" / "flow"


class GraphView(ui.element, component="graph_view.js", esm={"multiplex-flow": str(_FLOW)}):
    def __init__(self, *, palette: list[dict[str, Any]], me: dict[str, str], board: str, token: str) -> None:
        super().__init__()
        self._props["palette"] = palette
        self._props["me"] = me
        self._props["board"] = board
        self._props["token"] = token
        self.style("position:fixed;inset:0")

    def reset(self, snapshot: dict[str, Any]) -> None:
        self.run_method("reset", snapshot)

    def apply(self, diff: dict[str, Any]) -> None:
        self.run_method("apply", diff)

    def reply(self, reply: dict[str, Any]) -> None:
        self.run_method("reply", reply)
