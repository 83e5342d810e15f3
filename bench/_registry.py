"""What `python -m bench` runs: every benchmark by name, the measure type they return, and the table.

Each benchmark script keeps its own CLI (it prints as before) and also exposes a `collect(quick)`-style
function returning `Measure`s; the registry names those functions by module path so that `--list`
imports nothing heavy and a benchmark whose dependency is missing is reported as skipped, not a crash.
"""

from __future__ import annotations

import json
import math
import os
import platform
import sys
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["BENCHES", "Entry", "Measure", "Skip", "by_name", "machine", "markdown_table", "text_table"]


class Skip(Exception):  # read as `raise Skip("node/npm not on PATH")`
    """Raised by a benchmark that cannot run here; the message is the reason shown in the table."""


@dataclass(frozen=True, slots=True)
class Measure:
    """One figure: `value` in `unit` (None: not measured this time, `note` says why)."""

    measure: str
    value: float | int | None
    unit: str
    command: str = ""  # the command that reproduces it; the benchmark's own default when empty
    note: str = ""


@dataclass(frozen=True, slots=True)
class Entry:
    """A benchmark: `module:function` is called as function(quick=...) and returns a list of Measures."""

    name: str
    target: str
    summary: str
    command: str  # how to run the script on its own (full pass)
    quick_command: str = ""  # the same for the --quick pass, where the script takes other arguments
    timeout_s: tuple[float, float] = (180.0, 1200.0)  # (quick, full): past it the run is reported as failed
    files: tuple[str, ...] = field(default=())  # the script files it comes from (the test checks coverage)

    def default_command(self, quick: bool) -> str:
        return (self.quick_command or self.command) if quick else self.command


def _e(name: str, module: str, function: str, summary: str, command: str, quick_command: str = "",
       timeout_s: tuple[float, float] = (180.0, 1200.0)) -> Entry:
    return Entry(name, f"bench.{module}:{function}", summary, command, quick_command, timeout_s,
                 (f"bench/{module}.py",))


BENCHES: tuple[Entry, ...] = (
    _e("sync", "bench_sync", "collect", "edit -> every replica, peers over websockets vs the Node y-websocket server",
       "python bench/bench_sync.py --peers 3,8,16,32 --edits 200 --node --rounds 4",
       "python bench/bench_sync.py --peers 8 --edits 30 --node --rounds 1"),
    _e("sync-spaced", "bench_sync", "collect_spaced",
       "the same with 10 ms of idle before every edit on both sides (as between a person's keystrokes)",
       "python bench/bench_sync.py --peers 8,16,32 --edits 200 --node --rounds 4 --gap-ms 10",
       "python bench/bench_sync.py --peers 8 --edits 20 --node --rounds 1 --gap-ms 10"),
    _e("sync-breakdown", "bench_sync_breakdown", "collect",
       "where an edit's time goes on the benchmark's core, mesh vs the Node y-websocket server",
       "python bench/bench_sync_breakdown.py --peers 32 --edits 200 --rounds 2",
       "python bench/bench_sync_breakdown.py --peers 8 --edits 40 --rounds 1"),
    _e("sync-procs", "bench_sync_procs", "collect",
       "edit -> every replica with a process per replica, mesh vs the Node y-websocket server",
       "python bench/bench_sync_procs.py --peers 3,8,16,32 --edits 100", "python bench/bench_sync_procs.py --quick",
       timeout_s=(300.0, 1200.0)),
    _e("claims", "bench_claims", "collect", "render request -> claimed / started, 8 in-process peers",
       "python bench/bench_claims.py --peers 8 --renders 40", "python bench/bench_claims.py --peers 8 --renders 6"),
    _e("procs", "bench_procs", "collect", "claim latency with real peer processes; SIGKILLed peer -> job elsewhere",
       "python bench/bench_procs.py --peers 8 --renders 16 --kill-renders 6",
       "python bench/bench_procs.py --peers 3 --renders 4 --kill-renders 0", timeout_s=(300.0, 1200.0)),
    _e("growth", "bench_claims", "collect_growth", "document growth under progress ticks, activity, lease renewals",
       "python bench/bench_claims.py --growth-only"),
    _e("makespan", "bench_makespan", "collect", "cluster makespan vs the optimal lower bound; idle gap between jobs",
       "python bench/bench_makespan.py", "python bench/bench_makespan.py --quick"),
    _e("store", "bench_store", "collect", "10,000-block board: save, load, memory; edit log; group commit",
       "python bench/bench_store.py", "python bench/bench_store.py --quick"),
    _e("idle", "bench_idle", "collect", "CPU of an idle peer holding a 10,000-block board",
       "python bench/bench_idle.py",
       "python bench/bench_idle.py --blocks 1000 --rendered 20 --settle 0.5 --seconds 1"),
    _e("relay", "bench_relay", "collect", "relay fan-out vs client count, against the Node y-websocket server",
       "python bench/bench_relay.py", "python bench/bench_relay.py --quick --rounds 20 --clients 10"),
    _e("comfy", "bench_comfy", "collect", "ComfyUI client dispatch and clip fetch (protocol-faithful fake)",
       "python bench/bench_comfy.py", "python bench/bench_comfy.py --jobs 40 --fetches 3"),
    _e("cpu_backend", "bench_cpu_backend", "collect", "built-in CPU backend: stills, clips, cancel",
       "python bench/bench_cpu_backend.py", "python bench/bench_cpu_backend.py --quick"),
    _e("animatic", "bench_animatic", "collect", "animatic build time on the CPU",
       "python bench/bench_animatic.py 10 8", "python bench/bench_animatic.py 2 1"),
    _e("canvas", "bench_canvas", "collect", "1,000-block board in headless Chromium: first interactive, pan fps",
       "python bench/bench_canvas.py", "python bench/bench_canvas.py --blocks 200 --seconds 0.5 --reported-only"),
    _e("narrator", "bench_narrator", "collect", "narrator latency, tokens/s, document growth (needs the llm extra)",
       "python bench/bench_narrator.py", "python bench/bench_narrator.py --renders 4"),
    _e("preauth", "preauth_flood", "collect", "server memory under a flood of pre-handshake frames",
       "python bench/preauth_flood.py && python bench/preauth_flood.py --uncapped", "python bench/preauth_flood.py"),
)


