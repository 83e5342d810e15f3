"""`python -m bench`: every benchmark script is registered, the JSON has its shape, a benchmark that
cannot run (or breaks) becomes a row instead of ending the run, and --doc rewrites only its section.
Nothing here is timed: the one real benchmark run (document growth) takes about a second."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import _registry
from bench.__main__ import DOC_BEGIN, DOC_END, main, run, run_inline, write_doc
from bench._registry import BENCHES, Entry, Measure, Skip

ROOT = Path(__file__).resolve().parents[2]
NOT_BENCHMARKS = {"__init__.py", "__main__.py", "_registry.py"}


def _skips(quick: bool) -> list[Measure]:
    raise Skip("needs a thing this machine lacks")


def _breaks(quick: bool) -> list[Measure]:
    raise RuntimeError("the benchmark broke")


def _needs_missing_module(quick: bool) -> list[Measure]:
    import a_module_nobody_installed  # type: ignore[import-not-found]  # noqa: F401

    return []


def _one(quick: bool) -> list[Measure]:
    return [Measure("answer", 42.0 if quick else 41.0, "units", note="n")]


def _entry(function: str) -> Entry:
    return Entry(function.strip("_"), f"{__name__}:{function}", "test", "python -m bench test", "")


def test_list_names_every_benchmark_script(capsys: pytest.CaptureFixture[str]) -> None:
    scripts = {p.name for p in (ROOT / "bench").glob("*.py")} - NOT_BENCHMARKS
    registered = {f.removeprefix("bench/") for e in BENCHES for f in e.files}
    assert scripts <= registered, f"not in bench/_registry.py BENCHES: {sorted(scripts - registered)}"
    assert main(["--list"]) == 0
    listed = {line.split()[0] for line in capsys.readouterr().out.splitlines() if line.strip()}
    assert listed == {e.name for e in BENCHES}
    for e in BENCHES:  # every target names a real module file and its function exists in the source
        module, function = e.target.split(":")
        source = (ROOT / Path(*module.split("."))).with_suffix(".py").read_text(encoding="utf-8")
        assert f"def {function}(quick: bool)" in source, e.target


def test_unknown_name_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["no-such-bench"])
    assert "unknown benchmark(s) no-such-bench" in capsys.readouterr().err


def test_json_has_the_expected_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "results.json"
    assert main(["growth", "--inline", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert {"command", "quick", "started", "finished", "machine", "results", "skipped", "failed", "seconds"} <= set(
        report)
    assert report["quick"] is False and report["skipped"] == [] and report["failed"] == []
    assert report["machine"]["cpus"] >= 1 and report["machine"]["python"]
    assert report["results"], "growth reports figures"
    for r in report["results"]:
        assert set(r) == {"bench", "measure", "value", "unit", "command", "note"}
        assert r["bench"] == "growth" and r["command"].startswith("python ") and r["unit"]
        assert isinstance(r["value"], int | float)
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == ["benchmark", "measure", "value", "unit", "command"]
    assert sum(line.startswith("growth ") for line in table.splitlines()) == len(report["results"])


def test_skips_failures_and_missing_modules_are_rows_not_crashes() -> None:
    entries = [_entry("_skips"), _entry("_breaks"), _entry("_needs_missing_module"), _entry("_one")]
    report = run(entries, quick=True, inline=True, argv=["--quick"])
    assert [s["bench"] for s in report["skipped"]] == ["skips", "needs_missing_module"]
    assert report["skipped"][0]["reason"] == "needs a thing this machine lacks"
    assert "a_module_nobody_installed" in report["skipped"][1]["reason"]
    assert [(f["bench"], f["error"]) for f in report["failed"]] == [("breaks", "RuntimeError: the benchmark broke")]
    results = [(r["bench"], r["value"], r["command"]) for r in report["results"]]
    assert results == [("one", 42.0, "python -m bench test")]
    rows = _registry.rows(report)
    assert ("skips", "skipped: needs a thing this machine lacks", "-", "", "python -m bench test") in rows


def test_a_project_import_error_is_a_failure_not_a_skip() -> None:
    # a typo in our own imports must not hide as "skipped: needs module bench.x"
    outcome = run_inline(Entry("x", "bench.no_such_module:collect", "", ""), quick=True)
    assert "error" in outcome and "no_such_module" in outcome["error"]


def test_doc_rewrites_only_its_section(tmp_path: Path) -> None:
    doc = tmp_path / "performance.md"
    doc.write_text(f"# Performance\n\nnarrative before\n\n{DOC_BEGIN}\nold table\n{DOC_END}\n\n## After\nkept\n",
                   encoding="utf-8")
    report = run([_entry("_one")], quick=False, inline=True, argv=["one"])
    write_doc(doc, report, "a test machine")
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("# Performance\n\nnarrative before\n\n") and text.endswith("\n\n## After\nkept\n")
    assert "old table" not in text and "a test machine" in text and f"`python -m bench one --doc {doc}`" in text
    assert "| one | answer (n) | 41.0 | units | `python -m bench test` |" in text
    doc.write_text("no markers\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="no generated section"):
        write_doc(doc, report, "")
