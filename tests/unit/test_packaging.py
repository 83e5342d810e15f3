"""What a new user installs: every imported distribution is declared, and the wheel carries the built
canvas but not its Vue sources or node_modules."""

from __future__ import annotations

import ast
import importlib.metadata
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("mesh", "flows", "peers", "canvas", "relay", "multiplex")
# LangFlow components and flow builders: they run inside LangFlow's own venv (docs/langflow.md), never ours
LANGFLOW_SIDE = ROOT / "flows" / "langflow"
# import name -> distribution name, where they differ and the distribution may not be installed here
DISTRIBUTION = {"PIL": "pillow", "pynvml": "nvidia-ml-py", "llama_cpp": "llama-cpp-python"}


def _normal(name: str) -> str:
    return name.strip().lower().replace("_", "-")


def _names(specs: list[str]) -> set[str]:
    names = set()
    for spec in specs:
        name = spec.split(";")[0]
        for sep in "<>=!~[ ":
            name = name.split(sep)[0]
        names.add(_normal(name))
    return names


def _declared() -> tuple[set[str], set[str]]:
    """(core dependencies, dependencies of any extra)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = set().union(*(_names(v) for v in project.get("optional-dependencies", {}).values()))
    return _names(project["dependencies"]), extras


def _distribution(module: str) -> str:
    installed = importlib.metadata.packages_distributions().get(module)
    return _normal(installed[0] if installed else DISTRIBUTION.get(module, module))


def _imported_third_party() -> dict[str, str]:
    """Top-level module -> first file importing it, for every module that is not stdlib or ours."""
    found: dict[str, str] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if path.is_relative_to(LANGFLOW_SIDE):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    mods = [alias.name.split(".")[0] for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    mods = [node.module.split(".")[0]]
                else:
                    continue
                for mod in mods:
                    if mod in sys.stdlib_module_names or mod in PACKAGES or mod == "__future__":
                        continue
                    found.setdefault(mod, str(path.relative_to(ROOT)))
    return found


def test_every_imported_distribution_is_declared() -> None:
    """Every distribution the code imports is declared: in the dependencies, or in the extra that a module
    behind it (the relay's MCP server, the llama narrator) needs."""
    core, extras = _declared()
    missing = {}
    for mod, where in _imported_third_party().items():
        dist = _distribution(mod)
        if dist not in core and dist not in extras:
            missing[mod] = (dist, where)
    assert not missing, f"imported but declared in no [project] dependency list: {missing}"


@pytest.mark.slow
def test_wheel_ships_the_bundle_not_the_sources(tmp_path: Path) -> None:
    # build from a copy: pip builds in-tree, and tests write only to temporary folders
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "node_modules"))
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
                   check=True, capture_output=True, timeout=300, cwd=tmp_path)
    (wheel,) = out.glob("multiplex-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "canvas/static/flow/index.js" in names
    assert "canvas/static/flow/style.css" in names
    leaked = [n for n in names if n.startswith("canvas/web/") or "node_modules" in n or ".egg-info" in n]
    assert not leaked, leaked


@pytest.mark.skipif(not (ROOT / ".git").exists() or shutil.which("git") is None, reason="not a git checkout")
def test_no_build_artefacts_are_tracked() -> None:
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    bad = [p for p in tracked.splitlines()
           if ".egg-info/" in p or p.endswith((".whl", ".pyc")) or "node_modules/" in p or p.startswith("build/")]
    assert not bad, f"build artefacts are tracked: {bad[:10]}"