def by_name(names: list[str]) -> list[Entry]:
    """The entries named (all when none), in registry order; an unknown name raises ValueError."""
    known = {e.name: e for e in BENCHES}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ValueError(f"unknown benchmark(s) {', '.join(unknown)}; known: {', '.join(known)}")
    return [e for e in BENCHES if not names or e.name in names]


def machine() -> dict[str, Any]:
    """Where the numbers were taken (they mean little without it)."""
    info: dict[str, Any] = {"cpus": os.cpu_count(), "platform": platform.platform(),
                            "python": platform.python_version(), "executable": sys.executable}
    if hasattr(os, "getloadavg"):
        info["load_average"] = [round(x, 2) for x in os.getloadavg()]
    return info


def format_value(value: float | int | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer() and abs(value) >= 100):
        return f"{value:,.0f}"
    if not math.isfinite(value):
        return str(value)
    magnitude = abs(value)
    digits = 0 if magnitude >= 100 else 1 if magnitude >= 10 else 2 if magnitude >= 1 else 3
    return f"{value:,.{digits}f}"


def rows(report: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    """(benchmark, measure, value, unit, command) for every result, skip and failure of a report."""
    out = []
    for r in report["results"]:
        measure = r["measure"] + (f" ({r['note']})" if r.get("note") else "")
        out.append((r["bench"], measure, format_value(r["value"]), r["unit"], r["command"]))
    for s in report["skipped"]:
        out.append((s["bench"], f"skipped: {s['reason']}", "-", "", s["command"]))
    for f in report["failed"]:
        out.append((f["bench"], f"FAILED: {f['error']}", "-", "", f["command"]))
    return out


def text_table(report: dict[str, Any]) -> str:
    header = ("benchmark", "measure", "value", "unit", "command")
    body = rows(report)
    widths = [max(len(header[i]), *(len(r[i]) for r in body)) if body else len(header[i]) for i in range(5)]
    widths[1] = min(widths[1], 90)

    def line(cells: tuple[str, ...]) -> str:
        padded = (c.rjust(w) if i == 2 else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True)))
        return "  ".join(padded).rstrip()

    return "\n".join([line(header), line(tuple("-" * w for w in widths)), *(line(r) for r in body)])


def markdown_table(report: dict[str, Any]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    lines = ["| benchmark | measure | value | unit | command |", "|---|---|---:|---|---|"]
    for bench, measure, value, unit, command in rows(report):
        lines.append(f"| {bench} | {cell(measure)} | {value} | {unit} | `{cell(command)}` |")
    return "\n".join(lines)


def result_dict(bench: str, m: Measure, default_command: str) -> dict[str, Any]:
    d = asdict(m)
    d["bench"] = bench
    d["command"] = m.command or default_command
    if isinstance(d["value"], float) and not math.isfinite(d["value"]):
        d["value"] = None  # JSON has no NaN
    return {k: d[k] for k in ("bench", "measure", "value", "unit", "command", "note")}


def dumps(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2, allow_nan=False) + "\n"
