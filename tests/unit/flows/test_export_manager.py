"""Exports in flight (flows.deliverables.manager): progress, the running cap, pruning, the after-build hook."""

from __future__ import annotations

import asyncio

import pytest

from flows.deliverables import ExportError
from flows.deliverables.manager import Export, ExportBusy, Exports
from mesh.model.board import Board

ORIGIN = "user:test"


def _board(shots: int = 2) -> Board:
    b = Board()
    b.init_meta("Castle / Night", origin=ORIGIN)
    for i in range(shots):
        b.add_intent(f"Shot {i}", origin=ORIGIN, duration_s=1.0)
    return b


def _nowhere(_sha: str) -> None:
    return None


async def test_an_export_reports_progress_then_its_file() -> None:
    exports = Exports()
    export = exports.start(_board(), "castle", "animatic", _nowhere, options={"width": 160, "height": 90})
    assert export.state == "running" and export.path.name == "Castle---Night.mp4"  # a safe file name
    seen = set()
    while not export.finished.is_set():
        seen.add(export.fraction)
        await asyncio.sleep(0.01)
    assert export.state == "done" and export.fraction == 1.0 and export.path.stat().st_size > 0
    assert export.summary["duration_s"] == 2.0 and len(seen) >= 2
    exports.close()
    assert not export.folder.exists()


async def test_refusals_before_any_work() -> None:
    exports = Exports(max_running=1)
    with pytest.raises(ExportError, match="kind must be one of"):
        exports.start(_board(), "b", "docx", _nowhere)
    with pytest.raises(ExportError, match="no shots"):
        exports.start(_board(0), "b", "pdf", _nowhere)
    with pytest.raises(ExportError, match="options must be an object"):
        exports.start(_board(), "b", "pdf", _nowhere, options=[1])  # type: ignore[arg-type]
    first = exports.start(_board(), "b", "animatic", _nowhere, options={"width": 160, "height": 90})
    with pytest.raises(ExportBusy):
        exports.start(_board(), "b", "csv", _nowhere)
    exports.cancel(first.id)
    await asyncio.wait_for(first.finished.wait(), 30)
    assert first.state == "cancelled" and not first.path.exists()
    exports.close()


async def test_only_the_newest_finished_exports_are_kept() -> None:
    exports = Exports(keep=2)
    made = []
    for _ in range(4):
        e = exports.start(_board(), "b", "csv", _nowhere)
        await asyncio.wait_for(e.finished.wait(), 10)
        made.append(e)
    assert [exports.get(e.id) is not None for e in made] == [False, False, True, True]
    assert not made[0].folder.exists() and made[3].path.exists()
    exports.close()


async def test_the_after_build_hook_runs_before_done_and_its_failure_is_reported() -> None:
    exports = Exports()
    states: list[str] = []

    async def keep(export: Export) -> None:
        states.append(export.state)

    ok = exports.start(_board(), "b", "csv", _nowhere, on_done=keep)
    await asyncio.wait_for(ok.finished.wait(), 10)
    assert states == ["running"] and ok.state == "done"  # whoever polls "done" sees what the hook kept

    def broken(_export: Export) -> None:
        raise RuntimeError("disk full")

    bad = exports.start(_board(), "b", "csv", _nowhere, on_done=broken)
    await asyncio.wait_for(bad.finished.wait(), 10)
    assert bad.state == "failed" and "disk full" in bad.error
    exports.close()
